"""Timeline math (no Qt): bucketing, the visible slice, clusters that open when zooming in,
approximate spans, and undated photographs kept off the axis."""

from __future__ import annotations

import itertools
import random
from datetime import date

from photobook.core import timeline as tl
from photobook.core.dates import parse


def day(y: int, m: int = 1, d: int = 1) -> int:
    return date(y, m, d).toordinal()


def row(pid: int, edtf: str) -> tl.Row:
    b = parse(edtf)
    return (pid, b.start, b.end, b.approximate) if b else (pid, None, None, False)


def test_index_orders_by_the_middle_of_the_interval_and_keeps_undated_apart():
    rows = [
        row(1, "1990"),
        row(2, ""),
        row(3, "1985-06-14"),
        row(4, "198X"),
        row(5, ""),
        row(6, "1999-07-23"),
    ]
    idx = tl.TimelineIndex(rows)
    # 198X (middle: end of 1984) comes before 14 June 1985; undated last, in the order given
    assert idx.ordered_ids() == [4, 3, 1, 6, 2, 5]
    assert idx.undated == [2, 5]
    assert idx.n_dated == 4 and len(idx) == 6
    assert idx.position(6) == 3 and idx.position(5) == 5 and idx.position(42) is None
    assert idx.first_day == day(1980) and idx.last_day == day(1999, 7, 23)


def test_undated_rows_anywhere_in_the_input_are_set_apart():
    rows = [row(1, "1990"), row(2, ""), row(3, "1985")]
    assert tl.TimelineIndex(rows).ordered_ids() == [3, 1, 2]


def test_histograms_per_decade_year_and_month():
    rows = [
        row(1, "1985-03-02"),
        row(2, "1985-03-30"),
        row(3, "1985-11-01"),
        row(4, "1991-01-05"),
        row(5, ""),
    ]
    idx = tl.TimelineIndex(rows)
    decades = idx.histogram("decade")
    assert dict(zip([date.fromordinal(b).year for b in decades.bounds], decades.counts, strict=False)) == {
        1980: 3,
        1990: 1,
    }
    years = idx.histogram("year")
    assert sum(years.counts) == 4 and years.peak == 3
    months = idx.histogram("month")
    by_month = {
        date.fromordinal(b).strftime("%Y-%m"): n
        for b, n in zip(months.bounds, months.counts, strict=False)
        if n
    }
    assert by_month == {"1985-03": 2, "1985-11": 1, "1991-01": 1}
    assert idx.histogram("month") is months  # built once


def test_visible_slice_is_found_by_bisection():
    rng = random.Random(3)
    rows = []
    for pid in range(2000):
        s = rng.randint(day(1960), day(2020))
        rows.append((pid, s, s + rng.choice((0, 30, 365, 3652)), False))
    idx = tl.TimelineIndex(sorted(rows, key=lambda r: (r[1], r[2])))
    a, b = day(1984, 5, 17), day(1987, 2, 1)
    i, j = idx.range_indices(a, b)
    expected = {r[0] for r in rows if a <= (r[1] + r[2]) / 2 < b}
    assert {r[0] for r in idx.rows[i:j]} == expected
    assert idx.count(a, b) == len(expected)


def test_calendar_cells_are_aligned_on_the_calendar():
    months = tl.MONTH.boundaries(day(1985, 3, 17), day(1985, 6, 2))
    assert [date.fromordinal(d).isoformat() for d in months] == [
        "1985-03-01",
        "1985-04-01",
        "1985-05-01",
        "1985-06-01",
        "1985-07-01",
    ]
    weeks = tl.WEEK.boundaries(day(1999, 7, 20), day(1999, 7, 30))
    assert all(date.fromordinal(d).weekday() == 0 for d in weeks)
    decades = tl.DECADE.boundaries(day(1983), day(1999))
    assert [date.fromordinal(d).year for d in decades] == [1980, 1990, 2000]


