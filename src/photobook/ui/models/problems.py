"""Index problems (files that could not be catalogued, or were with a warning) as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from photobook.core.reasons import Reason
from photobook.ui import i18n
from photobook.ui.reason_texts import reason_text

COLUMNS = ("severity", "path", "reason", "source", "seen_at")
# Paths read left to right even in the Arabic window: isolate them (LRI … PDI), or the bidi
# algorithm shows "/tmp/photos" as "tmp/photos/". (Dates are the locale's own, marks included.)
_LTR = ("path", "source")


def _ltr(text: str) -> str:
    return f"\u2066{text}\u2069" if text else text


class ProblemsModel(QAbstractTableModel):
    def __init__(self, parent=None, lang: str | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._reasons: list[Reason] = []
        self.lang = lang or i18n.current_language()

    def set_language(self, lang: str) -> None:
        """Reasons are shown in the installed translation (ui/reason_texts.py): a new language
        redraws them."""
        if lang != self.lang:
            self.lang = lang
            if self._rows:
                col = COLUMNS.index("reason")
                self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def set_problems(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._reasons = [Reason.from_json(r.get("code", ""), r.get("values")) for r in self._rows]
        self.endResetModel()

    def problem(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if key == "reason" and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            reason = self._reasons[index.row()]  # the tooltip: the English, as the CLI says it
            return reason_text(reason) if role == Qt.ItemDataRole.DisplayRole else reason.english
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, key)
            return _ltr(text) if key in _LTR else text
        if role == Qt.ItemDataRole.ForegroundRole and key == "severity":
            return QColor("#9b1c1c") if row.get("severity") == "error" else QColor("#8a6d1f")
        return None

    def _text(self, row: dict[str, Any], key: str) -> str:
        value = row.get(key, "")
        if key == "severity":
            return self.tr("error") if value == "error" else self.tr("warning")
        if key == "seen_at" and value:
            when = QDateTime.fromString(str(value), Qt.DateFormat.ISODate)
            if when.isValid():
                return QLocale().toString(when, QLocale.FormatType.ShortFormat)
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (self.tr("Severity"), self.tr("File"), self.tr("Reason"), self.tr("Folder"), self.tr("Seen"))
        return names[section] if 0 <= section < len(names) else None
