"""Adding a folder from the window: progress with a rate, the timeline filling in as batches are
committed, cancel leaving a consistent catalog, and a second run completing it; index problems
are listed where the archivist can see them."""

from __future__ import annotations

import random
import threading

import pytest

pytest.importorskip("pytestqt")

from PIL import Image
from sqlalchemy import func, select, text

from photobook.db import queries
from photobook.db.engine import open_library
from photobook.db.models import Photo
from photobook.db.storage import ThumbStore
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings

N = 240


@pytest.fixture
def folder(tmp_path):
    """A few hundred small JPEGs, dated by their names, and one file that is not a photograph."""
    rng = random.Random(3)
    root = tmp_path / "scans"
    for k in range(N):
        sub = root / f"box{k % 4}"
        sub.mkdir(parents=True, exist_ok=True)
        colour = (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))
        Image.new("RGB", (48, 32), colour).save(
            sub / f"{1961 + k % 60}-0{1 + k % 9}_scan{k:03d}.jpg", quality=70
        )
    (root / "box0" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    return root


@pytest.fixture
def window(qtbot, library, tmp_path):
    create_application()
    i18n.set_language("en")
    w = MainWindow(library, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
    yield w
    w.close()
    i18n.set_language("fr")


def catalog_state(lib_folder):
    lib = open_library(lib_folder)
    try:
        with lib.Session() as s:
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert s.execute(text("PRAGMA foreign_key_check")).first() is None
            n = s.scalar(select(func.count(Photo.id)))
            hashes = list(s.scalars(select(Photo.content_hash)))
            problems = queries.problems(s)
        store = ThumbStore(lib.thumbs_path)
        without_thumb = len(store.missing(hashes)) if hashes else 0
        store.close()
        return n, without_thumb, problems
    finally:
        lib.close()


def test_add_folder_shows_progress_and_cancel_leaves_a_consistent_catalog(
    qtbot, window, library, folder, monkeypatch
):
    from photobook.indexer import scan
    from photobook.ui.tasks import Job

    monkeypatch.setattr(scan, "BATCH", 64)  # several batches from a few hundred files
    # The gate: the indexer waits after its first committed batch until the archivist has clicked
    # Cancel, so the cancel always lands in the middle of the folder (never a race with its end).
    clicked = threading.Event()
    held = []
    report_batch = Job.report_batch

    def gated_report_batch(job, ids):  # in the indexing thread
        report_batch(job, ids)
        if ids and not held:  # the first batch: go on once Cancel has been clicked
            held.append(clicked.wait(60))

    monkeypatch.setattr(Job, "report_batch", gated_report_batch)
    w = window
    progress, batches = [], []
    w.indexer.progress.connect(progress.append)

    def first_batch(ids):
        batches.append(ids)
        if len(batches) == 1:
            w.progress.cancel_button.click()  # what the archivist does
            clicked.set()

    w.indexer.batch.connect(first_batch)
    with qtbot.waitSignal(w.indexer.finished, timeout=120000) as done:
        assert w.add_folder(folder)
        assert w.progress.isVisible()
        assert not w.add_folder(folder)  # one job at a time
    report = done.args[1]
    assert held == [True], (batches, report)  # the indexer waited at the gate; the click opened it
    assert report.cancelled
    assert len(batches) == 1
    assert any(p.phase == "metadata" for p in progress)
    assert not w.progress.isVisible()
    assert "cancelled" in w.statusBar().currentMessage().lower()
    n_cancelled, _no_thumb, _ = catalog_state(library.folder)
    assert 0 < n_cancelled <= 64  # indexing stopped after the batch in flight
    qtbot.waitUntil(lambda: len(w.timeline.ordered_ids()) == n_cancelled, timeout=10000)

    # a second run completes the catalog, and the timeline shows it all
    progress.clear()
    with qtbot.waitSignal(w.indexer.finished, timeout=180000) as done:
        assert w.add_folder(folder)
    report = done.args[1]
    assert not report.cancelled
    assert report.indexed + report.unchanged == N
    assert any(p.phase == "thumbnails" and p.rate > 0 for p in progress)
    n, without_thumb, problems = catalog_state(library.folder)
    assert n == N
    assert without_thumb == 0
    qtbot.waitUntil(
        lambda: len(w.timeline.ordered_ids()) == N and w.grid_model.rowCount() == N, timeout=10000
    )
    # the file that is not a photograph is listed for the archivist
    assert any(p["path"].endswith("broken.jpg") for p in problems)
    qtbot.waitUntil(lambda: any(p["path"].endswith("broken.jpg") for p in w.browser.problems), timeout=10000)
    assert w.problems.isVisible()
    assert w.problems.model.rowCount() >= 1


def test_first_start_opens_the_demo_archive_in_the_background(qtbot, library, tmp_path):
    from photobook.core.paths import demo_archive_dir

    if demo_archive_dir() is None:
        pytest.skip("the demo archive (data/demo/images) is not in this checkout")
    create_application()
    i18n.set_language("fr")
    w = MainWindow(library, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(w)
    w.show()
    try:
        with qtbot.waitSignal(w.indexer.started, timeout=15000):
            w.start(load_demo=True)
        assert w.progress.isVisible()
        assert w.progress.label.text().startswith("Ouverture de l’archive de démonstration")
        with qtbot.waitSignal(w.indexer.finished, timeout=600000) as done:
            pass
        assert done.args == ["demo", True]
        qtbot.waitUntil(lambda: len(w.timeline.ordered_ids()) > 0 and not w.tasks.busy(), timeout=15000)
        assert not w.progress.isVisible()
        with library.Session() as s:
            n = queries.count(s)
            captioned = queries.photo_records(s, queries.photo_ids(s, limit=50))
        assert len(w.timeline.ordered_ids()) == n
        assert any(r.captions for r in captioned)
    finally:
        w.close()


def test_an_index_waiting_for_another_photobook_says_so_and_goes_on(qtbot, window, library, tmp_path):
    import sqlite3

    from ..indexer.hostile import jpeg

    root = tmp_path / "few"
    root.mkdir()
    for i in range(3):
        (root / f"p{i}.jpg").write_bytes(jpeg((64, 48), color=(i, 7, 7)))
    gate = sqlite3.connect(library.folder / "catalog.sqlite", isolation_level=None, timeout=30)
    gate.execute("BEGIN IMMEDIATE")  # another photobook is writing
    with qtbot.waitSignal(window.lockWaiting, timeout=30000):
        assert window.add_folder(root)
    qtbot.waitUntil(
        lambda: "waiting for another photobook" in window.statusBar().currentMessage().lower(), timeout=5000
    )
    with qtbot.waitSignal(window.indexer.finished, timeout=60000) as done:
        gate.execute("COMMIT")
    gate.close()
    assert done.args[1].indexed == 3
