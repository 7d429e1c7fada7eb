"""What the window is showing: the filter, the photographs it selects, and the selected one.

Every query runs in the read pool under a key ("timeline", "grid", "counts", "record"), so a new
filter supersedes the results of the previous one, and typing in the search box never waits for
the database. The views (timeline, grid, filter panel, caption panel) only listen.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from photobook.core.filters import PhotoFilter
from photobook.core.records import PhotoRecord
from photobook.core.timeline import TimelineIndex
from photobook.ui.models.photo_list import Paged
from photobook.ui.models.vocabulary import Vocabulary, load_vocabulary
from photobook.ui.tasks import FRAME, TaskManager

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from photobook.db.fastpath import FirstView
    from photobook.services.timeline_window import KeptOverviews, Overview

COUNTS_WAIT_MS = 250  # the filter panel's counts wait at most this long for the timeline's overview

# The catalog's modules (SQLAlchemy, the models, the queries, the timeline's window) are imported
# by the functions that run in the workers, never here: the window's first frame is painted
# before they are loaded (issue 6 §7), and the GUI thread never waits for them.


class Browser(QObject):
    vocabularyLoaded = Signal(object)  # Vocabulary
    filterChanged = Signal(object)  # PhotoFilter
    rowsLoaded = Signal(object)  # core.timeline.TimelineIndex of (id, day_start, day_end, approximate)
    # the same filter's index with the photographs around what is on screen read one by one (a
    # large catalog: services.timeline_window)
    detailLoaded = Signal(object)
    located = Signal(int, object, object)  # photo id, day_start, day_end (a photo the view must find)
    pagesLoaded = Signal(object)  # a filter too large for every id: models.photo_list.Paged
    idsLoaded = Signal(object, object)  # ids in timeline order (undated last), {id: row}
    countsLoaded = Signal(object, object)  # {theme slug: n}, {reign slug: n}
    flagCountsLoaded = Signal(int, int)  # undated, with problems (queries.flag_counts)
    selectionChanged = Signal(object)  # photo id or None
    recordLoaded = Signal(object)  # the selected photo's full record (PhotoRecord) or None
    problemsLoaded = Signal(object)  # list of dicts (queries.problems)
    libraryEmpty = Signal(bool)

    def __init__(self, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.filter = PhotoFilter()
        self.vocabulary = Vocabulary()
        self.rows: TimelineIndex = TimelineIndex()
        self.overview: Overview | None = None
        self.paged: Paged | None = None  # the filter's ids are read a page at a time (a large one)
        self._detail: list[tuple[float, float]] | None = None  # days read one by one (or asked for)
        self.ids: list[int] = []
        self.index: dict[int, int] = {}
        self.theme_counts: dict[str, int] = {}
        # (themes, reigns, undated): 1 where counted one by one, k where estimated on every
        # k-th photograph found (queries.search_counts)
        self.counts_every = (1, 1, 1)
        self.reign_counts: dict[str, int] = {}
        self.selected: int | None = None
        self.record: PhotoRecord | None = None
        self.problems: list[dict[str, Any]] = []
        self.loads = 0  # completed timeline loads (tests and the screenshot wait on it)
        self._first_view: FirstView | None = None  # what the first frame read, for the first load
        # the overviews read last (the whole catalog's, the last filters'), kept while the catalog has
        # had no commit: a return to all photographs, a theme chosen again (made by a worker)
        self._kept: _Kept = _Kept()
        # what the timeline's next frame reads from an index (histogram units, precision caps): the
        # worker builds them with the index (TimelineIndex.prepare), off the GUI thread
        self.frame_needs: tuple[tuple[str, ...], tuple[int, ...]] = ((), ())
        self._throttle = QTimer(self, singleShot=True, interval=700)
        self._throttle.timeout.connect(self._reload_now)
        # the filter panel's counts are read once the timeline's overview has come (or after
        # COUNTS_WAIT_MS, if it is slow to come): the two readers share one interpreter, and counts read
        # beside the overview delayed the filtered timeline by their own CPU time
        self._counts_for: PhotoFilter | None = None
        self._counts_wait = QTimer(self, singleShot=True, interval=COUNTS_WAIT_MS)
        self._counts_wait.timeout.connect(self._read_counts)

    # --- loading ----------------------------------------------------------------------------

    def load_vocabulary(self) -> None:
        self.tasks.read(load_vocabulary, self._on_vocabulary, key="vocabulary")

    def _on_vocabulary(self, vocab: Vocabulary) -> None:
        self.vocabulary = vocab
        self.vocabularyLoaded.emit(vocab)

    def set_filter(self, f: PhotoFilter) -> None:
        if f == self.filter:
            return
        self.filter = f
        self.filterChanged.emit(f)
        self.reload()

    def set_search(self, text: str) -> None:
        self.set_filter(replace(self.filter, search=text))

    def reload(self) -> None:
        """Run the queries for the current filter; results of older filters are dropped."""
        f = self.filter
        first, self._first_view = self._first_view, None
        # the timeline's index (rows sorted for bisection, or a large catalog's overview) is built
        # here, in the worker
        kept, needs = self._kept, self.frame_needs
        self.tasks.read(lambda s: _overview(s, f, first, kept, needs), self._on_overview, key="timeline")
        # the contact sheet's ids (or its size) come from the overview (``_on_overview``): the filter is
        # read once, not a second time for the contact sheet
        self.tasks.cancel("grid")
        # the counts after the overview (``_read_counts``); an older filter's are dropped now
        self.tasks.cancel("counts")
        self._counts_for = f
        self._counts_wait.start(COUNTS_WAIT_MS)

    def _read_counts(self, after_events: bool = False) -> None:
        """The filter panel's counts for the filter chosen last, asked for once: when its overview
        has come (``after_events``: once the timeline has painted it), or when it is slow to."""
        self._counts_wait.stop()
        f, self._counts_for = self._counts_for, None
        if f is not None:
            self.tasks.read(lambda s: _counts(s, f), self._on_counts, key="counts", after_events=after_events)

    def shutdown(self) -> None:
        """The workers have stopped: let go of what was kept for them (the overviews read last and
        the connection that watches the catalog's commits)."""
        self._kept.close()

    def reload_soon(self) -> None:
        """Reload at most every 0.7 s (photographs arriving from the indexer)."""
        if not self._throttle.isActive():
            self._throttle.start()

    def _reload_now(self) -> None:
        self.reload()

    def check_empty(self) -> None:
        self.tasks.read(_no_photos, self.libraryEmpty.emit, key="empty")

    def show_first(self, index: TimelineIndex, view: FirstView | None = None) -> None:
        """The whole catalog's timeline read before the library was opened (the window's first
        frame): shown as rows, until the first load's overview replaces it. ``view``: what it was
        made from, which the first load uses if the catalog has not changed since."""
        self._first_view = view
        self.rows = index
        self.rowsLoaded.emit(index)

    def _on_overview(self, ov: Overview) -> None:
        self.overview = ov
        self._detail = None
        self.tasks.cancel("timeline-detail")
        # the contact sheet's ids, sorted in a worker from the rows just read (or a large filter's size,
        # summed from its overview): asked before the timeline's detail, which its rows will ask for
        self.tasks.read(lambda: _ids_from_overview(ov), self._on_ids, key="grid", session=False)
        self.rows = ov.index
        self.loads += 1
        self.rowsLoaded.emit(ov.index)
        self._read_counts(after_events=True)  # after the timeline's repaint with these rows

    def want_days(self, a: float, b: float, around: float | None = None, start: int | None = None) -> None:
        """The timeline shows the days [a, b] (``around``: the selected photograph's middle day,
        ``start``: its first): read the photographs there one by one if the catalog is too large
        to hold them all, a span more on each side (fetched ahead for panning and zooming), if
        that is few enough; else only around the selection, so that the arrow keys step through
        photographs, not summaries."""
        ov = self.overview
        if ov is None or ov.complete:
            return
        from photobook.services import timeline_window  # loaded by the worker that read ``ov``

        limit = timeline_window.DETAIL_LIMIT
        span = max(b - a, 1.0)
        wanted: list[tuple[float, float]] = []
        for margin in (span, span / 2, 0.0):
            if ov.photos_starting(a - margin, b + margin) <= limit:
                wanted = [(a - margin, b + margin)]
                break
        if not wanted and around is not None:
            for half in (90.0, 30.0, 7.0, 1.0):
                near = [(around - half, around + half)]
                if start is not None and not around - half <= start <= around + half:
                    near.append((start - 1.0, start + 1.0))  # a loosely dated one: its interval's start
                if sum(ov.photos_starting(lo, hi) for lo, hi in near) <= limit:
                    wanted = near
                    break
        if not wanted:
            return
        if self._detail is not None and all(
            any(lo <= x0 and x1 <= hi for lo, hi in self._detail) for x0, x1 in _inner(wanted, a, b)
        ):
            return  # what is needed is read (or asked for) already
        self._detail = wanted
        days = [(int(lo), int(hi) + 1) for lo, hi in wanted]
        needs = self.frame_needs
        self.tasks.read(
            lambda s: _prepared(timeline_window.with_detail(s, ov, days), needs),
            lambda index: self._on_detail(ov, index),
            key="timeline-detail",
        )

    def _on_detail(self, ov: Overview, index: TimelineIndex) -> None:
        if ov is not self.overview:
            return
        self.rows = index
        self.detailLoaded.emit(index)

    def locate(self, photo_id: int) -> None:
        """Where a photograph is in time (the timeline asked: it is inside a summary row)."""
        self.tasks.read(
            lambda s: _queries().photo_day_span(s, photo_id),
            lambda days: self.located.emit(photo_id, *(days or (None, None))),
            key="locate",
        )

    def _on_ids(self, result) -> None:
        if isinstance(result, Paged):
            self.paged = result
            self.ids, self.index = [], {}
            self.pagesLoaded.emit(result)
            return
        self.paged = None
        self.ids, self.index = result
        self.idsLoaded.emit(self.ids, self.index)

    def _on_counts(self, result) -> None:
        self.theme_counts, self.reign_counts, flags, self.counts_every = result
        self.countsLoaded.emit(self.theme_counts, self.reign_counts)
        self.flagCountsLoaded.emit(*flags)

    def count(self) -> int:
        return self.paged.total if self.paged is not None else len(self.ids)

    def step_from(self, photo_id: int | None, step: int, on_done) -> None:
        """A large filter (paged): the photo ``step`` places after (or before) ``photo_id`` in the
        contact sheet's order, found in the worker; ``on_done(id or None)`` on the GUI thread."""
        p = self.paged
        if p is None:
            on_done(self.neighbour(photo_id, step))
            return

        def work(s) -> int | None:
            queries = _queries()
            pos = None if photo_id is None else queries.ordered_position(s, p.filter, photo_id, p.dated)
            if pos is None:
                pos = -1 if step > 0 else p.total
            target = pos + step
            if not 0 <= target < p.total:
                return None
            ids = queries.ordered_page(s, p.filter, target, 1, p.dated)
            return ids[0] if ids else None

        self.tasks.read(work, on_done, key="step")

    def all_ids(self, on_done) -> None:
        """Every id of the filter in the contact sheet's order (``on_done(ids)``): at once when
        they are held, else read in the worker (a presentation of a large filter)."""
        if self.paged is None:
            on_done(list(self.ids))
            return
        f = self.filter
        self.tasks.read(lambda s: _queries().photo_ids(s, f), on_done, key="all-ids")

    # --- selection --------------------------------------------------------------------------

    def select(self, photo_id: int | None) -> None:
        if photo_id is not None and photo_id < 0:
            photo_id = None
        if photo_id == self.selected:
            return
        self.selected = photo_id
        self.record = None
        self.selectionChanged.emit(photo_id)
        if photo_id is None:
            self.tasks.cancel("record")
            self.recordLoaded.emit(None)
            return
        self.tasks.read(lambda s: _record(s, photo_id), self._on_record, key="record")

    def refresh_record(self) -> None:
        if self.selected is not None:
            pid = self.selected
            self.tasks.read(lambda s: _record(s, pid), self._on_record, key="record")

    def _on_record(self, record: PhotoRecord | None) -> None:
        self.record = record
        self.recordLoaded.emit(record)

    def neighbour(self, photo_id: int | None, step: int) -> int | None:
        """The photo ``step`` places after (or before) ``photo_id`` in the current order."""
        if not self.ids:
            return None
        if photo_id is None or photo_id not in self.index:
            return self.ids[0] if step > 0 else self.ids[-1]
        i = self.index[photo_id] + step
        return self.ids[i] if 0 <= i < len(self.ids) else None

    # --- index problems ---------------------------------------------------------------------

    def load_problems(self) -> None:
        self.tasks.read(lambda s: _queries().problems(s), self._on_problems, key="problems")

    def _on_problems(self, problems: list[dict[str, Any]]) -> None:
        self.problems = problems
        self.problemsLoaded.emit(problems)


def _inner(wanted: list[tuple[float, float]], a: float, b: float) -> list[tuple[float, float]]:
    """What must already be read for a request of ``wanted`` around the view [a, b] to be needless:
    the view and half a span on each side (the request's first range when it is the view's), and
    the other ranges as asked."""
    span = b - a
    first = wanted[0]
    out = [(a - span / 2, b + span / 2)] if first[0] <= a and b <= first[1] else [first]
    return out + wanted[1:]


# --- in the workers ---------------------------------------------------------------------------


def _queries():
    from photobook.db import queries

    return queries


class _Kept:
    """The window's :class:`~photobook.services.timeline_window.KeptOverviews`, made by the first
    worker that needs it (the GUI thread never imports the catalog's modules)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._it: KeptOverviews | None = None
        self._closed = False

    def get(self) -> KeptOverviews | None:
        from photobook.services.timeline_window import KeptOverviews

        with self._lock:
            if self._it is None and not self._closed:
                self._it = KeptOverviews()
            return self._it

    def close(self) -> None:
        with self._lock:
            it, self._it, self._closed = self._it, None, True
        if it is not None:
            it.close()


def _overview(
    session: Session,
    f: PhotoFilter,
    first: FirstView | None = None,
    kept: _Kept | None = None,
    needs: tuple[tuple[str, ...], tuple[int, ...]] = ((), ()),
) -> Overview:
    """The filter's overview, its index prepared for the timeline's next frame (``needs``). The one
    read last for the same filter when no commit has come since (returning to all photographs after
    a filter: a million photographs, ~0.2 s of CPU; a theme chosen again: ~0.1 s), else the first
    frame's summary (``first``) for the whole catalog when no commit has come since it was read (the
    library read once at start, not twice: issue 6)."""
    from photobook.services.timeline_window import load_overview

    read = None
    first_unchanged = None
    if first is not None and first.summary is not None and first.stamp is not None and f.is_empty():
        read = (first.summary, first.undated)
        first_unchanged = first.stamp.unchanged
    keeper = kept.get() if kept is not None else None
    if keeper is not None:
        ov = keeper.load(session, f, read, first_unchanged)
    else:
        if first_unchanged is not None and not first_unchanged():
            read = None
        ov = load_overview(session, f, read=read)
    ov.index.prepare(*needs, pause=FRAME.pause)
    return ov


def _prepared(index: TimelineIndex, needs: tuple[tuple[str, ...], tuple[int, ...]]) -> TimelineIndex:
    """``index`` with what the timeline's next frame reads from it built (in the worker)."""
    index.prepare(*needs, pause=FRAME.pause)
    return index


