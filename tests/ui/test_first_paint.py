"""The window's first frame (issue 6 §7, issue 12): the real timeline of the catalog, painted
before SQLAlchemy, the ORM models and the queries are imported; the library is opened after it, by
a worker, and its first load shows the same photographs."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QEvent, QObject

from photobook.db import fastpath, queries
from photobook.db.engine import open_library
from photobook.services import timeline_window
from photobook.ui.app import open_window
from photobook.ui.settings import Settings

FIRST_PAINT = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer, QEventLoop
from photobook.ui import app as app_mod
qapp = app_mod.create_application([])
settings = app_mod.Settings(path=sys.argv[2])
window = app_mod.open_window(Path(sys.argv[1]), None, settings, restore=False)
loop = QEventLoop()
seen = {}
def painted():  # just after the first paint (the filter sees the event before the widget paints)
    frame = window.timeline._frame
    seen["drawn"] = bool(frame is not None and (frame.histogram or frame.items))
    loop.quit()
class Probe(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not seen:
            seen.update(
                dated=window.timeline._index.n_dated,
                undated=len(window.timeline._index.undated),
                sqlalchemy=sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic")),
                catalog=sorted(m for m in sys.modules if m.startswith(("photobook.db.", "photobook.services"))),
                opened=window.library.opened,
            )
            QTimer.singleShot(0, painted)
        return False
probe = Probe()
window.timeline.installEventFilter(probe)
window.show()
window.start(load_demo=False)
QTimer.singleShot(60000, loop.quit)
loop.exec()
print(json.dumps(seen))
window.shutdown()
window.library.close()
"""


def _counts(lib) -> tuple[int, int]:
    with lib.Session() as s:
        total = queries.count(s)
        undated = len(queries.timeline_undated_ids(s))
    return total - undated, undated


def test_the_first_frame_is_the_catalog_painted_without_sqlalchemy(synthetic_library, tmp_path):
    """In a fresh process, as ``photobook gui`` starts: at the first paint of the timeline, its
    photographs are the catalog's, and neither SQLAlchemy, Alembic, the models, the queries nor
    any service has been imported; the library is not open yet."""
    dated, undated = _counts(synthetic_library)
    synthetic_library.close()
    code = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(synthetic_library.folder), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert code.returncode == 0, code.stderr[-2000:]
    seen = json.loads(code.stdout.strip().splitlines()[-1])
    assert seen["sqlalchemy"] == [], "imported before the first frame: " + ", ".join(seen["sqlalchemy"])
    # what the first frame may use of the catalog's package: the plain sqlite3 reader and the handle
    assert set(seen["catalog"]) <= {"photobook.db.fastpath", "photobook.db.handle", "photobook.db.storage"}
    assert (seen["dated"], seen["undated"]) == (dated, undated) and seen["drawn"]
    assert not seen["opened"]


def test_the_library_opens_in_a_worker_after_the_first_frame_and_shows_the_same(
    qtbot, synthetic_library, tmp_path
):
    dated, undated = _counts(synthetic_library)
    synthetic_library.close()
    opened_in: list[str] = []
    settings = Settings(path=tmp_path / "settings.ini")
    window = open_window(synthetic_library.folder, None, settings, restore=False)
    qtbot.addWidget(window)
    real_open = window.library._open
    window.library._open = lambda: (opened_in.append(threading.current_thread().name), real_open())[1]
    assert not window.library.opened
    index = window.timeline._index
    assert (index.n_dated, len(index.undated)) == (dated, undated)

    painted: list[bool] = []

    class Probe(QObject):
        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint:
                painted.append(window.library.opened)
            return False

    probe = Probe()
    window.timeline.installEventFilter(probe)
    window.show()
    window.start(load_demo=False)
    qtbot.waitUntil(lambda: window.browser.loads > 0 and window.browser.overview is not None, timeout=30000)
    window.tasks.wait_idle()
    assert painted[0] is False  # the first frame came before the library was opened
    assert opened_in and opened_in[0] != threading.main_thread().name  # …by a worker, not the GUI thread
    index = window.timeline._index
    assert (index.n_dated, len(index.undated)) == (dated, undated)  # the load shows the same photographs
    window.shutdown()
    window.library.close()


