"""With reduced motion, the kiosk's attract loop neither glides nor zooms: each stop is shown at
once, and the previous one fades out over it (a change of opacity, nothing moves) instead of a cut.
Without reduced motion, the timeline glides as before and nothing fades."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QRect

from photobook.ui.views.kiosk import attract as attract_module

from .test_kiosk import Clock
from .test_kiosk_leftovers import _kiosk, folder  # noqa: F401  (the fixture)


@pytest.fixture
def clock():
    return Clock()


def _recorded_ranges(attract):
    """Every visible range the attract loop gives its timeline, in order."""
    seen = []
    set_range = attract.timeline.set_visible_range

    def record(a, b):
        seen.append((round(a, 6), round(b, 6)))
        set_range(a, b)

    attract.timeline.set_visible_range = record
    return seen


def test_reduced_motion_cross_fades_from_stop_to_stop_and_never_moves(qtbot, folder, clock):  # noqa: F811
    w = _kiosk(qtbot, folder, clock, reduced=True)
    try:
        w.show_attract()
        a = w.attract
        a.timer.stop()
        assert a.current() is not None and not a.fading()  # the first stop: nothing to fade from
        ranges = _recorded_ranges(a)
        on_screen = QRect(a.mapTo(w, QPoint(0, 0)), a.size())
        before = w.grab(on_screen).toImage()  # the stop as the visitor sees it, dark ground and all
        first = a.current()
        a.step()
        assert a.current() != first
        # the previous stop, exactly as it was on screen, lies over the whole view and fades
        assert a.fading() and a.fade_cover.isVisible()
        assert a.fade_cover.geometry() == a.rect()
        assert a.fade_cover.pixmap().toImage() == before
        # the timeline went straight to the new stop: one range, no glide, no zoom on the way
        assert len(ranges) == 1 and not a.glide.state() == a.glide.State.Running
        destination = a.timeline.visible_range()
        place = a.fade_cover.pos()
        a.fade.setCurrentTime(attract_module.FADE_MS // 2)
        opacity = a.fade_cover.graphicsEffect().opacity()
        assert 0.2 < opacity < 0.8  # halfway through the fade
        assert a.fade_cover.pos() == place and a.timeline.visible_range() == destination
        assert len(ranges) == 1
        with qtbot.waitSignal(a.fade.finished, timeout=5000):
            pass
        assert not a.fade_cover.isVisible()  # only the new stop remains
        assert a.timeline.visible_range() == destination and len(ranges) == 1
        a.step()  # and so at every stop
        assert a.fading() and len(ranges) == 2
        a.toggle_pause()  # a pause holds the stop itself, not a half-faded picture
        assert not a.fading() and not a.fade_cover.isVisible()
    finally:
        w._may_close = True
        w.shutdown()


def test_with_motion_the_loop_glides_and_does_not_fade(qtbot, folder, clock):  # noqa: F811
    w = _kiosk(qtbot, folder, clock, reduced=False)
    try:
        w.show_attract()
        a = w.attract
        a.timer.stop()
        a.step()
        assert a.glide.state() == a.glide.State.Running
        assert not a.fading() and not a.fade_cover.isVisible()
    finally:
        w._may_close = True
        w.shutdown()
