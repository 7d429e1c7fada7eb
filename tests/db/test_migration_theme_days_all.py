"""Revision 0020 (``summary_theme_days`` summed over statuses and missing flags): a catalog at 0019 with
photographs upgrades to a table that holds exactly each theme's photographs per date interval and the
smallest id, keeps it exact on the next writes (dates, statuses and missing flags changed, a theme
taken away, a theme moved, a theme deleted, photographs deleted), gives a theme filter the same
timeline as before, reads it as a range of its key, and goes back to 0019; on SQLite and PostgreSQL."""

from __future__ import annotations

from unittest import mock

import pytest
from sqlalchemy import inspect, text

from photobook.db import queries as q
from photobook.db.engine import open_library
from photobook.db.migrate import current_revision, upgrade_to_head
from photobook.db.queries import PhotoFilter
from tests.db.test_migration_workbench import _downgrade
from tests.db.test_summaries import theme_days, theme_days_all, theme_days_all_truth, theme_days_truth

TABLE = "summary_theme_days_all"


def _exact(lib) -> None:
    with lib.Session() as s:
        assert theme_days(s) == theme_days_truth(s)
        assert theme_days_all(s) == theme_days_all_truth(s)


def _timelines(lib) -> dict[str, list]:
    """Every theme's timeline (every status), as the window reads it and as the photographs say."""
    with lib.Session() as s:
        fast = {t.slug: q.timeline_summary(s, PhotoFilter(themes=(t.slug,))) for t in q.themes(s)}
        with mock.patch.object(q, "_theme_days_scope", lambda *_a, **_k: None):
            slow = {t.slug: q.timeline_summary(s, PhotoFilter(themes=(t.slug,))) for t in q.themes(s)}
    assert fast == slow
    return fast


def _writes(lib, ids: list[int], step: int) -> None:
    """Dates, statuses and missing flags changed, a theme taken from photographs, a theme moved, some
    photographs deleted."""
    with lib.Session() as s, s.begin():
        s.execute(
            text("UPDATE photos SET day_start = 724642, day_end = 725006, year = 1985 WHERE id IN (:a, :b)"),
            {"a": ids[step], "b": ids[step + 1]},
        )
        s.execute(
            text("UPDATE photos SET status = 'published', missing = true WHERE id = :a"), {"a": ids[step + 2]}
        )
        s.execute(
            text("UPDATE photos SET day_start = NULL, day_end = NULL, year = NULL WHERE id = :a"),
            {"a": ids[step + 3]},
        )
        s.execute(
            text("DELETE FROM photo_themes WHERE photo_id IN (:a, :b)"),
            {"a": ids[step + 4], "b": ids[step + 5]},
        )
        s.execute(text("DELETE FROM photos WHERE id IN (:a, :b)"), {"a": ids[step + 6], "b": ids[step + 7]})
        s.execute(
            text(
                "UPDATE themes SET parent_id = (SELECT id FROM themes WHERE slug = 'industry') WHERE slug = 'wind'"
            )
        )


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_the_sums_come_and_go_and_stay_exact(request, tmp_path, backend):
    from photobook.services import vocabulary
    from photobook.services.synthetic import populate

    url = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    lib = open_library(tmp_path / "library", url)
    try:
        ids = populate(lib, 400, distinct_thumbs=4)
        _exact(lib)
        at_head = _timelines(lib)
        assert any(at_head.values())

        _downgrade(lib.engine, "0019")
        assert current_revision(lib.engine) == "0019"
        assert TABLE not in set(inspect(lib.engine).get_table_names())
        assert _timelines(lib) == at_head  # read from summary_theme_days, summed in SQL
        _writes(lib, ids, 0)  # made at 0019: the upgrade fills the table from what is there now
        at_0019 = _timelines(lib)

        upgrade_to_head(lib.engine)
        assert TABLE in set(inspect(lib.engine).get_table_names())
        _exact(lib)
        assert _timelines(lib) == at_0019
        _writes(lib, ids, 10)  # the triggers keep it exact
        _exact(lib)
        _timelines(lib)
        vocabulary.run(lib, lambda s: vocabulary.delete_theme(s, "wind", move_to="port"))
        _exact(lib)
        _timelines(lib)
    finally:
        lib.close()
