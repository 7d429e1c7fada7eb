"""Returning to all photographs after a filter (issue 12): the whole catalog's timeline is the one
read before the filter, not read again (a million photographs: ~0.2 s of CPU, a stall after every
filter), but only while no commit has come since: a change made meanwhile is shown."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from photobook.db import queries
from photobook.db.engine import open_library
from photobook.services import timeline_window
from photobook.ui.app import open_window
from photobook.ui.settings import Settings

from .test_first_load_reuse import summaries_read  # noqa: F401  (the fixture: 300 photographs read as summaries)

THEME = "industry"


def _wait_load(qtbot, window, loads: int) -> None:
    qtbot.waitUntil(lambda: window.browser.loads > loads and not window.tasks.busy(), timeout=30000)


def _truth(folder, f=None):
    lib = open_library(folder)
    try:
        with lib.Session() as s:
            ov = timeline_window.load_overview(s, f or queries.PhotoFilter())
            return ov.summary, ov.undated, ov.index.total
    finally:
        lib.close()


@pytest.fixture
def window(qtbot, synthetic_library, tmp_path, summaries_read):  # noqa: F811
    folder = synthetic_library.folder
    synthetic_library.close()
    w = open_window(folder, None, Settings(path=tmp_path / "settings.ini"), restore=False)
    qtbot.addWidget(w)
    w.show()
    w.start(load_demo=False)
    _wait_load(qtbot, w, 0)
    yield w
    w.shutdown()
    w.library.close()


def _filter(qtbot, window, f) -> None:
    loads = window.browser.loads
    window.browser.set_filter(f)
    _wait_load(qtbot, window, loads)
    window.timeline.repaint()


def test_returning_to_all_shows_the_whole_catalog_without_reading_it_again(qtbot, window, summaries_read):  # noqa: F811
    folder = window.library.folder
    summary, undated, total = _truth(folder)
    theme_total = _truth(folder, queries.PhotoFilter(themes=(THEME,)))[2]
    assert 0 < theme_total < total
    for _ in range(2):
        _filter(qtbot, window, queries.PhotoFilter(themes=(THEME,)))
        assert window.timeline._index.total == theme_total  # the theme's photographs drawn
        summaries_read.clear()
        _filter(qtbot, window, queries.PhotoFilter())
        ov = window.browser.overview
        assert (ov.summary, ov.undated) == (summary, undated)  # what reading it again would give
        assert window.timeline._index.total == total  # every photograph drawn again
        assert window.timeline._frame.histogram  # and painted
        assert queries.PhotoFilter() not in summaries_read  # …without reading it again


def test_a_change_made_while_a_filter_is_shown_is_shown_on_returning_to_all(qtbot, window, summaries_read):  # noqa: F811
    folder = window.library.folder
    with window.library.Session() as s:
        dated = queries.photo_ids(s, queries.PhotoFilter(undated=False), limit=1)[0]
    _filter(qtbot, window, queries.PhotoFilter(themes=(THEME,)))
    other = open_library(folder)  # another archivist's window, say: a photograph loses its date
    with other.Session() as s, s.begin():
        s.execute(
            text("UPDATE photos SET day_start = NULL, day_end = NULL, year = NULL WHERE id = :id"),
            {"id": dated},
        )
    other.close()
    summary, undated, _total = _truth(folder)
    summaries_read.clear()
    _filter(qtbot, window, queries.PhotoFilter())
    ov = window.browser.overview
    assert dated in ov.undated and dated in window.timeline._index.undated  # the change is shown
    assert (ov.summary, ov.undated) == (summary, undated)
    assert queries.PhotoFilter() in summaries_read  # read again: the one kept was stale


def test_a_filters_first_frame_builds_nothing_from_its_rows_on_the_gui_thread(qtbot, window, monkeypatch):
    """The histogram and the clusters' partition of a filter's rows are built by the worker that read
    them (a theme at a million photographs: ~10 ms of the GUI thread's frame), and the frame drawn from
    them shows the theme's photographs."""
    import threading

    from photobook.core.timeline_buckets import TimelineIndex

    built_here: list[str] = []
    real_hist, real_part = TimelineIndex.histogram, TimelineIndex.partition

    def histogram(self, unit):
        if unit not in self._hist and threading.current_thread() is threading.main_thread():
            built_here.append(f"histogram {unit}")
        return real_hist(self, unit)

    def partition(self, cap):
        if cap not in self._parts and threading.current_thread() is threading.main_thread():
            built_here.append(f"partition {cap}")
        return real_part(self, cap)

    monkeypatch.setattr(TimelineIndex, "histogram", histogram)
    monkeypatch.setattr(TimelineIndex, "partition", partition)
    theme_total = _truth(window.library.folder, queries.PhotoFilter(themes=(THEME,)))[2]
    for f in (queries.PhotoFilter(themes=(THEME,)), queries.PhotoFilter()):
        built_here.clear()
        loads = window.browser.loads
        window.browser.set_filter(f)
        qtbot.waitUntil(lambda loads=loads: window.browser.loads > loads, timeout=30000)
        window.timeline.repaint()
        assert built_here == [], built_here
        assert window.timeline._frame.histogram
    window.browser.set_filter(queries.PhotoFilter(themes=(THEME,)))
    _wait_load(qtbot, window, window.browser.loads)
    assert window.timeline._index.total == theme_total
