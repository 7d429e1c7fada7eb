"""The vocabulary of places as archivists change it (revision 0010): add a place (names in three
languages, optional coordinates, the region it is in), rename it or move its coordinates — the
photographs linked to it are rewritten with its new names, with their history and revisions.
fn(session, …); the caller commits, or :func:`photobook.services.vocabulary.run` does it in one
transaction.

A photograph is linked to a place when its (French) place is written as one of the place's names;
the editor completes the place field from this vocabulary, so that the link is made by choosing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from photobook.core.languages import DEFAULT_LANGUAGE, LANGUAGES, localized_field
from photobook.db import queries, queries_vocabulary
from photobook.db.models import Place
from photobook.services.edits import (
    EditError,
    EditRequest,
    EditResult,
    StaleRevision,
    apply_edits,
    check_text,
)
from photobook.services.refusals import RefusalCode, Refused

NAME_MAX = 500
#: The language of a place's required name (``places.name_fr``; a photograph's ``place`` is in it).
PRIMARY = DEFAULT_LANGUAGE


def _place(session: Session, name: str) -> Place:
    found = queries.place_named(session, name.strip())
    if found is None:
        raise Refused(RefusalCode.PLACE_UNKNOWN, name)
    return found


def _coords(lat: float | None, lon: float | None) -> tuple[float | None, float | None]:
    if (lat is None) != (lon is None):
        raise Refused(RefusalCode.COORDS_PAIR)
    if lat is not None and lon is not None:
        if not -90 <= lat <= 90:
            raise Refused(RefusalCode.LATITUDE_RANGE, str(lat))
        if not -180 <= lon <= 180:
            raise Refused(RefusalCode.LONGITUDE_RANGE, str(lon))
    return lat, lon


def _names(names: Mapping[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for lang, text in names.items():
        if lang not in LANGUAGES:
            raise Refused(RefusalCode.LANGUAGE_UNKNOWN, lang)
        if len(text) > NAME_MAX:
            raise Refused(RefusalCode.NAME_TOO_LONG, lang, count=NAME_MAX)
        try:
            check_text(f"the {lang} name", text, NAME_MAX)
        except EditError:  # a NUL, a lone surrogate
            raise Refused(RefusalCode.NAME_UNREADABLE, lang) from None
        out[lang] = text.strip()
    return out


_TAKEN_IN = {"ar": RefusalCode.PLACE_AR_TAKEN, "en": RefusalCode.PLACE_EN_TAKEN}


def _free(session: Session, names: Mapping[str, str], own: int | None) -> None:
    """Refuse a name (in any language) that another place is written in, in any language: two
    places never show the same name, and a photograph's place names one place only."""
    for lang in (PRIMARY, *(x for x in LANGUAGES if x != PRIMARY)):
        text = names.get(lang)
        if not text:
            continue
        found = queries.place_named_elsewhere(session, text, own)
        if found is not None:
            where, other = found
            if where == PRIMARY:
                raise Refused(RefusalCode.PLACE_TAKEN, text)
            raise Refused(_TAKEN_IN[where], text, other.name_fr)


def add_place(
    session: Session,
    names: Mapping[str, str],
    lat: float | None = None,
    lon: float | None = None,
    parent: str | None = None,
) -> Place:
    clean = _names(names)
    if not clean.get(PRIMARY):
        raise Refused(RefusalCode.PLACE_NEEDS_FRENCH)
    _free(session, clean, None)
    lat, lon = _coords(lat, lon)
    parent_id = _place(session, parent).id if parent is not None else None
    place = queries.insert_place(session, clean, lat, lon, parent_id)
    queries.link_places(session, queries.photos_placed(session, [n for n in clean.values() if n]))
    return place


