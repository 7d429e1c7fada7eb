"""The timeline shows what the filters chose: it refits to a filter's photographs (unless the user
zoomed meanwhile), 0 fits them, Page Down stops at the data's end, the title says the years in
view, and a selected photograph the filters hide is marked in the caption panel."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from photobook.db import queries
from photobook.db.queries import PhotoFilter
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings
from photobook.ui.thumbcache import ThumbnailCache
from photobook.ui.timeline import TimelineView


def day(y: int, m: int = 1, d: int = 1) -> int:
    return date(y, m, d).toordinal()


def rows_between(y0: int, y1: int, per_year: int = 12) -> list[tuple[int, int, int, bool]]:
    rows, pid = [], 1
    for y in range(y0, y1 + 1):
        for k in range(per_year):
            d = day(y) + k * 29
            rows.append((pid, d, d, False))
            pid += 1
    return rows


@pytest.fixture
def view(qtbot, qapp, library):
    cache = ThumbnailCache(library)
    v = TimelineView(cache)
    v.resize(1280, 720)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    v.setFocus()
    yield v
    cache.close()


# --- the widget -----------------------------------------------------------------------------------


def test_page_down_stops_at_the_end_of_the_data_and_the_title_follows(qtbot, view):
    view.set_rows(rows_between(1960, 2000), filtered=True)
    view.repaint()
    assert view.title() == "1960 – 2000"
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom_level() != "all"
    for _ in range(12):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    a, b = view.visible_range()
    # the last photograph (December 2000) is in view, and not many empty years after it
    assert a < 2000.9 < b <= 2002.5
    for _ in range(12):
        qtbot.keyClick(view, Qt.Key.Key_PageUp)
    a, b = view.visible_range()
    assert 1958.5 <= a < 1960.1 < b


def test_page_down_on_the_whole_archive_does_not_reach_empty_future_years(qtbot, view):
    view.set_rows(rows_between(1990, 2024))
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    a, b = view.visible_range()
    view.repaint()
    assert b <= date.today().year + 2.5
    # the title is the years in view (within those the archive covers), as the axis shows them
    y0, y1 = (int(t) for t in view.title().split(" – "))
    assert y0 == int(a) + (1 if a < 1990 else 0) or y0 == 1990
    assert y1 == min(int(b), date.today().year)


def test_filtered_rows_fit_their_own_years_not_up_to_today(qtbot, view):
    view.set_rows(rows_between(1970, 2024))
    view.begin_filter()
    view.set_rows(rows_between(1985, 1989), filtered=True)
    a, b = view.visible_range()
    assert 1983.5 <= a <= 1985.0 and 1989.9 <= b <= 1991.5
    view.repaint()
    assert view.title() == "1985 – 1989"


def test_a_zoom_after_the_filter_began_is_kept_when_its_rows_arrive(qtbot, view):
    view.set_rows(rows_between(1970, 2024))
    view.begin_filter()
    qtbot.keyClick(view, Qt.Key.Key_Plus)  # the user zooms while the query runs
    zoomed = view.visible_range()
    view.set_rows(rows_between(1985, 1989), filtered=True)
    assert view.visible_range() == pytest.approx(zoomed)
    # 0 then fits what the filter shows
    qtbot.keyClick(view, Qt.Key.Key_0)
    a, b = view.visible_range()
    assert 1983.5 <= a <= 1985.0 and 1989.9 <= b <= 1991.5


def test_rows_reloaded_without_a_new_filter_keep_the_view(qtbot, view):
    view.set_rows(rows_between(1970, 2024))
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    zoomed = view.visible_range()
    view.set_rows(rows_between(1970, 2024))  # photographs arriving from the indexer
    assert view.visible_range() == pytest.approx(zoomed)


# --- the window -----------------------------------------------------------------------------------


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


def year_bounds(lib, f: PhotoFilter) -> tuple[float, float]:
    """The first and last day (as decimal years) of the dated photographs ``f`` selects."""
    from photobook.core import timeline as tl

    with lib.Session() as s:
        rows = [r for r in queries.timeline_rows(s, f) if r[1] is not None]
    return tl.day_to_year(min(r[1] for r in rows)), tl.day_to_year(max(r[2] for r in rows) + 1)


def test_years_typed_in_the_fields_refit_the_timeline_to_them(qtbot, window):
    w = window
    full = w.timeline.visible_range()
    w.filters.year_from.setFocus()
    qtbot.keyClicks(w.filters.year_from, "1990")  # accepted at once, over the "—" of no year
    w.filters.year_to.setFocus()
    qtbot.keyClicks(w.filters.year_to, "1994")
    qtbot.waitUntil(lambda: w.browser.filter.year_to == 1994, timeout=5000)
    assert w.browser.filter.year_from == 1990
    settle(qtbot, w)
    a, b = w.timeline.visible_range()
    lo, hi = year_bounds(w.library, w.browser.filter)
    assert a <= lo and hi <= b  # every photograph the filter chose is in view…
    assert (b - a) < (full[1] - full[0]) / 3  # …and the view is theirs, not the archive's
    assert (b - a) <= (hi - lo) * 1.4 + 1  # with a margin, not the years around them


def test_a_search_refits_and_zero_fits_what_the_search_shows(qtbot, window, synthetic_library):
    w = window
    w.filters.search.setText("dakhla")
    qtbot.waitUntil(lambda: w.browser.filter.search == "dakhla", timeout=5000)
    settle(qtbot, w)
    lo, hi = year_bounds(synthetic_library, w.browser.filter)
    fitted = w.timeline.visible_range()
    assert fitted[0] <= lo and hi <= fitted[1]
    w.timeline.setFocus()
    for _ in range(3):
        qtbot.keyClick(w.timeline, Qt.Key.Key_Plus)
    qtbot.keyClick(w.timeline, Qt.Key.Key_PageUp)
    assert w.timeline.visible_range() != pytest.approx(fitted)
    qtbot.keyClick(w.timeline, Qt.Key.Key_0)
    assert w.timeline.visible_range() == pytest.approx(fitted)
    # and clearing the filter fits the whole archive again
    w.filters.clear()
    qtbot.waitUntil(lambda: w.browser.filter.is_empty(), timeout=5000)
    settle(qtbot, w)
    a, b = w.timeline.visible_range()
    assert a <= 1980.5 and b >= date.today().year


def test_a_selected_photograph_the_filters_hide_is_marked_in_the_caption_panel(qtbot, window):
    w = window
    pid = w.browser.ids[10]
    w.browser.select(pid)
    qtbot.waitUntil(lambda: w.caption.loaded, timeout=5000)
    assert not w.caption.filtered_out and not w.caption.filtered_label.isVisible()
    w.filters.search.setText("zzzz-nothing-matches")
    qtbot.waitUntil(lambda: w.browser.filter.search == "zzzz-nothing-matches", timeout=5000)
    settle(qtbot, w)
    assert w.caption.photo_id == pid
    assert w.caption.filtered_out and w.caption.filtered_label.isVisible()
    assert w.caption.filtered_label.text() == "hors filtre"
    assert w.caption.preview.graphicsEffect() is not None  # dimmed
    w.set_language("ar")
    assert w.caption.filtered_label.text() == "خارج نتائج التصفية"
    w.set_language("en")
    assert w.caption.filtered_label.text() == "hidden by the filters"
    w.filters.clear()
    qtbot.waitUntil(lambda: w.browser.filter.is_empty(), timeout=5000)
    settle(qtbot, w)
    assert w.browser.selected == pid
    assert not w.caption.filtered_out and not w.caption.filtered_label.isVisible()
    assert w.caption.preview.graphicsEffect() is None


# --- the histogram --------------------------------------------------------------------------------


def test_a_crowded_year_does_not_flatten_the_others_and_the_real_count_is_on_hover(qtbot, view):
    rows, pid = [], 1
    for y in range(1980, 2000):
        n = 300 if y == 1990 else 3
        for k in range(n):
            d = day(y) + k % 360
            rows.append((pid, d, d, False))
            pid += 1
    view.set_rows(sorted(rows, key=lambda r: r[1]), filtered=True)
    view.repaint()
    cols = view._frame.histogram
    assert cols
    assert max(round(c[1]) for c in cols) == 300 and min(round(c[1]) for c in cols) == 3  # years
    peak, small = max(c[4] for c in cols), min(c[4] for c in cols)
    # on a square-root scale a year of 3 beside one of 300 is a tenth of its height, not 3 %
    assert small / peak >= 0.09
    # hovering a short bar tells its real count
    rect, n, *_rest = min(cols, key=lambda c: c[1])
    tip = view.tooltip_at(rect.center())
    assert tip is not None and str(round(n)) in tip
    big = max(cols, key=lambda c: c[1])
    assert str(round(big[1])) in (view.tooltip_at(big[0].center()) or "")


def test_the_refit_glides_where_motion_is_wanted_and_not_with_reduced_motion(qtbot, view, monkeypatch):
    from photobook.ui.timeline import timeline_view

    assert not timeline_view.animations_wanted()  # offscreen: never in tests
    view.set_rows(rows_between(1970, 2024))
    whole = view.visible_range()
    view.animate = True
    view.begin_filter()
    view.set_rows(rows_between(1985, 1989), filtered=True)
    assert view.visible_range() == pytest.approx(whole) and view.animating()  # it starts where it was…
    qtbot.waitUntil(lambda: not view.animating(), timeout=5000)  # …and arrives
    a, b = view.visible_range()
    assert 1983.5 <= a <= 1985.0 and 1989.9 <= b <= 1991.5
    monkeypatch.setattr(timeline_view.QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    assert timeline_view.animations_wanted()
    monkeypatch.setenv("PHOTOBOOK_REDUCED_MOTION", "1")
    assert not timeline_view.animations_wanted()
