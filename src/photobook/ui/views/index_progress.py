"""Progress of a long job (adding a folder, the first-start demo) in the status bar: what it is
doing, a bar, the rate in files per second, and a cancel button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class IndexProgress(QWidget):
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indexProgress")
        self.label = QLabel(self)
        self.label.setObjectName("progressLabel")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progressBar")
        self.bar.setMinimumWidth(220)
        self.bar.setMaximumWidth(340)
        self.bar.setTextVisible(False)
        self.rate = QLabel(self)
        self.rate.setObjectName("muted")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelIndex")
        self.cancel_button.clicked.connect(self._cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar)
        row.addWidget(self.rate)
        row.addWidget(self.cancel_button)
        self._title = ""
        self._last: Any = None
        self.retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        if self._last is not None:
            self.set_progress(self._last)

    def start(self, title: str) -> None:
        self._title = title
        self._last = None
        self.label.setText(title)
        self.bar.setRange(0, 0)  # busy until the first figures arrive
        self.rate.setText("")
        self.cancel_button.setEnabled(True)
        self.show()

    def set_progress(self, p: Any) -> None:
        """``p`` has phase, done, total, rate (indexer.scan.Progress)."""
        self._last = p
        phases = {
            "walk": self.tr("Looking for photographs"),
            "metadata": self.tr("Reading photographs"),
            "thumbnails": self.tr("Making thumbnails"),
        }
        phase = phases.get(getattr(p, "phase", ""), getattr(p, "phase", ""))
        done, total = int(getattr(p, "done", 0) or 0), int(getattr(p, "total", 0) or 0)
        loc = QLocale()
        self.label.setText(f"{self._title} — {phase}" if phase else self._title)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            figures = f"{loc.toString(done)} / {loc.toString(total)}"
        else:
            self.bar.setRange(0, 0)
            figures = loc.toString(done)
        rate = float(getattr(p, "rate", 0.0) or 0.0)
        self.rate.setText(
            figures
            + (" · " + self.tr("%1 files/s").replace("%1", loc.toString(rate, "f", 1)) if rate > 0 else "")
        )

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping…"))

    def finish(self) -> None:
        self._last = None
        self.hide()

    def _cancel(self) -> None:
        self.cancelling()
        self.cancelRequested.emit()