def rename_place(
    session: Session,
    name: str,
    names: Mapping[str, str],
    lat: float | None = None,
    lon: float | None = None,
    user: str = "",
) -> EditResult:
    """New names (and coordinates) for the place written ``name``; its photographs get the new
    names (one history row each, as any edit). Returns what was changed on the photographs."""
    place = _place(session, name)
    clean = {k: v for k, v in _names(names).items() if v != getattr(place, f"name_{k}")}
    if "fr" in clean and not clean["fr"]:
        raise Refused(RefusalCode.PLACE_NEEDS_FRENCH)
    _free(session, clean, place.id)
    if lat is not None or lon is not None:
        queries_vocabulary.set_place_coords(session, place, *_coords(lat, lon))
    queries_vocabulary.set_place_names(session, place, clean)
    linked = queries.photos_of_place(session, place.id)
    if not clean or not linked:
        return EditResult((), {})
    values = {localized_field("place", lang): text for lang, text in clean.items()}
    result = apply_edits(session, dict.fromkeys(sorted(linked), EditRequest(values)), user)
    queries.link_places(session, sorted(linked))
    return result


# --- the places manager (Edit ▸ Places…, ``photobook places delete|merge``) --------------------

_KEEP: object = object()


def _inside(session: Session, place: Place) -> set[int]:
    """The ids of ``place`` and of every place inside it, however deep."""
    out, todo = {place.id}, [place.id]
    while todo:
        for child in queries.place_children(session, todo.pop()):
            if child not in out:
                out.add(child)
                todo.append(child)
    return out


def set_coordinates(session: Session, name: str, lat: float | None, lon: float | None) -> Place:
    """Set (both) or clear (neither) the coordinates of the place written ``name``."""
    place = _place(session, name)
    queries_vocabulary.set_place_coords(session, place, *_coords(lat, lon))
    return place


def move_place(session: Session, name: str, parent: str | None) -> Place:
    """Put the place written ``name`` inside the region ``parent`` (None: at the top level)."""
    place = _place(session, name)
    parent_id = None
    if parent is not None:
        target = _place(session, parent)
        if target.id in _inside(session, place):
            raise Refused(RefusalCode.PLACE_INSIDE_ITSELF, str(parent), name)
        parent_id = target.id
    queries_vocabulary.set_parent(session, place, parent_id)
    return place


def edit_place(
    session: Session,
    name: str,
    names: Mapping[str, str] | None = None,
    coords: tuple[float | None, float | None] | object = _KEEP,
    parent: str | object | None = _KEEP,
    user: str = "",
) -> EditResult:
    """One change of a place, as the manager's Save makes it: new names (its photographs are
    rewritten, with history), coordinates set or cleared (``(None, None)``), another region."""
    place = _place(session, name)
    if isinstance(coords, tuple):
        _coords(*coords)  # checked before anything is written
    if parent is not _KEEP and parent is not None:
        target = _place(session, str(parent))
        if target.id in _inside(session, place):
            raise Refused(RefusalCode.PLACE_INSIDE_ITSELF, str(parent), name)
    result = EditResult((), {})
    if names:
        result = rename_place(session, name, names, user=user)
    current = place.name_fr
    if isinstance(coords, tuple):
        set_coordinates(session, current, coords[0], coords[1])
    if parent is not _KEEP:
        move_place(session, current, None if parent is None else str(parent))
    return result


def merge_places(session: Session, source: str, into: str, user: str = "") -> EditResult:
    """Every photograph of ``source`` is placed at ``into`` instead (its names in three languages,
    with a history row each), the places inside ``source`` move inside ``into``, and ``source`` is
    deleted. Refused into itself or into a place inside it."""
    src, dst = _place(session, source), _place(session, into)
    if src.id == dst.id:
        raise Refused(RefusalCode.PLACE_MERGE_ITSELF, source)
    if dst.id in _inside(session, src):
        raise Refused(RefusalCode.PLACE_MERGE_INSIDE, into, source)
    values = {localized_field("place", code): getattr(dst, f"name_{code}") for code in LANGUAGES}
    ids = sorted(queries.photos_of_place(session, src.id))
    result = apply_edits(session, dict.fromkeys(ids, EditRequest(values)), user)
    queries.link_places(session, ids)
    queries.reparent_places(session, queries.place_children(session, src.id), dst.id)
    queries.remove_place(session, src.id)
    return result


