"""Revision 0017 (prefix indexes in the full-text index): a catalog at 0015 with photographs
upgrades to an index that finds the same photographs for whole words and for word starts of every
length, stays in step with the next writes, and goes back to 0015 the same; on SQLite and
PostgreSQL (where the revision leaves the trigram index as it is)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from photobook.db import queries as q
from photobook.db.engine import make_engine
from photobook.db.migrate import current_revision, upgrade_to_head
from tests.db.test_migration_workbench import _downgrade

TEXTS = {  # id → search text (as core.text.fold writes it)
    1: "port de tanger vue du port",
    2: "ports et docks de casablanca",
    3: "portrait d un docker a tanger",
    4: "gare de tanger ville ميناء طنجة",
    5: "transport par rail oujda",
}
SEARCHES = {  # typed → ids found
    "po": [1, 2, 3],
    "por": [1, 2, 3],
    "port": [1, 2, 3],
    "ports": [2],
    "port tanger": [1, 3],
    "ta": [1, 3, 4],
    "tang": [1, 3, 4],
    "tanger": [1, 3, 4],
    "طن": [4],
    "ميناء": [4],
    "trans": [5],
    "xyz": [],
}


def _at_0015_with_photos(engine) -> None:
    upgrade_to_head(engine, "0015")
    with engine.begin() as con:
        con.execute(text("INSERT INTO sources (id, path, added_at) VALUES (1, '/a', CURRENT_TIMESTAMP)"))
        for pid, words in TEXTS.items():
            _insert(con, pid, words)


def _insert(con, pid: int, words: str) -> None:
    con.execute(
        text(
            "INSERT INTO photos (id, source_id, path_bytes, path, content_hash, size, mtime_ns, missing, "
            "status, day_start, day_end, year, search_text, created_at, updated_at) VALUES (:id, 1, :pb, "
            ":p, :h, 1, 1, false, 'draft', 724642, 725006, 1985, :w, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        ),
        {"id": pid, "pb": f"{pid}.jpg".encode(), "p": f"{pid}.jpg", "h": f"h{pid}", "w": words},
    )


def _found(engine) -> dict[str, list[int]]:
    with Session(engine) as s:
        return {typed: sorted(q.photo_ids(s, q.PhotoFilter(search=typed))) for typed in SEARCHES}


def _fts_sql(engine) -> str:
    with engine.connect() as con:
        return con.execute(text("SELECT sql FROM sqlite_master WHERE name = 'photo_fts'")).scalar_one()


def _integrity(engine) -> None:
    """FTS5's own check of the index against the photos' text (raises if they differ)."""
    with engine.begin() as con:
        con.execute(text("INSERT INTO photo_fts(photo_fts, rank) VALUES ('integrity-check', 1)"))


def _writes_are_followed(engine) -> None:
    with engine.begin() as con:
        _insert(con, 6, "portique de rabat")
        con.execute(text("UPDATE photos SET search_text = 'marche de fes' WHERE id = 2"))
        con.execute(text("DELETE FROM photos WHERE id = 3"))
    with Session(engine) as s:
        assert sorted(q.photo_ids(s, q.PhotoFilter(search="port"))) == [1, 6]
        assert sorted(q.photo_ids(s, q.PhotoFilter(search="ma"))) == [2]
        assert q.count(s, q.PhotoFilter(search="por")) == 2
    with engine.begin() as con:  # back as it was, for the next step
        con.execute(text("DELETE FROM photos WHERE id = 6"))
        con.execute(text("UPDATE photos SET search_text = :w WHERE id = 2"), {"w": TEXTS[2]})
        _insert(con, 3, TEXTS[3])


def _round_trip(engine, sqlite: bool) -> None:
    _at_0015_with_photos(engine)
    assert _found(engine) == SEARCHES
    upgrade_to_head(engine, "0017")
    assert current_revision(engine) == "0017"
    if sqlite:
        assert "prefix='2 3 4'" in _fts_sql(engine)
        _integrity(engine)
    assert _found(engine) == SEARCHES  # the index was rebuilt from the photographs already there
    _writes_are_followed(engine)
    if sqlite:
        _integrity(engine)
    assert _found(engine) == SEARCHES
    _downgrade(engine, "0015")
    assert current_revision(engine) == "0015"
    if sqlite:
        assert "prefix" not in _fts_sql(engine)
        _integrity(engine)
    assert _found(engine) == SEARCHES
    _writes_are_followed(engine)
    assert _found(engine) == SEARCHES


def test_sqlite_0015_to_0017_and_back(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _round_trip(engine, sqlite=True)
    engine.dispose()


@pytest.mark.postgres
def test_postgresql_0015_to_0017_and_back(pg_url):
    engine = make_engine(pg_url)
    _round_trip(engine, sqlite=False)
    engine.dispose()
