"""Tours: talks saved in the catalog. fn(session, …); the caller opens the write transaction
(``with lib.Session() as s, s.begin():``) so that a tour changes all at once or not at all.

Positions are counted from 1, as a presenter counts slides ("go to 12"). Every function checks
its input first and raises :class:`TourError` with a line for the user.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert, update
from sqlalchemy.orm import Session

from photobook.core.languages import LANGUAGES
from photobook.core.tours import Tour as TourRecord
from photobook.db import queries
from photobook.db.models import Tour, TourCaption, TourSlide, utcnow
from photobook.services.edits import CAPTION_MAX, FIELD_MAX, TITLE_MAX, EditError, check_text

TOUR_TITLE_MAX = 200
DURATION_MAX_S = 24 * 3600


class TourError(ValueError):
    pass


class TourNotFound(TourError, LookupError):
    pass


def _check(name: str, value: str, limit: int) -> None:
    try:
        check_text(name, value, limit)
    except EditError as exc:
        raise TourError(str(exc)) from None


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
        raise TourError("a tour needs a title")
    _check("the title", title, TOUR_TITLE_MAX)
    if duration_s is not None and not 0 < duration_s <= DURATION_MAX_S:
        raise TourError("the duration runs from 1 second to 24 hours")
    if queries.tour_id(session, title) is not None:
        raise TourError(f"there is already a tour called {title!r}")
    new_id = session.scalar(
        insert(Tour).values(title=title, duration_s=duration_s, created_at=utcnow()).returning(Tour.id)
    )
    assert new_id is not None
    return int(new_id)


def add(
    session: Session, tour_id: int, photo_ids: Sequence[int], at: int | None = None, notes: str = ""
) -> None:
    """Put photographs into a tour at position ``at`` (1-based; default: at the end)."""
    _check("the notes", notes, FIELD_MAX["notes"])
    known = queries.existing_photo_ids(session, photo_ids)
    unknown = [pid for pid in photo_ids if pid not in known]
    if unknown:
        raise TourError(f"no photograph with id {unknown[0]}")
    order = queries.tour_slide_ids(session, tour_id)
    if at is not None and not 1 <= at <= len(order) + 1:
        raise TourError(f"position {at}: the tour has {len(order)} slide(s)")
    new = []
    for pid in photo_ids:
        sid = session.scalar(
            insert(TourSlide)
            .values(tour_id=tour_id, position=0, photo_id=pid, notes=notes)
            .returning(TourSlide.id)
        )
        assert sid is not None
        new.append(int(sid))
    i = len(order) if at is None else at - 1
    _renumber(session, [*order[:i], *new, *order[i:]])


def move(session: Session, tour_id: int, frm: int, to: int) -> None:
    """Move the slide at position ``frm`` to position ``to`` (both 1-based)."""
    order = queries.tour_slide_ids(session, tour_id)
    if not (1 <= frm <= len(order) and 1 <= to <= len(order)):
        raise TourError(f"positions run from 1 to {len(order)}")
    sid = order.pop(frm - 1)
    order.insert(to - 1, sid)
    _renumber(session, order)


def reorder(session: Session, tour_id: int, positions: Sequence[int]) -> None:
    """Put the slides in a new order: ``positions`` lists the current positions (1-based) in the
    order wanted, each once."""
    order = queries.tour_slide_ids(session, tour_id)
    if sorted(positions) != list(range(1, len(order) + 1)):
        raise TourError(f"give each position from 1 to {len(order)} once")
    _renumber(session, [order[p - 1] for p in positions])


def remove(session: Session, tour_id: int, position: int) -> None:
    order = queries.tour_slide_ids(session, tour_id)
    if not 1 <= position <= len(order):
        raise TourError(f"positions run from 1 to {len(order)}")
    session.execute(delete(TourSlide).where(TourSlide.id == order.pop(position - 1)))
    _renumber(session, order)


def set_notes(session: Session, tour_id: int, position: int, notes: str) -> None:
    _check("the notes", notes, FIELD_MAX["notes"])
    sid = _slide(session, tour_id, position)
    session.execute(update(TourSlide).where(TourSlide.id == sid).values(notes=notes))


def set_caption(session: Session, tour_id: int, position: int, lang: str, title: str, text: str) -> None:
    """This slide's caption in ``lang`` for the talk; empty title and text go back to the catalogue's."""
    if lang not in LANGUAGES:
        raise TourError(f"unknown language {lang!r} (one of {', '.join(LANGUAGES)})")
    _check("the title", title, TITLE_MAX)
    _check("the caption", text, CAPTION_MAX)
    sid = _slide(session, tour_id, position)
    session.execute(delete(TourCaption).where(TourCaption.slide_id == sid, TourCaption.lang == lang))
    if title or text:
        session.execute(insert(TourCaption).values(slide_id=sid, lang=lang, title=title, text=text))


def delete_tour(session: Session, tour_id: int) -> None:
    session.execute(delete(Tour).where(Tour.id == tour_id))


def _slide(session: Session, tour_id: int, position: int) -> int:
    order = queries.tour_slide_ids(session, tour_id)
    if not 1 <= position <= len(order):
        raise TourError(f"positions run from 1 to {len(order)}")
    return order[position - 1]


def _renumber(session: Session, slide_ids: Sequence[int]) -> None:
    for pos, sid in enumerate(slide_ids):
        session.execute(update(TourSlide).where(TourSlide.id == sid).values(position=pos))
