"""The attract loop on a 1280×800 kiosk: the theme chips took four rows there, and the photograph's
card used to be laid over the timeline strip (its minimum sizes added up to more than the screen).
The card now gets what the strip leaves; on a 1920×1080 screen it keeps its full size."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtWidgets import QApplication

from photobook.ui.views.kiosk import attract as attract_module

from .test_kiosk import Clock
from .test_kiosk_leftovers import _kiosk, folder  # noqa: F401  (the fixture)


def _on_window(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _laid_out(w) -> None:
    """The layouts placed as they will be at the next frame: a card resized in a resize event
    is moved by the layout request that follows it (posted, not yet run)."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
    w.layout().activate()
    w.attract.layout().activate()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_card_never_covers_the_strip_on_a_1280_by_800_kiosk(qtbot, folder, lang):  # noqa: F811
    w = _kiosk(qtbot, folder, Clock(), lang=lang)
    try:
        w.show_attract()
        a = w.attract
        a.timer.stop()
        qtbot.waitUntil(lambda: a.current() is not None and a.image.pixmap() is not None, timeout=10000)
        _laid_out(w)
        strip, image = _on_window(a.timeline, w), _on_window(a.image, w)
        caption, invite = _on_window(a.caption, w), _on_window(a.invite, w)
        assert strip.height() >= attract_module.STRIP_MIN_PX
        for part in (image, caption):
            assert not part.intersects(strip), (part, strip)
            assert part.bottom() < w.height()
        assert not invite.intersects(strip)
        assert image.height() < attract_module.CARD_IMAGE[1]  # smaller than on a large screen
        w.resize(1920, 1080)
        qtbot.waitUntil(lambda: a.image.height() == attract_module.CARD_IMAGE[1], timeout=5000)
        assert a.image.width() == attract_module.CARD_IMAGE[0]
        _laid_out(w)
        assert not _on_window(a.image, w).intersects(_on_window(a.timeline, w))
    finally:
        w._may_close = True
        w.shutdown()


def _box_h(view) -> float:
    """How high the strip draws a photograph at this stop (its span bars' band taken off)."""
    _base, g, _layout = view._layout(*view.visible_days())
    return g.box_h


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_attract_strip_shows_its_photographs_large_enough_to_see_at_1280_by_800(
    qtbot,
    folder,  # noqa: F811
    lang,
):
    """At 1280×800 the strip above the card was 270 px under four rows of theme chips: its
    photographs were 24 px high, its dates over the histogram. The chips and language buttons do
    nothing on the attract screen (a touch starts a fresh visit): they are not shown there, and
    the strip and the card share the room. A touch brings them back."""
    w = _kiosk(qtbot, folder, Clock(), lang=lang)
    try:
        w.show_attract()
        a = w.attract
        a.timer.stop()
        qtbot.waitUntil(lambda: a.current() is not None and a.image.pixmap() is not None, timeout=10000)
        _laid_out(w)
        assert not w.bar_widget.isVisible()
        assert a.timeline.height() >= attract_module.STRIP_MIN_PX >= 360
        assert _box_h(a.timeline) >= 56  # was 24
        assert a.image.height() >= 240  # the photograph's card: was 120 px high
        assert not _on_window(a.image, w).intersects(_on_window(a.timeline, w))
        w.fresh_visit()  # a visitor's touch
        assert w.bar_widget.isVisible() and w.pages.currentWidget() is w.browse
    finally:
        w._may_close = True
        w.shutdown()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_browsing_screen_keeps_the_timeline_room_at_1280_by_800(qtbot, folder, lang):  # noqa: F811
    """At 1280×800 the theme chips took four rows (270 px) over the timeline. On a screen that short
    the bar's chips and buttons are smaller (48 px high, what museums ask): three rows at most, the
    timeline gets 600 px or more. At 1920×1080 the bar is as it was (56 px controls)."""
    from photobook.ui.views.kiosk import window as kiosk_window

    w = _kiosk(qtbot, folder, Clock(), lang=lang)
    try:
        _laid_out(w)
        chips = list(w.chips.values())
        assert w.compact and all(b.height() >= kiosk_window.COMPACT_TARGET_PX for b in chips)
        rows = {b.mapTo(w, QPoint(0, 0)).y() for b in chips}
        assert len(rows) <= 3  # were 4 in French, 3 in Arabic
        assert w.bar_widget.height() <= 190  # was 278 in French, 212 in Arabic
        assert w.timeline.height() >= 600
        for b in (w.larger, *w.lang_buttons.values()):
            assert b.height() >= kiosk_window.COMPACT_TARGET_PX
        w.resize(1920, 1080)
        qtbot.waitUntil(lambda: not w.compact, timeout=5000)
        _laid_out(w)
        assert all(b.height() >= kiosk_window.TARGET_PX for b in w.chips.values())
    finally:
        w._may_close = True
        w.shutdown()
