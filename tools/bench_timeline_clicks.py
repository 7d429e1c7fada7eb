"""The time a Ctrl- or Shift-click on the timeline takes on the GUI thread, at N photographs.

    python tools/bench_timeline_clicks.py [N ...]     (default: 100000)

A timeline of N dated photographs (and 1,000 undated ones), offscreen; 200 clicks through
``TimelineView.multi_click``, alternating a Ctrl-click on one photograph anywhere and a Shift-click
taking a span of about 50 from the current one. Prints the median, minimum and maximum time per
click and the process's CPU time. A figure to compare, not a test.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def measure(n: int, clicks: int = 200) -> str:
    from PySide6.QtCore import QRectF, Qt

    from photobook.ui.thumbcache import ThumbnailCache
    from photobook.ui.timeline.scene import VisibleItem
    from photobook.ui.timeline.timeline_view import TimelineView

    view = TimelineView(ThumbnailCache(None))
    rows: list[tuple[int, int | None, int | None, bool]] = []
    for pid in range(1, n + 1):
        d = 700_000 + (pid * 7919) % 20_000
        rows.append((pid, d, d + pid % 3, False))
    rows.sort(key=lambda r: r[1] or 0)
    rows += [(n + k, None, None, False) for k in range(1, 1001)]
    view.set_rows(rows)
    order = view.ordered_ids()
    rng = random.Random(1)
    times = []
    cpu = time.process_time()
    for k in range(clicks):
        if k % 2:
            pick, mods = order[rng.randrange(len(order))], Qt.KeyboardModifier.ControlModifier
        else:
            at = rng.randrange(50, len(order))
            view.select(order[at])
            pick, mods = order[at - 50], Qt.KeyboardModifier.ShiftModifier
        item = VisibleItem("photo", pick, 1, QRectF(0, 0, 10, 10))
        t = time.perf_counter()
        view.multi_click(item, mods)
        times.append(time.perf_counter() - t)
        view.set_selected_ids([])
    cpu = time.process_time() - cpu
    ms = [t * 1000 for t in times]
    return (
        f"{n:>9,} photographs: {statistics.median(ms):.2f} ms a click (median; min {min(ms):.2f}, "
        f"max {max(ms):.2f}) over {clicks} clicks; CPU {cpu:.1f} s in all"
    )


def main(argv: list[str]) -> int:
    from photobook.ui.app import create_application

    create_application()
    for n in [int(a) for a in argv] or [100_000]:
        print(measure(n), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
