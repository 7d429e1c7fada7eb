"""The Tours panel (View ▸ Tours, Ctrl+Shift+T): build a talk in the window. A tour from the
selection (Edit ▸ New tour from selection…), photographs added from the contact sheet or the
timeline, slides dragged into order, the presenter's notes typed beside them, a slide hidden for
questions, a slide removed (Delete); every step undoable (Ctrl+Z). "Present" starts the talk.

The tour and its slides are read in the read pool and every change is written by the single write
worker (ui.models.touring): nothing touches the catalog on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photobook.core import dates
from photobook.core.records import title_for
from photobook.core.tours import Tour
from photobook.ui.models.touring import TourController

POSITION = Qt.ItemDataRole.UserRole  # the slide's position (1-based) when the list was loaded


def _tours(session):  # in the worker
    from photobook.db import queries

    return queries.tours(session)


class SlideList(QListWidget):
    """The slides, in order; drag to reorder, Delete to remove."""

    reordered = Signal(list)  # the old positions in their new order
    removeRequested = Signal(int)  # position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tourSlides")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setIconSize(QSize(96, 64))
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole line in the tooltip
        self.model().rowsMoved.connect(self._moved)

    def _moved(self, *_args) -> None:
        order = [self.item(i).data(POSITION) for i in range(self.count())]
        if order != sorted(order):
            self.reordered.emit(order)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem() is not None:
            self.removeRequested.emit(self.currentItem().data(POSITION))
            event.accept()
            return
        super().keyPressEvent(event)


class ToursDock(QDockWidget):
    presentRequested = Signal(int)  # tour id

    def __init__(
        self,
        tasks,
        thumbs,
        controller: TourController,
        selection: Callable[[], list[int]],
        lang: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("toursDock")
        self.tasks, self.thumbs, self.ctl, self.selection = tasks, thumbs, controller, selection
        self.lang = lang
        self.tour: Tour | None = None
        self.titles: dict[int, str] = {}
        self._loading = False
        self._no_icon: dict[int, list[QListWidgetItem]] = {}  # photo id → its slides still without a picture

        body = QWidget(self)
        self.combo = QComboBox(body)
        self.combo.setObjectName("tourChoice")
        self.new_button = QPushButton(body)
        self.add_button = QPushButton(body)
        self.present_button = QPushButton(body)
        self.slides = SlideList(body)
        self.position = QLabel(body)
        self.notes = QPlainTextEdit(body)
        self.notes.setObjectName("tourNotes")
        self.notes.setMaximumHeight(110)
        self.notes.installEventFilter(self)
        self.hidden = QCheckBox(body)
        self.remove_button = QPushButton(body)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.add_button)
        row.addWidget(self.present_button)
        slide_row = QHBoxLayout()
        slide_row.addWidget(self.hidden, 1)
        slide_row.addWidget(self.remove_button)
        lay = QVBoxLayout(body)
        lay.addWidget(self.combo)
        lay.addLayout(row)
        lay.addWidget(self.slides, 1)
        lay.addWidget(self.position)
        lay.addWidget(self.notes)
        lay.addLayout(slide_row)
        self.setWidget(body)

        self.combo.currentIndexChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.new_from_selection)
        self.add_button.clicked.connect(self.add_selection)
        self.present_button.clicked.connect(self._present)
        self.slides.currentItemChanged.connect(self._slide_chosen)
        self.slides.reordered.connect(self._reorder)
        self.slides.removeRequested.connect(self._remove)
        self.remove_button.clicked.connect(
            lambda: self.slides.currentItem() and self._remove(self.slides.currentItem().data(POSITION))
        )
        self.hidden.clicked.connect(self._hide)
        self.ctl.changed.connect(self._changed)
        if thumbs is not None:
            thumbs.ready.connect(self._thumb_ready)
        self.retranslate()
        self._update_buttons()

    # --- reading --------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the list of tours again (and show ``select``, or the one shown)."""
        keep = select if select is not None else self.current_tour_id()
        # keyed: two readers run at once, and an older list (read before a new tour was committed)
        # finishing after a newer one would empty the choice the newer one made
        self.tasks.read(_tours, lambda found: self._fill_combo(found, keep), key="tours")

    def current_tour_id(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def _fill_combo(self, found, keep: int | None) -> None:
        self._loading = True
        self.combo.clear()
        self.titles = {t.id: t.title for t in found}
        for t in found:
            self.combo.addItem(f"{t.title} ({t.slide_count})", t.id)
        self._loading = False
        at = self.combo.findData(keep) if keep is not None else -1
        self.combo.setCurrentIndex(at if at >= 0 else (0 if found else -1))
        if self.combo.currentIndex() == -1:
            self._show_tour(None)
        else:
            self._chosen()

    def _chosen(self, *_args) -> None:
        if self._loading:
            return
        tid = self.current_tour_id()
        if tid is None:
            self._show_tour(None)
            return

        def read(s):
            from photobook.db import queries  # in the worker

            tour = queries.tour(s, tid)
            rows = queries.grid_rows(s, [sl.photo_id for sl in tour.slides]) if tour else {}
            return tour, rows

        self.tasks.read(
            read, lambda got: self._show_tour(*got) if got[0] is not None else self.reload(), key="tour"
        )

    def _show_tour(self, tour: Tour | None, rows=None) -> None:
        current = self.slides.currentRow()
        self.tour = tour
        self.slides.blockSignals(True)
        self.slides.clear()
        self._no_icon = {}
        for sl in tour.slides if tour else ():
            row = (rows or {}).get(sl.photo_id)
            title = title_for(row, self.lang) if row is not None else ""
            date = dates.in_words(row.date, self.lang) if row is not None and row.date else ""
            text = f"{sl.position}. " + " · ".join(x for x in (date, title) if x)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(POSITION, sl.position)
            if sl.hidden:
                item.setForeground(Qt.GlobalColor.gray)
                item.setText(text + "  — " + self.tr("hidden"))
            pm = self.thumbs.pixmap(sl.photo_id) if self.thumbs is not None else None
            if pm is not None:
                item.setIcon(QIcon(pm))
            else:
                self._no_icon.setdefault(sl.photo_id, []).append(item)
            self.slides.addItem(item)
        if self.thumbs is not None and tour is not None:
            self.thumbs.request([sl.photo_id for sl in tour.slides])
        self.slides.blockSignals(False)
        if tour is not None and tour.slides:
            self.slides.setCurrentRow(max(0, min(current, len(tour.slides) - 1)))
        self._slide_chosen()
        self._update_buttons()

    def _thumb_ready(self, photo_id: int) -> None:
        """A thumbnail came in (the grid's and the timeline's too): only this tour's slides that
        wait for it are looked at, not the whole list."""
        if photo_id not in self._no_icon:
            return
        pm = self.thumbs.pixmap(photo_id)
        if pm is not None:
            for item in self._no_icon.pop(photo_id):
                item.setIcon(QIcon(pm))

    def _slide_chosen(self, *_args) -> None:
        sl = self._current_slide()
        self.notes.blockSignals(True)
        self.notes.setPlainText(sl.notes if sl else "")
        self.notes.blockSignals(False)
        self.hidden.setChecked(bool(sl and sl.hidden))
        self.position.setText(
            self.tr("Slide %1 of %2")
            .replace("%1", str(sl.position))
            .replace("%2", str(len(self.tour.slides)))
            if sl and self.tour
            else ""
        )
        self._update_buttons()

    def _current_slide(self):
        item = self.slides.currentItem()
        if item is None or self.tour is None:
            return None
        pos = item.data(POSITION)
        return self.tour.slides[pos - 1] if 0 < pos <= len(self.tour.slides) else None

    def _changed(self, tid: int | None) -> None:
        # a new tour (or one undone away), or the one shown: its count in the list, and its slides
        if tid is None or tid not in self.titles or tid == self.current_tour_id():
            self.reload(select=tid)

    # --- writing --------------------------------------------------------------------------------

    def new_from_selection(self) -> None:
        ids = self.selection()
        if not ids:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("New tour"), self.tr("Title of the tour (%n photograph(s)):", "", len(ids))
        )
        if ok and title.strip():
            self.show()
            self.ctl.new_tour(title.strip(), ids)

    def add_selection(self) -> None:
        tid, ids = self.current_tour_id(), self.selection()
        if tid is not None and ids:
            self.ctl.add(tid, ids)

    def _reorder(self, order: list[int]) -> None:
        tid = self.current_tour_id()
        if tid is not None:
            self.ctl.reorder(tid, order)

    def _remove(self, position: int) -> None:
        tid = self.current_tour_id()
        if tid is not None:
            self.ctl.remove(tid, position)

    def _hide(self, checked: bool) -> None:
        tid, sl = self.current_tour_id(), self._current_slide()
        if tid is not None and sl is not None and sl.hidden != checked:
            self.ctl.set_hidden(tid, sl.position, checked)

    def commit_notes(self) -> None:
        tid, sl = self.current_tour_id(), self._current_slide()
        text = self.notes.toPlainText()
        if tid is not None and sl is not None and text != sl.notes:
            self.ctl.set_notes(tid, sl.position, sl.notes, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.commit_notes()
        return False

    def _present(self) -> None:
        tid = self.current_tour_id()
        if tid is not None:
            self.commit_notes()
            self.presentRequested.emit(tid)

    def _update_buttons(self) -> None:
        has_tour = self.current_tour_id() is not None
        has_slide = self._current_slide() is not None
        self.add_button.setEnabled(has_tour)
        self.present_button.setEnabled(has_tour and bool(self.tour and self.tour.slides))
        for w in (self.notes, self.hidden, self.remove_button):
            w.setEnabled(has_slide)

    # --- language -------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()
        self._chosen()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tours"))
        self.new_button.setText(self.tr("New from selection…"))
        self.add_button.setText(self.tr("Add selection"))
        self.present_button.setText(self.tr("Present"))
        self.hidden.setText(self.tr("Hidden (kept for questions)"))
        self.remove_button.setText(self.tr("Remove"))
        self.notes.setPlaceholderText(self.tr("The presenter's notes for this slide"))
        self.combo.setAccessibleName(self.tr("Tour"))
        self.slides.setAccessibleName(self.tr("Slides of the tour"))
        self.notes.setAccessibleName(self.tr("Notes"))
