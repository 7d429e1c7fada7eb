"""The window answers while the catalog's first results come in (issue 12: the longest stall of
the GUI thread at start): results that reach it together are handed over one per turn of the
event loop, and what a result changes nothing on screen for is not redrawn."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QApplication

from photobook.ui.tasks import TaskManager
from photobook.ui.thumbcache import ThumbnailCache
from photobook.ui.timeline import ReignBand, TimelineView


class _Other(QObject):
    """Something else the event loop has to do (an input event, a paint): a queued call."""

    ping = Signal()


@pytest.fixture
def tasks(qapp, library):
    t = TaskManager(library)
    yield t
    t.shutdown()


def _arrived_together(tasks: TaskManager, n: int, seen: list) -> None:
    """``n`` reads whose results reach the GUI thread before it turns again (as at start, when
    the first reads finish while the window paints its first frame)."""
    tasks.hold()
    submitted = [
        tasks.read(lambda i=i: i, lambda r: seen.append(("result", r)), session=False) for i in range(n)
    ]
    tasks.release()
    for task in submitted:
        assert task.future is not None
        task.future.result(timeout=10)  # each worker has queued its result to the GUI thread


def test_results_arriving_together_leave_room_for_the_rest_of_the_event_loop(qtbot, tasks):
    seen: list = []
    _arrived_together(tasks, 3, seen)
    other = _Other()
    other.ping.connect(lambda: seen.append(("other",)), Qt.ConnectionType.QueuedConnection)
    other.ping.emit()  # queued behind the three results
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=5000)
    # before: the three results in one turn, the rest of the window after them
    assert seen[1] == ("other",)
    assert sorted(seen[:1] + seen[2:]) == [("result", 0), ("result", 1), ("result", 2)]


def test_work_left_for_the_next_turn_runs_in_order_and_counts_as_busy(qtbot, tasks):
    seen: list = []
    tasks.next_turn(lambda: seen.append("first"))
    tasks.next_turn(lambda: seen.append("second"))
    assert seen == [] and tasks.busy()
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=5000)
    assert seen == ["first", "second"]


def test_a_superseded_result_is_dropped_without_taking_a_turn(qtbot, tasks):
    seen: list = []
    tasks.hold()
    old = tasks.read(lambda: "old", lambda r: seen.append(r), key="timeline", session=False)
    new = tasks.read(lambda: "new", lambda r: seen.append(r), key="timeline", session=False)
    tasks.release()
    for task in (old, new):
        assert task.future is not None
        try:
            task.future.result(timeout=10)
        except Exception:  # the superseded one never ran
            pass
    other = _Other()
    other.ping.connect(lambda: seen.append("other"), Qt.ConnectionType.QueuedConnection)
    other.ping.emit()
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=5000)
    assert seen == ["new", "other"]


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_same_reigns_again_do_not_repaint_the_timeline(qtbot, library):
    """The vocabulary's arrival at start gives the timeline the reigns its first frame drew."""
    cache = ThumbnailCache(library)
    view = TimelineView(cache)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)

    def bands() -> list[ReignBand]:
        return [
            ReignBand("b", "Roi B", date(1999, 7, 23).toordinal(), None, "#1f6f5c"),
            ReignBand("a", "Roi A", date(1961, 3, 3).toordinal(), date(1999, 7, 23).toordinal(), "#8c2f39"),
        ]

    view.set_reigns(bands())
    paints = _Paints()
    view.installEventFilter(paints)
    qtbot.waitUntil(lambda: paints.count > 0, timeout=2000)  # drawn with its reigns
    QApplication.processEvents()
    paints.count = 0
    view.set_reigns(bands())  # equal, not the same objects
    QApplication.processEvents()
    assert paints.count == 0
    renamed = bands()
    renamed[0] = ReignBand("b", "King B", renamed[0].start, None, "#1f6f5c")
    view.set_reigns(renamed)
    qtbot.waitUntil(lambda: paints.count > 0, timeout=2000)
    view.removeEventFilter(paints)
    cache.close()


# --- covers: scaled by the thumbnail worker, not on the GUI thread -------------------------------


class _GuiCoverScalings:
    """Counts the covers the GUI thread scales itself (a thumbnail scaled to fill a tile)."""

    def __init__(self, monkeypatch) -> None:
        self.count = 0
        gui = threading.get_ident()
        original = QPixmap.scaled

        def scaled(pm, *args, **kwargs):
            if threading.get_ident() == gui and Qt.AspectRatioMode.KeepAspectRatioByExpanding in args:
                self.count += 1
            return original(pm, *args, **kwargs)

        monkeypatch.setattr(QPixmap, "scaled", scaled)


