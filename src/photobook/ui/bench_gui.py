"""GUI benchmark: the real TimelineView over a synthetic catalog, offscreen, at 1920×1080.

``run(n, quick)`` returns:

* ``gui_first_paint_s``: from the start of a fresh Python process (its start time in /proc) to the
  end of the first paint of the timeline with every row loaded (``--first-paint LIBRARY``), the rows
  read without SQLAlchemy (``db.fastpath``) and the ORM imported after the first frame;
* ``gui_frame_ms``: median full repaint at each zoom level ("all", "decade", "year", "month") with
  the thumbnails in view already cached;
* ``gui_filter_ms``: median time to apply a theme filter: narrow the rows the view holds with
  ``queries.timeline_rows_within`` (theme index → ids), ``set_rows``, repaint; ``gui_filter_sql_ms``
  is the same with a fresh ``queries.timeline_rows(PhotoFilter(themes=…))``;
* ``gui_rss_mb``: resident memory of a fresh process after scrolling the whole range at year zoom
  while thumbnails load (``--rss LIBRARY``).

Usage: ``python -m photobook.ui.bench_gui --json [--n N] [--quick]``. The synthetic catalog is
built once per size in the temp folder and reused. This module imports nothing heavy at the top,
so that ``--first-paint`` measures what a real start costs.
"""

from __future__ import annotations

import os
import sys
import time

T_MODULE = time.perf_counter()

FIRST_PAINT_SIZE = (1920, 1080)
THEMES = ("industry", "port", "agriculture", "tourism", "economy")


