"""What keeps the kiosk fit to run for weeks without staff, as a mixin of the kiosk's window:
opening hours (a black screen between closing and opening), the cursor hidden while no mouse
moves, and the status line staff read through systemd."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from photobook.ui.views.kiosk.heartbeat import write_heartbeat


class Unattended:
    """Mixed into :class:`~photobook.ui.views.kiosk.window.KioskWindow` (its attributes)."""

    sleep: Any
    sleeping: bool
    cursor_hidden: bool

    def check_sleep(self) -> None:
        """Between closing and opening: the black screen; at opening: a fresh visit."""
        asleep = self.sleep is not None and self.sleep.asleep(self._wall_clock())
        if asleep == self.sleeping:
            return
        self.sleeping = asleep
        if asleep:
            if self.attract is not None:
                self.attract.stop()
            self.countdown.hide()
            self.idle.reset()
            self.idle.set_paused(True)
            self.pages.setCurrentWidget(self.night)
            self.bar_widget.hide()
        else:
            self.bar_widget.show()
            self.idle.set_paused(False)
            self.reset_visit()  # opening time: the whole timeline, the default language

    def status_line(self) -> str:
        """What staff read in ``systemctl --user status photobook-kiosk``."""
        state = "open" if self.library is not None else "catalog unavailable"
        return (
            f"since {self.started:%Y-%m-%d %H:%M}, {self.visits} visits, {state}, "
            f"last error: {self.last_error or 'none'}"
        )

    def heartbeat(self) -> dict[str, Any]:
        """What the heartbeat file says (see :mod:`.heartbeat`)."""
        today = datetime.now().date()
        return {
            "since": self.started.isoformat(timespec="seconds"),
            "updated": datetime.now().isoformat(timespec="seconds"),
            "visits_today": self.visits_by_day.get(today.isoformat(), 0),
            "visits": self.visits,
            "catalog": "open" if self.library is not None else "unavailable",
            "last_error": self.last_error,
        }

    def beat(self) -> None:
        """Once a minute (and at the watchdog's pace under systemd): the heartbeat file."""
        write_heartbeat(self.heartbeat(), self.heartbeat_file)

    def _show_cursor(self) -> None:
        if self.cursor_hidden:
            QApplication.restoreOverrideCursor()
            self.cursor_hidden = False
        self._cursor_timer.start()

    def _hide_cursor(self) -> None:
        if not self.cursor_hidden:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self.cursor_hidden = True
