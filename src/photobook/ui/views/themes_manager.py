"""Edit ▸ Themes…: the theme vocabulary as a tree, with each theme's labels in French, Arabic and
English, its colour and the number of photographs tagged with it; add, rename (three labels and the
colour), move (drag it onto another theme, or Move to…), merge two themes, and delete an unused one.

Every change goes through :class:`~photobook.ui.models.vocabulary_edits.VocabularyEditor` (the
services, in the write worker) and is one step of the window's undo stack; the tree and the counts
are read again in a worker once it has landed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from photobook.core.languages import LANGUAGES
from photobook.db import queries
from photobook.ui.models.vocabulary import Vocabulary, load_vocabulary
from photobook.ui.models.vocabulary_edits import VocabularyEditor
from photobook.ui.views.vocabulary_manager import VocabularyManager

SLUG_ROLE = Qt.ItemDataRole.UserRole + 1


def columns(lang: str) -> tuple[str, ...]:
    """The tree's columns: the label in the interface language (the tree itself), the number of
    photographs, then the labels in the other two languages."""
    return (lang, "photos", *(x for x in LANGUAGES if x != lang))


class ThemeTree(QTreeWidget):
    """The tree; dropping a theme on another asks to move it there (the catalog decides; the tree
    is redrawn from it), dropping it between top-level themes moves it to the top."""

    moveRequested = Signal(str, object)  # slug, new parent slug or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themesTree")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setColumnCount(len(LANGUAGES) + 1)
        self.setUniformRowHeights(True)

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # the tree is not rearranged here: the catalog is, then the tree redrawn
        if item is None:
            return
        slug = item.data(0, SLUG_ROLE)
        pos = self.dropIndicatorPosition()
        if target is None or pos == QAbstractItemView.DropIndicatorPosition.OnViewport:
            parent = None
        elif pos == QAbstractItemView.DropIndicatorPosition.OnItem:
            parent = target.data(0, SLUG_ROLE)
        else:  # above or below a theme: beside it, under the same parent
            up = target.parent()
            parent = up.data(0, SLUG_ROLE) if up is not None else None
        if parent != slug:
            self.moveRequested.emit(slug, parent)


# What the form holds: the labels as typed, the colour.
Typed = tuple[dict[str, str], str | None]


class ThemesManager(VocabularyManager):
    """The pending selection is a theme's slug."""

    tree: ThemeTree

    def __init__(self, editor: VocabularyEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, "theme", parent)
        self.vocab = Vocabulary()
        self.counts: dict[str, int] = {}
        self._new_parent: str | None = None
        self._color: str | None = None

        self.tree = ThemeTree(self)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._show_selected())
        self.tree.moveRequested.connect(self.move_theme)

        self.slug_edit = QLineEdit(self)
        self.slug_edit.setObjectName("themeSlug")
        self.label_edits: dict[str, QLineEdit] = {}
        for lang in LANGUAGES:
            e = QLineEdit(self)
            e.setObjectName(f"themeLabel_{lang}")
            e.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
            )
            e.returnPressed.connect(self.save)
            self.label_edits[lang] = e
        self.color_button = QPushButton(self)
        self.color_button.setObjectName("themeColor")
        self.color_button.setAutoDefault(False)  # Enter in a label saves; it never opens the colours
        self.color_button.clicked.connect(self._pick_color)
        for key, widget in (
            ("slug", self.slug_edit),
            *((lang, self.label_edits[lang]) for lang in LANGUAGES),
            ("color", self.color_button),
        ):
            self.add_row(key, widget)

        self.new_button = self._button("themeNew", self.start_new)
        self.save_button = self._button("themeSave", self.save)
        self.move_button = self._button("themeMove", None)
        self.move_menu = QMenu(self.move_button)
        self.move_button.setMenu(self.move_menu)
        self.merge_button = self._button("themeMerge", None)
        self.merge_menu = QMenu(self.merge_button)
        self.merge_button.setMenu(self.merge_menu)
        self.delete_button = self._button("themeDelete", self.delete_selected)
        rows = (
            (self.new_button, self.save_button),
            (self.move_button, self.merge_button, self.delete_button),
        )
        self.lay_out(self.tree, rows, sizes=(640, 360), size=(1180, 640))

    # --- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Themes"))
        heads = {
            "fr": self.tr("French"),
            "ar": self.tr("Arabic"),
            "en": self.tr("English"),
            "photos": self.tr("Photographs"),
        }
        self.tree.setHeaderLabels([heads[c] for c in columns(self.lang)])
        keys = {
            "slug": self.tr("Identifier"),
            "fr": self.tr("Label · FR"),
            "ar": self.tr("Label · AR"),
            "en": self.tr("Label · EN"),
            "color": self.tr("Colour"),
        }
        for key, lab in self.form_keys.items():
            lab.setText(keys[key])
        self.new_button.setText(self.tr("New theme"))
        self.move_button.setText(self.tr("Move to…"))
        self.merge_button.setText(self.tr("Merge into…"))
        self.delete_button.setText(self.tr("Delete"))
        self.close_button.setText(self.tr("Close"))
        self.slug_edit.setPlaceholderText(self.tr("lower-case-and-hyphens"))
        self._fill()
        if not self._adding:
            self._show_selected()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def columns(self) -> tuple[str, ...]:
        """The tree's columns (a language's labels, "photos")."""
        return columns(self.lang)

    # --- the tree -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the vocabulary and the counts again (in a worker)."""

        def read(s):  # type: ignore[no-untyped-def]
            return load_vocabulary(s), queries.theme_own_counts(s)

        self.tasks.read(read, self._on_loaded, key="themes-manager")

    def take(self, loaded: tuple[Vocabulary, dict[str, int]]) -> None:
        self.vocab, self.counts = loaded

    def has(self, key: str) -> bool:
        return self.vocab.theme(key) is not None

    def selected_key(self) -> str | None:
        return self.selected_slug()

    def typed(self) -> Typed:
        return {lang: e.text() for lang, e in self.label_edits.items()}, self._color

    def put_typed(self, typed: Typed) -> None:
        texts, color = typed
        for lang, e in self.label_edits.items():
            e.setText(texts[lang])
        self._set_color(color)

    def _fill(self) -> None:
        keep = self.selected_slug()
        self.tree.blockSignals(True)  # refilling is not the archivist choosing another theme
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        locale = QLocale(self.lang if self.lang != "ar" else "ar_MA")

        def add(parent_slug: str | None, under: QTreeWidget | QTreeWidgetItem, depth: int) -> None:
            if depth > 16:
                return
            for t in self.vocab.children(parent_slug):
                item = QTreeWidgetItem(under)
                item.setData(0, SLUG_ROLE, t.slug)
                for c, name in enumerate(columns(self.lang)):
                    if name == "photos":
                        item.setText(c, locale.toString(self.counts.get(t.slug, 0)))
                        item.setTextAlignment(
                            c, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                        )
                        continue
                    item.setText(c, t.labels.get(name) or "")
                    if name == "ar" and self.lang != "ar":  # Arabic runs right to left in any window
                        item.setTextAlignment(c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setIcon(0, _swatch(t.color))
                item.setToolTip(0, t.slug)
                items[t.slug] = item
                add(t.slug, item, depth + 1)

        add(None, self.tree, 0)
        self._fit_columns()
        if keep in items:
            self.tree.setCurrentItem(items[keep])
        self.tree.blockSignals(False)

    def selected_slug(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, SLUG_ROLE)) if item is not None else None

    def select(self, slug: str) -> None:
        for item in self._items():
            if item.data(0, SLUG_ROLE) == slug:
                self.tree.setCurrentItem(item)
                return

    # --- the selected theme -------------------------------------------------------------------

    def _show_selected(self) -> None:
        slug = self.selected_slug()
        info = self.vocab.theme(slug) if slug else None
        self._adding = False
        self.slug_edit.setReadOnly(True)
        self.slug_edit.setText(slug or "")
        for lang, e in self.label_edits.items():
            e.setText(info.labels.get(lang, "") if info else "")
        self._set_color(info.color if info else None)
        n = self.counts.get(slug, 0) if slug else 0
        if info is None:
            self.usage.setText(self.tr("Select a theme, or make a new one."))
        elif n:
            self.usage.setText(
                self.tr("%n photograph(s) have this theme: merge it into another to delete it.", "", n)
            )
        else:
            self.usage.setText(self.tr("No photograph has this theme."))
        for b in (self.save_button, self.move_button, self.merge_button):
            b.setEnabled(info is not None)
        self.delete_button.setEnabled(info is not None and n == 0)
        self.save_button.setText(self.tr("Save"))
        self._build_target_menus(slug)

    def _build_target_menus(self, slug: str | None) -> None:
        self.move_menu.clear()
        self.merge_menu.clear()
        if slug is None:
            return
        inside = self._descendants(slug)
        top = self.move_menu.addAction(self.tr("Top level"))
        top.setObjectName("moveTop")
        top.triggered.connect(lambda _c=False: self.move_theme(slug, None))
        self.move_menu.addSeparator()
        for t in self.vocab.themes:
            if t.slug == slug:
                continue
            label = t.label(self.lang)
            if t.slug not in inside:
                act = self.move_menu.addAction(_swatch(t.color), label)
                act.setData(t.slug)
                act.triggered.connect(lambda _c=False, p=t.slug: self.move_theme(slug, p))
            act = self.merge_menu.addAction(_swatch(t.color), label)
            act.setData(t.slug)
            act.triggered.connect(lambda _c=False, into=t.slug: self.merge_into(into))

    def _descendants(self, slug: str) -> set[str]:
        out, todo = {slug}, [slug]
        while todo:
            for t in self.vocab.children(todo.pop()):
                if t.slug not in out:
                    out.add(t.slug)
                    todo.append(t.slug)
        return out

    def _set_color(self, color: str | None) -> None:
        self._color = color
        self.color_button.setText(f"\u2066{color}\u2069" if color else "")  # "#rrggbb", left to right
        self.color_button.setIcon(_swatch(color) if color else QIcon())

    def _pick_color(self) -> None:
        picked = QColorDialog.getColor(QColor(self._color or "#777777"), self, self.tr("Colour"))
        if picked.isValid():
            self._set_color(picked.name())

    def set_color(self, color: str) -> None:
        self._set_color(color)

    def labels(self) -> dict[str, str]:
        return {lang: e.text().strip() for lang, e in self.label_edits.items()}

    # --- changes ------------------------------------------------------------------------------

    def start_new(self) -> None:
        """A new theme, under the selected one: type its identifier and labels, then Save."""
        parent = self.selected_slug()
        self._adding = True
        self._new_parent = parent
        self.slug_edit.setReadOnly(False)
        self.slug_edit.clear()
        for e in self.label_edits.values():
            e.clear()
        self._set_color(self.vocab.theme(parent).color if parent and self.vocab.theme(parent) else "#777777")
        self.save_button.setEnabled(True)
        self.save_button.setText(self.tr("Add"))
        self.delete_button.setEnabled(False)
        self.usage.setText(
            self.tr("New theme under “%1”").replace("%1", self.vocab.theme_label(parent, self.lang))
            if parent
            else self.tr("New theme at the top level")
        )
        self.slug_edit.setFocus()

    def save(self) -> None:
        self.message.hide()
        if self._adding:
            slug = self.slug_edit.text().strip()
            self._pending_select = slug
            self.editor.add(slug, self.labels(), self._new_parent, self._color)
            return
        slug = self.selected_slug()
        if slug is None:
            return
        info = self.vocab.theme(slug)
        labels = {k: v for k, v in self.labels().items() if info is None or info.labels.get(k, "") != v}
        color = self._color if info is None or self._color != info.color else None
        if labels or color:
            self.editor.rename(slug, labels, color)

    def move_theme(self, slug: str, parent: str | None) -> None:
        info = self.vocab.theme(slug)
        if info is not None and info.parent == parent:
            return
        self.message.hide()
        self.editor.move(slug, parent)

    def merge_into(self, into: str) -> None:
        slug = self.selected_slug()
        if slug is None or slug == into:
            return
        self.message.hide()
        self._pending_select = into
        self.editor.merge(slug, into)

    def delete_selected(self) -> None:
        slug = self.selected_slug()
        if slug is None or self.counts.get(slug, 0):
            return
        self.message.hide()
        self.editor.delete(slug)


def _swatch(color: str) -> QIcon:
    pm = QPixmap(14, 14)
    pm.fill(QColor(color))
    return QIcon(pm)
