"""The SQL of forgetting a source folder (services.sources), of the demo's first start
(services.demo), of finding an import's source folder (services.transfer) and of the indexer's
source folders (indexer.sources: a new one, one absorbed by a folder that contains it). fn(session, …)."""

from __future__ import annotations

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from photobook.db.models import IndexProblem, Photo, Source, utcnow
from photobook.db.storage import display_path, source_bytes


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


def add_source(session: Session, root: bytes) -> int:
    """A new source folder at ``root`` (file-system bytes); returns its id."""
    new = Source(path=display_path(root), path_bytes=root, added_at=utcnow())
    session.add(new)
    session.flush()
    return new.id


def keep_path_bytes(source: Source, root: bytes) -> None:
    """Record the bytes of a source's path where an older catalog has only its text."""
    if source.path_bytes is None:
        source.path_bytes = root


def absorb_source(session: Session, old_id: int, new_id: int, prefix: bytes) -> None:
    """Move a source's photographs and problems into ``new_id`` (their paths now start with
    ``prefix``, where the old source sits in the new one), and delete the old source."""
    for model in (Photo, IndexProblem):
        rows = session.execute(select(model.id, model.path_bytes).where(model.source_id == old_id)).all()
        if rows:
            session.execute(
                update(model),
                [
                    {
                        "id": rid,
                        "source_id": new_id,
                        "path_bytes": prefix + bytes(pb),
                        "path": display_path(prefix + bytes(pb)),
                    }
                    for rid, pb in rows
                ],
            )
    session.execute(delete(Source).where(Source.id == old_id))
