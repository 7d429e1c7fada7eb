"""The contact sheet: the current filter in date order, as a grid of prints with their dates.

A QListView in icon mode over PhotoListModel (ids only, data fetched lazily); uniform item sizes
so that the view never measures 100,000 rows; the delegate paints only what is cached.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from photobook.ui.models.photo_list import ApproximateRole, DateRole, IdRole, PhotoListModel, ProblemRole

MIN_ICON, MAX_ICON = 96, 400


class GridDelegate(QStyledItemDelegate):
    def __init__(self, view: GridView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return self.view.cell_size()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        r: QRect = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if selected:
            painter.fillRect(r, QColor("#e7dccb"))
        s = self.view.icon_px
        img_rect = QRect(r.x() + (r.width() - s) // 2, r.y() + 6, s, self.view.image_height())
        pix = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pix, QPixmap) and not pix.isNull():
            scaled = pix.size().scaled(img_rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, scaled.width(), scaled.height())
            target.moveCenter(img_rect.center())
            target.moveBottom(img_rect.bottom())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.fillRect(target.adjusted(2, 3, 2, 3), QColor(0, 0, 0, 40))  # a print's shadow
            painter.drawPixmap(target, pix)
        else:
            ph = QRect(0, 0, s if index.row() % 3 else img_rect.height() * 2 // 3, img_rect.height() * 3 // 4)
            ph.moveCenter(img_rect.center())
            ph.moveBottom(img_rect.bottom())
            painter.fillRect(ph, QColor("#ddd6ca"))
        text = index.data(DateRole) or ""
        approx = bool(index.data(ApproximateRole))
        text_rect = QRect(r.x() + 2, img_rect.bottom() + 4, r.width() - 4, r.bottom() - img_rect.bottom() - 4)
        font = QFont(option.font)
        font.setItalic(approx)
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text) if not approx else QColor("#6b645a"))
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, elided)
        if index.data(ProblemRole):  # the indexer had a problem with this file: a warning mark
            self._warning_mark(painter, img_rect)
        if selected or focused:
            pen = QPen(QColor("#8c2f39") if selected else QColor("#b8ab97"), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(r).adjusted(1, 1, -1, -1))
        painter.restore()

    @staticmethod
    def _warning_mark(painter: QPainter, img_rect: QRect) -> None:
        """An amber triangle with "!" in the print's top corner (the leading one: left, or right in
        Arabic), drawn, not a font glyph, so that every font shows it."""
        side = max(16, min(26, img_rect.height() // 6))
        rtl = painter.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = img_rect.right() - side - 2 if rtl else img_rect.left() + 2
        y = img_rect.top() + 2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor("#5a3d00"), 1.2))
        painter.setBrush(QColor("#f2b233"))
        painter.drawPolygon(
            QPolygonF(
                [QPointF(x + side / 2, y), QPointF(x + side, y + side * 0.9), QPointF(x, y + side * 0.9)]
            )
        )
        painter.setPen(QPen(QColor("#2b1d00"), max(1.6, side / 10)))
        cx = x + side / 2
        painter.drawLine(QPointF(cx, y + side * 0.3), QPointF(cx, y + side * 0.6))
        painter.drawPoint(QPointF(cx, y + side * 0.75))


class GridView(QListView):
    selectionChangedTo = Signal(object)  # photo id or None
    activatedPhoto = Signal(int)
    # every selected photo id, in time order (Ctrl/Shift-click, Ctrl+A, rubber band): batch edits
    selectedIdsChanged = Signal(object)

    def __init__(self, model: PhotoListModel, parent=None, icon_px: int = 180) -> None:
        super().__init__(parent)
        self.setObjectName("gridView")
        self.icon_px = icon_px
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        # Batched: 100,000 prints are laid out in slices between events (a single pass would hold
        # the GUI thread for ~0.4 s); a selection made meanwhile is scrolled to when it is placed.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(2000)
        self._scroll_to: int | None = None
        self._locating: int | None = None  # a photo asked of a paged model, not among its pages
        self._current_pending = False  # the current row's id was on its way (a paged model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # a stable width to share
        self.setSpacing(0)
        self.setWordWrap(False)
        self.setItemDelegate(GridDelegate(self))
        self.setModel(model)
        self._relayout()
        self.selectionModel().currentChanged.connect(self._on_current)
        self.selectionModel().selectionChanged.connect(
            lambda *_a: self.selectedIdsChanged.emit(self.selected_ids())
        )
        self.activated.connect(self._on_activated)
        model.located.connect(self._on_located)
        model.pageLoaded.connect(self._on_page_loaded)

    def photo_model(self) -> PhotoListModel:
        return self.model()  # type: ignore[return-value]

    def set_icon_px(self, px: int) -> None:
        px = max(MIN_ICON, min(MAX_ICON, px))
        if px != self.icon_px:
            self.icon_px = px
            self._relayout()

    def zoom_in(self) -> None:
        self.set_icon_px(int(self.icon_px * 1.25))

    def zoom_out(self) -> None:
        self.set_icon_px(int(self.icon_px / 1.25))

    def image_height(self) -> int:
        return round(self.icon_px * 0.8)  # 5:4 cells: landscape prints fill them, portraits stand in them

    def cell_size(self) -> QSize:
        """The cells share the width evenly, so that the sheet has no ragged empty margin."""
        want = self.icon_px + 20
        width = max(want, self.viewport().width() - 1)
        cols = max(1, width // want)
        return QSize(width // cols, self.image_height() + 16 + self.fontMetrics().height() + 10)

    def _relayout(self) -> None:
        size = self.cell_size()
        if size != self.gridSize():
            self.setGridSize(size)
            self.scheduleDelayedItemsLayout()
            if self.currentIndex().isValid():  # keep the selected print in view across the relayout
                QTimer.singleShot(0, self, self._rearm_scroll)  # not after the sheet is gone

    def _rearm_scroll(self) -> None:
        if self.currentIndex().isValid():
            self._scroll_to = self.currentIndex().data(IdRole)
            self._scroll_if_placed()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def select(self, photo_id: int | None) -> None:
        idx = self.photo_model().index_of(photo_id)
        if not idx.isValid():
            if photo_id is not None and self.photo_model().paged() is not None:
                # a large filter: its row is asked of the catalog; selected when it answers
                self._locating = photo_id
                self.photo_model().locate(photo_id)
                return
            self.selectionModel().clear()
            return
        self._locating = None
        if self.currentIndex() != idx:
            self.selectionModel().setCurrentIndex(idx, self.selectionModel().SelectionFlag.ClearAndSelect)
        self._scroll_to = photo_id
        self._scroll_if_placed()

    def _scroll_if_placed(self) -> None:
        idx = self.photo_model().index_of(self._scroll_to)
        if not idx.isValid():
            self._scroll_to = None
            return
        if self.visualRect(idx).isValid():
            self.scrollTo(
                idx,
                QAbstractItemView.ScrollHint.PositionAtCenter
                if not self.viewport().rect().intersects(self.visualRect(idx))
                else QAbstractItemView.ScrollHint.EnsureVisible,
            )
            self._scroll_to = None

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._relayout()  # the viewport changed width (a scroll bar came or went)
        if self._scroll_to is not None:
            self._scroll_if_placed()

    def selected_id(self) -> int | None:
        idx = self.currentIndex()
        return idx.data(IdRole) if idx.isValid() else None

    def selected_ids(self) -> list[int]:
        """Every selected photograph, in the sheet's (time) order."""
        model = self.photo_model()
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()})
        return [pid for pid in (model.id_at(r) for r in rows) if pid is not None]

    def go_first(self) -> None:
        self._go(0)

    def go_last(self) -> None:
        self._go(self.photo_model().rowCount() - 1)

    def _go(self, row: int) -> None:
        if row < 0:
            return
        model = self.photo_model()
        pid = model.id_at(row)
        if pid is None and model.paged() is not None:  # its page is asked for: selected when it comes
            idx = model.index(row, 0)
            self.selectionModel().setCurrentIndex(idx, self.selectionModel().SelectionFlag.ClearAndSelect)
            self.scrollTo(idx)
            return
        self.select(pid)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pid = current.data(IdRole) if current.isValid() else None
        self._current_pending = current.isValid() and pid is None  # its page is on its way
        if not self._current_pending:
            self.selectionChangedTo.emit(pid)

    def _on_located(self, photo_id: int, row: int) -> None:
        if photo_id == self._locating:
            self._locating = None
            if row >= 0:
                self.select(photo_id)
            else:
                self.selectionModel().clear()

    def _on_page_loaded(self, first: int, last: int) -> None:
        cur = self.currentIndex()
        if self._current_pending and cur.isValid() and first <= cur.row() <= last:
            self._current_pending = False
            self.selectionChangedTo.emit(cur.data(IdRole))

    def _on_activated(self, index: QModelIndex) -> None:
        pid = index.data(IdRole)
        if pid is not None:
            self.activatedPhoto.emit(pid)
