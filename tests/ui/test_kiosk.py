"""The kiosk as a visitor and as staff meet it: read-only, published only, locked, idle, PIN."""

from __future__ import annotations

import hashlib
import sqlite3
import threading

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select

from photobook.db.engine import CATALOG_FILE, open_for_kiosk, open_library
from photobook.db.models import Photo
from photobook.ui.views.kiosk import KioskWindow
from photobook.ui.views.kiosk.idle import ACTIVE, ATTRACT, COUNTDOWN
from photobook.ui.views.kiosk.pin import hash_pin

PIN = "2468"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="module")
def pin_hash():
    return hash_pin(PIN)


@pytest.fixture
def folder(tmp_path):
    """A closed library of 300 synthetic photographs: drafts, reviewed and published."""
    from photobook.services.synthetic import populate

    lib = open_library(tmp_path / "library")
    populate(lib, 300, distinct_thumbs=12)
    lib.close()
    return tmp_path / "library"


@pytest.fixture
def statuses(folder):
    lib = open_library(folder, readonly=True)
    with lib.Session() as s:
        out = dict(s.execute(select(Photo.id, Photo.status)).all())
    lib.close()
    return out


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def kiosk(qtbot, folder, clock, pin_hash):
    w = KioskWindow(lambda: open_for_kiosk(folder), lang="fr", idle_s=60, pin_hash=pin_hash, clock=clock)
    w.idle.timer.setInterval(3_600_000)  # the tests call check() themselves
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.start()
    qtbot.waitUntil(lambda: w.loads > 0 and bool(w.chips) and not w.tasks.busy(), timeout=20000)
    yield w
    w._may_close = True
    w.shutdown()


def _files(folder):
    out = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = folder / (CATALOG_FILE + suffix)
        out[suffix] = hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None
    return out


def _photo_point(qtbot, w) -> QPoint:
    """Where a photograph (not a cluster) is drawn: zoomed in on the middle of the archive."""
    from photobook.core import timeline as tl

    _pid, d0, d1, _a = w.rows.rows[len(w.rows.rows) // 2]
    mid = tl.day_to_year((d0 + d1) / 2)
    for span in (0.5, 1, 2, 4):
        w.timeline.set_visible_range(mid - span, mid + span)
        w.timeline.repaint()
        inside = w.timeline.rect().adjusted(10, 10, -10, -10)
        photos = [
            i
            for i in w.timeline.visible_items()
            if i.kind == "photo" and inside.contains(i.rect.center().toPoint())
        ]
        if photos:
            return photos[0].rect.center().toPoint()
    raise AssertionError("no photograph drawn one by one")


def _idle(w, clock, seconds):
    clock.advance(seconds)
    w.idle.check()


# --- the catalog --------------------------------------------------------------------------------


def test_a_kiosk_session_leaves_the_catalog_byte_identical(qtbot, folder, clock, pin_hash):
    before = _files(folder)
    w = KioskWindow(lambda: open_for_kiosk(folder), lang="fr", idle_s=60, pin_hash=pin_hash, clock=clock)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.loads > 0 and bool(w.chips) and not w.tasks.busy(), timeout=20000)
    QTest.mouseClick(w.timeline, Qt.MouseButton.LeftButton, pos=_photo_point(qtbot, w))
    qtbot.waitUntil(lambda: w.current_record() is not None, timeout=10000)
    w.step(+1)
    w.set_language("ar")
    w.set_theme(next(s for s in w.chips if s))
    qtbot.waitUntil(lambda: not w.tasks.busy(), timeout=10000)
    _idle(w, clock, 61)
    _idle(w, clock, 20)
    assert w.idle.state == ATTRACT
    qtbot.waitUntil(lambda: not w.tasks.busy(), timeout=10000)
    w._exit()  # the PIN was given
    assert not w.isVisible()
    assert _files(folder) == before
    assert before["-wal"] is None and before["-shm"] is None


