"""What the timeline draws, read from the catalog a window at a time (issue 12: a million photographs).

A filter of up to :data:`ROWS_LIMIT` photographs is read whole, one row per photograph, as before:
every zoom then shows every photograph. A larger one is read as its *overview*: one summary row per
date interval (:func:`photobook.db.queries.timeline_summary`, ~20,000 rows for a million
photographs) with the number of photographs it stands for, and the undated ids. Counts per decade,
year, month or day, histograms, clusters and their covers all come from it. The photographs
themselves are read only for the days around what is on screen (:func:`with_detail`), at most
:data:`DETAIL_LIMIT` of them, and merged into the overview: the summary rows of those days are
replaced by their photographs.

Everything here runs in a worker thread (``ui.tasks``); the window swaps in the index it returns.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter

from sqlalchemy.orm import Session

from photobook.core.timeline_buckets import Row, TimelineIndex, summary_index
from photobook.db import queries
from photobook.db.fastpath import CatalogWatch
from photobook.db.queries import PhotoFilter, SummaryRow

ROWS_LIMIT = 50_000  # up to this many photographs, every row is read (as before issue 12)
DETAIL_LIMIT = 20_000  # photographs read around what is on screen, at most


@dataclass(frozen=True)
class Overview:
    """One filter's timeline: ``index`` is what is drawn until photographs in view arrive."""

    filter: PhotoFilter
    index: TimelineIndex
    summary: list[SummaryRow] | None = None  # None: ``index`` holds every photograph
    starts: list[int] = field(default_factory=list)  # the summary rows' day_start, in order
    before: list[int] = field(default_factory=list)  # photographs in the summary rows before each
    undated: list[int] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.summary is None

    def photos_starting(self, first_day: float, last_day: float) -> int:
        """Photographs whose interval starts in [first_day, last_day] (what :func:`with_detail`
        would read for those days)."""
        if self.summary is None:
            return 0
        i = bisect_left(self.starts, first_day)
        j = bisect_right(self.starts, last_day)
        return self.before[j] - self.before[i]


def load_overview(
    session: Session,
    f: PhotoFilter,
    rows_limit: int | None = None,
    read: tuple[list[SummaryRow], list[int]] | None = None,
) -> Overview:
    """The filter's timeline: every row when it holds at most ``rows_limit`` photographs (default
    :data:`ROWS_LIMIT`), else its overview (see the module documentation). ``read``: the filter's
    summary and undated ids, already read from an unchanged catalog (the window's first frame,
    ``db.fastpath.first_view``): its overview is made from them instead of reading them again."""
    limit = ROWS_LIMIT if rows_limit is None else rows_limit
    if read is not None:
        summary, undated = read
        return _overview(f, _qualifiers_apart(session, f, summary), undated)
    # how many it holds: a lookup where the summaries can say (all photographs, statuses, one theme:
    # a theme of 7,500 at 100,000 photographs is read row by row without reading its summary first)
    known = queries.summary_count(session, f)
    if known is not None and known <= limit:
        rows = queries.timeline_rows_limited(session, f, limit)
        if rows is not None:
            return Overview(f, TimelineIndex(rows))
    summary = queries.timeline_summary(session, f)  # else first: it says how many are dated
    if known is None and sum(r[4] for r in summary) <= limit:
        rows = queries.timeline_rows_limited(session, f, limit)
        if rows is not None:
            return Overview(f, TimelineIndex(rows))
    summary = _qualifiers_apart(session, f, summary)
    return _overview(f, summary, queries.timeline_undated_ids(session, f))


