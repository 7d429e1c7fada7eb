"""A library nobody may write (a read-only mount, a folder or catalog without write permission):
reading commands and the window open it read-only; writing commands refuse with one line."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from photobook.cli import main

from .indexer.hostile import jpeg


@pytest.fixture
def readonly_library(tmp_path):
    """A library folder seen through a read-only bind mount (as root), or chmod'ed read-only (as
    another user); skipped, saying why, where neither can be done."""
    root = tmp_path / "scans"
    root.mkdir()
    for i in range(5):
        (root / f"p{i}.jpg").write_bytes(jpeg((64, 48), color=(i, 9, 9)))
    lib = tmp_path / "lib"
    assert main(["--library", str(lib), "index", str(root), "--workers", "0"]) == 0
    if os.geteuid() != 0:
        for p in (*lib.iterdir(), lib):
            p.chmod(0o555 if p.is_dir() else 0o444)
        yield lib, root
        lib.chmod(0o755)
        return
    mount = Path("/tmp") / f"photobook-ro-{uuid.uuid4().hex[:8]}"
    mount.mkdir()
    done = subprocess.run(["mount", "--bind", "-o", "ro", str(lib), str(mount)], capture_output=True)
    if done.returncode != 0:
        mount.rmdir()
        pytest.skip(
            "as root, read-only needs a read-only bind mount, and mount was refused: "
            + done.stderr.decode(errors="replace").strip()
        )
    try:
        yield mount, root
    finally:
        subprocess.run(["umount", "--lazy", str(mount)], check=True)  # the window's threads may hold files
        mount.rmdir()


def photobook(*args):
    return subprocess.run(
        [sys.executable, "-m", "photobook", *map(str, args)], capture_output=True, text=True, timeout=120
    )


def test_reading_commands_work_and_writing_ones_refuse_with_one_line(readonly_library, tmp_path):
    lib, root = readonly_library
    listed = photobook("--library", lib, "list", "--json")
    assert listed.returncode == 0 and listed.stdout.count('"id"') == 5, listed.stderr
    for args in (
        ["show", "1"],
        ["check"],
        ["export", tmp_path / "e.json"],
        ["backup", tmp_path / "b.sqlite"],
    ):
        done = photobook("--library", lib, *args)
        assert done.returncode == 0 and "Traceback" not in done.stderr, (args, done.stderr)
    (tmp_path / "c.json").write_text('{"format": "photobook-catalog", "version": 1, "photos": []}')
    for args in (["index", root], ["import", tmp_path / "c.json"], ["remove-source", "--yes", root]):
        done = photobook("--library", lib, *args)
        assert done.returncode == 3 and done.stderr.count("\n") == 1, (args, done.stderr)
        assert "is read-only" in done.stderr and "nothing was changed" in done.stderr
    assert sorted(p.name for p in lib.iterdir()) == ["catalog.sqlite", "thumbs.sqlite"]


def test_the_window_says_read_only_in_its_title(readonly_library, qtbot):
    pytest.importorskip("pytestqt")
    from photobook.db.engine import open_library
    from photobook.ui.app import create_application
    from photobook.ui.main_window import MainWindow
    from photobook.ui.settings import Settings

    lib, _root = readonly_library
    create_application()
    library = open_library(lib, readonly=None)  # as the window opens it
    assert library.readonly
    w = MainWindow(library, Settings(lib.parent / "settings.ini"), restore=False)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
    assert "read-only" in w.windowTitle() or "lecture seule" in w.windowTitle()
    w.close()
    w.shutdown()
    library.close()
