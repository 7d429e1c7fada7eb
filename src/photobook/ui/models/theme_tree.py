"""The theme tree of the filter panel: checkable themes with the number of photographs each would
show under the other filters (``queries.theme_counts``, computed in a worker by the Browser)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from photobook.ui.models.vocabulary import ThemeInfo, Vocabulary

SlugRole = Qt.ItemDataRole.UserRole + 1
ColorRole = Qt.ItemDataRole.UserRole + 2
COLUMNS = 2  # label, count

# data() runs for every role of every cell each time the view paints (~200 calls for a dozen themes,
# on the GUI thread, when the counts arrive at start and after each filter): plain ints, compared
# without the enum machinery, and each cell's answers made once
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_SLUG = int(SlugRole)
_COLOR = int(ColorRole)
_TRAILING = int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS_CHECKABLE = _FLAGS | Qt.ItemFlag.ItemIsUserCheckable


class _Node:
    __slots__ = ("checked", "children", "color", "info", "label", "parent", "row")

    def __init__(self, info: ThemeInfo | None, parent: _Node | None, row: int) -> None:
        self.info = info
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []
        self.checked = False
        self.color = QColor(info.color) if info is not None else None
        self.label: str | None = None  # in the model's language, made on first use


class ThemeTreeModel(QAbstractItemModel):
    checkedChanged = Signal(object)  # tuple of checked slugs

    def __init__(self, parent=None, lang: str = "fr") -> None:
        super().__init__(parent)
        self.lang = lang
        self._root = _Node(None, None, 0)
        self._by_slug: dict[str, _Node] = {}
        self._counts: dict[str, int] = {}
        self._count_texts: dict[str, str] = {}  # the counts in the locale's digits, made on first use

    # --- content ------------------------------------------------------------------------------

    def set_vocabulary(self, vocab: Vocabulary) -> None:
        checked = set(self.checked_slugs())
        self.beginResetModel()
        self._root = _Node(None, None, 0)
        self._by_slug = {}

        def build(parent: _Node, parent_slug: str | None, depth: int) -> None:
            if depth > 16:
                return
            for info in vocab.children(parent_slug):
                node = _Node(info, parent, len(parent.children))
                node.checked = info.slug in checked
                parent.children.append(node)
                self._by_slug[info.slug] = node
                build(node, info.slug, depth + 1)

        build(self._root, None, 0)
        self.endResetModel()

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        self._count_texts = {}
        self._changed_everywhere([Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole], 1)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        for node in self._by_slug.values():
            node.label = None
        self._count_texts = {}
        self._changed_everywhere([Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole], 0)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def checked_slugs(self) -> tuple[str, ...]:
        return tuple(slug for slug, node in self._by_slug.items() if node.checked)

    def set_checked_slugs(self, slugs: tuple[str, ...] | list[str], notify: bool = False) -> None:
        wanted = set(slugs)
        for slug, node in self._by_slug.items():
            if node.checked != (slug in wanted):
                node.checked = slug in wanted
                idx = self.createIndex(node.row, 0, node)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.CheckStateRole])
        if notify:
            self.checkedChanged.emit(self.checked_slugs())

    def index_of(self, slug: str, column: int = 0) -> QModelIndex:
        node = self._by_slug.get(slug)
        return self.createIndex(node.row, column, node) if node else QModelIndex()

    def count(self, slug: str) -> int:
        return self._counts.get(slug, 0)

    # --- Qt model -----------------------------------------------------------------------------

    def _node(self, index: QModelIndex | QPersistentModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()
    ) -> QModelIndex:
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        node = self._node(parent)
        if 0 <= row < len(node.children) and 0 <= column < COLUMNS:
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        par = node.parent
        if par is None or par is self._root:
            return QModelIndex()
        return self.createIndex(par.row, 0, par)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return COLUMNS

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS_CHECKABLE if index.column() == 0 else _FLAGS

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        info = node.info
        if info is None:
            return None
        role = int(role)
        if index.column() == 0:
            if role == _DISPLAY or role == _TOOLTIP:
                return self._label(node)
            if role == _CHECK:
                return Qt.CheckState.Checked if node.checked else Qt.CheckState.Unchecked
            if role == _DECORATION:
                return node.color
            if role == _ACCESSIBLE:
                return f"{self._label(node)}, {self._counts.get(info.slug, 0)}"
        elif index.column() == 1:
            if role == _DISPLAY:
                text = self._count_texts.get(info.slug)
                if text is None:
                    n = self._counts.get(info.slug, 0)
                    text = self._count_texts[info.slug] = QLocale().toString(n) if n else ""
                return text
            if role == _ALIGNMENT:
                return _TRAILING
            if role == _ACCESSIBLE:
                return str(self._counts.get(info.slug, 0))
        if role == _SLUG:
            return info.slug
        if role == _COLOR:
            return info.color
        return None

    def _label(self, node: _Node) -> str:
        if node.label is None:
            assert node.info is not None
            node.label = node.info.label(self.lang)
        return node.label

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        node: _Node = index.internalPointer()
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if node.checked == checked:
            return True
        node.checked = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit(self.checked_slugs())
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Theme"), self.tr("Photographs"))[section] if 0 <= section < COLUMNS else None
        return None

    def _changed_everywhere(self, roles: list[int], column: int) -> None:
        def walk(node: _Node) -> None:
            if node.children:
                first = self.createIndex(0, column, node.children[0])
                last = self.createIndex(len(node.children) - 1, column, node.children[-1])
                self.dataChanged.emit(first, last, roles)
                for child in node.children:
                    walk(child)

        walk(self._root)
