"""Revision 0014 (theme day summaries): a catalog at 0010 with photographs upgrades to a table that
holds exactly its per-theme intervals, keeps it exact on the next writes (a theme moved included),
and goes back to 0010 with revision 0009's summaries still kept; on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from photobook.db import queries as q
from photobook.db.engine import make_engine
from photobook.db.migrate import current_revision, upgrade_to_head
from tests.db.test_migration_summaries import _at_0005_with_data
from tests.db.test_migration_workbench import _downgrade
from tests.db.test_summaries import summaries, theme_days, theme_days_truth, truth


def _exact(engine) -> dict:
    with Session(engine) as s:
        assert summaries(s) == truth(s)
        got = theme_days(s)
        assert got == theme_days_truth(s)
        return got


def _round_trip(engine) -> None:
    _at_0005_with_data(engine)
    upgrade_to_head(engine, "0010")
    upgrade_to_head(engine, "0014")
    rows = _exact(engine)
    # photo 1 (1985, published) is under economy by two themes: counted once, and it is the cover
    assert rows[(1, 724642, 725006, False, "published", False)] == (1, 1)
    assert not any(k[1] is None for k in rows)  # the undated photo 3 is not in it
    with Session(engine) as s:
        economy = q.PhotoFilter(themes=("economy",))
        assert q.timeline_summary(s, economy) == [
            (1, 724642, 725006, False, 1),
            (2, 729755, 730119, False, 1),
            (4, 732884, 732884, False, 1),
        ]
        assert q.count(s, economy) == 3
        assert q.count(s, q.PhotoFilter(themes=("economy",), include_missing=False)) == 2
    with engine.begin() as con:  # the next writes keep it exact (the triggers are there)
        con.execute(
            text(
                "INSERT INTO photos (id, source_id, path_bytes, path, content_hash, size, mtime_ns, missing, "
                "status, day_start, day_end, year, search_text, created_at, updated_at) VALUES (5, 1, :pb, "
                "'5.jpg', 'h5', 1, 1, false, 'published', 724642, 725006, 1985, 'port', CURRENT_TIMESTAMP, "
                "CURRENT_TIMESTAMP)"
            ),
            {"pb": b"5.jpg"},
        )
        con.execute(text("INSERT INTO photo_themes (photo_id, theme_id) VALUES (5, 2)"))
        con.execute(text("INSERT INTO photo_reigns (photo_id, reign_id) VALUES (5, 1)"))
        con.execute(text("UPDATE photos SET status = 'published', approximate = true WHERE id = 2"))
        con.execute(text("DELETE FROM photo_themes WHERE photo_id = 1 AND theme_id = 3"))
        con.execute(text("UPDATE themes SET parent_id = 4 WHERE id = 3"))  # solar under culture
        con.execute(text("DELETE FROM photos WHERE id = 1"))  # the cover of economy's 1985 row goes
    rows = _exact(engine)
    assert rows[(1, 724642, 725006, False, "published", False)] == (1, 5)  # photo 5 is the cover now
    assert rows[(1, 729755, 730119, True, "published", False)] == (1, 2)
    _downgrade(engine, "0010")
    assert current_revision(engine) == "0010"
    assert "summary_theme_days" not in set(inspect(engine).get_table_names())
    with engine.begin() as con:  # 0009's triggers are as they were: a theme moved still counts
        con.execute(text("UPDATE themes SET parent_id = 1 WHERE id = 3"))
        con.execute(text("UPDATE photos SET status = 'draft' WHERE id = 2"))
    with Session(engine) as s:
        assert summaries(s) == truth(s)
    upgrade_to_head(engine, "0014")  # and forward again, from what changed meanwhile
    _exact(engine)


def test_sqlite_0010_to_0014_and_back(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _round_trip(engine)
    engine.dispose()


@pytest.mark.postgres
def test_postgres_0010_to_0014_and_back(pg_url):
    engine = make_engine(pg_url)
    _round_trip(engine)
    engine.dispose()


def test_every_theme_day_trigger_is_there_at_head(library):
    """A later revision that rebuilds photos or photo_themes on SQLite (batch mode copies the table)
    drops their triggers with the old table: it must create them again, or a theme filter's
    timeline goes stale. The trigger on a theme's move must be 0014's (it recounts this table)."""
    with library.engine.connect() as con:
        triggers = dict(con.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all())
    assert {"sum_days_photos_au", "sum_days_photo_themes_ai", "sum_days_photo_themes_ad"} <= set(triggers)
    assert "summary_theme_days" in triggers["sum_themes_au"]
