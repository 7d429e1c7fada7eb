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
from photobook.ui.models.vocabulary import Vocabulary, load_vocabulary
from photobook.ui.tasks import TaskManager


class Browser(QObject):
    vocabularyLoaded = Signal(object)  # Vocabulary
    filterChanged = Signal(object)  # PhotoFilter
    rowsLoaded = Signal(object)  # core.timeline.TimelineIndex of (id, day_start, day_end, approximate)
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
        # the timeline's index (rows sorted for bisection) is built here, in the worker
        self.tasks.read(lambda s: TimelineIndex(queries.timeline_rows(s, f)), self._on_rows, key="timeline")
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

    def _on_rows(self, rows) -> None:
        self.rows = rows
        self.loads += 1
        self.rowsLoaded.emit(rows)

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
