"""While the GUI thread draws a frame, the workers hold back at their next pause (``tasks.FrameGate``):
a frame's Qt calls each let the interpreter's lock go, and a worker running Python meanwhile made
the frame wait for it each time (a window's start at a million photographs: its longest stalls)."""

from __future__ import annotations

import threading

from photobook.ui.tasks import FRAME, FrameGate
from tests.ui.test_timeline_frame_copy import cache, view  # noqa: F401  (fixtures)


class _Watched(threading.Event):
    """The gate's event, saying when a worker begins to wait on it."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = threading.Event()

    def wait(self, timeout: float | None = None) -> bool:
        self.waiting.set()
        return super().wait(timeout)


def _watched_gate(longest: float) -> tuple[FrameGate, _Watched]:
    gate = FrameGate()
    gate.LONGEST_WAIT_S = longest
    watched = _Watched()
    watched.set()
    gate._free = watched
    return gate, watched


def test_a_worker_waits_until_the_frame_is_drawn():
    gate, watched = _watched_gate(longest=60.0)
    order: list[str] = []

    def worker() -> None:
        gate.pause()
        order.append("worker")

    gate.pause()  # no frame: no wait
    assert not watched.waiting.is_set()
    with gate.drawing():
        with gate.drawing():  # nested: the outermost counts
            pass
        t = threading.Thread(target=worker)
        t.start()
        assert watched.waiting.wait(10)  # the worker is held at its pause
        assert order == []
        order.append("frame")
    t.join(10)
    assert order == ["frame", "worker"]


def test_a_frame_that_does_not_end_holds_a_worker_no_longer_than_the_longest_wait():
    """(A frame that runs an event loop of its own, a dialog.)"""
    gate, watched = _watched_gate(longest=0.05)
    with gate.drawing():
        t = threading.Thread(target=gate.pause)
        t.start()
        t.join(10)
        assert not t.is_alive()  # went on while the frame was still being drawn
        assert watched.waiting.is_set()
        # and the next pauses of this frame do not wait at all
        watched.waiting.clear()
        gate.pause()
        assert not watched.waiting.is_set()


def test_the_timeline_holds_the_workers_back_while_it_draws(view):  # noqa: F811
    view.set_rows([(1, 720000, 720000, False)])
    held: list[bool] = []
    paint = view._painter.paint

    def watching(p, scene):
        held.append(not FRAME._free.is_set())
        return paint(p, scene)

    view._painter.paint = watching
    view.grab()  # (drawn by its paintEvent, exposed or not)
    assert held == [True]
    assert FRAME._free.is_set()  # free again once drawn