def _dense_1985(n: int = 400) -> list[tl.Row]:
    rng = random.Random(5)
    out = []
    for pid in range(n):
        d = rng.randint(day(1985), day(1985, 12, 31))
        out.append((pid, d, d, False))
    return sorted(out, key=lambda r: r[1])


def test_clusters_at_coarse_zoom_open_as_you_zoom_in():
    idx = tl.TimelineIndex([*_dense_1985(), (1000, day(1961, 5, 1), day(1961, 5, 1), False)])
    whole = tl.layout(idx, day(1960), day(2000), 1800, box_w=150, lanes=4)
    assert whole.clusters and sum(c.count for c in whole.clusters) >= 400
    assert {p.id for p in whole.photos} == {1000}  # alone in 1961: shown as itself
    week = tl.layout(idx, day(1985, 3, 1), day(1985, 3, 20), 1800, box_w=150, lanes=4)
    assert week.photos, "zoomed in to a few weeks, the photographs of those days are shown one by one"
    assert len(week.photos) > sum(c.count for c in week.clusters)
    # every photo of the window is accounted for, once: as itself or in a cluster
    i, j = idx.range_indices(*_cells_span(week))
    shown = {p.index for p in week.photos} | {k for c in week.clusters for k in range(c.i, c.j)}
    assert shown == set(range(i, j))


def _cells_span(lay: tl.Layout) -> tuple[int, int]:
    margin = (150 + 10) / lay.px_per_day
    bounds = lay.unit.boundaries(lay.a - margin, lay.b + margin)
    return bounds[0], bounds[-1]


def test_photos_in_a_lane_do_not_overlap():
    idx = tl.TimelineIndex(_dense_1985(120))
    lay = tl.layout(idx, day(1985), day(1986), 4000, box_w=150, lanes=4, gap=10)
    by_lane: dict[int, list[float]] = {}
    for p in lay.photos:
        by_lane.setdefault(p.lane, []).append(p.x)
    for xs in by_lane.values():
        xs.sort()
        assert all(b - a >= 150 + 10 - 1e-6 for a, b in itertools.pairwise(xs))
    for p in lay.photos:  # centred on its date, or slid later by at most half a box to make room
        assert -1e-6 <= (p.x + 75) - p.cx <= 75 + 1e-6


def test_approximate_dates_span_their_interval():
    rows = [row(1, "1985~"), row(2, "198X"), row(3, "1984/1986"), row(4, "1990-05-02")]
    idx = tl.TimelineIndex(rows)
    # whole decades per cell: every date is at least that precise, each photo sits at its middle
    # with its interval drawn under it
    a, b = day(1950), day(2030)
    lay = tl.layout(idx, a, b, 1000, box_w=60, lanes=4)
    assert lay.unit is tl.DECADE and not lay.bars
    boxes = {p.id: p for p in lay.photos}
    assert set(boxes) == {1, 2, 3, 4}
    px_year = 1000 / ((b - a) / 365.2425)
    circa = boxes[1]
    assert circa.approximate and circa.span0 < circa.cx < circa.span1
    assert abs((circa.span1 - circa.span0) - 3 * px_year) < px_year * 0.05  # 1984–1986: three years
    decade = boxes[2]
    assert not decade.approximate and abs((decade.span1 - decade.span0) - 10 * px_year) < px_year * 0.05
    assert boxes[4].span1 - boxes[4].span0 < 1  # a day
    # months per cell: the imprecise ones are not pinned to a day; each interval becomes a bar over it
    a, b = day(1984, 6), day(1986, 6)
    lay = tl.layout(idx, a, b, 3000, box_w=120, lanes=4)
    assert tl.precision_cap(lay.unit.length) < 366
    assert lay.photos == [] and lay.clusters == []
    bars = {bar.group.members[0]: bar for bar in lay.bars}
    by_id = {idx.rows[k][0]: bar for k, bar in bars.items()}
    assert set(by_id) == {1, 2, 3}
    ppd = 3000 / (b - a)
    assert abs(by_id[3].x0 - (day(1984) - a) * ppd) < 1e-6
    assert abs(by_id[3].x1 - (day(1987) - a) * ppd) < 1e-6
    assert by_id[1].group.approximate and not by_id[2].group.approximate
    assert lay.band_rows == 3 and lay.lanes == 4
    assert tl.layout(idx, a, b, 3000, box_w=120, lanes=4, band_lane=True).lanes == 3


