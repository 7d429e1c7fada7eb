"""A search's first page follows the archivist's date edits at once: a photograph re-dated moves to
its new place in the timeline order of the results, one whose date is cleared goes among the
undated at the end, and one given a long span ("1980/1999") sorts by its last day among the others
of its first day. On both backends (on SQLite the full-text index's rows are numbered in timeline
order and the save renumbers them in its own transaction)."""

from __future__ import annotations

from photobook.db import queries as q
from photobook.services import edits
from photobook.services.synthetic import populate


def _page(lib, n: int = 200) -> list[int]:
    with lib.Session() as s:
        return q.photo_ids(s, q.PhotoFilter(search="tanger"), limit=n)


def _whole(lib) -> list[int]:
    with lib.Session() as s:
        return q.photo_ids(s, q.PhotoFilter(search="tanger"))


def _date(lib, pid: int, text: str) -> None:
    edits.save(lib, {pid: edits.EditRequest(values={"date": text})})


def test_the_first_page_follows_date_edits(any_library):
    populate(any_library, 300, distinct_thumbs=4)
    before = _page(any_library)
    assert len(before) > 10 and before == _whole(any_library)
    first, second, last = before[0], before[1], before[-1]

    _date(any_library, first, "2026-06-01")  # after every other date: the last of the dated
    page = _page(any_library)
    assert page == _whole(any_library) and page[0] == second
    with any_library.Session() as s:
        undated = q.photo_ids(s, q.PhotoFilter(search="tanger", undated=True))
    assert undated and page[-len(undated) - 1] == first and page[-len(undated) :] == undated

    _date(any_library, first, "")  # no date: among the undated, by id
    page = _page(any_library)
    assert page == _whole(any_library) and page[-len(undated) - 1 :] == sorted([*undated, first])

    _date(any_library, last, "1970/1999")  # before the catalog's first day (1980): now the first
    _date(any_library, second, "1970/1990")  # the same first day, an earlier last day
    page = _page(any_library, 3)
    assert page[:2] == [second, last] and page == _whole(any_library)[:3]
