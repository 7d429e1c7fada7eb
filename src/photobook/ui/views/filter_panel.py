"""The filter side panel: search, reign, themes (with live counts), years, status.

Every change produces one PhotoFilter for all the views at once. Typing in the search box is
debounced (200 ms) and the query runs in a worker (see models.browse): typing never waits.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from photobook.core.filters import STATUSES, PhotoFilter
from photobook.ui.models.theme_tree import ThemeTreeModel, count_text
from photobook.ui.models.vocabulary import ReignInfo, Vocabulary

SEARCH_DEBOUNCE_MS = 200
NO_YEAR = 1825  # the spin boxes' "any" value (shown as "—")


class YearBox(QSpinBox):
    """A year field that takes typing at once: a digit typed over "—" (no year) or over the whole
    year replaces it (a QSpinBox would append it to "—" and refuse it)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text().isdigit() and self.lineEdit().text() == self.specialValueText():
            self.lineEdit().selectAll()
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.lineEdit().text() == self.specialValueText():
            QTimer.singleShot(0, self.lineEdit().selectAll)  # after the click places the cursor


class FilterPanel(QWidget):
    filterChanged = Signal(object)  # PhotoFilter
    escaped = Signal()  # Escape in an empty search box: back to the photographs

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.lang = "fr"
        self.vocab = Vocabulary()
        self._filter = PhotoFilter()
        self._reign_counts: dict[str, int] = {}
        self._reigns_every = 1  # k: the reign counts are estimated on one photograph found in k
        self._updating = False

        self.search_label = self._heading()
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._emit_now)
        self.search.installEventFilter(self)

        self.reign_label = self._heading()
        self.reign_box = QVBoxLayout()
        self.reign_box.setSpacing(2)
        self.reign_checks: dict[str, QCheckBox] = {}
        self._reigns: dict[str, ReignInfo] = {}  # by slug: their names for the check boxes

        self.years_label = self._heading()
        self.year_from = self._year_box()
        self.year_to = self._year_box()
        self.years_label.setBuddy(self.year_from)
        self.to_label = QLabel(self)
        self.to_label.setObjectName("muted")
        years = QHBoxLayout()
        years.addWidget(self.year_from, 1)
        years.addWidget(self.to_label)
        years.addWidget(self.year_to, 1)

        self.themes_label = self._heading()
        self.themes = ThemeTreeModel(self)
        self.theme_view = QTreeView(self)
        self.theme_view.setObjectName("themeTree")
        self.theme_view.setModel(self.themes)
        self.theme_view.setHeaderHidden(True)
        self.theme_view.setRootIsDecorated(False)  # always expanded: the vocabulary is small
        self.theme_view.setItemsExpandable(False)
        self.theme_view.setIndentation(16)
        self.theme_view.setUniformRowHeights(True)
        self.theme_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.theme_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.theme_view.header().setStretchLastSection(False)
        self.theme_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed, sized to the counts in set_counts: ResizeToContents would also make room for the
        # hidden header's "Photographs" and elide the theme names for nothing.
        self.theme_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.theme_view.header().setMinimumSectionSize(0)
        self.themes_label.setBuddy(self.theme_view)
        # eight rows at least: a dock below (index problems) scrolls the panel, not the list away
        self.theme_view.setMinimumHeight(8 * (self.fontMetrics().height() + 10))
        self.themes.checkedChanged.connect(lambda _s: self._emit_now())

        self.status_label = self._heading()
        self.status_checks: dict[str, QCheckBox] = {}
        status_row = QHBoxLayout()
        for st in STATUSES:
            cb = QCheckBox(self)
            cb.toggled.connect(lambda _on: self._emit_now())
            self.status_checks[st] = cb
            status_row.addWidget(cb)
        status_row.addStretch(1)
        # for the archivist: the photographs still to date, those the indexer had a problem with
        self.undated_check = QCheckBox(self)
        self.undated_check.setObjectName("undatedFilter")
        self.problems_check = QCheckBox(self)
        self.problems_check.setObjectName("problemsFilter")
        self._flag_counts: tuple[int, int] | None = None
        self._undated_every = 1  # (the same for the undated count)
        flags_row = QHBoxLayout()
        for cb in (self.undated_check, self.problems_check):
            cb.toggled.connect(lambda _on: self._emit_now())
            flags_row.addWidget(cb)
        flags_row.addStretch(1)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("resultCount")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)

        col = QVBoxLayout(self)
        col.setContentsMargins(18, 16, 14, 14)
        col.setSpacing(6)
        col.addWidget(self.search_label)
        col.addWidget(self.search)
        col.addSpacing(10)
        col.addWidget(self.reign_label)
        col.addLayout(self.reign_box)
        col.addSpacing(10)
        col.addWidget(self.years_label)
        col.addLayout(years)
        col.addSpacing(10)
        col.addWidget(self.themes_label)
        col.addWidget(self.theme_view, 1)
        col.addSpacing(6)
        col.addWidget(self.status_label)
        col.addLayout(status_row)
        col.addLayout(flags_row)
        col.addSpacing(10)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.clear_button)
        col.addLayout(bottom)
        self.retranslate()

    def eventFilter(self, obj, event) -> bool:
        # Escape in the search box clears it (a second Escape leaves the box for the views)
        if obj is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            if self.search.text():
                self.search.clear()
                self._emit_now()
            else:
                self.escaped.emit()
            return True
        return super().eventFilter(obj, event)

    def _heading(self) -> QLabel:
        lab = QLabel(self)
        lab.setObjectName("panelHeading")
        font = lab.font()
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.0)
        lab.setFont(font)
        return lab

    def _year_box(self) -> QSpinBox:
        box = YearBox(self)
        box.setRange(NO_YEAR, date.today().year + 1)
        box.setSpecialValueText("—")
        box.setValue(NO_YEAR)
        box.setGroupSeparatorShown(False)
        box.setAccelerated(True)
        box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.valueChanged.connect(lambda _v: self._emit_now())
        return box

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_counts()  # another font (Arabic is drawn larger): the counts' width again
        super().changeEvent(event)

    def _size_counts_column(self) -> None:
        """The counts' column as wide as its widest count, the themes' column stretched to the
        rest, both now, and the tree redrawn with them in one paint: the header would stretch
        the themes' column on a timer and the tree redraw the resized columns on another, a second
        full paint of the tree a turn later (~4 ms at a million photographs: its items are drawn
        through the stylesheet), after the counts at start and after each filter."""
        view = self.theme_view
        header = view.header()
        with QSignalBlocker(header):  # (the tree's columnResized: only that second redraw)
            view.resizeColumnToContents(1)
            header.resizeSections()  # the stretched column, now (what the header's timer does)
        view.updateGeometries()  # what the tree's timer does, then the redraw
        view.viewport().update()

    def _fit_counts(self) -> None:
        """The theme counts' column as wide as its widest count in the current font and digits,
        now and once the new font and style have reached the view (a language switch)."""
        self.theme_view.resizeColumnToContents(1)
        view = self.theme_view
        QTimer.singleShot(0, view, lambda: view.resizeColumnToContents(1))  # dies with the view

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Captions, places, people…"))
        self.reign_label.setText(self.tr("Reign"))
        self.years_label.setText(self.tr("Years"))
        self.to_label.setText(self.tr("to"))
        self.themes_label.setText(self.tr("Themes"))
        self.status_label.setText(self.tr("Status"))
        names = {
            "draft": self.tr("Draft"),
            "reviewed": self.tr("Reviewed"),
            "published": self.tr("Published"),
        }
        for st, cb in self.status_checks.items():
            cb.setText(names.get(st, st))
        self.clear_button.setText(self.tr("Clear filters"))
        self._update_flag_texts()
        self.year_from.setToolTip(self.tr("From this year"))
        self.year_to.setToolTip(self.tr("Up to this year"))
        self._update_reign_texts()
        self.set_count(getattr(self, "_count", None))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.themes.set_language(lang)
        self._update_reign_texts()
        self._fit_counts()  # "12" and "15" were elided to "…" after a switch to Arabic

    # --- content ------------------------------------------------------------------------------

    def set_vocabulary(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        if self.themes.set_vocabulary(vocab):  # (the same themes: the tree as it is)
            self.theme_view.expandAll()
            self._size_counts_column()
        self.set_reigns(vocab.reigns)
        self._apply(self._filter)

    def set_reigns(self, reigns: Sequence[ReignInfo]) -> None:
        """A check box per reign, in its colour. Those already there are kept when the reigns are
        the same (the window makes them from its first frame's reigns, the vocabulary brings the
        same ones): a new check box, with a style sheet of its own, is laid out and drawn anew,
        and a widget made in Python asks Python (with the interpreter's lock) for each of its
        virtual functions the first time Qt calls it — at start, while the catalog's first reads
        run in the workers."""
        self._reigns = {r.slug: r for r in reigns}
        shown = tuple((r.slug, r.color) for r in reigns)
        if shown != tuple((slug, cb.property("color")) for slug, cb in self.reign_checks.items()):
            for cb in self.reign_checks.values():
                self.reign_box.removeWidget(cb)
                cb.deleteLater()
            self.reign_checks.clear()
            for r in reigns:
                cb = QCheckBox(self)
                cb.setObjectName("reignCheck")
                cb.setProperty("slug", r.slug)
                cb.setProperty("color", r.color)
                cb.setStyleSheet(
                    f"QCheckBox::indicator:checked {{ background: {r.color}; border-color: {r.color}; }}"
                )
                cb.toggled.connect(lambda _on: self._emit_now())
                self.reign_checks[r.slug] = cb
                self.reign_box.addWidget(cb)
            chain = [self.search, *self.reign_checks.values(), self.year_from]
            for a, b in itertools.pairwise(chain):  # keyboard order follows the panel, top to bottom
                QWidget.setTabOrder(a, b)
            self._apply(self._filter)
        self._update_reign_texts()

    def set_counts(
        self,
        theme_counts: dict[str, int],
        reign_counts: dict[str, int],
        every: int = 1,
        reigns_every: int = 1,
    ) -> None:
        """The counts under the filter; ``every`` and ``reigns_every``: k where the theme counts,
        the reign counts are estimates (a search of many photographs, counted one photograph in k)."""
        self.themes.set_counts(theme_counts, every)
        self._size_counts_column()
        self._reign_counts = dict(reign_counts)
        self._reigns_every = reigns_every
        self._update_reign_texts()

    def set_count(self, n: int | None) -> None:
        self._count = n
        if n is None:
            self.count_label.setText("")
        else:
            self.count_label.setText(self.tr("%Ln photograph(s)", "", n))

    def set_flag_counts(self, undated: int, problems: int, every: int = 1) -> None:
        """How many photographs under the other filters are undated, and have index problems;
        ``every``: k where the undated count is an estimate (one photograph found counted in k)."""
        self._flag_counts = (undated, problems)
        self._undated_every = every
        self._update_flag_texts()

    def _update_flag_texts(self) -> None:
        loc = QLocale()
        n = getattr(self, "_flag_counts", None)
        every = self._undated_every
        for cb, text, k, e in (
            (self.undated_check, self.tr("Undated"), 0, every),
            (self.problems_check, self.tr("Has problems"), 1, 1),
        ):
            cb.setText(f"{text}  ({count_text(loc, n[k], e)})" if n is not None else text)
            cb.setToolTip(self.themes.estimate_tip(e) if n is not None and e > 1 else "")

    def _update_reign_texts(self) -> None:
        loc = QLocale()
        every = self._reigns_every
        for slug, cb in self.reign_checks.items():
            r = self._reigns.get(slug)
            name = r.name(self.lang) if r else slug
            n = self._reign_counts.get(slug)
            cb.setText(f"{name}  ({count_text(loc, n, every)})" if n is not None else name)
            cb.setToolTip(self.themes.estimate_tip(every) if n is not None and every > 1 else "")

    # --- the filter ---------------------------------------------------------------------------

    def current_filter(self) -> PhotoFilter:
        y_from = self.year_from.value()
        y_to = self.year_to.value()
        y_from_v = None if y_from == NO_YEAR else y_from
        y_to_v = None if y_to == NO_YEAR else y_to
        if y_from_v is not None and y_to_v is not None and y_to_v < y_from_v:
            y_from_v, y_to_v = y_to_v, y_from_v
        return replace(
            self._filter,
            search=self.search.text().strip(),
            reigns=tuple(s for s, cb in self.reign_checks.items() if cb.isChecked())
            or tuple(s for s in self._filter.reigns if s not in self.reign_checks),
            themes=self.themes.checked_slugs()
            or tuple(s for s in self._filter.themes if not self.themes.index_of(s).isValid()),
            year_from=y_from_v,
            year_to=y_to_v,
            statuses=tuple(s for s, cb in self.status_checks.items() if cb.isChecked()),
            undated=True if self.undated_check.isChecked() else None,
            problems=self.problems_check.isChecked(),
        )

    def set_filter(self, f: PhotoFilter) -> None:
        """Show ``f`` (restored from the settings) without emitting a change."""
        self._filter = f
        self._apply(f)

    def _apply(self, f: PhotoFilter) -> None:
        self._updating = True
        try:
            if self.search.text().strip() != f.search:
                self.search.setText(f.search)
            self._debounce.stop()
            for s, cb in self.reign_checks.items():
                cb.setChecked(s in f.reigns)
            self.year_from.setValue(f.year_from if f.year_from is not None else NO_YEAR)
            self.year_to.setValue(f.year_to if f.year_to is not None else NO_YEAR)
            self.themes.set_checked_slugs(f.themes)
            for s, cb in self.status_checks.items():
                cb.setChecked(s in f.statuses)
            self.undated_check.setChecked(f.undated is True)
            self.problems_check.setChecked(f.problems)
        finally:
            self._updating = False

    def clear(self) -> None:
        self._apply(PhotoFilter())
        self._emit_now()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _emit_now(self) -> None:
        self._debounce.stop()
        self._emit()

    def _emit(self) -> None:
        if self._updating:
            return
        f = self.current_filter()
        if f != self._filter:
            self._filter = f
            self.filterChanged.emit(f)
