"""A process that stays open (the window, the kiosk, the presenter) keeps the catalog out of its
resident memory (issue 12: at a million photographs the window's connections had mapped 840 MB of
the catalog file, 1,160 MB of resident memory in all); a command that runs and exits maps it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from photobook.db.engine import RESIDENT_CACHE, open_for_kiosk, open_library

pytestmark = pytest.mark.skipif(not os.path.exists("/proc/self/smaps"), reason="Linux's /proc/self/smaps")


def _mapped_kib(catalog: Path) -> int:
    """The resident KiB of this process's mappings of ``catalog``."""
    total, current = 0, False
    with open("/proc/self/smaps") as f:
        for line in f:
            head = line.split(None, 1)[0]
            if head == "Rss:" and current:
                total += int(line.split()[1])
            elif not head.endswith(":"):
                parts = line.split(None, 5)
                current = len(parts) > 5 and parts[5].strip() == str(catalog)
    return total


def _read_everything(lib) -> None:
    with lib.Session() as s:  # every page of the photos table and its captions
        s.execute(text("SELECT count(*), sum(length(path)), max(notes) FROM photos")).one()
        s.execute(text("SELECT count(*), sum(length(text)) FROM captions")).one()


@pytest.fixture
def catalog(synthetic_library) -> Path:
    path = (synthetic_library.folder / "catalog.sqlite").resolve()
    synthetic_library.close()
    return path


def test_a_command_maps_the_catalog(catalog):
    lib = open_library(catalog.parent)
    try:
        _read_everything(lib)
        assert _mapped_kib(catalog) > 0
    finally:
        lib.close()


@pytest.mark.parametrize("opener", ["window", "kiosk"])
def test_a_process_that_stays_open_does_not_map_it(catalog, opener):
    lib = (
        open_library(catalog.parent, resident=True) if opener == "window" else open_for_kiosk(catalog.parent)
    )
    try:
        _read_everything(lib)
        assert _mapped_kib(catalog) == 0
        with lib.engine.connect() as conn:  # and its own cache is bounded
            assert conn.execute(text("PRAGMA cache_size")).scalar() == -(RESIDENT_CACHE // 1024)
    finally:
        lib.close()


def test_the_window_opens_its_library_as_a_process_that_stays_open(catalog):
    pytest.importorskip("PySide6")
    from photobook.ui import app

    lib = app._open_for_window(catalog.parent, None, readonly=False)
    try:
        assert lib.resident
        _read_everything(lib)
        assert _mapped_kib(catalog) == 0
    finally:
        lib.close()
