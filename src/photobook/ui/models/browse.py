"""What the window is showing: the filter, the photographs it selects, and the selected one.

Every query runs in the read pool under a key ("timeline", "grid", "counts", "record"), so a new
filter supersedes the results of the previous one, and typing in the search box never waits for
the database. The views (timeline, grid, filter panel, caption panel) only listen.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from photobook.core.records import PhotoRecord
from photobook.core.timeline import TimelineIndex
from photobook.db import queries
from photobook.db.queries import PhotoFilter
from photobook.services.timeline_window import DETAIL_LIMIT, Overview, load_overview, with_detail
from photobook.ui.models.vocabulary import Vocabulary, load_vocabulary
from photobook.ui.tasks import TaskManager


class Browser(QObject):
    vocabularyLoaded = Signal(object)  # Vocabulary
    filterChanged = Signal(object)  # PhotoFilter
    rowsLoaded = Signal(object)  # core.timeline.TimelineIndex of (id, day_start, day_end, approximate)
    # the same filter's index with the photographs around what is on screen read one by one (a
    # large catalog: services.timeline_window)
    detailLoaded = Signal(object)
    located = Signal(int, object, object)  # photo id, day_start, day_end (a photo the view must find)
    idsLoaded = Signal(object, object)  # ids in timeline order (undated last), {id: row}
    countsLoaded = Signal(object, object)  # {theme slug: n}, {reign slug: n}
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
        self._detail: tuple[float, float] | None = None  # days read one by one (or asked for)
        self.ids: list[int] = []
        self.index: dict[int, int] = {}
        self.theme_counts: dict[str, int] = {}
        self.reign_counts: dict[str, int] = {}
        self.selected: int | None = None
        self.record: PhotoRecord | None = None
        self.problems: list[dict[str, Any]] = []
        self.loads = 0  # completed timeline loads (tests and the screenshot wait on it)
        self._throttle = QTimer(self, singleShot=True, interval=700)
        self._throttle.timeout.connect(self._reload_now)

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
        # the timeline's index (rows sorted for bisection, or a large catalog's overview) is built
        # here, in the worker
        self.tasks.read(lambda s: load_overview(s, f), self._on_overview, key="timeline")
        self.tasks.read(lambda s: _ids_and_index(s, f), self._on_ids, key="grid")
        self.tasks.read(
            lambda s: (queries.theme_counts(s, f), queries.reign_counts(s, f)), self._on_counts, key="counts"
        )

    def reload_soon(self) -> None:
        """Reload at most every 0.7 s (photographs arriving from the indexer)."""
        if not self._throttle.isActive():
            self._throttle.start()

    def _reload_now(self) -> None:
        self.reload()

    def check_empty(self) -> None:
        self.tasks.read(lambda s: not queries.any_photos(s), self.libraryEmpty.emit, key="empty")

    def _on_overview(self, ov: Overview) -> None:
        self.overview = ov
        self._detail = None
        self.tasks.cancel("timeline-detail")
        self.rows = ov.index
        self.loads += 1
        self.rowsLoaded.emit(ov.index)

    def want_days(self, a: float, b: float, around: float | None = None) -> None:
        """The timeline shows the days [a, b] (``around``: the selected photograph's day): read the
        photographs there one by one if the catalog is too large to hold them all, a span more on
        each side (fetched ahead for panning and zooming), if that is few enough; else only
        around the selection, so that the arrow keys step through photographs, not summaries."""
        ov = self.overview
        if ov is None or ov.complete:
            return
        span = max(b - a, 1.0)
        if self._detail is not None:
            lo, hi = self._detail
            if lo <= a - span / 2 and b + span / 2 <= hi:
                return
        window: tuple[float, float] | None = None
        for margin in (span, span / 2, 0.0):
            if ov.photos_starting(a - margin, b + margin) <= DETAIL_LIMIT:
                window = (a - margin, b + margin)
                break
        if window is None and around is not None:
            if self._detail is not None and self._detail[0] <= around <= self._detail[1]:
                return
            for half in (90.0, 30.0, 7.0):
                if ov.photos_starting(around - half, around + half) <= DETAIL_LIMIT:
                    window = (around - half, around + half)
                    break
        if window is None:
            return
        self._detail = window
        lo_day, hi_day = int(window[0]), int(window[1]) + 1
        self.tasks.read(
            lambda s: with_detail(s, ov, lo_day, hi_day),
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
            lambda s: queries.photo_day_span(s, photo_id),
            lambda days: self.located.emit(photo_id, *(days or (None, None))),
            key="locate",
        )

    def _on_ids(self, result) -> None:
        self.ids, self.index = result
        self.idsLoaded.emit(self.ids, self.index)

    def _on_counts(self, result) -> None:
        self.theme_counts, self.reign_counts = result
        self.countsLoaded.emit(self.theme_counts, self.reign_counts)

    def count(self) -> int:
        return len(self.ids)

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
        self.tasks.read(queries.problems, self._on_problems, key="problems")

    def _on_problems(self, problems: list[dict[str, Any]]) -> None:
        self.problems = problems
        self.problemsLoaded.emit(problems)


def _ids_and_index(session, f: PhotoFilter) -> tuple[list[int], dict[int, int]]:
    ids = queries.photo_ids(session, f)
    return ids, {pid: i for i, pid in enumerate(ids)}


def _record(session, photo_id: int) -> PhotoRecord | None:
    recs = queries.photo_records(session, [photo_id])
    return recs[0] if recs else None
