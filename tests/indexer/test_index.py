"""The indexer as an archivist sees it: what gets catalogued, dated, kept, moved and resumed."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

from photobook.db import queries
from photobook.db.engine import open_library
from photobook.db.storage import ThumbStore
from photobook.indexer.scan import index_paths
from photobook.services import edits

from .hostile import exif_with, jpeg, with_app1, xmp_packet


def records(lib):
    with lib.Session() as s:
        return {r.path: r.as_json() for r in queries.photo_records(s, queries.photo_ids(s))}


def test_camera_date_scan_date_and_folder_date(library, tmp_path):
    root = tmp_path / "a"
    (root / "annees-1980").mkdir(parents=True)
    (root / "2006").mkdir()
    (root / "2006" / "camera.jpg").write_bytes(
        jpeg(exif=exif_with(make="Canon", model="Canon EOS 5D", original="2006:05:04 10:11:12"))
    )
    # a scan of a 1980s print: the scanner's date is the day of the scan, not of the photograph
    (root / "annees-1980" / "scan.jpg").write_bytes(
        jpeg(exif=exif_with(make="EPSON", model="Perfection V850", original="2019:03:12 09:00:00"))
    )
    (root / "undated-scan.jpg").write_bytes(jpeg(exif=exif_with(digitized="2019:03:12 09:00:00")))
    index_paths(library, [root], workers=0)
    r = records(library)
    assert (r["2006/camera.jpg"]["date"], r["2006/camera.jpg"]["date_source"]) == (
        "2006-05-04",
        "exif_capture",
    )
    assert r["2006/camera.jpg"]["reigns"] == ["mohammed-vi"]
    scan = r["annees-1980/scan.jpg"]
    assert (scan["date"], scan["date_source"], scan["reigns"]) == ("198X", "filename", ["hassan-ii"])
    assert scan["digitised_at"].startswith("2019-03-12")
    undated = r["undated-scan.jpg"]
    assert (undated["date"], undated["year"], undated["reigns"]) == ("", None, [])
    assert undated["digitised_at"].startswith("2019-03-12")


def test_orientation_gives_the_displayed_size_and_an_upright_thumbnail(library, tmp_path):
    root = tmp_path / "a"
    root.mkdir()
    # stored 400x200 (landscape pixels) with orientation 6: shown as a 200x400 portrait
    (root / "rotated.jpg").write_bytes(jpeg((400, 200), exif=exif_with(orientation=6)))
    index_paths(library, [root], workers=0)
    rec = records(library)["rotated.jpg"]
    assert (rec["pixel_width"], rec["pixel_height"], rec["width"], rec["height"]) == (400, 200, 200, 400)
    from io import BytesIO

    from PIL import Image

    thumb = Image.open(BytesIO(ThumbStore(library.thumbs_path).get(rec["content_hash"])))
    assert thumb.height > thumb.width


def test_xmp_and_iptc_captions_and_keywords(library, tmp_path):
    root = tmp_path / "a"
    root.mkdir()
    packet = b"http://ns.adobe.com/xap/1.0/\x00" + xmp_packet(
        {"fr": "Le port de Tanger Med", "ar": "ميناء طنجة المتوسط", "en": "The Tanger Med port"},
        ["port", "énergie solaire", "Tanger"],
        title="Tanger Med",
    )
    (root / "2008_port.jpg").write_bytes(with_app1(packet))
    index_paths(library, [root], workers=0)
    rec = records(library)["2008_port.jpg"]
    assert rec["captions"] == {
        "fr": "Le port de Tanger Med",
        "ar": "ميناء طنجة المتوسط",
        "en": "The Tanger Med port",
    }
    assert set(rec["themes"]) == {"port", "solar"}
    assert rec["keywords"] == "Tanger"
    with library.Session() as s:  # the caption is searchable, whatever the accents
        assert queries.photo_ids(s, queries.PhotoFilter(search="tanger med")) == [rec["id"]]
        assert queries.photo_ids(s, queries.PhotoFilter(search="طنجة")) == [rec["id"]]


def test_unchanged_files_are_skipped_and_a_move_keeps_the_record(library, tmp_path):
    root = tmp_path / "a"
    (root / "old").mkdir(parents=True)
    (root / "old" / "p.jpg").write_bytes(jpeg(color=(1, 2, 3)))
    (root / "q.jpg").write_bytes(jpeg(color=(9, 9, 9)))
    first = index_paths(library, [root], workers=0)
    assert first.indexed == 2
    pid = records(library)["old/p.jpg"]["id"]
    with library.Session() as s, s.begin():
        edits.set_caption(s, pid, "fr", "Titre", "Légende de l'archiviste")
        edits.set_date(s, pid, "vers 1987")
        edits.finish(s, [pid])
    again = index_paths(library, [root], workers=0)
    assert (again.indexed, again.unchanged) == (0, 2)
    (root / "new").mkdir()
    shutil.move(root / "old" / "p.jpg", root / "new" / "renamed.jpg")
    (root / "q.jpg").unlink()
    moved = index_paths(library, [root], workers=0)
    assert (moved.moved, moved.missing) == (1, 1)
    r = records(library)
    assert r["new/renamed.jpg"]["id"] == pid
    assert r["new/renamed.jpg"]["captions"]["fr"] == "Légende de l'archiviste"
    assert r["new/renamed.jpg"]["date"] == "1987~"
    assert r["q.jpg"]["missing"] is True  # missing, never deleted with its metadata


def test_a_changed_file_keeps_the_archivists_work(library, tmp_path):
    root = tmp_path / "a"
    root.mkdir()
    (root / "1990_x.jpg").write_bytes(jpeg(color=(5, 5, 5)))
    index_paths(library, [root], workers=0)
    pid = records(library)["1990_x.jpg"]["id"]
    with library.Session() as s, s.begin():
        edits.set_date(s, pid, "1991-02-03")
        edits.set_themes(s, pid, ["industry"])
        edits.finish(s, [pid])
    (root / "1990_x.jpg").write_bytes(jpeg((640, 480), color=(6, 6, 6)))  # re-scanned at a new size
    index_paths(library, [root], workers=0)
    rec = records(library)["1990_x.jpg"]
    assert (rec["id"], rec["date"], rec["themes"], rec["width"]) == (pid, "1991-02-03", ["industry"], 640)


def test_worker_processes_give_the_same_catalog(tmp_path):
    from photobook.db.engine import open_library as open_lib

    root = tmp_path / "a"
    root.mkdir()
    for i in range(60):
        (root / f"{1980 + i % 40}-0{1 + i % 9}-1{i % 9}_{i}.jpg").write_bytes(jpeg((64, 48), (i, i, i)))
    out = []
    for workers in (0, 2):
        lib = open_lib(tmp_path / f"lib{workers}")
        report = index_paths(lib, [root], workers=workers)
        assert (report.indexed, report.thumbnails, report.failed) == (60, 60, [])
        out.append(
            {
                p: {k: v for k, v in r.items() if k not in ("id", "created_at", "updated_at")}
                for p, r in records(lib).items()
            }
        )
        lib.close()
    assert out[0] == out[1]


def _make_many(root, n):
    root.mkdir(parents=True)
    base = jpeg((1600, 1200), (30, 60, 90))
    for i in range(n):
        # a unique comment segment makes each file distinct (its own hash and thumbnail)
        com = f"photo {i}".encode()
        data = base[:2] + b"\xff\xfe" + (len(com) + 2).to_bytes(2, "big") + com + base[2:]
        (root / f"{1980 + i % 45}_{i:05d}.jpg").write_bytes(data)


GATED = Path(__file__).with_name("gated_index.py")


class _Lines:
    """A pipe's lines, read in a thread, so that the test waits for one with a time limit."""

    def __init__(self, pipe) -> None:
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self.thread = threading.Thread(target=self._read, args=(pipe,), daemon=True)
        self.thread.start()

    def _read(self, pipe) -> None:
        for line in pipe:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, text: str, timeout: float = 120) -> str:
        while True:
            line = self.lines.get(timeout=timeout)
            assert line is not None, f"the process ended without saying {text!r}: {self.seen}"
            self.seen.append(line)
            if text in line:
                return line

    def rest(self) -> str:
        """Everything the process said (it has ended, or is ending)."""
        self.thread.join(timeout=60)
        while not self.thread.is_alive() and not self.lines.empty():
            line = self.lines.get_nowait()
            if line is not None:
                self.seen.append(line)
        return "\n".join(self.seen)


