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
    "full-text first page": lambda s: q.photo_ids(s, q.PhotoFilter(search="tanger"), limit=200),
    "full-text first page, two words": lambda s: q.photo_ids(
        s, q.PhotoFilter(search="port tanger"), limit=200
    ),
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
    "one theme's timeline, every status": lambda s: q.timeline_summary(
        s, q.PhotoFilter(themes=ONE_THEME.themes)
    ),
    "one theme's counts per reign, every status": lambda s: q.reign_counts(
        s, q.PhotoFilter(themes=ONE_THEME.themes)
    ),
    "one theme's count": lambda s: q.count_matching(s, ONE_THEME),
    "one theme's dated count": lambda s: q.count(s, replace(ONE_THEME, undated=False)),
    "one theme's undated count": lambda s: q.count(s, replace(ONE_THEME, undated=True)),
    "one theme's counts per reign": lambda s: q.reign_counts(s, ONE_THEME),
    # above 50,000 photographs: "1981?" drawn apart from "1981~" (revision 0015's partial index)
    "the uncertain drawn apart": lambda s: q.timeline_qualified_apart(s, q.PhotoFilter()),
    "the uncertain drawn apart, published": lambda s: q.timeline_qualified_apart(s, PUBLISHED),
    "one theme's uncertain drawn apart": lambda s: q.timeline_qualified_apart(s, ONE_THEME),
    # one theme's undated photographs (revision 0016): the timeline's, a contact sheet page of them
    "one theme's undated": lambda s: q.timeline_undated_ids(s, ONE_THEME),
    "one theme's undated, a page": lambda s: q.ordered_page(s, ONE_THEME, 5, 50, 0),
}


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    from photobook.db.engine import open_library

    lib = open_library(tmp_path_factory.mktemp("plans") / "library")
    populate(lib, 3000, distinct_thumbs=0)
    yield lib
    lib.close()


class _Recording:
    """The driver's cursor, keeping what it was asked to run (``queries._fetch_raw`` reads through it)."""

    def __init__(self, cursor, sent):
        self._cursor, self._sent = cursor, sent

    def execute(self, sql, args=()):
        self._sent.append((sql, args))
        return self._cursor.execute(sql, args)

    def __getattr__(self, name):
        return getattr(self._cursor, name)


