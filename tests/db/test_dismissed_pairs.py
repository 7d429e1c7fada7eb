"""The duplicates dialog reads only the "not duplicates" pairs among the photographs it shows, found
by the dismissals' primary key: a catalog with years of dismissed pairs does not load them all each
time the dialog opens."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import String, cast, update

from photobook.db import queries as q
from photobook.db.models import Photo
from photobook.services import duplicates
from photobook.services.synthetic import populate


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    """404 photographs, each its own content but the first four (the same file four times); the
    others were said "not duplicates" in 101 groups of four (606 pairs), and so were the first two."""
    from photobook.db.engine import open_library

    lib = open_library(tmp_path_factory.mktemp("dismissed") / "library")
    ids = populate(lib, 404, distinct_thumbs=0)
    with lib.Session() as s, s.begin():
        s.execute(update(Photo).values(content_hash="h" + cast(Photo.id, String)))
        s.execute(update(Photo).where(Photo.id.in_(ids[:4])).values(content_hash="same"))
        for k in range(4, 404, 4):
            duplicates.dismiss(s, ids[k : k + 4], user="amina")
        duplicates.dismiss(s, ids[:2], user="amina")
    yield lib, ids
    lib.close()


def _selects(session, call) -> list[tuple[str, str]]:
    """(SQL, plan) of every SELECT ``call`` runs, as SQLite traced them (with their values)."""
    con = session.connection().connection.dbapi_connection
    seen: list[str] = []
    con.set_trace_callback(seen.append)
    try:
        call(session)
    finally:
        con.set_trace_callback(None)
    return [
        (sql, "\n".join(row[3] for row in con.execute("EXPLAIN QUERY PLAN " + sql)))
        for sql in seen
        if sql.lstrip().upper().startswith("SELECT")
    ]


def test_only_the_pairs_among_the_photographs_shown_are_returned(catalog):
    lib, ids = catalog
    shown = [ids[4], ids[5], ids[6], ids[9], ids[403]]
    with lib.Session() as s:
        assert q.dismissed_pairs(s, shown) == {(ids[4], ids[5]), (ids[4], ids[6]), (ids[5], ids[6])}
        assert q.dismissed_pairs(s, []) == set()
        every = q.dismissed_pairs(s, ids)  # more ids than one IN (…) takes: read in chunks
    assert len(every) == 601
    assert (ids[400], ids[403]) in every and (ids[7], ids[8]) not in every


def test_the_pairs_are_found_by_the_primary_key_not_by_reading_every_pair(catalog):
    lib, ids = catalog
    with lib.Session() as s:
        plans = _selects(s, lambda s: q.dismissed_pairs(s, ids[:10]))
    reads = [(sql, plan) for sql, plan in plans if "duplicate_dismissals" in sql]
    assert len(reads) == 1
    sql, plan = reads[0]
    assert not re.search(r"\bSCAN duplicate_dismissals\b", plan), f"{sql}\n{plan}"
    # the primary key (photo_a, photo_b): SQLite's own index for it, which covers both columns
    assert re.search(r"SEARCH duplicate_dismissals USING .*(PRIMARY KEY|autoindex).*\(photo_a=\?\)", plan), (
        plan
    )


def test_finding_duplicates_reads_only_the_pairs_of_the_photographs_it_groups(catalog):
    lib, ids = catalog
    with lib.Session() as s:
        plans = _selects(s, duplicates.find)
        found = duplicates.find(s)
    assert [g.ids for g in found.groups] == [tuple(ids[:4])]  # the one file four times
    reads = [sql for sql, _plan in plans if "duplicate_dismissals" in sql]
    assert len(reads) == 1
    asked = {int(n) for n in re.findall(r"\d+", reads[0].split(" IN ", 1)[1])}
    assert asked == set(ids[:4])  # not the 600 pairs of the photographs nobody is shown
