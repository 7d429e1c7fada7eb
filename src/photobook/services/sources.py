"""Forgetting a source folder (the demo archive, a folder indexed by mistake). Files are never touched."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import delete, func, select

from photobook.core.paths import demo_archive_dir
from photobook.db.engine import Library
from photobook.db.models import Photo, Source
from photobook.db.storage import source_bytes

DEMO_REMOVED = "demo-removed"


class SourceError(ValueError):
    pass


def remove_source(lib: Library, folder: Path) -> int:
    """Delete the source and its records (captions, themes, problems cascade). Returns the number of
    photographs forgotten. Removing the demo archive is remembered, so it does not come back."""
    key = os.fsencode(Path(folder).expanduser().resolve())
    with lib.Session() as session, session.begin():
        match = [s for s in session.scalars(select(Source)) if source_bytes(s) == key]
        if not match:
            raise SourceError(f"{folder} is not a source folder of this library")
        src = match[0]
        n = session.scalar(select(func.count(Photo.id)).where(Photo.source_id == src.id)) or 0
        session.execute(delete(Photo).where(Photo.source_id == src.id))
        session.execute(delete(Source).where(Source.id == src.id))
    demo = demo_archive_dir()
    if demo is not None and os.fsencode((demo / "images").resolve()) == key:
        (lib.folder / DEMO_REMOVED).write_text("The archivist removed the demo archive.\n", encoding="utf-8")
    return n
