"""``present_step_ms``: from a key press to the next slide painted on a 1920×1080 stage, the next
photograph having been decoded ahead (the wait for that is not timed: the presenter talks)."""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication


def present_flight_frame_ms(library, frames: int = 40) -> dict[str, float]:
    """``present_flight_frame_ms``: one frame of a flight along the road of time, the whole archive
    being presented (F5 on the timeline: every photograph a slide), at 1920×1080."""
    from photobook.db import queries
    from photobook.ui.models.vocabulary import load_vocabulary
    from photobook.ui.tasks import TaskManager
    from photobook.ui.thumbcache import ThumbnailCache
    from photobook.ui.views.presenter import Presentation, slides_from_ids
    from photobook.ui.views.presenter.road import FLIGHT_S

    app = QApplication.instance()
    assert app is not None
    with library.Session() as s:
        ids = queries.photo_ids(s)
        vocab = load_vocabulary(s)
    now = [0.0]
    tasks, thumbs = TaskManager(library), ThumbnailCache(library)
    p = Presentation(
        tasks, thumbs, vocab, slides_from_ids(ids), show=False, fly=True, motion=True, clock=lambda: now[0]
    )
    p.stage.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    p.stage.setFixedSize(1920, 1080)
    p.stage.show()
    times: list[float] = []
    cpu: list[float] = []  # the GUI thread's own time: what a busy machine does not inflate
    try:
        deadline = time.perf_counter() + 60
        while p.deck.road is None and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        dated = [i for i, sl in enumerate(p.deck.slides) if sl.photo_id in p.deck.days]
        if len(dated) < 2:
            return {}
        p.deck.go(dated[0])
        p.deck.go(dated[-1])  # the longest flight: the first photograph to the last
        for k in range(frames):
            now[0] = p.stage.flight[2] + FLIGHT_S * k / frames if p.stage.flight else now[0]
            t, c = time.perf_counter(), time.thread_time()
            p.stage.repaint()
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.thread_time() - c) * 1000)
    finally:
        p.deck.end()
        tasks.shutdown(wait=True)
        thumbs.close()
    return {
        "present_flight_frame_cpu_ms": round(statistics.median(cpu), 2) if cpu else 0.0,
        "present_flight_frame_cpu_max_ms": round(max(cpu), 2) if cpu else 0.0,
        "present_flight_frame_ms": round(statistics.median(times), 2) if times else 0.0,
        "present_flight_frame_max_ms": round(max(times), 2) if times else 0.0,
        "present_flight_slides": len(ids),
    }


def present_step_ms(library, steps: int = 20) -> dict[str, float]:
    from photobook.db import queries
    from photobook.ui.models.vocabulary import load_vocabulary
    from photobook.ui.tasks import TaskManager
    from photobook.ui.thumbcache import ThumbnailCache
    from photobook.ui.views.presenter import Presentation, slides_from_ids

    app = QApplication.instance()
    assert app is not None
    with library.Session() as s:
        ids = queries.photo_ids(s, limit=steps + 2)
        vocab = load_vocabulary(s)
    tasks, thumbs = TaskManager(library), ThumbnailCache(library)
    p = Presentation(tasks, thumbs, vocab, slides_from_ids(ids), show=False)
    p.stage.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    p.stage.setFixedSize(1920, 1080)
    p.stage.show()
    times, waits = [], []
    try:
        for _ in range(min(steps, len(ids) - 1)):
            t0 = time.perf_counter()
            deadline = t0 + 30
            while not p.deck.ready() and time.perf_counter() < deadline:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            waits.append((time.perf_counter() - t0) * 1000)
            t = time.perf_counter()
            p.deck.step(1)
            p.stage.repaint()
            times.append((time.perf_counter() - t) * 1000)
    finally:
        p.deck.end()
        tasks.shutdown(wait=True)
        thumbs.close()
    return {
        "present_step_ms": round(statistics.median(times), 2) if times else 0.0,
        "present_step_max_ms": round(max(times), 2) if times else 0.0,
        "present_decode_ahead_ms": round(statistics.median(waits), 1) if waits else 0.0,
    }
