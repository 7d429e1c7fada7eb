"""Opening a catalog made by an older photobook upgrades it (``db.migrate.upgrade_to_head``): at a
million photographs, a minute. The window says so while a worker thread does it, instead of a
start that shows nothing for that minute; no window at all when no upgrade runs.

:func:`open_in_worker` runs the opening in a thread of its own while the GUI thread waits in an
event loop (the window stays painted and movable); the worker says "the upgrade starts now" through
a queued signal, and the :class:`UpgradeWindow` shows then. The outcome (the error too, a
``LibraryError`` the caller reports as before) is returned on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

T = TypeVar("T")


class UpgradeWindow(QWidget):
    """A small window: the catalog is being updated, it can take a minute, nothing of the user's
    is changed; a busy bar (Alembic reports no progress inside one revision)."""

    def __init__(self, found: str, target: str, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        self.setObjectName("upgradeWindow")
        self._found, self._target = found, target
        self.title = QLabel(self)
        self.title.setObjectName("upgradeTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.revisions = QLabel(self)
        self.revisions.setObjectName("muted")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: no figures to show
        self.bar.setTextVisible(False)
        col = QVBoxLayout(self)
        col.setContentsMargins(24, 20, 24, 20)
        col.setSpacing(10)
        col.addWidget(self.title)
        col.addWidget(self.body)
        col.addWidget(self.bar)
        col.addWidget(self.revisions)
        self.setMinimumWidth(460)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Photobook — updating the catalog"))
        self.title.setText(self.tr("Updating the catalog for this version of photobook…"))
        self.body.setText(
            self.tr(
                "This can take a minute for a large archive; your photographs and captions are not changed."
            )
        )
        self.revisions.setText(
            self.tr("Catalog revision %1 → %2").replace("%1", self._found).replace("%2", self._target)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # the upgrade runs in one transaction; the window closes when it is done


class _Relay(QObject):
    """Lives on the GUI thread; the worker's emits reach it queued."""

    started = Signal(str, str)
    finished = Signal()


def open_in_worker(open_fn: Callable[[Callable[[str, str], None]], T]) -> T:
    """``open_fn(on_upgrade)`` in a worker thread, the GUI thread waiting in an event loop; when the
    worker calls ``on_upgrade(found, target)`` an :class:`UpgradeWindow` shows until it is done.
    Returns what ``open_fn`` returned, or raises what it raised (on the GUI thread)."""
    relay = _Relay()
    loop = QEventLoop()
    outcome: list[T] = []
    failure: list[BaseException] = []
    window: list[UpgradeWindow] = []

    def show(found: str, target: str) -> None:
        w = UpgradeWindow(found, target)
        window.append(w)
        w.adjustSize()
        screen = w.screen()
        if screen is not None:  # in the middle of the screen, where the main window will open
            w.move(screen.availableGeometry().center() - w.rect().center())
        w.show()

    def work() -> None:
        try:
            outcome.append(open_fn(relay.started.emit))
        except BaseException as exc:  # handed to the GUI thread, raised there
            failure.append(exc)
        finally:
            relay.finished.emit()

    relay.started.connect(show, Qt.ConnectionType.QueuedConnection)
    relay.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    thread = threading.Thread(target=work, name="photobook-open-catalog")
    thread.start()
    loop.exec()
    thread.join()
    for w in window:
        w.hide()
        w.deleteLater()
    if failure:
        raise failure[0]
    return outcome[0]
