"""Revision 0008 (duplicates): photos gain a perceptual hash (NULL until computed) and the tables
of merges, alternate files and dismissals appear; an older catalog upgrades from 0005 with its
photographs intact and goes back without losing them, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import DateTime, bindparam, inspect, text
from sqlalchemy.exc import IntegrityError

from photobook.db.engine import make_engine
from photobook.db.migrate import alembic_config, current_revision, upgrade_to_head
from tests.db.test_migrations import _catalog_at_0001, _diff

NEW_TABLES = {"photo_merges", "photo_alternates", "duplicate_dismissals"}


def _downgrade(engine, to: str) -> None:
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, to)


def _mine(d) -> bool:
    """A difference that concerns this revision's objects (others' revisions may add theirs)."""
    obj = d[1] if len(d) > 1 else None
    table = getattr(obj, "name", None) if d[0] in ("add_table", "remove_table") else None
    table = table or getattr(getattr(obj, "table", None), "name", None)
    if table in NEW_TABLES:
        return True
    return "phash" in str(d)


def _round_trip(engine) -> None:
    _catalog_at_0001(engine)
    upgrade_to_head(engine, "0005")
    with engine.begin() as con:
        con.execute(text("INSERT INTO themes (id, slug) VALUES (1, 'ports')"))
        con.execute(text("INSERT INTO photo_themes (photo_id, theme_id) VALUES (7, 1)"))
        con.execute(
            text(
                "INSERT INTO photos (id, source_id, path_bytes, path, content_hash, size, mtime_ns, search_text, "
                "created_at, updated_at) VALUES (8, 1, :pb, 'port/quai-2.jpg', 'def', 99, 1, '', :t, :t)"
            ).bindparams(bindparam("t", type_=DateTime())),
            {"pb": b"port/quai-2.jpg", "t": datetime(2025, 1, 3)},
        )
    upgrade_to_head(engine, "0008")
    assert current_revision(engine) == "0008"
    assert [d for d in _diff(engine) if _mine(d)] == []
    indexes = {i["name"]: i["column_names"] for i in inspect(engine).get_indexes("photos")}
    assert indexes["ix_photos_phash"] == ["phash"]
    with engine.begin() as con:
        # the photographs are there, without a hash until one is computed
        assert con.execute(text("SELECT id, phash FROM photos ORDER BY id")).all() == [(7, None), (8, None)]
        assert con.execute(text("SELECT text FROM captions WHERE photo_id = 7")).scalar() == "Le port"
        con.execute(text("UPDATE photos SET phash = -9223372036854775808 WHERE id = 7"))  # every bit kept
        assert con.execute(text("SELECT phash FROM photos WHERE id = 7")).scalar() == -(2**63)
        t = bindparam("t", type_=DateTime())
        con.execute(
            text(
                "INSERT INTO photo_merges (id, photo_id, revision, merged, user_name, at) "
                "VALUES (1, 7, 2, '[]', 'amina', :t)"
            ).bindparams(t),
            {"t": datetime(2025, 2, 1)},
        )
        con.execute(
            text(
                "INSERT INTO photo_alternates (photo_id, merge_id, former_id, source_id, path_bytes, path, "
                "content_hash, size, mtime_ns) VALUES (7, 1, 9, 1, :pb, 'port/quai-scan.tif', 'ghi', 5, 6)"
            ),
            {"pb": b"port/quai-scan.tif"},
        )
        con.execute(
            text(
                "INSERT INTO duplicate_dismissals (photo_a, photo_b, user_name, at) VALUES (7, 8, '', :t)"
            ).bindparams(t),
            {"t": datetime(2025, 2, 2)},
        )
    with pytest.raises(IntegrityError), engine.begin() as con:  # a pair is stored once, smaller id first
        con.execute(
            text(
                "INSERT INTO duplicate_dismissals (photo_a, photo_b, user_name, at) VALUES (8, 7, '', :t)"
            ).bindparams(bindparam("t", type_=DateTime())),
            {"t": datetime(2025, 2, 2)},
        )
    _downgrade(engine, "0005")
    assert current_revision(engine) == "0005"
    insp = inspect(engine)
    assert not NEW_TABLES & set(insp.get_table_names())
    assert "phash" not in {c["name"] for c in insp.get_columns("photos")}
    with engine.connect() as con:
        # going back keeps the photographs and what refers to them (no table copy, no cascade)
        assert con.execute(text("SELECT id, path FROM photos ORDER BY id")).all() == [
            (7, "port/quai.jpg"),
            (8, "port/quai-2.jpg"),
        ]
        assert con.execute(text("SELECT count(*) FROM captions")).scalar() == 1
        assert con.execute(text("SELECT count(*) FROM photo_themes")).scalar() == 1
    upgrade_to_head(engine, "0008")  # and forward again
    assert current_revision(engine) == "0008"


def test_sqlite_0005_to_0008_and_back(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _round_trip(engine)
    with engine.connect() as con:  # the full-text index still follows the photographs
        assert con.execute(
            text("SELECT rowid & 536870911 FROM photo_fts WHERE photo_fts MATCH 'casablanca'")
        ).all() == [(7,)]
    engine.dispose()


@pytest.mark.postgres
def test_postgres_0005_to_0008_and_back(pg_url):
    engine = make_engine(pg_url)
    _round_trip(engine)
    engine.dispose()
