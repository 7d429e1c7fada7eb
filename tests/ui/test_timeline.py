"""The timeline widget, driven by real key and wheel events, checked on what it lays out."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from photobook.db import queries
from photobook.ui.thumbcache import ThumbnailCache
from photobook.ui.timeline import ReignBand, TimelineView, reign_bands


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
    v.resize(1280, 720)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    v.setFocus()
    return v


def painted(qtbot, view):
    """Paint now and return what the frame laid out."""
    view.repaint()
    return view.visible_items()


def kinds(items) -> set[str]:
    return {i.kind for i in items}


def wheel(view, pos: QPointF, dy: int, mods=Qt.KeyboardModifier.NoModifier) -> None:
    ev = QWheelEvent(
        pos,
        view.mapToGlobal(pos),
        QPoint(),
        QPoint(0, dy),
        Qt.MouseButton.NoButton,
        mods,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, ev)


def dense_rows(n_per_year: int = 40) -> list[tuple[int, int, int, bool]]:
    rows = []
    pid = 1
    for y in range(1970, 2021):
        for k in range(n_per_year):
            d = day(y) + (k * 9) % 365
            rows.append((pid, d, d, False))
            pid += 1
    return sorted(rows, key=lambda r: r[1])


def test_keys_zoom_from_the_whole_archive_down_to_months(qtbot, view):
    view.set_rows(dense_rows())
    assert view.zoom_level() == "all"
    a0, b0 = view.visible_range()
    assert a0 <= 1970 and b0 >= date.today().year
    levels = []
    for _ in range(9):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
        levels.append(view.zoom_level())
    a1, b1 = view.visible_range()
    assert b1 - a1 < 0.3  # a few weeks
    assert levels[-1] == "month" and "decade" in levels and "year" in levels
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    a2, b2 = view.visible_range()
    assert b2 - a2 > b1 - a1
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.zoom_level() == "all"


def test_ctrl_wheel_zooms_under_the_pointer(qtbot, view):
    view.set_rows(dense_rows())
    a, b = view.visible_range()
    pos = QPointF(view.width() * 0.25, view.height() / 2)
    frac = (pos.x() - 0) / view.width()
    with qtbot.waitSignal(view.visibleRangeChanged, timeout=1000):
        wheel(view, pos, 120, Qt.KeyboardModifier.ControlModifier)
    a2, b2 = view.visible_range()
    assert b2 - a2 < b - a
    # the year under the pointer stays (about) where it was
    before = a + frac * (b - a)
    after = a2 + frac * (b2 - a2)
    assert abs(before - after) < (b - a) * 0.03
    wheel(view, pos, -240, Qt.KeyboardModifier.ControlModifier)
    assert view.visible_range()[1] - view.visible_range()[0] > b2 - a2


def test_trackpad_pinch_zooms(qtbot, view):
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    view.set_rows(dense_rows())
    a, b = view.visible_range()
    pos = QPointF(640, 300)
    ev = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        pos,
        pos,
        view.mapToGlobal(pos),
        0.5,
        QPointF(0, 0),
    )
    QApplication.sendEvent(view, ev)
    a2, b2 = view.visible_range()
    assert (b2 - a2) < (b - a) * 0.75  # fingers apart: closer in


def test_wheel_keys_and_drag_pan(qtbot, view):
    view.set_rows(dense_rows())
    view.set_visible_range(1990, 1995)
    a, b = view.visible_range()
    wheel(view, QPointF(600, 300), -120)  # wheel down: later in time
    a1, b1 = view.visible_range()
    assert a1 > a and abs((b1 - a1) - (b - a)) < 1e-6
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    a2, _ = view.visible_range()
    assert a2 < a1
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 100))
    qtbot.mouseMove(view, QPoint(500, 100))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(500, 100))
    a3, _ = view.visible_range()
    assert a3 < a2  # dragging the axis to the right shows earlier years
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    a4, _ = view.visible_range()
    assert 1995 <= a4 <= 2000.01  # the next decade


def test_clusters_open_when_zooming_in(qtbot, view):
    view.set_rows(dense_rows())
    items = painted(qtbot, view)
    assert kinds(items) == {"cluster"}
    assert sum(i.count for i in items) >= 40 * 45
    view.set_visible_range(1985.0, 1985.12)
    items = painted(qtbot, view)
    assert "photo" in kinds(items)
    photos = [i for i in items if i.kind == "photo"]
    assert all(day(1984, 12) <= i.day0 <= day(1985, 3) for i in photos)


def test_arrow_keys_move_the_selection_in_time(qtbot, view):
    rows = dense_rows(3)
    view.set_rows(rows)
    order = view.ordered_ids()
    assert order == [r[0] for r in rows]
    seen = []
    view.selectionChanged.connect(seen.append)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.selected_id() == order[0]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_id() == order[2]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_id() == order[1]
    assert seen == [order[0], order[2 - 1], order[2], order[1]]
    with qtbot.waitSignal(view.activated) as sig:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert sig.args == [order[1]]
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.selected_id() == order[-1]
    a, b = view.visible_range()
    assert a <= 2020.9 <= b  # the view followed the selection
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected_id() is None


def test_selected_photo_is_drawn_and_kept_when_filtering(qtbot, view):
    rows = [
        (1, day(1985, 3, 1), day(1985, 3, 1), False),
        (2, day(1990, 6, 1), day(1990, 6, 1), False),
        (3, day(2001, 1, 1), day(2001, 12, 31), False),
    ]
    view.set_rows(rows)
    view.select(2)
    items = painted(qtbot, view)
    assert {i.id for i in items if i.kind == "photo"} == {1, 2, 3}
    view.set_rows([rows[1], rows[2]])  # a filter that keeps 2 and 3
    assert view.selected_id() == 2
    assert {i.id for i in painted(qtbot, view) if i.kind == "photo"} == {2, 3}
    with qtbot.waitSignal(view.selectionChanged) as sig:
        view.set_rows([rows[2]])
    assert sig.args == [-1] and view.selected_id() is None
    assert {i.id for i in painted(qtbot, view)} == {3}


def test_undated_photos_have_their_own_lane(qtbot, view):
    rows = [
        (10, None, None, False),
        (11, None, None, False),
        (1, day(1970, 1, 1), day(1970, 1, 1), False),
        (2, day(1999, 7, 23), day(1999, 7, 23), False),
    ]
    view.set_rows(rows)
    items = painted(qtbot, view)
    undated = [i for i in items if i.kind == "undated"]
    dated = [i for i in items if i.kind == "photo"]
    assert [i.id for i in undated] == [10, 11]
    assert {i.id for i in dated} == {1, 2}
    assert min(u.rect.top() for u in undated) > max(d.rect.bottom() for d in dated)  # below the axis
    assert view.ordered_ids() == [1, 2, 10, 11]
    view.select(2)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_id() == 10  # after the dated ones come the undated


def test_right_to_left_runs_time_from_right_to_left(qtbot, view):
    rows = [(1, day(1985, 1, 1), day(1985, 1, 1), False), (2, day(1990, 6, 1), day(1990, 6, 1), False)]
    view.set_rows(rows)
    x = {i.id: i.rect.center().x() for i in painted(qtbot, view)}
    assert x[1] < x[2]
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    x = {i.id: i.rect.center().x() for i in painted(qtbot, view)}
    assert x[1] > x[2]  # the earlier photograph is on the right
    view.select(1)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_id() == 2  # Left goes later in time
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_id() == 1


def test_click_selects_a_photo_and_a_cluster_zooms_in(qtbot, view):
    view.set_rows(dense_rows())
    cluster = next(i for i in painted(qtbot, view) if i.kind == "cluster")
    span = view.visible_range()[1] - view.visible_range()[0]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=cluster.rect.center().toPoint())
    assert view.visible_range()[1] - view.visible_range()[0] < span / 3
    view.set_rows(
        [(7, day(1985, 3, 1), day(1985, 3, 1), False), (8, day(1999, 1, 1), day(1999, 1, 1), False)]
    )
    view.fit()
    photo = next(i for i in painted(qtbot, view) if i.id == 8)
    with qtbot.waitSignal(view.selectionChanged) as sig:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=photo.rect.center().toPoint())
    assert sig.args == [8]


def test_render_shows_reigns_and_thumbnails(qtbot, synthetic_library):
    cache = ThumbnailCache(synthetic_library)
    try:
        v = TimelineView(cache)
        v.resize(1600, 900)
        qtbot.addWidget(v)
        with synthetic_library.Session() as s:
            v.set_rows(queries.timeline_rows(s))
            v.set_reigns(reign_bands(queries.reigns(s), "fr"))
        v.set_visible_range(1996, 2003)
        v.grab()  # the first paint requests the thumbnails in view
        assert cache.wait_idle(20000)
        image = v.grab().toImage()
        items = v.visible_items()
        assert items
        colours = {image.pixel(x, y) for x in range(0, 1600, 23) for y in range(0, 900, 19)}
        assert len(colours) > 50, "not a blank frame"
        covered = [i for i in items if i.kind in ("photo", "cluster")]
        assert covered
        # a thumbnail is painted where a photo was laid out (not the placeholder, not the ground)
        photo = next((i for i in items if i.kind == "photo"), None)
        if photo is not None:
            c = QColor(image.pixel(photo.rect.center().toPoint()))
            assert c != QColor("#171513") and c != QColor("#2b2723")
    finally:
        cache.close()


def test_reigns_come_from_the_catalog(qtbot, view):
    bands = [
        ReignBand("a", "Roi A", day(1961, 3, 3), day(1999, 7, 23), "#8c2f39"),
        ReignBand("b", "Roi B", day(1999, 7, 23), None, "#1f6f5c"),
    ]
    view.set_reigns(bands)
    view.set_rows([(1, day(1980, 1, 1), day(1980, 1, 1), False)])
    image = view.grab().toImage()
    assert not image.isNull()
    view.set_language("ar")
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert not view.grab().toImage().isNull()
    assert view.language() == "ar"


def test_loosely_dated_photos_become_bars_when_zoomed_in(qtbot, view):
    rows = [
        (1, day(1999, 1, 1), day(1999, 12, 31), False),  # "1999"
        (2, day(1999, 7, 14), day(1999, 7, 14), False),
        (3, day(1998, 1, 1), day(2000, 12, 31), True),
    ]  # "vers 1999"
    view.set_rows(rows)
    view.set_visible_range(1995, 2004)
    assert {i.id for i in painted(qtbot, view) if i.kind == "photo"} >= {1, 2}
    view.set_visible_range(1999.45, 1999.62)  # a few weeks of July 1999
    items = painted(qtbot, view)
    assert [i.id for i in items if i.kind == "photo"] == [2]  # only the dated day is pinned to a day
    bars = {i.id: i for i in items if i.kind == "span"}
    assert set(bars) == {1, 3}
    assert (bars[1].day0, bars[1].day1) == (day(1999, 1, 1), day(1999, 12, 31))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=bars[3].rect.center().toPoint())
    assert view.selected_id() == 3


def test_theme_filter_from_the_rows_in_view(qtbot, synthetic_library):
    from photobook.db.queries import PhotoFilter, timeline_rows, timeline_rows_within

    cache = ThumbnailCache(synthetic_library)
    try:
        v = TimelineView(cache)
        qtbot.addWidget(v)
        with synthetic_library.Session() as s:
            everything = timeline_rows(s)
            f = PhotoFilter(themes=("economy",))
            narrowed = timeline_rows_within(s, f, everything)
            assert narrowed == timeline_rows(s, f)
        v.set_rows(everything)
        v.set_rows(narrowed)
        assert set(v.ordered_ids()) == {r[0] for r in narrowed}
        assert 0 < len(v.ordered_ids()) < len(everything)
    finally:
        cache.close()


def archive_1980_2025() -> list[tuple[int, int, int, bool]]:
    """A dense 1980s, a few photographs a year until 2019, then a sparse 2020s (as in the demo)."""
    rows = [(k + 1, day(1980) + (k * 37) % 3650, day(1980) + (k * 37) % 3650, False) for k in range(240)]
    for y in range(1990, 2020):
        rows += [(10 * y + k, day(y, 2 + 5 * k, 12), day(y, 2 + 5 * k, 12), False) for k in range(2)]
    rows += [
        (90001, day(2021, 6, 14), day(2021, 6, 14), False),  # 14 juin 2021
        (90002, day(2021), day(2023, 12, 31), True),  # vers 2022
        (90003, day(2024, 11), day(2024, 11, 30), False),  # novembre 2024
        (90004, day(2025, 3, 2), day(2025, 3, 2), False),
    ]
    return sorted(rows, key=lambda r: (r[1], r[2]))


def outside(view, items, margin: float = 8.0) -> list:
    """What was drawn closer than ``margin`` to the left or right edge of the widget (or past any
    edge): item rects, the dates under photographs and the axis labels."""
    inner = QRectF(view.rect()).adjusted(margin, 0, -margin, 0)
    out = [i for i in items if not inner.contains(i.rect)]
    out += [i for i in items if i.label is not None and not inner.contains(i.label)]
    out += [t for t in view._frame.axis_labels if not inner.contains(t[1])]
    return out


@pytest.mark.parametrize("rtl", [False, True], ids=["ltr", "rtl"])
@pytest.mark.parametrize("width", [900, 1280, 1920])
def test_fit_frames_every_card_and_label_inside_the_widget(qtbot, view, width, rtl):
    view.resize(width, 720)
    if rtl:
        view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        view.set_language("ar")
    rows = archive_1980_2025()
    view.set_rows(rows)  # the first rows: the whole archive
    items = painted(qtbot, view)
    assert not outside(view, items)
    assert sum(i.count for i in items) == len(rows), "every photograph is on screen, alone or in a cluster"
    a, b = view.visible_range()
    assert a <= 1980 and b >= 2025.2
    for key, pid in ((Qt.Key.Key_End, 90004), (Qt.Key.Key_Home, rows[0][0])):
        qtbot.keyClick(view, key)
        assert view.selected_id() == pid
        assert view.visible_range() == (a, b)  # already in view: the whole archive stays
        assert not outside(view, painted(qtbot, view))
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.visible_range() == (a, b)
    assert not outside(view, painted(qtbot, view))


def test_fit_follows_the_widget_size_until_the_user_zooms(qtbot, view):
    view.resize(1920, 720)
    view.set_rows(archive_1980_2025())
    wide = view.visible_range()
    view.resize(900, 720)
    qtbot.waitUntil(lambda: view.width() == 900)
    assert not outside(view, painted(qtbot, view))
    assert view.visible_range() != wide  # framed again for the narrower widget
    view.set_visible_range(1990, 2000)
    view.resize(1280, 720)
    qtbot.waitUntil(lambda: view.width() == 1280)
    a, b = view.visible_range()
    assert abs(a - 1990) < 1e-6 and abs(b - 2000) < 1e-6  # a chosen range is kept


@pytest.mark.parametrize("rtl", [False, True], ids=["ltr", "rtl"])
def test_end_and_home_show_the_whole_photograph(qtbot, view, rtl):
    if rtl:
        view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rows = archive_1980_2025()
    view.set_rows(rows)
    for rng, key, pid in (((2012, 2016), Qt.Key.Key_End, 90004), ((2000, 2004), Qt.Key.Key_Home, rows[0][0])):
        view.set_visible_range(*rng)
        qtbot.keyClick(view, key)
        assert view.selected_id() == pid
        items = painted(qtbot, view)
        sel_day = rows[0][1] if pid == rows[0][0] else day(2025, 3, 2)
        shown = [
            i
            for i in items
            if i.id == pid or (i.kind == "cluster" and i.day0 <= sel_day < i.day1)  # type: ignore[operator]
        ]
        assert shown, "the selection is drawn"
        assert not outside(view, shown, margin=4)


@pytest.mark.parametrize(
    ("lang", "n", "words"),
    [
        ("ar", 5, "5 صور"),
        ("ar", 2, "صورتان"),
        ("ar", 11, "11 صورة"),
        ("fr", 1, "1 photographie"),
        ("fr", 5, "5 photographies"),
        ("en", 1, "1 photograph"),
        ("en", 5, "5 photographs"),
    ],
)
def test_the_timeline_counts_with_the_plural_forms_of_the_filter_panel(qtbot, view, lang, n, words):
    """One grammar in one window: the header's count is the filter panel's "%Ln photograph(s)"."""
    from PySide6.QtCore import QCoreApplication

    from photobook.ui import i18n

    i18n.set_language(lang)
    try:
        view.set_language(lang)
        view.set_rows([(k, day(1990 + k), day(1990 + k), False) for k in range(1, n + 1)])
        painted(qtbot, view)
        assert words in view._frame.header
        assert QCoreApplication.translate("FilterPanel", "%Ln photograph(s)", "", n) == words
    finally:
        i18n.set_language("fr")


def test_counts_and_numbers_agree_with_the_filter_panel_in_every_language(qapp):
    from PySide6.QtCore import QCoreApplication

    from photobook.ui import i18n
    from photobook.ui.timeline import texts

    try:
        for lang, big in (("fr", "12\u202f345"), ("ar", "12.345"), ("en", "12,345")):
            i18n.set_language(lang)
            assert texts.number(12345, lang) == big  # QLocale's digits and grouping for the language
            for n in (*range(1, 30), 99, 100, 101, 102, 103, 111, 1000, 12345, 1_000_000):
                assert texts.count_photos(n, lang) == QCoreApplication.translate(
                    "FilterPanel", "%Ln photograph(s)", "", n
                ), (lang, n)
            assert big in texts.count_photos(12345, lang)
    finally:
        i18n.set_language("fr")


@pytest.mark.parametrize(
    ("lang", "month_year", "month", "day"),
    [
        ("fr", "juil. 1985", "juil.", "14 juil."),
        ("ar", "يوليوز 1985", "يوليوز", "14 يوليوز"),
        ("en", "Jul 1985", "Jul", "14 Jul"),
    ],
)
def test_the_axis_names_the_months_of_the_language(qtbot, view, lang, month_year, month, day):
    """Zoomed in on 1985, the axis names its months (Moroccan month names in Arabic)."""
    from photobook.core import timeline as tl

    july = date(1985, 7, 14).toordinal()
    assert tl.axis_label(july, lang, "month", with_year=True) == month_year
    assert tl.axis_label(july, lang, "month") == month
    assert tl.axis_label(july, lang, "day") == day
    view.set_language(lang)
    view.set_rows([(1, july, july, False), (2, july + 40, july + 40, False)])
    view.set_visible_range(1985.3, 1985.9)
    painted(qtbot, view)
    drawn = {t for t, _ in view._frame.axis_labels}
    assert month in drawn or month_year in drawn


def test_a_photographs_date_is_drawn_whole_where_it_has_room():
    """The width a date may take under its photograph: a lone one gets up to three thumbnails (so
    "14 juin 1992" is not cut to "14 jui…" under a small thumbnail, as on the kiosk's strip), close
    neighbours in one lane share the distance between them, and never less than the thumbnail."""
    from types import SimpleNamespace

    from photobook.ui.timeline.geometry import Geometry
    from photobook.ui.timeline.painter import TimelinePainter

    for rtl in (False, True):
        g = Geometry.compute(1280, 400, rtl, 14.0, False)
        bw = g.box_w
        boxes = [
            SimpleNamespace(id=1, lane=0, x=0.0),  # alone in its lane, far from the rest
            SimpleNamespace(id=2, lane=0, x=10 * bw),
            SimpleNamespace(id=3, lane=0, x=10 * bw + 1.5 * bw),  # a box and a half further
            SimpleNamespace(id=4, lane=1, x=10 * bw + 0.2 * bw),  # another lane: not a neighbour
        ]
        room = TimelinePainter._label_room(boxes, g)
        assert room[1] == 3 * bw and room[4] == 3 * bw
        assert room[2] == room[3] == 1.5 * bw - 8  # centred, each reaches halfway to the other
        squeezed = [SimpleNamespace(id=5, lane=0, x=0.0), SimpleNamespace(id=6, lane=0, x=0.5 * bw)]
        assert TimelinePainter._label_room(squeezed, g) == {5: bw, 6: bw}  # the thumbnail's width at least