def _process_age_s() -> float | None:
    """Seconds since this process started (Linux: /proc/self/stat starttime vs /proc/uptime)."""
    try:
        with open("/proc/self/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat(5), counted after "pid (comm)"
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _rss_mb() -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


# --- the fresh process: time to first paint ----------------------------------------------------------


def first_paint(library: str) -> dict:
    """Run in a fresh process: start Qt, load the rows, show the timeline, stop after the first paint.

    As a fast start does it: the rows and reign bands come from :mod:`photobook.db.fastpath`
    (plain sqlite3), and SQLAlchemy, the models and the library's revision and seed checks
    (``open_library``) are imported and run after the first frame (``after_first_frame_s``). A
    catalog the fast path cannot read (not at the newest revision, not seeded) is opened first, the
    usual way (``fast_path`` False)."""
    age0 = _process_age_s()
    t0 = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    t_qt = time.perf_counter()
    from photobook.db import fastpath
    from photobook.ui.thumbcache import ThumbnailCache
    from photobook.ui.timeline import TimelineView, reign_bands

    t_imports = time.perf_counter()
    frame = fastpath.first_frame(library)
    lib = None
    if frame is None:
        from photobook.db import queries
        from photobook.db.engine import open_library

        lib = open_library(library)
        with lib.Session() as session:
            frame = fastpath.FirstFrame(queries.timeline_rows(session), queries.reigns(session))
    rows = frame.rows
    bands = reign_bands(frame.reigns, "fr")
    t_rows = time.perf_counter()
    out: dict = {}

    class Probe(TimelineView):
        def paintEvent(self, event):
            super().paintEvent(event)
            if not out:
                t = time.perf_counter()
                age = _process_age_s()
                out.update(
                    {
                        "since_process_start_s": age,
                        "python_startup_s": age0,
                        "qt_s": t_qt - t0,
                        "imports_s": t_imports - t_qt,
                        "rows_s": t_rows - t_imports,
                        "widget_and_paint_s": t - t_rows,
                        "since_main_s": t - t0,
                        "rows": len(rows),
                        "fast_path": lib is None,
                    }
                )
                app.quit()

    cache = ThumbnailCache(lib)
    view = Probe(cache)
    view.resize(*FIRST_PAINT_SIZE)
    view.set_reigns(bands)
    view.set_rows(rows)
    view.show()
    app.exec()
    if lib is None:  # the rest, after the first frame: the ORM, the revision and seed checks
        t = time.perf_counter()
        from photobook.db.engine import open_library

        lib = open_library(library)
        cache.set_library(lib)
        out["after_first_frame_s"] = time.perf_counter() - t
    cache.close()
    lib.close()
    return out


def scroll_rss(library: str, quick: bool = False) -> dict:
    """Run in a fresh process: open the timeline, scroll the whole range at year zoom while the
    thumbnails load, and report the resident memory."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from photobook.db import queries
    from photobook.db.engine import open_library
    from photobook.ui.thumbcache import ThumbnailCache
    from photobook.ui.timeline import TimelineView, reign_bands

    lib = open_library(library, upgrade=False, seed=False)
    with lib.Session() as session:
        rows = queries.timeline_rows(session)
        bands = reign_bands(queries.reigns(session), "fr")
    cache = ThumbnailCache(lib)
    view = TimelineView(cache)
    view.resize(*FIRST_PAINT_SIZE)
    view.set_reigns(bands)
    view.set_rows(rows)
    view.show()
    app.processEvents()
    lo, hi = view.visible_range()
    view.set_visible_range(lo, lo + 1.0)
    steps = 0
    while True:
        a, b = view.visible_range()
        view.repaint()
        cache.wait_idle(300 if quick else 2000)
        steps += 1
        if b >= hi - 0.01 or steps > 400:
            break
        view.set_visible_range(a + 0.5, b + 0.5)
        if view.visible_range()[0] <= a:
            break
    view.repaint()
    cache.wait_idle(5000)
    out = {
        "gui_rss_mb": round(_rss_mb(), 1),
        "gui_rss_scroll_steps": steps,
        "gui_thumbs_cached": cache.cached_count(),
    }
    cache.close()
    lib.close()
    return out


# --- the benchmark ------------------------------------------------------------------------------------


def bench_library(n: int):
    """The synthetic catalog of ``n`` photos in the temp folder, built on first use."""
    import tempfile
    from pathlib import Path

    from photobook.db.engine import open_library

    folder = Path(tempfile.gettempdir()) / f"photobook-bench-gui-{n}"
    done = folder / "built.ok"
    if not done.exists():
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        lib = open_library(folder)
        from photobook.services.synthetic import populate

        populate(lib, n)
        lib.close()
        done.write_text(str(n))
    return open_library(folder)


def _median(xs: list[float]) -> float:
    s = sorted(xs)
    return s[len(s) // 2] if len(s) % 2 else (s[len(s) // 2 - 1] + s[len(s) // 2]) / 2


def _subprocess(args: list[str]) -> dict:
    import json
    import subprocess

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "photobook.ui.bench_gui", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=True,
    )
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["parent_wall_s"] = time.perf_counter() - t
    return out


def _first_paint_subprocess(folder: str, runs: int) -> tuple[float, dict]:
    results = [_subprocess(["--first-paint", folder]) for _ in range(runs)]
    results.sort(key=lambda r: r["since_process_start_s"] or r["since_main_s"])
    mid = results[len(results) // 2]
    return mid["since_process_start_s"] or mid["since_main_s"], mid


def run(n: int = 100_000, quick: bool = False) -> dict:
    """Build (or reuse) a synthetic catalog of ``n`` photos and measure the timeline. See the module doc."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from photobook.db import queries
    from photobook.ui.thumbcache import ThumbnailCache
    from photobook.ui.timeline import TimelineView, reign_bands

    lib = bench_library(n)
    result: dict = {"n": n}
    first, detail = _first_paint_subprocess(str(lib.folder), 1 if quick else 3)
    result["gui_first_paint_s"] = round(first, 3)
    result["gui_first_paint_detail"] = {
        k: round(v, 3) if isinstance(v, float) else v for k, v in detail.items()
    }

    cache = ThumbnailCache(lib)
    view = TimelineView(cache)
    view.resize(*FIRST_PAINT_SIZE)
    with lib.Session() as session:
        rows = queries.timeline_rows(session)
        view.set_reigns(reign_bands(queries.reigns(session), "fr"))
    view.set_rows(rows)
    view.show()
    app.processEvents()

    # frames at each zoom, the thumbnails in view cached first
    repeats = 7 if quick else 25
    frame_ms: dict[str, float] = {}
    ranges = {"all": None, "decade": (1995.0, 2005.0), "year": (1999.0, 2000.0), "month": (1999.45, 1999.6)}
    for level, rng in ranges.items():
        if rng is None:
            view.fit()
        else:
            view.set_visible_range(*rng)
        view.repaint()
        cache.wait_idle(60_000)
        view.repaint()
        times = []
        for _ in range(repeats):
            # a frame drawn, not the last one copied (the view keeps it for a repaint of the same)
            view.update()
            t = time.perf_counter()
            view.repaint()
            times.append((time.perf_counter() - t) * 1000)
        frame_ms[level] = round(_median(times), 2)
        result.setdefault("gui_zoom_check", {})[level] = view.zoom_level()
    result["gui_frame_ms"] = frame_ms

    # applying a theme filter: query + set_rows + repaint. The view holds the unfiltered rows, so the
    # theme narrows them (queries.timeline_rows_within); the plain SQL path is measured too.
    view.fit()
    view.repaint()
    cache.wait_idle(10_000)
    fast, plain = [], []
    with lib.Session() as session:
        for k in range(len(THEMES) if quick else 3 * len(THEMES)):
            f = queries.PhotoFilter(themes=(THEMES[k % len(THEMES)],))
            for how, times in (("fast", fast), ("sql", plain)):
                t = time.perf_counter()
                if how == "fast":
                    subset = queries.timeline_rows_within(session, f, rows)
                else:
                    subset = queries.timeline_rows(session, f)
                view.set_rows(subset)
                view.repaint()
                times.append((time.perf_counter() - t) * 1000)
                view.set_rows(rows)  # back to everything (not timed), thumbnails settled
                view.repaint()
                cache.wait_idle(10_000)
    result["gui_filter_ms"] = round(_median(fast), 1)
    result["gui_filter_sql_ms"] = round(_median(plain), 1)
    from photobook.ui.views.presenter.bench import present_flight_frame_ms, present_step_ms

    result.update(present_step_ms(lib, steps=10 if quick else 30))
    result.update(present_flight_frame_ms(lib, frames=20 if quick else 60))
    view.close()
    cache.close()
    lib.close()

    # memory: a fresh process that opens the timeline and scrolls the whole archive at year zoom
    result.update(_subprocess(["--rss", str(lib.folder)] + (["--quick"] if quick else [])))
    return result


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json

    parser = argparse.ArgumentParser(
        prog="python -m photobook.ui.bench_gui", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--first-paint", metavar="LIBRARY", help="(internal) time a fresh start to first paint"
    )
    parser.add_argument("--rss", metavar="LIBRARY", help="(internal) scroll everything, report memory")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--n", type=int, default=100_000, help="photos in the synthetic catalog")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args(argv)
    if args.first_paint:
        print(json.dumps(first_paint(args.first_paint)))
        return 0
    if args.rss:
        print(json.dumps(scroll_rss(args.rss, args.quick)))
        return 0
    result = run(args.n, args.quick)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for k, v in result.items():
            print(f"{k:>24}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
