"""The demo archive (``data/demo``): indexed and captioned on first start with an empty library."""

from __future__ import annotations

from collections.abc import Callable

from photobook.core.paths import demo_archive_dir
from photobook.db import queries
from photobook.db.engine import Library


def ensure_demo(lib: Library, progress: Callable | None = None, cancel: Callable[[], bool] | None = None) -> bool:
    """On first start (no source folder registered yet) index the demo archive and import its
    captions. Returns True if it did. An archivist's own library is never touched."""
    demo = demo_archive_dir()
    if demo is None or lib.readonly:
        return False
    with lib.Session() as session:
        if queries.sources(session):
            return False
    from photobook.indexer.scan import index_paths
    from photobook.services.transfer import import_catalog

    report = index_paths(lib, [demo / "images"], progress=progress, cancel=cancel)
    if report.cancelled:
        return False
    catalog = demo / "catalog.json"
    if catalog.exists():
        import_catalog(lib, catalog, source=demo / "images")
    return True