def test_dates_in_words():
    assert tl.span_label(*row(1, "1985~")[1:]) == "vers 1985"
    assert tl.span_label(*row(2, "198X")[1:], lang="en") == "1980s"
    assert tl.span_label(*row(3, "1984/1986")[1:]) == "1984–1986"
    assert tl.span_label(*row(4, "1990-05-02")[1:], lang="en") == "2 May 1990"
    assert tl.bounds_edtf(day(1985, 3), day(1985, 3, 31), False) == "1985-03"


def test_histograms_spread_imprecise_dates_over_their_interval():
    idx = tl.TimelineIndex([row(1, "1985"), row(2, "1985-03-02"), row(3, "198X")])
    months = idx.histogram("month")
    by_month = {
        date.fromordinal(bd).strftime("%Y-%m"): n for bd, n in zip(months.bounds, months.counts, strict=False)
    }
    assert abs(by_month["1985-03"] - (1 + 31 / 365 + 31 / 3653)) < 1e-6
    assert abs(by_month["1985-07"] - (31 / 365 + 31 / 3653)) < 1e-6  # not the whole year in July
    assert abs(sum(months.counts) - 3) < 1e-6
    years = idx.histogram("year")
    by_year = {date.fromordinal(bd).year: n for bd, n in zip(years.bounds, years.counts, strict=False)}
    assert abs(by_year[1985] - (2 + 365 / 3653)) < 1e-6


def test_undated_photographs_are_never_on_the_axis():
    idx = tl.TimelineIndex([row(1, ""), row(2, ""), row(3, "1970-01-01")])
    lay = tl.layout(idx, day(1969), day(1971), 1000, box_w=100, lanes=3)
    assert [p.id for p in lay.photos] == [3]
    assert not lay.clusters
    assert idx.undated == [1, 2]
    assert (
        tl.layout(tl.TimelineIndex([row(1, "")]), day(1960), day(2000), 1000, box_w=100, lanes=3).photos == []
    )


def test_zoom_levels_and_decimal_years():
    assert tl.zoom_level(46 * 365.25) == "all"
    assert tl.zoom_level(8 * 365.25, 46 * 365.25) == "decade"
    assert tl.zoom_level(365) == "year"
    assert tl.zoom_level(60) == "month"
    assert tl.zoom_level(5 * 365.25, 5.2 * 365.25) == "all"  # a small archive shown whole
    assert abs(tl.day_to_year(day(1985, 7, 2)) - 1985.5) < 0.01
    assert abs(tl.year_to_day(1999.5) - day(1999, 7, 2)) < 1.5


def _archive_1980_2025() -> list[tl.Row]:
    """A dense 1980s, steady years up to 2019, then a few photographs in the 2020s (one a "circa")."""
    rng = random.Random(11)
    rows: list[tl.Row] = []
    for pid in range(300):
        d = rng.randint(day(1980), day(1989, 12, 31))
        rows.append((pid, d, d, False))
    for y in range(1990, 2020):
        for k in range(3):
            d = day(y, 1 + 4 * k, 10)
            rows.append((1000 + 10 * y + k, d, d, False))
    rows += [
        (9001, day(2021, 6, 14), day(2021, 6, 14), False),
        (9002, day(2021), day(2023, 12, 31), True),  # vers 2022
        (9003, day(2024, 11), day(2024, 11, 30), False),
        (9004, day(2025, 3, 2), day(2025, 3, 2), False),
    ]
    return sorted(rows, key=lambda r: (r[1], r[2]))