def test_the_covers_that_come_are_drawn_without_scaling_on_the_gui_thread(qtbot, library, monkeypatch):
    """At start the covers of the timeline's cards and of its undated strip arrive in batches; the
    frame that draws each batch only blits them (it scaled each one, 2–4 ms of a turn at 1M)."""
    from photobook.db import queries
    from photobook.services.synthetic import populate

    populate(library, 160, distinct_thumbs=160)  # no two photographs share a thumbnail
    with library.Session() as s:
        rows = queries.timeline_rows(s)
    cache = ThumbnailCache(library)
    view = TimelineView(cache)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    view.set_rows(rows)
    scalings = _GuiCoverScalings(monkeypatch)
    view.grab()  # a frame: every cover wanted, with the size it is drawn at
    assert view._frame.wanted  # the covers of the cards and of the undated strip
    assert cache.wait_idle(20000)
    view.grab()
    assert not view._frame.wanted  # every cover drawn
    assert scalings.count == 0
    cache.close()


def test_a_cover_scaled_by_the_worker_is_the_one_the_painter_would_draw(qapp):
    from photobook.ui.thumbcache import cover_of
    from photobook.ui.timeline.painter import TimelinePainter

    image = QImage(192, 128, QImage.Format.Format_RGB32)
    for x in range(192):  # a picture with detail, so that a different scaling shows
        for y in range(0, 128, 4):
            image.setPixelColor(x, y, QColor((x * 7) % 256, (y * 13) % 256, (x * y) % 256))
    for w, h in ((61, 43), (40, 40), (25, 60)):
        ours = TimelinePainter()._sized(QPixmap.fromImage(image), w, h, True).toImage()
        assert cover_of(image, w, h).convertToFormat(ours.format()) == ours


# --- the filter panel's theme tree: one paint for new counts -------------------------------------


def _filter_panel(qtbot, library):
    """A filter panel shown with the library's vocabulary, and the vocabulary."""
    from photobook.ui.models.vocabulary import load_vocabulary
    from photobook.ui.views.filter_panel import FilterPanel

    with library.Session() as s:
        vocab = load_vocabulary(s)
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 900)
    panel.set_vocabulary(vocab)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, vocab


def test_new_theme_counts_are_drawn_in_one_paint_of_the_theme_tree(qtbot, library):
    """The counts come at start (and after each filter): the tree, drawn through the stylesheet
    (~4 ms at start), is painted once with them and its counts column fitted to them, not a
    second time a turn later when its own timer redraws the resized column."""
    panel, vocab = _filter_panel(qtbot, library)
    view = panel.theme_view
    paints = _Paints()
    view.viewport().installEventFilter(paints)
    for _ in range(5):  # whatever the vocabulary left for later turns
        QApplication.processEvents()
    paints.count = 0
    slugs = [t.slug for t in vocab.themes]
    panel.set_counts({slug: 1_000_000 - 7 * k for k, slug in enumerate(slugs)}, {})
    for _ in range(5):
        QApplication.processEvents()
    assert paints.count == 1
    assert view.columnWidth(1) == view.sizeHintForColumn(1)  # the widest count shown whole
    assert view.columnWidth(0) + view.columnWidth(1) == view.viewport().width()
    view.viewport().removeEventFilter(paints)


# --- what the GUI thread does when the first results come (issue 12: the stall at start) ---------


def test_drawing_the_theme_tree_runs_no_python(qtbot, library):
    """The tree's cells live in C++: the view lays them out and draws them without calling the
    model in Python (a Python model answered ~200 calls per paint, each taking the interpreter's
    lock back from the workers reading the catalog at start)."""
    import sys

    panel, vocab = _filter_panel(qtbot, library)
    panel.set_counts({t.slug: 1000 + k for k, t in enumerate(vocab.themes)}, {})
    QApplication.processEvents()
    calls: list[str] = []

    def profile(frame, event, _arg) -> None:
        if event == "call" and "photobook" in frame.f_code.co_filename:
            calls.append(frame.f_code.co_name)

    view = panel.theme_view
    sys.setprofile(profile)
    try:
        view.viewport().repaint()
        view.updateGeometries()
        view.sizeHintForColumn(0)
    finally:
        sys.setprofile(None)
    assert calls == []
    index = panel.themes.index_of(vocab.themes[0].slug, 1)
    assert index.data() == QLocale().toString(1000)  # the counts are in the cells drawn


