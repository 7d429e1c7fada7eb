"""``photobook bench``: speed and memory figures on a synthetic workload, printed as one JSON object.

Nothing here asserts: the figures are for people (and the issue notes) to compare with the targets.
Every workload is built in a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import io
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGETS = {
    "thumbnails_24mp_per_s": ">= 18 on 2 cores",
    "thumbnails_24mp_vs_vips": ">= 1.0 (photobook index over vipsthumbnail, one process per core, same files)",
    "metadata_pass_files_per_s": ">= 1000",
    "rescan_100k_s": "< 1.0",
    "rescan_command_s": "< 1.5 (100,000 unchanged files, thumbnail phase included)",
    "query_filter_ms": "< 5",
    "query_year_counts_ms": "< 15",
    "query_year_counts_published_ms": "< 15",
    "query_fulltext_ms": "< 5",
    "insert_rows_per_s": ">= 10000",
    "index_peak_rss_mb": "< 500 (10,000 photos)",
    "cli_list_10k_s": "< 0.3 beyond start-up (list --json, 10,000 rows)",
    "gui_first_paint_s": "< 1.0",
    "gui_window_first_paint_s": "< 1.0 (the real main window, from the start of the process)",
    "gui_zoom_first_frame_ms": "< 16 (the real main window)",
    "gui_max_stall_ms": "< 16 (the GUI thread at start)",
    "gui_frame_ms": "< 16 each",
    "gui_filter_ms": "< 50",
    "gui_rss_mb": "< 400",
    "present_step_ms": "< 50 (the next photograph decoded ahead)",
    "present_flight_frame_ms": "< 16 (a frame of a flight, every photograph a slide)",
    "duplicates_100k_s": "< 2 (near-duplicate lookup and grouping, 100,000 perceptual hashes)",
    "kiosk_soak_rss_growth_mb": "< 10 (a fixed number of simulated visits after a warm-up)",
}


def _machine() -> dict[str, Any]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from PIL import __version__ as pillow

    return {
        "cpus": os.cpu_count(),
        "cpu": model or platform.processor(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "pillow": pillow,
        "sqlite": sqlite3.sqlite_version,
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
        if hasattr(os, "sysconf")
        else None,
    }


def _photo_jpeg(width: int, height: int, seed: int = 1) -> bytes:
    """A photograph-like JPEG (gradients, texture and noise: realistic entropy) with camera EXIF."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    small = Image.new("RGB", (width // 8, height // 8))
    draw = ImageDraw.Draw(small)
    for y in range(small.height):
        t = y / small.height
        draw.line([(0, y), (small.width, y)], fill=(int(90 + 120 * t), int(140 + 60 * t), int(200 - 80 * t)))
    for _ in range(60):
        x, y = rng.randrange(small.width), rng.randrange(small.height // 3, small.height)
        w, h = rng.randrange(10, 120), rng.randrange(10, 90)
        draw.rectangle([x, y, x + w, y + h], fill=tuple(rng.randrange(30, 220) for _ in range(3)))
    img = small.resize((width, height), Image.Resampling.BILINEAR)
    noise = Image.effect_noise((width, height), 28).convert("RGB")
    img = Image.blend(img, noise, 0.18).filter(ImageFilter.SHARPEN)
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0112] = "Canon", "Canon EOS 5D Mark IV", 1
    exif.get_ifd(0x8769)[0x9003] = "2016:02:04 11:30:00"
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90, exif=exif)
    return buf.getvalue()