class KeptOverviews:
    """The overviews read last, kept while the catalog has had no commit (SQLite:
    :class:`~photobook.db.fastpath.CatalogWatch`; on PostgreSQL each is read again every time): the
    whole catalog's, for the next return to "all photographs" (a million photographs: ~0.2 s of CPU and
    a walk of the day index saved each time a filter is cleared), and the :data:`KEEP` filters chosen
    last (a theme chosen again is drawn at once, not read again). Asked from the workers; one per
    window."""

    KEEP = 4  # filters kept besides the whole catalog, at most
    # and the rows of their indexes together, at most: ~330 bytes a row (a theme at a million
    # photographs: 17,700 summary rows and undated ids, 6 MB), so about 20 MB in all
    KEEP_ROWS = 60_000

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._watch: CatalogWatch | None = None
        self._watched = False
        self._version: int | None = None  # the catalog's version before the overviews kept were read
        self._kept: OrderedDict[PhotoFilter, Overview] = OrderedDict()  # the oldest first

    def load(
        self,
        session: Session,
        f: PhotoFilter,
        first: tuple[list[SummaryRow], list[int]] | None = None,
        first_unchanged: Callable[[], bool] | None = None,
    ) -> Overview:
        """:func:`load_overview` of ``f``, or the one kept if no commit came since it was read.
        ``first``: the summary and undated ids of the whole catalog that the window's first frame read,
        used when ``first_unchanged()`` says no commit came since (asked after the version is taken, so
        that a commit in between counts as a change)."""
        version = self._version_now(session)
        with self._lock:
            if version is None or version != self._version:
                self._kept.clear()
            kept = self._kept.get(f)
        if kept is not None:
            return kept
        read = None
        if f.is_empty() and first is not None and first_unchanged is not None and first_unchanged():
            read = first
        ov = load_overview(session, f, read=read)
        if version is not None and not f.extra:  # (``extra`` is no part of a filter's key)
            with self._lock:
                if version != self._version:
                    self._kept.clear()
                    self._version = version
                self._kept[f] = ov
                self._kept.move_to_end(f)
                self._evict()
        return ov

    def _evict(self) -> None:
        """The oldest filters let go until :data:`KEEP` and :data:`KEEP_ROWS` hold (the whole
        catalog's overview is always kept). Under the lock."""
        filtered = [(k, len(ov.index)) for k, ov in self._kept.items() if not k.is_empty()]
        count, rows = len(filtered), sum(n for _k, n in filtered)
        for k, n in filtered:
            if count <= self.KEEP and rows <= self.KEEP_ROWS:
                break
            del self._kept[k]
            count, rows = count - 1, rows - n

    def _version_now(self, session: Session) -> int | None:
        with self._lock:
            if not self._watched:
                self._watched = True
                self._watch = queries.catalog_watch(session)
            watch = self._watch
        return watch.version() if watch is not None else None

    def close(self) -> None:
        with self._lock:
            watch, self._watch = self._watch, None
            self._kept.clear()
        if watch is not None:
            watch.close()


def _overview(f: PhotoFilter, summary: list[SummaryRow], undated: list[int]) -> Overview:
    """The overview of a filter too large for every row, from its summary and undated ids."""
    before = [0, *accumulate(map(itemgetter(4), summary))]
    starts = list(map(itemgetter(1), summary))
    return Overview(f, _index(summary, [], undated), summary, starts, before, undated)


def _qualifiers_apart(session: Session, f: PhotoFilter, summary: list[SummaryRow]) -> list[SummaryRow]:
    """The summary with "1981?" (uncertain) and "1981%" apart from "1981~" (about): the catalog
    groups them under its one "not exact" flag; the small-catalog path reads each photograph's
    qualifier, and so the timeline draws them as two groups with two labels on both paths. Each
    group keeps a cover of its own and the number of photographs it stands for."""
    apart = queries.timeline_qualified_apart(session, f)
    if not apart:
        return summary
    moved: dict[tuple[int, int], list[int]] = {}  # (day_start, day_end) -> the ids drawn apart
    groups: dict[tuple[int, int, int], list[int]] = {}  # (day_start, day_end, code) -> ids
    for pid, d0, d1, code in apart:
        moved.setdefault((d0, d1), []).append(pid)
        groups.setdefault((d0, d1, code), []).append(pid)
    out: list[SummaryRow] = []
    for cover, d0, d1, approx, n in summary:
        ids = moved.get((d0, d1)) if approx else None
        if not ids:
            out.append((cover, d0, d1, int(approx), n))
            continue
        left = n - len(ids)
        if left > 0:  # the "~" photographs of the interval, under a cover that is one of them
            if cover in ids:
                cover = queries.timeline_group_cover(session, f, d0, d1, ids) or cover
            out.append((cover, d0, d1, 1, left))
        for code in (2, 3):  # then "?" and "%", in the order of the codes (as the rows sort)
            mine = groups.get((d0, d1, code))
            if mine:
                out.append((min(mine), d0, d1, code, len(mine)))
    return out


def with_detail(session: Session, ov: Overview, days: list[tuple[int, int]]) -> TimelineIndex:
    """The overview with the photographs whose interval starts in one of ``days`` (ranges
    [first_day, last_day]) read one by one (at most :data:`DETAIL_LIMIT` together; the caller
    picks days that hold fewer)."""
    if ov.summary is None:
        return ov.index
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(days):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    rows: list[Row] = []
    kept: list[SummaryRow] = []
    done = 0
    for lo, hi in merged:
        rows.extend(queries.timeline_span_rows(session, ov.filter, lo, hi))
        i, j = bisect_left(ov.starts, lo), bisect_right(ov.starts, hi)
        kept.extend(ov.summary[done:i])
        done = j
    kept.extend(ov.summary[done:])
    return _index(kept, rows, ov.undated)


def _index(summary: list[SummaryRow], rows: list[Row], undated: list[int]) -> TimelineIndex:
    """Summary rows (each standing for its photographs), photographs (one each) and undated ids."""
    return summary_index(summary, rows, undated)
