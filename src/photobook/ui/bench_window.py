"""GUI benchmark of the real main window (not the timeline widget alone), offscreen at 1600×960.

Each figure comes from a fresh process that starts as ``photobook gui`` does (``app.run``: the
application, the library, :class:`~photobook.ui.main_window.MainWindow`, ``show``, ``start``):

* ``gui_window_first_paint_s``: from the start of the process to the end of the window's first
  paint (``gui_window_first_data_s``: to the end of the first paint of the timeline with the
  catalog's counts drawn from its first load; the first paint already draws them when
  ``gui_window_fast_start``: read without SQLAlchemy, the library opened after it);
* ``gui_max_stall_ms``: the longest gap between two turns of the GUI thread's event loop (a 1 ms
  timer) from the window's first frame until the catalog is drawn and one second more
  (``gui_max_stall_cpu_ms``: the GUI thread's own CPU time in its longest turn, which other
  processes on a busy machine do not inflate; on Linux, ``gui_max_stall_runqueue_ms`` and
  ``gui_max_stall_switches``: in that turn, its wait for a CPU and the times it ran again after
  sleeping or being preempted — each a hand-over of the interpreter's lock, mostly);
* ``gui_zoom_first_frame_ms``: the longest first frame after a zoom change (fit → a decade → a year
  → a month → fit), each timed from the change to the end of the repaint it asks for;
* ``gui_filter_ms``: a theme chosen in the filter panel's model (``Browser.set_filter``) until the
  timeline has painted the filtered photographs (median over themes); ``gui_filter_frame_ms``: the
  frame painted at once, before the filtered counts arrive; ``gui_filter_cpu_ms``: the process's
  CPU time (all threads) over the same span; ``gui_filter_again_ms`` (``_cpu_ms``): the last theme
  but one chosen again, after the last;
* ``gui_rss_mb``: the process's resident memory after the above and a pan across the whole archive
  at year zoom with thumbnails loading (``gui_peak_rss_mb``: its peak).

Usage: ``python -m photobook.ui.bench_window LIBRARY [--json]``. Imports nothing heavy at the top, so
that the first paint measures what a real start costs.
"""

from __future__ import annotations

import os
import sys
import time

THEMES = ("industry", "port", "agriculture", "tourism", "economy")


