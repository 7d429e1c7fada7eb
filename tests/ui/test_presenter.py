"""Presenting to a room: F5 from the main window, the clicker's keys, black and white screens, going
to a slide by number, the room-sized text, the mirrored timeline in Arabic, and the presenter's
console with its timer (driven by an injected clock: no sleeps)."""

from __future__ import annotations

import dataclasses

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from photobook.core.records import Caption
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings
from photobook.ui.views.presenter import Presentation, Slide, choose_screens
from photobook.ui.views.presenter.deck import BLACK, PHOTO, WHITE


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
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
    if w.presentation is not None:
        w.presentation.deck.end()
    w.close()
    i18n.set_language("fr")


def keys(qtbot, widget, *seq) -> None:
    for k in seq:
        if isinstance(k, str):
            qtbot.keyClicks(widget, k)
        else:
            qtbot.keyClick(widget, k)


def present(qtbot, w: MainWindow, shift: bool = False):
    qtbot.keyClick(
        w, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    )
    assert w.presentation is not None
    p = w.presentation
    qtbot.waitUntil(lambda: p.deck.ready(), timeout=15000)
    return p


def test_f5_presents_the_filter_in_time_order_from_the_selected_photograph(qtbot, window):
    ids = window.browser.ids
    window.browser.select(ids[5])
    p = present(qtbot, window)
    assert p.stage.isFullScreen()
    assert [s.photo_id for s in p.deck.slides] == ids
    assert p.deck.current().photo_id == ids[5]
    # the caption the room reads is the photograph's, its date in words
    rec = p.deck.record(p.deck.current())
    assert rec is not None and rec.id == ids[5]
    img = p.stage.grab().toImage()
    c = p.stage.photo_rect.center().toPoint()
    assert p.stage.photo_rect.height() > img.height() / 2  # the photograph takes most of the screen
    assert img.pixelColor(c) != QColor("#0b0a09")  # and it is painted there


def test_shift_f5_starts_at_the_first_photograph(qtbot, window):
    window.browser.select(window.browser.ids[7])
    p = present(qtbot, window, shift=True)
    assert p.deck.index == 0


def test_clicker_keys_step_and_escape_returns_with_the_last_slide_selected(qtbot, window):
    ids = window.browser.ids
    p = present(qtbot, window, shift=True)
    st = p.stage
    keys(qtbot, st, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space)
    assert p.deck.index == 4
    keys(qtbot, st, Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Backspace)
    assert p.deck.index == 1
    keys(qtbot, st, Qt.Key.Key_End)
    assert p.deck.index == len(ids) - 1
    keys(qtbot, st, Qt.Key.Key_Home)
    assert p.deck.index == 0
    keys(qtbot, st, Qt.Key.Key_PageUp)  # nothing before the first
    assert p.deck.index == 0
    keys(qtbot, st, "12", Qt.Key.Key_Return)
    assert p.deck.index == 11
    keys(qtbot, st, Qt.Key.Key_Escape)
    assert window.presentation is None
    assert window.browser.selected == ids[11]


