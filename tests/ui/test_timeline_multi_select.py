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