def test_drafts_are_never_shown(qtbot, kiosk, statuses):
    published = {i for i, st in statuses.items() if st == "published"}
    drafts = set(statuses) - published
    assert drafts
    assert set(kiosk.rows.ordered_ids()) == published
    # a draft's id, however it came, opens no caption
    kiosk.open_photo(min(drafts))
    qtbot.waitUntil(lambda: not kiosk.tasks.busy(), timeout=10000)
    assert kiosk.current_record() is None
    kiosk.open_photo(min(published))
    qtbot.waitUntil(lambda: kiosk.current_record() is not None, timeout=10000)
    assert kiosk.current_record().status == "published"
    # stepping through every photograph in time never meets a draft
    seen = set()
    kiosk.open_photo(kiosk.rows.id_at(0))
    for _ in range(len(published) + 2):
        seen.add(kiosk.photo_id)
        kiosk.step(+1)
    assert seen == published


# --- a visitor -------------------------------------------------------------------------------------


def test_a_tap_opens_the_photograph_large_and_a_swipe_travels(qtbot, kiosk):
    from photobook.ui.views.full_view import FullView

    device = QTest.createTouchDevice()
    point = _photo_point(qtbot, kiosk)
    tap = QTest.touchEvent(kiosk.timeline, device)
    tap.press(0, point, kiosk.timeline)
    tap.commit()
    tap.release(0, point, kiosk.timeline)
    tap.commit()
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.photo_page, timeout=5000)
    first = kiosk.photo_id
    assert first is not None and isinstance(kiosk.full, FullView)
    qtbot.waitUntil(lambda: kiosk.current_record() is not None, timeout=10000)
    # swipe towards the start of the line (left in French): the next photograph in time
    canvas = kiosk.full.canvas
    a, b = (
        QPoint(canvas.width() * 3 // 4, canvas.height() // 2),
        QPoint(canvas.width() // 4, canvas.height() // 2),
    )
    # (a second QTest touch sequence in one test reaches no widget on the offscreen platform:
    # the swipe is the mouse events Qt makes of a touch)
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=a)
    QTest.mouseMove(canvas, b)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=b)
    qtbot.waitUntil(lambda: kiosk.photo_id != first, timeout=5000)
    assert kiosk.rows.position(kiosk.photo_id) == kiosk.rows.position(first) + 1
    # the arrow keys too, and Back returns to the timeline
    QTest.keyClick(kiosk.full.canvas, Qt.Key.Key_Left)
    assert kiosk.photo_id == first
    QTest.mouseClick(kiosk.back, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentWidget() is kiosk.browse


def test_arabic_turns_the_kiosk_right_to_left_and_swipes_follow(qtbot, kiosk):
    QTest.mouseClick(kiosk.lang_buttons["ar"], Qt.MouseButton.LeftButton)
    assert kiosk.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert kiosk.back.text() == "رجوع" and kiosk.lang_buttons["ar"].isChecked()
    kiosk.open_photo(kiosk.rows.id_at(5))
    qtbot.waitUntil(lambda: kiosk.current_record() is not None, timeout=10000)
    canvas = kiosk.full.canvas
    y = canvas.height() // 2
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(canvas.width() // 4, y))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(canvas.width() * 3 // 4, y))
    assert kiosk.photo_id == kiosk.rows.id_at(6)  # right to left: a swipe to the right goes on in time
    QTest.mouseClick(kiosk.lang_buttons["en"], Qt.MouseButton.LeftButton)
    assert kiosk.layoutDirection() == Qt.LayoutDirection.LeftToRight and kiosk.back.text() == "Back"


def test_controls_are_large_and_named(qtbot, kiosk):
    buttons = [b for b in kiosk.findChildren(QPushButton) if b.isVisibleTo(kiosk)]
    assert len(buttons) >= 6
    for b in buttons:
        assert b.height() >= 48 and b.width() >= 48, b.objectName()
        assert b.accessibleName(), b.objectName()
    assert kiosk.timeline.accessibleName()
    assert {kiosk.lang_buttons[c].text() for c in ("fr", "ar", "en")} == {"FR", "ع", "EN"}


def test_a_theme_chip_narrows_the_timeline(qtbot, kiosk):
    everything = len(kiosk.rows)
    slug = next(s for s in kiosk.chips if s)
    loads = kiosk.loads
    QTest.mouseClick(kiosk.chips[slug], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.loads > loads, timeout=10000)
    assert 0 < len(kiosk.rows) < everything
    assert kiosk.chips[slug].isChecked() and not kiosk.chips[None].isChecked()


# --- locked down -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "mods"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    ],
)
def test_the_keys_that_would_leave_do_nothing(qtbot, kiosk, key, mods):
    kiosk.open_photo(kiosk.rows.id_at(0))
    refused = kiosk.guard.refused
    QTest.keyClick(kiosk.full.canvas, key, mods)
    assert kiosk.guard.refused == refused + 1
    assert kiosk.isVisible()
    assert kiosk.pages.currentWidget() is kiosk.photo_page  # Escape did not even go back


def test_closing_is_refused_and_no_menu_opens(qtbot, kiosk):
    assert kiosk.close() is False
    assert kiosk.isVisible()
    refused = kiosk.guard.refused
    center = kiosk.timeline.rect().center()
    QApplication.sendEvent(
        kiosk.timeline,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, center, kiosk.timeline.mapToGlobal(center)),
    )
    assert kiosk.guard.refused == refused + 1
    assert QApplication.activePopupWidget() is None