def _gated_index(mode: str, batch: int, lib_dir, root) -> subprocess.Popen:
    """``photobook index`` with a gate at a known point of the run (see gated_index.py)."""
    cmd = [
        sys.executable,
        str(GATED),
        mode,
        str(batch),
        "--",
        "--library",
        str(lib_dir),
        "index",
        str(root),
        "--workers",
        "2",
    ]
    return subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
        start_new_session=True,
    )


def _end_everything(proc: subprocess.Popen, *pipes: _Lines) -> None:
    """After a test, whatever happened: no process of the run is left, and the pipes are read out."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the command and any worker it started
    except ProcessLookupError:
        pass
    proc.wait()
    for p in pipes:
        p.rest()


def test_killed_in_the_middle_the_catalog_is_consistent_and_the_next_run_resumes(tmp_path):
    root = tmp_path / "scans"
    _make_many(root, 120)
    lib_dir = tmp_path / "lib"
    # killed without warning while the second batch of 40 is written, its transaction still open
    with _gated_index("in-transaction", 40, lib_dir, root) as proc:
        out, err = _Lines(proc.stdout), _Lines(proc.stderr)
        try:
            assert out.wait_for("writing") == "writing 40", err.rest()
            proc.send_signal(signal.SIGKILL)
            assert proc.wait(timeout=30) == -signal.SIGKILL
            out.rest()  # the end of its output: every process that shared it, workers too, is gone
            assert not out.thread.is_alive(), "a worker process outlived the killed indexer"
        finally:
            _end_everything(proc, out, err)
    lib = open_library(lib_dir)
    try:
        with lib.engine.connect() as con:
            assert con.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert con.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        with lib.Session() as s:
            assert len(queries.photo_ids(s)) == 40  # the first batch stays; the one in flight is gone
        report = index_paths(lib, [root], workers=2)
        assert report.unchanged == 40  # what was catalogued stays and is not read again
        assert report.indexed == 80
        with lib.Session() as s:
            assert queries.count(s) == 120
        with ThumbStore(lib.thumbs_path) as store:
            assert store.count() == 120
    finally:
        lib.close()


def test_bad_arguments_exit_non_zero_with_one_line(tmp_path):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "photobook",
            "--library",
            str(tmp_path / "l"),
            "index",
            str(tmp_path / "nope"),
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode != 0
    assert out.stderr.strip().splitlines() == [f"photobook: no such folder: {tmp_path / 'nope'}"]


def test_ctrl_c_stops_after_the_current_batch_and_says_how_to_resume(tmp_path):
    root = tmp_path / "scans"
    _make_many(root, 120)
    lib_dir = tmp_path / "lib"
    with _gated_index("after-commit", 40, lib_dir, root) as proc:
        out, err = _Lines(proc.stdout), _Lines(proc.stderr)
        try:
            assert out.wait_for("committed") == "committed 40", err.rest()
            proc.send_signal(signal.SIGINT)
            # the handshake: the command has heard Ctrl-C; only then does the run go on
            err.wait_for("stopping after the current batch")
            proc.stdin.write("go\n")
            proc.stdin.close()
            assert proc.wait(timeout=120) == 130
            assert "interrupted: run again to resume" in out.rest()
        finally:
            _end_everything(proc, out, err)
    lib = open_library(lib_dir)
    try:
        report = index_paths(lib, [root], workers=2)
        # nothing was committed after the batch in flight when Ctrl-C came
        assert (report.unchanged, report.indexed) == (40, 80)
    finally:
        lib.close()


def test_a_few_new_files_get_the_same_thumbnails_from_worker_processes_started_early(tmp_path):
    """A dozen new files: metadata read in this process, thumbnails in worker processes started
    before the metadata pass; the catalog and the thumbnails are those of a run without workers."""
    root = tmp_path / "few"
    _make_many(root, 12)
    made = []
    for workers in (0, None):
        lib = open_library(tmp_path / f"lib{workers}")
        report = index_paths(lib, [root], workers=workers)
        assert (report.indexed, report.thumbnails, report.failed) == (12, 12, [])
        store = ThumbStore(lib.thumbs_path)
        made.append({r["path"]: store.get(r["content_hash"]) for r in records(lib).values()})
        store.close()
        lib.close()
    assert made[0] == made[1] and all(made[0].values())