def _distinct_copies(data: bytes, folder: Path, n: int, prefix: str) -> None:
    """n copies of a JPEG, each made distinct (own hash) by a comment segment after SOI."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        com = f"{prefix} copy {i}".encode()
        seg = b"\xff\xfe" + (len(com) + 2).to_bytes(2, "big") + com
        (folder / f"{prefix}_{i:05d}.jpg").write_bytes(data[:2] + seg + data[2:])


def _timed_ms(fn: Callable[[], Any], repeat: int = 7) -> float:
    fn()  # warm
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 2)


def bench_thumbnails(tmp: Path, out: dict[str, Any], quick: bool, say: Callable[[str], None]) -> None:
    from photobook.db.engine import open_library
    from photobook.indexer.scan import index_paths

    n = 8 if quick else 40
    for label, (w, h) in (("24mp", (6000, 4000)), ("12mp", (4240, 2832))):
        say(f"thumbnails: {n} JPEGs of {w}×{h}")
        folder = tmp / f"thumbs_{label}"
        _distinct_copies(_photo_jpeg(w, h), folder, n, label)
        lib = open_library(tmp / f"lib_thumbs_{label}")
        report = index_paths(lib, [folder])
        lib.close()
        out[f"thumbnails_{label}_per_s"] = round(report.thumbnails_per_s, 1)
        out[f"thumbnails_{label}_count"] = report.thumbnails
        out[f"jpeg_{label}_mb"] = round((folder / f"{label}_00000.jpg").stat().st_size / 2**20, 1)


def bench_vs_vips(tmp: Path, out: dict[str, Any], quick: bool, say: Callable[[str], None]) -> None:
    """24 MP indexing as a user runs it (``photobook index``: metadata, hash, thumbnail, catalog
    row, the command's start-up included) beside ``vipsthumbnail`` making the thumbnails alone, one
    process per core, on the same files. Alternated runs, medians; ``thumbnails_24mp_vs_vips`` is
    photobook's pace over vips's (the issue's target: >= 1.0). CPU figures are the children's own
    accounting, steadier than wall time on a shared machine."""
    import resource

    from photobook.indexer.thumbs import THUMB_SIZE

    exe = shutil.which("vipsthumbnail")
    if exe is None:
        raise RuntimeError("vipsthumbnail is not installed (Debian: libvips-tools)")
    n = 8 if quick else 120  # an ingest of a few boxes of prints: start-up counts, as for a user
    folder = tmp / "vs_vips"
    _distinct_copies(_photo_jpeg(6000, 4000), folder, n, "vips")
    files = sorted(str(p) for p in folder.glob("*.jpg"))
    cores = os.cpu_count() or 1
    say(f"vips: photobook index vs vipsthumbnail ({cores} processes), {n} JPEGs of 6000×4000")

    def vips() -> tuple[float, float]:
        target = tmp / "vips_out"
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        cmd = [exe, "--size", str(THUMB_SIZE), "-o", str(target / "%s.jpg")]
        procs = [subprocess.Popen([*cmd, *files[i::cores]]) for i in range(cores)]
        if any(p.wait() != 0 for p in procs):
            raise RuntimeError("vipsthumbnail failed")
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    def index() -> tuple[float, float]:
        lib = tmp / "lib_vs_vips"
        shutil.rmtree(lib, ignore_errors=True)
        return _command_s(["--library", str(lib), "index", str(folder)])

    vips(), index()  # warm: page cache, .pyc files
    runs: dict[str, list[tuple[float, float]]] = {"vips": [], "index": []}
    for _ in range(1 if quick else 3):
        runs["vips"].append(vips())
        runs["index"].append(index())
    wall = {k: statistics.median(w for w, _c in v) for k, v in runs.items()}
    cpu = {k: statistics.median(c for _w, c in v) for k, v in runs.items()}
    out["thumbnails_24mp_index_per_s"] = round(n / wall["index"], 1)
    out["thumbnails_24mp_vips_per_s"] = round(n / wall["vips"], 1)
    out["thumbnails_24mp_vs_vips"] = round(wall["vips"] / wall["index"], 2)
    out["thumbnails_24mp_index_cpu_ms"] = round(cpu["index"] * 1000 / n, 1)
    out["thumbnails_24mp_vips_cpu_ms"] = round(cpu["vips"] * 1000 / n, 1)
    out["thumbnails_24mp_vs_vips_cpu"] = round(cpu["vips"] / cpu["index"], 2)


def bench_metadata(tmp: Path, out: dict[str, Any], quick: bool, say: Callable[[str], None]) -> None:
    from photobook.db.engine import open_library
    from photobook.indexer.scan import index_paths

    n = 1000 if quick else 5000
    say(f"metadata pass: {n} files")
    folder = tmp / "meta"
    _distinct_copies(_photo_jpeg(1600, 1200, seed=3), folder, n, "meta")
    lib = open_library(tmp / "lib_meta")
    report = index_paths(lib, [folder], thumbnails=False)
    lib.close()
    out["metadata_pass_files_per_s"] = round(report.metadata_files_per_s, 1)
    out["metadata_pass_files"] = n


LINKS_PER_FILE = 50_000  # ext4 allows 65,000 hard links to one inode


def _thumbnail_blob() -> bytes:
    """A thumbnail as the indexer stores it: a 256 px JPEG of a detailed photograph (~17 KB)."""
    from PIL import Image

    from photobook.indexer.thumbs import make_thumbnail

    data, _w, _h = make_thumbnail(Image.open(io.BytesIO(_photo_jpeg(256, 192, seed=11))), 1)
    return data


def bench_rescan(tmp: Path, out: dict[str, Any], n: int, say: Callable[[str], None]) -> None:
    """n unchanged files (hard links of small JPEGs, 1,000 per folder) already in the catalog, each
    with its thumbnail in the cache: what a second `photobook index` of the same folders meets."""
    from photobook.db.engine import open_library
    from photobook.db.models import utcnow
    from photobook.db.queries_sources import add_source
    from photobook.db.queries_synthetic import insert_photo_rows
    from photobook.db.storage import ThumbStore
    from photobook.indexer.scan import index_paths

    say(f"rescan: {n} unchanged files")
    root = tmp / "rescan"
    root.mkdir()
    data = _photo_jpeg(320, 240, seed=5)
    originals: list[Path] = []
    rels = []
    for i in range(n):
        if i % LINKS_PER_FILE == 0:  # a fresh original (same bytes, same mtime) every 50,000 links
            originals.append(root / f"original_{len(originals)}.jpg")
            originals[-1].write_bytes(data)
            if len(originals) > 1:
                first = originals[0].stat()
                os.utime(originals[-1], ns=(first.st_atime_ns, first.st_mtime_ns))
        d = root / f"d{i // 1000:03d}"
        if i % 1000 == 0:
            d.mkdir()
        os.link(originals[-1], d / f"p{i:06d}.jpg")
        rels.append(f"d{i // 1000:03d}/p{i:06d}.jpg")
    st = originals[0].stat()
    for original in originals:
        original.unlink()
    lib = open_library(tmp / "lib_rescan")
    with lib.Session() as s, s.begin():
        src_id = add_source(s, os.fsencode(root.resolve()))
        now = utcnow()
        rows = [
            {
                "source_id": src_id,
                "path_bytes": r.encode(),
                "path": r,
                "content_hash": f"{i:032x}",
                "size": st.st_size,
                "mtime_ns": st.st_mtime_ns,
                "created_at": now,
                "updated_at": now,
                "search_text": "",
            }
            for i, r in enumerate(rels)
        ]
        for i in range(0, n, 10000):
            insert_photo_rows(s, rows[i : i + 10000])
    say(f"rescan: {n} thumbnails in the cache")
    blob = _thumbnail_blob()
    store = ThumbStore(lib.thumbs_path)
    for i in range(0, n, 5000):
        store.put_many((f"{k:032x}", 256, 192, blob) for k in range(i, min(n, i + 5000)))
    store.close()
    out["rescan_thumbnail_kb"] = round(len(blob) / 1024, 1)
    index_paths(lib, [root])  # warm the page cache, as a second run would be
    t = time.perf_counter()
    report = index_paths(lib, [root], thumbnails=False)
    elapsed = time.perf_counter() - t
    t = time.perf_counter()
    report_thumbs = index_paths(lib, [root])
    elapsed_thumbs = time.perf_counter() - t
    lib.close()
    assert report.unchanged == n, report.as_dict()
    assert (report_thumbs.unchanged, report_thumbs.thumbnails) == (n, 0), report_thumbs.as_dict()
    out["rescan_files"] = n
    out["rescan_s"] = round(elapsed, 3)
    out["rescan_100k_s"] = round(elapsed * 100_000 / n, 3)
    out["rescan_with_thumbnail_check_s"] = round(elapsed_thumbs, 3)
    if n != 100_000:
        out["rescan_100k_s_extrapolated"] = True
    # the whole command, as a user runs it (process start, imports, open, walk, compare, and the
    # thumbnail phase finding every thumbnail already made); then the same without that phase
    for key, extra in (("rescan_command_s", []), ("rescan_command_metadata_only_s", ["--no-thumbnails"])):
        t = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "photobook",
                "--library",
                str(tmp / "lib_rescan"),
                "index",
                str(root),
                *extra,
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        out[key] = round(time.perf_counter() - t, 3)


def _catalog_library(tmp: Path, rows: int, keep: Path | None) -> Path:
    """The folder of the query catalog: under ``keep`` (one per row count, kept between runs) or
    in the run's temporary folder."""
    return keep / f"catalog-{rows}" if keep is not None else tmp / "lib_query"


def bench_catalog(
    tmp: Path, out: dict[str, Any], rows: int, say: Callable[[str], None], keep: Path | None = None
) -> Path:
    """Bulk insert rate and query times on a synthetic catalog of ``rows`` photographs. With
    ``keep``, the catalog is built once under that folder and reused by the next runs (building a
    million rows takes minutes); the insert rate is then not measured."""
    from photobook.db.engine import open_library
    from photobook.services.synthetic import populate

    folder = _catalog_library(tmp, rows, keep)
    reuse = keep is not None and (folder / "catalog.sqlite").exists() and (folder / "populated").exists()
    if not reuse:
        if keep is None:  # a kept catalog is a large one: its insert rate would double the build
            bench_insert_rate(tmp, out, rows, say)
        if folder.exists():  # a build that did not finish
            shutil.rmtree(folder)
        say(f"catalog: {rows} synthetic photographs with captions, themes and reigns")
        folder.mkdir(parents=True, exist_ok=True)
        lib = open_library(folder)
        t = time.perf_counter()
        populate(lib, rows)
        out["populate_rows_per_s"] = round(rows / (time.perf_counter() - t))
        lib.close()
        (folder / "populated").write_text(f"{rows}\n")
    else:
        say(f"catalog: reusing {folder}")
    out["catalog_rows"] = rows
    out["catalog_mb"] = round((folder / "catalog.sqlite").stat().st_size / 2**20, 1)
    lib = open_library(folder)
    try:
        bench_queries(lib, out, say)
    finally:
        lib.close()
    return folder


def bench_insert_rate(tmp: Path, out: dict[str, Any], rows: int, say: Callable[[str], None]) -> None:
    from photobook.db.engine import open_library
    from photobook.db.models import utcnow
    from photobook.db.queries_synthetic import insert_photo_rows, source_id

    say(f"catalog: bulk insert of {rows} rows")
    lib = open_library(tmp / "lib_ins")
    with lib.Session() as s, s.begin():
        src_id = source_id(s, "/bench")
        now = utcnow()
        elapsed = 0.0
        for start in range(0, rows, 10000):
            batch = [
                {
                    "source_id": src_id,
                    "path_bytes": f"p/{i:07d}.jpg".encode(),
                    "path": f"p/{i:07d}.jpg",
                    "content_hash": f"{i:032x}",
                    "size": 1000 + i,
                    "mtime_ns": i,
                    "date_edtf": "1990",
                    "day_start": 726468,
                    "day_end": 726832,
                    "year": 1990,
                    "status": "draft",
                    "search_text": f"photographie {i} casablanca port",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(start, min(rows, start + 10000))
            ]
            t = time.perf_counter()
            insert_photo_rows(s, batch)
            elapsed += time.perf_counter() - t
    out["insert_rows_per_s"] = round(rows / elapsed)
    lib.close()
    shutil.rmtree(tmp / "lib_ins", ignore_errors=True)


def bench_queries(lib: Any, out: dict[str, Any], say: Callable[[str], None]) -> None:
    """The catalog's hot queries, as the window, the kiosk and the CLI run them (medians)."""
    from datetime import date

    from photobook.db import queries as q
    from photobook.services import timeline_window as tw

    say("catalog: queries")
    with lib.Session() as s:
        f = q.PhotoFilter(
            year_from=1985,
            year_to=2005,
            reigns=("hassan-ii",),
            themes=("logistics",),
            statuses=("published",),
        )
        out["query_filter_ms"] = _timed_ms(lambda: q.photo_ids(s, f, limit=200))
        out["query_count_ms"] = _timed_ms(lambda: q.count(s))
        out["query_year_counts_ms"] = _timed_ms(lambda: q.year_counts(s))
        published = q.PhotoFilter(statuses=("published",))  # what the kiosk shows
        out["query_year_counts_published_ms"] = _timed_ms(lambda: q.year_counts(s, published))
        out["query_year_counts_filtered_ms"] = _timed_ms(
            lambda: q.year_counts(s, q.PhotoFilter(statuses=("published",), reigns=("mohammed-vi",)))
        )
        out["query_reign_counts_ms"] = _timed_ms(lambda: q.reign_counts(s))
        out["query_reign_counts_published_ms"] = _timed_ms(lambda: q.reign_counts(s, published))
        # two themes checked in the filter panel: no summary counts their union
        out["query_reign_counts_two_themes_ms"] = _timed_ms(
            lambda: q.reign_counts(s, q.PhotoFilter(themes=("solar", "wind"))), repeat=3
        )
        out["query_fulltext_ms"] = _timed_ms(
            lambda: q.photo_ids(s, q.PhotoFilter(search="tanger"), limit=200)
        )
        out["query_fulltext_two_words_ms"] = _timed_ms(
            lambda: q.photo_ids(s, q.PhotoFilter(search="port tanger"), limit=200)
        )
        out["query_fulltext_count_ms"] = _timed_ms(lambda: q.count(s, q.PhotoFilter(search="laayoune")))
        # a word of 11 letters or more, in every caption: its prefix had no index of its own and was
        # merged whole before the first row (revision 0022); and the same word counted: every match
        # read (no window or command shows a search's count alone today)
        out["query_fulltext_long_word_ms"] = _timed_ms(
            lambda: q.photo_ids(s, q.PhotoFilter(search="photographie"), limit=200)
        )
        out["query_fulltext_count_common_ms"] = _timed_ms(
            lambda: q.count(s, q.PhotoFilter(search="photographie")), repeat=3
        )
        # a word of a few photographs (11 at a million): the walk tried first runs out of steps (issue 12)
        out["query_fulltext_rare_ms"] = _timed_ms(
            lambda: q.photo_ids(s, q.PhotoFilter(search="12345"), limit=200)
        )
        # the filter panel's counts under a word in every caption (themes, reigns, undated:
        # queries.search_counts), alone and with a theme
        out["query_search_panel_counts_ms"] = _timed_ms(
            lambda: q.search_counts(s, q.PhotoFilter(search="photographie")), repeat=3
        )
        out["query_search_theme_panel_counts_ms"] = _timed_ms(
            lambda: q.search_counts(s, q.PhotoFilter(search="photographie", themes=("tourism",))), repeat=3
        )
        out["query_theme_counts_ms"] = _timed_ms(lambda: q.theme_counts(s), repeat=3)
        out["query_theme_counts_status_ms"] = _timed_ms(lambda: q.theme_counts(s, published), repeat=3)
        out["query_theme_counts_year_ms"] = _timed_ms(
            lambda: q.theme_counts(s, q.PhotoFilter(year_from=1985, year_to=1989)), repeat=3
        )
        out["query_timeline_rows_ms"] = _timed_ms(lambda: q.timeline_rows(s), repeat=3)
        out["query_timeline_rows_published_ms"] = _timed_ms(lambda: q.timeline_rows(s, published), repeat=3)
        a, b = date(1990, 1, 1).toordinal(), date(1992, 1, 1).toordinal()
        out["query_buckets_year_ms"] = _timed_ms(lambda: q.bucket_counts(s, q.PhotoFilter(), "year"))
        out["query_buckets_month_2y_ms"] = _timed_ms(lambda: q.bucket_counts(s, published, "month", a, b))
        out["query_span_rows_500_ms"] = _timed_ms(lambda: q.span_rows(s, q.PhotoFilter(), a, b, limit=500))
        # what the window runs (issue 12): the filter's overview, then the photographs of the days in view
        out["query_timeline_overview_ms"] = _timed_ms(lambda: tw.load_overview(s, q.PhotoFilter()), repeat=3)
        overview = tw.load_overview(s, q.PhotoFilter())
        out["query_timeline_detail_2y_ms"] = _timed_ms(
            lambda: tw.with_detail(s, overview, [(a, b - 1)]), repeat=3
        )


def _command_s(args: list[str], out_path: Path | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of ``python -m photobook ARGS`` as a user runs it, its output to a file.
    CPU (user + system, from the OS's accounting of the finished child) moves less than wall time
    on a machine shared with other work."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    with open(out_path or os.devnull, "wb") as out:
        subprocess.run([sys.executable, "-m", "photobook", *args], check=True, stdout=out)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def bench_cli_list(
    tmp: Path, out: dict[str, Any], quick: bool, say: Callable[[str], None], lib: Path | None = None
) -> None:
    """``photobook list --year 1985:1989 --json`` (and ``--jsonl``) on the catalog part's library, as
    whole commands. Start-up (Python, imports, opening the library, the filter's ids) is the same
    command with ``--limit 0``; ``cli_list_10k_s`` is the time beyond it, per 10,000 rows written
    (``cli_list_10k_cpu_s`` the same in CPU time). Medians of alternating runs (start-up, --json,
    --jsonl), so that a drift of the machine's speed touches all three alike."""
    lib = lib or tmp / "lib_query"
    if not (lib / "catalog.sqlite").exists():
        raise RuntimeError("needs the catalog part's library")
    base = ["--library", str(lib), "list", "--year", "1985:1989"]
    say("cli: photobook list --year 1985:1989 --json / --jsonl")
    json_out = tmp / "list.json"
    _command_s([*base, "--json"], json_out)  # warm: page cache, .pyc files
    runs: dict[str, list[tuple[float, float]]] = {"startup": [], "json": [], "jsonl": []}
    from photobook.db.queries_synthetic import catalog_rows

    big = catalog_rows(lib) > 200_000  # a 1M run takes seconds: fewer repeats
    for _ in range(1 if big else 3 if quick else 5):
        runs["startup"].append(_command_s([*base, "--json", "--limit", "0"]))
        runs["json"].append(_command_s([*base, "--json"], json_out))
        runs["jsonl"].append(_command_s([*base, "--jsonl"]))
    import json

    rows = len(json.loads(json_out.read_bytes()))
    wall = {k: statistics.median(w for w, _c in v) for k, v in runs.items()}
    cpu = {k: statistics.median(c for _w, c in v) for k, v in runs.items()}
    out["cli_list_rows"] = rows
    out["cli_list_json_mb"] = round(json_out.stat().st_size / 2**20, 1)
    for k in ("startup", "json", "jsonl"):
        out[f"cli_list_{k}_s"] = round(wall[k], 3)
        out[f"cli_list_{k}_cpu_s"] = round(cpu[k], 3)
    if rows:
        out["cli_list_10k_s"] = round((wall["json"] - wall["startup"]) * 10_000 / rows, 3)
        out["cli_list_10k_cpu_s"] = round((cpu["json"] - cpu["startup"]) * 10_000 / rows, 3)
        out["cli_list_10k_jsonl_s"] = round((wall["jsonl"] - wall["startup"]) * 10_000 / rows, 3)


# Starts ``python -m photobook ARGS`` and prints its wall seconds and peak resident KiB (wait4). A
# process's peak counts the memory of the process it was forked from (Linux keeps the higher of the
# two at exec): started from the benchmark itself, which holds a million-photograph catalog's pages
# by then, a 80 MB command read as 1.4 GB. This launcher is small, so what it adds is its own ~10 MB.
_LAUNCH = """
import os, sys, time
null = [(os.POSIX_SPAWN_OPEN, fd, os.devnull, os.O_WRONLY, 0) for fd in (1, 2)]
t = time.perf_counter()
pid = os.posix_spawn(sys.executable, [sys.executable, "-m", "photobook", *sys.argv[1:]], os.environ, file_actions=null)
_pid, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - t, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def _command_rss(args: list[str]) -> tuple[float, float]:
    """(wall seconds, peak resident MB) of ``python -m photobook ARGS``, its output discarded: the
    peak is the kernel's own account of that one command (wait4), not a sample, taken through a
    small launcher (:data:`_LAUNCH`) so that the benchmark's own memory does not count in it."""
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCH, *args], capture_output=True, text=True, check=True, timeout=3600
    )
    wall, peak_kib, _status = done.stdout.split()
    return float(wall), int(peak_kib) / 1024  # KiB on Linux


def bench_streaming(
    tmp: Path, out: dict[str, Any], say: Callable[[str], None], lib: Path | None = None
) -> None:
    """Peak memory (and wall time) of ``list --year 1985:1989 --json`` and of ``check`` on the
    catalog part's library: both should stream, so their memory must not grow with the catalog."""
    lib = lib or tmp / "lib_query"
    if not (lib / "catalog.sqlite").exists():
        raise RuntimeError("needs the catalog part's library")
    say("cli: peak memory of list --json and check")
    base = ["--library", str(lib)]
    wall, rss = _command_rss([*base, "list", "--year", "1985:1989", "--json"])
    out["cli_list_s"], out["cli_list_rss_mb"] = round(wall, 2), round(rss, 1)
    wall, rss = _command_rss([*base, "check"])
    out["check_s"], out["check_rss_mb"] = round(wall, 2), round(rss, 1)


def _tree_rss_kb(root_pid: int) -> int:
    """Resident memory of a process and all its descendants (Linux /proc), in KiB."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(entry)] = int(fields.get("PPid", "0").strip() or 0)
        rss[int(entry)] = int((fields.get("VmRSS", "0 kB").split() or ["0"])[0])
    tree, frontier = {root_pid}, [root_pid]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(rss.get(p, 0) for p in tree)


def bench_index_memory(tmp: Path, out: dict[str, Any], n: int, say: Callable[[str], None]) -> None:
    """Peak resident memory of `photobook index` over n photos: the command and its worker
    processes together, sampled every 0.2 s."""
    say(f"memory: indexing {n} photos")
    folder = tmp / "mem"
    _distinct_copies(_photo_jpeg(1600, 1200, seed=9), folder, n, "mem")
    t = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "photobook", "--library", str(tmp / "lib_mem"), "index", str(folder)],
        stdout=subprocess.DEVNULL,
    )
    peak = 0
    while proc.poll() is None:
        if Path("/proc").is_dir():
            peak = max(peak, _tree_rss_kb(proc.pid))
        time.sleep(0.2)
    if proc.returncode != 0:
        raise RuntimeError(f"photobook index failed with exit code {proc.returncode}")
    out["index_seconds"] = round(time.perf_counter() - t, 1)
    out["index_peak_rss_mb"] = round(peak / 1024, 1) if peak else None
    out["index_memory_photos"] = n


def bench_duplicates(out: dict[str, Any], n: int, say: Callable[[str], None]) -> None:
    """Near-duplicate lookup on ``n`` random 64-bit hashes with 1,000 planted groups of 2–4
    near-copies (0 to the default distance bits apart), grouped as ``photobook duplicates`` does;
    wall and CPU time, and how many planted groups were found whole."""
    import random

    import numpy as np

    from photobook.core.duplicates import DEFAULT_DISTANCE, groups, near_pairs

    say(f"duplicates: {n:,} perceptual hashes")
    rnd = random.Random(7)
    hashes = [rnd.getrandbits(64) for _ in range(n)]
    planted: list[list[int]] = []
    slots = rnd.sample(range(n), 4000)
    for g in range(1000):
        members = slots[4 * g : 4 * g + rnd.randint(2, 4)]
        for m in members[1:]:
            v = hashes[members[0]]
            for bit in rnd.sample(range(64), rnd.randint(0, DEFAULT_DISTANCE // 2)):
                v ^= 1 << bit  # half the distance from the first: every two within the distance
            hashes[m] = v
        planted.append(sorted(members))
    values = np.array(hashes, dtype=np.uint64)
    best_wall, best_cpu, found = float("inf"), float("inf"), []
    for _ in range(3):
        t, c = time.perf_counter(), time.process_time()
        pairs = near_pairs(values, DEFAULT_DISTANCE)
        found = groups(map(tuple, pairs.tolist()))
        best_wall = min(best_wall, time.perf_counter() - t)
        best_cpu = min(best_cpu, time.process_time() - c)
    whole = {tuple(g) for g in found}
    out["duplicates_hashes"] = n
    out["duplicates_100k_s"] = round(best_wall * 100_000 / n, 3)
    out["duplicates_100k_cpu_s"] = round(best_cpu * 100_000 / n, 3)
    out["duplicates_groups_found"] = len(found)
    out["duplicates_planted_found"] = sum(tuple(g) in whole for g in planted)
    out["duplicates_planted"] = len(planted)


def bench_main_window(out: dict[str, Any], rows: int, quick: bool, say: Callable[[str], None]) -> None:
    """The real main window on the same synthetic catalog (issue 12; ``ui/bench_window.py``): first
    paint, the longest stall at start, the first frame after a zoom, a theme filter, memory. Its
    ``gui_filter_ms`` and ``gui_rss_mb`` replace the timeline widget's, which stay under
    ``gui_timeline_widget_*``."""
    from photobook.ui.bench_gui import bench_library
    from photobook.ui.bench_window import run as window_run

    say("gui: the real main window, offscreen")
    lib = bench_library(rows)
    folder = str(lib.folder)
    lib.close()
    for key in ("gui_filter_ms", "gui_rss_mb"):
        if key in out:
            out["gui_timeline_widget_" + key[4:]] = out.pop(key)
    out.update(window_run(folder, runs=1 if quick else 3))


#: The kiosk soak's fixed size: (cycles, warm-up cycles, photographs), quick and full.
KIOSK_SOAK = {True: (60, 10, 1000), False: (200, 20, 3000)}


def bench_kiosk_soak(out: dict[str, Any], quick: bool, say: Callable[[str], None]) -> None:
    """Simulated kiosk visits (taps, swipes, language and theme changes, idle countdown, attract
    loop) in a process of their own, offscreen: ``kiosk_soak_rss_growth_mb`` is its resident
    memory growth after the warm-up (``photobook.ui.views.kiosk.soak``)."""
    import json

    cycles, warmup, photos = KIOSK_SOAK[quick]
    say(f"kiosk: soak of {cycles} visits over {photos} photographs")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "photobook.ui.views.kiosk.soak"]
    cmd += ["--cycles", str(cycles), "--warmup", str(warmup), "--photos", str(photos)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=3600, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"kiosk soak failed: {proc.stderr.strip().splitlines()[-1:]}")
    result = json.loads(proc.stdout)
    out["kiosk_soak_rss_growth_mb"] = result["kiosk_soak_rss_growth_mb"]
    out["kiosk_soak_cycles"] = result["cycles"]
    out["kiosk_soak_seconds"] = result["seconds"]


def run_bench(
    quick: bool = False,
    rows: int | None = None,
    gui: bool = True,
    say: Callable[[str], None] | None = None,
    keep: Path | None = None,
    only: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Every part's figures, or those of the parts named in ``only``. ``keep``: a folder where the
    query catalog is built once and reused (see :func:`bench_catalog`)."""
    say = say or (lambda msg: print(f"bench: {msg}", file=sys.stderr, flush=True))
    rows = rows or (20_000 if quick else 100_000)
    out: dict[str, Any] = {"quick": quick, "machine": _machine(), "targets": TARGETS}
    tmp = Path(tempfile.mkdtemp(prefix="photobook-bench-"))
    from photobook.core.bytecode import write_bytecode

    write_bytecode()  # every timed start is a user's second start, which reads the .pyc files

    def gui_part(tmp: Path, out: dict[str, Any]) -> None:
        from photobook.ui.bench_gui import run as gui_run

        say("gui: timeline at 1920×1080 offscreen")
        out.update(gui_run(n=rows, quick=quick))
        bench_main_window(out, rows, quick, say)

    catalog = _catalog_library(tmp, rows, keep)
    parts: list[tuple[str, Callable[[Path, dict[str, Any]], None]]] = [
        ("catalog", lambda t, o: bench_catalog(t, o, rows, say, keep)),
        ("cli_list", lambda t, o: bench_cli_list(t, o, quick, say, catalog)),
        ("streaming", lambda t, o: bench_streaming(t, o, say, catalog)),
        ("rescan", lambda t, o: bench_rescan(t, o, 20_000 if quick else 100_000, say)),
        ("metadata", lambda t, o: bench_metadata(t, o, quick, say)),
        ("thumbnails", lambda t, o: bench_thumbnails(t, o, quick, say)),
        ("vips", lambda t, o: bench_vs_vips(t, o, quick, say)),
        ("memory", lambda t, o: bench_index_memory(t, o, 1000 if quick else 10_000, say)),
        ("duplicates", lambda t, o: bench_duplicates(o, 100_000, say)),
    ]
    if gui:
        parts.append(("gui", gui_part))
        parts.append(("kiosk_soak", lambda _t, o: bench_kiosk_soak(o, quick, say)))
    if only:
        parts = [(name, part) for name, part in parts if name in only]
    try:
        for name, part in parts:
            try:
                part(tmp, out)
            except Exception as exc:  # one broken part must not lose the other figures
                out.setdefault("errors", {})[name] = f"{type(exc).__name__}: {exc}"
                say(f"{name}: failed: {exc}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out
