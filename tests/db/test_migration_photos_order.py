"""Revision 0021 (indexes in timeline order to the last tie): a filter's first page is the same with
and without them, and the revision goes back and forth with photographs in the catalog; on SQLite
and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import inspect

from photobook.db import queries as q
from photobook.db.engine import open_library
from photobook.db.migrate import current_revision, upgrade_to_head
from tests.db.test_migration_workbench import _downgrade

INDEXES = {
    "ix_photos_status_order": ["status", "day_start", "day_end", "id", "approximate"],
    "ix_photos_order": ["day_start", "day_end", "id", "approximate"],
}
FILTERS = [
    q.PhotoFilter(year_from=1985, year_to=2005, reigns=("hassan-ii",), themes=("logistics",)),
    q.PhotoFilter(year_from=1985, year_to=2005, statuses=("published",)),
    q.PhotoFilter(statuses=("published", "reviewed")),
    q.PhotoFilter(),
]


def _pages(lib) -> list[list[int]]:
    with lib.Session() as s:
        return [q.photo_ids(s, f, limit=25) for f in FILTERS] + [
            q.photo_ids(s, replace(f, statuses=()), limit=25) for f in FILTERS
        ]


def _indexes(lib) -> dict[str, list[str]]:
    return {
        i["name"]: i["column_names"]
        for i in inspect(lib.engine).get_indexes("photos")
        if i["name"] in INDEXES
    }


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_the_order_indexes_come_and_go_and_the_first_pages_stay(request, tmp_path, backend):
    from photobook.services.synthetic import populate

    url = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    lib = open_library(tmp_path / "library", url)
    try:
        populate(lib, 400, distinct_thumbs=4)
        with_indexes = _pages(lib)
        assert all(with_indexes)
        assert _indexes(lib) == INDEXES

        _downgrade(lib.engine, "0020")
        assert current_revision(lib.engine) == "0020"
        assert _indexes(lib) == {}
        assert _pages(lib) == with_indexes

        upgrade_to_head(lib.engine)
        assert _indexes(lib) == INDEXES
        assert _pages(lib) == with_indexes
    finally:
        lib.close()
