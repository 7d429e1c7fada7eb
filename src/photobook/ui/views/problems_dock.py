"""Index problems, where the archivist can see them: files that could not be catalogued (unreadable,
truncated, impossible dates…) and warnings, with the reason in one line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from photobook.ui import i18n
from photobook.ui.models.problems import ProblemsModel


class ProblemsDock(QDockWidget):
    refreshRequested = Signal()
    problemActivated = Signal(dict)  # a row double-clicked (or Enter): its problem (queries.problems)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDock")
        # anywhere, tabbed with the record editor on the right if the archivist likes
        self.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.model = ProblemsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("problemsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(self._on_activated)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the reason is what matters
        h.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        h.resizeSection(1, 380)
        h.resizeSection(3, 240)
        self.summary = QLabel(self)
        self.summary.setObjectName("muted")
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refreshRequested)
        body = QWidget(self)
        col = QVBoxLayout(body)
        col.setContentsMargins(12, 6, 12, 8)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        col.addLayout(top)
        col.addWidget(self.table, 1)
        self.setWidget(body)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Index problems"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.model.set_language(i18n.current_language())
        self._update_summary()

    def _on_activated(self, index) -> None:
        problem = self.model.problem(index.row()) if index.isValid() else None
        if problem:
            self.problemActivated.emit(dict(problem))

    def set_problems(self, problems: list[dict]) -> None:
        self.model.set_problems(problems)
        self._update_summary()

    def _update_summary(self) -> None:
        n = self.model.rowCount()
        errors = sum(1 for i in range(n) if (self.model.problem(i) or {}).get("severity") == "error")
        if n == 0:
            self.summary.setText(self.tr("No problems: every file found was catalogued."))
        else:
            self.summary.setText(
                self.tr("%n file(s) could not be catalogued", "", errors)
                + " · "
                + self.tr("%n warning(s)", "", n - errors)
            )
