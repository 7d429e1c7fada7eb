"""Derived columns, recomputed in bulk: a photo's reigns (from its date bounds) and its folded
search text (captions in every language, titles, place, photographer, credit, theme labels)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from photobook.core import dates
from photobook.core.reigns import Reign as ReignSpan
from photobook.core.reigns import reigns_for
from photobook.core.text import fold
from photobook.db.models import Caption, Photo, Reign, Theme, photo_reigns, photo_themes
from photobook.db.storage import chunked


def reign_spans(session: Session) -> list[ReignSpan]:
    return [
        ReignSpan(r.id, r.slug, r.start.toordinal(), r.end.toordinal() if r.end else None)
        for r in session.scalars(select(Reign).order_by(Reign.start))
    ]


def date_columns(edtf: str) -> dict[str, Any]:
    """The photo columns that follow from an EDTF string (raises core.dates.DateError)."""
    b = dates.parse(edtf)
    if b is None:
        return {"date_edtf": "", "day_start": None, "day_end": None, "year": None, "approximate": False}
    return {
        "date_edtf": b.edtf,
        "day_start": b.start,
        "day_end": b.end,
        "year": b.year,
        "approximate": b.approximate,
    }


def refresh_reigns(session: Session, ids: Sequence[int] | None = None) -> None:
    """Recompute photo_reigns for ``ids`` (None: every photo, after a reign boundary changed)."""
    spans = reign_spans(session)
    chunks: Iterable[list[int] | None] = chunked(ids) if ids is not None else [None]
    for chunk in chunks:
        stmt = select(Photo.id, Photo.day_start, Photo.day_end)
        if chunk is not None:
            stmt = stmt.where(Photo.id.in_(chunk))
            session.execute(delete(photo_reigns).where(photo_reigns.c.photo_id.in_(chunk)))
        else:
            session.execute(delete(photo_reigns))
        rows = [
            {"photo_id": pid, "reign_id": r.id}
            for pid, start, end in session.execute(stmt)
            for r in reigns_for(start, end, spans)
        ]
        if rows:
            session.execute(insert(photo_reigns), rows)


def refresh_search_text(session: Session, ids: Sequence[int]) -> None:
    for chunk in chunked(ids):
        parts: dict[int, list[str]] = {pid: [] for pid in chunk}
        for row in session.execute(
            select(
                Photo.id,
                Photo.place,
                Photo.place_ar,
                Photo.place_en,
                Photo.photographer,
                Photo.photographer_ar,
                Photo.photographer_en,
                Photo.credit,
                Photo.credit_ar,
                Photo.credit_en,
                Photo.plate,
                Photo.keywords,
                Photo.path,
            ).where(Photo.id.in_(chunk))
        ):
            parts[row[0]].extend(x for x in row[1:] if x)
        for pid, title, text in session.execute(
            select(Caption.photo_id, Caption.title, Caption.text).where(Caption.photo_id.in_(chunk))
        ):
            parts[pid].extend((title, text))
        for pid, fr, ar, en in session.execute(
            select(photo_themes.c.photo_id, Theme.label_fr, Theme.label_ar, Theme.label_en)
            .join(Theme, Theme.id == photo_themes.c.theme_id)
            .where(photo_themes.c.photo_id.in_(chunk))
        ):
            parts[pid].extend((fr, ar, en))
        values = [{"pid": pid, "st": fold(" ".join(p for p in ps if p))} for pid, ps in parts.items()]
        if values:
            session.execute(
                update(cast(Table, Photo.__table__))
                .where(Photo.__table__.c.id == bindparam("pid"))
                .values(search_text=bindparam("st")),
                values,
            )


def refresh_derived(session: Session, ids: Sequence[int]) -> None:
    refresh_reigns(session, ids)
    refresh_search_text(session, ids)
