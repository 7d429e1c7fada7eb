"""Revision 0018 (full-text rows numbered in timeline order): a catalog at 0017 with photographs
upgrades to an index whose first page of a search is the head of the whole answer in timeline
order (earliest day, latest day, id; undated last), read from the index alone; it follows new
photographs, changed dates, changed text and deletions; and it goes back to 0017 finding the same.
On SQLite and PostgreSQL (where the revision leaves the trigram index as it is)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from photobook.db import queries as q
from photobook.db.engine import make_engine
from photobook.db.migrate import current_revision, upgrade_to_head
from tests.db.test_migration_workbench import _downgrade

D = date(1985, 6, 1).toordinal()
PHOTOS = {  # id → (day_start, day_end, search text)
    1: (D, D, "port de tanger"),
    2: (D - 400, D + 5000, "port de casablanca"),  # long spans, one first day: ordered by their end
    3: (D - 400, D + 3800, "port de tanger"),
    4: (D - 400, D + 3800, "vue de tanger"),
    5: (D - 400, D - 400 + 4095, "port de rabat"),
    6: (None, None, "port sans date"),
    7: (D - 400, D - 400 + 30, "portrait a tanger"),
    8: (D, D + 364, "gare de tanger ميناء طنجة"),
    9: (None, None, "tanger sans date"),
    10: (D - 400, D + 3700, "ecole de tanger"),
}
WORDS = ["port", "tanger", "de", "port tanger", "طن", "po", "xyz", "..."]


def _insert(con, pid: int, day_start: int | None, day_end: int | None, words: str) -> None:
    year = date.fromordinal((day_start + day_end) // 2).year if day_start is not None else None
    con.execute(
        text(
            "INSERT INTO photos (id, source_id, path_bytes, path, content_hash, size, mtime_ns, missing, "
            "status, day_start, day_end, year, search_text, created_at, updated_at) VALUES (:id, 1, :pb, "
            ":p, :h, 1, 1, false, 'draft', :a, :b, :y, :w, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        ),
        {"id": pid, "pb": f"{pid}.jpg".encode(), "p": f"{pid}.jpg", "h": f"h{pid}", "w": words}
        | {"a": day_start, "b": day_end, "y": year},
    )


def _at_0017_with_photos(engine) -> None:
    upgrade_to_head(engine, "0017")
    with engine.begin() as con:
        con.execute(text("INSERT INTO sources (id, path, added_at) VALUES (1, '/a', CURRENT_TIMESTAMP)"))
        for pid, row in PHOTOS.items():
            _insert(con, pid, *row)


def _expected(word: str) -> list[int]:
    """The timeline order of the photographs whose text has a word starting with each typed word,
    computed here from PHOTOS."""
    typed = q.words(word)
    found = [
        (s is None, s or 0, e or 0, pid)
        for pid, (s, e, t) in PHOTOS.items()
        if typed and all(any(w.startswith(x) for w in t.split()) for x in typed)
    ]
    return [pid for *_key, pid in sorted(found)]


def _pages(engine) -> dict[str, list[int]]:
    """Each word's answer, checked page by page: every first page is the head of the whole answer."""
    out = {}
    with Session(engine) as s:
        for word in WORDS:
            whole = q.photo_ids(s, q.PhotoFilter(search=word))
            for n in range(1, len(PHOTOS) + 2):
                assert q.photo_ids(s, q.PhotoFilter(search=word), limit=n) == whole[:n], (word, n)
            out[word] = whole
    return out


def _check(engine) -> None:
    assert _pages(engine) == {w: _expected(w) for w in WORDS}


def _integrity(engine) -> None:
    with engine.begin() as con:
        con.execute(text("INSERT INTO photo_fts(photo_fts, rank) VALUES ('integrity-check', 1)"))