def _counts(
    session: Session, f: PhotoFilter
) -> tuple[dict[str, int], dict[str, int], tuple[int, int], tuple[int, int, int]]:
    """The filter panel's counts under ``f``: per theme, per reign, and its undated and flagged
    photographs (one read, one session), and how the themes, the reigns and the undated were
    counted: 1 one by one, k where estimated on every k-th photograph found (a search of many
    photographs: ``queries.search_counts``)."""
    queries = _queries()
    searched = queries.search_counts(session, f)
    if searched is not None:
        flags = queries.flag_counts(session, f, undated=searched.undated)
        every = (searched.themes_every, searched.reigns_every, searched.undated_every)
        return searched.themes, searched.reigns, flags, every
    return (
        queries.theme_counts(session, f),
        queries.reign_counts(session, f),
        queries.flag_counts(session, f),
        (1, 1, 1),
    )


def _no_photos(session: Session) -> bool:
    return not _queries().any_photos(session)


def _ids_from_overview(ov: Overview) -> tuple[list[int], dict[int, int]] | Paged:
    """The contact sheet of the filter whose overview is ``ov``, without reading the catalog again: a
    filter held whole (every photograph a row of its index) gives every id in the contact sheet's order
    (``queries.photo_ids``: the dated by day_start, day_end and id, then the undated by id); a larger
    one gives its size, summed from its summary rows and undated ids, and the contact sheet reads its
    pages when it shows them. (The ids used to be read again beside the timeline's own read: at 100,000
    photographs a theme's 7,500 photographs looked up twice, ~35-55 ms of CPU within a theme filter.)"""
    index = ov.index
    if ov.complete:
        ids = [r[0] for r in sorted(index.rows, key=itemgetter(1, 2, 0))]
        ids += sorted(index.undated)
        return ids, {pid: i for i, pid in enumerate(ids)}
    dated = ov.before[-1] if ov.before else 0
    return Paged(ov.filter, dated + len(ov.undated), dated, [])


def _record(session, photo_id: int) -> PhotoRecord | None:
    recs = _queries().photo_records(session, [photo_id])
    return recs[0] if recs else None