def test_the_filter_panel_of_the_first_frame_stays_when_the_vocabulary_comes(
    qtbot, synthetic_library, tmp_path
):
    """The filter panel's reign check boxes and theme tree are made with the first frame (from
    what it read without SQLAlchemy) and kept when the vocabulary brings the same reigns and themes
    at start: not made, styled, laid out and drawn again while the catalog's first reads run."""
    from PySide6.QtCore import QPersistentModelIndex

    from photobook.ui.app import open_window
    from photobook.ui.settings import Settings

    synthetic_library.close()
    window = open_window(synthetic_library.folder, None, Settings(path=tmp_path / "s.ini"), restore=False)
    qtbot.addWidget(window)
    try:
        before = dict(window.filters.reign_checks)
        assert list(before) == ["hassan-ii", "mohammed-vi"]
        assert before["hassan-ii"].text() == "Hassan II"  # named from the first frame's reigns
        themes = window.filters.themes
        energy = QPersistentModelIndex(themes.index_of("renewable-energy"))
        assert energy.isValid() and energy.data() == "Énergies renouvelables"
        assert themes.rowCount(QModelIndex(energy)) >= 2  # its sub-themes under it
        window.show()
        window.start(load_demo=False)
        qtbot.waitUntil(lambda: window.browser.loads > 0 and not window.tasks.busy(), timeout=15000)
        assert window.browser.vocabulary.themes  # the vocabulary came
        assert window.browser.vocabulary.themes == themes._themes  # the same as the first frame's
        assert all(window.filters.reign_checks[s] is cb for s, cb in before.items())
        assert "(" in before["hassan-ii"].text()  # with its count now
        assert energy.isValid()  # the tree was not made again (a reset ends persistent indexes)
        assert themes.index_of("renewable-energy", 1).data() not in (None, "")  # its count now
    finally:
        window.shutdown()
        window.library.close()


def test_other_reigns_make_new_boxes(qtbot):
    from photobook.ui.models.vocabulary import ReignInfo
    from photobook.ui.views.filter_panel import FilterPanel

    panel = FilterPanel()
    qtbot.addWidget(panel)
    a = ReignInfo("a", {"fr": "Roi A"}, 1, 10, "#8c2f39")
    panel.set_reigns([a])
    first = panel.reign_checks["a"]
    panel.set_reigns([a])
    assert panel.reign_checks["a"] is first
    panel.set_reigns([ReignInfo("a", {"fr": "Roi A"}, 1, 10, "#1f6f5c")])  # another colour
    assert panel.reign_checks["a"] is not first
    assert panel.reign_checks["a"].text() == "Roi A"


@pytest.mark.skipif(not hasattr(__import__("os"), "getpriority"), reason="per-thread priority: Linux")
def test_the_readers_run_below_the_gui_threads_priority(qtbot, tasks):
    """The catalog's readers (in SQLite most of the time, without the interpreter's lock) do not
    take the CPUs from the GUI thread: their threads are niced below it."""
    import os

    from photobook.ui.tasks import WORKER_NICE

    mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: list[int] = []
    tasks.read(lambda: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()), seen.append, session=False)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [min(19, mine + WORKER_NICE)]  # (nice is capped at 19)


@pytest.mark.skipif(not hasattr(__import__("os"), "getpriority"), reason="per-thread priority: Linux")
def test_the_thumbnail_worker_runs_below_the_readers(qtbot, synthetic_library):
    """Covers are decoded after the reads the views wait for: the thumbnail worker's thread is
    niced below the readers'."""
    import os

    from photobook.db import queries
    from photobook.ui.tasks import THUMBNAIL_NICE, WORKER_NICE

    assert THUMBNAIL_NICE > WORKER_NICE
    cache = ThumbnailCache(synthetic_library)
    try:
        with synthetic_library.Session() as s:
            pid = queries.photo_ids(s)[0]
        cache.request([pid])
        qtbot.waitUntil(
            lambda: bool(cache._threads) and cache._threads[0].native_id is not None, timeout=5000
        )
        mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        assert os.getpriority(os.PRIO_PROCESS, cache._threads[0].native_id) == min(19, mine + THUMBNAIL_NICE)
    finally:
        cache.close()
