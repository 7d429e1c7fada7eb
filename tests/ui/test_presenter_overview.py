"""The presenter's overview (Tab or G) on the console, hidden slides kept for questions, and a
timer that counts down to the time the talk must end. Clocks are injected: no sleeps."""

from __future__ import annotations

from datetime import datetime

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings
from photobook.ui.views.presenter import Presentation, Slide


class Wall:
    def __init__(self, at: datetime) -> None:
        self.now = at

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def window(qtbot, synthetic_library, tmp_path):
    create_application()
    i18n.set_language("fr")
    w = MainWindow(synthetic_library, Settings(tmp_path / "s.ini"), restore=False)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    w.start()
    qtbot.waitUntil(
        lambda: w.browser.loads > 0 and len(w.browser.ids) > 0 and not w.tasks.busy(), timeout=15000
    )
    yield w
    w.close()


def talk(window, slides, **kw) -> Presentation:
    return Presentation(window.tasks, window.thumbs, window.browser.vocabulary, slides, **kw)


def test_stepping_passes_over_hidden_slides_and_go_to_reaches_them(qtbot, window):
    ids = window.browser.ids
    slides = [Slide(ids[0]), Slide(ids[1], hidden=True), Slide(ids[2]), Slide(ids[3], hidden=True)]
    p = talk(window, slides, presenter_view=True)
    try:
        d = p.deck
        assert d.next_slide().photo_id == ids[2]  # the console's "next" is what a click shows
        qtbot.keyClick(p.stage, Qt.Key.Key_PageDown)
        assert d.index == 2
        qtbot.keyClick(p.stage, Qt.Key.Key_PageDown)  # only hidden slides after it: stay
        assert d.index == 2 and d.next_slide() is None
        assert p.console.next._placeholder == "Fin de la présentation"
        qtbot.keyClick(p.stage, Qt.Key.Key_PageUp)
        assert d.index == 0
        qtbot.keyClicks(p.stage, "2")
        qtbot.keyClick(p.stage, Qt.Key.Key_Return)  # a question: go to the hidden slide 2
        assert d.index == 1
        qtbot.keyClick(p.stage, Qt.Key.Key_Space)
        assert d.index == 2
        qtbot.keyClick(p.stage, Qt.Key.Key_End)  # the last slide shown, not the hidden one
        assert d.index == 2
    finally:
        p.deck.end()


def test_tab_opens_the_overview_on_the_console_and_enter_goes_to_the_slide(qtbot, window):
    ids = window.browser.ids
    slides = [Slide(i, hidden=(n == 7)) for n, i in enumerate(ids[:14])]
    p = talk(window, slides, presenter_view=True)
    try:
        d, c = p.deck, p.console
        assert not p.overview.isVisible()
        qtbot.keyClick(p.stage, Qt.Key.Key_Tab)  # Tab is the presenter's, not focus navigation
        assert d.overview and p.overview.isVisible() and p.overview.parentWidget() is c
        assert p.overview.geometry() == c.rect()
        qtbot.keyClick(c, Qt.Key.Key_Down)  # one row down: slide 7 (the hidden one), then right
        qtbot.keyClick(c, Qt.Key.Key_Right)
        assert d.overview_index == d.OVERVIEW_COLUMNS + 1 and d.index == 0  # picking moves nothing yet
        qtbot.keyClick(c, Qt.Key.Key_Left)
        qtbot.keyClick(c, Qt.Key.Key_Return)
        assert d.index == 6 and not d.overview and not p.overview.isVisible()
        qtbot.keyClick(c, Qt.Key.Key_G)  # G opens it too; Escape closes without moving
        assert d.overview and d.overview_index == 6
        qtbot.keyClick(c, Qt.Key.Key_End)
        qtbot.keyClick(c, Qt.Key.Key_Escape)
        assert not d.overview and d.index == 6 and not d._over  # Escape closed it; the talk goes on
        qtbot.keyClick(c, Qt.Key.Key_Tab)
        cell = p.overview.cell_rect(7).center().toPoint()  # a click picks the hidden slide
        qtbot.mouseClick(p.overview, Qt.MouseButton.LeftButton, pos=QPoint(cell.x(), cell.y()))
        assert d.index == 7 and not d.overview
    finally:
        p.deck.end()


def test_without_a_console_the_overview_is_on_the_stage_and_mirrored_in_arabic(qtbot, window):
    ids = window.browser.ids
    p = talk(window, [Slide(i) for i in ids[:8]], lang="ar")
    try:
        assert p.console is None and p.overview.parentWidget() is p.stage
        qtbot.keyClick(p.stage, Qt.Key.Key_Tab)
        first, second = p.overview.cell_rect(0), p.overview.cell_rect(1)
        assert second.x() < first.x()  # right to left: slide 1 at the right
        qtbot.keyClick(p.stage, Qt.Key.Key_Left)  # in Arabic, Left is forward
        assert p.deck.overview_index == 1
    finally:
        p.deck.end()


