"""The hidden way out for staff: a long press in the top-left corner of the screen, then five
taps in the same corner, each soon after the one before. Nothing a visitor sees hints at it.
Fed with presses and releases (window coordinates) and an injectable clock."""

from __future__ import annotations

import time
from collections.abc import Callable


class ExitGesture:
    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        *,
        corner_px: int = 96,
        long_s: float = 2.0,
        taps: int = 5,
        gap_s: float = 1.5,
    ) -> None:
        self._clock = clock
        self.corner_px = corner_px
        self.long_s = long_s
        self.taps = taps
        self.gap_s = gap_s
        self._pressed_at: float | None = None
        self._armed = False
        self._count = 0
        self._last_tap = 0.0

    def _in_corner(self, x: float, y: float) -> bool:
        return 0 <= x < self.corner_px and 0 <= y < self.corner_px

    def press(self, x: float, y: float) -> None:
        if not self._in_corner(x, y):
            self.reset()
            return
        self._pressed_at = self._clock()

    def release(self, x: float, y: float) -> bool:
        """True when this release completes the gesture."""
        start, self._pressed_at = self._pressed_at, None
        if start is None or not self._in_corner(x, y):
            self.reset()
            return False
        now = self._clock()
        if now - start >= self.long_s:
            self._armed, self._count, self._last_tap = True, 0, now
            return False
        if not self._armed or now - self._last_tap > self.gap_s:
            self.reset()
            return False
        self._count += 1
        self._last_tap = now
        if self._count >= self.taps:
            self.reset()
            return True
        return False

    def reset(self) -> None:
        self._pressed_at = None
        self._armed = False
        self._count = 0
