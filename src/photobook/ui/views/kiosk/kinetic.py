"""Swipe inertia on the kiosk's timeline: a finger that lets go while moving leaves the decades
gliding on, slowing down as a thrown card does, until they stop (or the data's end stops them).

The timeline's own drag moves the view while the finger is down; :class:`Inertia` watches that
movement (an event filter: it never takes an event from the timeline), measures how fast the view
was travelling over the last :data:`SAMPLE_S` before the release, and then keeps panning at that
speed decaying exponentially (time constant :data:`TAU_S`). Time comes from an injectable clock,
so that a test moves it; with reduced motion there is no glide at all.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

from photobook.core.timeline import DAYS_PER_YEAR

SAMPLE_S = 0.12  # the speed at release: the view's travel over this last stretch of the swipe
TAU_S = 0.45  # the glide loses 1/e of its speed in this time (≈ 1.4 s to a stop from a fast swipe)
MIN_START = 0.6  # years per second: slower releases just stop where the finger left them
MIN_SPEED = 0.05  # years per second: the glide stops below this
TICK_MS = 16

_PRESS = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin}
_MOVE = {QEvent.Type.MouseMove, QEvent.Type.TouchUpdate}
_RELEASE = {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd}


class Inertia(QObject):
    """Watches ``view`` (a TimelineView: ``visible_range()`` in years, ``pan_days()``)."""

    def __init__(
        self,
        view: QObject,
        clock: Callable[[], float],
        *,
        enabled: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.clock = clock
        self.enabled = enabled
        self.speed = 0.0  # years per second, while gliding
        self._samples: deque[tuple[float, float]] = deque(maxlen=64)
        self._down = False
        self._last_tick = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        view.installEventFilter(self)

    def gliding(self) -> bool:
        return self.timer.isActive()

    def stop(self) -> None:
        self.timer.stop()
        self.speed = 0.0

    def _center(self) -> float:
        a, b = self.view.visible_range()  # type: ignore[attr-defined]
        return (a + b) / 2

    def _sample(self) -> None:
        now = self.clock()
        self._samples.append((now, self._center()))
        while len(self._samples) > 2 and now - self._samples[0][0] > SAMPLE_S:
            self._samples.popleft()

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        t = e.type()
        if t in _PRESS:
            self.stop()  # a finger on a gliding timeline holds it
            self._samples.clear()
            self._down = True
            self._sample()
        elif t in _MOVE and self._down:
            self._sample()
            # the timeline moves the view after this filter: sample again once it has
            QTimer.singleShot(0, self, self._sample_if_down)
        elif t in _RELEASE and self._down:
            self._down = False
            self._sample()
            self.release()
        return False

    def _sample_if_down(self) -> None:
        if self._down:
            self._sample()

    def release(self) -> None:
        """The finger lifted: glide on at the speed the view had, if it was moving fast enough."""
        if not self.enabled or len(self._samples) < 2:
            return
        now = self.clock()
        # the travel over the last stretch only: a finger that rested before lifting left no
        # samples there (no moves), so it does not throw the timeline
        moving = [(t, c) for t, c in self._samples if now - t <= SAMPLE_S]
        if len(moving) < 2:
            return
        t1, c1 = moving[-1]
        t0, c0 = moving[0]
        if t1 - t0 <= 0:
            return
        speed = (c1 - c0) / (t1 - t0)
        if abs(speed) < MIN_START:
            return
        self.speed = speed
        self._last_tick = now
        self.timer.start()

    def tick(self) -> None:
        now = self.clock()
        dt = now - self._last_tick
        if dt <= 0:
            return
        self._last_tick = now
        travel = self.speed * TAU_S * (1 - math.exp(-dt / TAU_S))  # exact for the decay over dt
        self.speed *= math.exp(-dt / TAU_S)
        before = self._center()
        self.view.pan_days(travel * DAYS_PER_YEAR)  # type: ignore[attr-defined]
        if abs(self.speed) < MIN_SPEED or abs(self._center() - before) < 1e-9:
            self.stop()  # slow enough, or held at the data's end
