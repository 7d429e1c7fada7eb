"""What the places manager and the themes manager (Edit ▸ Places…, Edit ▸ Themes…) share: a tree
of the vocabulary read in a worker, a form beside it with a line of usage and a line for refusals,
rows of buttons and Close; the language changing under it; and what happens once a change landed or
was refused.

A change goes to the catalog through the dialog's editor (the write worker). When it has landed the
vocabulary is read again and the tree refilled, showing the entry the change was about. When the
catalog refuses it (a name taken in another window meanwhile…), the refusal is said and the form
keeps what the archivist typed, to be corrected rather than typed again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photobook.ui.models.vocabulary_edits import VocabularyEditor

MAX_COLUMN_WIDTH = 300


class VocabularyManager(QDialog):
    """The base of the two managers. ``one`` names its widgets (``one + "Usage"``,
    ``one + "sMessage"``, ``one + "sClose"``, the dialog ``one + "sManager"``), as they were.

    A subclass builds its tree (``self.tree``) and form rows (:meth:`add_row`), then calls
    :meth:`lay_out`; it says how to read the vocabulary (:meth:`reload`), take what was read
    (:meth:`take`), fill the tree (:meth:`_fill`), show the entry selected in the form
    (:meth:`_show_selected`), and what the form holds (:meth:`typed`, :meth:`put_typed`)."""

    tree: QTreeWidget

    def __init__(self, editor: VocabularyEditor, one: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{one}sManager")
        self.editor = editor
        self.tasks = editor.tasks
        self.lang = "fr"
        self.loads = 0  # times the tree was filled from the catalog (tests wait on it)
        self._adding = False
        self._pending_select: str | None = None  # the entry to show once a change has landed
        self._keep_form = False  # the catalog refused a change: the next read keeps what was typed
        self.form = QFormLayout()
        self.form_keys: dict[str, QLabel] = {}
        self.usage = QLabel(self)
        self.usage.setObjectName(f"{one}Usage")
        self.usage.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName(f"{one}sMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.close_button = self._button(f"{one}sClose", self.close)

    # --- building -----------------------------------------------------------------------------

    def _button(self, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        b = QPushButton(self)
        b.setObjectName(name)
        b.setAutoDefault(False)
        if slot is not None:
            b.clicked.connect(slot)
        return b

    def add_row(self, key: str, widget: QWidget) -> None:
        """A row of the form; its label (``form_keys[key]``) is written by ``retranslate``."""
        lab = QLabel(self)
        self.form_keys[key] = lab
        self.form.addRow(lab, widget)

    def lay_out(
        self,
        left: QWidget,
        rows: Sequence[Sequence[QWidget]],
        sizes: tuple[int, int],
        size: tuple[int, int],
    ) -> None:
        """The tree (``left``) beside the form, the usage, the message and the rows of buttons;
        Close below. Then the editor's news are followed and the texts written."""
        side = QWidget(self)
        sc = QVBoxLayout(side)
        sc.addLayout(self.form)
        sc.addWidget(self.usage)
        sc.addWidget(self.message)
        for row in rows:
            line = QHBoxLayout()
            for w in row:
                line.addWidget(w)
            sc.addLayout(line)
        sc.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setSizes(list(sizes))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        col = QVBoxLayout(self)
        col.addWidget(split, 1)
        col.addLayout(bottom)
        self.resize(*size)

        self.editor.changed.connect(self.reload)
        self.editor.refused.connect(self._on_refused)
        self.retranslate()
        self._show_selected()

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def columns(self) -> tuple[str, ...]:
        raise NotImplementedError

    def column(self, name: str) -> int:
        """Where a language's names (or "photos"…) are in the tree."""
        return self.columns().index(name)

    def retranslate(self) -> None:
        raise NotImplementedError

    # --- the vocabulary read, a change landed or refused --------------------------------------

    def reload(self) -> None:
        raise NotImplementedError

    def take(self, loaded: Any) -> None:
        """Keep what :meth:`reload` read."""
        raise NotImplementedError

    def has(self, key: str) -> bool:
        """Whether the vocabulary read holds the entry ``key`` (what :meth:`select` takes)."""
        raise NotImplementedError

    def select(self, key: str) -> None:
        raise NotImplementedError

    def selected_key(self) -> object:
        """The entry selected in the tree (its id or slug), None when there is none."""
        raise NotImplementedError

    def typed(self) -> Any:
        """What the form holds, to be put back by :meth:`put_typed`."""
        raise NotImplementedError

    def put_typed(self, typed: Any) -> None:
        raise NotImplementedError

    def _fill(self) -> None:
        raise NotImplementedError

    def _show_selected(self) -> None:
        raise NotImplementedError

    def _on_loaded(self, loaded: Any) -> None:
        self.take(loaded)
        self.loads += 1
        wanted, self._pending_select = self._pending_select, None
        typed = (self.selected_key(), self.typed()) if self._keep_form else None
        self._keep_form = False
        if self._adding and (wanted is None or not self.has(wanted)):
            self._fill()  # a new entry refused: the form keeps what was typed
            if typed is not None:
                self.put_typed(typed[1])  # (a search may have selected an entry meanwhile)
            return
        self._adding = False
        self._fill()
        if wanted is not None and self.has(wanted):
            self.select(wanted)
        self._show_selected()
        if typed is not None and typed[0] is not None and typed[0] == self.selected_key():
            self.put_typed(typed[1])  # a change refused: what was typed stays, to correct it

    def _on_refused(self, text: str) -> None:
        """The catalog refused a change (a name taken in another window meanwhile…): say why, and
        keep what the archivist typed when the vocabulary is read again."""
        self._pending_select = None  # (a name taken: the entry holding it is not the one to show)
        self._keep_form = True
        self._show_message(text)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.reload()

    # --- the tree -----------------------------------------------------------------------------

    def _fit_columns(self) -> None:
        self.tree.expandAll()
        for c in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(c)
            self.tree.setColumnWidth(c, min(self.tree.columnWidth(c), MAX_COLUMN_WIDTH))

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            out.append(item)
            stack += [item.child(i) for i in range(item.childCount())]
        return out