def _gesture(kiosk, clock):
    corner = QPoint(10, 10)
    QTest.mousePress(kiosk, Qt.MouseButton.LeftButton, pos=corner)
    clock.advance(2.5)
    QTest.mouseRelease(kiosk, Qt.MouseButton.LeftButton, pos=corner)
    for _ in range(5):
        clock.advance(0.3)
        QTest.mouseClick(kiosk, Qt.MouseButton.LeftButton, pos=corner)


def _type_pin(kiosk, pin):
    keys = {b.text(): b for b in kiosk.pin_pad.digits}
    for d in pin:
        QTest.mouseClick(keys[d], Qt.MouseButton.LeftButton)
    QTest.mouseClick(kiosk.pin_pad.ok, Qt.MouseButton.LeftButton)


def test_only_the_hidden_gesture_then_the_pin_lets_staff_out(qtbot, kiosk, clock):
    # five taps without the long press first: nothing
    for _ in range(5):
        clock.advance(0.3)
        QTest.mouseClick(kiosk, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert kiosk.pages.currentWidget() is not kiosk.pin_pad
    _gesture(kiosk, clock)
    assert kiosk.pages.currentWidget() is kiosk.pin_pad
    # the pad's Cancel goes back
    QTest.mouseClick(kiosk.pin_pad.cancel, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentWidget() is kiosk.browse
    _gesture(kiosk, clock)
    with qtbot.waitSignal(kiosk.exitRequested, timeout=2000):
        _type_pin(kiosk, PIN)
    assert not kiosk.isVisible()


def test_wrong_pins_are_rate_limited(qtbot, kiosk, clock):
    _gesture(kiosk, clock)
    for _ in range(2):
        _type_pin(kiosk, "1111")
        assert kiosk.pin_pad.message.text() == "Code erroné"
    _type_pin(kiosk, "1111")  # the third wrong try: a wait
    assert "30 s" in kiosk.pin_pad.message.text()
    _type_pin(kiosk, PIN)  # even the right PIN is not looked at while waiting
    assert kiosk.isVisible() and kiosk.pages.currentWidget() is kiosk.pin_pad
    clock.advance(31)
    _type_pin(kiosk, "9999")  # another wrong one: the wait doubles
    assert "60 s" in kiosk.pin_pad.message.text()
    clock.advance(61)
    with qtbot.waitSignal(kiosk.exitRequested, timeout=2000):
        _type_pin(kiosk, PIN)


# --- idle ------------------------------------------------------------------------------------------


def test_idle_countdown_then_attract_then_a_touch_starts_a_fresh_visit(qtbot, kiosk, clock):
    QTest.mouseClick(kiosk.lang_buttons["en"], Qt.MouseButton.LeftButton)
    kiosk.open_photo(kiosk.rows.id_at(3))
    _idle(kiosk, clock, 59)
    assert kiosk.idle.state == ACTIVE and not kiosk.countdown.isVisible()
    _idle(kiosk, clock, 2)
    assert kiosk.idle.state == COUNTDOWN and kiosk.countdown.isVisible()
    assert kiosk.countdown.still.text() == "Still there?" and kiosk.countdown.seconds.text() == "19 s"
    # a touch during the countdown keeps the visit as it was
    QTest.mouseClick(kiosk.full.canvas, Qt.MouseButton.LeftButton)
    assert kiosk.idle.state == ACTIVE and not kiosk.countdown.isVisible()
    assert kiosk.pages.currentWidget() is kiosk.photo_page and kiosk.lang == "en"
    # a finger held down is never interrupted
    QTest.mousePress(kiosk.full.canvas, Qt.MouseButton.LeftButton)
    _idle(kiosk, clock, 300)
    assert kiosk.idle.state == ACTIVE
    QTest.mouseRelease(kiosk.full.canvas, Qt.MouseButton.LeftButton)
    _idle(kiosk, clock, 61)
    _idle(kiosk, clock, 10)
    assert kiosk.countdown.seconds.text() == "9 s"
    _idle(kiosk, clock, 10)
    assert kiosk.idle.state == ATTRACT and kiosk.pages.currentWidget() is kiosk.attract
    first = kiosk.attract.current()
    assert first is not None
    qtbot.waitUntil(lambda: kiosk.attract.caption.text() != "", timeout=10000)
    kiosk.attract.step()
    assert kiosk.attract.current() != first
    # the visible pause button pauses, and does not end the loop
    QTest.mouseClick(kiosk.attract.pause_button, Qt.MouseButton.LeftButton)
    assert kiosk.attract.paused and kiosk.idle.state == ATTRACT
    assert kiosk.attract.pause_button.text() == "Play"
    # any other touch: a fresh visit, at the whole timeline, in the default language
    visits = kiosk.visits
    QTest.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
    assert kiosk.visits == visits + 1 and kiosk.idle.state == ACTIVE
    assert kiosk.pages.currentWidget() is kiosk.browse
    assert kiosk.lang == "fr" and kiosk.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert kiosk.photo_id is None


def test_an_unavailable_catalog_is_a_calm_screen_then_retried(qtbot, tmp_path, clock, pin_hash, folder):
    from photobook.db.engine import LibraryError

    tries = []

    def opener():
        tries.append(1)
        if len(tries) == 1:
            raise LibraryError("the disk went away")
        return open_for_kiosk(folder)

    w = KioskWindow(opener, idle_s=60, pin_hash=pin_hash, clock=clock, retry_s=0.05)
    qtbot.addWidget(w)
    assert w.pages.currentWidget() is w.unavailable
    assert "indisponibles" in w.unavailable.text()
    qtbot.waitUntil(lambda: w.loads > 0, timeout=10000)
    assert w.pages.currentWidget() is w.browse
    w._may_close = True
    w.shutdown()


def test_qpointf_is_window_coordinates(kiosk):
    # the hidden gesture's corner is the window's top-left, whatever widget is there
    assert kiosk.gesture._in_corner(QPointF(5, 5).x(), 5)


def test_the_cursor_hides_after_the_mouse_rests_and_comes_back_when_it_moves(qtbot, kiosk):
    kiosk._cursor_timer.setInterval(10)
    kiosk._cursor_timer.start()
    qtbot.waitUntil(lambda: kiosk.cursor_hidden, timeout=5000)
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    pos = QPointF(200, 200)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        pos,
        kiosk.timeline.mapToGlobal(pos),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(kiosk.timeline, move)  # a real mouse (a finger's moves do not count)
    assert not kiosk.cursor_hidden and QApplication.overrideCursor() is None


def test_staff_read_since_when_it_runs_visits_and_the_last_error(qtbot, kiosk, clock):
    assert "0 visits" in kiosk.status_line() and "last error: none" in kiosk.status_line()
    _idle(kiosk, clock, 61)
    _idle(kiosk, clock, 20)
    QTest.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
    assert "1 visits" in kiosk.status_line()


def test_larger_text_enlarges_the_caption(qtbot, kiosk):
    kiosk.open_photo(kiosk.rows.id_at(2))
    qtbot.waitUntil(lambda: kiosk.current_record() is not None, timeout=10000)
    before = kiosk.full.title_label.fontInfo().pixelSize()
    QTest.mouseClick(kiosk.larger, Qt.MouseButton.LeftButton)
    assert kiosk.large_text and kiosk.larger.isChecked()
    assert kiosk.full.title_label.fontInfo().pixelSize() > before * 1.3
    QTest.mouseClick(kiosk.larger, Qt.MouseButton.LeftButton)
    assert kiosk.full.title_label.fontInfo().pixelSize() == before


def test_a_missing_original_shows_no_error_and_a_lost_catalog_a_calm_screen(qtbot, kiosk):
    # the synthetic photographs have no files: the large view opens all the same, no dialog
    kiosk.open_photo(kiosk.rows.id_at(1))
    qtbot.waitUntil(lambda: kiosk.current_record() is not None and not kiosk.tasks.busy(), timeout=10000)
    assert kiosk.pages.currentWidget() is kiosk.photo_page
    assert QApplication.activeModalWidget() is None and QApplication.activePopupWidget() is None
    # the catalog fails under a query: "temporarily unavailable", then it is opened again
    kiosk._read(
        lambda s: s.execute(select(Photo.id).where(Photo.nonexistent == 1)), lambda _r: None, "broken"
    )
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.unavailable, timeout=10000)
    assert kiosk.last_error and "last error: none" not in kiosk.status_line()
    assert kiosk.library is None and kiosk._retry.isActive()
    loads = kiosk.loads
    kiosk._retry.timeout.emit()  # the retry timer fires
    assert kiosk.pages.currentWidget() is kiosk.browse and kiosk.library is not None
    qtbot.waitUntil(lambda: kiosk.loads > loads, timeout=10000)
    assert not kiosk._retry.isActive()


def test_changing_language_at_every_visit_does_not_pile_up_translators(qtbot, kiosk):
    from PySide6.QtCore import QTranslator

    app = QApplication.instance()
    kiosk.set_language("ar")
    before = len(app.findChildren(QTranslator))
    for lang in ("fr", "en", "ar") * 10:
        kiosk.set_language(lang)
    assert len(app.findChildren(QTranslator)) == before  # was +2 per change: ~0.2 MB a visit


def test_the_attract_loop_moves_a_few_pixels_at_each_stop_against_burn_in(qtbot, kiosk, clock):
    _idle(kiosk, clock, 61)
    _idle(kiosk, clock, 20)
    attract = kiosk.attract
    places = set()
    for _ in range(8):
        attract.step()
        attract.layout().activate()
        places.add((attract.invite.x(), attract.invite.y()))
    assert len(places) >= 4
    xs, ys = {x for x, _ in places}, {y for _, y in places}
    assert max(xs) - min(xs) <= 12 and max(ys) - min(ys) <= 12  # a few pixels, nothing a visitor sees


def test_closed_hours_are_a_black_screen_and_opening_starts_a_fresh_visit(qtbot, folder, clock, pin_hash):
    from datetime import datetime

    from photobook.ui.views.kiosk.schedule import SleepSchedule

    wall = [datetime(2026, 12, 1, 18, 59)]
    w = KioskWindow(
        lambda: open_for_kiosk(folder),
        lang="fr",
        idle_s=60,
        pin_hash=pin_hash,
        clock=clock,
        sleep=SleepSchedule.parse("19:00-09:00"),
        wall_clock=lambda: wall[0],
    )
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.loads > 0 and not w.tasks.busy(), timeout=20000)
    assert not w.sleeping and w.pages.currentWidget() is w.browse
    w.set_language("en")
    wall[0] = datetime(2026, 12, 1, 19, 0)
    w.check_sleep()
    assert w.sleeping and w.pages.currentWidget() is w.night and not w.bar_widget.isVisible()
    QTest.mouseClick(w, Qt.MouseButton.LeftButton, pos=QPoint(600, 400))  # a touch at night: nothing
    assert w.pages.currentWidget() is w.night
    _idle(w, clock, 3600)  # no countdown, no attract loop at night
    assert w.idle.state == ACTIVE and w.pages.currentWidget() is w.night
    wall[0] = datetime(2026, 12, 2, 9, 0)
    w.check_sleep()
    assert not w.sleeping and w.pages.currentWidget() is w.browse and w.bar_widget.isVisible()
    assert w.lang == "fr"
    w._may_close = True
    w.shutdown()


