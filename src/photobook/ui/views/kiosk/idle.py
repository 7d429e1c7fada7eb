"""When a visitor has walked away: after ``idle_s`` without a touch a countdown of
``countdown_s`` ("Still there? Touch to continue", WCAG 2.2.1), then the attract loop.

The clock is injectable and :meth:`IdleController.check` can be called directly, so that tests
drive the idle loop without waiting; in the kiosk a timer calls it four times a second.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

ACTIVE, COUNTDOWN, ATTRACT = "active", "countdown", "attract"


class IdleController(QObject):
    stateChanged = Signal(str)  # ACTIVE, COUNTDOWN or ATTRACT
    countdownChanged = Signal(int)  # whole seconds left
    freshVisit = Signal()  # a touch ended the attract loop: start again at the whole timeline

    def __init__(
        self,
        idle_s: float = 60.0,
        countdown_s: float = 20.0,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
        *,
        tick_ms: int = 250,
    ) -> None:
        super().__init__(parent)
        self.idle_s = max(1.0, float(idle_s))
        self.countdown_s = max(1.0, float(countdown_s))
        self._clock = clock
        self._last = clock()
        self._held = False  # a finger (or button) is down: never interrupt
        self._paused = False  # a video playing, a staff screen: never interrupt
        self.state = ACTIVE
        self._left = -1
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self._last = self._clock()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def set_held(self, held: bool) -> None:
        self._held = held
        self._last = self._clock()

    def set_paused(self, paused: bool) -> None:
        """While paused (a staff screen open) the countdown never starts."""
        self._paused = paused
        self._last = self._clock()
        if paused and self.state == COUNTDOWN:
            self._set(ACTIVE)

    def reset(self) -> None:
        """Back to a quiet visit (no countdown, no attract loop), from now."""
        self._last = self._clock()
        self._set(ACTIVE)

    def touched(self) -> bool:
        """A touch, click, key or wheel. Returns True if it was used up to leave the countdown
        or the attract loop (the widget under it should then not act on it)."""
        self._last = self._clock()
        if self.state == COUNTDOWN:
            self._set(ACTIVE)
            return True
        if self.state == ATTRACT:
            self._set(ACTIVE)
            self.freshVisit.emit()
            return True
        return False

    def check(self) -> None:
        now = self._clock()
        if self._held or self._paused:
            self._last = now
            return
        quiet = now - self._last
        if self.state == ACTIVE and quiet >= self.idle_s:
            self._set(COUNTDOWN)
        if self.state == COUNTDOWN:
            left = math.ceil(self.idle_s + self.countdown_s - quiet)
            if left <= 0:
                self._set(ATTRACT)
            elif left != self._left:
                self._left = left
                self.countdownChanged.emit(left)

    def _set(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self._left = -1
            self.stateChanged.emit(state)
