"""The timeline keeps its last frame: a repaint with nothing changed (the window exposed again, a
theme chosen before its photographs arrive) copies it instead of drawing it again, and anything
that changes the picture draws a new one."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from photobook.core.timeline_buckets import summary_index
from photobook.db import queries
from photobook.ui.thumbcache import ThumbnailCache
from photobook.ui.timeline import TimelineView


def day(y: int, m: int = 1, d: int = 1) -> int:
    return date(y, m, d).toordinal()


@pytest.fixture
def cache(qapp, library):
    c = ThumbnailCache(library)
    yield c
    c.close()


@pytest.fixture
def view(qtbot, cache):
    v = TimelineView(cache)
    v.resize(1000, 600)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v


def _count_draws(view) -> list[int]:
    drawn = [0]
    paint = view._painter.paint

    def counting(p, scene):
        drawn[0] += 1
        return paint(p, scene)

    view._painter.paint = counting
    return drawn


def rows() -> list[tuple[int, int, int, bool]]:
    return [(k + 1, day(1950 + k), day(1950 + k), False) for k in range(40)]


def test_a_repaint_with_nothing_changed_is_the_same_picture_not_drawn_again(qtbot, view):
    view.set_rows(rows())
    view.repaint()
    before = view.grab().toImage()
    drawn = _count_draws(view)
    view.repaint()
    view.repaint()
    assert drawn[0] == 0  # copied (drawn twice before the frame was kept)
    assert view.grab().toImage() == before
    assert view.visible_items()  # what the frame laid out is still there for the mouse


def test_every_change_of_the_picture_draws_it_again(qtbot, view):
    view.set_rows(rows())
    view.repaint()
    drawn = _count_draws(view)
    shown = view.grab().toImage()

    def drawn_again(change) -> bool:
        n = drawn[0]
        change()
        view.repaint()
        return drawn[0] > n

    assert drawn_again(lambda: view.select(5))  # the selection
    selected = view.grab().toImage()
    assert selected != shown
    assert drawn_again(lambda: view.set_visible_range(1960, 1970))  # a zoom
    assert view.grab().toImage() != selected
    assert drawn_again(lambda: view.resize(800, 500))  # a resize
    assert view.grab().toImage().width() == 800
    assert drawn_again(lambda: view.setLayoutDirection(Qt.LayoutDirection.RightToLeft))  # the direction
    assert drawn_again(lambda: view.set_rows(rows()[:10]))  # other photographs
    view.activateWindow()
    view.setFocus()
    if view.hasFocus():  # (where the platform gives the focus at once)
        assert drawn_again(view.clearFocus)  # the focus ring


def test_the_same_photographs_read_again_keep_the_frame(qtbot, view):
    """The window's first frame is drawn from a read without SQLAlchemy; the first load brings the
    same photographs in an index of its own (a million photographs: a summary): not drawn again,
    unless the view moved meanwhile. Other photographs are drawn."""
    summary = [(k + 1, day(1950 + k), day(1950 + k), 0, 10 + k) for k in range(40)]
    view.set_rows(summary_index(summary, (), [900, 901]))
    view.repaint()
    shown = view.grab().toImage()
    drawn = _count_draws(view)
    view.set_rows(summary_index(list(summary), (), [900, 901]))  # the load: the same, read again
    view.repaint()
    assert drawn[0] == 0
    assert view.grab().toImage() == shown
    view.set_rows(summary_index(summary, (), [900, 901]))
    view.set_visible_range(1960, 1970)  # moved in the same turn: drawn
    view.repaint()
    assert drawn[0] == 1
    zoomed = view.grab().toImage()
    assert zoomed != shown
    # one photograph more in a summary row, an undated one less, a row moved: drawn again each
    for other in (
        summary_index([*summary[:-1], (40, day(1989), day(1989), 0, 50)], (), [900, 901]),
        summary_index(summary, (), [900]),
        summary_index([*summary[:-1], (40, day(1990), day(1990), 0, 49)], (), [900]),
    ):
        n = drawn[0]
        view.set_rows(other)
        view.repaint()
        assert drawn[0] == n + 1
    assert view.grab().toImage() != zoomed  # the undated strip says one photograph fewer


def test_a_thumbnail_arriving_for_a_photograph_drawn_is_drawn(qtbot, synthetic_library):
    cache = ThumbnailCache(synthetic_library)
    try:
        v = TimelineView(cache)
        v.resize(1600, 900)
        qtbot.addWidget(v)
        v.show()
        qtbot.waitExposed(v)
        with synthetic_library.Session() as s:
            v.set_rows(queries.timeline_rows(s))
        v.set_visible_range(1996, 2003)
        v.repaint()  # placeholders; the thumbnails in view are asked for
        first = v.grab().toImage()
        assert cache.wait_idle(20000)
        qtbot.waitUntil(lambda: not v._wanted or v.grab().toImage() != first, timeout=5000)
        # a repaint asked for by nothing that changed (not ``update``): the thumbnails are drawn
        v.repaint()
        image = v.grab().toImage()
        assert image != first
        photo = next((i for i in v.visible_items() if i.kind == "photo"), None)
        if photo is not None:
            assert cache.pixmap(photo.id) is not None
    finally:
        cache.close()