def test_the_window_is_built_while_the_first_view_is_read(qtbot, synthetic_library, tmp_path, monkeypatch):
    """The first view's reader does not hold up the window's construction (the GUI thread built
    the window only after the reads, ~0.2 s idle at a million photographs): here the reader
    finishes only once the window's timeline exists, and the window shows its view."""
    from photobook.ui import main_window

    dated, undated = _counts(synthetic_library)
    synthetic_library.close()
    built = threading.Event()
    seen: list[bool] = []
    real_view = fastpath.first_view

    class Timeline(main_window.TimelineView):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            built.set()

    def first_view(folder, *a, **kw):
        seen.append(built.wait(10))  # the window's timeline was built meanwhile
        return real_view(folder, *a, **kw)

    monkeypatch.setattr(main_window, "TimelineView", Timeline)
    monkeypatch.setattr(fastpath, "first_view", first_view)
    window = open_window(synthetic_library.folder, None, Settings(path=tmp_path / "s.ini"), restore=False)
    qtbot.addWidget(window)
    try:
        assert seen == [True]
        assert not window.library.opened
        index = window.timeline._index
        assert (index.n_dated, len(index.undated)) == (dated, undated)
    finally:
        window.shutdown()
        window.library.close()


def test_the_first_views_one_step_reads_fall_back_to_rows(tmp_path):
    """The reader's reads in one step (a JSON array) give what the rows give, and where they
    cannot (a NULL in the order), the rows themselves."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(tmp_path / "t.sqlite")) as con:
        _one_step_against_rows(con)


def _one_step_against_rows(con) -> None:
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, day_start, day_end, approximate)")
    rows = [(1, 5, 9, 0), (2, 5, 9, 0), (3, 2, 4, 1), (4, None, None, 0), (5, 7, None, 0), (6, 7, 8, 0)]
    con.executemany("INSERT INTO photos VALUES (?, ?, ?, ?)", rows)
    con.execute("CREATE INDEX ix ON photos (day_start, day_end, approximate)")
    plain = con.execute(fastpath._SUMMARY).fetchall()
    assert (7, None) in [r[1:3] for r in plain]  # a NULL day_end: not comparable in Python
    assert fastpath._in_one_step(con, fastpath._SUMMARY, 5, lambda r: r[1:4]) == plain
    con.execute("DELETE FROM photos WHERE id = 5")
    one_step = fastpath._in_one_step(con, fastpath._SUMMARY, 5, lambda r: r[1:4])
    assert (
        one_step
        == con.execute(fastpath._SUMMARY).fetchall()
        == [(3, 2, 4, 1, 1), (1, 5, 9, 0, 2), (6, 7, 8, 0, 1)]
    )
    assert fastpath._in_one_step(con, fastpath._UNDATED, 1, int) == [4]


def test_a_restored_filter_waits_for_the_load(qtbot, synthetic_library, tmp_path):
    """The first frame is read for the whole catalog: a window that starts on a filter (or on the
    contact sheet) shows that, from the load, never the whole catalog for a moment."""
    from photobook.core.filters import PhotoFilter

    synthetic_library.close()
    settings = Settings(path=tmp_path / "settings.ini")
    settings.set_filter(PhotoFilter(year_from=1990, year_to=1991))
    window = open_window(synthetic_library.folder, None, settings)
    qtbot.addWidget(window)
    assert window.timeline._index.n_dated == 0 and window.library.opened
    window.shutdown()
    window.library.close()


def test_a_catalog_to_upgrade_is_opened_before_the_window(tmp_path):
    """No fast first frame where the library must be opened first (upgraded, created, seeded)."""
    assert fastpath.first_view(tmp_path / "new") is None
    window = open_window(tmp_path / "new", None, Settings(path=tmp_path / "settings.ini"))
    try:
        assert window.library.opened and (tmp_path / "new" / fastpath.CATALOG_FILE).exists()
    finally:
        window.shutdown()
        window.library.close()


@pytest.mark.parametrize("limit", [10_000, 50])
def test_the_first_view_is_what_the_first_load_reads(synthetic_library, limit):
    """``fastpath.first_view`` runs the SQL of the queries ``services.timeline_window`` starts from:
    every row up to the limit, else the summary per interval and the undated ids."""
    assert fastpath.ROWS_LIMIT == timeline_window.ROWS_LIMIT
    view = fastpath.first_view(synthetic_library.folder, rows_limit=limit)
    assert view is not None
    with synthetic_library.Session() as s:
        if limit >= 300:
            assert view.summary is None
            assert [r[:3] for r in view.rows] == [r[:3] for r in queries.timeline_rows(s)]
        else:
            assert view.rows is None
            assert view.summary == queries.timeline_summary(s)
            assert view.undated == queries.timeline_undated_ids(s)
        assert [r.slug for r in view.reigns] == [r.slug for r in queries.reigns(s)]


def test_the_handle_reports_a_failed_open_to_every_caller(tmp_path):
    from photobook.db.engine import LibraryError
    from photobook.db.handle import LibraryHandle

    calls = []

    def opener():
        calls.append(1)
        raise LibraryError("the catalog is damaged")

    handle = LibraryHandle(tmp_path, opener=opener)
    for _ in range(2):
        with pytest.raises(LibraryError, match="damaged"):
            handle.Session()
    assert calls == [1]  # opened once; the same error again, not a second attempt behind the user's back
    lib = open_library(tmp_path / "ok")
    lib.close()
    handle = LibraryHandle(tmp_path / "ok")
    assert not handle.opened and handle.is_sqlite and handle.thumbs_path.name == "thumbs.sqlite"
    with handle.Session() as s:
        assert queries.count(s) == 0
    assert handle.opened
    handle.close()


def test_a_restored_selection_is_read_after_the_first_frame(qtbot, synthetic_library, tmp_path):
    """``photobook gui`` restores the last selection: its record is asked for while the window is
    built, and read once the first frame is painted (the library is not opened before it)."""
    with synthetic_library.Session() as s:
        chosen = queries.photo_ids(s, limit=5)[3]
    synthetic_library.close()
    settings = Settings(path=tmp_path / "settings.ini")
    settings.set_selected(chosen)
    window = open_window(synthetic_library.folder, None, settings)
    qtbot.addWidget(window)
    assert window.browser.selected == chosen and window.tasks.busy()  # asked for, held
    assert not window.library.opened
    window.show()
    window.start(load_demo=False)
    qtbot.waitUntil(lambda: window.browser.record is not None, timeout=30000)
    assert window.browser.record.id == chosen and window.library.opened
    window.shutdown()
    window.library.close()


def test_the_command_line_reaches_the_window_without_sqlalchemy():
    """``photobook`` (``gui`` being its default command) builds its whole parser, with every
    subcommand's arguments, before it opens the window: that must not import SQLAlchemy, Alembic or
    the catalog's modules, or the window's first frame waits for them (~0.22 s: the duplicates
    command's parser imported ``db.engine`` for a type annotation)."""
    probe = (
        "import json, sys\n"
        "from photobook.cli import build_parser\n"
        "args = build_parser().parse_args([])\n"
        "print(json.dumps([args.command, sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic') or m.startswith(('photobook.db.', 'photobook.services')))]))\n"
    )
    code = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert code.returncode == 0, code.stderr[-2000:]
    command, loaded = json.loads(code.stdout.strip().splitlines()[-1])
    assert command in (None, "gui")
    assert loaded == []
