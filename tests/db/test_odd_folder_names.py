"""A library folder whose name holds characters that URLs treat specially (``?``, ``#``, ``%``):
the catalog is written inside it, and read back there read-only and by the kiosk."""

from __future__ import annotations

import pytest

from photobook.db import queries as q
from photobook.db.engine import CATALOG_FILE, open_for_kiosk, open_library
from photobook.services.backup import backup_catalog


@pytest.mark.parametrize("name", ["what?library", "archive #2", "100% maroc", "a?b#c%20d"])
def test_the_catalog_lives_in_the_folder_it_was_given(tmp_path, name):
    from photobook.services.synthetic import populate

    folder = tmp_path / name
    lib = open_library(folder)
    try:
        populate(lib, 20, distinct_thumbs=2)
    finally:
        lib.close()
    assert (folder / CATALOG_FILE).is_file()
    # nothing written beside it under a name cut at the special character
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]

    ro = open_library(folder, readonly=True)
    try:
        with ro.Session() as s:
            assert q.count(s) == 20
        assert backup_catalog(ro, tmp_path / "copy.sqlite") > 0
    finally:
        ro.close()

    kiosk = open_for_kiosk(folder)
    try:
        with kiosk.Session() as s:
            assert q.count(s) == 20
    finally:
        kiosk.close()
