"""What the merged window showed when looked at in French and Arabic (issue 7), each defect fixed
and held here: a ticked box shows a tick, the toolbar keeps its height after a visit to Arabic, and
a filter that leaves nothing on the axis says why instead of showing empty years."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QColor, QImage

from photobook.db import queries
from photobook.db.queries import PhotoFilter
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings

MAROON = QColor("#8c2f39")


@pytest.fixture
def window(qtbot, synthetic_library, tmp_path):
    create_application()
    i18n.set_language("fr")
    w = MainWindow(synthetic_library, Settings(tmp_path / "s.ini"), restore=False)
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
    yield w
    w.close()
    i18n.set_language("fr")


def settle(qtbot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: not w.tasks.busy(), timeout=15000)


def _near(c: QColor, ref: QColor, tol: int = 14) -> bool:
    return (
        abs(c.red() - ref.red()) <= tol
        and abs(c.green() - ref.green()) <= tol
        and abs(c.blue() - ref.blue()) <= tol
    )


def _tick_in_box(image: QImage) -> tuple[int, int]:
    """(maroon pixels, light pixels inside the maroon box's bounds): a ticked box is a maroon
    square with a light tick in it; a plain filled square has no light pixel inside."""
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            if _near(image.pixelColor(x, y), MAROON):
                xs.append(x)
                ys.append(y)
    if not xs:
        return 0, 0
    light = 0
    for y in range(min(ys) + 1, max(ys)):
        for x in range(min(xs) + 1, max(xs)):
            c = image.pixelColor(x, y)
            if min(c.red(), c.green(), c.blue()) >= 215:
                light += 1
    return len(xs), light


def test_a_ticked_box_shows_a_tick_not_a_plain_square(qtbot, window):
    w = window
    cb = w.filters.undated_check
    cb.setChecked(True)
    qtbot.waitUntil(lambda: cb.isChecked())
    indicator = cb.grab().toImage().copy(0, 0, cb.height() + 4, cb.height())  # the box, not the words
    maroon, light = _tick_in_box(indicator)
    assert maroon > 20 and light >= 4
    # and the theme list's boxes
    tree = w.filters.theme_view
    first = w.filters.themes.index(0, 0)
    w.filters.themes.set_checked_slugs((next(iter(w.filters.themes._by_slug)),))
    tree.viewport().repaint()
    rect = tree.visualRect(first)
    row = tree.viewport().grab(rect).toImage().copy(0, 0, 40, rect.height())
    maroon, light = _tick_in_box(row)
    assert maroon > 20 and light >= 4


def test_the_toolbar_keeps_its_height_after_a_visit_to_arabic(qtbot, window):
    w = window
    bar, menu = w.commands.toolbar, w.menuBar()
    french = (bar.sizeHint().height(), menu.sizeHint().height())
    w.set_language("ar")
    qtbot.waitUntil(lambda: w.layoutDirection().name == "RightToLeft")
    arabic_value = next(
        lab for lab in w.findChildren(type(w.caption.date_label)) if lab.objectName() == "metaValue"
    )
    assert arabic_value.font().pointSizeF() > 12  # the Arabic sizes of the stylesheet apply
    for _ in range(2):
        w.set_language("fr")
        assert (bar.sizeHint().height(), menu.sizeHint().height()) == french
        assert arabic_value.font().pointSizeF() < 12
        w.set_language("ar")
    w.set_language("fr")
    assert bar.sizeHint().height() == french[0]


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_an_axis_with_nothing_on_it_says_why(qtbot, window, lang):
    w = window
    w.set_language(lang)
    w.timeline.repaint()
    assert w.timeline._frame.message == ""  # photographs on the axis: nothing to explain
    with w.library.Session() as s:
        undated = queries.count(s, PhotoFilter(undated=True))
    assert undated > 0
    w.browser.set_filter(PhotoFilter(undated=True))
    settle(qtbot, w)
    w.timeline.repaint()
    said = w.timeline._frame.message
    assert str(undated) in said
    assert ("sous la frise" in said) if lang == "fr" else ("أسفل الخط الزمني" in said)
    w.browser.set_filter(PhotoFilter(search="zzqxwv"))
    settle(qtbot, w)
    w.timeline.repaint()
    said = w.timeline._frame.message
    assert said == (
        "Aucune photographie ne correspond à ces filtres."
        if lang == "fr"
        else "لا توجد صورة تطابق عوامل التصفية هذه."
    )
    w.browser.set_filter(PhotoFilter())
    settle(qtbot, w)
    w.timeline.repaint()
    assert w.timeline._frame.message == ""


def test_the_record_editor_docks_beside_the_caption_panel_in_arabic_too(qtbot, window):
    w = window
    with w.library.Session() as s:
        pid = queries.photo_ids(s, PhotoFilter())[0]
    w.browser.select(pid)
    settle(qtbot, w)
    w.toggle_editor()
    qtbot.waitUntil(lambda: w.editor_dock.isVisible())
    dock, caption = w.editor_dock, w.caption

    def left_of(a, b) -> bool:  # a's right edge is left of b's left edge, on screen
        return a.mapToGlobal(a.rect().topRight()).x() <= b.mapToGlobal(b.rect().topLeft()).x()

    assert left_of(caption, dock) and left_of(w.filter_scroll, caption)  # filters … caption | editor
    w.set_language("ar")
    qtbot.waitUntil(lambda: left_of(dock, caption))  # mirrored: editor | caption … filters
    assert left_of(caption, w.filter_scroll)
    assert not w.tours_dock.isVisible()  # a hidden dock moved across stays hidden
    w.set_language("fr")
    qtbot.waitUntil(lambda: left_of(caption, dock))
    assert dock.isVisible() and not w.tours_dock.isVisible()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_shortcuts_dialog_fits_a_laptop_screen(qtbot, window, lang):
    w = window
    w.set_language(lang)
    box = w.shortcuts_dialog()
    try:
        box.adjustSize()
        # every command is there, and the whole dialog, its OK button included, fits 1600×1000
        for what, keys in w.commands.shortcut_table():
            assert what in box.text() and keys in box.text()
        assert box.sizeHint().height() <= 1000 - 80, box.sizeHint()
        assert box.sizeHint().width() <= 1600
    finally:
        box.deleteLater()
