"""The SQL of forgetting a source folder (services.sources), of the demo's first start
(services.demo) and of finding an import's source folder (services.transfer). fn(session, …)."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from photobook.db.models import Photo, Source
from photobook.db.storage import source_bytes


def source_ids_of_folder(session: Session, key: bytes) -> list[int]:
    """The ids of the source folders whose path is ``key`` (the folder's resolved path as bytes)."""
    return [s.id for s in session.scalars(select(Source)) if source_bytes(s) == key]


def forget_source(session: Session, source_id: int) -> int:
    """Delete a source and its records (captions, themes, problems cascade); returns how many
    photographs it had."""
    n = session.scalar(select(func.count(Photo.id)).where(Photo.source_id == source_id)) or 0
    session.execute(delete(Photo).where(Photo.source_id == source_id))
    session.execute(delete(Source).where(Source.id == source_id))
    return int(n)


def has_catalogued_photo(session: Session, source_id: int) -> bool:
    """Whether a photograph of this source is past the indexer's draft (its catalog was imported)."""
    found = session.scalar(
        select(Photo.id).where(Photo.source_id == source_id, Photo.status != "draft").limit(1)
    )
    return found is not None
