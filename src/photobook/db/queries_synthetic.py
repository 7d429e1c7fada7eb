"""The SQL of services.synthetic (a synthetic catalog for benchmarks and tests): Core bulk inserts
(executemany), not ORM objects. fn(session, …); the caller commits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from photobook.db.models import Caption, Photo, Source, Theme, photo_themes, utcnow


def source_id(session: Session, path: str) -> int:
    """The id of the source folder ``path``, added if the catalog has none."""
    src = session.scalar(select(Source).where(Source.path == path))
    if src is None:
        src = Source(path=path, added_at=utcnow())
        session.add(src)
        session.flush()
    return src.id


def theme_labels(session: Session) -> list[tuple[int, str, str]]:
    """(id, French label, English label) of every theme, in the catalog's order."""
    return [
        (tid, fr, en) for tid, fr, en in session.execute(select(Theme.id, Theme.label_fr, Theme.label_en))
    ]


def last_photo_id(session: Session) -> int:
    """The highest photograph id (0 in an empty catalog)."""
    return session.scalar(select(Photo.id).order_by(Photo.id.desc()).limit(1)) or 0


def insert_photos(
    session: Session,
    photos: Sequence[dict[str, Any]],
    captions: Sequence[dict[str, Any]],
    links: Sequence[dict[str, Any]],
) -> None:
    """Photograph rows (ids included), their captions and their theme links, in three bulk inserts."""
    session.execute(insert(cast(Table, Photo.__table__)), list(photos))
    session.execute(insert(cast(Table, Caption.__table__)), list(captions))
    session.execute(insert(photo_themes), list(links))
