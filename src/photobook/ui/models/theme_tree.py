"""The theme tree of the filter panel: checkable themes with the number of photographs each would
show under the other filters (``queries.theme_counts``, computed in a worker by the Browser).

A :class:`QStandardItemModel`: its cells are kept in C++, so the view lays them out and paints them
without calling Python. A Python model answered ``index``/``parent``/``data`` for every role of
every cell at each layout and paint (hundreds of calls on the GUI thread when the counts arrive);
each call takes the interpreter's lock back from the C++ view, and while a worker ran Python (the
catalog's first reads at start) each of them could wait for its turn: a tree painted in 4 ms idle
took tens of milliseconds at start at a million photographs. Only a click on a check box calls
Python (:meth:`setData`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QStandardItemModel

from photobook.ui.models.vocabulary import ThemeInfo, Vocabulary

SlugRole = Qt.ItemDataRole.UserRole + 1
ColorRole = Qt.ItemDataRole.UserRole + 2
COLUMNS = 2  # label, count

# the roles as ints: the keys of setItemData's dict
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_SLUG, _COLOR = int(SlugRole), int(ColorRole)
_TRAILING = int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS_CHECKABLE = _FLAGS | Qt.ItemFlag.ItemIsUserCheckable


class _Row:
    """A theme's two cells and what the model knows of it. The cells are held as persistent
    indexes, not as their QStandardItems: the model deletes its items (a new vocabulary, the
    model's end) without telling Python, and a Python wrapper kept for a deleted item could be
    handed back by PySide for another object made later at the same address."""

    __slots__ = ("checked", "count", "info", "label", "name", "number")

    def __init__(
        self,
        info: ThemeInfo,
        name: QModelIndex | QPersistentModelIndex,
        number: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.info = info
        self.name = name  # column 0: the label, its check box and colour
        self.number = number  # column 1: the count
        self.checked = False
        self.count = 0
        self.label = ""


def _about(n: int) -> int:
    """``n`` to two significant digits (75 080 → 75 000): what an estimate can say."""
    if n < 100:
        return n
    unit = 10 ** (len(str(n)) - 2)
    return round(n / unit) * unit


def count_text(locale: QLocale, n: int, every: int = 1) -> str:
    """A count as shown, in the locale's digits; an estimate (counted on one photograph in
    ``every``) as "≈ 75 000" (before the number in reading order: in Arabic, on its right)."""
    return f"≈\u202f{locale.toString(_about(n))}" if every > 1 else locale.toString(n)


class ThemeTreeModel(QStandardItemModel):
    checkedChanged = Signal(object)  # tuple of checked slugs

    def __init__(self, parent=None, lang: str = "fr") -> None:
        super().__init__(0, COLUMNS, parent)
        self.lang = lang
        self._by_slug: dict[str, _Row] = {}  # in the vocabulary's order: parents before children
        self._themes: tuple[ThemeInfo, ...] = ()  # those shown
        self._counts: dict[str, int] = {}
        self._every = 1  # > 1: the counts are estimates, one photograph counted in so many
        self._set_headers()

    def _count_cell(self, locale: QLocale, n: int) -> dict[int, object]:
        """A count's text, what a screen reader says of it and its tooltip: "≈ 75 000" for an
        estimate (rounded to two significant digits, all that it can say)."""
        if self._every == 1:
            return {_DISPLAY: count_text(locale, n) if n else "", _ACCESSIBLE: str(n), _TOOLTIP: None}
        return {
            _DISPLAY: count_text(locale, n, self._every) if n else "",
            _ACCESSIBLE: self.tr("about %1").replace("%1", locale.toString(_about(n))),
            _TOOLTIP: self.estimate_tip(self._every),
        }

    def estimate_tip(self, every: int) -> str:
        """What an estimated count is (the filter panel says it of its reigns' counts too)."""
        return self.tr("An estimate: the photographs found were counted one in %n.", "", every)

    # --- content ------------------------------------------------------------------------------

    def set_vocabulary(self, vocab: Vocabulary) -> bool:
        """The themes again (at start, after an import or an edit of the vocabulary); returns
        whether they changed. The same themes keep the tree as it is (the window makes it from
        its first frame's read, and the vocabulary brings the same themes with the first reads).
        The cells are written with the model's signals blocked and the view told once, by a reset:
        not a signal to the view for each of the ~250 writes."""
        if vocab.themes == self._themes and self._by_slug:
            return False
        self._themes = vocab.themes
        checked = set(self.checked_slugs())
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self._build(vocab, checked)
        finally:
            self.blockSignals(blocked)
            self.endResetModel()
        for row in self._by_slug.values():  # (a reset ends the persistent indexes made before it)
            row.name, row.number = QPersistentModelIndex(row.name), QPersistentModelIndex(row.number)
        return True

    def _build(self, vocab: Vocabulary, checked: set[str]) -> None:
        self._by_slug = {}
        self.setRowCount(0)  # (not clear(): the columns, and the view's resize modes for them, stay)
        locale = QLocale()

        def build(parent: QModelIndex, parent_slug: str | None, depth: int) -> None:
            if depth > 16:
                return
            children = vocab.children(parent_slug)
            if not children:
                return
            if parent.isValid():  # (rows under a theme: its two columns too)
                self.itemFromIndex(parent).setColumnCount(COLUMNS)
            self.insertRows(0, len(children), parent)
            for k, info in enumerate(children):
                cells = self.index(k, 0, parent), self.index(k, 1, parent)
                row = self._row(*cells, info, info.slug in checked, locale)
                self._by_slug[info.slug] = row
                build(self.index(k, 0, parent), info.slug, depth + 1)

        build(QModelIndex(), None, 0)

    def _row(
        self, name: QModelIndex, number: QModelIndex, info: ThemeInfo, checked: bool, locale: QLocale
    ) -> _Row:
        """A theme's two cells, written through the model: it makes their items in C++ (an item
        made in Python would ask Python, on first use, for an override of each of its virtual
        functions, with the interpreter's lock, when the view first draws it)."""
        label = info.label(self.lang)
        n = self._counts.get(info.slug, 0)
        # each cell's roles in one call (each call into Qt can hand the interpreter's lock over)
        self.setItemData(
            name,
            {
                _DISPLAY: label,
                _TOOLTIP: label,
                _CHECK: Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                _DECORATION: QColor(info.color),
                _ACCESSIBLE: f"{label}, {self._count_cell(locale, n)[_ACCESSIBLE]}",
                _SLUG: info.slug,
                _COLOR: info.color,
            },
        )
        self.setItemData(
            number,
            {**self._count_cell(locale, n), _ALIGNMENT: _TRAILING, _SLUG: info.slug, _COLOR: info.color},
        )
        self.itemFromIndex(name).setFlags(_FLAGS_CHECKABLE)  # (a wrapper for this line only)
        self.itemFromIndex(number).setFlags(_FLAGS)
        row = _Row(info, name, number)  # (made persistent once the model is reset: set_vocabulary)
        row.checked, row.count, row.label = checked, n, label
        return row

    def set_counts(self, counts: dict[str, int], every: int = 1) -> None:
        """Each theme's count (0 for those ``counts`` does not name); only the cells whose count
        changed are written (each write is a call into Qt from the GUI thread). ``every``: k when
        the counts are estimates, each photograph found counted as k (``queries.search_counts``)."""
        self._counts = dict(counts)
        every = max(1, int(every))
        again, self._every = every != self._every, every  # estimates now, or no longer: all again
        locale = QLocale()
        for slug, row in self._by_slug.items():
            n = counts.get(slug, 0)
            if n == row.count and not again:
                continue
            row.count = n
            cell = self._count_cell(locale, n)
            self.setItemData(row.number, cell)
            self.setItemData(row.name, {_ACCESSIBLE: f"{row.label}, {cell[_ACCESSIBLE]}"})

    def set_language(self, lang: str) -> None:
        self.lang = lang
        locale = QLocale()
        for row in self._by_slug.values():
            row.label = label = row.info.label(lang)
            self.setItemData(
                row.name,
                {
                    _DISPLAY: label,
                    _TOOLTIP: label,
                    _ACCESSIBLE: f"{label}, {self._count_cell(locale, row.count)[_ACCESSIBLE]}",
                },
            )
            # the count in the locale's digits
            self.setItemData(row.number, self._count_cell(locale, row.count))
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Theme"), self.tr("Photographs")])

    def checked_slugs(self) -> tuple[str, ...]:
        return tuple(slug for slug, row in self._by_slug.items() if row.checked)

    def set_checked_slugs(self, slugs: tuple[str, ...] | list[str], notify: bool = False) -> None:
        wanted = set(slugs)
        for slug, row in self._by_slug.items():
            if row.checked != (slug in wanted):
                row.checked = slug in wanted
                state = Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
                self.setItemData(row.name, {_CHECK: state})
        if notify:
            self.checkedChanged.emit(self.checked_slugs())

    def index_of(self, slug: str, column: int = 0) -> QModelIndex:
        row = self._by_slug.get(slug)
        if row is None:
            return QModelIndex()
        return QModelIndex(row.name if column == 0 else row.number)

    def count(self, slug: str) -> int:
        return self._counts.get(slug, 0)

    # --- a click on a check box ----------------------------------------------------------------

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """The view sets a check state here (a click, the space bar); nothing else is editable."""
        if not index.isValid() or index.column() != 0 or int(role) != _CHECK:
            return False
        slug = super().data(index, SlugRole)
        row = self._by_slug.get(slug)
        if row is None:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if row.checked == checked:
            return True
        row.checked = checked
        self.setItemData(index, {_CHECK: Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked})
        self.checkedChanged.emit(self.checked_slugs())
        return True
