"""Opening hours: between closing and opening (``--sleep 22:00-08:00``) the kiosk shows a black
screen and ignores touches; at opening time a fresh visit starts. Plain Python."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time

_SPAN = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)-([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class SleepSchedule:
    start: time  # closing
    end: time  # opening

    @classmethod
    def parse(cls, text: str) -> SleepSchedule:
        m = _SPAN.match(text.strip())
        if not m:
            raise ValueError(f"--sleep takes HH:MM-HH:MM (closing-opening), not {text!r}")
        a, b = time(int(m[1]), int(m[2])), time(int(m[3]), int(m[4]))
        if a == b:
            raise ValueError(f"--sleep {text}: closing and opening are the same minute")
        return cls(a, b)

    def asleep(self, now: datetime) -> bool:
        t = now.time()
        if self.start < self.end:  # e.g. 12:00-14:00, a lunch break
            return self.start <= t < self.end
        return t >= self.start or t < self.end  # over midnight
