"""Batch edit, at the top of the editor when several photographs are selected (contact sheet or
timeline): set the status, add or remove themes, set or clear any other field (the date, the title,
caption, place, photographer, credit and rights per language, plate); a preview says what will
change ("12 photographs: status draft → reviewed on 9; +Ports on 9; Date → vers 1985 (12)") before
it is applied as one undoable step."""

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

from photobook.core import dates
from photobook.core.languages import CREDIT_FIELDS, LANGUAGES, localized_field
from photobook.core.records import PhotoRecord
from photobook.ui.models.editing import EditCommand, EditController
from photobook.ui.models.vocabulary import Vocabulary
from photobook.ui.views.flow_layout import FlowLayout

STATUSES = ("draft", "reviewed", "published")

# The edit service (SQLAlchemy) is imported where it is used: by then a worker has loaded it (the
# window's first frame is painted without it, issue 6 §7).


def batch_fields() -> tuple[str, ...]:
    """The fields the batch bar sets or clears, in the order of its list: what can be cleared, but
    the internal notes."""
    from photobook.services.edits import CLEARABLE

    return tuple(name for name in CLEARABLE if name != "notes")


def field_phrases(
    records: list[PhotoRecord], values: dict[str, str], label: dict[str, str], show: dict[str, str]
) -> tuple[set[int], list[str]]:
    """(photographs that change, one phrase per field: "Date → vers 1985 (11)", "Rights → ∅ (3)")
    for setting ``values`` (field → value as stored; "" clears) on ``records``. ``label``: the
    fields' names, ``show``: each value as the archivist reads it, in the interface language."""
    if not values:
        return set(), []
    from photobook.services.edits import EditRequest, planned_changes

    changes = planned_changes(records, EditRequest(dict(values)))
    touched: set[int] = set()
    phrases: list[str] = []
    for name, value in values.items():
        key = "place" if name == "place:fr" else name
        ids = {c.photo_id for c in changes if c.field == key}
        touched |= ids
        if ids:
            phrases.append(
                f"{label.get(name, name)} → {show.get(name, value) if value else '∅'} ({len(ids)})"
            )
    return touched, phrases


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
) -> tuple[set[int], list[str]]:
    """(the photographs that will change, one phrase per change) from each photo's (status,
    themes). ``label``: the words for statuses and theme slugs in the interface language."""
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
    return touched, phrases


