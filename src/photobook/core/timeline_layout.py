"""Timeline layout without Qt: what one frame shows, from a :class:`~.timeline_buckets.TimelineIndex`.

:func:`layout` groups the visible window into calendar cells (a day, a week, a month, a quarter, a
year, five years, a decade…, whichever is wide enough on screen for one thumbnail) and places each
cell either as separate photographs stacked in lanes or, when they do not fit, as one cluster with
a count. Zooming in makes the cells shorter, so clusters open. Photographs dated less precisely than
a cell become bars over their interval, in a band above the lanes.

:func:`fit_range` finds the days to show so that everything laid out (clusters, photographs slid
aside to make room, bars) falls inside the plot: the whole archive, framed.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from photobook.core.timeline_buckets import (
    Partition,
    SpanGroup,
    TimelineIndex,
    Unit,
    cell_unit,
    precision_cap,
    year_start,
)


@dataclass(slots=True)
class PhotoBox:
    """One photograph laid out: ``x`` is the left edge in logical (left-to-right) pixels."""

    index: int
    id: int
    x: float
    lane: int
    cx: float  # where its middle day falls
    span0: float  # its interval, in pixels
    span1: float
    approximate: bool


@dataclass(slots=True)
class ClusterBox:
    """Too many photographs for the room: drawn as one card with a count."""

    x0: float
    x1: float
    i: int  # the slice of the index's rows it covers (less the coarse ones)
    j: int
    day0: int  # the calendar cell [day0, day1), within the archive's years
    day1: int
    n: int  # photographs it stands for

    @property
    def count(self) -> int:
        return self.n


@dataclass(slots=True)
class SpanBar:
    """A :class:`SpanGroup` drawn as a bar over its interval, in one of the band's rows."""

    group: SpanGroup
    row: int
    x0: float
    x1: float


