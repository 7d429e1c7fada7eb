"""A filter's photographs are read once (issue 12): the contact sheet's ids, or a large filter's size,
come from what the timeline read, not from a second read of the same photographs beside it (at
100,000 photographs a theme's 7,500 photographs were looked up twice, ~35-55 ms of CPU within every
theme filter; at a million, its size counted again from the summaries). The contact sheet shows the
same photographs in the same order as before, and the filter panel the same count."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from photobook.db import queries
from photobook.db.queries import PhotoFilter
from photobook.services import timeline_window
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.models import photo_list
from photobook.ui.settings import Settings

FILTERS = [
    PhotoFilter(),
    PhotoFilter(themes=("industry",)),
    PhotoFilter(themes=("economy",)),  # with its sub-themes
    PhotoFilter(themes=("industry", "port")),
    PhotoFilter(themes=("industry",), statuses=("published",)),
    PhotoFilter(themes=("industry",), undated=True),
    PhotoFilter(themes=("port",), undated=False),
    PhotoFilter(year_from=1950, year_to=1990),
    PhotoFilter(statuses=("draft", "reviewed")),
    PhotoFilter(undated=True),
    PhotoFilter(search="port"),
    PhotoFilter(themes=("industry",), year_from=1960),
]

# what reads a filter's photographs (or counts them) for the contact sheet
READERS = ("photo_ids", "photo_ids_from_themes", "count_matching", "ordered_page")


def _name(f: PhotoFilter) -> str:
    return ",".join(f"{k}={v}" for k, v in f.__dict__.items() if v != getattr(PhotoFilter(), k)) or "all"


def _window(qtbot, library, tmp_path) -> MainWindow:
    create_application()
    i18n.set_language("fr")
    w = MainWindow(library, Settings(tmp_path / "s.ini"), restore=False)
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
    return w


@pytest.fixture
def window(qtbot, synthetic_library, tmp_path):
    w = _window(qtbot, synthetic_library, tmp_path)
    yield w
    w.close()


@pytest.fixture
def large_window(qtbot, synthetic_library, tmp_path, monkeypatch):
    """The same catalog, too large to hold every row (the limits lowered, as at a million photographs)."""
    monkeypatch.setattr(timeline_window, "ROWS_LIMIT", 40)
    monkeypatch.setattr(timeline_window, "DETAIL_LIMIT", 60)
    monkeypatch.setattr(photo_list, "PAGE", 32)
    w = _window(qtbot, synthetic_library, tmp_path)
    yield w
    w.close()


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The contact sheet's reads of a filter's photographs, by name."""
    calls: list[str] = []
    for name in READERS:
        real = getattr(queries, name)

        def spy(*args, real=real, name=name, **kwargs):
            calls.append(name)
            return real(*args, **kwargs)

        monkeypatch.setattr(queries, name, spy)
    return calls


def _choose(qtbot, w: MainWindow, f: PhotoFilter) -> None:
    if w.browser.filter == f:  # (all photographs: shown at start) another one first
        _choose(qtbot, w, PhotoFilter(search="nowhere"))
    loads = w.browser.loads
    w.browser.set_filter(f)
    qtbot.waitUntil(lambda: w.browser.loads > loads and not w.tasks.busy(), timeout=15000)


def _sheet(qtbot, w: MainWindow) -> list[int]:
    """Every id the contact sheet shows, in its order (a paged one read page by page)."""
    m = w.grid_model
    if w.browser.paged is None:
        return [m.id_at(r) for r in range(m.rowCount())]
    out = []
    for r in range(m.rowCount()):
        if m.id_at(r) is None:  # its page asked for, as when the sheet scrolls there
            qtbot.waitUntil(lambda r=r: m.id_at(r) is not None, timeout=15000)
        out.append(m.id_at(r))
    return out


@pytest.mark.parametrize("f", FILTERS, ids=_name)
def test_the_contact_sheet_shows_the_filters_photographs_in_timeline_order(qtbot, window, reads, f):
    w = window
    with w.library.Session() as s:
        want = queries.photo_ids(s, f)
        total = queries.count(s, f)
    assert len(want) == total
    if w.browser.filter == f:
        _choose(qtbot, w, PhotoFilter(search="nowhere"))
    reads.clear()
    _choose(qtbot, w, f)
    assert w.browser.paged is None  # held whole: 300 photographs
    assert _sheet(qtbot, w) == want
    assert w.browser.ids == want and w.browser.index == {pid: i for i, pid in enumerate(want)}
    assert w.filters._count == total  # "N photographs" beside the filters
    assert reads == []  # read once, by the timeline


@pytest.mark.parametrize("f", FILTERS, ids=_name)
def test_a_large_filters_contact_sheet_is_counted_from_its_timeline(qtbot, large_window, reads, f):
    w = large_window
    with w.library.Session() as s:
        want = queries.photo_ids(s, f)
        dated = len(queries.photo_ids(s, PhotoFilter(**{**f.__dict__, "undated": False})))
    if f.undated is True:
        dated = 0
    if w.browser.filter == f:
        _choose(qtbot, w, PhotoFilter(search="nowhere"))
    reads.clear()
    _choose(qtbot, w, f)
    held = w.browser.paged is None
    assert held == (len(want) <= timeline_window.ROWS_LIMIT)
    if not held:
        assert (w.browser.paged.total, w.browser.paged.dated) == (len(want), dated)
    assert w.filters._count == len(want)
    assert reads == []  # its size from the timeline's overview: nothing read again
    w.set_view("grid")
    assert _sheet(qtbot, w) == want  # its pages, as they are shown