def test_black_and_white_screens(qtbot, window):
    p = present(qtbot, window)
    st = p.stage
    keys(qtbot, st, Qt.Key.Key_B)
    assert p.deck.mode == BLACK
    img = st.grab().toImage()
    assert img.pixelColor(10, 10) == QColor("#000000") and img.pixelColor(
        img.width() // 2, img.height() // 2
    ) == QColor("#000000")
    keys(qtbot, st, Qt.Key.Key_B)
    assert p.deck.mode == PHOTO
    keys(qtbot, st, Qt.Key.Key_Comma)
    assert p.deck.mode == WHITE
    img = st.grab().toImage()
    assert img.pixelColor(img.width() // 2, img.height() // 2) == QColor("#ffffff")
    keys(qtbot, st, Qt.Key.Key_Period)
    assert p.deck.mode == BLACK
    before = p.deck.index
    keys(qtbot, st, Qt.Key.Key_Right)  # a step brings the picture back
    assert p.deck.mode == PHOTO and p.deck.index == before + 1


def test_wheel_and_click_step(qtbot, window):
    p = present(qtbot, window, shift=True)
    st = p.stage
    qtbot.mouseClick(st, Qt.MouseButton.LeftButton)
    assert p.deck.index == 1
    pos = QPointF(50, 50)
    ev = QWheelEvent(
        pos,
        st.mapToGlobal(pos),
        QPointF(0, 0).toPoint(),
        QPointF(0, -120).toPoint(),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(st, ev)
    assert p.deck.index == 2
    qtbot.mouseClick(st, Qt.MouseButton.RightButton)
    assert p.deck.index == 1


def test_room_sized_text_at_1920x1080(qtbot, window):
    p = present(qtbot, window)
    p.stage.showNormal()
    p.stage.setFixedSize(1920, 1080)
    assert p.stage.title_font().pixelSize() >= 48
    assert p.stage.text_font().pixelSize() >= 32
    assert p.stage.date_font().pixelSize() >= 32
    assert p.stage.strip_font().pixelSize() >= 24


def _mark(qtbot, p):
    p.stage.grab()
    return p.stage.mark_x


def test_the_timeline_mark_moves_forward_in_time_and_is_mirrored_in_arabic(qtbot, window):
    ids = window.browser.ids
    p = present(qtbot, window, shift=True)
    p.stage.showNormal()
    p.stage.setFixedSize(1600, 900)
    x0 = _mark(qtbot, p)
    keys(qtbot, p.stage, Qt.Key.Key_End)
    # the last dated photograph (undated ones come last and have no mark)
    while p.deck.record(p.deck.current()) is None or not p.deck.record(p.deck.current()).date_start:
        qtbot.waitUntil(lambda: p.deck.record(p.deck.current()) is not None, timeout=10000)
        if p.deck.record(p.deck.current()).date_start:
            break
        keys(qtbot, p.stage, Qt.Key.Key_PageUp)
    x1 = _mark(qtbot, p)
    assert x0 is not None and x1 is not None and x1 > x0 + 100  # later is to the right
    keys(qtbot, p.stage, Qt.Key.Key_Escape)

    window.set_language("ar")
    window.browser.select(ids[0])
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # back to browsing: F5 works again
    p = present(qtbot, window, shift=True)
    p.stage.showNormal()
    p.stage.setFixedSize(1600, 900)
    assert p.stage.layoutDirection() == Qt.LayoutDirection.RightToLeft
    a0 = _mark(qtbot, p)
    assert a0 is not None and abs((1600 - a0) - x0) < 2  # the same place, seen from the right
    keys(qtbot, p.stage, Qt.Key.Key_Left)  # in Arabic, left is forward in time
    assert p.deck.index == 1


def test_the_next_picture_is_decoded_ahead(qtbot, window):
    p = present(qtbot, window, shift=True)
    nxt = p.deck.next_slide()
    qtbot.waitUntil(lambda: p.deck.has_full_image(nxt), timeout=15000)
    keys(qtbot, p.stage, Qt.Key.Key_Right)
    assert p.deck.has_full_image(p.deck.current())  # no wait on disk for this step


def test_presenter_view_shows_current_next_notes_and_a_timer_that_starts_after_slide_one(qtbot, window):
    clock = FakeClock()
    ids = window.browser.ids
    slides = [Slide(ids[0], notes="Welcome the room."), Slide(ids[1], notes="The dam."), Slide(ids[2])]
    p = Presentation(
        window.tasks,
        window.thumbs,
        window.browser.vocabulary,
        slides,
        lang="fr",
        presenter_view=True,
        clock=clock,
    )
    try:
        c = p.console
        assert c is not None and c.isVisible()
        qtbot.waitUntil(lambda: p.deck.ready(), timeout=15000)
        assert c.notes.text() == "Welcome the room."
        assert c.next.has_image() and c.current.has_image()
        clock.now += 300  # the room fills: the title stands, the timer has not started
        c.refresh_time()
        assert c.elapsed.text() == "00:00"
        qtbot.keyClick(c, Qt.Key.Key_PageDown)  # keys work in the console too
        assert p.deck.index == 1 and c.notes.text() == "The dam."
        clock.now += 75
        c.refresh_time()
        assert c.elapsed.text() == "01:15"
        qtbot.keyClick(p.stage, Qt.Key.Key_PageDown)
        assert "3" in c.position.text() and c.next_caption.text() == ""
    finally:
        p.deck.end()


def test_screens_the_projector_gets_the_stage():
    assert choose_screens(1, 0, None, False) == (0, None)
    assert choose_screens(1, 0, None, True) == (0, 0)
    assert choose_screens(2, 0, None, False) == (1, 0)  # stage on the projector, console on the laptop
    assert choose_screens(2, 1, None, False) == (0, 1)
    assert choose_screens(2, 0, 0, False) == (0, 1)  # --screen 0: the stage there, the console on the other
    assert choose_screens(3, 0, 2, False) == (2, 0)
    assert choose_screens(2, 0, 7, False) == (1, 0)  # a screen that is not there: the default


def test_a_saved_tour_is_presented_with_its_notes_and_its_own_captions(qtbot, window, synthetic_library):
    from photobook.services import tours
    from photobook.ui.views.presenter.run import load_slides
    from photobook.ui.views.presenter.stage import slide_text

    ids = window.browser.ids
    with synthetic_library.Session() as s, s.begin():
        tid = tours.create(s, "Sommet")
        tours.add(s, tid, [ids[40], ids[3]])
        tours.set_notes(s, tid, 1, "Say who built it.")
        tours.set_caption(s, tid, 1, "fr", "Le port, vu du quai", "Pour la salle.")
    with synthetic_library.Session() as s:
        slides = load_slides(s, "Sommet")
        assert [sl.photo_id for sl in slides] == [ids[40], ids[3]]
    p = Presentation(
        window.tasks,
        window.thumbs,
        window.browser.vocabulary,
        slides,
        lang="fr",
        presenter_view=True,
        clock=FakeClock(),
    )
    try:
        qtbot.waitUntil(lambda: p.deck.ready(), timeout=15000)
        t = slide_text(p.deck.current(), p.deck.record(p.deck.current()), "fr")
        assert (t.title, t.text) == ("Le port, vu du quai", "Pour la salle.")
        assert p.console.notes.text() == "Say who built it."
        assert "Le port, vu du quai" in p.console.caption.text()
        # in English the tour has no caption of its own: the catalogue's English caption shows
        rec = p.deck.record(p.deck.current())
        en = Slide(rec.id, captions={"fr": Caption("Le port, vu du quai", "")})
        rec_en = dataclasses.replace(
            rec, captions={**rec.captions, "en": Caption("The port", "From the quay")}
        )
        assert slide_text(en, rec_en, "en").title == "The port"
    finally:
        p.deck.end()


def test_present_step_is_measured_for_the_bench(qapp, synthetic_library):
    from photobook.ui.views.presenter.bench import present_step_ms

    figures = present_step_ms(synthetic_library, steps=4)
    assert set(figures) == {"present_step_ms", "present_step_max_ms", "present_decode_ahead_ms"}
    assert 0 < figures["present_step_ms"] <= figures["present_step_max_ms"]


def test_a_flight_frame_is_measured_for_the_bench(qapp, synthetic_library):
    from photobook.db import queries
    from photobook.ui.views.presenter.bench import present_flight_frame_ms

    with synthetic_library.Session() as s:
        n = queries.count(s)
    figures = present_flight_frame_ms(synthetic_library, frames=6)
    assert figures["present_flight_slides"] == n  # every photograph a slide, as F5 on the timeline
    assert 0 < figures["present_flight_frame_cpu_ms"] <= figures["present_flight_frame_cpu_max_ms"]
    assert 0 < figures["present_flight_frame_ms"] <= figures["present_flight_frame_max_ms"]


def test_present_with_a_tour_that_is_not_there_is_one_line(qapp, synthetic_library, capsys):
    from photobook.cli import main

    code = main(["present", "--library", str(synthetic_library.folder), "--tour", "Nope"])
    assert code == 2
    assert (
        capsys.readouterr().err.strip() == "photobook: no tour called 'Nope' (photobook tour list shows them)"
    )


def test_the_timer_counts_down_a_tours_duration_and_turns_red_past_zero(qtbot, window):
    clock = FakeClock()
    ids = window.browser.ids
    p = Presentation(
        window.tasks,
        window.thumbs,
        window.browser.vocabulary,
        [Slide(i) for i in ids[:3]],
        presenter_view=True,
        clock=clock,
        duration_s=600,
    )
    try:
        c = p.console
        c.refresh_time()
        assert c.elapsed.text() == "10:00"  # a tour with a duration: the time left
        qtbot.keyClick(p.stage, Qt.Key.Key_Right)
        clock.now += 61
        c.refresh_time()
        assert c.elapsed.text() == "08:59"
        qtbot.keyClick(c, Qt.Key.Key_T)  # count up instead
        assert c.elapsed.text() == "01:01"
        qtbot.keyClick(c, Qt.Key.Key_T)
        clock.now += 600
        c.refresh_time()
        assert c.elapsed.text() == "−01:01" and c.elapsed.property("over")
    finally:
        p.deck.end()


def test_the_pace_says_ahead_or_behind_the_plan_by_more_than_a_minute(qtbot, window):
    clock = FakeClock()
    ids = window.browser.ids
    # a title, then 9 slides in 18 minutes: each has 2 minutes once the title is left
    p = Presentation(
        window.tasks,
        window.thumbs,
        window.browser.vocabulary,
        [Slide(i) for i in ids[:10]],
        presenter_view=True,
        clock=clock,
        duration_s=1080,
    )
    try:
        c = p.console
        clock.now += 500  # the room fills while the title stands
        c.refresh_time()
        assert c.pace.text() == ""  # not started
        qtbot.keyClick(p.stage, Qt.Key.Key_Right)  # slide 2: the talk begins
        c.refresh_time()
        assert c.pace.text() == "Dans les temps"
        keys(qtbot, p.stage, "4", Qt.Key.Key_Return)  # slide 4 is planned at 4:00; we are at 0:00
        c.refresh_time()
        assert c.pace.text() == "04:00 d’avance : ralentir"
        clock.now += 200
        c.refresh_time()
        assert c.pace.text() == "Dans les temps"
        clock.now += 150  # 5:50 in, still on slide 4
        c.refresh_time()
        assert c.pace.text() == "01:50 de retard : accélérer"
    finally:
        p.deck.end()


def test_a_step_cross_fades_the_photographs_unless_the_setting_is_off(qtbot, window):
    ids = window.browser.ids
    p = Presentation(
        window.tasks, window.thumbs, window.browser.vocabulary, [Slide(i) for i in ids[:3]], fade_ms=250
    )
    try:
        qtbot.waitUntil(lambda: p.deck.ready(), timeout=15000)
        p.stage.grab()  # the first photograph painted
        qtbot.keyClick(p.stage, Qt.Key.Key_Right)
        assert p.stage.fading()  # the first fades out as the second fades in
        qtbot.waitUntil(lambda: not p.stage.fading(), timeout=5000)
        assert p.deck.index == 1
    finally:
        p.deck.end()
    window.settings.set_present_fade(False)
    window.commands.present.trigger()  # F5 (the menu's command)
    p = window.presentation
    qtbot.waitUntil(lambda: p.deck.ready(), timeout=15000)
    p.stage.grab()
    qtbot.keyClick(p.stage, Qt.Key.Key_Right)
    assert not p.stage.fading()  # a cut
    qtbot.keyClick(p.stage, Qt.Key.Key_Escape)


def test_the_room_screen_is_found_again_by_its_name(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    name = QGuiApplication.screens()[0].name()
    p = Presentation(
        window.tasks,
        window.thumbs,
        window.browser.vocabulary,
        [Slide(window.browser.ids[0])],
        screen_name=name,
        show=False,
    )
    assert p.stage_screen is not None and p.stage_screen.name() == name
    p.deck.end()
    p = Presentation(
        window.tasks,
        window.thumbs,
        window.browser.vocabulary,
        [Slide(window.browser.ids[0])],
        screen_name="HDMI-unplugged",
        show=False,
    )
    assert p.stage_screen is QGuiApplication.primaryScreen()  # not connected: the default
    p.deck.end()
