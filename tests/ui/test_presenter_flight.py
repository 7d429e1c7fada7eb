"""The timeline as the stage: F5 on the timeline presents the timeline, and each step flies along
the road of time from one photograph's moment to the next's before the photograph opens; with
reduced motion, a cross-fade with the year counting. The clock is injected: no sleeps."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings
from photobook.ui.views.presenter import Presentation, Slide
from photobook.ui.views.presenter.road import FLIGHT_S, MAX_CARDS, Card, Road, Window, flight, moment, year_of

YEAR = 365.2425


class Clock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def test_a_flight_starts_and_lands_on_the_moments_and_rises_to_show_both():
    w0, w1 = moment((725_000, 725_000)), moment((738_000, 738_400))
    assert flight(w0, w1, 0.0) == w0 and flight(w0, w1, 1.0) == w1
    mid = flight(w0, w1, 0.5)
    assert mid.lo <= min(w0.center, w1.center) and mid.hi >= max(w0.center, w1.center)  # both ends in view
    assert w0.center < mid.center < w1.center
    widths = [flight(w0, w1, k / 20).width for k in range(21)]
    top = widths.index(max(widths))
    assert 0 < top < 20 and widths[:top] == sorted(widths[:top])  # up, then down: no wobble


def test_the_road_draws_at_most_so_many_cards_whatever_the_talk():
    road = Road([Card(700_000 + i * 0.1, i) for i in range(100_000)])
    assert len(road.within(Window(700_000 + 5_000, 10_000))) == MAX_CARDS
    assert [c.photo_id for c in road.within(Window(700_000 + 1, 0.5))] == [8, 9, 10, 11, 12]


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


def _dated(window, n):
    from photobook.db import queries

    with window.library.Session() as s:
        days = queries.photo_days(s, window.browser.ids)
    ids = [i for i in window.browser.ids if i in days]
    return ids[:: max(1, len(ids) // n)][:n], days


def test_each_step_flies_along_the_road_then_the_photograph_opens(qtbot, window):
    ids, days = _dated(window, 4)
    clock = Clock()
    p = Presentation(
        window.tasks,
        window.thumbs,
        window.browser.vocabulary,
        [Slide(i) for i in ids],
        fly=True,
        motion=True,
        clock=clock,
        show=False,
    )
    try:
        st = p.stage
        st.resize(1280, 720)
        st.show()
        qtbot.waitUntil(lambda: p.deck.road is not None and p.deck.ready(), timeout=15000)
        assert st.road_window() is None  # the first photograph, large
        qtbot.keyClick(st, Qt.Key.Key_Right)
        a, b = days[ids[0]], days[ids[1]]
        assert st.flight is not None and st.road_window() == moment(a)  # it takes off from here
        clock.now += FLIGHT_S / 2
        mid = st.road_window()
        assert mid.width >= max(moment(a).width, moment(b).width)
        assert st.flight_counter() == year_of(mid.center)
        st.grab()  # the road paints, mid-flight
        clock.now += FLIGHT_S
        st._flight_tick()  # the frame after landing
        assert st.flight is None and st.landing == moment(b)  # landed: the photograph opens over it
        assert p.deck.index == 1
        qtbot.keyClick(st, Qt.Key.Key_B)  # the clicker's keys still work: black screen, and back
        qtbot.keyClick(st, Qt.Key.Key_B)
        assert st.flight is None
    finally:
        p.deck.end()


def test_with_reduced_motion_the_road_stays_and_the_year_counts(qtbot, window):
    ids, days = _dated(window, 6)
    first, last = ids[0], ids[-1]
    clock = Clock()
    p = Presentation(
        window.tasks,
        window.thumbs,
        window.browser.vocabulary,
        [Slide(first), Slide(last)],
        fly=True,
        motion=False,
        clock=clock,
        show=False,
    )
    try:
        qtbot.waitUntil(lambda: p.deck.road is not None, timeout=15000)
        p.deck.step(1)
        st = p.stage
        y0, y1 = year_of(sum(days[first]) / 2), year_of(sum(days[last]) / 2)
        assert st.road_window() == moment(days[last])  # no movement at all
        assert st.flight_counter() == y0
        clock.now += FLIGHT_S * 0.5
        assert min(y0, y1) <= st.flight_counter() <= max(y0, y1)
        clock.now += FLIGHT_S
        assert st.flight_counter() == y1
    finally:
        p.deck.end()


def test_a_tour_flies_only_to_the_slides_that_fly(qtbot, window):
    ids, _ = _dated(window, 3)
    slides = [Slide(ids[0]), Slide(ids[1], transition="fly"), Slide(ids[2])]
    p = Presentation(window.tasks, window.thumbs, window.browser.vocabulary, slides, show=False, motion=True)
    try:
        qtbot.waitUntil(lambda: p.deck.road is not None, timeout=15000)
        p.deck.step(1)
        assert p.stage.flight is not None
        p.stage.flight = None
        p.deck.step(1)
        assert p.stage.flight is None  # a cut
    finally:
        p.deck.end()


def test_f5_on_the_timeline_presents_the_timeline_and_on_the_sheet_the_photographs(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation is not None and window.presentation.deck.fly
    window.presentation.deck.end()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the contact sheet
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation is not None and not window.presentation.deck.fly
    window.presentation.deck.end()


def test_a_slide_set_to_fly_travels_in_the_tour_file(synthetic_library, capsys):
    import json

    from photobook.cli import main
    from photobook.db import queries
    from photobook.services import tours

    with synthetic_library.Session() as s, s.begin():
        tid = tours.create(s, "Vol")
        tours.add(s, tid, queries.photo_ids(s, limit=3))
    where = ["--library", str(synthetic_library.folder)]
    assert main(["tour", *where, "fly", "Vol", "2"]) == 0
    capsys.readouterr()
    main(["tour", *where, "show", "Vol", "--json"])
    shown = json.loads(capsys.readouterr().out)
    assert [sl["transition"] for sl in shown["slides"]] == ["cut", "fly", "cut"]
    with synthetic_library.Session() as s:
        data = tours.export_tour(s, tid)
    assert [sl["transition"] for sl in data["slides"]] == ["cut", "fly", "cut"]
    with synthetic_library.Session() as s, s.begin():
        again = tours.import_tour(s, data, title="Vol 2")
        assert [sl.transition for sl in queries.tour(s, again.tour_id).slides] == ["cut", "fly", "cut"]
    assert main(["tour", *where, "fly", "Vol", "2", "--cut"]) == 0
    with synthetic_library.Session() as s:
        assert [sl.transition for sl in tours.find(s, "Vol").slides] == ["cut", "cut", "cut"]


def test_the_presenters_reduced_motion_setting_stills_flights_and_slow_zooms(qtbot, window):
    window.settings.set_present_reduced_motion(True)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    p = window.presentation
    try:
        assert p.deck.fly and not p.stage.motion
        p.deck.ken_burns = True
        p.stage._kb_restart()
        assert p.stage.ken_burns_progress() is None
    finally:
        p.deck.end()


def test_present_on_a_screen_that_is_not_there_says_which_are(synthetic_library, capsys):
    from photobook.cli import main

    code = main(["--library", str(synthetic_library.folder), "present", "--screen", "HDMI-9"])
    err = capsys.readouterr().err
    assert code == 2 and "no screen called 'HDMI-9'" in err and "connected:" in err


def test_a_tour_presented_from_its_panel_honours_the_presenters_reduced_motion(qtbot, window, monkeypatch):
    from photobook.db import queries
    from photobook.services import tours
    from photobook.ui.timeline import timeline_view

    monkeypatch.setattr(timeline_view, "animations_wanted", lambda: True)  # a desktop that animates

    with window.library.Session() as s, s.begin():
        tid = tours.create(s, "Calme")
        tours.add(s, tid, queries.photo_ids(s, limit=3))
    window.settings.set_present_reduced_motion(True)
    window.present_tour(tid)
    qtbot.waitUntil(lambda: window.presentation is not None, timeout=15000)
    p = window.presentation
    try:
        assert len(p.deck.slides) == 3 and not p.stage.motion  # no slow zoom, as with F5
    finally:
        p.deck.end()


def test_the_road_is_read_once_when_a_tour_that_flies_is_presented_with_fly(qtbot, window, monkeypatch):
    from photobook.db import queries

    ids, _ = _dated(window, 3)
    asked = []
    real = queries.photo_days
    monkeypatch.setattr(queries, "photo_days", lambda s, pids: asked.append(list(pids)) or real(s, pids))
    slides = [Slide(ids[0]), Slide(ids[1], transition="fly"), Slide(ids[2])]
    p = Presentation(
        window.tasks, window.thumbs, window.browser.vocabulary, slides, fly=True, show=False, motion=True
    )
    try:
        qtbot.waitUntil(lambda: p.deck.road is not None, timeout=15000)
        window.tasks.wait_idle(15000)
        assert asked == [ids]
    finally:
        p.deck.end()
