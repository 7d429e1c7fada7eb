"""File ▸ Import spreadsheet…: a preview of what a CSV, XLSX or JSON file would change, photograph by
photograph (old → new), and every error with its line and column; Import stays disabled while
there is an error. Reading the file and the catalog runs in a read worker, the import in the write
worker (services.import_plan); nothing touches the disk on the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from photobook.core.records import ImportFileError, ImportProblem
from photobook.ui.reason_texts import system_error_text
from photobook.ui.tasks import TaskManager

_Index = QModelIndex | QPersistentModelIndex


class ImportPreviewModel(QAbstractTableModel):
    """One row per field to change, then one per error: line, photograph, column, before, after."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str, str, bool]] = []

    def set_rows(self, rows: list[tuple[str, str, str, str, str, bool]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Line"),
            self.tr("Photograph"),
            self.tr("Column"),
            self.tr("Before"),
            self.tr("After"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = row[index.column()]
            if text and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                # each value in its own direction: "1990~" or a path stays as written in Arabic
                return "\u2068" + text + "\u2069"
            return text
        if role == Qt.ItemDataRole.ForegroundRole and row[5]:
            return QBrush(QColor("#b3261e"))
        return None

    def is_error(self, row: int) -> bool:
        return self._rows[row][5]


class ImportDialog(QDialog):
    """The preview of one file. ``planned`` when the preview is there; ``imported`` after a real
    import (with its ImportResult)."""

    planned = Signal(object)
    imported = Signal(object)
    failed = Signal(str)

    def __init__(self, tasks: TaskManager, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.tasks, self.path = tasks, Path(path)
        self.plan: Any = None
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.path.name))
        self.summary = QLabel(self.tr("Reading %1…").replace("%1", self.path.name))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 2 + 6)  # two lines, no jump
        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.start_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self._read()

    # --- the preview --------------------------------------------------------------------------

    def _read(self) -> None:
        from photobook.services.import_plan import plan_import

        lib, path = self.tasks.library, self.path
        self.tasks.read(
            lambda: plan_import(lib, path),
            self._on_plan,
            key="import-preview",
            on_error=self._on_error,
            session=False,
        )

    def _on_plan(self, plan: Any) -> None:
        self.plan = plan
        # the errors first: they are why Import is disabled
        rows = [(str(p.line), "", p.column, "", self.problem_text(p), True) for p in plan.problems]
        for r in plan.changed:
            for c in r.changes:
                rows.append((str(r.line), r.path, c.column, c.old or "", c.new or "", False))
        for line, kind, value in plan.not_found:
            rows.append((str(line), value, kind, "", self.tr("not found"), False))
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.summary.setText(self._summary(plan))
        self.import_button.setEnabled(bool(plan.ok and plan.changed and not self.tasks.library.readonly))
        self.planned.emit(plan)

    def _summary(self, plan: Any) -> str:
        parts = [
            self.tr("%n row(s) read", "", plan.rows_read),
            self.tr("%n photograph(s) to change", "", len(plan.changed)),
            self.tr("%n unchanged", "", len(plan.rows) - len(plan.changed)),
            self.tr("%n not found", "", len(plan.not_found)),
        ]
        text = " · ".join(parts)
        if plan.problems:
            text += "\n" + self.tr(
                "%n error(s): nothing can be imported until the file is corrected", "", len(plan.problems)
            )
        elif plan.rows_read and not plan.rows:
            text += "\n" + self.tr("No row names a photograph of this library.")
        return text

    def _on_error(self, exc: BaseException) -> None:
        why = self.file_problem_text(exc.reason, exc.values) if isinstance(exc, ImportFileError) else ""
        message = self.tr("This file cannot be imported: %1").replace(
            "%1", why or str(exc).splitlines()[0][:300]
        )
        self.summary.setText(message)
        self.import_button.setEnabled(False)
        self.failed.emit(message)

    def file_problem_text(self, reason: str, values: Any) -> str:
        """Why a whole file cannot be read (``TransferError.reason`` and its values), in the window's
        language; "" for a reason without words here (the English sentence is said then)."""
        locale = QLocale()

        def number(key: str) -> str:
            value = values.get(key)
            return locale.toString(int(value)) if isinstance(value, int) else str(value or "")

        texts = {
            "no_file": self.tr("the file is not there any more"),
            "is_folder": self.tr("it is a folder, not a file (.csv, .xlsx or .json)"),
            "unreadable": self.tr("it cannot be read (%1)"),
            "not_regular": self.tr("it is not a regular file (a device, a pipe or a socket)"),
            "too_large": self.tr("it is %1 MB; an import file is at most %2 MB"),
            "not_utf8": self.tr("it is not UTF-8 text"),
            "not_json": self.tr("it is not valid JSON"),
            "too_deep": self.tr("it is nested too deeply to be a photobook catalog"),
            "not_catalog": self.tr("it is not a photobook catalog"),
            "bad_version": self.tr("it is a catalog of version %1; this photobook reads version %2"),
            "photos_not_list": self.tr("its “photos” is not a list"),
            "csv_not_utf8": self.tr(
                "line %1 is not UTF-8 text: save the spreadsheet as “CSV UTF-8” and import it again"
            ),
            "csv_line": self.tr("line %1 cannot be read"),
            "too_many_rows": self.tr("it has more than %1 rows"),
            "empty_csv": self.tr("it is empty: its first line names the columns"),
            "not_xlsx": self.tr("it is not a readable Excel workbook (.xlsx)"),
            "xlsx_too_large": self.tr("the workbook expands to %1 MB; at most %2 MB"),
            "no_sheet": self.tr("the workbook has no sheet"),
            "cell_too_long": self.tr("row %1 has a cell of more than %2 characters"),
            "empty_sheet": self.tr("its first sheet is empty: its first row names the columns"),
        }
        args = {
            "too_large": ["size_mb", "limit_mb"],
            "xlsx_too_large": ["size_mb", "limit_mb"],
            "bad_version": ["value", "supported"],
            "csv_not_utf8": ["line"],
            "csv_line": ["line"],
            "too_many_rows": ["limit"],
            "cell_too_long": ["line", "limit"],
        }
        if reason == "unreadable":  # the system's error in the window's language, when it has words
            detail = system_error_text(str(values.get("errno", "")), str(values.get("detail", "")))
            return texts[reason].replace("%1", detail)
        text = texts.get(reason, "")
        for i, key in enumerate(args.get(reason, []), 1):
            text = text.replace(f"%{i}", number(key))
        return text

    def problem_text(self, p: ImportProblem) -> str:
        if p.code == "bad_entry" and p.values.get("reason"):  # an entry of a JSON file: why, in words
            inner = {k: x for k, x in p.values.items() if k != "reason"}
            return self.problem_text(ImportProblem(p.line, p.column, str(p.values["reason"]), inner))
        v = {k: str(x) for k, x in p.values.items()}
        texts = {
            "unknown_column": self.tr("unknown column “%1”"),
            "duplicate_column": self.tr("the column “%1” is there twice"),
            "extra_cells": self.tr("%1 cell(s) beyond the last named column"),
            "unknown_theme": self.tr("unknown theme “%1”"),
            "bad_date": self.tr("unreadable date “%1”"),
            "unknown_status": self.tr("unknown status “%1” (draft, reviewed or published)"),
            "bad_value": self.tr("value refused: %1"),
            "unknown_key": self.tr("unknown kind of key “%1” (path, name, hash or plate)"),
            "no_key": self.tr("no %1 to find the photograph by"),
            "duplicate_key": self.tr("“%1” is also on line %2"),
            "same_photo": self.tr("the same photograph as line %1"),
            "ambiguous_key": self.tr("“%1” names %2 photographs"),
            "cleared_and_set": self.tr("“%1” is both given and named in “cleared”"),
            "bad_entry": self.tr("entry refused: %1"),
            "stale": self.tr("changed by someone else since this preview"),
            # an entry of a JSON file
            "entry_not_object": self.tr("the entry must be an object { … }"),
            "entry_not_text": self.tr("“%1” must be text"),
            "entry_no_key": self.tr("the entry needs a “path” or a “content_hash”"),
            "entry_themes_not_list": self.tr("“themes” must be a list of theme names"),
            "entry_captions_not_object": self.tr("“captions” must give each language its caption"),
            "entry_unknown_language": self.tr("unknown caption language “%1”"),
            "entry_caption_not_text": self.tr("the caption “%1” must be a text, or a title and a text"),
            "entry_bad_coords": self.tr("“place_coords” must be [latitude, longitude] in degrees"),
            "entry_same_field": self.tr("“%1” and “%1_fr” are the same field: give one of them"),
            "entry_bad_cleared": self.tr("“cleared” must be a list of column names"),
        }
        args = {
            "unknown_column": [v.get("column", "")],
            "duplicate_column": [v.get("column", "")],
            "extra_cells": [v.get("count", "")],
            "unknown_theme": [v.get("value", "")],
            "bad_date": [v.get("value", "")],
            "unknown_status": [v.get("value", "")],
            "bad_value": [v.get("detail", "")],
            "unknown_key": [v.get("value", "")],
            "no_key": [v.get("key", "")],
            "duplicate_key": [v.get("value", ""), v.get("first_line", "")],
            "same_photo": [v.get("first_line", "")],
            "ambiguous_key": [v.get("value", ""), v.get("count", "")],
            "cleared_and_set": [v.get("column", "")],
            "bad_entry": [v.get("detail", "")],
            "entry_not_text": [v.get("key", "")],
            "entry_unknown_language": [v.get("value", "")],
            "entry_caption_not_text": [v.get("lang", "")],
            "entry_same_field": [v.get("key", "")],
        }
        if p.code == "bad_value" and p.values.get("refusal"):  # a value the catalog cannot take
            from photobook.services.edits import EditError
            from photobook.ui.refusal_texts import edit_error_text

            return edit_error_text(EditError.from_values(p.english, p.values))
        text = texts.get(p.code)
        if text is None:
            return p.english
        for i, arg in enumerate(args.get(p.code, []), 1):
            text = text.replace(f"%{i}", arg)
        return text

    # --- the import ---------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.plan is None or not self.import_button.isEnabled():
            return
        from photobook.services.import_plan import apply_plan

        lib, plan = self.tasks.library, self.plan
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        self.tasks.write(lambda: apply_plan(lib, plan), self._on_imported, on_error=self._on_refused)

    def _on_imported(self, result: Any) -> None:
        self.imported.emit(result)
        self.accept()

    def _on_refused(self, exc: BaseException) -> None:
        from photobook.services.import_plan import ImportRefused

        if isinstance(exc, ImportRefused):
            rows = [(str(p.line), "", p.column, "", self.problem_text(p), True) for p in exc.problems]
            self.model.set_rows(rows)
            self.summary.setText(self.tr("Nothing was imported: the catalog changed since this preview."))
            self.failed.emit(self.summary.text())
            return
        self._on_error(exc)