@dataclass(slots=True)
class Layout:
    a: float  # visible days
    b: float
    px_per_day: float
    unit: Unit
    lanes: int  # lanes of photographs
    box_w: float = 0.0  # width of a photograph's box (its label is drawn under it, no wider)
    part: Partition | None = None
    photos: list[PhotoBox] = field(default_factory=list)
    clusters: list[ClusterBox] = field(default_factory=list)
    bars: list[SpanBar] = field(default_factory=list)
    band_rows: int = 0  # rows of span bars in use (0: no band)
    band_overflow: int = 0  # photographs in groups that did not fit the band

    def cluster_positions(self, c: ClusterBox, n: int) -> list[int]:
        """Up to ``n`` positions (in the index's rows) spread over the cluster: its covers."""
        part = self.part
        coarse = part.flags if part is not None else None
        if n <= 0 or c.n <= 0:
            return []
        if coarse is None:
            count = c.j - c.i
            if count <= n:
                return list(range(c.i, c.j))
            if n == 1:
                return [c.i + count // 2]
            return [c.i + round(k * (count - 1) / (n - 1)) for k in range(n)]
        if c.n <= n:  # few: all of them (the coarse ones among them are skipped)
            return [k for k in range(c.i, c.j) if not coarse[k]]
        out: list[int] = []
        span = c.j - c.i
        last = c.i - 1
        for t in range(n):  # evenly spread targets, each moved on to the next precise one not taken
            k = max(c.i + round(t * (span - 1) / (n - 1)) if n > 1 else c.i + span // 2, last + 1)
            while k < c.j and coarse[k]:
                k += 1
            if k >= c.j:
                break
            out.append(k)
            last = k
        return out

    def x(self, day: float) -> float:
        return (day - self.a) * self.px_per_day

    def extent(self) -> tuple[float, float] | None:
        """The leftmost and rightmost logical x of what is laid out: photographs' boxes (and the
        labels under them, no wider) with their intervals, clusters and span bars; ``None`` if
        nothing is."""
        lo, hi = float("inf"), float("-inf")
        bw = self.box_w
        for p in self.photos:
            lo, hi = min(lo, p.x, p.span0), max(hi, p.x + bw, p.span1)
        for c in self.clusters:
            lo, hi = min(lo, c.x0), max(hi, c.x1)
        for bar in self.bars:
            lo, hi = min(lo, bar.x0), max(hi, bar.x1)
        return (lo, hi) if lo <= hi else None

    def item_extent(self, k: int) -> tuple[float, float] | None:
        """Where the photograph at position ``k`` of the index's rows is drawn: its box, the cluster
        that holds it or the bar of its interval (logical x); ``None`` if it is not laid out."""
        for p in self.photos:
            if p.index == k:
                return p.x, p.x + self.box_w
        coarse = self.part.flags if self.part is not None else None
        if coarse is None or not coarse[k]:
            for c in self.clusters:
                if c.i <= k < c.j:
                    return c.x0, c.x1
        for bar in self.bars:
            if k in bar.group.members:
                return bar.x0, bar.x1
        return None


def layout(
    index: TimelineIndex,
    a: float,
    b: float,
    width: float,
    *,
    box_w: float,
    lanes: int,
    gap: float = 10.0,
    slide: float | None = None,
    band_rows: int = 3,
    bar_min_w: float = 64.0,
    band_lane: bool = False,
) -> Layout:
    """Lay out the days [a, b) over ``width`` pixels: photographs in ``lanes`` rows of boxes
    ``box_w`` wide, each centred on its middle day (or slid right by at most ``slide`` pixels to
    make room), and a cluster for every calendar cell whose photographs do not fit.

    Photographs dated less precisely than a cell ("1985" when the cells are months) are not put at
    a point: they are grouped by interval into bars over that interval, packed into at most
    ``band_rows`` rows of a band above the lanes (the caller makes room for it; with
    ``band_lane`` the band takes the top lane instead).

    Costs the number of cells on screen (bounded by ``width / box_w``) times the photographs shown,
    plus one bisection per cell and the span groups in view: never the size of the archive.
    """
    span = max(b - a, 1e-6)
    ppd = width / span
    lanes = max(1, lanes)
    slide = box_w * 0.5 if slide is None else slide
    pitch = box_w + gap
    unit = cell_unit(ppd, pitch)
    out = Layout(a, b, ppd, unit, lanes, box_w)
    if not index.rows:
        return out
    half = box_w / 2
    # a cluster's card covers its calendar cell, but not the years before the first photograph or
    # after the last one (a cell "2020–2039" ends where the archive does); photographs moved to
    # make room stay within the archive's years too
    first_x = (index.keys[0] / 2 - a) * ppd - half
    last_x = (index.keys[-1] / 2 - a) * ppd + half
    first_year = year_start(date.fromordinal(index.first_day).year)  # type: ignore[arg-type]
    after_last_year = year_start(date.fromordinal(index.last_day).year + 1)  # type: ignore[arg-type]
    margin = pitch / ppd
    part = out.part = index.partition(precision_cap(unit.length))
    if part.groups:
        _pack_bars(out, part.groups_in(a - margin, b + margin), band_rows, bar_min_w, gap)
        if band_lane and (out.bars or out.band_overflow):
            lanes = out.lanes = max(1, lanes - 1)
    bounds = unit.boundaries(a - margin, b + margin)
    keys, coarse, weighted = index.keys, part.flags, index.weights
    lane_end = [-1e18] * lanes
    for c in range(len(bounds) - 1):
        c0, c1 = bounds[c], bounds[c + 1]
        i, j = bisect_left(keys, 2 * c0), bisect_left(keys, 2 * c1)
        n_rows = j - i - part.coarse_between(2 * c0, 2 * c1)
        n = n_rows if weighted is None else index.weight(i, j) - part.coarse_weight_between(2 * c0, 2 * c1)
        if n <= 0:
            continue
        x0, x1 = (c0 - a) * ppd, (c1 - a) * ppd
        cap = lanes * (int((x1 - x0) / pitch) + 1)
        # summary rows (a large catalog, before its photographs in view have arrived) stand for
        # several photographs each: they cannot be placed one by one, the cell is a cluster
        if n <= cap and n == n_rows:
            # at their dates, slid right by at most half a box; failing that (a few photographs
            # close together), anywhere in their own cell, still in time order
            placed = _pack(index, i, j, coarse, lane_end, a, ppd, box_w, gap, slide, None)
            if placed is None:
                limit = min(x1 + half, last_x)  # not over the empty years after the last one
                placed = _pack(index, i, j, coarse, lane_end, a, ppd, box_w, gap, x1 - x0, limit)
            if placed is None and n == 1:
                # one photograph that found no room in its cell: its own card, in the lane that
                # frees first, after what is there (a cluster of one would be a narrow strip with a count)
                placed = _pack(index, i, j, coarse, lane_end, a, ppd, box_w, gap, math.inf, None)
            if placed is not None:
                lane_end = placed[1]
                out.photos.extend(placed[0])
                continue
        pad = gap / 2
        left = max(x0 + pad, max(lane_end) + gap, first_x)
        right = max(min(x1 - pad, last_x), left + box_w * 0.6)
        period = max(c0, first_year), min(c1, after_last_year)  # "1980–1999", not "1950–1999"
        out.clusters.append(ClusterBox(left, right, i, j, *period, n))
        lane_end = [right] * lanes
    return out


def _pack(
    index: TimelineIndex,
    i: int,
    j: int,
    coarse: list[bool] | None,
    lane_end: list[float],
    a: float,
    ppd: float,
    box_w: float,
    gap: float,
    slide: float,
    limit: float | None,
) -> tuple[list[PhotoBox], list[float]] | None:
    """Place the precise photographs of rows [i, j) in lanes, each at its date or slid right by at
    most ``slide`` (and ending before ``limit``); ``None`` if they do not all fit."""
    ends = lane_end[:]
    lanes = len(ends)
    half = box_w / 2
    keys, rows = index.keys, index.rows
    out: list[PhotoBox] = []
    for k in range(i, j):
        if coarse is not None and coarse[k]:
            continue
        cx = (keys[k] / 2 - a) * ppd
        left = cx - half
        lane = -1
        for ln in range(lanes):
            if ends[ln] + gap <= left:
                lane = ln
                break
        if lane < 0:
            lane = min(range(lanes), key=ends.__getitem__)
            shift = ends[lane] + gap - left
            if shift > slide:
                return None
            left += shift
        if limit is not None and left + box_w > limit:
            return None
        ends[lane] = left + box_w
        r = rows[k]
        out.append(
            PhotoBox(k, r[0], left, lane, cx, (r[1] - a) * ppd, (r[2] + 1 - a) * ppd, bool(r[3]))  # type: ignore[operator]
        )
    return out, ends


def _pack_bars(out: Layout, groups: list[SpanGroup], rows: int, min_w: float, gap: float) -> None:
    """Pack span bars into at most ``rows`` rows, the largest groups first (then the most precise);
    what does not fit is counted in ``band_overflow``."""
    a, ppd = out.a, out.px_per_day
    taken: list[list[tuple[float, float]]] = [[] for _ in range(max(1, rows))]
    for g in sorted(groups, key=lambda g: (-g.count, g.end - g.start, g.start)):
        x0 = (g.start - a) * ppd
        x1 = max((g.end + 1 - a) * ppd, x0 + min_w)
        for r, row in enumerate(taken):
            if all(x1 + gap / 2 <= t0 or x0 >= t1 + gap / 2 for t0, t1 in row):
                row.append((x0, x1))
                out.bars.append(SpanBar(g, r, x0, x1))
                out.band_rows = max(out.band_rows, r + 1)
                break
        else:
            out.band_overflow += g.count
    out.bars.sort(key=lambda bar: (bar.row, bar.x0))


def fit_range(
    lay: Callable[[float, float, float], Layout],
    a: float,
    b: float,
    width: float,
    *,
    room: float = 0.0,
    rounds: int = 12,
) -> tuple[float, float]:
    """The days to show over ``width`` pixels so that the days [a, b] are in view and everything
    laid out for them (:meth:`Layout.extent`) lies within [room, width - room].

    ``lay(a, b, w)`` lays out the days [a, b] over ``w`` pixels as a frame would. Photographs
    slide aside to make room and clusters are at least a box wide, so what is drawn reaches past
    the dates it stands for by some pixels; and the layout itself changes with the scale (cells
    grow, photographs gather into clusters). So the scale is searched for: the largest number of
    pixels per day at which the dates and what is drawn for them fit, measured at each scale
    tried on a layout of a window wide enough to hold all of it; then what is drawn is centred.
    Each try costs a layout of what is on screen; a dozen at most.
    """
    span = max(b - a, 1e-6)
    inner = max(width - 2 * room, 1.0)

    def needed(ppd: float) -> tuple[float, float]:
        """What must be in view at ``ppd`` pixels per day, in pixels from day ``a``."""
        extra = inner / ppd
        lo_day, hi_day = a - extra, b + extra
        ext = lay(lo_day, hi_day, (hi_day - lo_day) * ppd).extent()
        lo, hi = 0.0, span * ppd
        if ext is not None:
            off = extra * ppd
            lo, hi = min(lo, ext[0] - off), max(hi, ext[1] - off)
        return lo, hi

    ppd = inner / span  # the dates alone fill the width: nothing can be closer
    best: tuple[float, float, float] | None = None  # the closest scale that fits, and what it needs
    last = (ppd, 0.0, inner)
    too_close: float | None = None  # the farthest scale tried that does not fit, above ``best``
    for _ in range(max(1, rounds)):
        lo, hi = needed(ppd)
        last = (ppd, lo, hi)
        if hi - lo <= inner:
            best = (ppd, lo, hi)
            if too_close is None:
                break
        else:
            too_close = ppd if too_close is None else min(too_close, ppd)
        if best is None:
            # what sticks out is mostly pixels (boxes, slides): give the dates the rest of the width
            extra_px = (hi - lo) - span * ppd
            guess = (inner - extra_px) / span
            ppd = min(guess, ppd * 0.97) if guess > 0 else ppd / 2
        else:
            assert too_close is not None
            if too_close <= best[0] * 1.005:
                break
            ppd = (best[0] + too_close) / 2
    ppd, lo, hi = best if best is not None else last
    x_a = room + (inner - (hi - lo)) / 2 - lo  # where day a goes: what is drawn, centred
    start = a - x_a / ppd
    return start, start + width / ppd
