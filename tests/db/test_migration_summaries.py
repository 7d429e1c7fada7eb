"""Revision 0009 (summary counts): a catalog at 0005 with photographs upgrades to summaries that hold
exactly its counts, keeps them exact on the next writes, and goes back to 0005 without losing a
photograph; on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from photobook.db.engine import make_engine
from photobook.db.migrate import current_revision, upgrade_to_head
from tests.db.test_migration_workbench import _downgrade
from tests.db.test_migrations import EXPRESSION_INDEXES
from tests.db.test_summaries import summaries, truth

SUMMARY_TABLES = {"summary_years", "summary_reigns", "summary_themes", "theme_closure"}


def _at_0005_with_data(engine) -> None:
    upgrade_to_head(engine, "0005")
    with engine.begin() as con:
        con.execute(text("INSERT INTO sources (id, path, added_at) VALUES (1, '/a', CURRENT_TIMESTAMP)"))
        con.execute(
            text(
                "INSERT INTO themes (id, slug, parent_id) VALUES (1, 'economy', NULL), (2, 'port', 1), "
                "(3, 'solar', 1), (4, 'culture', NULL)"
            )
        )
        con.execute(
            text(
                "INSERT INTO reigns (id, slug, start, \"end\") VALUES (1, 'hassan-ii', '1961-03-03', "
                "'1999-07-23'), (2, 'mohammed-vi', '1999-07-23', NULL)"
            )
        )
        photos = [  # id, status, day_start, day_end, year, missing, themes, reigns
            (1, "published", 724642, 725006, 1985, False, (2, 3), (1,)),
            (2, "draft", 729755, 730119, 1999, False, (2,), (1, 2)),
            (3, "published", None, None, None, False, (4,), ()),
            (4, "reviewed", 732884, 732884, 2007, True, (3, 4), (2,)),
        ]
        for pid, status, s, e, y, missing, themes, reigns in photos:
            con.execute(
                text(
                    "INSERT INTO photos (id, source_id, path_bytes, path, content_hash, size, mtime_ns, "
                    "missing, status, day_start, day_end, year, search_text, created_at, updated_at) "
                    "VALUES (:id, 1, :pb, :p, :h, 1, 1, :m, :st, :s, :e, :y, 'port', CURRENT_TIMESTAMP, "
                    "CURRENT_TIMESTAMP)"
                ),
                {"id": pid, "pb": f"{pid}.jpg".encode(), "p": f"{pid}.jpg", "h": f"h{pid}", "m": missing}
                | {"st": status, "s": s, "e": e, "y": y},
            )
            for t in themes:
                con.execute(
                    text("INSERT INTO photo_themes (photo_id, theme_id) VALUES (:p, :t)"), {"p": pid, "t": t}
                )
            for r in reigns:
                con.execute(
                    text("INSERT INTO photo_reigns (photo_id, reign_id) VALUES (:p, :r)"), {"p": pid, "r": r}
                )


def _index_names(engine) -> set[str]:
    sql = (
        "SELECT name FROM sqlite_master WHERE type = 'index'"
        if engine.dialect.name == "sqlite"
        else "SELECT indexname FROM pg_indexes WHERE tablename = 'photos'"
    )
    with engine.connect() as con:
        return {r[0] for r in con.execute(text(sql))}


def _exact(engine) -> dict:
    with Session(engine) as s:
        got, want = summaries(s), truth(s)
        assert got == want
        return got


def _round_trip(engine) -> None:
    _at_0005_with_data(engine)
    upgrade_to_head(engine, "0009")
    counts = _exact(engine)
    assert EXPRESSION_INDEXES <= _index_names(engine)
    assert counts["themes"][(1, "published", False)] == 1  # photo 1 has two themes under economy: once
    assert counts["years"][("published", False, -99999)] == 1
    with engine.begin() as con:  # the next writes keep them exact (the triggers are there)
        con.execute(text("UPDATE photos SET status = 'published' WHERE id = 2"))
        con.execute(text("DELETE FROM photo_themes WHERE photo_id = 1 AND theme_id = 3"))
        con.execute(text("DELETE FROM photos WHERE id = 4"))
    _exact(engine)
    _downgrade(engine, "0005")
    assert current_revision(engine) == "0005"
    insp = inspect(engine)
    assert not SUMMARY_TABLES & set(insp.get_table_names())
    assert not EXPRESSION_INDEXES & _index_names(engine)
    with engine.begin() as con:  # no trigger left behind: photographs are written as before
        assert [r[0] for r in con.execute(text("SELECT id FROM photos ORDER BY id"))] == [1, 2, 3]
        con.execute(text("UPDATE photos SET status = 'draft' WHERE id = 1"))
        con.execute(text("DELETE FROM photos WHERE id = 3"))
        assert con.execute(text("SELECT count(*) FROM photo_themes")).scalar() == 2
    upgrade_to_head(engine, "0009")  # and forward again, from what changed meanwhile
    _exact(engine)


def test_sqlite_0005_to_0009_and_back(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _round_trip(engine)
    engine.dispose()


@pytest.mark.postgres
def test_postgres_0005_to_0009_and_back(pg_url):
    engine = make_engine(pg_url)
    _round_trip(engine)
    engine.dispose()


def test_every_summary_trigger_is_there_at_head(library):
    """A later revision that rebuilds photos, photo_themes or themes on SQLite (batch mode copies
    the table) drops their triggers with the old table: it must create them again, or every count
    goes stale. This fails first."""
    import importlib.util

    from photobook.db.migrations.versions import __path__ as versions

    path = next(Path(versions[0]).glob("0009_*.py"))
    spec = importlib.util.spec_from_file_location("revision_0009", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    names = set(module._SQLITE_TRIGGERS)
    assert len(names) == 12
    with library.engine.connect() as con:
        present = {r[0] for r in con.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    assert names <= present


def test_an_older_catalog_read_without_upgrading_still_counts(tmp_path):
    """A catalog at 0005 opened read-only (never upgraded): counts are made over the photos."""
    from photobook.db import queries as q

    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _at_0005_with_data(engine)
    with Session(engine) as s:
        assert q.year_counts(s) == {1985: 1, 1999: 1, 2007: 1}
        assert q.theme_counts(s, q.PhotoFilter(statuses=("published",))) == {
            "economy": 1,
            "port": 1,
            "solar": 1,
            "culture": 1,
        }
        assert q.reign_counts(s) == {"hassan-ii": 2, "mohammed-vi": 2}
        assert q.count(s, q.PhotoFilter(undated=True)) == 1
    engine.dispose()
