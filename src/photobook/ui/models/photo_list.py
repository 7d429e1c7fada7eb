"""The contact sheet's item model: it holds only photo ids and fetches row data lazily.

Anki's browser table pattern: ``rowCount`` is the length of the id list the query returned; the
text of a row (date in words, title) is fetched in blocks, in a worker, the first time a view asks
for it, and kept in a bounded cache; ``flags()`` never fetches. Thumbnails come from the
ThumbnailCache (RAM only at paint time; missing ones are requested and arrive by ``ready``).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap

from photobook.core import dates
from photobook.core.filters import PhotoFilter
from photobook.core.records import GridRow, title_for
from photobook.ui.tasks import TaskManager

IdRole = Qt.ItemDataRole.UserRole + 1
DateRole = Qt.ItemDataRole.UserRole + 2  # the date in words, "" while not fetched
ApproximateRole = Qt.ItemDataRole.UserRole + 3
ProblemRole = Qt.ItemDataRole.UserRole + 4  # the indexer recorded a problem (a warning) for its file

BLOCK = 128  # rows fetched together
CACHE_ROWS = 20000
PAGE = 512  # ids of a large filter fetched together (a paged model)
CACHE_PAGES = 200  # pages kept: 100,000 ids at most


@dataclass(frozen=True)
class Paged:
    """A filter too large to hold every id (issue 12): its size and its first page, if that was read
    with it; every other page is read in the worker when the view looks at it
    (:meth:`PhotoListModel.set_paged`)."""

    filter: PhotoFilter
    total: int
    dated: int  # the dated ones come first (``queries.ordered_page``)
    first: list[int]  # empty: not read yet (asked for when the contact sheet shows its first rows)


def _ordered_page(session, p: Paged, page: int) -> list[int]:
    from photobook.db import queries  # in the worker

    return queries.ordered_page(session, p.filter, page * PAGE, PAGE, p.dated)


def _fetch_block(session, ids: list[int]) -> tuple[dict[int, GridRow], set[int]]:
    """The rows of a block, and which of them have an index problem (marked on the sheet)."""
    from photobook.db import queries  # in the worker

    return queries.grid_rows(session, ids), queries.problem_photo_ids(session, ids)


class PhotoListModel(QAbstractListModel):
    located = Signal(int, int)  # photo id, its row (-1: not in the filter), after locate()
    pageLoaded = Signal(int, int)  # first and last row of a page of ids that arrived

    def __init__(self, tasks: TaskManager, thumbs, parent=None, lang: str = "fr") -> None:
        super().__init__(parent)
        self._paged: Paged | None = None
        self._pages: OrderedDict[int, list[int]] = OrderedDict()
        self._pages_pending: set[int] = set()
        self.tasks = tasks
        self.thumbs = thumbs
        self.lang = lang
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._cache: OrderedDict[int, GridRow] = OrderedDict()
        self._problems: set[int] = set()  # of the rows fetched so far: marked with a warning
        self._pending_blocks: set[int] = set()
        self._queued_blocks: list[int] = []
        self._wanted_thumbs: list[int] = []
        self._generation = 0
        self._flush = QTimer(self, singleShot=True, interval=0)
        self._flush.timeout.connect(self._submit)
        if thumbs is not None:
            thumbs.ready.connect(self._on_thumb)

    # --- content ----------------------------------------------------------------------------

    def set_ids(self, ids: list[int], index: dict[int, int] | None = None) -> None:
        if ids == self._ids and self._paged is None:
            return  # the same photographs (a reload while indexing): keep the view where it is
        self.beginResetModel()
        self._paged = None
        self._pages.clear()
        self._pages_pending.clear()
        self._generation += 1
        self._ids = list(ids)
        self._rows = index if index is not None else {pid: i for i, pid in enumerate(self._ids)}
        self._pending_blocks.clear()
        self._queued_blocks.clear()
        self.endResetModel()

    def set_paged(self, paged: Paged) -> None:
        """Show a large filter: ``rowCount`` is its size, the ids arrive a page at a time."""
        self.beginResetModel()
        self._generation += 1
        self._paged = paged
        self._ids = []
        self._rows = {}
        self._pages.clear()
        self._pages_pending.clear()
        self._pending_blocks.clear()
        self._queued_blocks.clear()
        if paged.first:
            self._store_page(0, list(paged.first))
        self.endResetModel()

    def paged(self) -> Paged | None:
        return self._paged

    def locate(self, photo_id: int) -> None:
        """Find the row of a photograph not among the pages read (a paged model): answered by
        :attr:`located`, with its page read first."""
        p = self._paged
        if p is None:
            self.located.emit(photo_id, self.row_of(photo_id))
            return
        gen = self._generation

        def work(s) -> tuple[int | None, list[int]]:
            from photobook.db import queries  # in the worker

            row = queries.ordered_position(s, p.filter, photo_id, p.dated)
            if row is None:
                return None, []
            page = row // PAGE
            return row, queries.ordered_page(s, p.filter, page * PAGE, PAGE, p.dated)

        def done(result: tuple[int | None, list[int]]) -> None:
            if gen != self._generation:
                return
            row, ids = result
            if row is not None:
                self._page_arrived(row // PAGE, ids)
            self.located.emit(photo_id, -1 if row is None else row)

        self.tasks.read(work, done, key="grid-locate")

    def _store_page(self, page: int, ids: list[int]) -> None:
        self._pages[page] = ids
        self._pages.move_to_end(page)
        for k, pid in enumerate(ids):
            self._rows[pid] = page * PAGE + k
        while len(self._pages) > CACHE_PAGES:
            _old, gone = self._pages.popitem(last=False)
            for pid in gone:
                self._rows.pop(pid, None)

    def _want_page(self, page: int) -> None:
        p = self._paged
        if p is None or page in self._pages_pending:
            return
        self._pages_pending.add(page)
        gen = self._generation
        self.tasks.read(
            lambda s: _ordered_page(s, p, page),
            lambda ids: gen == self._generation and self._page_arrived(page, ids),
        )

    def _page_arrived(self, page: int, ids: list[int]) -> None:
        self._pages_pending.discard(page)
        self._store_page(page, ids)
        first = page * PAGE
        last = min(self.rowCount(), first + len(ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, 0), [])
            self.pageLoaded.emit(first, last)

    def set_language(self, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            self._all_changed([Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, DateRole])

    def invalidate(self) -> None:
        """Forget fetched row data (captions were edited, photos re-indexed)."""
        self._cache.clear()
        self._generation += 1
        self._pending_blocks.clear()
        self._all_changed([])

    def ids(self) -> list[int]:
        return self._ids

    def id_at(self, row: int) -> int | None:
        if self._paged is not None:
            if not 0 <= row < self._paged.total:
                return None
            page = self._pages.get(row // PAGE)
            if page is None:
                self._want_page(row // PAGE)
                return None
            k = row % PAGE
            return page[k] if k < len(page) else None
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, photo_id: int | None) -> int:
        return self._rows.get(photo_id, -1) if photo_id is not None else -1

    def index_of(self, photo_id: int | None) -> QModelIndex:
        row = self.row_of(photo_id)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    def cached(self, photo_id: int) -> GridRow | None:
        return self._cache.get(photo_id)

    # --- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return self._paged.total if self._paged is not None else len(self._ids)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        pid = self.id_at(index.row())
        if pid is None:  # out of range, or its page is on its way
            return None
        if role == IdRole:
            return pid
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(pid)
        if role == ProblemRole:
            return pid in self._problems
        if role in (
            Qt.ItemDataRole.DisplayRole,
            DateRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
            ApproximateRole,
        ):
            rec = self._cache.get(pid)
            if rec is None:
                self._want(index.row())
                return False if role == ApproximateRole else ""
            if role == ApproximateRole:
                return rec.approximate
            when = dates.in_words(rec.date, self.lang)
            if role in (Qt.ItemDataRole.DisplayRole, DateRole):
                return when
            title = title_for(rec, self.lang)[:300]  # a tooltip line, whatever the catalog holds
            return " — ".join(x for x in (title, when, rec.place) if x)
        return None

    # --- lazy fetch ---------------------------------------------------------------------------

    def _want(self, row: int) -> None:
        block = row // BLOCK
        if block in self._pending_blocks:
            return
        self._pending_blocks.add(block)
        self._queued_blocks.append(block)
        self._flush.start()

    def _submit(self) -> None:
        gen = self._generation
        for block in self._queued_blocks:
            rows = range(block * BLOCK, min((block + 1) * BLOCK, self.rowCount()))
            ids = [pid for pid in (self.id_at(r) for r in rows) if pid is not None]
            if not ids:
                continue
            self.tasks.read(
                lambda s, ids=ids: _fetch_block(s, ids),
                lambda res, block=block, gen=gen: self._on_block(block, gen, res),
            )
        self._queued_blocks.clear()

    def _on_block(self, block: int, generation: int, result: tuple[dict[int, GridRow], set[int]]) -> None:
        if generation != self._generation:
            return
        records, problems = result
        self._problems.difference_update(records)
        self._problems.update(problems)
        self._cache.update(records)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        first = block * BLOCK
        last = min(self.rowCount(), first + BLOCK) - 1
        if last >= first:
            self.dataChanged.emit(
                self.index(first, 0),
                self.index(last, 0),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, DateRole, ProblemRole],
            )

    def _thumbnail(self, pid: int) -> QPixmap | None:
        if self.thumbs is None:
            return None
        pix = self.thumbs.pixmap(pid)
        if pix is None:
            if not self._wanted_thumbs:
                QTimer.singleShot(0, self._request_thumbs)
            self._wanted_thumbs.append(pid)
        return pix

    def _request_thumbs(self) -> None:
        wanted, self._wanted_thumbs = self._wanted_thumbs, []
        if wanted and self.thumbs is not None:
            self.thumbs.request(list(dict.fromkeys(wanted)))

    def _on_thumb(self, pid: int) -> None:
        row = self._rows.get(pid)
        if row is not None:
            idx = self.index(row, 0)
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])

    def _all_changed(self, roles: list[int]) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0), roles)
