"""The library read once at start (issues 6 and 12): the window's first frame reads the catalog's
summary without SQLAlchemy (``db.fastpath.first_view``); its first load, after the library is opened,
uses that summary instead of reading it again (a million photographs: ~0.3 s of CPU), but only when
no commit has come since: a change made between the two reads is shown."""

from __future__ import annotations

import functools

import pytest
from sqlalchemy import text

from photobook.db import fastpath, queries
from photobook.db.engine import open_library
from photobook.services import timeline_window
from photobook.ui.app import open_window
from photobook.ui.settings import Settings

LIMIT = 40  # the catalog's 300 photographs are "too many to read whole": the summary path


@pytest.fixture
def summaries_read(monkeypatch):
    """The whole catalog's summary reads made through the catalog's queries (not the first frame's)."""
    monkeypatch.setattr(timeline_window, "ROWS_LIMIT", LIMIT)
    monkeypatch.setattr(fastpath, "first_view", functools.partial(fastpath.first_view, rows_limit=LIMIT))
    calls: list[queries.PhotoFilter] = []
    real = queries.timeline_summary

    def counted(session, f=None):
        f = queries.PhotoFilter() if f is None else f
        calls.append(f)
        return real(session, f)

    monkeypatch.setattr(queries, "timeline_summary", counted)
    return calls


def _start(qtbot, window):
    qtbot.addWidget(window)
    window.show()
    window.start(load_demo=False)
    qtbot.waitUntil(lambda: window.browser.loads > 0 and not window.tasks.busy(), timeout=30000)


def _truth(folder):
    lib = open_library(folder)
    try:
        with lib.Session() as s:
            ov = timeline_window.load_overview(s, queries.PhotoFilter())
            return ov.summary, ov.undated
    finally:
        lib.close()


def test_the_first_load_uses_the_first_frames_summary_when_nothing_changed(
    qtbot, synthetic_library, tmp_path, summaries_read
):
    folder = synthetic_library.folder
    synthetic_library.close()
    summary, undated = _truth(folder)
    summaries_read.clear()
    window = open_window(folder, None, Settings(path=tmp_path / "settings.ini"), restore=False)
    try:
        _start(qtbot, window)
        ov = window.browser.overview
        assert ov is not None and not ov.complete  # the summarised timeline
        assert (ov.summary, ov.undated) == (summary, undated)  # what reading it again would give
        assert queries.PhotoFilter() not in summaries_read  # …without reading it again
        assert window.timeline._index.total == 300
    finally:
        window.shutdown()
        window.library.close()


def test_a_change_made_between_the_first_frame_and_the_first_load_is_shown(
    qtbot, synthetic_library, tmp_path, summaries_read
):
    folder = synthetic_library.folder
    with synthetic_library.Session() as s:
        dated = queries.photo_ids(s, queries.PhotoFilter(undated=False), limit=1)[0]
    synthetic_library.close()
    window = open_window(folder, None, Settings(path=tmp_path / "settings.ini"), restore=False)
    try:
        assert dated not in window.timeline._index.undated  # the first frame, read before the change
        other = open_library(folder)  # another archivist's window, say: a photograph loses its date
        with other.Session() as s, s.begin():
            s.execute(
                text("UPDATE photos SET day_start = NULL, day_end = NULL, year = NULL WHERE id = :id"),
                {"id": dated},
            )
        other.close()
        summary, undated = _truth(folder)
        summaries_read.clear()
        _start(qtbot, window)
        ov = window.browser.overview
        assert dated in ov.undated and dated in window.timeline._index.undated  # the change is shown
        assert (ov.summary, ov.undated) == (summary, undated)
        assert queries.PhotoFilter() in summaries_read  # read again: the first frame's was stale
    finally:
        window.shutdown()
        window.library.close()
