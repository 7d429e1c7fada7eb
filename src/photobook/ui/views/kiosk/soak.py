"""Soak the kiosk: simulated visits (open a photograph, travel, change language and theme, go
back), each followed by the idle countdown, the attract loop and a touch that starts a fresh visit;
prints the resident memory after a warm-up and at the end as JSON (``kiosk_soak_rss_growth_mb``).

    QT_QPA_PLATFORM=offscreen python -m photobook.ui.views.kiosk.soak --cycles 300 --photos 5000

(``tools/kiosk_soak.py`` runs the same; ``photobook bench`` runs it for a fixed number of cycles
in a process of its own and reports ``kiosk_soak_rss_growth_mb``.)

Idle time runs on a fake clock: the cycles take as long as the work, not minutes of waiting.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cycles", type=int, default=200)
    p.add_argument("--warmup", type=int, default=20)
    p.add_argument("--photos", type=int, default=3000)
    args = p.parse_args(argv)
    print(json.dumps(soak(args.cycles, args.warmup, args.photos), indent=2))
    return 0


def soak(cycles: int = 200, warmup: int = 20, photos: int = 3000) -> dict[str, object]:
    """Run the soak in this process (it creates the QApplication); the figures as a dict."""
    import shutil

    from PySide6.QtCore import Qt

    from photobook.core.languages import LANGUAGES
    from photobook.db.engine import open_for_kiosk, open_library
    from photobook.services.synthetic import populate
    from photobook.ui.app import create_application
    from photobook.ui.views.kiosk import KioskWindow

    app = create_application()
    folder = Path(tempfile.mkdtemp(prefix="photobook-soak-")) / "library"
    lib = open_library(folder)
    populate(lib, photos, distinct_thumbs=50)
    lib.close()

    now = [0.0]
    w = KioskWindow(lambda: open_for_kiosk(folder), idle_s=60, clock=lambda: now[0], reduced_motion=True)
    w.idle.timer.setInterval(3_600_000)
    w.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    w.resize(1600, 1000)
    w.show()
    w.start()

    def settle() -> None:
        for _ in range(3):
            w.tasks.wait_idle(20000)
            w.thumbs.wait_idle(20000)
            app.processEvents()

    while w.loads == 0:
        app.processEvents()
    settle()
    themes = [s for s in w.chips if s]
    start_rss = None
    t0 = time.monotonic()
    for cycle in range(cycles):
        if cycle == warmup:
            start_rss = rss_mb()
        w.set_language(LANGUAGES[(cycle + 1) % len(LANGUAGES)])
        if themes:
            w.set_theme(themes[cycle % len(themes)])
            settle()
        if len(w.rows):
            w.open_photo(w.rows.id_at((cycle * 37) % len(w.rows)))
            for _ in range(5):
                w.step(+1)
            settle()
            w.close_photo()
        now[0] += 61
        w.idle.check()
        now[0] += 20
        w.idle.check()
        for _ in range(3):
            w.attract.step()
            settle()
        w.idle.touched()  # a touch: a fresh visit
        settle()
    end_rss = rss_mb()
    w._may_close = True
    w.close()
    result: dict[str, object] = {
        "cycles": cycles,
        "photos": photos,
        "seconds": round(time.monotonic() - t0, 1),
        "rss_after_warmup_mb": round(start_rss or end_rss, 1),
        "rss_end_mb": round(end_rss, 1),
        "kiosk_soak_rss_growth_mb": round(end_rss - (start_rss or end_rss), 1),
        "visits": w.visits,
    }
    w.shutdown()
    shutil.rmtree(folder.parent, ignore_errors=True)
    return result


if __name__ == "__main__":
    sys.exit(main())
