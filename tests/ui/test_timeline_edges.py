"""Issue 7, the three defects seen on screen: a date crossed by the succession line, a cluster cut by
the view's edge reading "…20–2020", and the title "1996 – 2022" after clicking the card 2000–2019.
Each test paints the real widget and reads what the frame drew, in both directions."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRectF, Qt

from photobook.core import timeline as tl
from photobook.ui.thumbcache import ThumbnailCache
from photobook.ui.timeline import ReignBand, TimelineView
from photobook.ui.timeline.painter import _aside, _open_runs

SUCCESSION = date(1999, 7, 23).toordinal()
REIGNS = [
    ReignBand("hassan-ii", "Hassan II", date(1961, 3, 3).toordinal(), SUCCESSION, "#8a2b2b"),
    ReignBand("mohammed-vi", "Mohammed VI", SUCCESSION, None, "#1f6b57"),
]


def day(y: int, m: int = 1, d: int = 1) -> int:
    return date(y, m, d).toordinal()


@pytest.fixture
def cache(qapp, library):
    c = ThumbnailCache(library)
    yield c
    c.close()


def make_view(qtbot, cache, rtl: bool, size: tuple[int, int] = (1280, 600)) -> TimelineView:
    v = TimelineView(cache)
    v.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    v.set_language("ar" if rtl else "fr")
    v.resize(*size)
    qtbot.addWidget(v)
    with qtbot.waitExposed(v):
        v.show()
    return v


def screen_x(view: TimelineView, d: float) -> float:
    """Where day ``d`` falls on the widget (mirrored right to left), as the painter places it."""
    g = view._geometry()
    a, b = view.visible_days()
    return g.sx((d - a) / (b - a) * g.plot_w)


# --- 1. the succession line and the dates under photographs ----------------------------------------


@pytest.mark.parametrize("rtl", [False, True], ids=["fr", "ar"])
def test_the_date_under_a_photograph_of_july_1999_is_not_crossed_by_the_succession_line(qtbot, cache, rtl):
    """The kiosk's attract strip showed "juillet 1999" with the dashed line of 23 July 1999 through
    it. The date now stands beside the line, whole, still under its photograph."""
    view = make_view(qtbot, cache, rtl)
    july = (7, day(1999, 7, 1), day(1999, 7, 31), False)  # dated to the month: "juillet 1999"
    rows = [(1, day(1997, 3, 2), day(1997, 3, 2), False), july, (9, day(2001, 5, 5), day(2001, 5, 5), False)]
    view.set_reigns(REIGNS)
    view.set_rows(sorted(rows, key=lambda r: r[1] + r[2]))
    view.set_visible_range(1996.5, 2002.5)
    view.repaint()
    photo = next(i for i in view.visible_items() if i.kind == "photo" and i.id == 7)
    line = screen_x(view, SUCCESSION + 0.5)
    assert photo.rect.left() < line < photo.rect.right()  # the photograph straddles the line
    label = photo.label
    assert label is not None
    words = tl.span_label(day(1999, 7, 1), day(1999, 7, 31), 0, "ar" if rtl else "fr")
    assert label.width() == pytest.approx(view._painter.fm_label.horizontalAdvance(words), abs=0.5)  # whole
    assert not label.left() - 3 < line < label.right() + 3  # clear of the line
    assert label.right() > photo.rect.left() and label.left() < photo.rect.right()  # under its photograph
    # and the line is really drawn there (the test looks at the right place): its dashes show above
    # the photograph, in the band
    img = view.grab().toImage()
    column = [
        img.pixelColor(int(line), y) for y in range(int(photo.rect.top()) - 60, int(photo.rect.top()) - 4)
    ]
    assert len({c.rgb() for c in column}) > 1


def test_a_date_that_cannot_be_moved_aside_breaks_the_line_instead():
    """In a crowded lane a date may have no room beside the line: the line then stops above the
    words and goes on below them, rather than run through them."""
    label = QRectF(100, 200, 80, 16)
    assert _aside(100, 80, 95, 185, [140.5]) == 100  # no room on either side: it stays
    assert _aside(100, 80, 0, 400, [140.5]) == pytest.approx(140.5 - 5 - 80)  # room: the nearer side
    assert _aside(100, 80, 60, 400, [140.5]) == pytest.approx(140.5 + 5)  # or the other one
    runs = _open_runs(140.5, 50, 400, [label])
    assert runs == [(50, 197), (219, 400)]
    assert _open_runs(10.5, 50, 400, [label]) == [(50, 400)]  # a line elsewhere is whole


@pytest.mark.parametrize("rtl", [False, True], ids=["fr", "ar"])
def test_dates_of_photographs_cut_by_the_edge_stay_inside_the_view(qtbot, cache, rtl):
    """A photograph half out of the view has its date moved in, whole, not cut by the edge."""
    view = make_view(qtbot, cache, rtl)
    rows = [(k + 1, day(1990 + k, 6, 14), day(1990 + k, 6, 14), False) for k in range(0, 12, 3)]
    view.set_rows(rows)
    checked = 0
    for start in [1989.0 + k * 0.05 for k in range(40)]:
        view.set_visible_range(start, start + 6)
        view.repaint()
        for item in view.visible_items():
            if item.kind == "photo" and item.label is not None:
                assert 0 <= item.label.left() and item.label.right() <= view.width()
                if item.rect.left() < 0 or item.rect.right() > view.width():
                    checked += 1
    assert checked  # some photographs were cut by the edge


# --- 2. a cluster cut by the view's edge --------------------------------------------------------------


@pytest.mark.parametrize("rtl", [False, True], ids=["fr", "ar"])
def test_a_cluster_cut_by_the_edge_shows_its_period_whole_or_not_at_all(qtbot, cache, rtl):
    """A card half out of the view read "…20–2020" (its period cut to "2020–20…", which reads so
    right to left). Its count and period are now drawn whole in the part that shows, or left out
    (the card's tooltip has them) — never cut."""
    view = make_view(qtbot, cache, rtl)
    rows, pid = [], 1
    for y in range(1980, 2026):
        for k in range(8):
            d = day(y, 1 + k, 10)
            rows.append((pid, d, d, False))
            pid += 1
    view.set_rows(rows)
    fm, fm_count = view._painter.fm_small, view._painter.fm_count
    cut, omitted = 0, 0
    view.fit()
    a0, b0 = view.visible_days()
    span = (b0 - a0) * 0.6
    for k in range(60):
        a = a0 + (b0 - a0 - span) * k / 59
        view._set_range(a, a + span)
        view.repaint()
        clusters = [i for i in view.visible_items() if i.kind == "cluster"]
        words = view._frame.card_words
        assert len(words) == len(clusters)
        for item, (count, period) in zip(clusters, words, strict=True):
            assert "…" not in period and "…" not in count
            if period:
                assert fm.horizontalAdvance(period) <= item.rect.width() - 8
            if count:
                assert fm_count.horizontalAdvance(count) <= item.rect.width() - 4
            if item.rect.left() <= 0 or item.rect.right() >= view.width():
                cut += 1
                omitted += not period
    assert cut and omitted  # cards were cut by the edge, and some too narrow for their period


# --- 3. the title after clicking a card ---------------------------------------------------------------


@pytest.mark.parametrize("rtl", [False, True], ids=["fr", "ar"])
def test_clicking_the_card_2000_2019_titles_the_view_1997_2022(qtbot, cache, rtl):
    """Under X, a click on the middle card of the demo (2000–2019) zoomed to it with 15% on each
    side, from 18 hours before 1997: the title read "1996 – 2022", as if 1996 were on screen. A
    year is named in the title only if more than a sliver of it shows."""
    view = make_view(qtbot, cache, rtl, size=(820, 600))
    rows, pid = [], 1
    for y in range(1980, 2026):
        for k in range(2):
            d = day(y, 3 + 5 * k, 1)
            rows.append((pid, d, d, False))
            pid += 1
    view.set_reigns(REIGNS)
    view.set_rows(rows)
    view.repaint()
    card = next(
        (
            i
            for i in view.visible_items()
            if i.kind == "cluster" and (i.day0, i.day1) == (day(2000), day(2020))
        ),
        None,
    )
    assert card is not None, [(i.kind, i.day0, i.day1) for i in view.visible_items()]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=card.rect.center().toPoint())
    view.repaint()
    a = view.visible_days()[0]
    assert date.fromordinal(int(a)) == date(1996, 12, 31)  # the view starts hours before 1997
    assert view.title() == "1997 – 2022"