class BatchBar(QWidget):
    applied = Signal()

    def __init__(self, controller: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchBar")
        self.controller = controller
        self.tasks = controller.tasks
        self.ids: list[int] = []
        self.current: dict[int, tuple[str, tuple[str, ...]]] = {}
        self.records: list[PhotoRecord] = []
        self.values: dict[str, str] = {}  # field → value to set ("" clears it), as the save takes it
        self.vocab = Vocabulary()
        self.lang = "fr"
        self.add: list[str] = []
        self.remove: list[str] = []
        # the batch on its way, and what was queued for it: given back if it is refused because
        # someone else saved some of the photographs since the preview
        self._sent: EditCommand | None = None
        self._sent_queue: tuple[dict[str, str], list[str], list[str], int] | None = None
        self._refused_plan: object = None
        controller.stale.connect(self._on_stale)
        controller.saved.connect(lambda _r: self._forget_sent())

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
        # any other field: pick it, type a value, Set (or Enter) — or Clear
        self.field_box = QComboBox(self)
        self.field_box.setObjectName("batchField")
        self.field_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.field_box.setMinimumContentsLength(10)
        self.field_box.currentIndexChanged.connect(lambda _i: self._field_direction())
        self.value_input = QLineEdit(self)
        self.value_input.setObjectName("batchValue")
        self.value_input.setMinimumWidth(80)
        self.value_input.returnPressed.connect(self.set_field)
        self.set_button = QPushButton(self)
        self.set_button.setObjectName("batchSet")
        self.set_button.clicked.connect(self.set_field)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("batchClear")
        self.clear_button.clicked.connect(self.clear_field)
        self.refusal = QLabel(self)
        self.refusal.setObjectName("batchRefusal")
        self.refusal.setStyleSheet("color: #b3261e;")
        self.refusal.setWordWrap(True)
        self.refusal.hide()
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
        field_row = QHBoxLayout()  # the field and its value; then Set and Clear (a narrow dock)
        field_row.addWidget(self.field_box)
        field_row.addWidget(self.value_input, 1)
        col.addLayout(field_row)
        field_buttons = QHBoxLayout()
        field_buttons.addStretch(1)
        field_buttons.addWidget(self.set_button)
        field_buttons.addWidget(self.clear_button)
        col.addLayout(field_buttons)
        col.addWidget(self.refusal)
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
        self.set_button.setText(self.tr("Set"))
        self.clear_button.setText(self.tr("Clear"))
        self.value_input.setPlaceholderText(self.tr("Value for all…"))
        names = self.field_names()
        for i in range(self.field_box.count()):
            self.field_box.setItemText(i, names[self.field_box.itemData(i)])
        self._render_chips()
        self._update_preview()

    def field_names(self) -> dict[str, str]:
        """The batch fields' names in the interface language ("Titre · AR")."""
        names = {
            "date": self.tr("Date"),
            "photographer": self.tr("Photographer"),
            "credit": self.tr("Credit"),
            "rights": self.tr("Rights"),
            "plate": self.tr("Plate / page"),
        }
        for lang in LANGUAGES:
            names[localized_field("place", lang)] = self.tr("Place") + f" · {lang.upper()}"
            names[f"title:{lang}"] = self.tr("Title") + f" · {lang.upper()}"
            names[f"caption:{lang}"] = self.tr("Caption") + f" · {lang.upper()}"
        for k in CREDIT_FIELDS:  # set or cleared per language (revision 0013)
            base = names[k]
            for lang in LANGUAGES:
                names[localized_field(k, lang)] = base + f" · {lang.upper()}"
        return names

    def _field_direction(self) -> None:
        lang = str(self.field_box.currentData() or "").partition(":")[2]
        rtl = lang == "ar"
        self.value_input.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )

    def set_field(self, name: str | None = None, value: str | None = None) -> bool:
        """Queue ``name`` = ``value`` (by default the field and text shown) for the whole
        selection. A date it cannot read is refused here, with the reason, and nothing is queued."""
        name = name or str(self.field_box.currentData())
        text = (self.value_input.text() if value is None else value).strip()
        if not text:
            return False
        from photobook.services.edits import EditError, check_value, read_date

        try:
            # the save's own rule: a date it can read; text without control characters, not too long
            if name == "date":
                text = read_date(text)
            else:
                check_value(name, text)
        except EditError as exc:
            from photobook.ui.refusal_texts import edit_error_text

            self.refusal.setText(edit_error_text(exc))
            self.refusal.show()
            return False
        self.refusal.hide()
        self.values[name] = text
        self.value_input.clear()
        self._render_chips()
        self._update_preview()
        return True

    def clear_field(self, name: str | None = None) -> None:
        """Queue emptying ``name`` (by default the field shown) on the whole selection."""
        name = name or str(self.field_box.currentData())
        self.refusal.hide()
        self.values[name] = ""
        self._render_chips()
        self._update_preview()

    def _shown_values(self) -> dict[str, str]:
        return {n: (dates.in_words(v, self.lang) if n == "date" and v else v) for n, v in self.values.items()}

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

    def _fill_fields(self) -> None:
        """The list of fields, the first time several photographs are selected."""
        if self.field_box.count():
            return
        names = self.field_names()
        for name in batch_fields():
            self.field_box.addItem(names[name], name)

    def set_ids(self, ids: list[int]) -> None:
        """The selection changed: read each photograph's status and themes (in a worker)."""
        if len(ids) > 1:
            self._fill_fields()
        if sorted(ids) != sorted(self.ids):
            # the same photographs again (a reload after someone's save re-selects them): what the
            # bar knows of them stands until the new read lands, so the preview never says
            # "Rien à changer." in between
            self.current = {}
            self.records = []
        self.ids = list(ids)
        self._update_preview()
        if len(ids) < 2:
            return
        wanted = list(ids)

        def read(session) -> list[PhotoRecord]:
            from photobook.db import queries

            return queries.photo_records(session, wanted)

        self.tasks.read(read, self._on_current, key="batch-current")

    def _on_current(self, records: list[PhotoRecord]) -> None:
        if sorted(r.id for r in records) != sorted(self.ids):
            return  # an older selection's records
        self.records = records
        self.current = {r.id: (r.status, r.themes) for r in records}
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
        names, shown = self.field_names(), self._shown_values()
        for name in self.values:
            chip = QToolButton(self.chips)
            chip.setObjectName("fieldChip")
            chip.setText(f"{names.get(name, name)} = {shown[name] or '∅'}  ×")
            chip.clicked.connect(lambda _c=False, n=name: self._unqueue_field(n))
            self.chip_layout.addWidget(chip)
            chip.show()

    def _unqueue_field(self, name: str) -> None:
        self.values.pop(name, None)
        self._render_chips()
        self._update_preview()

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
        touched, phrases = batch_preview(
            self.current, self.status(), tuple(self.add), tuple(self.remove), labels
        )
        if self.values:  # a photograph changed by a field and by its status or themes counts once
            by_fields, more = field_phrases(
                self.records, self.values, self.field_names(), self._shown_values()
            )
            touched, phrases = touched | by_fields, phrases + more
        n = len(touched)
        if not phrases:
            self.preview.setText(self.tr("Nothing to change."))
        else:
            self.preview.setText(self.tr("%n photograph(s) will change: ", "", n) + "; ".join(phrases))
        self.apply_button.setEnabled(bool(phrases))

    def apply(self) -> None:
        """One undoable step for the whole selection, against the photographs as previewed: if
        someone else saved some of them since, nothing is applied, the bar says how many, shows
        them as they are now, and keeps what was queued to apply again."""
        if not self.apply_button.isEnabled():
            return
        values = dict(self.values)
        if s := self.status():
            values["status"] = s
        from photobook.services.edits import EditRequest, as_previewed

        request = EditRequest(values, add_themes=tuple(self.add), remove_themes=tuple(self.remove))
        self.refusal.hide()
        self._sent_queue = (
            dict(self.values),
            list(self.add),
            list(self.remove),
            self.status_box.currentIndex(),
        )
        self._sent = self.controller.submit(as_previewed(self.records, request), self.preview.text())
        self.add.clear()
        self.remove.clear()
        self.values.clear()
        self.status_box.setCurrentIndex(0)
        self._render_chips()
        self.applied.emit()

    def owns(self, plan: object) -> bool:
        """Whether ``plan`` (a refused save's) is the batch this bar sent."""
        return plan is self._refused_plan or (self._sent is not None and plan is self._sent.plan)

    def _forget_sent(self) -> None:
        if self._sent is not None and self._sent.last is not None:
            self._sent = self._sent_queue = None

    def _on_stale(self, exc: object, plan: object) -> None:
        from photobook.services.edits import StaleRevision

        if not self.owns(plan) or not isinstance(exc, StaleRevision):
            return
        self._refused_plan, self._sent = plan, None
        n = len(exc.photo_ids)
        self.refusal.setText(
            self.tr(
                "%n photograph(s) changed by someone else since the preview: nothing was applied. "
                "The preview now shows them as they are; apply again to go on.",
                "",
                n,
            )
        )
        self.refusal.show()
        if self._sent_queue is not None:  # what was queued comes back, to look at and apply again
            values, add, remove, status = self._sent_queue
            self._sent_queue = None
            self.values.update(values)
            self.add[:] = [*self.add, *(t for t in add if t not in self.add)]
            self.remove[:] = [*self.remove, *(t for t in remove if t not in self.remove)]
            self.status_box.setCurrentIndex(status)
            self._render_chips()
        self.set_ids(self.ids)  # the photographs as they are now