def test_fit_range_frames_everything_that_is_laid_out():
    idx = tl.TimelineIndex(_archive_1980_2025())
    a0, b0 = day(1979, 6), day(2026, 6)

    for width, box_w, lanes in ((260, 110, 2), (600, 150, 3), (1100, 235, 3), (1800, 235, 4)):

        def lay(a: float, b: float, w: float, box_w: float = box_w, lanes: int = lanes) -> tl.Layout:
            return tl.layout(idx, a, b, w, box_w=box_w, lanes=lanes, gap=12)

        before = lay(a0, b0, width).extent()
        a, b = tl.fit_range(lay, a0, b0, width)
        assert a <= a0 and b >= b0, "the archive's dates stay in view"
        shown = lay(a, b, width)
        lo, hi = shown.extent()  # type: ignore[misc]
        assert -1e-6 <= lo and hi <= width + 1e-6, (width, before, (lo, hi))
        # every photograph is on screen: as itself, in a cluster or in a bar
        on_screen = len(shown.photos) + sum(c.count for c in shown.clusters)
        on_screen += sum(bar.group.count for bar in shown.bars) + shown.band_overflow
        assert on_screen == idx.n_dated
        if width >= 600:  # framed, not lost in empty decades
            assert b - a < 1.6 * (b0 - a0)


def test_a_cluster_card_ends_with_the_archive():
    idx = tl.TimelineIndex(_archive_1980_2025())
    a, b = day(1975), day(2030)
    lay = tl.layout(idx, a, b, 700, box_w=150, lanes=3)
    assert lay.unit.length > 15 * 365  # cells of 20 years: the last one runs to 2039
    last = max(lay.clusters, key=lambda c: c.x1)
    assert last.x1 <= lay.x(idx.keys[-1] / 2) + 75 + 1e-6  # not over the empty 2030s
    assert last.x1 - last.x0 >= 150 * 0.6
    # and its period is the years it holds: "2020–2025", not "2020–2039"
    assert (date.fromordinal(last.day0).year, date.fromordinal(last.day1 - 1).year) == (2020, 2025)
    assert date.fromordinal(min(c.day0 for c in lay.clusters)).year == 1980


def test_item_extent_finds_what_shows_a_photograph():
    idx = tl.TimelineIndex([*_dense_1985(200), (999, day(1999, 7, 23), day(1999, 7, 23), False)])
    lay = tl.layout(idx, day(1980), day(2002), 1200, box_w=100, lanes=3)
    last = idx.n_dated - 1
    photo = next(p for p in lay.photos if p.index == last)
    assert lay.item_extent(last) == (photo.x, photo.x + 100)
    cluster = next(c for c in lay.clusters if c.i <= 5 < c.j)
    assert lay.item_extent(5) == (cluster.x0, cluster.x1)
    assert tl.layout(idx, day(2010), day(2012), 1200, box_w=100, lanes=3).item_extent(5) is None


def test_a_photograph_alone_in_its_cell_is_its_own_card_never_a_cluster_of_one():
    # lone photographs whose cell the previous cell's cards spill into: each was a narrow
    # "cluster" strip with a count of 1
    seen_single_after_spill = False
    for seed in range(30):
        rng = random.Random(seed)
        rows, pid = [], 1
        for y in range(1980, 1990):
            for _ in range(rng.choice([1, 2, 3, 4, 6, 8, 12])):
                d = day(y) + rng.randrange(365)
                rows.append((pid, d, d, False))
                pid += 1
        rows.sort(key=lambda r: r[1])
        idx = tl.TimelineIndex(rows)
        for width, years, lanes in itertools.product((500, 800, 1200), (2, 4, 6, 10, 14), (1, 2, 3)):
            lay = tl.layout(idx, day(1980), day(1980) + years * 365.25, width, box_w=110, lanes=lanes, gap=10)
            assert all(c.n > 1 for c in lay.clusters)
            for lane in range(lanes):  # cards in a lane never overlap
                xs = sorted(p.x for p in lay.photos if p.lane == lane)
                assert all(b - a >= 110 for a, b in itertools.pairwise(xs))
            if (seed, width, years, lanes) == (8, 800, 6, 1):
                ids = {p.id for p in lay.photos}
                seen_single_after_spill = idx.rows[4][0] in ids
    assert seen_single_after_spill
