"""The main window on a catalog too large to hold every row (issue 12), made small here by lowering
the limits: the timeline draws the catalog's summary and reads the photographs around what is on
screen; the contact sheet reads its ids a page at a time; selection, "go to photo", the arrow
keys and Ctrl+Enter's "next in time" still land on the right photograph."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, QObject, Qt

from photobook.core import timeline as tl
from photobook.db import queries
from photobook.db.queries import PhotoFilter
from photobook.services import timeline_window
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.models import photo_list
from photobook.ui.settings import Settings


@pytest.fixture
def window(qtbot, synthetic_library, tmp_path, monkeypatch):
    monkeypatch.setattr(timeline_window, "ROWS_LIMIT", 40)
    monkeypatch.setattr(timeline_window, "DETAIL_LIMIT", 60)
    monkeypatch.setattr(photo_list, "PAGE", 32)
    create_application()
    i18n.set_language("fr")
    w = MainWindow(synthetic_library, Settings(tmp_path / "s.ini"), restore=False)
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    w.start()
    qtbot.waitUntil(
        lambda: w.browser.loads > 0 and w.browser.paged is not None and not w.tasks.busy(), timeout=15000
    )
    yield w
    w.close()


def settle(qtbot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: not w.tasks.busy(), timeout=15000)


def test_the_timeline_draws_the_summary_with_the_real_counts(qtbot, window):
    w = window
    with w.library.Session() as s:
        full = tl.TimelineIndex(queries.timeline_rows(s))
        total = queries.count(s)
    index = w.timeline._index
    assert index.summarised and len(index.rows) < full.n_dated  # not one row per photograph
    w.timeline.fit()
    w.timeline.repaint()
    assert any(str(total) in words for words in w.timeline._frame.header)  # "300 photographies"
    clusters = [i for i in w.timeline.visible_items() if i.kind == "cluster"]
    assert clusters and sum(c.count for c in clusters) <= total
    # each histogram column tells the real count of its period, as if every row had been read
    columns = w.timeline._frame.histogram
    assert columns
    for _rect, n, d0, d1, _h in columns:
        h = next(
            h
            for h in (full.histogram(u) for u in ("decade", "year", "month"))
            if d0 in h.bounds and h.bounds[h.bounds.index(d0) + 1] == d1
        )
        assert n == pytest.approx(h.counts[h.bounds.index(d0)])


def test_zooming_in_reads_the_photographs_in_view_one_by_one(qtbot, window):
    w = window
    with w.library.Session() as s:
        rows = queries.timeline_rows(s)
    first = next(r for r in rows if r[1] is not None and r[2] - r[1] < 28)  # a photograph dated to the day
    mid = tl.day_to_year((first[1] + first[2]) / 2)
    w.timeline.set_visible_range(mid - 0.06, mid + 0.06)
    qtbot.waitUntil(lambda: not w.timeline._index.summarised or w.browser._detail is not None, timeout=5000)
    settle(qtbot, w)
    w.timeline.repaint()
    photos = {i.id for i in w.timeline.visible_items() if i.kind == "photo"}
    assert first[0] in photos
    assert w.timeline._index.total == len(rows)  # the same photographs, some read one by one


def _a_day_zoom(w: MainWindow) -> tuple[float, float]:
    """A view a few weeks wide around a photograph dated to the day: read one by one."""
    with w.library.Session() as s:
        rows = queries.timeline_rows(s)
    first = next(r for r in rows if r[1] is not None and r[2] - r[1] < 28)
    mid = tl.day_to_year((first[1] + first[2]) / 2)
    return mid - 0.06, mid + 0.06


def test_a_zoom_paints_its_frame_before_it_reads_the_photographs_there(qtbot, window):
    """The frame a zoom asks for comes first; the read of the photographs in view starts after it
    (begun beside it, the read took the interpreter from that frame: a slower first frame after
    each zoom at a million photographs). The view is then drawn from that read as before."""
    w = window
    events: list[str] = []
    real_read = w.tasks.read

    def read(fn, on_done=None, **kw):
        events.append(f"read {kw.get('key')}")
        return real_read(fn, on_done, **kw)

    class Probe(QObject):
        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint:
                events.append("paint")
            return False

    w.tasks.read = read
    probe = Probe()
    w.timeline.installEventFilter(probe)
    w.timeline.set_visible_range(*_a_day_zoom(w))
    qtbot.waitUntil(lambda: "read timeline-detail" in events, timeout=5000)
    w.timeline.removeEventFilter(probe)
    assert "paint" in events[: events.index("read timeline-detail")]
    settle(qtbot, w)
    w.timeline.repaint()
    assert any(i.kind == "photo" for i in w.timeline.visible_items())


def test_a_zoom_reads_the_photographs_there_without_a_frame_too(qtbot, window):
    """Where no frame comes (the timeline hidden behind the contact sheet, a window that is not
    painted), the read is not left waiting for one."""
    w = window
    keys: list[str | None] = []
    real_read = w.tasks.read

    def read(fn, on_done=None, **kw):
        keys.append(kw.get("key"))
        return real_read(fn, on_done, **kw)

    w.tasks.read = read
    w.timeline.setUpdatesEnabled(False)  # no paint
    w.timeline.set_visible_range(*_a_day_zoom(w))
    qtbot.waitUntil(lambda: "timeline-detail" in keys, timeout=5000)
    w.timeline.setUpdatesEnabled(True)
    settle(qtbot, w)
    keys.clear()
    w.set_view("grid")
    w.timeline.fit()
    w.timeline.set_visible_range(*[x + 3 for x in _a_day_zoom(w)])
    assert "timeline-detail" in keys  # hidden: at once
    settle(qtbot, w)


def test_the_contact_sheet_reads_its_ids_a_page_at_a_time(qtbot, window):
    w = window
    with w.library.Session() as s:
        ids = queries.photo_ids(s, PhotoFilter())
    m = w.grid_model
    assert m.rowCount() == len(ids) == 300
    assert m.paged() is not None and len(m._pages) == 0  # no page read while the timeline is shown
    with qtbot.waitSignal(m.pageLoaded, timeout=5000):
        w.set_view("grid")  # shown: it asks for the rows it shows
    assert len(m._pages) == 1  # the first page only
    assert [m.id_at(r) for r in range(32)] == ids[:32]
    assert m.id_at(250) is None  # not read yet: asked for
    qtbot.waitUntil(lambda: m.id_at(250) is not None, timeout=5000)
    assert m.id_at(250) == ids[250]


def test_go_to_a_photograph_far_away_selects_it_in_both_views(qtbot, window):
    w = window
    with w.library.Session() as s:
        ids = queries.photo_ids(s, PhotoFilter())
        days = queries.photo_day_span(s, ids[230])
    target = ids[230]
    assert days[0] is not None
    w.browser.select(target)
    qtbot.waitUntil(
        lambda: w.timeline.selected_id() == target and w.timeline._sel_pos is not None, timeout=5000
    )
    w.set_view("grid")
    qtbot.waitUntil(lambda: w.grid.selected_id() == target, timeout=5000)
    assert w.grid.currentIndex().row() == 230
    assert not w.caption.filtered_out


def test_next_in_time_in_the_contact_sheet_and_the_editor(qtbot, window):
    w = window
    with w.library.Session() as s:
        ids = queries.photo_ids(s, PhotoFilter())
    w.set_view("grid")
    w.browser.select(ids[120])
    qtbot.waitUntil(lambda: w.grid.selected_id() == ids[120], timeout=5000)
    w.step(1)
    qtbot.waitUntil(lambda: w.browser.selected == ids[121], timeout=5000)
    w.step(-1)
    w.step(-1)
    qtbot.waitUntil(lambda: w.browser.selected in (ids[119], ids[120]), timeout=5000)
    settle(qtbot, w)
    # the keyboard in the sheet: Right moves to the next print in time
    w.browser.select(ids[40])
    qtbot.waitUntil(lambda: w.grid.selected_id() == ids[40], timeout=5000)
    w.grid.setFocus()
    qtbot.keyClick(w.grid, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: w.browser.selected == ids[41], timeout=5000)


def test_the_arrow_keys_on_the_timeline_step_through_photographs_not_summaries(qtbot, window):
    w = window
    with w.library.Session() as s:
        full = tl.TimelineIndex(queries.timeline_rows(s))
    order = full.ordered_ids()
    k = 150
    w.browser.select(order[k])
    qtbot.waitUntil(lambda: w.timeline._sel_pos is not None, timeout=5000)
    w.timeline.setFocus()
    seen = [w.timeline.selected_id()]
    for _ in range(6):
        qtbot.keyClick(w.timeline, Qt.Key.Key_Right)
        settle(qtbot, w)
        seen.append(w.timeline.selected_id())
    # photographs with the same middle day may come in either order; the set of what was stepped
    # through is the next photographs in time, none skipped
    start = order.index(seen[0])
    assert set(seen) == set(order[start : start + 7])


def test_a_filter_that_hides_the_selection_marks_it(qtbot, window):
    w = window
    with w.library.Session() as s:
        published = queries.photo_ids(s, PhotoFilter(statuses=("published",)))
        others = queries.count(s, PhotoFilter(statuses=("draft", "reviewed")))
    assert others > 40  # still a large filter here
    w.browser.select(published[len(published) // 2])
    settle(qtbot, w)
    assert not w.caption.filtered_out
    w.browser.set_filter(PhotoFilter(statuses=("draft", "reviewed")))
    qtbot.waitUntil(lambda: w.caption.filtered_out, timeout=5000)
    assert w.caption.filtered_label.isVisible()
    assert w.grid_model.rowCount() == others


def test_indexing_more_into_a_large_catalog_does_not_call_it_empty(qtbot, window):
    w = window
    w.browser.select(None)
    settle(qtbot, w)
    select = w.caption.hint_label.text()
    w.indexer.started.emit("folder")
    assert w.caption.hint_label.text() == select  # not "Indexing…": its photographs are shown
    w.indexer.finished.emit("folder", None)
    assert w.caption.hint_label.text() == select  # nor "The archive is empty"
    settle(qtbot, w)


def test_the_undated_and_problems_boxes_count_a_large_filter_too(qtbot, window):
    w = window
    with w.library.Session() as s:
        undated, problems = queries.flag_counts(s)
    assert w.filters._flag_counts == (undated, problems)
    assert f"({undated})" in w.filters.undated_check.text()


def test_a_theme_filter_draws_from_the_theme_day_summaries(qtbot, window, monkeypatch):
    """Choosing a theme (revision 0014): the timeline draws the theme's overview with its real
    count, the contact sheet pages through exactly the theme's photographs, and neither read
    every photograph of the theme to get there."""
    w = window
    f = PhotoFilter(themes=("economy",))
    with w.library.Session() as s:
        total = queries.count_matching(s, f)
        want_ids = queries.photo_ids(s, f)
    assert total > timeline_window.ROWS_LIMIT
    walked: list[PhotoFilter] = []
    real_limited = queries.photo_ids

    def spy(session, flt, limit=None):
        walked.append(flt)
        return real_limited(session, flt, limit)

    monkeypatch.setattr(queries, "photo_ids", spy)
    loads = w.browser.loads
    w.browser.set_filter(f)
    qtbot.waitUntil(lambda: w.browser.loads > loads and w.browser.paged is not None, timeout=15000)
    settle(qtbot, w)
    assert not walked  # the contact sheet's size came from the summaries, not a walk of ids
    assert w.browser.paged.total == total == len(want_ids)
    assert w.browser.overview.index.summarised
    w.timeline.fit()
    w.timeline.repaint()
    assert any(str(total) in words for words in w.timeline._frame.header)
    # the pages hold the theme's photographs in the contact sheet's order
    with w.library.Session() as s:
        got = []
        for page in range(0, total, photo_list.PAGE):
            got.extend(queries.ordered_page(s, f, page, photo_list.PAGE, w.browser.paged.dated))
    assert got == want_ids


def test_the_first_frame_after_a_zoom_finds_its_buckets_built_by_a_worker(qtbot, window, monkeypatch):
    """Issue 12: each zoom's histogram counts and each precision's partition of the rows are built
    by a reader when the rows arrive, not on the GUI thread by the first frame at a new zoom."""
    import threading

    from photobook.core.timeline_buckets import TimelineIndex

    w = window
    built_here: list[tuple[str, object]] = []
    histogram, partition = TimelineIndex.histogram, TimelineIndex.partition

    def watched_histogram(self, unit):
        if unit not in self._hist and threading.current_thread() is threading.main_thread():
            built_here.append(("histogram", unit))
        return histogram(self, unit)

    def watched_partition(self, cap):
        if cap not in self._parts and threading.current_thread() is threading.main_thread():
            built_here.append(("partition", cap))
        return partition(self, cap)

    monkeypatch.setattr(TimelineIndex, "histogram", watched_histogram)
    monkeypatch.setattr(TimelineIndex, "partition", watched_partition)
    t = w.timeline
    t.fit()
    t.repaint()
    settle(qtbot, w)
    lo, hi = t.visible_range()
    mid = (lo + hi) / 2
    widths = {}
    zooms = (
        ("decade", (mid - 5, mid + 5)),
        ("year", (mid, mid + 1)),
        ("month", (mid, mid + 0.12)),
        ("fit", None),
    )
    for name, rng in zooms:
        if rng is None:
            t.fit()
        else:
            t.set_visible_range(*rng)
        t.repaint()  # the first frame at this zoom: drawn from what the worker built
        columns = t._frame.histogram
        assert columns and sum(n for _r, n, *_ in columns) > 0, name
        widths[name] = {d1 - d0 for _r, _n, d0, d1, _h in columns}
        settle(qtbot, w)  # the photographs around the view arrive (and are prepared) meanwhile
    assert built_here == []
    # each frame drew the buckets of its zoom: years over the whole archive, months closer
    assert widths["fit"] <= {365, 366} and widths["year"] <= {28, 29, 30, 31}
