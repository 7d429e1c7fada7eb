"""Every query on the hot path (what the window, the kiosk and the CLI run at each filter change,
zoom or pan) is answered from an index or a summary table: SQLite's EXPLAIN QUERY PLAN of each
statement it runs shows no scan of the photos table and no temporary b-tree to sort photographs
(ties within one date interval aside). An index dropped or a condition written so that it cannot
use one fails here, not at a million photographs."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from photobook.db import queries as q
from photobook.services.synthetic import populate

FILTER = q.PhotoFilter(
    year_from=1985, year_to=2005, reigns=("hassan-ii",), themes=("logistics",), statuses=("published",)
)
PUBLISHED = q.PhotoFilter(statuses=("published",))
ONE_THEME = q.PhotoFilter(themes=("economy",), statuses=("published", "reviewed"))

HOT = {
    "filter LIMIT 200": lambda s: q.photo_ids(s, FILTER, limit=200),
    "count": lambda s: q.count(s),
    "count, published": lambda s: q.count(s, PUBLISHED),
    "counts per year": lambda s: q.year_counts(s),
    "counts per year, published": lambda s: q.year_counts(s, PUBLISHED),
    "counts per reign": lambda s: q.reign_counts(s),
    "counts per reign, published": lambda s: q.reign_counts(s, PUBLISHED),
    "counts per theme": lambda s: q.theme_counts(s),
    "counts per theme, published": lambda s: q.theme_counts(s, PUBLISHED),
    "full-text count": lambda s: q.count(s, q.PhotoFilter(search="laayoune")),
    "decade buckets": lambda s: q.bucket_counts(s, q.PhotoFilter(), "decade"),
    "month buckets, published": lambda s: q.bucket_counts(s, PUBLISHED, "month", 725000, 726000),
    "day buckets": lambda s: q.bucket_counts(s, q.PhotoFilter(), "day", 725000, 725100),
    "visible span": lambda s: q.span_rows(s, q.PhotoFilter(), 725000, 726000, limit=500),
    "visible span, published, next page": lambda s: q.span_rows(
        s, PUBLISHED, 725000, 726000, limit=500, after=(1450500, 10)
    ),
    "extent": lambda s: q.timeline_extent(s, PUBLISHED),
    # one theme (revision 0014): the timeline's overview and the counts beside it
    "one theme's timeline": lambda s: q.timeline_summary(s, ONE_THEME),
    "one theme's count": lambda s: q.count_matching(s, ONE_THEME),
    "one theme's dated count": lambda s: q.count(s, replace(ONE_THEME, undated=False)),
    "one theme's counts per reign": lambda s: q.reign_counts(s, ONE_THEME),
    # above 50,000 photographs: "1981?" drawn apart from "1981~" (revision 0015's partial index)
    "the uncertain drawn apart": lambda s: q.timeline_qualified_apart(s, q.PhotoFilter()),
    "the uncertain drawn apart, published": lambda s: q.timeline_qualified_apart(s, PUBLISHED),
}


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    from photobook.db.engine import open_library

    lib = open_library(tmp_path_factory.mktemp("plans") / "library")
    populate(lib, 3000, distinct_thumbs=0)
    yield lib
    lib.close()


def _plans(session, call) -> list[tuple[str, list[str]]]:
    """(SQL, plan lines) of every SELECT that ``call`` runs, as SQLite traced them (with values)."""
    con = session.connection().connection.dbapi_connection
    seen: list[str] = []
    con.set_trace_callback(seen.append)
    try:
        call(session)
    finally:
        con.set_trace_callback(None)
    return [
        (sql, [row[3] for row in con.execute("EXPLAIN QUERY PLAN " + sql)])
        for sql in seen
        if sql.lstrip().upper().startswith(("SELECT", "WITH"))
    ]


@pytest.mark.parametrize("name", list(HOT))
def test_hot_queries_use_an_index_or_a_summary(catalog, name):
    with catalog.Session() as s:
        plans = _plans(s, HOT[name])
    assert plans
    for sql, plan in plans:
        text = "\n".join(plan)
        assert not re.search(r"\bSCAN photos\b", text), f"{name}: scans the photos\n{sql}\n{text}"
        if re.search(r"\bFROM photos\b", sql):
            sorts = [line for line in plan if "TEMP B-TREE" in line and "RIGHT PART" not in line]
            assert not sorts, f"{name}: sorts photographs\n{sql}\n{text}"


def test_the_timeline_reads_the_middle_day_indexes(catalog):
    with catalog.Session() as s:
        span = "\n".join(p for _sql, plan in _plans(s, HOT["visible span"]) for p in plan)
        published = "\n".join(p for _sql, plan in _plans(s, HOT["month buckets, published"]) for p in plan)
        counts = "\n".join(p for _sql, plan in _plans(s, HOT["counts per theme, published"]) for p in plan)
    assert "COVERING INDEX ix_photos_mid" in span
    assert "COVERING INDEX ix_photos_status_mid" in published
    assert "summary_themes" in counts


def test_the_page_cache_and_the_map_follow_the_catalog_size(catalog):
    from sqlalchemy import text

    from photobook.db.engine import MIB, memory_pragmas

    assert memory_pragmas(10 * MIB) == (64 * 1024, 256 * MIB)  # a small catalog: the old sizes
    assert memory_pragmas(1200 * MIB) == (75 * 1024, 1500 * MIB)  # a million photographs: all mapped
    assert memory_pragmas(100_000 * MIB) == (256 * 1024, 4096 * MIB)  # bounded
    with catalog.Session() as s:
        size = s.execute(text("PRAGMA page_count")).scalar() * s.execute(text("PRAGMA page_size")).scalar()
        cache_kib, mapped = memory_pragmas(size)
        assert s.execute(text("PRAGMA cache_size")).scalar() == -cache_kib
        assert s.execute(text("PRAGMA mmap_size")).scalar() == mapped
        q.read_once(s)  # a command that streams through the catalog once reads it without the map
        assert s.execute(text("PRAGMA mmap_size")).scalar() == 0


def test_a_theme_filter_reads_its_day_summaries_in_key_order(catalog):
    """One theme's overview: a range of summary_theme_days' primary key, grouped in key order (no
    sort), and the photographs not read at all."""
    for name in ("one theme's timeline", "one theme's dated count", "one theme's counts per reign"):
        with catalog.Session() as s:
            plans = _plans(s, HOT[name])
        mine = [(sql, plan) for sql, plan in plans if "summary_theme_days" in sql]
        text = "\n".join(line for _sql, plan in mine for line in plan)
        assert "summary_theme_days" in text, name
        assert not any(re.search(r"\bphotos\b", sql) for sql, _plan in mine), name
        assert "TEMP B-TREE" not in text, f"{name}: sorts\n{text}"
