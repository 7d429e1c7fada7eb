"""Several photographs taken on the timeline, as an archivist does it: Shift-click a span, Ctrl-click
one more (and again to leave it), Shift-click a cluster; the contact sheet shows the same selection
and the editor's batch bar edits it in one step."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from photobook.db import queries
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings


@pytest.fixture
def w(qtbot, synthetic_library, tmp_path):
    create_application()
    i18n.set_language("fr")
    win = MainWindow(synthetic_library, Settings(tmp_path / "s.ini"), restore=False)
    qtbot.addWidget(win)
    win.resize(1500, 900)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: win.browser.loads > 0 and not win.tasks.busy(), timeout=15000)
    yield win
    win.close()


def photos_shown(qtbot, tl):
    tl.repaint()
    return [it for it in tl.visible_items() if it.kind == "photo"]


def click(qtbot, tl, item, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.mouseClick(tl, Qt.MouseButton.LeftButton, mods, item.rect.center().toPoint())


def zoom_to_photos(qtbot, w):
    """Zoom in on the busiest part of the archive until single photographs are drawn."""
    tl = w.timeline
    for _ in range(12):
        shown = photos_shown(qtbot, tl)
        if len(shown) >= 6:
            return shown
        clusters = [it for it in tl.visible_items() if it.kind == "cluster"]
        target = max(clusters, key=lambda it: it.count)
        click(qtbot, tl, target)  # a plain click on a cluster zooms to it
        qtbot.waitUntil(lambda: not tl.animating(), timeout=3000)
    pytest.fail("no single photographs drawn")


def test_shift_and_ctrl_click_select_on_the_timeline_shared_with_the_contact_sheet(
    qtbot, w, synthetic_library
):
    tl = w.timeline
    shown = zoom_to_photos(qtbot, w)
    order = tl.ordered_ids()
    shown.sort(key=lambda it: order.index(it.id))
    first, last = shown[0], shown[4]
    click(qtbot, tl, first)
    qtbot.waitUntil(lambda: w.browser.selected == first.id, timeout=5000)
    assert tl.selected_ids() == [first.id]
    click(qtbot, tl, last, Qt.KeyboardModifier.ShiftModifier)
    span = order[order.index(first.id) : order.index(last.id) + 1]
    assert tl.selected_ids() == span and len(span) >= 5
    assert w.grid.selected_ids() == span  # the contact sheet has the same selection
    assert w.browser.selected == last.id  # the one clicked is the current photograph
    # Ctrl-click one more, then again to leave it
    extra = next(it for it in photos_shown(qtbot, tl) if it.id not in span)
    click(qtbot, tl, extra, Qt.KeyboardModifier.ControlModifier)
    assert set(tl.selected_ids()) == {*span, extra.id} and set(w.grid.selected_ids()) == {*span, extra.id}
    click(qtbot, tl, extra, Qt.KeyboardModifier.ControlModifier)
    assert tl.selected_ids() == span
    # the editor opens on the selection with the batch bar: one step for all of them
    tl.setFocus()
    qtbot.keyClick(tl, Qt.Key.Key_F2)
    bar = w.editor.batch
    assert bar.isVisible() and bar.ids == span
    qtbot.waitUntil(lambda: len(bar.current) == len(span), timeout=5000)
    bar.status_box.setCurrentIndex(bar.status_box.findData("reviewed"))
    qtbot.waitUntil(lambda: bar.apply_button.isEnabled() and bar.ids == span, timeout=5000)
    qtbot.mouseClick(bar.apply_button, Qt.MouseButton.LeftButton)
    assert w.edits.stack.count() == 1  # one step for all of them

    def statuses():
        with synthetic_library.Session() as s:
            return {r.status for r in queries.photo_records(s, span)}

    qtbot.waitUntil(lambda: statuses() == {"reviewed"}, timeout=10000)
    qtbot.waitUntil(lambda: not w.tasks.busy() and not w.edits.pending, timeout=10000)
    # moving on with the keyboard goes back to one photograph
    tl.setFocus()
    qtbot.keyClick(tl, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: w.browser.selected != last.id, timeout=5000)
    now = w.browser.selected
    assert tl.selected_ids() == [now] and w.grid.selected_ids() == [now]
    assert not bar.isVisible()


def test_shift_click_on_a_cluster_takes_its_photographs(qtbot, w):
    tl = w.timeline
    tl.fit()
    tl.repaint()
    clusters = [it for it in tl.visible_items() if it.kind == "cluster" and it.count > 1]
    assert clusters, "the whole archive at once is drawn in clusters"
    a, b = clusters[0], clusters[1]
    shown = tl.visible_range()
    click(qtbot, tl, a, Qt.KeyboardModifier.ShiftModifier)
    assert len(tl.selected_ids()) == a.count
    click(qtbot, tl, b, Qt.KeyboardModifier.ShiftModifier)
    assert len(tl.selected_ids()) == a.count + b.count
    assert len(w.grid.selected_ids()) == a.count + b.count
    assert tl.visible_range() == shown  # Shift-click does not zoom: the view stays
    click(qtbot, tl, b, Qt.KeyboardModifier.ShiftModifier)  # all of b taken: b is left
    assert len(tl.selected_ids()) == a.count


ACCENT = "#e8b04a"


def framed(tl, item):
    """Whether the accent frame is drawn around ``item``, just outside its card (what the eye sees)."""
    from PySide6.QtGui import QColor

    image = tl.grab().toImage()
    r = item.rect
    dpr = image.devicePixelRatio()
    points = [(r.center().x(), r.top() - 2), (r.center().x(), r.bottom() + 2), (r.left() - 2, r.center().y())]
    accent = QColor(ACCENT)

    def near(c):
        return (
            abs(c.red() - accent.red()) + abs(c.green() - accent.green()) + abs(c.blue() - accent.blue()) < 40
        )

    return all(near(image.pixelColor(round(x * dpr), round(y * dpr))) for x, y in points)


def clusters_with(tl):
    tl.repaint()
    return [(it, tl._cluster_ids(it)) for it in tl.visible_items() if it.kind == "cluster" and it.count > 2]


def test_a_cluster_holding_the_selected_photograph_is_drawn_selected(qtbot, w):
    tl = w.timeline
    tl.fit()
    shown = clusters_with(tl)
    assert len(shown) >= 3, "the whole archive at once is drawn in clusters"
    _item, ids = shown[1]
    pid = ids[len(ids) // 2]  # not its cover: a photograph inside it
    w.browser.select(pid)  # chosen elsewhere (the contact sheet, the editor's Ctrl+Enter)
    qtbot.waitUntil(lambda: tl.selected_ids() == [pid], timeout=5000)
    tl.fit()
    shown = clusters_with(tl)
    holding = [it for it, ids in shown if pid in ids]
    others = [it for it, ids in shown if pid not in ids]
    assert len(holding) == 1 and others
    assert framed(tl, holding[0])
    assert not any(framed(tl, it) for it in others)


def test_clusters_holding_photographs_taken_elsewhere_are_framed(qtbot, w):
    tl = w.timeline
    tl.fit()
    shown = clusters_with(tl)
    (_a, ids_a), (_b, ids_b), (_c, _ids_c) = shown[0], shown[2], shown[1]
    taken = [ids_a[-1], ids_b[0]]
    tl.set_selected_ids(taken)  # what the contact sheet's Ctrl-click shares
    shown = clusters_with(tl)
    drawn = {it.day0: framed(tl, it) for it, _ids in shown}
    holding = {it.day0 for it, ids in shown if set(ids) & set(taken)}
    assert len(holding) == 2
    assert {d for d, f in drawn.items() if f} == holding
    tl.set_selected_ids([])  # nothing taken: only the current photograph's cluster stays framed
    current = set(tl.selected_ids())
    left = [it for it, ids in clusters_with(tl) if it.day0 in holding and not current & set(ids)]
    assert left and not any(framed(tl, it) for it in left)


def test_ctrl_and_shift_clicks_take_the_same_photographs_without_a_pass_over_the_archive(
    qtbot, qapp, monkeypatch
):
    """Each Ctrl- or Shift-click takes the photographs in time order as before (a span across the
    dated ones into the undated, one more, one left), finding where they are with the index's own
    map: the whole time order is not gone over again at each click (at a million photographs that
    was a stall of the window at every click)."""
    from PySide6.QtCore import QRectF

    import photobook.core.timeline_buckets as tlb
    from photobook.ui.thumbcache import ThumbnailCache
    from photobook.ui.timeline.scene import VisibleItem
    from photobook.ui.timeline.timeline_view import TimelineView

    view = TimelineView(ThumbnailCache(None))
    qtbot.addWidget(view)
    rows = [
        (pid, 700_000 + (pid * 37) % 900, 700_000 + (pid * 37) % 900 + pid % 4, False)
        for pid in range(1, 401)
    ]
    rows.sort(key=lambda r: r[1])
    rows += [(pid, None, None, False) for pid in range(401, 421)]  # undated, last in time order
    view.set_rows(rows)
    order = view.ordered_ids()  # the time order, as the test expects it
    passes = []
    whole = tlb.TimelineIndex.ordered_ids
    monkeypatch.setattr(tlb.TimelineIndex, "ordered_ids", lambda self: passes.append(1) or whole(self))
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier

    def click(pos, mods):
        assert view.multi_click(VisibleItem("photo", order[pos], 1, QRectF(0, 0, 8, 8)), mods)

    view.select(order[390])
    click(405, shift)  # from a dated photograph into the undated ones
    assert view.selected_ids() == order[390:406] and view.selected_id() == order[405]
    click(100, ctrl)  # one more, put in its place in time order
    assert view.selected_ids() == [order[100], *order[390:406]]
    click(400, ctrl)  # one taken is left
    assert view.selected_ids() == [order[100], *order[390:400], *order[401:406]]
    view.select(order[10])
    click(3, shift)  # backwards: the span alone
    assert view.selected_ids() == order[3:11] and view.selected_id() == order[3]
    click(20, shift | ctrl)  # Ctrl+Shift adds a span to what is taken
    assert view.selected_ids() == order[3:21]
    for k in range(30):
        click(k * 13, ctrl)
    assert len(passes) <= 1  # the index's map of positions, built once for this filter