def _plans(session, call) -> list[tuple[str, list[str]]]:
    """(SQL, plan lines) of every SELECT that ``call`` runs, each explained as it was prepared: with
    its "?" and the values bound to them, as SQLite planned it (a constant the SQL only binds cannot
    make a partial index apply; a trace's SQL, values written in, would say it does)."""
    from sqlalchemy import event

    con = session.connection().connection.dbapi_connection
    sent: list[tuple[str, object]] = []
    engine = session.get_bind()

    def before(_conn, _cursor, sql, params, _context, _many):
        sent.append((sql, params))

    real = q._dbapi_cursor
    event.listen(engine, "before_cursor_execute", before)
    q._dbapi_cursor = lambda s: _Recording(real(s), sent)
    try:
        call(session)
    finally:
        q._dbapi_cursor = real
        event.remove(engine, "before_cursor_execute", before)
    return [
        (sql, [row[3] for row in con.execute("EXPLAIN QUERY PLAN " + sql, args)])
        for sql, args in sent
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


@pytest.mark.parametrize("f", [FILTER, replace(FILTER, statuses=())], ids=["published", "every status"])
def test_a_filters_first_page_is_read_in_timeline_order_to_the_last_tie(catalog, f):
    """Revision 0021: ``list --limit 200`` of a filter reads an index in its ORDER BY (day_start,
    day_end, id) to the last tie, and stops at the LIMIT. The day indexes end in ``approximate``, so
    every photograph of one interval (a decade's "198X": thousands at a million) was read, probed for
    the theme and sorted before the first row came out (SQLite's CPU at a million: 10.4 -> 2.8 ms)."""
    with catalog.Session() as s:
        plans = _plans(s, lambda s: q.photo_ids(s, f, limit=200))
        ids = q.photo_ids(s, f, limit=200)
    mine = [(sql, plan) for sql, plan in plans if re.search(r"\bFROM photos\b", sql)]
    assert len(mine) == 1, plans
    text = "\n".join(mine[0][1])
    index = "ix_photos_status_order" if f.statuses else "ix_photos_order"
    assert f"COVERING INDEX {index} " in text, text
    assert "TEMP B-TREE" not in text, text
    assert ids, "the filter finds photographs in the test catalog"


def test_a_search_first_page_is_read_in_the_full_text_index_order(catalog):
    """Revision 0018: the index's rows are in timeline order, so FTS5 itself serves ORDER BY rowid
    and stops at LIMIT: nothing is sorted, and the photos are not read."""
    with catalog.Session() as s:
        plans = _plans(s, HOT["full-text first page, two words"])
    assert [sql for sql, _plan in plans if "photo_fts" in sql]
    for sql, plan in plans:
        assert "photos" not in sql.replace("photo_fts", ""), sql
        assert not [line for line in plan if "TEMP B-TREE" in line], (sql, plan)


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

    from photobook.db.engine import MIB, STREAM_CACHE, memory_pragmas

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
        assert s.execute(text("PRAGMA cache_size")).scalar() == -cache_kib
        q.read_once(s, small_cache=True)  # list --json: a small cache too
        assert s.execute(text("PRAGMA cache_size")).scalar() == -STREAM_CACHE // 1024


def test_a_theme_filter_reads_its_day_summaries_in_key_order(catalog):
    """One theme's overview: a range of summary_theme_days' covering index, grouped in key order (no
    sort), and the photographs not read at all."""
    for name in ("one theme's timeline", "one theme's counts per reign"):
        with catalog.Session() as s:
            plans = _plans(s, HOT[name])
        mine = [(sql, plan) for sql, plan in plans if "summary_theme_days" in sql]
        text = "\n".join(line for _sql, plan in mine for line in plan)
        assert "summary_theme_days" in text, name
        assert not any(re.search(r"\bphotos\b", sql) for sql, _plan in mine), name
        assert "TEMP B-TREE" not in text, f"{name}: sorts\n{text}"
        # the count and the cover from the index beside the key, not each row by its row id (0019)
        assert "COVERING INDEX ix_summary_theme_days_covering" in text, f"{name}\n{text}"


@pytest.mark.parametrize(
    "name",
    [
        "the uncertain drawn apart",
        "the uncertain drawn apart, published",
        "one theme's uncertain drawn apart",
    ],
)
def test_the_uncertain_are_read_from_their_partial_index(catalog, name):
    """The "1981?" drawn apart (every load of a large filter): revision 0015's partial index, whatever
    else the filter asks, not a status index's half of the catalog nor a theme's every photograph
    looked up (at a million photographs: 0.3 ms against 250 ms)."""
    with catalog.Session() as s:
        plans = _plans(s, HOT[name])
    text = "\n".join(line for sql, plan in plans if "FROM photos" in sql for line in plan)
    assert "USING INDEX ix_photos_qualified_apart" in text, text
    assert "ix_photos_status" not in text and "ix_photo_themes_theme" not in text, text


def test_a_theme_filter_of_every_status_reads_its_sums_in_key_order(catalog):
    """The window's theme filter (every status, missing files included): its timeline and its counts
    per reign read a range of summary_theme_days_all's primary key (revision 0020), whose rows are the
    timeline's groups already (no GROUP BY over summary_theme_days' rows per status), in key order (no
    sort)."""
    for name in ("one theme's timeline, every status", "one theme's counts per reign, every status"):
        with catalog.Session() as s:
            plans = _plans(s, HOT[name])
        mine = [(sql, plan) for sql, plan in plans if "summary_theme_days" in sql]
        text = "\n".join(line for _sql, plan in mine for line in plan)
        assert "summary_theme_days_all USING PRIMARY KEY (theme_id=?" in text, f"{name}\n{text}"
        assert "TEMP B-TREE" not in text, f"{name}\n{text}"
        assert "summary_theme_days " not in text, f"{name}\n{text}"
        assert not any(re.search(r"\bphotos\b", sql) for sql, _plan in mine), name


@pytest.mark.parametrize(
    "name",
    [
        "one theme's undated",
        "one theme's undated, a page",
        "one theme's dated count",
        "one theme's undated count",
    ],
)
def test_a_theme_filter_reads_its_undated_in_key_order(catalog, name):
    """One theme's undated photographs: a range of summary_theme_undated's primary key, in id order
    (no sort), and the photographs not read at all (not the catalog's every undated photograph
    probed for the theme: 30-75 ms at a million). Its dated and undated counts too: the theme's total
    less (or) its undated, not a sum over its rows of summary_theme_days, each looked up by row id
    (30-50 ms at a million, twice for every theme chosen)."""
    with catalog.Session() as s:
        plans = _plans(s, HOT[name])
    mine = [(sql, plan) for sql, plan in plans if "summary_theme_undated" in sql]
    text = "\n".join(line for _sql, plan in mine for line in plan)
    assert "summary_theme_undated USING PRIMARY KEY (theme_id=?)" in text, text
    assert "TEMP B-TREE" not in text, text
    assert not any(re.search(r"\bphotos\b", sql) for sql, _plan in mine)
    assert not any("day_start IS NULL" in sql for sql, _plan in plans), "the undated read from photos"
