"""Several photobook processes on one catalog: writers take turns and say when they wait, readers
never break a writer, nothing is half applied.

The tests hold SQLite's write lock themselves (BEGIN IMMEDIATE on the catalog) as a gate: every
writer started meanwhile must say that it is waiting (a handshake read from its stderr), and all of
them go on once the gate opens. No sleep is used to order anything.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from photobook.db import queries as q
from photobook.db.engine import CATALOG_FILE, WAITING, open_library
from photobook.indexer.scan import REMOVED_MEANWHILE, index_paths
from photobook.services.sources import remove_source

from .indexer.hostile import jpeg

ENV = {**os.environ, "PHOTOBOOK_LOCK_WAIT": "120", "PYTHONUNBUFFERED": "1"}


def photobook(lib: Path, *args: object) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "photobook", "--library", str(lib), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )


def finish(proc: subprocess.Popen) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out, err


def make_archive(root: Path, n: int, seed: int = 0) -> Path:
    for i in range(n):
        d = root / str(1980 + i % 20)
        d.mkdir(parents=True, exist_ok=True)
        (d / f"p{i}.jpg").write_bytes(jpeg((64, 48), color=(seed, i % 256, i // 256)))
    return root


class WriteLock:
    """The catalog's write lock, held by the test."""

    def __init__(self, lib: Path) -> None:
        self.con = sqlite3.connect(lib / CATALOG_FILE, isolation_level=None, timeout=60)
        self.con.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.con.execute("COMMIT")
        self.con.close()


def says_waiting(proc: subprocess.Popen) -> None:
    line = proc.stderr.readline()  # blocks until the writer has reached the lock
    assert line.strip() == f"photobook: {WAITING}", line + (proc.stderr.read() if not line else "")


def count(lib: Path) -> int:
    lib_ = open_library(lib)
    try:
        with lib_.Session() as s:
            return q.count(s)
    finally:
        lib_.close()


def test_writers_wait_their_turn_say_so_and_all_finish(tmp_path):
    lib = tmp_path / "lib"
    a, b = make_archive(tmp_path / "a", 60), make_archive(tmp_path / "b", 40, seed=1)
    assert finish(photobook(lib, "index", a, "--workers", "0"))[0] == 0
    captions = {
        "format": "photobook-catalog",
        "version": 1,
        "photos": [
            {
                "path": f"{1980 + i % 20}/p{i}.jpg",
                "captions": {"fr": {"title": f"Titre {i}", "text": ""}},
                "themes": ["port"],
            }
            for i in range(60)
        ],
    }
    (tmp_path / "c.json").write_text(json.dumps(captions), encoding="utf-8")

    gate = WriteLock(lib)
    writers = [
        photobook(lib, "index", a, b, "--workers", "1"),
        photobook(lib, "index", b, "--workers", "0"),
        photobook(lib, "import", tmp_path / "c.json", "--source", a),
    ]
    for w in writers:
        says_waiting(w)
    gate.release()
    results = [finish(w) for w in writers]
    assert [r[0] for r in results] == [0, 0, 0], results
    assert not any("Traceback" in r[2] for r in results)
    assert "updated 60" in results[2][1]
    lib_ = open_library(lib)
    with lib_.Session() as s:
        recs = [r.as_json() for r in q.photo_records(s, q.photo_ids(s))]
        problems = q.problems(s)
    lib_.close()
    assert len(recs) == 100 and problems == []
    titled = [r for r in recs if r["titles"].get("fr", "").startswith("Titre")]
    assert len(titled) == 60 and all(r["themes"] == ["port"] for r in titled)


