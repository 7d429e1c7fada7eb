"""Revision 0016 (the undated photographs of each theme): a catalog at 0015 with photographs upgrades
to a table that holds exactly each theme's undated photographs, keeps it exact on the next writes (a
photograph dated and another undated, a status changed, a theme taken away, a theme moved, a
photograph deleted), and goes back to 0015 with revision 0014's theme day summaries still kept; on
SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from photobook.db import queries as q
from photobook.db.engine import make_engine
from photobook.db.migrate import current_revision, upgrade_to_head
from tests.db.test_migration_summaries import _at_0005_with_data
from tests.db.test_migration_workbench import _downgrade
from tests.db.test_summaries import theme_days, theme_days_truth, theme_undated, theme_undated_truth

ECONOMY, PORT, SOLAR, CULTURE = 1, 2, 3, 4


def _exact(engine) -> set[tuple]:
    with Session(engine) as s:
        assert theme_days(s) == theme_days_truth(s)
        got = theme_undated(s)
        assert got == theme_undated_truth(s)
        return got


def _undated_of(engine, slug: str, **scope) -> list[int]:
    with Session(engine) as s:
        return q.timeline_undated_ids(s, q.PhotoFilter(themes=(slug,), **scope))


def _round_trip(engine) -> None:
    _at_0005_with_data(engine)
    upgrade_to_head(engine, "0015")
    with engine.begin() as con:  # a second undated photograph, under economy by two themes
        con.execute(
            text(
                "INSERT INTO photos (id, source_id, path_bytes, path, content_hash, size, mtime_ns, missing, "
                "status, search_text, created_at, updated_at) VALUES (5, 1, :pb, '5.jpg', 'h5', 1, 1, false, "
                "'draft', 'port', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {"pb": b"5.jpg"},
        )
        con.execute(text("INSERT INTO photo_themes (photo_id, theme_id) VALUES (5, 2), (5, 3)"))
    upgrade_to_head(engine, "0016")
    assert _exact(engine) == {
        (CULTURE, 3, "published", False),
        (PORT, 5, "draft", False),
        (SOLAR, 5, "draft", False),
        (ECONOMY, 5, "draft", False),  # once, though two of its themes are under economy
    }
    assert _undated_of(engine, "economy") == [5]
    assert _undated_of(engine, "economy", statuses=("published",)) == []
    assert _undated_of(engine, "culture") == [3]

    with engine.begin() as con:  # the next writes keep it exact (the triggers are there)
        con.execute(text("UPDATE photos SET day_start = NULL, day_end = NULL, year = NULL WHERE id = 2"))
        con.execute(text("UPDATE photos SET day_start = 724642, day_end = 725006, year = 1985 WHERE id = 3"))
        con.execute(text("UPDATE photos SET status = 'reviewed', missing = true WHERE id = 5"))
    assert _exact(engine) == {
        (PORT, 2, "draft", False),
        (ECONOMY, 2, "draft", False),
        (PORT, 5, "reviewed", True),
        (SOLAR, 5, "reviewed", True),
        (ECONOMY, 5, "reviewed", True),
    }
    assert _undated_of(engine, "economy") == [2, 5]
    assert _undated_of(engine, "economy", include_missing=False) == [2]
    with engine.begin() as con:
        con.execute(text("DELETE FROM photo_themes WHERE photo_id = 5 AND theme_id = 2"))  # economy by solar
        con.execute(text("UPDATE themes SET parent_id = 4 WHERE id = 2"))  # port under culture
    assert _exact(engine) == {
        (PORT, 2, "draft", False),
        (CULTURE, 2, "draft", False),
        (SOLAR, 5, "reviewed", True),
        (ECONOMY, 5, "reviewed", True),
    }
    assert _undated_of(engine, "culture") == [2]
    with engine.begin() as con:
        con.execute(text("DELETE FROM photos WHERE id = 5"))
    assert _exact(engine) == {(PORT, 2, "draft", False), (CULTURE, 2, "draft", False)}

    _downgrade(engine, "0015")
    assert current_revision(engine) == "0015"
    assert "summary_theme_undated" not in set(inspect(engine).get_table_names())
    with engine.begin() as con:  # 0014's triggers are as they were: a theme moved still recounts its days
        con.execute(text("UPDATE themes SET parent_id = 1 WHERE id = 2"))
        con.execute(text("UPDATE photos SET day_start = 729755, day_end = 730119, year = 1999 WHERE id = 2"))
    with Session(engine) as s:
        assert theme_days(s) == theme_days_truth(s)
    upgrade_to_head(engine, "0016")  # and forward again, from what changed meanwhile
    assert _exact(engine) == set()  # no undated photograph has a theme now


def test_sqlite_0015_to_0016_and_back(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _round_trip(engine)
    engine.dispose()


@pytest.mark.postgres
def test_postgres_0015_to_0016_and_back(pg_url):
    engine = make_engine(pg_url)
    _round_trip(engine)
    engine.dispose()


def test_every_theme_undated_trigger_is_there_at_head(library):
    """A later revision that rebuilds photos or photo_themes on SQLite (batch mode copies the table)
    drops their triggers with the old table: it must create them again, or a theme's undated go
    stale. The trigger on a theme's move must be 0016's (it refills this table)."""
    with library.engine.connect() as con:
        triggers = dict(con.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all())
    mine = {"sum_undated_photos_au", "sum_undated_photo_themes_ai", "sum_undated_photo_themes_ad"}
    assert mine <= set(triggers)
    assert "summary_theme_undated" in triggers["sum_themes_au"]
    assert "summary_theme_days" in triggers["sum_themes_au"]
