"""Revision 0007: what the archivist emptied on purpose is recorded (cleared_fields; a cleared date is
date_source 'archivist'), read from the history of a catalog at 0005; going back loses nothing else."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import DateTime, bindparam, inspect, text

from photobook.db.engine import make_engine
from photobook.db.migrate import alembic_config, current_revision, upgrade_to_head
from tests.db.test_migrations import _catalog_at_0001


def _history(con, field, old, new, at):
    con.execute(
        text(
            "INSERT INTO photo_history (photo_id, revision, field, old_value, new_value, user_name, at) "
            "VALUES (7, 2, :f, :o, :n, 'amina', :t)"
        ).bindparams(bindparam("t", type_=DateTime())),
        {"f": field, "o": old, "n": new, "t": datetime(2026, 1, 1, 10, at)},
    )


def _before_0007() -> str:
    """The revision 0007 follows (0005 when it was written; re-chained as branches land)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_revision("0007").down_revision


def _at_0005_with_deletions(engine) -> None:
    _catalog_at_0001(engine)
    upgrade_to_head(engine, _before_0007())
    with engine.begin() as con:
        # the archivist cleared the camera's date, deleted the French title (the text stays), deleted
        # then wrote again the Arabic title, and emptied the photographer
        con.execute(
            text("UPDATE photos SET date_edtf = '', date_source = 'none', day_start = NULL, year = NULL")
        )
        con.execute(text("INSERT INTO captions (photo_id, lang, title, text) VALUES (7, 'ar', 'رصيف', '')"))
        _history(con, "date", "1985-06-14", None, 1)
        _history(con, "title:fr", "Le quai", None, 2)
        _history(con, "title:ar", "قديم", None, 3)
        _history(con, "title:ar", None, "رصيف", 4)
        _history(con, "photographer", "A. B.", None, 5)


def _check(engine) -> None:
    upgrade_to_head(engine, "0007")
    with engine.connect() as con:
        assert set(con.execute(text("SELECT photo_id, field FROM cleared_fields")).all()) == {
            (7, "title:fr"),
            (7, "photographer"),
        }
        assert con.execute(text("SELECT date_edtf, date_source FROM photos WHERE id = 7")).one() == (
            "",
            "archivist",
        )
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, _before_0007())
    assert current_revision(engine) == _before_0007()
    assert "cleared_fields" not in inspect(engine).get_table_names()
    with engine.connect() as con:
        assert con.execute(text("SELECT date_source FROM photos WHERE id = 7")).scalar() == "none"
        assert con.execute(text("SELECT count(*) FROM captions WHERE photo_id = 7")).scalar() == 2
        assert con.execute(text("SELECT count(*) FROM photo_history")).scalar() == 5


def test_sqlite_0005_to_0007_and_back(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _at_0005_with_deletions(engine)
    _check(engine)
    engine.dispose()


@pytest.mark.postgres
def test_postgres_0005_to_0007_and_back(pg_url):
    engine = make_engine(pg_url)
    _at_0005_with_deletions(engine)
    _check(engine)
    engine.dispose()