def test_the_timer_counts_down_to_the_end_time(qtbot, window):
    ids = window.browser.ids
    wall = Wall(datetime(2026, 12, 2, 15, 50, 0))
    p = talk(
        window, [Slide(i) for i in ids[:3]], presenter_view=True, wall=wall, end_at="16:30", duration_s=1200
    )
    try:
        c = p.console
        c.refresh_time()
        assert c.elapsed.text() == "40:00" and "16:30" in c.elapsed.toolTip()
        wall.now = datetime(2026, 12, 2, 16, 31, 0)
        c.refresh_time()
        assert c.elapsed.text() == "−01:00" and c.elapsed.property("over")  # past the end: red
        qtbot.keyClick(c, Qt.Key.Key_T)  # T: since the start
        assert p.deck.timer_mode == "up" and c.elapsed.text() == "00:00"
        qtbot.keyClick(c, Qt.Key.Key_T)  # then the tour's duration, then the end time again
        assert p.deck.timer_mode == "down" and c.elapsed.text() == "20:00"
        qtbot.keyClick(c, Qt.Key.Key_T)
        assert p.deck.timer_mode == "until"
    finally:
        p.deck.end()


def test_an_end_time_already_past_today_is_tomorrow(qtbot, window):
    ids = window.browser.ids
    wall = Wall(datetime(2026, 12, 2, 23, 30, 0))
    p = talk(window, [Slide(ids[0])], wall=wall, end_at="00:15", show=False)
    try:
        assert p.deck.remaining() == 45 * 60
    finally:
        p.deck.end()


def test_present_refuses_a_time_that_is_not_one(capsys):
    from photobook.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["present", "--until", "25:00"])
    assert exc.value.code == 2 and "not a time of day" in capsys.readouterr().err


def test_ken_burns_zooms_slowly_into_the_photograph_and_rests(qtbot, window):
    from photobook.ui.views.presenter.stage import KEN_BURNS_S, KEN_BURNS_ZOOM, ken_burns_rect

    class Clock:
        now = 100.0

        def __call__(self):
            return self.now

    clock = Clock()
    ids = window.browser.ids
    p = talk(window, [Slide(i) for i in ids[:3]], clock=clock, show=False, motion=True)
    try:
        st = p.stage
        st.resize(1280, 720)
        qtbot.waitUntil(p.deck.ready, timeout=15000)
        st.grab()
        assert st.ken_burns_progress() is None  # off by default
        qtbot.keyClick(st, Qt.Key.Key_K)
        assert p.deck.ken_burns and st.ken_burns_progress() == 0.0 and st._kb_timer.isActive()
        clock.now += KEN_BURNS_S / 2
        assert st.ken_burns_progress() == 0.5
        frame = st._last[1]
        half = ken_burns_rect(frame, 0.5, p.deck.index)
        assert frame.width() < half.width() < frame.width() * KEN_BURNS_ZOOM
        assert half.contains(frame)  # it grows around its frame: never an empty edge
        clock.now += KEN_BURNS_S
        st._kb_tick()
        assert st.ken_burns_progress() == 1.0 and not st._kb_timer.isActive()  # at rest: no repaints
        end = ken_burns_rect(frame, 1.0, p.deck.index)
        assert abs(end.width() - frame.width() * KEN_BURNS_ZOOM) < 1e-6
        qtbot.keyClick(st, Qt.Key.Key_Right)  # the next slide starts its own movement
        assert st.ken_burns_progress() == 0.0 and st._kb_timer.isActive()
        assert ken_burns_rect(frame, 1.0, 1).center() != end.center()  # towards another corner
    finally:
        p.deck.end()


def test_plus_and_minus_scale_the_rooms_text_and_it_is_remembered(qtbot, window, tmp_path):
    window.resize(1200, 800)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    p = window.presentation
    st = p.stage
    st.resize(1920, 1080)
    st.activateWindow()  # the room's screen has the keys (not the window behind, whose "+" zooms)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is st, timeout=5000)
    from photobook.ui.views.presenter.stage import TITLE_PX

    for _ in range(2):
        qtbot.keyClick(st, Qt.Key.Key_Plus)
    assert p.deck.text_scale == 1.25 and st.title_font().pixelSize() == round(TITLE_PX * st.scale() * 1.25)
    for _ in range(20):
        qtbot.keyClick(st, Qt.Key.Key_Minus)
    assert p.deck.text_scale == 0.75  # not below
    qtbot.keyClick(st, Qt.Key.Key_Equal)
    qtbot.keyClick(st, Qt.Key.Key_Escape)
    assert window.presentation is None and window.settings.present_text_scale() == 0.875
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # the next talk starts with it
    assert window.presentation.deck.text_scale == 0.875
    window.presentation.deck.end()


def test_f5_with_a_selection_in_the_contact_sheet_presents_the_selection(qtbot, window):
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    model = window.grid.model()
    window.grid.selectionModel().select(
        QItemSelection(model.index(3, 0), model.index(7, 0)), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    chosen = window.grid.selected_ids()
    assert len(chosen) == 5
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert [s.photo_id for s in window.presentation.deck.slides] == chosen
    window.presentation.deck.end()


def test_the_console_shows_the_talk_as_a_strip_and_a_click_jumps(qtbot, window):
    ids = window.browser.ids
    p = talk(window, [Slide(i, hidden=(n == 2)) for n, i in enumerate(ids[:30])], presenter_view=True)
    try:
        strip = p.console.strip
        p.console.resize(1440, 900)
        qtbot.waitUntil(lambda: strip.width() > 600, timeout=5000)
        cells = strip.cells()
        assert cells[0][0] == 0 and len(cells) >= 5
        i, r = cells[4]
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=r.center().toPoint())
        assert p.deck.index == i == 4
        later = [k for k, _ in strip.cells()]
        assert 4 in later and later[0] <= 4 <= later[-1]  # it follows the talk
    finally:
        p.deck.end()
