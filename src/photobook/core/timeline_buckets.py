"""Timeline buckets without Qt: days and decimal years, calendar units, and the rows of one filter
sorted once so that everything a frame needs is found by bisection.

A photograph sits on the time axis at the middle of its date interval (``day_start``..``day_end``,
ordinal days); its interval is drawn as a span so that "circa 1985" or "198X" do not pretend to a day.
:class:`TimelineIndex` sorts the dated rows once by that middle (kept as ``day_start + day_end``,
an integer) and keeps plain parallel lists; a frame then costs what is on screen:

* the photographs in a time window are a slice found by :func:`bisect.bisect_left` on ``keys``;
* histograms per decade, year or month are built on first use with one bisection per bucket;
* :meth:`TimelineIndex.partition` sets apart, per precision, the photographs dated too loosely to be
  put at a point (they are drawn as bars over their interval, see :mod:`.timeline_layout`).

Undated photographs are kept apart (``undated``): they have no place on the axis, never 1970.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import accumulate, compress, repeat
from operator import add, itemgetter, sub
from typing import Any

Row = tuple[int, int | None, int | None, int]  # id, day_start, day_end, qualifier (0 exact, 1 ~, 2 ?, 3 %)
_START, _END, _WEIGHT = itemgetter(1), itemgetter(2), itemgetter(4)


DAYS_PER_YEAR = 365.2425
MIN_SPAN_DAYS = 45.0  # the deepest zoom: about six weeks across the view
ZOOM_LEVELS = ("all", "decade", "year", "month")


# --- days and decimal years -------------------------------------------------------------------------


def year_start(year: int) -> int:
    """Ordinal of 1 January of ``year`` (clamped to what :mod:`datetime` can represent)."""
    return date(min(max(year, 1), 9999), 1, 1).toordinal()


def day_to_year(day: float) -> float:
    """A day ordinal (possibly fractional) as a decimal year: 1 July 1985 → ~1985.5."""
    d = int(day // 1)
    y = date.fromordinal(min(max(d, 1), 3652059)).year
    y0 = year_start(y)
    return y + (day - y0) / (year_start(y + 1) - y0)


def year_to_day(year: float) -> float:
    y = int(year // 1)
    y0 = year_start(y)
    return y0 + (year - y) * (year_start(y + 1) - y0)


def zoom_level(span_days: float, fit_span_days: float | None = None) -> str:
    """The name of the zoom for a visible span: "all" (the whole archive, or more than 20 years),
    "decade" (more than three years), "year" (more than about seven months) or "month"."""
    if span_days > 20 * DAYS_PER_YEAR or (fit_span_days and span_days >= 0.9 * fit_span_days):
        return "all"
    if span_days > 3 * DAYS_PER_YEAR:
        return "decade"
    if span_days > 200:
        return "year"
    return "month"


# --- calendar units ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Unit:
    """A calendar step: ``days`` days, or ``months`` months aligned on 1 January of year 0."""

    name: str
    days: int = 0
    months: int = 0

    @property
    def length(self) -> float:
        """Average length in days."""
        return self.days or self.months * DAYS_PER_YEAR / 12

    def floor(self, day: float) -> int:
        """The unit boundary at or before ``day``."""
        d = min(max(int(day // 1), 1), 3652059)
        if self.days:
            return (d - 1) // self.days * self.days + 1  # ordinal 1 is a Monday: weeks start on Monday
        dt = date.fromordinal(d)
        m = dt.year * 12 + dt.month - 1
        m -= m % self.months
        return _month_ordinal(m)

    def boundaries(self, a: float, b: float) -> list[int]:
        """Boundaries from the one at or before ``a`` to the first one at or after ``b``."""
        first = self.floor(a)
        out = [first]
        if self.days:
            cur = first
            while cur < b:
                cur += self.days
                out.append(cur)
            return out
        dt = date.fromordinal(first)
        m = dt.year * 12 + dt.month - 1
        cur = first
        while cur < b and m < 9999 * 12:
            m += self.months
            cur = _month_ordinal(m)
            out.append(cur)
        return out


def _month_ordinal(m: int) -> int:
    y, mo = divmod(m, 12)
    return date(min(max(y, 1), 9999), mo + 1, 1).toordinal()


DAY = Unit("day", days=1)
WEEK = Unit("week", days=7)
MONTH = Unit("month", months=1)
QUARTER = Unit("quarter", months=3)
HALF_YEAR = Unit("half-year", months=6)
YEAR = Unit("year", months=12)
TWO_YEARS = Unit("2 years", months=24)
FIVE_YEARS = Unit("5 years", months=60)
DECADE = Unit("decade", months=120)
TWENTY_YEARS = Unit("20 years", months=240)
HALF_CENTURY = Unit("50 years", months=600)
CENTURY = Unit("century", months=1200)
CELL_UNITS = (
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    HALF_YEAR,
    YEAR,
    TWO_YEARS,
    FIVE_YEARS,
    DECADE,
    TWENTY_YEARS,
    HALF_CENTURY,
    CENTURY,
)
HISTOGRAM_UNITS = {"decade": DECADE, "year": YEAR, "month": MONTH}


#: Precision classes of a date, as the length of its interval in days (inclusive): a day, a month, a
#: year, "circa" a year (its fuzzy bounds are three years), a decade. A photograph is placed at a
#: point of the axis only where the zoom's calendar cell is at least as long as its interval;
#: otherwise it belongs to a span (all the photographs with the same interval, drawn as a bar).
PRECISION_CAPS = (1, 31, 366, 1096, 3653)
NO_CAP = 10**9


def precision_cap(unit_length: float) -> int:
    """The longest interval (days) that a calendar cell of ``unit_length`` days can place honestly."""
    if unit_length > 2 * PRECISION_CAPS[-1]:
        return NO_CAP
    return max(c for c in PRECISION_CAPS if c <= unit_length + 1)


def cell_unit(px_per_day: float, min_px: float) -> Unit:
    """The shortest calendar unit at least ``min_px`` wide on screen."""
    for u in CELL_UNITS:
        if u.length * px_per_day >= min_px:
            return u
    return CELL_UNITS[-1]


def histogram_unit(px_per_day: float, min_bar_px: float = 9.0) -> str:
    """ "month", "year" or "decade": the finest whose bars are at least ``min_bar_px`` wide."""
    for name in ("month", "year"):
        if HISTOGRAM_UNITS[name].length * px_per_day >= min_bar_px:
            return name
    return "decade"


# --- the index ----------------------------------------------------------------------------------------


@dataclass(slots=True)
class SpanGroup:
    """The photographs that share one interval too long for the zoom ("1985", "vers 1985",
    "198X", "1984/1986"): ``members`` are their positions in :attr:`TimelineIndex.rows`."""

    start: int
    end: int  # inclusive
    approximate: int  # the qualifier code of the rows (0 exact; "1985?" and "1985~" are apart)
    members: list[int]
    n: int = 0  # photographs it stands for, when its members are summary rows (0: one each)

    @property
    def count(self) -> int:
        return self.n or len(self.members)


@dataclass(slots=True)
class Partition:
    """The dated photographs split at one precision cap: those placed at a point, and the others
    ("coarse": an interval longer than ``cap`` days) grouped by interval, the groups sorted by start.

    Only the coarse side is stored (``flags[k]`` is true for a coarse position of
    :attr:`TimelineIndex.rows`; ``coarse_keys`` are their keys, sorted): the precise photographs in a
    key range are the index's slice less the coarse ones, counted by two more bisections.
    """

    cap: int
    flags: list[bool] | None  # None: no coarse photograph at all
    coarse_keys: list[int]
    groups: list[SpanGroup]
    group_starts: list[int]
    longest: int  # the longest group interval, to bound a search by start
    coarse_cum: list[int] | None = None  # summary rows: photographs before each coarse key (+ total)

    def coarse_between(self, k0: float, k1: float) -> int:
        """Coarse rows with a key in [k0, k1)."""
        if not self.coarse_keys:
            return 0
        return bisect_left(self.coarse_keys, k1) - bisect_left(self.coarse_keys, k0)

    def coarse_weight_between(self, k0: float, k1: float) -> int:
        """Coarse photographs with a key in [k0, k1) (each summary row counts its photographs)."""
        if not self.coarse_keys:
            return 0
        i, j = bisect_left(self.coarse_keys, k0), bisect_left(self.coarse_keys, k1)
        cum = self.coarse_cum
        return j - i if cum is None else cum[j] - cum[i]

    def is_coarse(self, k: int) -> bool:
        return self.flags is not None and self.flags[k]

    def groups_in(self, a: float, b: float) -> list[SpanGroup]:
        """Groups whose interval overlaps [a, b), by start."""
        lo = bisect_left(self.group_starts, a - self.longest)
        hi = bisect_left(self.group_starts, b)
        return [g for g in self.groups[lo:hi] if g.end + 1 > a]


@dataclass(slots=True)
class Histogram:
    unit: str
    bounds: list[int]  # len(counts) + 1 boundaries (ordinals)
    counts: list[float]
    peak: float

    def slice(self, a: float, b: float) -> range:
        """Indices of the buckets that overlap [a, b)."""
        i = max(0, bisect_right(self.bounds, a) - 1)
        j = min(len(self.counts), bisect_left(self.bounds, b))
        return range(i, max(i, j))


class TimelineIndex:
    """The rows of one filter, sorted once; every query after that is a bisection or a slice.

    ``rows`` holds the dated rows in axis order and ``keys`` their ``day_start + day_end`` (twice
    the middle day; what :func:`bisect.bisect_left` runs on); ``undated`` holds the ids of the
    others in the order given. Building it from 100,000 rows costs ~10 ms (one sort of nearly
    ordered integers); everything else is built on first use.

    A large catalog is not loaded row by row: ``weights`` (parallel to the rows given) makes a row a
    *summary row*, standing for that many photographs with the same interval (its id is one of
    them: the cluster's cover); counts, histograms and span groups then add weights, and the layout
    shows a cell of summary rows as a cluster.
    """

    __slots__ = (
        "_bounds",
        "_cum",
        "_hist",
        "_ids",
        "_parts",
        "_pos",
        "_spans",
        "keys",
        "rows",
        "undated",
        "weights",
    )

    def __init__(self, rows: Sequence[Row] = (), weights: Sequence[int] | None = None) -> None:
        if weights is not None:
            rows = [(*r[:4], w) for r, w in zip(rows, weights, strict=True)]  # type: ignore[misc]
        n = len(rows)
        lo, hi = 0, n
        while lo < n and rows[lo][1] is None:  # SQLite sorts NULL first, PostgreSQL last
            lo += 1
        while hi > lo and rows[hi - 1][1] is None:
            hi -= 1
        dated = list(rows[lo:hi])
        self.undated: list[int] = [r[0] for r in rows[:lo]] + [r[0] for r in rows[hi:]]
        try:
            keys = [r[1] + r[2] for r in dated]  # type: ignore[operator]
        except TypeError:  # undated rows among the dated ones: the input was not in timeline order
            self.undated += [r[0] for r in dated if r[1] is None]
            dated = [r for r in dated if r[1] is not None]
            keys = [r[1] + r[2] for r in dated]  # type: ignore[operator]
        # Rows come ordered by day_start; the middles are nearly ordered too, which timsort likes.
        order = sorted(range(len(keys)), key=keys.__getitem__)
        ordered = list(map(dated.__getitem__, order))
        self.weights: list[int] | None = None
        if weights is not None:
            self.weights = [r[4] for r in ordered]  # type: ignore[misc]
            ordered = [r[:4] for r in ordered]
        self.rows: list[Row] = ordered
        keys.sort()
        self.keys: list[int] = keys
        self._cum: list[int] | None = None
        self._hist: dict[str, Histogram] = {}
        self._pos: dict[int, int] | None = None
        self._ids: list[int] | None = None
        self._bounds: tuple[int, int] | None = None
        self._parts: dict[int, Partition] = {}
        self._spans: list[int] | None = None

    @classmethod
    def _ordered(
        cls, rows: list[Row], keys: list[int], weights: list[int], undated: list[int]
    ) -> TimelineIndex:
        """An index of dated ``rows`` already in axis order (``keys``: their ``day_start + day_end``,
        sorted), each standing for its weight: what :meth:`__init__` makes of them, without its
        passes over the rows (:func:`summary_index`)."""
        self = cls.__new__(cls)
        self.undated = undated
        self.weights = weights
        self.rows = rows
        self.keys = keys
        self._cum = None
        self._hist = {}
        self._pos = None
        self._ids = None
        self._bounds = None
        self._parts = {}
        self._spans = None
        return self

    def prepare(
        self,
        histogram_units: Sequence[str] = (),
        caps: Sequence[int] = (),
        pause: Callable[[], None] = lambda: None,
    ) -> None:
        """Build now what a frame would build on first use (the days covered, the running weights,
        the interval lengths, the partitions at these precision caps and the histograms of these
        units): in the worker that made the index, so that the first frame drawing it, on the GUI
        thread, finds them made (a theme at a million photographs: ~10 ms of that frame).
        ``pause()`` is called between two of them (a worker gives way to the GUI thread's frames)."""
        if not self.rows:
            return
        self._day_bounds()
        self.cumulative()
        self.spans()
        for cap in caps:
            pause()
            self.partition(cap)
        for unit in histogram_units:
            if unit in HISTOGRAM_UNITS:
                pause()
                self.histogram(unit)

    def same_photos(self, other: TimelineIndex) -> bool:
        """``other`` holds the same rows, weights and undated ids in the same order: a timeline
        draws the two alike (the window's first frame, read without SQLAlchemy, and the first
        load's overview made from that same read). A comparison of lists, each stopping at its
        first difference (a million photographs, equal: ~0.4 ms)."""
        return other is self or (
            other.weights == self.weights and other.rows == self.rows and other.undated == self.undated
        )

    @property
    def ids(self) -> list[int]:
        """Ids of the dated photographs in axis order."""
        if self._ids is None:
            self._ids = [r[0] for r in self.rows]
        return self._ids

    @property
    def first_day(self) -> int | None:
        return self._day_bounds()[0] if self.rows else None

    @property
    def last_day(self) -> int | None:
        return self._day_bounds()[1] if self.rows else None

    def _day_bounds(self) -> tuple[int, int]:
        if self._bounds is None:
            self._bounds = (min(map(_START, self.rows)), max(map(_END, self.rows)))
        return self._bounds

    def __len__(self) -> int:
        return len(self.rows) + len(self.undated)

    @property
    def n_dated(self) -> int:
        return len(self.rows)

    @property
    def summarised(self) -> bool:
        """Some rows stand for several photographs (see the class documentation)."""
        return self.weights is not None

    def cumulative(self) -> list[int]:
        """Photographs before each dated row (and the total last): ``weight(i, j)`` in O(1)."""
        if self._cum is None:
            self._cum = [0, *accumulate(self.weights)] if self.weights is not None else []
        return self._cum

    def weight(self, i: int, j: int) -> int:
        """Photographs in the dated rows [i, j)."""
        if self.weights is None:
            return j - i
        cum = self.cumulative()
        return cum[j] - cum[i]

    def weight_at(self, k: int) -> int:
        return 1 if self.weights is None else self.weights[k]

    @property
    def n_photos_dated(self) -> int:
        return self.weight(0, len(self.rows))

    @property
    def total(self) -> int:
        """Every photograph shown, dated and undated (summary rows counted by their weights)."""
        return self.n_photos_dated + len(self.undated)

    def span(self, k: int) -> tuple[int, int]:
        r = self.rows[k]
        return r[1], r[2]  # type: ignore[return-value]

    def middle(self, k: int) -> float:
        return self.keys[k] / 2

    def range_indices(self, a: float, b: float) -> tuple[int, int]:
        """(i, j): the dated photographs whose middle day lies in [a, b)."""
        return bisect_left(self.keys, 2 * a), bisect_left(self.keys, 2 * b)

    def count(self, a: float, b: float) -> int:
        i, j = self.range_indices(a, b)
        return self.weight(i, j)

    def ordered_ids(self) -> list[int]:
        """Every id in time order: the dated ones by the middle of their interval, then the undated."""
        return self.ids + self.undated

    def position(self, photo_id: int) -> int | None:
        """The place of ``photo_id`` in :meth:`ordered_ids` (``None`` if absent). The id → place map
        is built on first use, not on every filter change."""
        if self._pos is None:
            self._pos = {pid: k for k, pid in enumerate(self.ordered_ids())}
        return self._pos.get(photo_id)

    def id_at(self, pos: int) -> int:
        n = len(self.rows)
        return self.rows[pos][0] if pos < n else self.undated[pos - n]

    def nearest(self, day: float) -> int | None:
        """The index of the dated photograph whose middle is nearest to ``day``."""
        if not self.rows:
            return None
        k = bisect_left(self.keys, 2 * day)
        if k >= len(self.keys):
            return len(self.keys) - 1
        if k > 0 and 2 * day - self.keys[k - 1] < self.keys[k] - 2 * day:
            return k - 1
        return k

    def spans(self) -> list[int]:
        """``day_end - day_start`` (interval length in days, minus one) in axis order; built on
        first use."""
        if self._spans is None:
            self._spans = list(map(sub, map(_END, self.rows), map(_START, self.rows)))
        return self._spans

    def partition(self, cap: int) -> Partition:
        """The photographs at most ``cap`` days imprecise, and the others grouped by interval.
        Built once per cap (one pass over the rows, then one over the imprecise ones)."""
        part = self._parts.get(cap)
        if part is not None:
            return part
        spans = self.spans()
        if cap >= NO_CAP or not spans or max(spans) < cap:
            part = Partition(cap, None, [], [], [], 0)
        else:
            keys, rows, weights = self.keys, self.rows, self.weights
            flags = list(map(cap.__le__, spans))  # longer than cap days; C-level, no Python loop
            coarse = list(compress(range(len(spans)), flags))
            by_interval: dict[tuple[int, int, int], list[int]] = {}
            for k in coarse:
                r = rows[k]
                by_interval.setdefault((r[1], r[2], int(r[3])), []).append(k)  # type: ignore[arg-type]
            if weights is None:
                groups = [SpanGroup(s, e, ap, m) for (s, e, ap), m in sorted(by_interval.items())]
                coarse_cum = None
            else:
                groups = [
                    SpanGroup(s, e, ap, m, sum(map(weights.__getitem__, m)))
                    for (s, e, ap), m in sorted(by_interval.items())
                ]
                coarse_cum = [0, *accumulate(map(weights.__getitem__, coarse))]
            part = Partition(
                cap,
                flags,
                list(map(keys.__getitem__, coarse)),
                groups,
                [g.start for g in groups],
                max((g.end - g.start + 1 for g in groups), default=0),
                coarse_cum,
            )
        self._parts[cap] = part
        return part

    def histogram(self, unit: str) -> Histogram:
        """Photographs per "decade", "year" or "month" over the whole archive, built once per unit.

        A photograph whose interval fits the bucket counts where its middle falls (one bisection
        per bucket); a longer one ("1985" in a histogram of months, "vers 1985", "198X") is spread
        evenly over its interval, so that no month gets the whole of an imprecise year."""
        h = self._hist.get(unit)
        if h is None:
            u = HISTOGRAM_UNITS[unit]
            if not self.rows:
                h = Histogram(unit, [], [], 0)
            else:
                part = self.partition(precision_cap(u.length))
                lo = min(self.keys[0] / 2, part.group_starts[0] if part.groups else self.keys[0] / 2)
                hi = max(self.keys[-1] / 2, max((g.end for g in part.groups), default=0))
                bounds = u.boundaries(lo, hi + 1)
                if self.weights is None:
                    cuts = [
                        bisect_left(self.keys, 2 * b) - bisect_left(part.coarse_keys, 2 * b) for b in bounds
                    ]
                else:
                    cum, ccum = self.cumulative(), part.coarse_cum or [0]
                    cuts = [
                        cum[bisect_left(self.keys, 2 * b)] - ccum[bisect_left(part.coarse_keys, 2 * b)]
                        for b in bounds
                    ]
                counts: list[float] = [float(cuts[k + 1] - cuts[k]) for k in range(len(cuts) - 1)]
                for g in part.groups:
                    length = g.end + 1 - g.start
                    per_day = g.count / length
                    k = max(0, bisect_right(bounds, g.start) - 1)
                    while k < len(counts) and bounds[k] <= g.end:
                        overlap = min(bounds[k + 1], g.end + 1) - max(bounds[k], g.start)
                        if overlap > 0:
                            counts[k] += per_day * overlap
                        k += 1
                h = Histogram(unit, bounds, counts, max(counts, default=0))
            self._hist[unit] = h
        return h


def summary_index(
    summary: Sequence[tuple[int, int, int, Any, int]], rows: Sequence[Row] = (), undated: Sequence[int] = ()
) -> TimelineIndex:
    """A large catalog's index: summary rows (cover id, day_start, day_end, qualifier, photographs),
    each standing for its photographs, then photographs (one each) and undated ids. The window's
    first frame (read without SQLAlchemy) and ``services.timeline_window`` build it the same way."""
    if any(r[1] is None for r in rows):  # not the photographs of a span: sorted out the long way
        all_rows: list[Row] = [(r[0], r[1], r[2], r[3]) for r in summary]
        weights = [r[4] for r in summary]
        all_rows.extend(rows)
        weights.extend([1] * len(rows))
        index = TimelineIndex(all_rows, weights)
        # the undated ids as they are (a million photographs: 80,000 of them, which a row and a weight
        # each made ~60 ms of this, on the GUI thread for the first frame)
        index.undated.extend(undated)
        return index
    # every row dated: one sort by the middle day (nearly ordered already: by day_start), the rows
    # and weights taken in that order once (a theme at a million photographs: 12 -> 5 ms)
    # (each a pass in C: itemgetter and map, no Python frame per row)
    four = itemgetter(0, 1, 2, 3)
    given: list[Row] = list(map(four, summary))
    given.extend(map(four, rows))
    weights = list(map(_WEIGHT, summary))
    weights.extend(repeat(1, len(rows)))
    keys: list[int] = list(map(add, map(_START, given), map(_END, given)))
    order = sorted(range(len(keys)), key=keys.__getitem__)
    keys.sort()
    index = TimelineIndex._ordered(
        list(map(given.__getitem__, order)), keys, list(map(weights.__getitem__, order)), list(undated)
    )
    return index
