"""Forgetting a source folder (the demo archive, a folder indexed by mistake). Files are never touched."""

from __future__ import annotations

import os
from pathlib import Path

from photobook.core.paths import demo_archive_dir
from photobook.db import queries_sources
from photobook.db.engine import Library

DEMO_REMOVED = "demo-removed"


class SourceError(ValueError):
    pass


def remove_source(lib: Library, folder: Path) -> int:
    """Delete the source and its records (captions, themes, problems cascade). Returns the number of
    photographs forgotten. Removing the demo archive is remembered, so it does not come back."""
    key = os.fsencode(Path(folder).expanduser().resolve())
    with lib.Session() as session, session.begin():
        match = queries_sources.source_ids_of_folder(session, key)
        if not match:
            raise SourceError(f"{folder} is not a source folder of this library")
        n = queries_sources.forget_source(session, match[0])
    demo = demo_archive_dir()
    if demo is not None and os.fsencode((demo / "images").resolve()) == key:
        (lib.folder / DEMO_REMOVED).write_text("The archivist removed the demo archive.\n", encoding="utf-8")
    return n
