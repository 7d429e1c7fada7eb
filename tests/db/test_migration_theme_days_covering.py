"""Revision 0019 (a covering index of summary_theme_days): a theme's timeline is read from the index
alone, gives the same rows as before it, and the revision goes back and forth with photographs in
the catalog; on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from photobook.db import queries as q
from photobook.db.engine import open_library
from photobook.db.migrate import current_revision, upgrade_to_head
from photobook.db.queries import PhotoFilter
from tests.db.test_migration_workbench import _downgrade

INDEX = "ix_summary_theme_days_covering"


def _timelines(lib) -> dict[str, list]:
    with lib.Session() as s:
        return {t.slug: q.timeline_summary(s, PhotoFilter(themes=(t.slug,))) for t in q.themes(s)}


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_the_covering_index_comes_and_goes_and_the_timelines_stay(request, tmp_path, backend):
    from photobook.services.synthetic import populate

    url = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    lib = open_library(tmp_path / "library", url)
    try:
        populate(lib, 400, distinct_thumbs=4)
        with_index = _timelines(lib)
        assert any(with_index.values())
        assert INDEX in {i["name"] for i in inspect(lib.engine).get_indexes("summary_theme_days")}

        _downgrade(lib.engine, "0018")
        assert current_revision(lib.engine) == "0018"
        assert INDEX not in {i["name"] for i in inspect(lib.engine).get_indexes("summary_theme_days")}
        assert _timelines(lib) == with_index

        upgrade_to_head(lib.engine)
        assert INDEX in {i["name"] for i in inspect(lib.engine).get_indexes("summary_theme_days")}
        assert _timelines(lib) == with_index
    finally:
        lib.close()
