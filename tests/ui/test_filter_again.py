"""A theme chosen again (issue 12): its timeline is the one read when it was chosen last, drawn at once,
not read again, while no commit has come since; a change made meanwhile is read and shown. A large
theme's contact sheet reads its first page when it is shown, not while the timeline is (the walk to a
theme's 512th photograph at a million photographs took the CPU from the timeline's own read)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from photobook.db import queries
from photobook.db.engine import open_library
from photobook.db.queries import PhotoFilter
from photobook.services import timeline_window
from photobook.ui.models import photo_list

from .test_first_load_reuse import summaries_read  # noqa: F401  (the fixture: 300 photographs read as summaries)
from .test_large_catalog import settle
from .test_large_catalog import window as large_window  # noqa: F401
from .test_return_to_all import _filter, _truth
from .test_return_to_all import window as summarised_window  # noqa: F401

THEME, OTHER = "industry", "port"


@pytest.fixture
def read(summaries_read, monkeypatch):  # noqa: F811
    """The filters whose timeline was read from the catalog (not taken from those kept)."""
    calls: list[PhotoFilter] = []
    real = timeline_window.load_overview

    def counted(session, f, *args, **kwargs):
        calls.append(f)
        return real(session, f, *args, **kwargs)

    monkeypatch.setattr(timeline_window, "load_overview", counted)
    return calls


def _drawn(window) -> tuple[int, list[int]]:
    """What the timeline draws: its photographs in all, and the undated ones."""
    window.timeline.fit()
    window.timeline.repaint()
    assert window.timeline._frame.histogram  # painted
    index = window.timeline._index
    return index.total, list(index.undated)


def test_a_theme_chosen_again_is_drawn_without_reading_it_again(
    qtbot,
    summarised_window,  # noqa: F811
    read,
):
    w = summarised_window
    theme, other = PhotoFilter(themes=(THEME,)), PhotoFilter(themes=(OTHER,))
    theme_total = _truth(w.library.folder, theme)[2]
    with w.library.Session() as s:
        theme_undated = set(queries.photo_ids(s, PhotoFilter(themes=(THEME,), undated=True)))
    assert theme_undated
    other_total = _truth(w.library.folder, other)[2]
    assert theme_total != other_total
    for f, total in ((theme, theme_total), (other, other_total), (PhotoFilter(), None)):
        _filter(qtbot, w, f)
        if total is not None:
            assert _drawn(w)[0] == total
    for f, total in ((theme, theme_total), (other, other_total)):
        read.clear()
        _filter(qtbot, w, f)
        assert f not in read  # not read again…
        assert _drawn(w)[0] == total  # …and its photographs drawn
    _filter(qtbot, w, theme)
    total, undated = _drawn(w)
    assert (total, set(undated)) == (theme_total, theme_undated)
    assert w.filters._count == theme_total  # "N photographs" beside the filters


def test_a_change_made_since_a_theme_was_chosen_is_shown_when_it_is_chosen_again(
    qtbot,
    summarised_window,  # noqa: F811
    read,
):
    w = summarised_window
    theme = PhotoFilter(themes=(THEME,))
    _filter(qtbot, w, theme)
    total, undated = _drawn(w)
    with w.library.Session() as s:
        dated = queries.photo_ids(s, PhotoFilter(themes=(THEME,), undated=False), limit=1)[0]
    _filter(qtbot, w, PhotoFilter(themes=(OTHER,)))
    other = open_library(w.library.folder)  # another archivist's window: a photograph loses its date
    with other.Session() as s, s.begin():
        s.execute(
            text("UPDATE photos SET day_start = NULL, day_end = NULL, year = NULL WHERE id = :id"),
            {"id": dated},
        )
    other.close()
    read.clear()
    _filter(qtbot, w, theme)
    assert theme in read  # read again: the one kept was stale
    now_total, now_undated = _drawn(w)
    assert now_total == total and dated in now_undated and dated not in undated
    assert (w.browser.overview.summary, w.browser.overview.undated) == _truth(w.library.folder, theme)[:2]


def test_a_kept_theme_is_let_go_for_newer_ones(qtbot, summarised_window, read, monkeypatch):  # noqa: F811
    monkeypatch.setattr(timeline_window.KeptOverviews, "KEEP", 1)
    w = summarised_window
    theme, other = PhotoFilter(themes=(THEME,)), PhotoFilter(themes=(OTHER,))
    theme_total = _truth(w.library.folder, theme)[2]
    _filter(qtbot, w, theme)
    _filter(qtbot, w, other)
    read.clear()
    _filter(qtbot, w, theme)
    assert theme in read  # one filter kept: the other's
    assert _drawn(w)[0] == theme_total
    read.clear()
    _filter(qtbot, w, PhotoFilter())
    assert PhotoFilter() not in read  # the whole catalog's is always kept


def test_a_large_themes_contact_sheet_reads_its_first_page_when_it_is_shown(
    qtbot,
    large_window,  # noqa: F811
    monkeypatch,
):
    w = large_window
    f = PhotoFilter(themes=("economy",))
    with w.library.Session() as s:
        want_ids = queries.photo_ids(s, f)
    assert len(want_ids) > timeline_window.ROWS_LIMIT
    pages: list[int] = []
    real = queries.ordered_page

    def spy(session, flt, offset, limit, dated):
        pages.append(offset)
        return real(session, flt, offset, limit, dated)

    monkeypatch.setattr(queries, "ordered_page", spy)
    loads = w.browser.loads
    w.browser.set_filter(f)
    qtbot.waitUntil(lambda: w.browser.loads > loads and w.browser.paged is not None, timeout=15000)
    settle(qtbot, w)
    assert w.browser.paged.total == len(want_ids)  # its size at once (the filter panel's count)
    assert pages == []  # the timeline is shown: the contact sheet's first page waits
    m = w.grid_model
    assert m.rowCount() == len(want_ids)
    with qtbot.waitSignal(m.pageLoaded, timeout=15000):
        w.set_view("grid")  # the sheet shown: it asks for the rows it shows
    settle(qtbot, w)
    assert pages and pages[0] == 0
    assert [m.id_at(r) for r in range(photo_list.PAGE)] == want_ids[: photo_list.PAGE]
    shown = [w.grid.indexAt(w.grid.visualRect(m.index(r, 0)).center()).row() for r in range(3)]
    assert shown == [0, 1, 2]
    # another theme chosen while the sheet is shown: its first rows arrive too
    with w.library.Session() as s:
        counts = queries.theme_counts(s)
        slug = max((n, slug) for slug, n in counts.items() if slug != "economy")[1]
        g = PhotoFilter(themes=(slug,))
        g_ids = queries.photo_ids(s, g)
    assert len(g_ids) > timeline_window.ROWS_LIMIT  # read a page at a time too
    with qtbot.waitSignal(m.pageLoaded, timeout=15000):
        w.browser.set_filter(g)
    settle(qtbot, w)
    assert m.rowCount() == len(g_ids)
    assert [m.id_at(r) for r in range(photo_list.PAGE)] == g_ids[: photo_list.PAGE]


@pytest.mark.parametrize("theme", [THEME, OTHER])
def test_the_theme_kept_is_the_one_read(summarised_window, theme):  # noqa: F811
    """What the window keeps is what reading the theme again gives (the summary, the undated ids)."""
    w = summarised_window
    keeper = w.browser._kept.get()
    assert keeper is not None
    f = PhotoFilter(themes=(theme,))
    with w.library.Session() as s:
        first = keeper.load(s, f)
        again = keeper.load(s, f)
    assert again is first
    assert (first.summary, first.undated) == _truth(w.library.folder, f)[:2]


def test_returning_to_all_counts_the_contact_sheet_without_walking_its_ids(
    qtbot,
    large_window,  # noqa: F811
    monkeypatch,
):
    """All photographs again after a theme: the contact sheet's size is the catalog's count (a lookup),
    not a walk of ``ROWS_LIMIT`` ids to find it is larger (a million photographs: 100-130 ms of CPU
    each time a filter was cleared); its rows are the catalog's first photographs once it is shown."""
    w = large_window
    with w.library.Session() as s:
        want_ids = queries.photo_ids(s, PhotoFilter())
    _filter_large(qtbot, w, PhotoFilter(themes=("economy",)))
    walked: list[PhotoFilter] = []
    real = queries.photo_ids

    def spy(session, flt=None, limit=None):
        walked.append(flt or PhotoFilter())
        return real(session, flt or PhotoFilter(), limit)

    monkeypatch.setattr(queries, "photo_ids", spy)
    _filter_large(qtbot, w, PhotoFilter())
    assert w.browser.paged is not None and w.browser.paged.total == len(want_ids)
    assert w.filters._count == len(want_ids)  # "N photographs" beside the filters
    assert walked == []
    m = w.grid_model
    with qtbot.waitSignal(m.pageLoaded, timeout=15000):
        w.set_view("grid")
    settle(qtbot, w)
    assert [m.id_at(r) for r in range(photo_list.PAGE)] == want_ids[: photo_list.PAGE]