def wait_for_source(lib: Path, proc: subprocess.Popen) -> None:
    """Until the index has registered its folder (a condition read from the catalog)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        if (lib / CATALOG_FILE).exists():
            con = sqlite3.connect(f"file:{lib / CATALOG_FILE}?mode=ro", uri=True, timeout=60)
            try:
                if con.execute("SELECT count(*) FROM sources").fetchone()[0]:
                    return
            except sqlite3.OperationalError:  # the schema is not there yet
                pass
            finally:
                con.close()
        time.sleep(0.01)  # polling a condition, not ordering by time
    raise AssertionError("the index never registered its folder")


def test_readers_during_a_first_index_do_not_break_it(tmp_path):
    lib = tmp_path / "lib"
    a = make_archive(tmp_path / "a", 1200)
    index = photobook(lib, "index", a, "--workers", "1")
    wait_for_source(lib, index)
    for args in (
        ("list", "--limit", "2"),
        ("list", "--problems"),
        ("check",),
        ("export", tmp_path / "e.json"),
        ("show", "1"),
        ("list", "--json"),
    ):
        code, _out, err = finish(photobook(lib, *args))
        assert "Traceback" not in err and code in (0, 2), (args, err)  # show 1: perhaps not there yet
    code, out, err = finish(index)
    assert code == 0 and "Traceback" not in err and out.startswith("indexed 1200,"), (out, err)
    assert count(lib) == 1200


def test_remove_source_during_an_index_stops_that_folder_cleanly(tmp_path):
    lib = tmp_path / "lib"
    a = make_archive(tmp_path / "a", 1600)
    index = photobook(lib, "index", a, "--workers", "1")
    wait_for_source(lib, index)
    gate = WriteLock(lib)
    (catalogued,) = gate.con.execute("SELECT count(*) FROM photos").fetchone()
    remover = photobook(lib, "remove-source", "--yes", a)
    says_waiting(remover)
    gate.release()
    code, out, err = finish(remover)
    assert code == 0 and "Traceback" not in err, err
    code, out, err = finish(index)
    assert code == 0 and "Traceback" not in err, err
    if catalogued < 1600 - 2 * 500:  # batches were still to come: the index saw the folder go
        assert REMOVED_MEANWHILE.english in out
    assert count(lib) == 0


def test_remove_source_between_two_batches_of_an_index(library, tmp_path):
    a = make_archive(tmp_path / "a", 700)
    other = open_library(library.folder)  # another connection, as another process would have
    removed = []

    def progress(p):
        if p.phase == "metadata" and not removed:
            removed.append(remove_source(other, a))

    report = index_paths(library, [a], workers=0, progress=progress)
    other.close()
    assert removed == [0]
    assert report.failed == [(str(a), REMOVED_MEANWHILE)]
    with library.Session() as s:
        assert q.count(s) == 0 and q.problems(s) == []


def test_backup_and_readers_do_not_wait_for_a_writer(tmp_path):
    lib = tmp_path / "lib"
    a = make_archive(tmp_path / "a", 30)
    assert finish(photobook(lib, "index", a, "--workers", "0"))[0] == 0
    gate = WriteLock(lib)  # a writer in the middle of its transaction
    gate.con.execute("DELETE FROM captions")
    for args in (("backup", tmp_path / "b.sqlite"), ("list", "--json"), ("check",)):
        code, _out, err = finish(photobook(lib, *args))
        assert code == 0 and "waiting" not in err, (args, err)
    gate.release()
    con = sqlite3.connect(tmp_path / "b.sqlite")
    assert con.execute("SELECT count(*) FROM photos").fetchone() == (30,)
    con.close()


def test_a_writer_that_waits_too_long_gives_up_with_one_line(tmp_path):
    lib = tmp_path / "lib"
    a = make_archive(tmp_path / "a", 3)
    assert finish(photobook(lib, "list"))[0] == 0
    gate = WriteLock(lib)
    proc = subprocess.Popen(
        [sys.executable, "-m", "photobook", "--library", str(lib), "index", str(a)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**ENV, "PHOTOBOOK_LOCK_WAIT": "2"},
    )
    code, _out, err = finish(proc)
    gate.release()
    assert code == 3 and "Traceback" not in err
    assert err.splitlines() == [
        f"photobook: {WAITING}",
        "photobook: another photobook has been writing this library for more than 2 s; "
        "try again when it has finished",
    ]
