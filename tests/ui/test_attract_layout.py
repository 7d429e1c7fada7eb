"""The attract loop on a 1280×800 kiosk: the theme chips take four rows there, and the photograph's
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