def _edits_are_followed(engine) -> None:
    """New photographs, moved dates, changed text and deletions, each reflected in the first pages;
    then PHOTOS as they were."""
    changes = {
        11: (D - 400, D + 4000, "port de tanger"),  # a new photograph among the long spans
        3: (D + 5, D + 5, "port de tanger"),  # a date made precise: later in the timeline
        2: (None, None, "port de casablanca"),  # a date cleared: among the undated
        4: (D - 400, D + 3800, "vue de fes"),  # text changed
    }
    with engine.begin() as con:
        _insert(con, 11, *changes[11])
        for pid in (3, 2, 4):
            con.execute(
                text("UPDATE photos SET day_start = :a, day_end = :b, search_text = :w WHERE id = :id"),
                dict(zip(("a", "b", "w"), changes[pid], strict=True)) | {"id": pid},
            )
        con.execute(text("DELETE FROM photos WHERE id = 7"))
    before = dict(PHOTOS)
    PHOTOS.update(changes)
    del PHOTOS[7]
    try:
        _check(engine)
        with Session(engine) as s:
            assert q.photo_ids(s, q.PhotoFilter(search="tanger"), limit=6) == [10, 11, 1, 8, 3, 9]
    finally:
        PHOTOS.clear()
        PHOTOS.update(before)
    with engine.begin() as con:  # back as PHOTOS says
        con.execute(text("DELETE FROM photos WHERE id IN (11, 3, 2, 4)"))
        for pid in (3, 2, 4, 7):
            _insert(con, pid, *PHOTOS[pid])


def _fts_sql(engine) -> str:
    with engine.connect() as con:
        return con.execute(text("SELECT sql FROM sqlite_master WHERE name = 'photo_fts'")).scalar_one()


def _round_trip(engine, sqlite: bool) -> None:
    _at_0017_with_photos(engine)
    _check(engine)
    upgrade_to_head(engine, "0018")
    assert current_revision(engine) == "0018"
    if sqlite:
        assert "content=''" in _fts_sql(engine) and "prefix='2 3 4 5 6 7 8 9 10'" in _fts_sql(engine)
        _integrity(engine)
    _check(engine)  # the index was filled from the photographs already there
    _edits_are_followed(engine)
    if sqlite:
        _integrity(engine)
    _check(engine)
    _downgrade(engine, "0017")
    assert current_revision(engine) == "0017"
    if sqlite:
        assert "content='photos'" in _fts_sql(engine) and "prefix='2 3 4'" in _fts_sql(engine)
        _integrity(engine)
    _check(engine)
    _edits_are_followed(engine)
    _check(engine)
    upgrade_to_head(engine)
    _check(engine)


def test_sqlite_0017_to_0018_and_back(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _round_trip(engine, sqlite=True)
    engine.dispose()


def test_sqlite_first_page_is_read_from_the_index_alone(tmp_path):
    """From 0018 a search's first page does not touch the photos (unless a page ends among
    photographs of one first day spanning 4,095 days or more, ordered by their last day)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _at_0017_with_photos(engine)
    upgrade_to_head(engine)
    seen: list[str] = []
    with Session(engine) as s:
        s.connection().connection.dbapi_connection.set_trace_callback(seen.append)
        assert q.photo_ids(s, q.PhotoFilter(search="tanger"), limit=1) == [7]
        assert not [sql for sql in seen if "photos" in sql.replace("photo_fts", "")]
        seen.clear()
        assert q.photo_ids(s, q.PhotoFilter(search="tanger"), limit=2) == [7, 10]
        assert [sql for sql in seen if "FROM photos" in sql]  # 10, 3 and 4 share their middle part
    engine.dispose()


def test_sqlite_upgrade_from_empty_keeps_the_index_following(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    upgrade_to_head(engine)
    with engine.begin() as con:
        con.execute(text("INSERT INTO sources (id, path, added_at) VALUES (1, '/a', CURRENT_TIMESTAMP)"))
        for pid, row in PHOTOS.items():
            _insert(con, pid, *row)
    _integrity(engine)
    _check(engine)
    with pytest.raises(Exception, match="full-text index range"), engine.begin() as con:
        _insert(con, 2**29, D, D, "trop loin")
    engine.dispose()


@pytest.mark.postgres
def test_postgresql_0017_to_0018_and_back(pg_url):
    engine = make_engine(pg_url)
    _round_trip(engine, sqlite=False)
    engine.dispose()
