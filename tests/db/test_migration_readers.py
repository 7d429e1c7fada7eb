"""Revision 0006 (the standards' readers): photos gain location, sidecar_sig and file_values, and a
date may come from XMP or IPTC; on SQLite and PostgreSQL, an older catalog upgrades with its
photographs intact and goes back without losing them."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from photobook.db.engine import make_engine
from photobook.db.migrate import alembic_config, current_revision, upgrade_to_head
from tests.db.test_migrations import _catalog_at_0001

NEW_COLUMNS = {"location", "sidecar_sig", "file_values"}


def _downgrade(engine, to: str) -> None:
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, to)


def _at_0005_with_data(engine) -> None:
    _catalog_at_0001(engine)
    upgrade_to_head(engine, "0005")
    with engine.begin() as con:
        con.execute(text("INSERT INTO themes (id, slug) VALUES (1, 'ports')"))
        con.execute(text("INSERT INTO photo_themes (photo_id, theme_id) VALUES (7, 1)"))


def _insert_dated_by(con, pid: int, source: str) -> None:
    con.execute(
        text(
            "INSERT INTO photos (id, source_id, path_bytes, path, content_hash, size, mtime_ns, date_edtf, "
            "date_source, status, search_text, created_at, updated_at, revision) VALUES (:id, 1, :pb, :p, 'h', 1, "
            "1, '1985-06', :src, 'draft', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"
        ),
        {"id": pid, "pb": f"x{pid}.jpg".encode(), "p": f"x{pid}.jpg", "src": source},
    )


def _check_round_trip(engine) -> None:
    upgrade_to_head(engine, "0006")
    assert current_revision(engine) == "0006"
    assert NEW_COLUMNS <= {c["name"] for c in inspect(engine).get_columns("photos")}
    with engine.begin() as con:
        # the photograph, its caption and its theme are there as they were
        assert con.execute(text("SELECT id, status, date_source FROM photos")).all() == [
            (7, "published", "archivist")
        ]
        assert con.execute(text("SELECT text FROM captions WHERE photo_id = 7")).scalar() == "Le port"
        assert con.execute(text("SELECT theme_id FROM photo_themes WHERE photo_id = 7")).scalar() == 1
        _insert_dated_by(con, 8, "xmp_created")  # the two new sources are allowed
        _insert_dated_by(con, 9, "iptc_created")
        con.execute(text("UPDATE photos SET sidecar_sig = '[[\"a.xmp\",1,2]]' WHERE id = 8"))
    with pytest.raises(IntegrityError), engine.begin() as con:  # and only they
        _insert_dated_by(con, 10, "guessed")
    _downgrade(engine, "0005")
    assert current_revision(engine) == "0005"
    assert not NEW_COLUMNS & {c["name"] for c in inspect(engine).get_columns("photos")}
    with engine.connect() as con:
        # the dates of the new sources are "none" (the next index reads them again); nothing lost
        assert con.execute(text("SELECT id, date_edtf, date_source FROM photos ORDER BY id")).all() == [
            (7, "1985~", "archivist"),
            (8, "1985-06", "none"),
            (9, "1985-06", "none"),
        ]
        assert con.execute(text("SELECT count(*) FROM captions")).scalar() == 1
        assert con.execute(text("SELECT count(*) FROM photo_themes")).scalar() == 1
    with pytest.raises(IntegrityError), engine.begin() as con:  # 0005's constraint is back
        _insert_dated_by(con, 11, "xmp_created")
    upgrade_to_head(engine)  # and forward again


def test_sqlite_0005_to_0006_and_back(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _at_0005_with_data(engine)
    _check_round_trip(engine)
    with engine.connect() as con:
        assert con.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        # the full-text index still follows the photographs (no table copy dropped its triggers)
        assert con.execute(
            text("SELECT rowid & 536870911 FROM photo_fts WHERE photo_fts MATCH 'casablanca'")
        ).all() == [(7,)]
    engine.dispose()


@pytest.mark.postgres
def test_postgres_0005_to_0006_and_back(pg_url):
    engine = make_engine(pg_url)
    _at_0005_with_data(engine)
    _check_round_trip(engine)
    engine.dispose()
