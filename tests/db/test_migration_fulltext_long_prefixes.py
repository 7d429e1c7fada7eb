"""Revision 0022 (prefix indexes of 11 to 20 characters): a catalog at 0021 with photographs upgrades
to an index that has a prefix index for every typed word of 2 to 20 characters, finds the same
photographs in the same order (a long word as the start of a longer one: "photographie" finds
"photographies"), follows new photographs and edits, and goes back to 0021 finding the same; on
SQLite and PostgreSQL (where the revision leaves the trigram index as it is)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from photobook.db import queries as q
from photobook.db.engine import make_engine
from photobook.db.migrate import current_revision, upgrade_to_head
from tests.db.test_migration_fulltext_timeline import _fts_sql, _insert, _integrity
from tests.db.test_migration_workbench import _downgrade

D = date(1985, 6, 1).toordinal()
PHOTOS = {  # id → (day_start, day_end, search text)
    1: (D, D, "photographie du port"),
    2: (D - 400, D + 5000, "photographies anciennes"),
    3: (None, None, "photographe inconnu"),
    4: (D - 30, D, "bibliotheque nationale manifestations"),
    5: (D + 9, D + 9, "manifestation constitutionnellement independance"),
    6: (D + 2, D + 2, "photographiques et bibliotheques"),
}
WORDS = [
    "photographie",  # 12 letters: photographie, photographies, photographiques
    "photographies",
    "photographiq",
    "photograph",
    "bibliotheque",
    "manifestation",
    "independance",
    "constitutionnellement",  # 21 letters: no prefix index of its length, merged as before
    "photographie bibliotheque",
    "photographiez",
]


def _expected(word: str) -> list[int]:
    typed = q.words(word)
    found = [
        (s is None, s or 0, e or 0, pid)
        for pid, (s, e, t) in PHOTOS.items()
        if all(any(w.startswith(x) for w in t.split()) for x in typed)
    ]
    return [pid for *_key, pid in sorted(found)]


def _check(engine) -> None:
    with Session(engine) as s:
        for word in WORDS:
            whole = q.photo_ids(s, q.PhotoFilter(search=word))
            assert whole == _expected(word), word
            for n in range(1, len(whole) + 1):
                assert q.photo_ids(s, q.PhotoFilter(search=word), limit=n) == whole[:n], (word, n)
            assert q.count(s, q.PhotoFilter(search=word)) == len(whole), word


def _at_0021_with_photos(engine) -> None:
    upgrade_to_head(engine, "0021")
    with engine.begin() as con:
        con.execute(text("INSERT INTO sources (id, path, added_at) VALUES (1, '/a', CURRENT_TIMESTAMP)"))
        for pid, row in PHOTOS.items():
            _insert(con, pid, *row)


def _prefixes(engine) -> list[int]:
    return [int(n) for n in re.search(r"prefix='([\d ]+)'", _fts_sql(engine)).group(1).split()]


def _round_trip(engine, sqlite: bool) -> None:
    _at_0021_with_photos(engine)
    _check(engine)
    upgrade_to_head(engine)
    assert current_revision(engine) == "0022"
    if sqlite:
        assert _prefixes(engine) == list(range(2, 21))
        _integrity(engine)
    _check(engine)
    with engine.begin() as con:  # the triggers still fill the index
        _insert(con, 7, D + 1, D + 1, "photographieuse bibliothequaire")
        con.execute(text("UPDATE photos SET search_text = 'rien' WHERE id = 6"))
    PHOTOS[7], before = (D + 1, D + 1, "photographieuse bibliothequaire"), PHOTOS[6]
    PHOTOS[6] = (*before[:2], "rien")
    try:
        _check(engine)
        _downgrade(engine, "0021")
        assert current_revision(engine) == "0021"
        if sqlite:
            assert _prefixes(engine) == list(range(2, 11))
            _integrity(engine)
        _check(engine)
    finally:
        del PHOTOS[7]
        PHOTOS[6] = before


def test_sqlite_0021_to_0022_and_back(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _round_trip(engine, sqlite=True)
    engine.dispose()


@pytest.mark.postgres
def test_postgresql_0021_to_0022_and_back(pg_url):
    engine = make_engine(pg_url)
    _round_trip(engine, sqlite=False)
    engine.dispose()