def _filter_large(qtbot, w, f: PhotoFilter) -> None:
    loads = w.browser.loads
    w.browser.set_filter(f)
    qtbot.waitUntil(lambda: w.browser.loads > loads and w.browser.paged is not None, timeout=15000)
    settle(qtbot, w)


@pytest.mark.parametrize("where", ["first", "last"])
def test_first_and_last_in_a_large_contact_sheet_select_a_photograph_not_yet_read(
    qtbot,
    large_window,  # noqa: F811
    where,
):
    """Home and End in the contact sheet of a filter read a page at a time: the photograph is selected
    once its page arrives (not the selection cleared because its id was not read yet)."""
    w = large_window
    with w.library.Session() as s:
        ids = queries.photo_ids(s, PhotoFilter())
    w.set_view("grid")
    w.browser.select(ids[5])  # elsewhere, on a page read
    settle(qtbot, w)
    assert w.grid.selected_id() == ids[5]
    action = w.commands.go_first if where == "first" else w.commands.go_last
    if where == "first":
        w.grid.photo_model().set_paged(w.browser.paged)  # as after a new filter: no page read yet
    action.trigger()
    want = ids[0] if where == "first" else ids[-1]
    qtbot.waitUntil(lambda: w.browser.selected == want, timeout=15000)
    settle(qtbot, w)
    assert w.grid.selected_id() == want
