"""The SQL of services.tours' writes: tours, their slides and the slides' captions. fn(session, …);
the caller checks the input first and opens the transaction. The reads are in db.queries."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert, update
from sqlalchemy.orm import Session

from photobook.db.models import Tour, TourCaption, TourSlide, utcnow
from photobook.db.storage import chunked


def insert_tour(session: Session, title: str, duration_s: int | None) -> int:
    """A new tour, without slides; returns its id."""
    new_id = session.scalar(
        insert(Tour).values(title=title, duration_s=duration_s, created_at=utcnow()).returning(Tour.id)
    )
    assert new_id is not None
    return int(new_id)


def insert_slide(
    session: Session, tour_id: int, position: int, photo_id: int, notes: str, hidden: bool, transition: str
) -> int:
    """A slide at ``position`` (0-based, as stored); returns its id."""
    sid = session.scalar(
        insert(TourSlide)
        .values(
            tour_id=tour_id,
            position=position,
            photo_id=photo_id,
            notes=notes,
            hidden=hidden,
            transition=transition,
        )
        .returning(TourSlide.id)
    )
    assert sid is not None
    return int(sid)


def insert_slide_caption(session: Session, slide_id: int, lang: str, title: str, text: str) -> None:
    session.execute(insert(TourCaption).values(slide_id=slide_id, lang=lang, title=title, text=text))


def delete_slide_caption(session: Session, slide_id: int, lang: str) -> None:
    session.execute(delete(TourCaption).where(TourCaption.slide_id == slide_id, TourCaption.lang == lang))


def delete_slides(session: Session, slide_ids: Sequence[int]) -> None:
    """Take slides out (their captions go with them)."""
    for gone in chunked(list(slide_ids)):
        session.execute(delete(TourSlide).where(TourSlide.id.in_(gone)))


def set_slide_notes(session: Session, slide_id: int, notes: str) -> None:
    session.execute(update(TourSlide).where(TourSlide.id == slide_id).values(notes=notes))


def set_slide_hidden(session: Session, slide_id: int, hidden: bool) -> None:
    session.execute(update(TourSlide).where(TourSlide.id == slide_id).values(hidden=hidden))


def set_slide_transition(session: Session, slide_id: int, transition: str) -> None:
    session.execute(update(TourSlide).where(TourSlide.id == slide_id).values(transition=transition))


def renumber_slides(session: Session, slide_ids: Sequence[int]) -> None:
    """Store the slides' positions in this order (0-based)."""
    for pos, sid in enumerate(slide_ids):
        session.execute(update(TourSlide).where(TourSlide.id == sid).values(position=pos))


def delete_tour(session: Session, tour_id: int) -> None:
    """A tour and its slides (they cascade)."""
    session.execute(delete(Tour).where(Tour.id == tour_id))
