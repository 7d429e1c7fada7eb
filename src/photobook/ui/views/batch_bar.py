"""Batch edit, at the top of the editor when several photographs are selected in the contact sheet:
set the status, add or remove themes; a preview says what will change ("12 photographs: status
draft → reviewed on 9; +Ports on 9") before it is applied as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from photobook.db import queries
from photobook.services.edits import EditRequest, same_for_all
from photobook.ui.models.editing import EditController
from photobook.ui.models.vocabulary import Vocabulary
from photobook.ui.views.flow_layout import FlowLayout

STATUSES = ("draft", "reviewed", "published")


def theme_for_text(text: str, vocab: Vocabulary, completions: dict[str, str]) -> str | None:
    """The theme an archivist means by ``text``: a completion picked from the list, else a label
    (any language) or slug equal to it, else one starting with it, else one containing it."""
    text = text.strip()
    if not text:
        return None
    if text in completions:
        return completions[text]
    low = text.casefold()
    names = [(t.slug, [x.casefold() for x in (*t.labels.values(), t.slug) if x]) for t in vocab.themes]
    for test in (lambda n: n == low, lambda n: n.startswith(low), lambda n: low in n):
        for slug, labels in names:
            if any(test(n) for n in labels):
                return slug
    return None


def batch_preview(
    current: dict[int, tuple[str, tuple[str, ...]]],
    status: str | None,
    add: tuple[str, ...],
    remove: tuple[str, ...],
    label: dict[str, str],
) -> tuple[int, list[str]]:
    """(photographs that will change, one phrase per change) from each photo's (status, themes).
    ``label``: the words for statuses and theme slugs in the interface language."""
    phrases: list[str] = []
    touched: set[int] = set()
    if status is not None:
        by_old: dict[str, int] = {}
        for pid, (old, _t) in current.items():
            if old != status:
                by_old[old] = by_old.get(old, 0) + 1
                touched.add(pid)
        for old, n in sorted(by_old.items()):
            phrases.append(f"{label.get(old, old)} → {label.get(status, status)} ({n})")
    for slug in add:
        ids = {pid for pid, (_s, themes) in current.items() if slug not in themes}
        touched |= ids
        if ids:
            phrases.append(f"+{label.get(slug, slug)} ({len(ids)})")
    for slug in remove:
        ids = {pid for pid, (_s, themes) in current.items() if slug in themes}
        touched |= ids
        if ids:
            phrases.append(f"−{label.get(slug, slug)} ({len(ids)})")
    return len(touched), phrases


class BatchBar(QWidget):
    applied = Signal()

    def __init__(self, controller: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchBar")
        self.controller = controller
        self.tasks = controller.tasks
        self.ids: list[int] = []
        self.current: dict[int, tuple[str, tuple[str, ...]]] = {}
        self.vocab = Vocabulary()
        self.lang = "fr"
        self.add: list[str] = []
        self.remove: list[str] = []

        self.title = QLabel(self)
        self.title.setObjectName("batchTitle")
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("batchStatus")
        self.status_box.addItem("", None)
        for s in STATUSES:
            self.status_box.addItem(s, s)
        self.status_box.currentIndexChanged.connect(lambda _i: self._update_preview())
        self.theme_input = QLineEdit(self)
        self.theme_input.setObjectName("batchThemeInput")
        self._theme_model = QStringListModel(self)
        self._theme_by_text: dict[str, str] = {}
        completer = QCompleter(self._theme_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.theme_input.setCompleter(completer)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self._queue_theme(add=True))
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(lambda: self._queue_theme(add=False))
        self.theme_input.returnPressed.connect(lambda: self._queue_theme(add=True))
        self.chips = QWidget(self)
        self.chip_layout = FlowLayout(self.chips)
        self.preview = QLabel(self)
        self.preview.setObjectName("batchPreview")
        self.preview.setWordWrap(True)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("batchApply")
        self.apply_button.clicked.connect(self.apply)

        themes_row = QHBoxLayout()
        themes_row.addWidget(self.theme_input, 1)
        themes_row.addWidget(self.add_button)
        themes_row.addWidget(self.remove_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 12, 16, 4)
        col.addWidget(self.title)
        col.addWidget(self.status_box)
        col.addLayout(themes_row)
        col.addWidget(self.chips)
        col.addWidget(self.preview)
        col.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignTrailing)
        self.retranslate()

    def retranslate(self) -> None:
        self.status_box.setItemText(0, self.tr("Status: unchanged"))
        words = self._status_words()
        for i in range(1, self.status_box.count()):
            self.status_box.setItemText(
                i, self.tr("Status: %1").replace("%1", words[self.status_box.itemData(i)])
            )
        self.theme_input.setPlaceholderText(self.tr("Theme…"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.apply_button.setText(self.tr("Apply to all"))
        self._update_preview()

    def _status_words(self) -> dict[str, str]:
        return {"draft": self.tr("Draft"), "reviewed": self.tr("Reviewed"), "published": self.tr("Published")}

    def set_vocabulary(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._theme_by_text = {}
        for t in vocab.themes:
            text = " · ".join(dict.fromkeys(x for x in (*t.labels.values(), t.slug) if x))
            self._theme_by_text[text] = t.slug
        self._theme_model.setStringList(list(self._theme_by_text))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._render_chips()
        self._update_preview()

    def set_ids(self, ids: list[int]) -> None:
        """The selection changed: read each photograph's status and themes (in a worker)."""
        self.ids = list(ids)
        self.current = {}
        self._update_preview()
        if len(ids) < 2:
            return
        wanted = list(ids)

        def read(session) -> dict[int, tuple[str, tuple[str, ...]]]:
            return {r.id: (r.status, r.themes) for r in queries.photo_records(session, wanted)}

        self.tasks.read(read, self._on_current, key="batch-current")

    def _on_current(self, current: dict[int, tuple[str, tuple[str, ...]]]) -> None:
        self.current = current
        self._update_preview()

    def _queue_theme(self, add: bool) -> None:
        slug = theme_for_text(self.theme_input.text(), self.vocab, self._theme_by_text)
        if slug is None:
            return
        self.theme_input.clear()
        mine, other = (self.add, self.remove) if add else (self.remove, self.add)
        if slug in other:
            other.remove(slug)
        if slug not in mine:
            mine.append(slug)
        self._render_chips()
        self._update_preview()

    def _render_chips(self) -> None:
        self.chip_layout.clear()
        for sign, slugs in (("+", self.add), ("−", self.remove)):
            for slug in slugs:
                chip = QToolButton(self.chips)
                chip.setObjectName("themeChip")
                chip.setText(f"{sign}{self.vocab.theme_label(slug, self.lang)}  ×")
                chip.clicked.connect(lambda _c=False, s=slug: self._unqueue(s))
                self.chip_layout.addWidget(chip)
                chip.show()

    def _unqueue(self, slug: str) -> None:
        for lst in (self.add, self.remove):
            if slug in lst:
                lst.remove(slug)
        self._render_chips()
        self._update_preview()

    def status(self) -> str | None:
        value = self.status_box.currentData()
        return str(value) if value else None

    def preview_text(self) -> str:
        return self.preview.text()

    def _update_preview(self) -> None:
        self.title.setText(self.tr("%n photograph(s) selected", "", len(self.ids)))
        if not self.current or len(self.current) != len(self.ids):
            self.preview.setText("")
            self.apply_button.setEnabled(False)
            return
        labels = dict(self._status_words())
        labels.update({t.slug: t.label(self.lang) for t in self.vocab.themes})
        n, phrases = batch_preview(self.current, self.status(), tuple(self.add), tuple(self.remove), labels)
        if not phrases:
            self.preview.setText(self.tr("Nothing to change."))
        else:
            self.preview.setText(self.tr("%n photograph(s) will change: ", "", n) + "; ".join(phrases))
        self.apply_button.setEnabled(bool(phrases))

    def apply(self) -> None:
        """One undoable step for the whole selection."""
        if not self.apply_button.isEnabled():
            return
        values = {"status": s} if (s := self.status()) else {}
        request = EditRequest(values, add_themes=tuple(self.add), remove_themes=tuple(self.remove))
        self.controller.submit(same_for_all(self.ids, request), self.preview.text())
        self.add.clear()
        self.remove.clear()
        self.status_box.setCurrentIndex(0)
        self._render_chips()
        self.applied.emit()
