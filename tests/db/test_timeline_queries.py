"""The timeline's catalog queries (issue 12): counts per decade, year, month and day where each
photograph's middle day falls, and the rows of a visible span, agree with the same figures made in
Python from every row; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from photobook.core.timeline_buckets import DAY, HISTOGRAM_UNITS
from photobook.db import queries as q
from photobook.services.synthetic import populate

FILTERS = (q.PhotoFilter(), q.PhotoFilter(statuses=("published",)), q.PhotoFilter(themes=("economy",)))


@pytest.fixture
def lib(any_library):
    populate(any_library, 600, distinct_thumbs=0)
    return any_library


def _expected(rows, unit, lo=None, hi=None):
    out: dict[int, int] = {}
    for _pid, s, e, _a in rows:
        if s is None:
            continue
        mid = (s + e) // 2
        if unit in ("decade", "year"):
            y = date.fromordinal(mid).year
            y -= y % 10 if unit == "decade" else 0
            key = date(y, 1, 1).toordinal()
        else:
            key = (DAY if unit == "day" else HISTOGRAM_UNITS["month"]).floor((s + e) / 2)
        out[key] = out.get(key, 0) + 1
    return sorted((k, n) for k, n in out.items() if (lo is None or k >= lo) and (hi is None or k < hi))


@pytest.mark.parametrize("f", FILTERS, ids=["all", "published", "theme"])
def test_bucket_counts_are_where_the_middle_days_fall(lib, f):
    with lib.Session() as s:
        rows = q.timeline_rows(s, f)
        for unit in q.BUCKET_UNITS:
            assert q.bucket_counts(s, f, unit) == _expected(rows, unit), unit
        # a window of two years at month and day zoom: only its buckets
        a, b = date(1990, 1, 1).toordinal(), date(1992, 1, 1).toordinal()
        assert q.bucket_counts(s, f, "month", a, b) == _expected(rows, "month", a, b)
        assert q.bucket_counts(s, f, "day", a, b) == _expected(rows, "day", a, b)
        assert sum(n for _k, n in q.bucket_counts(s, f, "year")) == len([r for r in rows if r[1] is not None])


@pytest.mark.parametrize("f", FILTERS, ids=["all", "published", "theme"])
def test_span_rows_are_the_visible_photographs_in_axis_order(lib, f):
    with lib.Session() as s:
        rows = q.timeline_rows(s, f)
        a, b = date(1985, 3, 1).toordinal(), date(1989, 7, 1).toordinal() + 0.5
        want = sorted(
            (r for r in rows if r[1] is not None and a <= (r[1] + r[2]) / 2 < b),
            key=lambda r: (r[1] + r[2], r[0]),
        )
        assert want and q.span_rows(s, f, a, b) == want
        # paged with a key, no OFFSET: the same rows
        pages, after = [], None
        while True:
            page = q.span_rows(s, f, a, b, limit=7, after=after)
            if not page:
                break
            pages.extend(page)
            after = (page[-1][1] + page[-1][2], page[-1][0])
        assert pages == want
        lo, hi = q.timeline_extent(s, f)
        dated = [(r[1] + r[2]) / 2 for r in rows if r[1] is not None]
        assert (lo, hi) == (min(dated), max(dated))
        undated = [r[0] for r in rows if r[1] is None]
        assert q.undated_ids(s, f) == sorted(undated)


@pytest.mark.parametrize(
    "f",
    [
        q.PhotoFilter(),
        q.PhotoFilter(statuses=("published",), include_missing=False),
        q.PhotoFilter(undated=True),
        q.PhotoFilter(undated=False, statuses=("draft",)),
        q.PhotoFilter(search="tanger"),
        q.PhotoFilter(search="port tang"),
        q.PhotoFilter(search="Laâyoune"),
        q.PhotoFilter(search="صورة"),
        q.PhotoFilter(search="tanger", statuses=("published",)),
        q.PhotoFilter(year_from=1990, year_to=1995, themes=("economy",)),
    ],
    ids=lambda f: repr({k: v for k, v in f.__dict__.items() if v not in ((), None, "", True, {})}),
)
def test_counts_say_how_many_photographs_a_filter_lists(lib, f):
    """A count from the summaries or the search index alone is the number of photographs listed."""
    with lib.Session() as s:
        n = q.count(s, f)
        assert n == len(q.photo_ids(s, f))
        if f.search:
            assert n > 0