def test_sleep_hours_parse_and_span_midnight():
    from datetime import datetime

    from photobook.ui.views.kiosk.schedule import SleepSchedule

    night = SleepSchedule.parse("19:00-09:00")
    assert night.asleep(datetime(2026, 1, 1, 23, 0)) and night.asleep(datetime(2026, 1, 2, 8, 59))
    assert not night.asleep(datetime(2026, 1, 2, 9, 0)) and not night.asleep(datetime(2026, 1, 2, 18, 59))
    lunch = SleepSchedule.parse("12:00-14:00")
    assert lunch.asleep(datetime(2026, 1, 1, 13, 0)) and not lunch.asleep(datetime(2026, 1, 1, 14, 0))
    for bad in ("25:00-08:00", "19-09", "09:00-09:00", ""):
        with pytest.raises(ValueError):
            SleepSchedule.parse(bad)


def test_the_heartbeat_file_tells_staff_since_when_visits_today_and_the_last_error(
    qtbot, folder, clock, pin_hash, tmp_path
):
    from photobook.ui.views.kiosk.heartbeat import read_heartbeat

    beat = tmp_path / "state" / "kiosk-status.json"
    w = KioskWindow(
        lambda: open_for_kiosk(folder), idle_s=60, pin_hash=pin_hash, clock=clock, heartbeat_file=beat
    )
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.loads > 0 and not w.tasks.busy(), timeout=20000)
    status = read_heartbeat(beat)
    assert status["visits_today"] == 0 and status["catalog"] == "open" and status["last_error"] == ""
    for _ in range(2):
        _idle(w, clock, 81)
        QTest.mouseClick(w.attract, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    w.watchdog.timer.timeout.emit()  # a minute later
    status = read_heartbeat(beat)
    assert status["visits_today"] == 2 and status["since"] == w.started.isoformat(timespec="seconds")
    w._may_close = True
    w.shutdown()


def test_a_read_running_when_the_catalog_is_let_go_gives_its_connection_back_before_it_closes(
    qtbot, kiosk, monkeypatch
):
    # another query failed while this one runs: the kiosk lets go of the catalog at once (a calm
    # screen, a retry), but closes it only when the running read has handed its connection back,
    # so that the connection is closed with it (not left open: a file handle at every retry)
    inside, gate, closed = threading.Event(), threading.Event(), threading.Event()
    held: list[sqlite3.Connection] = []

    def slow(s):
        held.append(s.connection().connection.dbapi_connection)
        s.execute(select(Photo.id).limit(1)).all()
        inside.set()
        gate.wait(10)

    library = kiosk.library
    real_close = library.close

    def close() -> None:
        real_close()
        closed.set()

    monkeypatch.setattr(library, "close", close)
    kiosk._read(slow, lambda _r: None, "slow")
    assert inside.wait(10)
    kiosk._close_library()
    assert kiosk.library is None
    assert not closed.is_set()  # not under the running read
    gate.set()
    assert closed.wait(10)
    with pytest.raises(sqlite3.ProgrammingError):  # closed with the library
        held[0].execute("SELECT 1")
