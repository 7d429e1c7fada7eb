"""A filter's timeline first, the filter panel's counts after (issue 12): the readers share one
interpreter, and counts read beside the timeline's overview delayed the filtered photographs by their
own CPU time. The counts are read once the overview has come (or, if it is slow to come, after a
short wait), and they are the filter's counts."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from photobook.db import queries
from photobook.db.queries import PhotoFilter
from photobook.ui.models import browse

from .test_filter_read_once import _choose
from .test_filter_read_once import window as plain_window  # noqa: F401

THEME = PhotoFilter(themes=("industry",))


@pytest.fixture
def order(monkeypatch):
    """What the workers did, in order; the overview of THEME held until the counts of THEME are read
    or ``hold`` seconds have passed (on the old code they were read beside it)."""
    events: list[str] = []
    counted = threading.Event()
    hold = {"s": 1.0}
    real_overview, real_counts = browse._overview, browse._counts

    def overview(session, f, *rest):
        if f == THEME:
            counted.wait(hold["s"])
            events.append("overview")
        return real_overview(session, f, *rest)

    def counts(session, f):
        if f == THEME:
            events.append("counts")
            counted.set()
        return real_counts(session, f)

    monkeypatch.setattr(browse, "_overview", overview)
    monkeypatch.setattr(browse, "_counts", counts)
    return events, hold


def _truth(w, f):
    with w.library.Session() as s:
        return queries.theme_counts(s, f), queries.reign_counts(s, f), queries.flag_counts(s, f)


def test_a_filters_counts_are_read_after_its_timeline(qtbot, plain_window, order, monkeypatch):  # noqa: F811
    w = plain_window
    events, _hold = order
    monkeypatch.setattr(
        browse, "COUNTS_WAIT_MS", 60_000, raising=False
    )  # the overview is never too slow here
    shown: list[object] = []
    w.browser.countsLoaded.connect(lambda themes, reigns: shown.append((themes, reigns)))
    w.browser.flagCountsLoaded.connect(lambda undated, problems: shown.append((undated, problems)))
    _choose(qtbot, w, THEME)
    assert events == ["overview", "counts"]
    themes, reigns, flags = _truth(w, THEME)
    assert shown == [(themes, reigns), flags]  # the filter's counts, once
    assert w.filters._flag_counts == flags


def test_the_counts_do_not_wait_for_a_slow_timeline(qtbot, plain_window, order, monkeypatch):  # noqa: F811
    w = plain_window
    events, hold = order
    hold["s"] = 30.0  # the overview held until the counts are read
    monkeypatch.setattr(browse, "COUNTS_WAIT_MS", 0, raising=False)
    _choose(qtbot, w, THEME)
    assert events == ["counts", "overview"]
    themes, reigns, _flags = _truth(w, THEME)
    assert (w.browser.theme_counts, w.browser.reign_counts) == (themes, reigns)


def test_an_older_filters_counts_are_not_shown(qtbot, plain_window, monkeypatch):  # noqa: F811
    """Two filters chosen in a row: the panel ends with the second one's counts."""
    w = plain_window
    monkeypatch.setattr(browse, "COUNTS_WAIT_MS", 0, raising=False)
    other = PhotoFilter(themes=("port",))
    w.browser.set_filter(THEME)
    _choose(qtbot, w, other)
    themes, reigns, flags = _truth(w, other)
    assert (w.browser.theme_counts, w.browser.reign_counts) == (themes, reigns)
    assert w.filters._flag_counts == flags


def test_a_read_asked_after_the_events_queued_now(qtbot, synthetic_library):
    """``TaskManager.read(after_events=True)``: in flight at once (``busy``), started once the events
    queued before it are handled, dropped if superseded before it starts, and only accounted for
    after a shutdown."""
    from PySide6.QtCore import QTimer

    from photobook.ui.tasks import TaskManager

    tasks = TaskManager(synthetic_library)
    seen: list[str] = []
    try:
        QTimer.singleShot(0, lambda: seen.append("event"))
        tasks.read(
            lambda: seen.append("read") or "done", seen.append, key="k", session=False, after_events=True
        )
        assert tasks.busy()
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=15000)
        assert seen == ["event", "read", "done"]
        ran: list[int] = []
        tasks.read(lambda: ran.append(1), None, key="k", session=False, after_events=True)
        tasks.read(lambda: "second", seen.append, key="k", session=False)
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=15000)
        assert ran == [] and seen[-1] == "second"
        tasks.read(lambda: ran.append(2), None, session=False, after_events=True)
    finally:
        tasks.shutdown()
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=15000)
    assert ran == []


def test_a_search_shows_its_counts_and_says_when_its_theme_counts_are_estimated(
    qtbot,
    plain_window,  # noqa: F811
    monkeypatch,
):
    """Typing a word: the reign and undated counts beside the boxes are the search's, read from the
    full-text index; with more photographs found than the sample's size, the theme counts are
    estimates, shown "≈ n" with a tooltip saying so."""
    w = plain_window
    _choose(qtbot, w, PhotoFilter(search="casablanca"))  # a few: counted one by one
    themes, reigns, flags = _truth(w, PhotoFilter(search="casablanca"))
    assert (w.browser.theme_counts, w.browser.reign_counts, w.filters._flag_counts) == (themes, reigns, flags)
    tree = w.filters.themes
    slug = max(themes, key=themes.get)
    assert tree.data(tree.index_of(slug, 1)) == str(themes[slug])

    monkeypatch.setattr(queries, "SEARCH_SAMPLE", 40)
    word = PhotoFilter(search="photographie")  # in every caption
    _choose(qtbot, w, word)
    themes, reigns, flags = _truth(w, word)
    assert (w.browser.reign_counts, w.filters._flag_counts) == (reigns, flags)  # exact
    assert w.browser.counts_every[0] > 1 and w.browser.counts_every[1:] == (1, 1)
    shown = tree.data(tree.index_of(slug, 1))
    assert shown.startswith("≈")
    assert str(w.browser.counts_every[0]) in tree.data(tree.index_of(slug, 1), Qt.ItemDataRole.ToolTipRole)
    # the same search and a theme: the reigns' counts estimated too, and said to be; the undated,
    # few, counted one by one (the timeline's undated strip says the same)
    both = PhotoFilter(search="photographie", themes=("industry",))
    _choose(qtbot, w, both)
    every = w.browser.counts_every
    assert every[1] > 1 and every[2] == 1
    panel = w.filters
    for cb in panel.reign_checks.values():
        if "(" in cb.text():  # (a reign with no photograph found shows no count)
            assert "≈" in cb.text() and str(every[1]) in cb.toolTip(), cb.text()
    undated = _truth(w, both)[2][0]
    assert panel._flag_counts[0] == undated == len(w.timeline._index.undated)
    assert "≈" not in panel.undated_check.text() and not panel.undated_check.toolTip()
    _choose(qtbot, w, PhotoFilter(search="casablanca"))  # few again: exact, no tooltip left
    assert all("≈" not in cb.text() and not cb.toolTip() for cb in panel.reign_checks.values())
