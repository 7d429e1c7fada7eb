"""Several photobooks on one library for a while: four writers and two readers, real processes.

    python tools/stress_catalog.py [--minutes 3] [--dir /tmp/photobook-stress]

Writers: ``index`` (of two folders whose files are touched between runs, so it rewrites records),
``import`` (captions for one folder, new text each time), ``remove-source`` then ``index`` of a
third folder, and archivist edits through services.edits in one process. Readers: ``list``,
``show``, ``check`` and ``export``. At the end: every process's exit code, any traceback, SQLite's
integrity_check, and the counts the catalog must hold. Prints a JSON summary; exit 1 on a problem.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from PIL import Image

SIZES = {"a": 1200, "b": 500, "c": 300}


def make_folder(root: Path, n: int, seed: int) -> None:
    for i in range(n):
        d = root / str(1960 + i % 60)
        d.mkdir(parents=True, exist_ok=True)
        img = Image.new("RGB", (96, 64), ((seed * 70 + i) % 256, (i * 7) % 256, (i // 256) % 256))
        img.save(d / f"p{i:05d}.jpg", quality=80)


def photobook(lib: Path, *args: object) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "photobook", "--library", str(lib), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=600,
    )


class Tally:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.runs: dict[str, int] = {}
        self.failures: list[dict] = []
        self.waits = 0

    def record(self, name: str, done: subprocess.CompletedProcess, ok_codes=(0,)) -> None:
        with self.lock:
            self.runs[name] = self.runs.get(name, 0) + 1
            self.waits += done.stderr.count("waiting for another photobook")
            if done.returncode not in ok_codes or "Traceback" in done.stderr:
                self.failures.append({"who": name, "code": done.returncode, "stderr": done.stderr[-2000:]})


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=3.0)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/photobook-stress"))
    args = ap.parse_args()
    base = args.dir
    shutil.rmtree(base, ignore_errors=True)
    folders = {k: base / k for k in SIZES}
    for seed, (k, n) in enumerate(SIZES.items()):
        make_folder(folders[k], n, seed)
    lib = base / "lib"
    first = photobook(lib, "index", folders["a"], folders["b"], folders["c"])
    assert first.returncode == 0, first.stderr
    files_a = sorted(folders["a"].rglob("*.jpg"))
    stop = time.monotonic() + args.minutes * 60
    tally = Tally()
    last_import: dict[str, str] = {}

    def indexer() -> None:
        rnd = random.Random(1)
        while time.monotonic() < stop:
            for f in rnd.sample(files_a, 100):  # changed files: the index rewrites their records
                os.utime(f, ns=(time.time_ns(), time.time_ns()))
            tally.record("index", photobook(lib, "index", folders["a"], folders["b"], "--workers", "1"))

    def importer() -> None:
        n = 0
        while time.monotonic() < stop:
            n += 1
            photos = [
                {
                    "path": str(f.relative_to(folders["a"])),
                    "captions": {"fr": {"title": f"import {n}", "text": f"légende {n} de {f.name}"}},
                }
                for f in files_a[:400]
            ]
            path = base / "captions.json"
            tmp = base / "captions.json.tmp"
            tmp.write_text(json.dumps({"format": "photobook-catalog", "version": 1, "photos": photos}))
            tmp.replace(path)
            done = photobook(lib, "import", path, "--source", folders["a"])
            tally.record("import", done)
            if done.returncode == 0:
                last_import["title"] = f"import {n}"

    def remover() -> None:
        while time.monotonic() < stop:
            tally.record("remove-source", photobook(lib, "remove-source", "--yes", folders["c"]))
            tally.record("index-c", photobook(lib, "index", folders["c"], "--workers", "0"))

    def editor() -> None:
        code = (
            "import random, sys, time\n"
            "from sqlalchemy import select\n"
            "from photobook.db.engine import open_library\n"
            "from photobook.db.models import Photo, Source\n"
            "from photobook.services import edits\n"
            "lib = open_library(sys.argv[1]); stop = time.monotonic() + float(sys.argv[2]); n = 0\n"
            "rnd = random.Random(2)\n"
            "while time.monotonic() < stop:\n"
            "    with lib.Session() as s, s.begin():\n"
            "        ids = s.scalars(select(Photo.id).join(Source).where(Source.path.like('%/b')).limit(500)).all()\n"
            "        for pid in rnd.sample(ids, min(20, len(ids))):\n"
            "            edits.set_status(s, [pid], rnd.choice(['draft', 'reviewed', 'published']))\n"
            "            edits.set_fields(s, pid, notes=f'edit {n}')\n"
            "        edits.finish(s, ids)\n"
            "    n += 1\n"
            "print(n)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code, str(lib), str(stop - time.monotonic())],
            capture_output=True,
            text=True,
            timeout=900,
        )
        tally.record("edit", done)
        tally.runs["edit transactions"] = int(done.stdout.strip() or 0)

    def reader(k: int) -> None:
        rnd = random.Random(10 + k)
        while time.monotonic() < stop:
            what = rnd.choice(
                [
                    ("list", "--limit", "50"),
                    ("list", "--json"),
                    ("show", rnd.randint(1, 2000)),
                    ("check",),
                    ("export", base / f"export{k}.json"),
                    ("list", "--problems"),
                ]
            )
            tally.record(
                f"read:{what[0]}", photobook(lib, *what), ok_codes=(0, 2) if what[0] == "show" else (0,)
            )

    threads = [threading.Thread(target=t) for t in (indexer, importer, remover, editor)]
    threads += [threading.Thread(target=reader, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    final_c = photobook(lib, "index", folders["c"], "--workers", "0")  # c was perhaps just removed
    tally.record("index-c", final_c)

    con = sqlite3.connect(lib / "catalog.sqlite")
    integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
    fk = con.execute("PRAGMA foreign_key_check").fetchall()
    photos = con.execute("SELECT count(*) FROM photos").fetchone()[0]
    missing = con.execute("SELECT count(*) FROM photos WHERE missing").fetchone()[0]
    titled = con.execute(
        "SELECT count(*) FROM captions WHERE lang = 'fr' AND title = ?", (last_import.get("title", ""),)
    ).fetchone()[0]
    con.close()
    summary = {
        "minutes": args.minutes,
        "runs": tally.runs,
        "waiting_messages": tally.waits,
        "failures": tally.failures,
        "tracebacks": sum("Traceback" in f["stderr"] for f in tally.failures),
        "integrity_check": integrity,
        "foreign_key_violations": len(fk),
        "photos": photos,
        "expected_photos": sum(SIZES.values()),
        "missing": missing,
        "last_import_titles": titled,
        "expected_last_import_titles": 400,
    }
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    ok = (
        not tally.failures
        and integrity == "ok"
        and not fk
        and photos == sum(SIZES.values())
        and missing == 0
        and titled == 400
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
