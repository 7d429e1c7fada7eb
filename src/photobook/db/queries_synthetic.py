"""The SQL of services.synthetic (a synthetic catalog for benchmarks and tests) and of the
benchmarks' own catalogs (photobook.bench): Core bulk inserts (executemany), not ORM objects.
fn(session, …); the caller commits."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from photobook.db.fastpath import CATALOG_FILE
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


def insert_photo_rows(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Photograph rows (without ids) in one ORM bulk insert: what the benchmark's insert rate times."""
    session.execute(insert(Photo), list(rows))


def catalog_rows(folder: Path) -> int:
    """The highest photograph id of the SQLite catalog in ``folder`` (a synthetic catalog's size),
    read without opening the library: nothing is upgraded or locked."""
    with closing(sqlite3.connect(f"file:{folder / CATALOG_FILE}?mode=ro", uri=True)) as con:
        return int(con.execute("SELECT max(id) FROM photos").fetchone()[0] or 0)
