"""The vocabulary of places as archivists change it (revision 0010): add a place (names in three
languages, optional coordinates, the region it is in), rename it or move its coordinates — the
photographs linked to it are rewritten with its new names, with their history and revisions.
fn(session, …); the caller commits, or :func:`photobook.services.vocabulary.run` does it in one
transaction.

A photograph is linked to a place when its (French) place is written as one of the place's names;
the editor completes the place field from this vocabulary, so that the link is made by choosing."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from photobook.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from photobook.db import queries
from photobook.db.models import Place
from photobook.services.edits import EditError, EditRequest, EditResult, apply_edits, check_text

NAME_MAX = 500
#: The language of a place's required name (``places.name_fr``; a photograph's ``place`` is in it).
PRIMARY = DEFAULT_LANGUAGE


def _place(session: Session, name: str) -> Place:
    found = queries.place_named(session, name.strip())
    if found is None:
        raise EditError(f"unknown place {name!r}")
    return found


def _coords(lat: float | None, lon: float | None) -> tuple[float | None, float | None]:
    if (lat is None) != (lon is None):
        raise EditError("give both the latitude and the longitude, or neither")
    if lat is not None and lon is not None:
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise EditError(f"({lat}, {lon}) is not a latitude and a longitude in degrees")
    return lat, lon


def _names(names: Mapping[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for lang, text in names.items():
        if lang not in LANGUAGES:
            raise EditError(f"unknown language {lang!r} (one of {', '.join(LANGUAGES)})")
        check_text(f"the {lang} name", text, NAME_MAX)
        out[lang] = text.strip()
    return out


def add_place(
    session: Session,
    names: Mapping[str, str],
    lat: float | None = None,
    lon: float | None = None,
    parent: str | None = None,
) -> Place:
    clean = _names(names)
    if not clean.get(PRIMARY):
        raise EditError("a place needs its French name (the one the catalogue is written in)")
    if queries.place_named(session, clean[PRIMARY]) is not None:
        raise EditError(f"there is already a place {clean[PRIMARY]!r}")
    lat, lon = _coords(lat, lon)
    place = Place(lat=lat, lon=lon)
    for code in LANGUAGES:
        setattr(place, f"name_{code}", clean.get(code, ""))
    if parent is not None:
        place.parent_id = _place(session, parent).id
    session.add(place)
    session.flush()
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
    if "fr" in clean:
        if not clean["fr"]:
            raise EditError("a place needs its French name")
        other = queries.place_named(session, clean["fr"])
        if other is not None and other.id != place.id:
            raise EditError(f"there is already a place {clean['fr']!r}")
    if lat is not None or lon is not None:
        place.lat, place.lon = _coords(lat, lon)
    for lang, text in clean.items():
        setattr(place, f"name_{lang}", text)
    session.flush()
    linked = queries.photos_of_place(session, place.id)
    if not clean or not linked:
        return EditResult((), {})
    values = {("place" if lang == "fr" else f"place:{lang}"): text for lang, text in clean.items()}
    result = apply_edits(session, dict.fromkeys(sorted(linked), EditRequest(values)), user)
    queries.link_places(session, sorted(linked))
    return result