def delete_place(session: Session, name: str, into: str | None = None, user: str = "") -> EditResult:
    """Delete the place written ``name``. One that photographs are placed at is refused unless
    ``into`` says where they go (it is then merged there): a photograph never loses its place
    silently. The places inside it go up to its own region."""
    place = _place(session, name)
    used = len(queries.photos_of_place(session, place.id))
    if used:
        if into is None:
            raise Refused(RefusalCode.PLACE_IN_USE, place.name_fr, count=used)
        return merge_places(session, name, into, user)
    queries.remove_place(session, place.id)
    return EditResult((), {})


def forget_added_place(session: Session, name: str) -> None:
    """Undo :func:`add_place`: the place goes; the photographs it linked keep their place as
    written, unlinked as they were before it was added."""
    place = _place(session, name)
    if queries.place_children(session, place.id):
        raise Refused(RefusalCode.PLACE_HAS_PLACES, place.name_fr)
    queries.remove_place(session, place.id)


@dataclass(frozen=True)
class PlaceSnapshot:
    """A place as it was before a change, to put it back (the window's undo)."""

    id: int
    names: dict[str, str]
    lat: float | None
    lon: float | None
    parent: str | None  # the French name of its region
    children: tuple[str, ...] = ()  # the French names of the places inside it


def place_snapshot(session: Session, name: str) -> PlaceSnapshot:
    place = _place(session, name)
    parent = queries.place_by_id(session, place.parent_id) if place.parent_id is not None else None
    children = [queries.place_by_id(session, c) for c in queries.place_children(session, place.id)]
    return PlaceSnapshot(
        place.id,
        {code: getattr(place, f"name_{code}") for code in LANGUAGES},
        place.lat,
        place.lon,
        parent.name_fr if parent is not None else None,
        tuple(c.name_fr for c in children if c is not None),
    )


def put_back(session: Session, current: str, snap: PlaceSnapshot, user: str = "") -> EditResult:
    """Undo :func:`edit_place`: the place now written ``current`` gets the names, coordinates and
    region it had in ``snap`` (its photographs rewritten again, with history)."""
    place = _place(session, current)
    names = {k: v for k, v in snap.names.items() if getattr(place, f"name_{k}") != v}
    return edit_place(session, current, names, (snap.lat, snap.lon), snap.parent, user)


def restore_place(
    session: Session, snap: PlaceSnapshot, merged: EditResult | None = None, user: str = ""
) -> EditResult:
    """Undo a delete or a merge: the place back (with its id when free) with its names,
    coordinates, region and the places that were inside it; after a merge (``merged``: what the
    merge did), its photographs placed there again — refused
    (:class:`~photobook.services.edits.StaleRevision`) if one was saved since."""
    _free(session, snap.names, None)
    parent = queries.place_named(session, snap.parent) if snap.parent is not None else None
    place = queries.insert_place(
        session, dict(snap.names), snap.lat, snap.lon, parent.id if parent is not None else None, snap.id
    )
    children = [c for c in (queries.place_named(session, n) for n in snap.children) if c is not None]
    queries.reparent_places(session, [c.id for c in children], place.id)
    result = EditResult((), {})
    if merged is not None and merged.revisions:
        try:
            result = apply_edits(session, merged.inverse(), user)
        except StaleRevision as exc:  # a photograph of the merge was saved since: nothing is put back
            raise Refused(
                RefusalCode.PLACE_UNMERGE_STALE, snap.names[PRIMARY], count=len(exc.photo_ids)
            ) from exc
    queries.link_places(session, queries.photos_placed(session, [n for n in snap.names.values() if n]))
    return result
