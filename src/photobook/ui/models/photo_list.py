"""The contact sheet's item model: it holds only photo ids and fetches row data lazily.

Anki's browser table pattern: ``rowCount`` is the length of the id list the query returned; the
text of a row (date in words, title) is fetched in blocks, in a worker, the first time a view asks
for it, and kept in a bounded cache; ``flags()`` never fetches. Thumbnails come from the
ThumbnailCache (RAM only at paint time; missing ones are requested and arrive by ``ready``).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QPixmap

from photobook.core import dates
from photobook.core.records import GridRow, title_for
from photobook.db import queries
from photobook.ui.tasks import TaskManager

IdRole = Qt.ItemDataRole.UserRole + 1
DateRole = Qt.ItemDataRole.UserRole + 2  # the date in words, "" while not fetched
ApproximateRole = Qt.ItemDataRole.UserRole + 3

BLOCK = 128  # rows fetched together
CACHE_ROWS = 20000


def _fetch_block(session, ids: list[int]) -> dict[int, GridRow]:
    return queries.grid_rows(session, ids)


class PhotoListModel(QAbstractListModel):
    def __init__(self, tasks: TaskManager, thumbs, parent=None, lang: str = "fr") -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.thumbs = thumbs
        self.lang = lang
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._cache: OrderedDict[int, GridRow] = OrderedDict()
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
        if ids == self._ids:
            return  # the same photographs (a reload while indexing): keep the view where it is
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._rows = index if index is not None else {pid: i for i, pid in enumerate(self._ids)}
        self._pending_blocks.clear()
        self._queued_blocks.clear()
        self.endResetModel()

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
        return 0 if parent.isValid() else len(self._ids)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._ids):
            return None
        pid = self._ids[index.row()]
        if role == IdRole:
            return pid
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(pid)
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
            ids = self._ids[block * BLOCK : (block + 1) * BLOCK]
            if not ids:
                continue
            self.tasks.read(
                lambda s, ids=ids: _fetch_block(s, ids),
                lambda res, block=block, gen=gen: self._on_block(block, gen, res),
            )
        self._queued_blocks.clear()

    def _on_block(self, block: int, generation: int, records: dict[int, GridRow]) -> None:
        if generation != self._generation:
            return
        self._cache.update(records)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        first = block * BLOCK
        last = min(len(self._ids), first + BLOCK) - 1
        if last >= first:
            self.dataChanged.emit(
                self.index(first, 0),
                self.index(last, 0),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, DateRole],
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
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0), roles)
