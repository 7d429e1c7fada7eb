"""``photobook backup DEST``: a consistent copy of the catalog while others keep using it (SQLite's
online backup API), and the catalog's own health check (``quick_check`` / ``integrity_check``)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from photobook.db import queries_catalog
from photobook.db.engine import DiskFull, Library, LibraryError, sqlite_file, storage_failure


class BackupError(ValueError):
    """A destination that cannot be used; the message is one line for the user."""


def _sqlite(raw: Any) -> sqlite3.Connection:
    con = raw.driver_connection
    assert isinstance(con, sqlite3.Connection)
    return con


def backup_catalog(lib: Library, dest: Path) -> int:
    """Copy the catalog to ``dest`` (written as ``dest.part``, renamed when complete). Returns its
    size in bytes. Writers may go on meanwhile: the copy is the catalog as of one moment."""
    if not lib.is_sqlite:
        raise BackupError("the catalog is on a database server: back it up with the server's tools (pg_dump)")
    dest = Path(dest)
    if dest.is_dir():
        raise BackupError(f"{dest} is a folder; give the name of the backup file")
    if not dest.parent.is_dir():
        raise BackupError(f"no such folder: {dest.parent}")
    if dest.exists():
        raise BackupError(f"{dest} exists; give a new name (a backup never overwrites another)")
    source = sqlite_file(lib.engine.url.database)
    if dest.resolve() == source.resolve():
        raise BackupError("the backup cannot be the catalog itself")
    part = dest.with_name(dest.name + ".part")
    raw = lib.engine.raw_connection()
    try:
        target = sqlite3.connect(part)
        try:
            # in one step: a read transaction, so the copy is one moment of the catalog (in WAL,
            # writers go on meanwhile; a stepwise copy would restart at each of their commits)
            _sqlite(raw).backup(target)
        finally:
            target.close()
        part.replace(dest)
    except (OSError, sqlite3.Error) as exc:
        part.unlink(missing_ok=True)
        problem = storage_failure(exc, dest.parent, str(source))
        if isinstance(problem, DiskFull):
            raise DiskFull(f"{problem}; no backup was written") from None
        if problem is not None:
            raise problem from None
        raise LibraryError(f"cannot write the backup {dest}: {exc}") from None
    finally:
        raw.close()
    return os.path.getsize(dest)


def catalog_health(lib: Library, full: bool = False) -> list[str]:
    """SQLite's own check of the catalog file: [] when it is sound, else what it found (at most
    20 lines). ``quick_check`` reads every page (a few seconds per GB); ``integrity_check`` also
    compares every index with its table."""
    if not lib.is_sqlite:
        return []
    raw = lib.engine.raw_connection()
    try:
        # every page is read once: not through the memory map (see queries_catalog.sqlite_check)
        rows = queries_catalog.sqlite_check(_sqlite(raw), full)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        raw.close()
    if rows == ["ok"]:
        return []
    return [
        ln for r in rows for ln in str(r).splitlines() if ln.strip() and not ln.startswith("*** in database")
    ]
