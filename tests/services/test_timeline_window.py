"""A large catalog's timeline is read as an overview (one summary row per date interval) and, around
what is on screen, photograph by photograph; what it shows is the same as when every row is read:
the same counts per year and per cell, the same total, the same photographs where they are shown
one by one. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from photobook.core import timeline as tl
from photobook.db import queries
from photobook.db.models import photo_themes
from photobook.db.queries import PhotoFilter
from photobook.services import timeline_window as tw
from photobook.services.synthetic import populate


@pytest.fixture
def catalog(any_library):
    populate(any_library, 400, distinct_thumbs=4)
    return any_library


def _full(session, f: PhotoFilter | None = None) -> tl.TimelineIndex:
    return tl.TimelineIndex(queries.timeline_rows(session, f or PhotoFilter()))


def _cells(index: tl.TimelineIndex, a: float, b: float) -> list[tuple[int, int, int]]:
    """(first day, day after, photographs) of every cluster or photograph at the zoom of [a, b]."""
    lay = tl.layout(index, a, b, 1200, box_w=90, lanes=3)
    out = [(c.day0, c.day1, c.n) for c in lay.clusters]
    out += [(index.rows[p.index][1], index.rows[p.index][2], 1) for p in lay.photos]  # type: ignore[misc]
    return out


def test_a_small_filter_is_read_whole_as_before(catalog):
    with catalog.Session() as s:
        ov = tw.load_overview(s, PhotoFilter())
        full = _full(s)
    assert ov.complete
    assert ov.index.rows == full.rows and ov.index.undated == full.undated
    assert not ov.index.summarised


@pytest.mark.parametrize(
    "f", [PhotoFilter(), PhotoFilter(themes=("port",)), PhotoFilter(statuses=("published",))]
)
def test_the_overview_counts_what_every_row_counts(catalog, f):
    with catalog.Session() as s:
        ov = tw.load_overview(s, f, rows_limit=10)
        full = _full(s, f)
        total = queries.count(s, f)
    assert not ov.complete and ov.index.summarised
    # fewer rows than photographs: each summary row stands for the photographs of one interval
    assert len(ov.index.rows) < full.n_dated
    assert ov.index.total == total == len(full)
    assert ov.index.undated == sorted(full.undated)  # by id
    for unit in ("decade", "year", "month"):
        h_sum, h_full = ov.index.histogram(unit), full.histogram(unit)
        assert h_sum.bounds == h_full.bounds
        assert h_sum.counts == pytest.approx(h_full.counts)
    a, b = date(1985, 1, 1).toordinal(), date(1995, 1, 1).toordinal()
    assert ov.index.count(a, b) == full.count(a, b)


def test_clusters_at_the_whole_archive_count_the_same_photographs(catalog):
    with catalog.Session() as s:
        ov = tw.load_overview(s, PhotoFilter(), rows_limit=10)
        full = _full(s)
    a, b = date(1978, 1, 1).toordinal(), date(2027, 1, 1).toordinal()
    summary_cells, full_cells = _cells(ov.index, a, b), _cells(full, a, b)
    assert sum(n for *_d, n in summary_cells) == sum(n for *_d, n in full_cells)
    # a cluster's cover is a real photograph of its cell
    lay = tl.layout(ov.index, a, b, 1200, box_w=90, lanes=3)
    ids = {r[0] for r in full.rows}
    for c in lay.clusters:
        for k in lay.cluster_positions(c, 3):
            assert ov.index.rows[k][0] in ids


def test_photographs_in_view_are_read_one_by_one_and_replace_their_summary(catalog):
    with catalog.Session() as s:
        ov = tw.load_overview(s, PhotoFilter(), rows_limit=10)
        full = _full(s)
        lo, hi = date(1990, 1, 1).toordinal(), date(1991, 12, 31).toordinal()
        assert ov.photos_starting(lo, hi) == len(queries.timeline_span_rows(s, PhotoFilter(), lo, hi))
        detailed = tw.with_detail(s, ov, [(lo, hi)])
    assert detailed.total == ov.index.total
    starting = sorted(r for r in full.rows if lo <= r[1] <= hi)  # type: ignore[operator]
    singles = sorted(
        r for k, r in enumerate(detailed.rows) if lo <= r[1] <= hi and detailed.weight_at(k) == 1
    )  # type: ignore[operator]
    assert singles == starting
    with catalog.Session() as s:  # two ranges at once: the view, and where the selection starts
        two = tw.with_detail(s, ov, [(lo, lo + 100), (hi - 50, hi)])
    assert two.total == ov.index.total
    assert sum(1 for k in range(two.n_dated) if two.weight_at(k) == 1) >= sum(
        1
        for r in full.rows
        if lo <= r[1] <= lo + 100 or hi - 50 <= r[1] <= hi  # type: ignore[operator]
    )
    # at a month's zoom inside those days, the photographs are laid out as with every row read
    a, b = date(1990, 5, 1).toordinal(), date(1990, 6, 15).toordinal()
    assert sorted(_cells(detailed, a, b)) == sorted(_cells(full, a, b))
    lay = tl.layout(detailed, a, b, 1200, box_w=90, lanes=3)
    assert {p.id for p in lay.photos} == {p.id for p in tl.layout(full, a, b, 1200, box_w=90, lanes=3).photos}


def test_summary_rows_are_never_laid_out_as_one_photograph(catalog):
    with catalog.Session() as s:
        ov = tw.load_overview(s, PhotoFilter(), rows_limit=10)
    idx = ov.index
    for a_year in range(1980, 2026, 3):
        a = date(a_year, 1, 1).toordinal()
        lay = tl.layout(idx, a, a + 60, 1200, box_w=90, lanes=3)
        for p in lay.photos:
            assert idx.weight_at(p.index) == 1


def test_the_grid_order_is_paged_and_positions_are_counted(catalog):
    f = PhotoFilter()
    with catalog.Session() as s:
        ids = queries.photo_ids(s, f)
        dated = queries.dated_count(s, f)
        pages = [queries.ordered_page(s, f, off, 37, dated) for off in range(0, len(ids), 37)]
        assert [i for p in pages for i in p] == ids
        for k in (0, 1, dated - 1, dated, len(ids) - 1, 123):
            assert queries.ordered_position(s, f, ids[k], dated) == k
        themed = PhotoFilter(themes=("port",))
        tids = queries.photo_ids(s, themed)
        outside = next(i for i in ids if i not in set(tids))
        assert queries.ordered_position(s, themed, outside, queries.dated_count(s, themed)) is None


@pytest.mark.parametrize(
    "f", [PhotoFilter(themes=("port",)), PhotoFilter(themes=("economy",), statuses=("draft",))]
)
def test_a_theme_counted_from_the_theme_index_counts_the_same(catalog, f):
    from dataclasses import replace

    with catalog.Session() as s:
        assert queries.count_matching(s, f) == queries.count(s, f)
        undated = replace(f, undated=True)
        assert queries.count_matching(s, undated) == queries.count(s, undated)


def test_an_overview_kept_is_the_one_read_again_until_a_commit(catalog):
    """The window's kept overviews (a theme chosen again, a return to all photographs): what reading
    the filter again would give, and a commit made meanwhile, on this connection or another, read and
    shown. (PostgreSQL has no commit counter to watch: each is read again.)"""
    kept = tw.KeptOverviews()
    theme = PhotoFilter(themes=("industry",))
    try:
        with catalog.Session() as s:
            first = kept.load(s, theme, None, None)
            assert kept.load(s, PhotoFilter()).index.total > first.index.total > 0
            again = kept.load(s, theme)
            fresh = tw.load_overview(s, theme)
            assert (again.summary, again.undated, again.index.total) == (
                fresh.summary,
                fresh.undated,
                fresh.index.total,
            )
            assert (again is first) == catalog.is_sqlite
            photo = queries.photo_ids(s, theme, limit=1)[0]
        with catalog.Session() as s, s.begin():  # the photograph leaves the theme
            s.execute(photo_themes.delete().where(photo_themes.c.photo_id == photo))
        with catalog.Session() as s:
            after = kept.load(s, theme)
            assert after.index.total == first.index.total - 1
            assert after.index.total == tw.load_overview(s, theme).index.total
    finally:
        kept.close()
