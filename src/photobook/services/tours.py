"""Tours: talks saved in the catalog. fn(session, …); the caller opens the write transaction
(``with lib.Session() as s, s.begin():``) so that a tour changes all at once or not at all.

Positions are counted from 1, as a presenter counts slides ("go to 12"). Every function checks
its input first and raises :class:`TourError` with a line for the user.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from photobook.core.languages import LANGUAGES
from photobook.core.records import Caption
from photobook.core.tours import Tour as TourRecord
from photobook.core.tours import TourSlide as TourSlideRecord
from photobook.db import queries, queries_tours
from photobook.services.edits import CAPTION_MAX, FIELD_MAX, TITLE_MAX, EditError, check_text

TOUR_TITLE_MAX = 200
DURATION_MAX_S = 24 * 3600


class TourCode(StrEnum):
    """Why a change of a tour is refused, for the window to say it in its own language
    (``ui/refusal_texts.py``); a text too long, a NUL… carry the :class:`EditCode` of the field."""

    NEEDS_TITLE = "tour_needs_title"
    DURATION_RANGE = "tour_duration_range"
    TITLE_TAKEN = "tour_title_taken"  # value: the title
    TRANSITION = "tour_transition"  # value: the transition asked for
    UNKNOWN_LANGUAGE = "tour_unknown_language"  # value
    NO_PHOTOGRAPH = "tour_no_photograph"  # value: the id (deleted meanwhile)
    POSITION = "tour_position"  # count: the slides the tour has now (changed meanwhile)


class TourError(ValueError):
    """A change of a tour refused: ``str()`` is the English line (the CLI's); ``code`` and its
    values (``field``, ``value``, ``count``, ``limit``) what the window says in its language."""

    def __init__(
        self,
        message: str,
        *,
        code: str = "",
        field: str = "",
        value: str = "",
        count: int = 0,
        limit: int = 0,
    ) -> None:
        super().__init__(message)
        self.code, self.field, self.value, self.count, self.limit = code, field, value, count, limit


class TourNotFound(TourError, LookupError):
    pass


def _check(name: str, value: str, limit: int, field: str = "") -> None:
    try:
        check_text(name, value, limit, field=field)
    except EditError as exc:
        raise TourError(str(exc), code=exc.code, field=exc.field, count=exc.count, limit=exc.limit) from None


def find(session: Session, name: str) -> TourRecord:
    """The tour called ``name`` (title, or id), with its slides."""
    tid = queries.tour_id(session, name)
    found = queries.tour(session, tid) if tid is not None else None
    if found is None:
        raise TourNotFound(f"no tour called {name!r} (photobook tour list shows them)")
    return found


def create(session: Session, title: str, duration_s: int | None = None) -> int:
    title = title.strip()
    if not title:
        raise TourError("a tour needs a title", code=TourCode.NEEDS_TITLE)
    _check("the title", title, TOUR_TITLE_MAX, field="tour_title")
    if duration_s is not None and not 0 < duration_s <= DURATION_MAX_S:
        raise TourError("the duration runs from 1 second to 24 hours", code=TourCode.DURATION_RANGE)
    if queries.tour_id(session, title) is not None:
        raise TourError(f"there is already a tour called {title!r}", code=TourCode.TITLE_TAKEN, value=title)
    return queries_tours.insert_tour(session, title, duration_s)


def add(
    session: Session, tour_id: int, photo_ids: Sequence[int], at: int | None = None, notes: str = ""
) -> None:
    """Put photographs into a tour at position ``at`` (1-based; default: at the end)."""
    insert_slides(session, tour_id, [TourSlideRecord(0, pid, notes) for pid in photo_ids], at)


def insert_slides(
    session: Session, tour_id: int, slides: Sequence[TourSlideRecord], at: int | None = None
) -> None:
    """Put slides, whole (photograph, notes, captions, hidden, transition), into a tour at position
    ``at`` (1-based; default: at the end); their own ``position`` is not read. A slide taken out
    comes back as it was (the window's undo); an imported tour is written in one pass."""
    for sl in slides:
        _check("the notes", sl.notes, FIELD_MAX["notes"], field="slide_notes")
        if sl.transition not in TRANSITIONS:
            raise TourError(
                f"a transition is one of {', '.join(TRANSITIONS)}",
                code=TourCode.TRANSITION,
                value=sl.transition,
            )
        for lang, cap in sl.captions.items():
            if lang not in LANGUAGES:
                raise TourError(
                    f"unknown language {lang!r} (one of {', '.join(LANGUAGES)})",
                    code=TourCode.UNKNOWN_LANGUAGE,
                    value=lang,
                )
            _check("the title", cap.title, TITLE_MAX, field=f"title:{lang}")
            _check("the caption", cap.text, CAPTION_MAX, field=f"caption:{lang}")
    known = queries.existing_photo_ids(session, [sl.photo_id for sl in slides])
    unknown = [sl.photo_id for sl in slides if sl.photo_id not in known]
    if unknown:
        raise TourError(
            f"no photograph with id {unknown[0]}", code=TourCode.NO_PHOTOGRAPH, value=str(unknown[0])
        )
    order = queries.tour_slide_ids(session, tour_id)
    if at is not None and not 1 <= at <= len(order) + 1:
        raise TourError(
            f"position {at}: the tour has {len(order)} slide(s)", code=TourCode.POSITION, count=len(order)
        )
    new = []
    for k, sl in enumerate(slides):
        sid = queries_tours.insert_slide(
            session,
            tour_id,
            len(order) + k,  # at the end; renumbered below when put in the middle
            sl.photo_id,
            sl.notes,
            sl.hidden,
            sl.transition,
        )
        new.append(sid)
        for lang, cap in sorted(sl.captions.items()):
            if cap.title or cap.text:
                queries_tours.insert_slide_caption(session, sid, lang, cap.title, cap.text)
    if at is not None and at <= len(order):
        i = at - 1
        _renumber(session, [*order[:i], *new, *order[i:]])


def move(session: Session, tour_id: int, frm: int, to: int) -> None:
    """Move the slide at position ``frm`` to position ``to`` (both 1-based)."""
    order = queries.tour_slide_ids(session, tour_id)
    if not (1 <= frm <= len(order) and 1 <= to <= len(order)):
        raise TourError(f"positions run from 1 to {len(order)}", code=TourCode.POSITION, count=len(order))
    sid = order.pop(frm - 1)
    order.insert(to - 1, sid)
    _renumber(session, order)


def reorder(session: Session, tour_id: int, positions: Sequence[int]) -> None:
    """Put the slides in a new order: ``positions`` lists the current positions (1-based) in the
    order wanted, each once."""
    order = queries.tour_slide_ids(session, tour_id)
    if sorted(positions) != list(range(1, len(order) + 1)):
        raise TourError(
            f"give each position from 1 to {len(order)} once", code=TourCode.POSITION, count=len(order)
        )
    _renumber(session, [order[p - 1] for p in positions])


def remove(session: Session, tour_id: int, position: int, count: int = 1) -> None:
    """Take out the slide at ``position`` (1-based), and the ``count`` - 1 after it."""
    order = queries.tour_slide_ids(session, tour_id)
    if not (1 <= position and count >= 1 and position + count - 1 <= len(order)):
        raise TourError(f"positions run from 1 to {len(order)}", code=TourCode.POSITION, count=len(order))
    queries_tours.delete_slides(session, order[position - 1 : position - 1 + count])
    if position + count - 1 < len(order):  # the tail taken out: the others keep their numbers
        _renumber(session, order[: position - 1] + order[position - 1 + count :])


def set_notes(session: Session, tour_id: int, position: int, notes: str) -> None:
    _check("the notes", notes, FIELD_MAX["notes"], field="slide_notes")
    sid = _slide(session, tour_id, position)
    queries_tours.set_slide_notes(session, sid, notes)


def set_caption(session: Session, tour_id: int, position: int, lang: str, title: str, text: str) -> None:
    """This slide's caption in ``lang`` for the talk; empty title and text go back to the catalogue's."""
    if lang not in LANGUAGES:
        raise TourError(
            f"unknown language {lang!r} (one of {', '.join(LANGUAGES)})",
            code=TourCode.UNKNOWN_LANGUAGE,
            value=lang,
        )
    _check("the title", title, TITLE_MAX, field=f"title:{lang}")
    _check("the caption", text, CAPTION_MAX, field=f"caption:{lang}")
    sid = _slide(session, tour_id, position)
    queries_tours.delete_slide_caption(session, sid, lang)
    if title or text:
        queries_tours.insert_slide_caption(session, sid, lang, title, text)


def set_hidden(session: Session, tour_id: int, position: int, hidden: bool) -> None:
    """Hide a slide (kept for questions: stepping passes over it) or show it again."""
    sid = _slide(session, tour_id, position)
    queries_tours.set_slide_hidden(session, sid, hidden)


TRANSITIONS = ("cut", "fly")


def set_transition(session: Session, tour_id: int, position: int, transition: str) -> None:
    """How the talk arrives at this slide: "cut" (or a cross-fade), or "fly" along the road of time."""
    if transition not in TRANSITIONS:
        raise TourError(
            f"a transition is one of {', '.join(TRANSITIONS)}", code=TourCode.TRANSITION, value=transition
        )
    sid = _slide(session, tour_id, position)
    queries_tours.set_slide_transition(session, sid, transition)


# --- a tour as a file: from one library to another, photographs matched by content hash ---------

TOUR_FORMAT = "photobook-tour"
TOUR_VERSION = 1
MAX_SLIDES = 10_000


def export_tour(session: Session, tour_id: int) -> dict[str, Any]:
    """The tour as JSON data: each slide names its photograph by content hash (the same file in
    any library) and, for people, by its path in its folder."""
    tour = queries.tour(session, tour_id)
    if tour is None:
        raise TourNotFound(f"no tour with id {tour_id}")
    ids = [sl.photo_id for sl in tour.slides]
    hashes = queries.content_hashes(session, ids)
    paths = queries.relative_paths(session, ids)
    return {
        "format": TOUR_FORMAT,
        "version": TOUR_VERSION,
        "title": tour.title,
        "duration_s": tour.duration_s,
        "slides": [
            {
                "content_hash": hashes[sl.photo_id],
                "path": os.fsdecode(paths.get(sl.photo_id, b"")),
                "notes": sl.notes,
                "hidden": sl.hidden,
                "transition": sl.transition,
                "captions": {k: {"title": c.title, "text": c.text} for k, c in sorted(sl.captions.items())},
            }
            for sl in tour.slides
        ],
    }


@dataclass(frozen=True)
class TourImport:
    tour_id: int
    title: str
    slides: int
    not_found: tuple[str, ...]  # the paths (or hashes) of slides left out


def import_tour(
    session: Session, data: Any, *, title: str | None = None, skip_missing: bool = False
) -> TourImport:
    """Make a tour from :func:`export_tour`'s data. Everything is checked first; on any error
    nothing is written. A slide whose photograph is not in this library is an error, or left out
    with ``skip_missing``."""
    if not isinstance(data, dict) or data.get("format") != TOUR_FORMAT:
        raise TourError(f'not a photobook tour (a JSON object with "format": "{TOUR_FORMAT}")')
    if data.get("version") != TOUR_VERSION:
        raise TourError(
            f"tour format version {data.get('version')!r}: this photobook reads version {TOUR_VERSION}"
        )
    name = title if title is not None else data.get("title")
    if not isinstance(name, str):
        raise TourError("the tour has no title")
    duration = data.get("duration_s")
    if duration is not None and (isinstance(duration, bool) or not isinstance(duration, int)):
        raise TourError("duration_s must be a whole number of seconds")
    slides = data.get("slides")
    if not isinstance(slides, list) or len(slides) > MAX_SLIDES:
        raise TourError(f"slides must be a list of at most {MAX_SLIDES}")
    parsed = []
    for n, sl in enumerate(slides, 1):
        if not isinstance(sl, dict):
            raise TourError(f"slide {n}: not an object")
        digest, notes = sl.get("content_hash"), sl.get("notes", "")
        if not isinstance(digest, str) or not 0 < len(digest) <= 64:
            raise TourError(f"slide {n}: no content_hash")
        if not isinstance(notes, str):
            raise TourError(f"slide {n}: notes must be text")
        _check(f"slide {n}'s notes", notes, FIELD_MAX["notes"], field="slide_notes")
        caps = sl.get("captions", {})
        if not isinstance(caps, dict):
            raise TourError(f"slide {n}: captions must be an object of languages")
        for lang, cap in caps.items():
            if lang not in LANGUAGES:
                raise TourError(f"slide {n}: unknown language {lang!r} (one of {', '.join(LANGUAGES)})")
            if not isinstance(cap, dict) or not all(
                isinstance(cap.get(k, ""), str) for k in ("title", "text")
            ):
                raise TourError(f"slide {n}: the {lang} caption needs a title and a text")
            _check(f"slide {n}'s title", cap.get("title", ""), TITLE_MAX, field=f"title:{lang}")
            _check(f"slide {n}'s caption", cap.get("text", ""), CAPTION_MAX, field=f"caption:{lang}")
        path = sl.get("path", "")
        transition = sl.get("transition", "cut")
        if transition not in TRANSITIONS:
            raise TourError(f"slide {n}: transition {transition!r} (one of {', '.join(TRANSITIONS)})")
        parsed.append(
            (
                digest,
                notes,
                bool(sl.get("hidden", False)),
                caps,
                path if isinstance(path, str) else "",
                transition,
            )
        )
    found = queries.photo_ids_by_hash(session, [p[0] for p in parsed])
    missing = tuple(p[4] or p[0] for p in parsed if p[0] not in found)
    if missing and not skip_missing:
        more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        raise TourError(
            f"{len(missing)} of {len(parsed)} photographs are not in this library: "
            f"{', '.join(missing[:3])}{more} (index their folder first, or --skip-missing)"
        )
    tid = create(session, name, duration)
    insert_slides(
        session,
        tid,
        [
            TourSlideRecord(
                0,
                found[digest],
                notes,
                {lang: Caption(cap.get("title", ""), cap.get("text", "")) for lang, cap in caps.items()},
                hidden,
                transition,
            )
            for digest, notes, hidden, caps, _, transition in parsed
            if digest in found
        ],
    )
    kept = sum(1 for p in parsed if p[0] in found)
    return TourImport(tid, name.strip(), kept, missing)


def delete_tour(session: Session, tour_id: int) -> None:
    queries_tours.delete_tour(session, tour_id)


def _slide(session: Session, tour_id: int, position: int) -> int:
    order = queries.tour_slide_ids(session, tour_id)
    if not 1 <= position <= len(order):
        raise TourError(f"positions run from 1 to {len(order)}", code=TourCode.POSITION, count=len(order))
    return order[position - 1]


def _renumber(session: Session, slide_ids: Sequence[int]) -> None:
    queries_tours.renumber_slides(session, slide_ids)
