"""A filter chosen while the previous one is still being read: the previous reads are stopped (their
SQL interrupted, not run to the end for nothing), their results never reach the window, and the
new filter's photographs are what the timeline shows (issue 12: at a million photographs a theme
chosen while the whole catalog reloaded waited ~0.5 s of CPU behind it)."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("pytestqt")

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from photobook.db import queries
from photobook.db.queries import PhotoFilter
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.models import browse
from photobook.ui.settings import Settings
from photobook.ui.tasks import TaskManager

FIRST = PhotoFilter(themes=("port",))
SECOND = PhotoFilter(themes=("agriculture",))


@pytest.fixture
def window(qtbot, synthetic_library, tmp_path):
    create_application()
    i18n.set_language("fr")
    w = MainWindow(synthetic_library, Settings(tmp_path / "s.ini"), restore=False)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
    yield w
    w.close()


def test_a_second_filter_stops_the_first_and_only_its_photographs_are_shown(qtbot, window, monkeypatch):
    w = window
    real = browse._overview
    entered, gate = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def overview(session, f, *rest):
        if f != FIRST:
            return real(session, f, *rest)
        entered.set()
        gate.wait(30)  # the test opens it once the second filter has been asked for
        try:
            outcome["first"] = real(session, f)
        except OperationalError as exc:
            outcome["first"] = exc
            raise
        return outcome["first"]

    monkeypatch.setattr(browse, "_overview", overview)
    shown: list[PhotoFilter] = []
    w.browser.rowsLoaded.connect(lambda _index: shown.append(w.browser.overview.filter))

    w.browser.set_filter(FIRST)
    qtbot.waitUntil(entered.is_set, timeout=10000)  # the first filter's read is running
    w.browser.set_filter(SECOND)
    gate.set()
    qtbot.waitUntil(lambda: "first" in outcome and not w.tasks.busy(), timeout=15000)

    # the first read was stopped at its first statement, not read to the end
    assert isinstance(outcome["first"], OperationalError), outcome["first"]
    assert "interrupted" in str(outcome["first"])
    # only the second filter reached the window, and the timeline shows its photographs
    assert shown == [SECOND]
    with w.library.Session() as s:
        expected = queries.count(s, SECOND)
    assert w.timeline._index.total == expected
    assert w.browser.count() == expected


def test_a_superseded_read_has_its_running_statement_interrupted(qtbot, synthetic_library):
    """The statement running when a newer request arrives stops where it is (a count of 3·10^8 rows
    here: half a minute or more, were it not stopped)."""
    tasks = TaskManager(synthetic_library)
    running = threading.Event()
    ended: list[BaseException] = []
    landed: list[object] = []

    def endless(session):
        running.set()
        try:
            session.execute(
                text(
                    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000000) "
                    "SELECT count(*) FROM c"
                )
            ).scalar()
        except OperationalError as exc:
            ended.append(exc)
            raise

    try:
        tasks.read(endless, landed.append, key="timeline")
        qtbot.waitUntil(running.is_set, timeout=10000)
        tasks.read(lambda s: "second", landed.append, key="timeline")
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=15000)
        assert ended and "interrupted" in str(ended[0])
        assert landed == ["second"]  # the stopped read's result (none) never arrives
    finally:
        tasks.shutdown(wait=not tasks.busy())


def test_a_read_that_was_not_superseded_runs_to_its_end(qtbot, synthetic_library):
    """Stopping is only for superseded reads: a read under another key, or with no key, is left
    alone, and the same pooled connection serves the next read normally."""
    tasks = TaskManager(synthetic_library)
    landed: list[object] = []
    try:
        tasks.read(lambda s: queries.count(s), landed.append, key="counts")
        tasks.read(lambda s: queries.count(s, FIRST), landed.append, key="grid")
        tasks.read(lambda s: queries.count(s, SECOND), landed.append)
        qtbot.waitUntil(lambda: len(landed) == 3, timeout=15000)
        with synthetic_library.Session() as s:
            assert sorted(landed) == sorted(
                [queries.count(s), queries.count(s, FIRST), queries.count(s, SECOND)]
            )
    finally:
        tasks.shutdown()


def test_the_catalogs_check_at_start_leaves_both_readers_to_the_window(
    qtbot, synthetic_library, tmp_path, monkeypatch
):
    """The quick_check the window runs after its first paint (seconds at a million photographs) has a
    thread of its own: while it runs, a filter's overview and its counts are read at the same time, not
    one after the other on the one reader left."""
    from photobook.services import backup
    from photobook.ui import main_window

    checking, gate = threading.Event(), threading.Event()

    def check(lib, full=False):
        checking.set()
        gate.wait(30)  # held running until the filter's reads are done
        return []

    monkeypatch.setattr(backup, "catalog_health", check)
    monkeypatch.setattr(main_window, "HEALTH_CHECK_DELAY_MS", 0)
    together = threading.Barrier(2, timeout=10)  # passes only when both reads run at once
    met: list[str] = []
    for name in ("_overview", "_counts"):
        real = getattr(browse, name)

        def meeting(session, f, *rest, real=real, name=name):
            if f == FIRST:
                together.wait()
                met.append(name)
            return real(session, f, *rest)

        monkeypatch.setattr(browse, name, meeting)
    create_application()
    i18n.set_language("fr")
    w = MainWindow(synthetic_library, Settings(tmp_path / "s.ini"), restore=False)
    qtbot.addWidget(w)
    try:
        w.show()
        w.start()
        qtbot.waitUntil(checking.is_set, timeout=15000)
        w.browser.set_filter(FIRST)
        qtbot.waitUntil(
            lambda: len(met) == 2 and getattr(w.browser.overview, "filter", None) == FIRST, timeout=15000
        )
        assert sorted(met) == ["_counts", "_overview"]
    finally:
        gate.set()
        w.close()


@pytest.fixture
def pg_tasks(pg_url, tmp_path):
    from photobook.db.engine import open_library

    lib = open_library(tmp_path / "library", pg_url)
    tasks = TaskManager(lib)
    yield tasks
    tasks.shutdown(wait=not tasks.busy())
    lib.close()


@pytest.mark.postgres
def test_on_postgresql_a_superseded_read_is_cancelled_by_the_server(qtbot, pg_tasks):
    """The shared catalog too: the statement running when a newer request arrives is cancelled on
    the server (a minute's sleep here), and the pooled connection then serves the next read."""
    tasks = pg_tasks
    running = threading.Event()
    ended: list[BaseException] = []
    landed: list[object] = []

    def endless(session):
        session.execute(text("SELECT 1")).scalar()
        running.set()
        try:
            session.execute(text("SELECT pg_sleep(60)")).scalar()
        except OperationalError as exc:
            ended.append(exc)
            raise

    tasks.read(endless, landed.append, key="timeline")
    qtbot.waitUntil(running.is_set, timeout=10000)
    tasks.read(lambda s: s.execute(text("SELECT 'second'")).scalar(), landed.append, key="timeline")
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=15000)
    assert ended and "canceling statement due to user request" in str(ended[0])
    assert landed == ["second"]
    for _ in range(3):  # every pooled connection still reads
        tasks.read(lambda s: queries.count(s), landed.append)
    qtbot.waitUntil(lambda: len(landed) == 4, timeout=15000)
    assert landed[1:] == [0, 0, 0]


@pytest.mark.postgres
def test_on_postgresql_a_stopped_read_sends_no_further_statement(qtbot, pg_tasks):
    """Stopped between two statements, a read's next statement never reaches the server."""
    from photobook.db.stopping import Stopped

    tasks = pg_tasks
    between, gate = threading.Event(), threading.Event()
    ended: list[BaseException] = []
    landed: list[object] = []

    def two_steps(session):
        session.execute(text("SELECT 1")).scalar()
        between.set()
        gate.wait(30)  # the test opens it once the newer request has been made
        try:
            return session.execute(text("SELECT 'first'")).scalar()
        except Stopped as exc:
            ended.append(exc)
            raise

    tasks.read(two_steps, landed.append, key="timeline")
    qtbot.waitUntil(between.is_set, timeout=10000)
    tasks.read(lambda s: s.execute(text("SELECT 'second'")).scalar(), landed.append, key="timeline")
    gate.set()
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=15000)
    assert ended and "interrupted" in str(ended[0])
    assert landed == ["second"]
