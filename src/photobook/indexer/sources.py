"""Source folders: one record per folder tree, whatever folder inside it is indexed.

Indexing a folder inside a known source catalogues it as part of that source (the same file is never
catalogued twice under two sources); indexing a folder that contains known sources absorbs them,
their photographs keeping their records. Paths are file-system bytes (names need not be UTF-8).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from photobook.db.models import IndexProblem, Photo, Source, utcnow
from photobook.db.storage import display_path, source_bytes

SEP = os.sep.encode()


@dataclass(frozen=True)
class Place:
    """Where an indexed folder sits: its source and the prefix of its files' paths in that source."""

    source_id: int
    root: bytes  # the source folder
    prefix: bytes  # b"" for the source itself, else b"sub/folder/"


def _inside(child: bytes, parent: bytes) -> bool:
    return child.startswith(parent.rstrip(SEP) + SEP)


def resolve(session: Session, folder: Path) -> Place:
    """The source that ``folder`` belongs to, creating it (and absorbing sources inside it)."""
    root = os.fsencode(folder)
    sources = list(session.scalars(select(Source)))
    for s in sources:
        sb = source_bytes(s)
        if sb == root:
            if s.path_bytes is None:
                s.path_bytes = root
            return Place(s.id, root, b"")
        if _inside(root, sb):
            return Place(s.id, sb, root[len(sb.rstrip(SEP)) + 1 :] + SEP)
    new = Source(path=display_path(root), path_bytes=root, added_at=utcnow())
    session.add(new)
    session.flush()
    for s in sources:
        sb = source_bytes(s)
        if _inside(sb, root):
            _absorb(session, s, new.id, sb[len(root.rstrip(SEP)) + 1 :] + SEP)
    return Place(new.id, root, b"")


def _absorb(session: Session, old: Source, new_id: int, prefix: bytes) -> None:
    """Move a nested source's photographs and problems into the source that contains it."""
    for model in (Photo, IndexProblem):
        rows = session.execute(select(model.id, model.path_bytes).where(model.source_id == old.id)).all()
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
    session.execute(delete(Source).where(Source.id == old.id))


def normalise_roots(folders: list[Path]) -> list[Path]:
    """Resolved, without duplicates, and without folders inside another one of the same run."""
    resolved = list(dict.fromkeys(f.resolve() for f in folders))
    out = []
    for f in resolved:
        fb = os.fsencode(f)
        if not any(_inside(fb, os.fsencode(g)) for g in resolved if g != f):
            out.append(f)
    return out
