"""The editor: one photograph's catalogue record, edited from the keyboard, saved as it is typed.

Title and caption in French, Arabic (a right-to-left field) and English; the date as archivists
write it, with its reading shown at once under the field ("vers 1985 · 1984–1986 · Hassan II",
or the reason in red when it cannot be a date); themes as chips with type-ahead over their three
labels; status, photographer, credit, plate/page, internal notes. File name, folder and digitised
date are read-only.

A field is saved when it is left (Tab, Enter, a click elsewhere): each save is one step of the
window's undo stack and goes to the single write worker (:mod:`photobook.ui.models.editing`).
Ctrl+Enter saves and moves to the next photograph in time; Escape puts the field back as it was.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from photobook.core import dates, languages
from photobook.core.languages import LANGUAGES, localized_field
from photobook.core.records import HistoryEntry, PhotoRecord
from photobook.core.reigns import Reign, reigns_for
from photobook.ui.models.editing import EditController
from photobook.ui.models.vocabulary import Vocabulary
from photobook.ui.views.batch_bar import BatchBar, theme_for_text
from photobook.ui.views.flow_layout import FlowLayout
from photobook.ui.views.place_picker import PlacePicker

if TYPE_CHECKING:  # the edit service is imported by the workers, after the window's first frame
    from photobook.services.edits import EditRequest

LANGS = LANGUAGES
STATUSES = ("draft", "reviewed", "published")
PLACE_FIELDS = tuple(localized_field("place", lang) for lang in LANGUAGES)
# The photographer, credit and rights per language (French: the field's own name; revision 0013)
CREDIT_FIELDS = tuple(localized_field(k, lang) for k in languages.CREDIT_FIELDS for lang in LANGUAGES)
TEXT_FIELDS = (*CREDIT_FIELDS, "plate", "notes")


def date_reading(text: str, vocab: Vocabulary, lang: str) -> tuple[bool, str]:
    """(accepted, what the date field says under it): "vers 1985 · 1984–1986 · Hassan II", or the
    reason it is refused. Plain Python: the same reading the save will make."""
    try:
        edtf = dates.from_human(text)
    except dates.DateError as exc:
        from photobook.ui.refusal_texts import date_error_text

        return False, date_error_text(exc)
    b = dates.parse(edtf)
    if b is None:
        return True, dates.in_words("", lang)
    spans = [Reign(i, r.slug, r.start, r.end) for i, r in enumerate(vocab.reigns)]
    parts = [dates.in_words(edtf, lang), dates.bounds_in_words(b, lang)]
    if parts[1] == parts[0]:
        parts.pop()
    names = [vocab.reign_name(r.slug, lang) for r in reigns_for(b.start, b.end, spans)]
    if names:
        parts.append(" / ".join(names))
    return True, " · ".join(parts)


class _Keys(QObject):
    """Ctrl+Enter, Escape and leaving a field, for every field of the editor."""

    def __init__(self, panel: EditorPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        name = obj.property("field")
        if not name:
            return False
        if event.type() == QEvent.Type.ShortcutOverride and name != "themes":
            assert isinstance(event, QKeyEvent)
            undo_keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
            if any(event.matches(k) for k in undo_keys) and not self.panel._changed(name):
                # nothing typed in this field: Ctrl+Z / Ctrl+Shift+Z undo and redo the saves
                event.ignore()
                return True
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods & Qt.KeyboardModifier.ControlModifier:
                self.panel.save_and_next()
                return True
            if key == Qt.Key.Key_Escape:
                self.panel.cancel_field(name)
                return True
            if (
                key == Qt.Key.Key_Down
                and mods & Qt.KeyboardModifier.AltModifier
                and name in ("date", "themes")
            ):
                (self.panel.picks if name == "date" else self.panel.theme_tree).showMenu()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and name == "themes":
                self.panel.add_theme_from_input()
                return True
        elif event.type() == QEvent.Type.FocusOut and isinstance(obj, QPlainTextEdit):
            self.panel.commit(name)
        return False


class EditorPanel(QWidget):
    nextRequested = Signal()  # Ctrl+Enter: saved; the window moves to the next photograph in time
    # "Show the conflict": the window goes back to this photograph (a save of mine refused on it
    # after the editor had moved on, by Ctrl+Enter), where the conflict view waits
    conflictRequested = Signal(int)

    def __init__(self, controller: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorPanel")
        self.controller = controller
        self.tasks = controller.tasks
        self.lang = "fr"
        self.vocab = Vocabulary()
        self.record: PhotoRecord | None = None
        self.history: list[HistoryEntry] = []
        # what the catalog holds once the saves sent from here have landed, and its revision
        self._believed: dict[str, str] = {}
        self._revision = 0
        self._keys = _Keys(self)
        self._want_focus = False
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}

        body = QWidget(self)
        body.setObjectName("editorBody")
        col = QVBoxLayout(body)
        col.setContentsMargins(16, 12, 16, 12)
        col.setSpacing(6)
        self.batch = BatchBar(controller, body)
        self.batch.hide()
        col.addWidget(self.batch)
        self.file_label = self._label("editorFile")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.file_label)
        self.message = self._label("editorMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        col.addWidget(self.message)
        # saves refused as stale once the editor had moved on (Ctrl+Enter): kept per photograph,
        # with a way back to each one's conflict view; they stay until looked at
        self._elsewhere: dict[int, EditRequest] = {}
        self.elsewhere_box = QFrame(body)
        self.elsewhere_box.setObjectName("elsewhereBox")
        eb = QHBoxLayout(self.elsewhere_box)
        eb.setContentsMargins(0, 0, 0, 0)
        self.elsewhere_label = self._label("elsewhereMessage")
        self.elsewhere_label.setStyleSheet("color: #b3261e;")
        self.show_conflict = QPushButton(self.elsewhere_box)
        self.show_conflict.setObjectName("showConflict")
        self.show_conflict.clicked.connect(self.show_next_conflict)
        eb.addWidget(self.elsewhere_label, 1)
        eb.addWidget(self.show_conflict, 0, Qt.AlignmentFlag.AlignTop)
        self.elsewhere_box.hide()
        col.addWidget(self.elsewhere_box)
        # a save refused because someone else saved first: their value and mine, field by field
        self.conflict: dict[str, str] = {}
        self.conflict_themes: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # mine: added, removed
        self._conflict_mine: dict[str, QRadioButton] = {}
        self._conflict_theirs: set[str] = set()  # the fields whose other version was chosen
        self.conflict_box = QFrame(body)
        self.conflict_box.setObjectName("conflictBox")
        self.conflict_box.setFrameShape(QFrame.Shape.StyledPanel)
        cb = QVBoxLayout(self.conflict_box)
        self.conflict_title = self._label("conflictTitle")
        cb.addWidget(self.conflict_title)
        self.conflict_grid = QGridLayout()
        cb.addLayout(self.conflict_grid)
        buttons = QHBoxLayout()
        self.keep_theirs = QPushButton(self.conflict_box)
        self.keep_theirs.setObjectName("keepTheirs")
        self.keep_theirs.clicked.connect(self.resolve_keep_theirs)
        self.use_mine = QPushButton(self.conflict_box)
        self.use_mine.setObjectName("useMine")
        self.use_mine.clicked.connect(self.resolve_use_mine)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_theirs)
        buttons.addWidget(self.use_mine)
        cb.addLayout(buttons)
        self.conflict_box.hide()
        col.addWidget(self.conflict_box)

        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(4)
        self.keys: dict[str, QLabel] = {}
        row = 0

        def add(name: str, widget: QWidget, key: str | None = None) -> None:
            nonlocal row
            k = self._label("editorKey")
            self.keys[key or name] = k
            form.addWidget(k, row, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(widget, row, 1)
            row += 1

        self.date_edit = self._line("date")
        self.date_edit.textEdited.connect(self._update_reading)
        # quick picks (Alt+Down in the date field): the same date as a day, a month, circa…
        self.picks = QToolButton(self)
        self.picks.setObjectName("datePicks")
        self.picks.setText("▾")
        self.picks.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.picks.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.picks_menu = QMenu(self.picks)
        self.pick_actions: dict[str, QAction] = {}
        for kind in dates.RESHAPES:
            act = self.picks_menu.addAction("")
            act.triggered.connect(lambda _c=False, k=kind: self.quick_pick(k))
            self.pick_actions[kind] = act
        self.picks.setMenu(self.picks_menu)
        date_row = QWidget(self)
        dr = QHBoxLayout(date_row)
        dr.setContentsMargins(0, 0, 0, 0)
        dr.setSpacing(2)
        dr.addWidget(self.date_edit, 1)
        dr.addWidget(self.picks)
        add("date", date_row)
        self.date_reading = self._label("dateReading")
        form.addWidget(self.date_reading, row, 1)
        row += 1
        for lang in LANGS:
            t = self._line(f"title:{lang}")
            c = self._text(f"caption:{lang}", 64)
            # each language's fields run in its own direction, whatever the interface's
            direction = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
            for w in (t, c):
                w.setLayoutDirection(direction)
            add(f"title:{lang}", t)
            add(f"caption:{lang}", c)

        self.chips = QWidget(self)
        self.chip_layout = FlowLayout(self.chips)
        self.theme_input = QLineEdit(self)
        self.theme_input.setObjectName("themeInput")
        self.theme_input.setProperty("field", "themes")
        self.theme_input.installEventFilter(self._keys)
        self._theme_model = QStringListModel(self)
        self._theme_by_text: dict[str, str] = {}
        completer = QCompleter(self._theme_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.theme_input.setCompleter(completer)
        completer.activated.connect(self._on_theme_completion)
        themes_box = QWidget(self)
        tb = QVBoxLayout(themes_box)
        tb.setContentsMargins(0, 0, 0, 0)
        tb.setSpacing(2)
        tb.addWidget(self.chips)
        # the tree of themes, for browsing rather than typing (Alt+Down in the theme field)
        self.theme_tree = QToolButton(self)
        self.theme_tree.setObjectName("themeTree")
        self.theme_tree.setText("▾")
        self.theme_tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.theme_tree.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.theme_menu = QMenu(self.theme_tree)
        self.theme_tree.setMenu(self.theme_menu)
        self._theme_actions: dict[str, QAction] | None = None  # made when the menu first opens
        self.theme_menu.aboutToShow.connect(self._fill_theme_menu)
        input_row = QHBoxLayout()
        input_row.setContentsMargins(0, 0, 0, 0)
        input_row.setSpacing(2)
        input_row.addWidget(self.theme_input, 1)
        input_row.addWidget(self.theme_tree)
        tb.addLayout(input_row)
        add("themes", themes_box)

        self.status_box = QComboBox(self)
        self.status_box.setObjectName("field_status")
        self.status_box.setProperty("field", "status")
        self.status_box.installEventFilter(self._keys)
        for s in STATUSES:
            self.status_box.addItem(s, s)
        self.status_box.activated.connect(lambda _i: self.commit("status"))
        self.fields["status"] = self.status_box
        add("status", self.status_box)
        for lang in LANGS:
            place = self._line(localized_field("place", lang))
            place.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
            )
            add(localized_field("place", lang), place)
        # the places' vocabulary: completion in three languages, the nearest place to the GPS position
        self.place_picker = PlacePicker(self.tasks, {n: self.fields[n] for n in PLACE_FIELDS}, self)
        self.place_picker.picked.connect(self.pick_place)
        form.addWidget(self.place_picker.suggestion, row, 1)
        row += 1
        for name in CREDIT_FIELDS:  # each language's field in its own direction, as the place's
            line = self._line(name)
            rtl = name.endswith(":ar")
            line.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
            add(name, line)
        add("plate", self._line("plate"))
        add("notes", self._text("notes", 56))
        form.setColumnStretch(1, 1)
        col.addLayout(form)

        rule = QFrame(body)
        rule.setFrameShape(QFrame.Shape.HLine)
        col.addWidget(rule)
        self.history_label = self._label("editorHistory")
        self.history_label.setTextFormat(Qt.TextFormat.PlainText)
        col.addWidget(self.history_label)
        col.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

        order = [
            self.date_edit,
            *(self.fields[f"{k}:{lang}"] for lang in LANGS for k in ("title", "caption")),
            self.theme_input,
            self.status_box,
            *(self.fields[n] for n in ("place", "place:ar", "place:en")),
            *(self.fields[n] for n in TEXT_FIELDS),
        ]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)
        controller.saved.connect(self._on_saved)
        controller.saved.connect(lambda _r: self.batch.isVisible() and self.batch.set_ids(self.batch.ids))
        controller.stale.connect(self._on_stale)
        controller.refused.connect(self._show_message)
        controller.failed.connect(self._show_message)
        controller.dropped.connect(self._on_dropped)
        self.retranslate()
        self.show_record(None)

    # --- building -----------------------------------------------------------------------------

    def _label(self, name: str) -> QLabel:
        lab = QLabel(self)
        lab.setObjectName(name)
        lab.setWordWrap(True)
        return lab

    def _line(self, name: str) -> QLineEdit:
        w = QLineEdit(self)
        w.setObjectName(f"field_{name.replace(':', '_')}")
        w.setProperty("field", name)
        w.installEventFilter(self._keys)
        w.editingFinished.connect(lambda n=name: self.commit(n))
        self.fields[name] = w
        return w

    def _text(self, name: str, height: int) -> QPlainTextEdit:
        w = QPlainTextEdit(self)
        w.setObjectName(f"field_{name.replace(':', '_')}")
        w.setProperty("field", name)
        w.setTabChangesFocus(True)
        w.setFixedHeight(height)
        w.installEventFilter(self._keys)
        self.fields[name] = w
        return w

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        names = {
            "date": self.tr("Date"),
            "themes": self.tr("Themes"),
            "status": self.tr("Status"),
            "photographer": self.tr("Photographer"),
            "credit": self.tr("Credit"),
            "rights": self.tr("Rights"),
            "plate": self.tr("Plate / page"),
            "notes": self.tr("Notes (internal)"),
        }
        names["place"] = self.tr("Place") + " · FR"
        for lang in LANGS:
            if lang != "fr":
                names[f"place:{lang}"] = self.tr("Place") + f" · {lang.upper()}"
            names[f"title:{lang}"] = self.tr("Title") + f" · {lang.upper()}"
            names[f"caption:{lang}"] = self.tr("Caption") + f" · {lang.upper()}"
        for k in languages.CREDIT_FIELDS:  # "Photographer · FR", "… · AR", "… · EN"
            base = names[k]
            for lang in LANGS:
                names[localized_field(k, lang)] = base + f" · {lang.upper()}"
        for key, lab in self.keys.items():
            lab.setText(names[key])
        statuses = {
            "draft": self.tr("Draft"),
            "reviewed": self.tr("Reviewed"),
            "published": self.tr("Published"),
        }
        for i in range(self.status_box.count()):
            self.status_box.setItemText(i, statuses[self.status_box.itemData(i)])
        self.conflict_title.setText(
            self.tr(
                "Someone else saved this photograph meanwhile: nothing of "
                "yours was saved. Their version, and yours:"
            )
        )
        picks = {
            "day": self.tr("Exact day"),
            "month": self.tr("Month"),
            "year": self.tr("Year"),
            "circa": self.tr("Circa"),
            "decade": self.tr("Decade"),
            "interval": self.tr("Interval"),
            "undated": self.tr("Undated"),
        }
        for kind, act in self.pick_actions.items():
            act.setText(picks[kind])
        self.picks.setToolTip(self.tr("Quick picks (Alt+Down)"))
        self.theme_tree.setToolTip(self.tr("All themes (Alt+Down)"))
        self.show_conflict.setText(self.tr("Show the conflict"))
        self._render_elsewhere()
        self.keep_theirs.setText(self.tr("Keep theirs"))
        self.use_mine.setText(self.tr("Save my choice"))
        self.date_edit.setPlaceholderText(self.tr("1985, vers 1985, juin 1985, années 80, 1984/1986…"))
        self.theme_input.setPlaceholderText(self.tr("Add a theme…"))
        self._render_header()
        self._render_history()
        self.batch.retranslate()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.place_picker.set_language(lang)
        self._forget_theme_menu()
        self.batch.set_language(lang)
        self._update_reading()
        self._render_chips()
        self._render_history()

    def set_vocabulary(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.place_picker.load()
        self.batch.set_vocabulary(vocab)
        entries = []
        self._theme_by_text = {}
        for t in vocab.themes:
            text = " · ".join(
                dict.fromkeys(x for x in (*(t.labels.get(lang) for lang in LANGUAGES), t.slug) if x)
            )
            entries.append(text)
            self._theme_by_text[text] = t.slug
        self._theme_model.setStringList(entries)
        self._forget_theme_menu()
        self._update_reading()
        self._render_chips()

    # --- the record ---------------------------------------------------------------------------

    def set_selection(self, ids: list[int]) -> None:
        """Several photographs selected: the batch bar, above the current one's record."""
        self.batch.setVisible(len(ids) > 1)
        self.batch.set_ids(ids)

    @property
    def photo_id(self) -> int | None:
        return self.record.id if self.record is not None else None

    def show_record(self, record: PhotoRecord | None) -> None:
        """Show ``record`` (a new selection, or the same photograph after a save)."""
        same = record is not None and self.record is not None and record.id == self.record.id
        if same and self.controller.pending:
            # saves from here are still on their way: this record is older than what was typed
            return
        if not same and self.record is not None and (self.conflict or any(self.conflict_themes)):
            # leaving a photograph whose conflict view is open (Ctrl+Enter, a click): it stays
            # reachable ("Show the conflict"), as a refusal that arrives after leaving does
            from photobook.services.edits import EditRequest  # loaded: a save was refused

            add, remove = self.conflict_themes
            left = EditRequest(dict(self.conflict), add, remove)
            self._elsewhere[self.record.id] = _merged(self._elsewhere.get(self.record.id), left)
            self.conflict, self.conflict_themes = {}, ((), ())
            self._render_elsewhere()
        self.record = record
        self.setEnabled(record is not None)
        if record is not None and self._want_focus:
            self._want_focus = False
            self.focus_first()
        if record is None:
            self._believed = {}
            for name in self.fields:
                self._set_field(name, "")
            self.chip_layout.clear()
            self.history = []
            self._render_header()
            self._render_history()
            return
        previous = self._believed
        self._revision = record.revision
        from photobook.services.edits import current_value  # loaded by the worker that read the record

        self._believed = {name: current_value(record, name) or "" for name in self.fields}
        for name in self.fields:
            # never overwrite what is being typed, nor a refused value still to be saved (a
            # field showing other than what was believed saved, focused or not)
            typing = same and self._value(name) != previous.get(name, "")
            if not typing:
                self._set_field(name, self._believed[name])
        if not same:
            self.message.hide()
            self.conflict = {}
            self.conflict_themes = ((), ())
            self._conflict_theirs.clear()
            waiting = self._elsewhere.pop(record.id, None)
            if waiting is not None:  # back on a photograph whose save was refused: its conflict
                self._add_conflict(waiting)
                self._render_elsewhere()
        self._render_conflict()
        self._update_reading()
        self._render_chips()
        self._render_header()
        pid = record.id
        self.tasks.read(lambda s: _photo_history(s, pid), self._on_history, key="editor-history")
        self.place_picker.suggest_for(record)

    def focus_first(self) -> None:
        """The cursor in the date field (now, or as soon as a record is shown)."""
        if self.record is None:
            self._want_focus = True
            return
        self.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.date_edit.selectAll()

    def _value(self, name: str) -> str:
        w = self.fields[name]
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        return str(w.currentData() or "")

    def _set_field(self, name: str, value: str) -> None:
        w = self.fields[name]
        if isinstance(w, QLineEdit):
            if w.text() != value:
                w.setText(value)
                w.setCursorPosition(0)  # a long title shows its beginning
        elif isinstance(w, QPlainTextEdit):
            if w.toPlainText() != value:
                w.setPlainText(value)
        else:
            i = w.findData(value)
            w.setCurrentIndex(max(i, 0))

    # --- saving -------------------------------------------------------------------------------

    def _changed(self, name: str) -> bool:
        return self._value(name).strip() != (self._believed.get(name) or "").strip()

    def commit(self, name: str, text: str | None = None) -> bool:
        """Save one field if it changed. A date that cannot be read is not saved (the reason shows
        under the field). Returns False when refused."""
        return self._save([name], text or self._describe(name))

    def commit_all(self) -> bool:
        return self._save([n for n in self.fields if self._changed(n)], self.tr("Edit"))

    def _describe(self, name: str) -> str:
        key = self.keys.get(name)
        return self.tr("Edit %1").replace("%1", key.text() if key is not None else name)

    def pick_place(self, names: dict[str, str]) -> None:
        """A place of the vocabulary chosen (completion or suggestion): its three names, one save."""
        for n, v in names.items():
            self._set_field(n, v)
        self._save(list(names), self.tr("Place %1").replace("%1", names.get("place", "")))

    def _save(self, names: list[str], text: str) -> bool:
        if self.record is None:
            return True
        for n in [x for x in names if x in PLACE_FIELDS]:
            picked = self.place_picker.names_for(self._value(n))
            if picked is not None:  # a completion line left in the field: the place's three names
                for f, v in picked.items():
                    self._set_field(f, v)
                names = list(dict.fromkeys([*names, *picked]))
        values = {n: self._value(n) for n in names if self._changed(n)}
        if not values:
            return True
        refused = False
        if "date" in values:
            if not date_reading(values["date"], self.vocab, self.lang)[0]:
                # the date stays red and unsaved; the other fields are saved all the same
                self._update_reading()
                del values["date"]
                refused = True
            else:
                values["date"] = dates.from_human(values["date"])
        if not values:
            return not refused
        from photobook.services.edits import EditRequest

        self._submit(EditRequest(values, expect_revision=self._revision), text)
        for n, v in values.items():
            self._believed[n] = v
        if "date" in values:
            self._set_field("date", values["date"])
            self._update_reading()
        return not refused

    def _submit(self, request: EditRequest, text: str) -> None:
        assert self.record is not None
        if self.controller.submit({self.record.id: request}, text) is not None:
            self._revision += 1

    def quick_pick(self, kind: str) -> None:
        """The date as typed, reshaped (a day, a month, circa, a decade…), and saved."""
        try:
            edtf = dates.reshape(dates.from_human(self.date_edit.text()), kind)
        except dates.DateError as exc:
            from photobook.ui.refusal_texts import date_error_text

            self.date_reading.setText(date_error_text(exc))
            return
        self.date_edit.setText(edtf)
        self._update_reading()
        self.commit("date")
        self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_and_next(self) -> None:
        if self.commit_all():
            self.nextRequested.emit()

    def cancel_field(self, name: str) -> None:
        """Escape: the field as it was saved."""
        if name == "themes":
            self.theme_input.clear()
            return
        self._set_field(name, self._believed.get(name, ""))
        if name == "date":
            self._update_reading()

    # --- themes -------------------------------------------------------------------------------

    def add_theme_from_input(self) -> None:
        text = self.theme_input.text().strip()
        if not text:
            return
        slug = theme_for_text(text, self.vocab, self._theme_by_text)
        if slug is None:
            self._show_message(self.tr("No theme called “%1”").replace("%1", text))
            return
        self.theme_input.clear()
        self.change_themes(add=(slug,))

    def _on_theme_completion(self, text: str) -> None:
        slug = self._theme_by_text.get(text)
        if slug is not None:
            self.theme_input.clear()
            self.change_themes(add=(slug,))

    def change_themes(self, add: tuple[str, ...] = (), remove: tuple[str, ...] = ()) -> None:
        if self.record is None:
            return
        current = self._themes()
        add = tuple(s for s in add if s not in current)
        remove = tuple(s for s in remove if s in current)
        if not add and not remove:
            return
        label = ", ".join(
            [f"+{self.vocab.theme_label(s, self.lang)}" for s in add]
            + [f"−{self.vocab.theme_label(s, self.lang)}" for s in remove]
        )
        from photobook.services.edits import EditRequest

        self._submit(
            EditRequest(add_themes=add, remove_themes=remove, expect_revision=self._revision),
            self.tr("Themes %1").replace("%1", label),
        )
        self._believed_themes = [*(t for t in current if t not in remove), *add]
        self._render_chips()

    def _themes(self) -> list[str]:
        believed = getattr(self, "_believed_themes", None)
        if believed is not None and self.controller.pending:
            return list(believed)
        return list(self.record.themes) if self.record is not None else []

    def _forget_theme_menu(self) -> None:
        """The theme menu is made again from the vocabulary and the interface language when it
        next opens (:meth:`_fill_theme_menu`): not when the vocabulary arrives at start, where its
        ~40 actions and submenus cost the GUI thread ~10–30 ms while the catalog's first reads
        run (measured at a million photographs), for a menu most sessions never open."""
        self._theme_actions = None

    @property
    def theme_actions(self) -> dict[str, QAction]:
        """The menu's action for each theme slug (the menu made now if it is not yet)."""
        self._fill_theme_menu()
        assert self._theme_actions is not None
        return self._theme_actions

    def _fill_theme_menu(self) -> None:
        """The vocabulary as a menu tree in the interface language: a parent opens a submenu
        whose first entry is the parent itself."""
        if self._theme_actions is not None:
            return
        self.theme_menu.clear()
        actions: dict[str, QAction] = {}
        self._theme_actions = actions

        def fill(menu: QMenu, parent: str | None, depth: int) -> None:
            for t in self.vocab.children(parent):
                label = t.label(self.lang)
                if self.vocab.children(t.slug) and depth < 8:
                    sub = menu.addMenu(label)
                    self._theme_action(sub, t.slug, label, actions)
                    sub.addSeparator()
                    fill(sub, t.slug, depth + 1)
                else:
                    self._theme_action(menu, t.slug, label, actions)

        fill(self.theme_menu, None, 0)

    def _theme_action(self, menu: QMenu, slug: str, label: str, actions: dict[str, QAction]) -> None:
        act = menu.addAction(label)
        act.triggered.connect(lambda _c=False, s=slug: self.change_themes(add=(s,)))
        actions[slug] = act

    def _render_chips(self) -> None:
        self.chip_layout.clear()
        if self.record is None:
            return
        if not self.controller.pending:
            self._believed_themes = list(self.record.themes)
        for slug in self._themes():
            chip = QToolButton(self.chips)
            chip.setObjectName("themeChip")
            chip.setText(f"{self.vocab.theme_label(slug, self.lang)}  ×")
            chip.setToolTip(self.tr("Remove this theme"))
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.clicked.connect(lambda _c=False, s=slug: self.change_themes(remove=(s,)))
            self.chip_layout.addWidget(chip)
            chip.show()
        self.chips.updateGeometry()

    # --- what the panel says ------------------------------------------------------------------

    def _update_reading(self) -> None:
        ok, text = date_reading(self.date_edit.text(), self.vocab, self.lang)
        self.date_reading.setText(text)
        self.date_reading.setProperty("refused", not ok)
        self.date_reading.setStyleSheet("color: #b3261e;" if not ok else "color: palette(mid);")

    def reading_refused(self) -> bool:
        return bool(self.date_reading.property("refused"))

    def _render_header(self) -> None:
        r = self.record
        if r is None:
            self.file_label.setText(self.tr("Select a photograph to edit its record"))
            return
        # file names, folders and ISO times stay left to right inside Arabic text (isolated)
        lines = [
            _ltr(r.path.rsplit("/", 1)[-1]),
            _ltr(r.source + ("/" + r.path.rsplit("/", 1)[0] if "/" in r.path else "")),
        ]
        if r.digitised_at:
            lines.append(self.tr("Digitised %1").replace("%1", _ltr(r.digitised_at.replace("T", " "))))
        lines.append(self.tr("Revision %1").replace("%1", str(self._revision)))
        self.file_label.setText("\n".join(lines))

    def _on_history(self, entries: list[HistoryEntry]) -> None:
        if self.record is not None and entries and entries[0].photo_id != self.record.id:
            return
        self.history = entries
        self._render_history()

    def _render_history(self) -> None:
        if not self.history:
            self.history_label.setText(self.tr("No change recorded yet."))
            return
        lines = [self.tr("History")]
        for e in reversed(self.history[-8:]):
            lines.append(
                f"{e.at.replace('T', ' ')[:16]}  {e.user or '?'} · {e.field}: "
                f"{_short(e.old)} → {_short(e.new)}"
            )
        self.history_label.setText("\n".join(lines))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_saved(self, _result: object) -> None:
        self.message.hide()

    def _on_dropped(self, plan: object) -> None:
        """A save sent from here was refused (a value the catalog cannot take) or failed: the
        photograph kept its revision, and what was typed is still to be saved — it stays in its
        field, no longer taken for saved."""
        from photobook.services.edits import EditRequest, current_value

        request = plan.get(self.record.id) if isinstance(plan, dict) and self.record is not None else None
        if not isinstance(request, EditRequest) or self.record is None:
            return
        if request.expect_revision is not None and self._revision > request.expect_revision:
            self._revision -= 1  # it was counted when sent; it never happened
        for n, v in request.values.items():
            if n in self.fields and self._believed.get(n) == v:
                self._believed[n] = current_value(self.record, n) or ""
        self._render_header()
        self._render_chips()

    def _on_stale(self, exc: object, plan: object) -> None:
        if self.batch.owns(plan):
            return  # the batch bar says so, and shows the photographs as they are now
        from photobook.services.edits import EditRequest  # loaded by the worker that refused the save

        pid = getattr(exc, "photo_id", None)
        request = plan.get(pid) if isinstance(plan, dict) else None
        if (
            isinstance(pid, int)
            and isinstance(request, EditRequest)
            and (self.record is None or pid != self.record.id)
        ):
            # a save made here before moving on (Ctrl+Enter): kept, with a way back to its conflict
            self._elsewhere[pid] = _merged(self._elsewhere.get(pid), request)
            self._render_elsewhere()
            return
        if self.record is None or pid != self.record.id or request is None:
            self._show_message(self.tr("Someone else saved this photograph meanwhile: nothing was saved."))
            return
        self._add_conflict(request)
        self._render_conflict()

    def _add_conflict(self, request: EditRequest) -> None:
        self.conflict.update({k: v for k, v in request.values.items()})
        if request.add_themes or request.remove_themes:  # a change of themes is shown and chosen too
            add, remove = self.conflict_themes
            add = (*(t for t in add if t not in request.remove_themes), *request.add_themes)
            remove = (*(t for t in remove if t not in request.add_themes), *request.remove_themes)
            self.conflict_themes = (tuple(dict.fromkeys(add)), tuple(dict.fromkeys(remove)))

    def _render_elsewhere(self) -> None:
        n = len(self._elsewhere)
        self.elsewhere_label.setText(
            self.tr(
                "%n photograph(s) you left with Ctrl+Enter: someone else saved it meanwhile, "
                "and your changes were not saved.",
                "",
                n,
            )
        )
        self.elsewhere_box.setVisible(bool(n))

    def conflicts_elsewhere(self) -> list[int]:
        """The photographs whose refused save waits to be looked at, oldest first."""
        return list(self._elsewhere)

    def show_next_conflict(self) -> None:
        """Back to the first photograph whose save was refused after the editor moved on."""
        if self._elsewhere:
            self.conflictRequested.emit(next(iter(self._elsewhere)))

    # --- a conflict with another archivist ----------------------------------------------------

    def _conflict_text(self, name: str, value: str | None) -> str:
        """A value as the archivist reads it in the conflict view (a date in words)."""
        if not value:
            return "∅"
        if name == "date":
            try:
                return f"{dates.in_words(value, self.lang)} ({_ltr(value)})"
            except dates.DateError:
                return value
        return value

    def _render_conflict(self) -> None:
        from photobook.services.edits import current_value

        while self.conflict_grid.count():
            item = self.conflict_grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self._conflict_mine: dict[str, QRadioButton] = {}
        add, remove = self.conflict_themes
        rows: list[tuple[str, str, str]] = []
        if self.record is not None:
            for name, mine in self.conflict.items():
                key = self.keys[name].text() if name in self.keys else name
                rows.append((name, key, mine))
            if add or remove:
                rows.append(("themes", self.keys["themes"].text(), ""))
        self.conflict_box.setVisible(bool(rows))
        if not rows or self.record is None:
            return
        heads = (self.tr("Field"), self.tr("Theirs"), self.tr("Mine"))
        for c, text in enumerate(heads):
            lab = self._label("conflictHead")
            lab.setText(text)
            self.conflict_grid.addWidget(lab, 0, c)
        for r, (name, key, mine) in enumerate(rows, start=1):
            if name == "themes":
                theirs_text = (
                    ", ".join(self.vocab.theme_label(t, self.lang) for t in self.record.themes) or "∅"
                )
                mine_text = ", ".join(
                    [f"+{self.vocab.theme_label(t, self.lang)}" for t in add]
                    + [f"−{self.vocab.theme_label(t, self.lang)}" for t in remove]
                )
            else:
                theirs_text = self._conflict_text(name, current_value(self.record, name))
                mine_text = self._conflict_text(name, mine)
            lab = self._label("conflictCell")
            lab.setText(key)
            self.conflict_grid.addWidget(lab, r, 0)
            group = QButtonGroup(self.conflict_box)
            room = max(80, (self.scroll.viewport().width() - 200) // 2)
            for c, (obj, text) in enumerate(
                (("conflictTheirs", theirs_text), ("conflictMine", mine_text)), 1
            ):
                choice = QRadioButton(self.conflict_box)
                # a long value is cut to the dock's width (the whole of it in the tooltip): the
                # view never pushes the editor wider than its dock
                shown = choice.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
                choice.setText(shown)
                if shown != text:
                    choice.setToolTip(text)
                choice.setObjectName(obj)
                choice.setProperty("field", None)
                group.addButton(choice)
                self.conflict_grid.addWidget(choice, r, c)
                if obj == "conflictMine":
                    # what I typed, unless I chose theirs (kept when the view is drawn again)
                    choice.setChecked(name not in self._conflict_theirs)
                    self._conflict_mine[name] = choice
                else:
                    choice.setChecked(name in self._conflict_theirs)
                    choice.toggled.connect(lambda on, n=name: self._pick_conflict(n, on))

    def _pick_conflict(self, name: str, theirs: bool) -> None:
        if theirs:
            self._conflict_theirs.add(name)
        else:
            self._conflict_theirs.discard(name)

    def resolve_keep_theirs(self) -> None:
        self.conflict = {}
        self.conflict_themes = ((), ())
        self._conflict_theirs.clear()
        self._render_conflict()

    def resolve_use_mine(self) -> None:
        """Save my values where I chose mine, now that I have seen theirs (against their revision)."""
        if self.record is None:
            return
        chosen = {n for n, b in self._conflict_mine.items() if b.isChecked()}
        values = {n: v for n, v in self.conflict.items() if n in chosen}
        add, remove = self.conflict_themes if "themes" in chosen else ((), ())
        self.conflict = {}
        self.conflict_themes = ((), ())
        self._conflict_theirs.clear()
        self._render_conflict()
        if not values and not add and not remove:
            return
        from photobook.services.edits import EditRequest

        request = EditRequest(values, add_themes=add, remove_themes=remove, expect_revision=self._revision)
        self._submit(request, self.tr("Use my version"))
        for n, v in values.items():
            if n in self.fields:
                self._believed[n] = v
                self._set_field(n, v)


def _photo_history(session, photo_id: int) -> list[HistoryEntry]:
    from photobook.db import queries  # in the worker

    return queries.photo_history(session, photo_id)


def _merged(old: EditRequest | None, new: EditRequest) -> EditRequest:
    """Two refused requests on one photograph as one: the later value of a field wins."""
    from photobook.services.edits import EditRequest

    if old is None:
        return new
    add = (*(t for t in old.add_themes if t not in new.remove_themes), *new.add_themes)
    remove = (*(t for t in old.remove_themes if t not in new.add_themes), *new.remove_themes)
    return EditRequest(
        {**old.values, **new.values},
        tuple(dict.fromkeys(add)),
        tuple(dict.fromkeys(remove)),
        new.expect_revision,
    )


def _ltr(text: str) -> str:
    return f"\u2066{text}\u2069"  # LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE


def _short(value: str | None) -> str:
    if not value:
        return "∅"
    return value if len(value) <= 30 else value[:29] + "…"
