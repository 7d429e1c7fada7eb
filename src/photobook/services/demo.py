"""The demo archive (``data/demo``): indexed and captioned on first start with an empty library."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from photobook.core.paths import demo_archive_dir
from photobook.db import queries, queries_sources
from photobook.db.engine import Library
from photobook.db.storage import source_bytes
from photobook.services.sources import DEMO_REMOVED


def ensure_demo(
    lib: Library, progress: Callable[..., None] | None = None, cancel: Callable[[], bool] | None = None
) -> bool:
    """On first start (no source folder, or only the demo's, not yet finished) index the demo
    archive and import its captions; resumes an interrupted first start. Returns True if it ran.
    An archivist's own library is never touched, and a removed demo does not come back."""
    demo = demo_archive_dir()
    if demo is None or lib.readonly or (lib.folder / DEMO_REMOVED).exists():
        return False
    images = demo / "images"
    key = os.fsencode(images.resolve())
    with lib.Session() as session:
        sources = queries.sources(session)
        if any(source_bytes(s) != key for s in sources):
            return False  # the archivist's own folders: not a first start
        if sources:
            # the indexer makes drafts; the demo's catalog publishes most photographs
            if queries_sources.has_catalogued_photo(session, sources[0].id):
                return False  # the demo is complete
    from photobook.indexer.scan import index_paths
    from photobook.services.import_plan import import_catalog

    report = index_paths(lib, [images], progress=progress, cancel=cancel)
    if report.cancelled:
        return False
    catalog = demo / "catalog.json"
    if catalog.exists():
        import_catalog(lib, catalog, source=images)
    _import_demo_tour(lib, demo / "tour.json")
    return True


def _import_demo_tour(lib: Library, path: Path) -> None:
    """The demo's tour ("Quatre décennies en vingt images"), so that presenting shows on first
    start. Once: a tour of that title already there is left as it is."""
    if not path.exists():
        return
    import json

    from photobook.services import tours

    data = json.loads(path.read_text(encoding="utf-8"))
    with lib.Session() as session, session.begin():
        if queries.tour_id(session, str(data.get("title", ""))) is None:
            tours.import_tour(session, data, skip_missing=True)