def _process_age_s() -> float | None:
    try:
        with open("/proc/self/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _status_mb(key: str) -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _rss_by_mapping(top: int = 8) -> dict[str, float]:
    """Resident memory by what is mapped (the catalog's file, a library, ``[heap]``, anonymous
    memory), the largest ``top``, in MB: where the RSS figure comes from."""
    sizes: dict[str, int] = {}
    name = "?"
    try:
        with open("/proc/self/smaps") as f:
            for line in f:
                head = line.split(None, 1)[0]
                if head == "Rss:":
                    sizes[name] = sizes.get(name, 0) + int(line.split()[1])
                elif not head.endswith(":"):  # a mapping's first line: range, perms, …, path
                    parts = line.split(None, 5)
                    name = os.path.basename(parts[5].strip()) if len(parts) > 5 else "[anonymous]"
    except OSError:
        return {}
    largest = sorted(sizes.items(), key=lambda kv: -kv[1])[:top]
    return {k: round(v / 1024, 1) for k, v in largest}


class _SchedStat:
    """The calling thread's scheduler statistics (Linux ``/proc/thread-self/schedstat``): the
    milliseconds it waited for a CPU while runnable, and the times it was put on one."""

    def __init__(self) -> None:
        try:
            self._file = open("/proc/thread-self/schedstat")  # kept open: read at every tick
        except OSError:
            self._file = None

    @property
    def available(self) -> bool:
        return self._file is not None

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def read(self) -> tuple[float, int]:
        if self._file is None:
            return 0.0, 0
        self._file.seek(0)
        fields = self._file.read().split()
        return int(fields[1]) / 1e6, int(fields[2])


def measure(library: str) -> dict:
    """Run in a fresh process; see the module documentation."""
    t0 = time.perf_counter()
    age0 = _process_age_s() or 0.0
    cpu0 = 0.0  # process_time counts from the start of the process already
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PHOTOBOOK_REDUCED_MOTION", "1")
    from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, Qt, QTimer

    from photobook.ui import app as app_mod
    from photobook.ui import i18n

    out: dict = {}

    def now_s() -> float:
        return age0 + time.perf_counter() - t0

    qapp = app_mod.create_application([])
    i18n.set_language("fr", qapp)
    from photobook.ui.settings import Settings

    settings = Settings(path=os.path.join(library, ".bench-settings.ini"))
    stall = {"max": 0.0, "cpu": 0.0, "on": False, "waited": 0.0, "switches": 0}  # from the first frame on
    clock = QElapsedTimer()
    clock.start()
    sched = _SchedStat()
    last = [clock.nsecsElapsed(), time.thread_time(), sched.read()]

    def tick() -> None:
        t, c, s = clock.nsecsElapsed(), time.thread_time(), sched.read()
        if stall["on"]:
            if (t - last[0]) / 1e6 > stall["max"]:
                stall["max"] = (t - last[0]) / 1e6
                # where the longest turn's time went, besides the GUI thread's own work: waiting
                # for a CPU, and the times it slept and ran again (the interpreter's lock handed
                # over to a worker and back, mostly)
                stall["waited"], stall["switches"] = s[0] - last[2][0], s[1] - last[2][1]
            # the GUI thread's own CPU time between two turns: the longest piece of work it did,
            # whatever else the machine runs meanwhile
            stall["cpu"] = max(stall["cpu"], (c - last[1]) * 1000)
        last[0], last[1], last[2] = t, c, s

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(1)
    ticker.timeout.connect(tick)
    ticker.start()

    window_holder: list = []
    state = {"painted": False, "data": False}

    class Probe(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, after_paint)
            return False

    def after_paint() -> None:
        if not state["painted"]:
            state["painted"] = True
            stall["on"] = True
            last[0], last[1], last[2] = clock.nsecsElapsed(), time.thread_time(), sched.read()
            out["gui_window_first_paint_s"] = round(now_s(), 3)
            out["gui_window_first_paint_cpu_s"] = round(time.process_time() + cpu0, 3)
        w = window_holder[0] if window_holder else None
        # the catalog drawn from the window's first load (not only from the first frame's fast read):
        # the stalls are measured until the library is open and its results are in, one second more
        if w is not None and not state["data"] and _drawn(w) and w.browser.loads > 0:
            state["data"] = True
            out["gui_window_first_data_s"] = round(now_s(), 3)
            QTimer.singleShot(1000, loop.quit)

    probe = Probe()
    loop = QEventLoop()  # not the application's: quitting that would close the window (Qt 6)
    from pathlib import Path

    from photobook.ui.app import open_window

    # as ``app.run`` does: the first frame read without SQLAlchemy, the library opened after it
    window = open_window(Path(library), None, settings, restore=False)
    t_built = now_s()
    out["gui_window_fast_start"] = not window.library.opened  # the library opened after the first frame
    window_holder.append(window)
    window.timeline.installEventFilter(probe)
    window.show()
    window.start(load_demo=False)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    stall["on"] = False
    out["gui_max_stall_ms"] = round(stall["max"], 1)
    out["gui_max_stall_cpu_ms"] = round(stall["cpu"], 1)
    if sched.available:
        out["gui_max_stall_runqueue_ms"] = round(stall["waited"], 1)
        out["gui_max_stall_switches"] = stall["switches"]
    ticker.stop()
    sched.close()
    out["gui_window_built_s"] = round(t_built, 3)
    window.timeline.removeEventFilter(probe)

    # zoom: the first frame after each change
    tl = window.timeline
    zoom_ms: dict[str, float] = {}
    lo, hi = tl.visible_range()
    mid = (lo + hi) / 2
    zoom_cpu: dict[str, float] = {}

    def timed(name: str, change) -> None:
        t, c = time.perf_counter(), time.thread_time()
        change()
        tl.repaint()
        zoom_ms[name] = round((time.perf_counter() - t) * 1000, 1)
        zoom_cpu[name] = round((time.thread_time() - c) * 1000, 1)
        _settle(qapp, window)

    for name, rng in (("decade", (mid - 5, mid + 5)), ("year", (mid, mid + 1)), ("month", (mid, mid + 0.12))):
        timed(name, lambda rng=rng: tl.set_visible_range(*rng))
    timed("fit", tl.fit)
    timed("key in", tl.zoom_in)
    timed("key out", tl.zoom_out)
    out["gui_zoom_first_frame_ms"] = max(zoom_ms.values())
    # the GUI thread's own CPU time for the same frames (wall time counts other processes' turns
    # on a shared machine)
    out["gui_zoom_first_frame_cpu_ms"] = max(zoom_cpu.values())
    out["gui_zoom_detail_ms"] = zoom_ms

    # a theme filter: at once, and until the filtered photographs are drawn
    from photobook.core.filters import PhotoFilter

    tl.fit()
    _settle(qapp, window)
    times, frames, frame_cpu, process_cpu = [], [], [], []
    for theme in (*THEMES, THEMES[-2]):  # the last: a theme chosen again
        loads = window.browser.loads
        t, c, pc = time.perf_counter(), time.thread_time(), time.process_time()
        window.browser.set_filter(PhotoFilter(themes=(theme,)))
        tl.repaint()
        frames.append((time.perf_counter() - t) * 1000)
        frame_cpu.append((time.thread_time() - c) * 1000)
        while window.browser.loads == loads and time.perf_counter() - t < 60:
            qapp.processEvents()
            time.sleep(0.0005)
        tl.repaint()
        times.append((time.perf_counter() - t) * 1000)
        process_cpu.append((time.process_time() - pc) * 1000)
        window.browser.set_filter(PhotoFilter())
        _settle(qapp, window)
    out["gui_filter_again_ms"] = round(times.pop(), 1)
    out["gui_filter_again_cpu_ms"] = round(process_cpu.pop(), 1)
    frames.pop()
    frame_cpu.pop()
    times.sort()
    frames.sort()
    out["gui_filter_ms"] = round(times[len(times) // 2], 1)
    out["gui_filter_frame_ms"] = round(frames[len(frames) // 2], 1)
    out["gui_filter_all_ms"] = [round(x, 1) for x in times]
    out["gui_filter_frame_cpu_ms"] = round(sorted(frame_cpu)[len(frame_cpu) // 2], 1)
    # the CPU time of every thread of the process meanwhile (the workers' queries included; the
    # GUI thread's polling above adds a little): what a loaded machine does not inflate
    out["gui_filter_cpu_ms"] = round(sorted(process_cpu)[len(process_cpu) // 2], 1)

    # memory: pan across the archive at year zoom, thumbnails loading
    tl.fit()
    _settle(qapp, window)
    lo, hi = tl.visible_range()
    a = lo
    steps = 0
    while a < hi and steps < 120:
        tl.set_visible_range(a, a + 1.0)
        tl.repaint()
        _settle(qapp, window, 0.05)
        a += 0.5
        steps += 1
    _settle(qapp, window)
    out["gui_rss_mb"] = round(_status_mb("VmRSS"), 1)
    out["gui_peak_rss_mb"] = round(_status_mb("VmHWM"), 1)
    # anonymous memory (Python objects, SQLite's page caches) and file pages mapped (the catalog's
    # mmap, shared libraries: the kernel drops them under memory pressure)
    out["gui_rss_anon_mb"] = round(_status_mb("RssAnon"), 1)
    out["gui_rss_file_mb"] = round(_status_mb("RssFile"), 1)
    out["gui_rss_by_mapping_mb"] = _rss_by_mapping()
    out["gui_pan_steps"] = steps
    window.shutdown()
    window.library.close()
    return out


def _drawn(window) -> bool:
    """The timeline has drawn the catalog (its histogram, or photographs)."""
    frame = getattr(window.timeline, "_frame", None)
    return bool(frame is not None and (frame.histogram or frame.items))


def _settle(qapp, window, seconds: float = 0.3) -> None:
    """Let queued work land (detail rows, thumbnails), for at most ``seconds``."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        qapp.processEvents()
        if not window.tasks.busy():
            break
        time.sleep(0.002)
    qapp.processEvents()


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json

    parser = argparse.ArgumentParser(prog="python -m photobook.ui.bench_window")
    parser.add_argument("library")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.library)
    print(json.dumps(result))
    return 0


def run(library: str, runs: int = 1) -> dict:
    """The figures from ``runs`` fresh processes (the median run by first paint)."""
    import json
    import subprocess

    from photobook.core.bytecode import write_bytecode

    write_bytecode()  # each process starts as a user's second start does, from the .pyc files
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    results = []
    for _ in range(max(1, runs)):
        proc = subprocess.run(
            [sys.executable, "-m", "photobook.ui.bench_window", library, "--json"],
            capture_output=True,
            text=True,
            env=env,
            timeout=900,
            check=True,
        )
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    results.sort(key=lambda r: r.get("gui_window_first_paint_s", 0.0))
    return results[len(results) // 2]


if __name__ == "__main__":
    raise SystemExit(main())
