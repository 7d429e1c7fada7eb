"""The kiosk's leftovers: a thrown swipe glides on and slows down (none with reduced motion, which
is read from the desktop), the kiosk's words come from the translation files, the theme chips all
fit on screen, and the timeline fits the published photographs, not today."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from photobook.core import timeline as tl
from photobook.db.engine import open_for_kiosk, open_library
from photobook.ui import motion
from photobook.ui.views.kiosk import KioskWindow
from photobook.ui.views.kiosk.kinetic import Inertia
from photobook.ui.views.kiosk.texts import SOURCES, t

from .test_kiosk import Clock


@pytest.fixture
def folder(tmp_path):
    from photobook.services.synthetic import populate

    lib = open_library(tmp_path / "library")
    populate(lib, 200, distinct_thumbs=6)
    lib.close()
    return tmp_path / "library"


def _kiosk(qtbot, folder, clock, reduced=False, lang="fr"):
    w = KioskWindow(lambda: open_for_kiosk(folder), lang=lang, idle_s=60, clock=clock, reduced_motion=reduced)
    w.idle.timer.setInterval(3_600_000)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.start()
    qtbot.waitUntil(lambda: w.loads > 0 and bool(w.chips) and not w.tasks.busy(), timeout=20000)
    return w


def _mouse(w, kind, x, buttons=Qt.MouseButton.LeftButton):
    pos = QPointF(x, w.height() / 2)
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    held = buttons if kind != QEvent.Type.MouseButtonRelease else Qt.MouseButton.NoButton
    ev = QMouseEvent(kind, pos, w.mapToGlobal(pos), button, held, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, ev)
    QApplication.processEvents()


def _swipe(w, clock, dx_per_step, steps=6, dt=0.02, rest=0.0):
    """A finger down, moving ``dx_per_step`` px every ``dt`` seconds, resting ``rest``, then up."""
    x = w.width() / 2
    _mouse(w, QEvent.Type.MouseButtonPress, x)
    for _ in range(steps):
        clock.advance(dt)
        x += dx_per_step
        _mouse(w, QEvent.Type.MouseMove, x)
    clock.advance(rest)
    _mouse(w, QEvent.Type.MouseButtonRelease, x)


def _centre(view):
    a, b = view.visible_range()
    return (a + b) / 2


@pytest.fixture
def clock():
    return Clock()


def test_a_thrown_swipe_glides_on_and_slows_down(qtbot, folder, clock):
    w = _kiosk(qtbot, folder, clock)
    try:
        view, inertia = w.timeline, w.inertia
        view.set_visible_range(1995, 2005)
        start = _centre(view)
        _swipe(view, clock, -40)  # a fast swipe towards the left: later years come in (LTR)
        released = _centre(view)
        assert released > start
        assert inertia.gliding()
        travelled = []
        for _ in range(200):
            clock.advance(0.016)
            before = _centre(view)
            inertia.tick()
            travelled.append(_centre(view) - before)
            if not inertia.gliding():
                break
        assert not inertia.gliding()  # it comes to a stop by itself
        assert _centre(view) > released  # it went on after the finger lifted …
        moving = [d for d in travelled if d > 0]
        assert moving[0] > moving[-1] > 0  # … slowing down
        # a finger on the gliding timeline holds it
        _swipe(view, clock, -40)
        assert inertia.gliding()
        _mouse(view, QEvent.Type.MouseButtonPress, view.width() / 2)
        assert not inertia.gliding()
        _mouse(view, QEvent.Type.MouseButtonRelease, view.width() / 2)
    finally:
        w._may_close = True
        w.shutdown()


def test_a_swipe_that_rests_before_lifting_does_not_glide(qtbot, folder, clock):
    w = _kiosk(qtbot, folder, clock)
    try:
        w.timeline.set_visible_range(1995, 2005)
        _swipe(w.timeline, clock, -40, rest=0.5)
        assert not w.inertia.gliding()
    finally:
        w._may_close = True
        w.shutdown()


def test_reduced_motion_means_no_glide(qtbot, folder, clock):
    w = _kiosk(qtbot, folder, clock, reduced=True)
    try:
        w.timeline.set_visible_range(1995, 2005)
        _swipe(w.timeline, clock, -40)
        assert not w.inertia.gliding()
        assert w.attract.reduced_motion
    finally:
        w._may_close = True
        w.shutdown()


def test_inertia_stops_at_the_datas_end(qtbot):
    class View:
        def __init__(self):
            self.a, self.b = 2000.0, 2010.0

        def installEventFilter(self, _f):
            pass

        def visible_range(self):
            return self.a, self.b

        def pan_days(self, days):
            shift = min(days / tl.DAYS_PER_YEAR, 2012 - self.b)  # the view stops at 2012
            self.a, self.b = self.a + shift, self.b + shift

    clock = Clock()
    inertia = Inertia(View(), clock)  # type: ignore[arg-type]
    inertia._samples.extend([(clock.now - 0.1, 2004.0), (clock.now, 2005.0)])
    inertia.release()
    assert inertia.gliding() and inertia.speed == pytest.approx(10.0)
    for _ in range(100):
        clock.advance(0.016)
        inertia.tick()
        if not inertia.gliding():
            break
    assert not inertia.gliding()
    assert inertia.view.b == pytest.approx(2012)


@pytest.mark.parametrize(
    ("env", "setting", "probes", "expected"),
    [
        ({"PHOTOBOOK_REDUCED_MOTION": "1"}, None, (), True),
        ({"PHOTOBOOK_REDUCED_MOTION": "0"}, "true", (lambda: True,), False),
        ({}, "true", (), True),
        ({}, "false", (lambda: True,), False),
        ({}, None, (lambda: None, lambda: True), True),  # GNOME or KDE said so
        ({}, None, (lambda: None,), False),
    ],
)
def test_reduced_motion_is_read_where_the_desktop_keeps_it(env, setting, probes, expected):
    assert motion.reduced_motion(setting, env=env, probes=probes) is expected


def test_gnome_and_kde_reduced_motion(tmp_path):
    assert motion.gnome_hint(lambda _cmd: "false\n") is True
    assert motion.gnome_hint(lambda _cmd: "true\n") is False
    assert motion.gnome_hint(lambda _cmd: "") is None
    kde = tmp_path / "kdeglobals"
    kde.write_text("[KDE]\nAnimationDurationFactor=0\n", encoding="utf-8")
    assert motion.kde_hint(kde) is True
    kde.write_text("[KDE]\nAnimationDurationFactor=0.5\n", encoding="utf-8")
    assert motion.kde_hint(kde) is False
    assert motion.kde_hint(tmp_path / "none") is None


def test_the_kiosks_words_come_from_the_translation_files():
    from photobook.core import paths

    for lang in ("fr", "ar"):
        ts = (paths.resources_dir() / "i18n" / f"photobook_{lang}.ts").read_text(encoding="utf-8")
        assert "<name>Kiosk</name>" in ts
    assert t("fr", "still_there") == "Vous êtes toujours là ?"
    assert t("ar", "still_there") == "هل ما زلت هنا؟"
    assert t("en", "still_there") == "Still there?"
    assert t("ar", "pin_wait", n=30) == "محاولات كثيرة: أعد المحاولة بعد 30 ث"
    assert t("fr", "lang_name") == "Français" and t("ar", "lang_name") == "العربية"
    for key in SOURCES:  # every word exists in the three languages
        for lang in ("fr", "ar"):
            assert t(lang, key, n=1, name="x")


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_theme_chip_is_whole_on_screen(qtbot, folder, clock, lang):
    w = _kiosk(qtbot, folder, clock, lang=lang)
    try:
        w.resize(1280, 800)
        qtbot.waitUntil(lambda: all(b.isVisible() for b in w.chips.values()), timeout=5000)
        QApplication.processEvents()
        box = w.chips_box
        for b in w.chips.values():
            geo = b.geometry()
            assert box.rect().contains(geo), b.text()
            assert geo.width() >= b.sizeHint().width(), b.text()
            # no two chips overlap, none under the language buttons
            top_left = b.mapTo(w, b.rect().topLeft())
            assert (
                top_left.x() >= 0
                and top_left.x() + geo.width() <= w.larger.mapTo(w, w.larger.rect().topLeft()).x()
            ) or lang == "ar"
    finally:
        w._may_close = True
        w.shutdown()


def test_the_kiosk_timeline_fits_the_published_photographs_not_today(qtbot, folder, clock):
    from sqlalchemy import update

    from photobook.db.models import Photo

    lib = open_library(folder)  # nothing after 2010 is published yet
    with lib.Session() as s:
        s.execute(update(Photo).where(Photo.year > 2010).values(status="draft"))
        s.commit()
    lib.close()
    w = _kiosk(qtbot, folder, clock)
    try:
        last = tl.day_to_year(max(d1 for _pid, _d0, d1, _a in w.rows.rows if d1 is not None))
        assert last < 2012
        w.timeline.fit()
        _a, kiosk_end = w.timeline.visible_range()
        assert kiosk_end < last + 4  # the published photographs, with a margin …
        w.timeline.set_rows(w.rows, filtered=False)  # … where the whole archive's fit reaches today
        w.timeline.fit()
        assert w.timeline.visible_range()[1] >= date.today().year
    finally:
        w._may_close = True
        w.shutdown()


def test_bench_reports_the_kiosk_soaks_memory_growth(monkeypatch):
    """``photobook bench`` runs the soak (a few visits here) in a process of its own."""
    from photobook import bench

    monkeypatch.setattr(bench, "KIOSK_SOAK", {True: (4, 1, 40), False: (4, 1, 40)})
    out: dict = {}
    said: list[str] = []
    bench.bench_kiosk_soak(out, True, said.append)
    assert isinstance(out["kiosk_soak_rss_growth_mb"], float | int)
    assert out["kiosk_soak_cycles"] == 4
    assert "kiosk_soak_rss_growth_mb" in bench.TARGETS
    assert said and "soak" in said[0]