# --- 4. the succession line and the "circa" span bars ---------------------------------------------------


def _line_shows(img, x: int, ys) -> bool:
    """Whether a line is drawn in the pixel column ``x`` somewhere in ``ys``: a pixel there unlike
    both its neighbours (by more than a bar's gradient or a band's edge leaves between two columns)."""

    def far(a, b) -> bool:
        return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 6

    return any(
        far(img.pixelColor(x, y), img.pixelColor(x - 1, y))
        and far(img.pixelColor(x, y), img.pixelColor(x + 1, y))
        for y in ys
    )


@pytest.mark.parametrize("rtl", [False, True], ids=["fr", "ar"])
def test_the_succession_line_does_not_show_through_a_circa_bar(qtbot, cache, rtl):
    """Photographs dated "circa 1996–1999" are a span bar that fades out at both ends; the dashed
    line of 23 July 1999 showed through its faded end. The line now stops above the bar and goes on
    below it, as it does around a photograph's date; it is still drawn above and below."""
    view = make_view(qtbot, cache, rtl)
    rows = [(1, day(1997, 3, 2), day(1997, 3, 2), False), (9, day(2001, 5, 5), day(2001, 5, 5), False)]
    rows += [(20 + k, day(1996, 1, 1), day(1999, 12, 31), True) for k in range(3)]
    view.set_reigns(REIGNS)
    view.set_rows(sorted(rows, key=lambda r: r[1] + r[2]))
    view.set_visible_range(1993.5, 2003.5)
    view.repaint()
    bar = next(i for i in view.visible_items() if i.kind == "span")
    line = screen_x(view, SUCCESSION + 0.5)
    assert bar.rect.left() < line < bar.rect.right()
    assert min(line - bar.rect.left(), bar.rect.right() - line) < bar.rect.width() * 0.22  # in a faded end
    img = view.grab().toImage()
    x = round(line)
    assert not _line_shows(img, x, range(int(bar.rect.top()), int(bar.rect.bottom()) + 1))
    assert _line_shows(img, x, range(int(bar.rect.bottom()) + 6, int(bar.rect.bottom()) + 60))  # below it
