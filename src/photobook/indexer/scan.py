"""``photobook index``: register source folders and catalogue what is in them.

Three phases, each resumable:

1. **walk** every source (no file is opened), and compare size + mtime with the catalog: unchanged
   files are skipped without being read;
2. **metadata** of new and changed files in worker processes (sampled hash, EXIF, XMP, IPTC, pixel
   size), written in bulk batches, one transaction each, so that the timeline fills in quickly and an
   interruption loses at most the batch in flight; a new path whose hash belongs to a photo that
   disappeared is a *move* (its captions, themes and dates stay attached);
3. **thumbnails** for every catalogued photo that has none yet, decoded at reduced scale.

Files that vanished are marked missing, never deleted with their metadata. Files that cannot be
catalogued are recorded with a reason in ``index_problems`` and the run goes on.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, delete, insert, select, update
from sqlalchemy.orm import Session

from photobook.core.themes import keyword_index, match_keywords
from photobook.db.engine import Library
from photobook.db.models import Caption, IndexProblem, Photo, Source, Theme, photo_themes, utcnow
from photobook.indexer import worker
from photobook.indexer.thumbs import ThumbStore
from photobook.indexer.walk import Entry, display, walk
from photobook.services.derive import date_columns, refresh_derived

BATCH = 500
IN_PROCESS_BELOW = 48  # fewer new files than this: no worker processes (spawning costs ~0.3 s)


@dataclass
class Progress:
    phase: str  # "walk" | "metadata" | "thumbnails"
    done: int
    total: int
    rate: float  # files per second in this phase
    path: str = ""


@dataclass
class IndexReport:
    indexed: int = 0
    unchanged: int = 0
    moved: int = 0
    missing: int = 0
    thumbnails: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0
    metadata_files_per_s: float = 0.0
    thumbnails_per_s: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["failed"] = [{"path": p, "reason": r} for p, r in self.failed]
        d["warnings"] = [{"path": p, "reason": r} for p, r in self.warnings]
        return d


class IndexError_(RuntimeError):
    """Bad arguments: a folder that does not exist, or that is not a folder."""


ProgressFn = Callable[[Progress], None]
CancelFn = Callable[[], bool]


class _Runner:
    """Runs a task function over chunks in worker processes (or in-process for small jobs),
    yielding results as they complete, with a bounded number in flight and a cancel check."""

    def __init__(self, workers: int | None, in_process: bool) -> None:
        self.in_process = in_process
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.pool: cf.ProcessPoolExecutor | None = None

    def __enter__(self) -> _Runner:
        if not self.in_process:
            # spawn, not fork: the GUI calls us from a thread, and forking a threaded Qt process is unsafe
            ctx = multiprocessing.get_context("spawn")
            self.pool = cf.ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=worker.init_worker)
        else:
            worker.setup_pillow()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def run(self, fn: Callable[[Any], list[Any]], chunks: Iterable[Any], cancel: CancelFn | None):
        if self.pool is None:
            for chunk in chunks:
                if cancel is not None and cancel():
                    return
                yield from fn(chunk)
            return
        it = iter(chunks)
        pending: set[cf.Future[list[Any]]] = set()
        order: dict[cf.Future[list[Any]], int] = {}
        seq = 0
        exhausted = False
        while True:
            while not exhausted and len(pending) < self.workers * 3:
                try:
                    chunk = next(it)
                except StopIteration:
                    exhausted = True
                    break
                fut = self.pool.submit(fn, chunk)
                pending.add(fut)
                order[fut] = seq
                seq += 1
            if not pending:
                return
            done, pending = cf.wait(pending, timeout=0.25, return_when=cf.FIRST_COMPLETED)
            for fut in sorted(done, key=order.__getitem__):
                yield from fut.result()
            if cancel is not None and cancel():
                for fut in pending:
                    fut.cancel()
                return


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _source(session: Session, path: Path) -> Source:
    key = str(path)
    src = session.scalar(select(Source).where(Source.path == key))
    if src is None:
        src = Source(path=key, added_at=utcnow())
        session.add(src)
        session.flush()
    return src


class _Writer:
    """Catalog writes for one source, in bulk, one transaction per batch."""

    def __init__(self, lib: Library, source_id: int) -> None:
        self.lib = lib
        self.source_id = source_id
        with lib.Session() as session:
            self.keywords = keyword_index()
            self.theme_ids = dict(session.execute(select(Theme.slug, Theme.id)).all())

    def write(self, results: list[tuple[Entry, int | None, dict[str, Any]]], moves: dict[str, int],
              report: IndexReport) -> list[int]:
        """results: (entry, existing photo id or None, metadata). Returns ids written."""
        now = utcnow()
        touched: list[int] = []
        new_rows: list[dict[str, Any]] = []
        new_meta: list[dict[str, Any]] = []
        ok_paths: list[bytes] = []
        with self.lib.Session() as session, session.begin():
            for entry, existing, meta in results:
                rel_text = display(entry.rel)
                if not meta["ok"]:
                    self._problem(session, entry.rel, "error", meta["reason"])
                    report.failed.append((rel_text, meta["reason"]))
                    continue
                tech = {
                    "content_hash": meta["content_hash"], "size": meta["size"], "mtime_ns": meta["mtime_ns"],
                    "format": meta["format"], "pixel_width": meta["pixel_width"],
                    "pixel_height": meta["pixel_height"], "orientation": meta["orientation"],
                    "width": meta["width"], "height": meta["height"], "camera_make": meta["camera_make"],
                    "camera_model": meta["camera_model"], "digitised_at": meta["digitised_at"],
                    "gps_lat": meta["gps"][0] if meta["gps"] else None,
                    "gps_lon": meta["gps"][1] if meta["gps"] else None,
                    "missing": False, "updated_at": now,
                }
                warnings = meta["warnings"]
                if warnings:
                    self._problem(session, entry.rel, "warning", "; ".join(warnings))
                    report.warnings.extend((rel_text, w) for w in warnings)
                else:
                    ok_paths.append(entry.rel)
                moved_id = moves.pop(meta["content_hash"], None) if existing is None else None
                if existing is not None or moved_id is not None:
                    pid = existing if existing is not None else moved_id
                    values = dict(tech)
                    if moved_id is not None:
                        values.update(source_id=self.source_id, path_bytes=entry.rel, path=rel_text)
                        report.moved += 1
                    else:
                        report.indexed += 1
                        # a changed file keeps the archivist's date; the machine's date may improve
                        row = session.execute(select(Photo.date_source).where(Photo.id == pid)).scalar_one()
                        if row in ("none", "filename", "exif_capture", "exif_digitised") and meta["date_edtf"]:
                            values.update(date_columns(meta["date_edtf"]), date_source=meta["date_source"])
                    session.execute(update(Photo).where(Photo.id == pid).values(**values))
                    touched.append(pid)
                    continue
                row = dict(tech, source_id=self.source_id, path_bytes=entry.rel, path=rel_text,
                           date_source=meta["date_source"], status="draft", created_at=now,
                           photographer=meta["photographer"], rights=meta["rights"], credit=meta["credit"],
                           place=meta["place"], search_text="")
                row.update(date_columns(meta["date_edtf"]))
                slugs, unmatched = match_keywords(meta["keywords"], self.keywords)
                meta["theme_slugs"] = slugs
                row["keywords"] = ", ".join(unmatched) or None
                new_rows.append(row)
                new_meta.append(meta)
                report.indexed += 1
            if new_rows:
                ids = list(session.scalars(insert(Photo).returning(Photo.id, sort_by_parameter_order=True),
                                           new_rows))
                captions, links = [], []
                for pid, meta in zip(ids, new_meta, strict=True):
                    for lang, cap in meta["captions"].items():
                        captions.append({"photo_id": pid, "lang": lang, "title": cap.get("title", ""),
                                         "text": cap.get("text", "")})
                    links.extend({"photo_id": pid, "theme_id": self.theme_ids[s]}
                                 for s in meta["theme_slugs"] if s in self.theme_ids)
                if captions:
                    session.execute(insert(Caption), captions)
                if links:
                    session.execute(insert(photo_themes), links)
                touched.extend(ids)
            if ok_paths:
                for chunk in _chunks(ok_paths, 900):
                    session.execute(delete(IndexProblem).where(
                        IndexProblem.source_id == self.source_id, IndexProblem.path_bytes.in_(chunk)))
            if touched:
                refresh_derived(session, touched)
        return touched

    def _problem(self, session: Session, rel: bytes, severity: str, reason: str) -> None:
        session.execute(delete(IndexProblem).where(IndexProblem.source_id == self.source_id,
                                                   IndexProblem.path_bytes == rel))
        session.execute(insert(IndexProblem).values(source_id=self.source_id, path_bytes=rel,
                                                    path=display(rel), severity=severity, reason=reason,
                                                    seen_at=utcnow()))

    def walk_problems(self, problems: list[tuple[bytes, str]], report: IndexReport) -> None:
        if not problems:
            return
        with self.lib.Session() as session, session.begin():
            for rel, reason in problems:
                self._problem(session, rel, "error", reason)
                report.failed.append((display(rel), reason))


def index_paths(lib: Library, paths: Sequence[Path | str], *, progress: ProgressFn | None = None,
                cancel: CancelFn | None = None, on_batch: Callable[[list[int]], None] | None = None,
                workers: int | None = None, thumbnails: bool = True) -> IndexReport:
    """Catalogue every photograph under ``paths``. Runs in the calling thread (use a worker thread
    in a GUI); per-file work goes to ``workers`` processes (default: all cores)."""
    started = time.perf_counter()
    roots = []
    for p in paths:
        root = Path(p).expanduser()
        if not root.exists():
            raise IndexError_(f"no such folder: {root}")
        if not root.is_dir():
            raise IndexError_(f"not a folder: {root}")
        roots.append(root.resolve())
    report = IndexReport()
    jobs: list[tuple[_Writer, bytes, list[tuple[Entry, int | None]]]] = []
    moves: dict[str, int] = {}
    # 1. walk and compare
    for root in roots:
        root_b = os.fsencode(root)
        walked = walk(root_b, cancel)
        if walked.cancelled:
            report.cancelled = True
            break
        with lib.Session() as session, session.begin():
            src = _source(session, root)
            src.last_scan_at = utcnow()
            source_id = src.id
            known = {
                bytes(pb): (pid, size, mtime, digest, missing)
                for pid, pb, size, mtime, digest, missing in session.execute(
                    select(Photo.id, Photo.path_bytes, Photo.size, Photo.mtime_ns, Photo.content_hash,
                           Photo.missing).where(Photo.source_id == source_id))
            }
            todo: list[tuple[Entry, int | None]] = []
            reappeared: list[int] = []
            for e in walked.files:
                k = known.pop(e.rel, None)
                if k is not None and k[1] == e.size and k[2] == e.mtime_ns:
                    report.unchanged += 1
                    if k[4]:
                        reappeared.append(k[0])
                else:
                    todo.append((e, k[0] if k else None))
            for chunk in _chunks(reappeared, 900):
                session.execute(update(Photo).where(Photo.id.in_(chunk)).values(missing=False))
            # what was catalogued here and is no longer seen: moved (if its hash turns up) or missing
            gone = [(pid, digest) for pid, _s, _m, digest, missing in known.values() if not missing]
            for pid, digest in gone:
                moves.setdefault(digest, pid)
            if gone:
                for chunk in _chunks([g[0] for g in gone], 900):
                    session.execute(update(Photo).where(Photo.id.in_(chunk)).values(missing=True))
        writer = _Writer(lib, source_id)
        writer.walk_problems(walked.problems, report)
        jobs.append((writer, root_b, todo))
    # photos already missing anywhere can be found again by their hash (moved between sources)
    with lib.Session() as session:
        for pid, digest in session.execute(select(Photo.id, Photo.content_hash).where(Photo.missing.is_(True))):
            moves.setdefault(digest, pid)
    total = sum(len(t) for _w, _r, t in jobs)
    if progress:
        progress(Progress("walk", report.unchanged + total, report.unchanged + total, 0.0))
    # 2. metadata
    t0 = time.perf_counter()
    done = 0
    # workers=0: everything in this process; None: worker processes unless the job is small (and
    # we are in the main thread, where the per-file time limit works)
    in_process = workers == 0 or (workers is None and total < IN_PROCESS_BELOW
                                  and threading.current_thread() is threading.main_thread())
    with _Runner(workers, in_process) as runner:
        for writer, root_b, todo in jobs:
            if report.cancelled:
                break
            chunks = [[(i, os.path.join(root_b, e.rel), display(e.rel)) for i, (e, _x) in
                       enumerate(todo[start:start + 32], start)] for start in range(0, len(todo), 32)]
            batch: list[tuple[Entry, int | None, dict[str, Any]]] = []
            for index, meta in runner.run(worker.metadata_task, chunks, cancel):
                entry, existing = todo[index]
                batch.append((entry, existing, meta))
                done += 1
                if len(batch) >= BATCH:
                    ids = writer.write(batch, moves, report)
                    batch = []
                    if on_batch and ids:
                        on_batch(ids)
                if progress and (done % 64 == 0 or done == total):
                    el = time.perf_counter() - t0
                    progress(Progress("metadata", done, total, done / el if el else 0.0, display(entry.rel)))
            if batch:
                ids = writer.write(batch, moves, report)
                if on_batch and ids:
                    on_batch(ids)
            if cancel is not None and cancel():
                report.cancelled = True
            done = 0
        report.metadata_files_per_s = (report.indexed + report.moved + len(report.failed)) / max(
            time.perf_counter() - t0, 1e-9)
        # still unclaimed by a move: these are missing
        report.missing = _count_missing(lib)
        # 3. thumbnails
        if thumbnails and not report.cancelled:
            _thumbnails(lib, runner, report, progress, cancel, on_batch)
    report.seconds = time.perf_counter() - started
    return report


def _count_missing(lib: Library) -> int:
    with lib.Session() as session:
        return len(session.scalars(select(Photo.id).where(Photo.missing.is_(True))).all())


def _thumbnails(lib: Library, runner: _Runner, report: IndexReport, progress: ProgressFn | None,
                cancel: CancelFn | None, on_batch: Callable[[list[int]], None] | None) -> None:
    store = ThumbStore(lib.thumbs_path)
    with lib.Session() as session:
        rows = session.execute(
            select(Photo.id, Photo.content_hash, Photo.source_id, Photo.path_bytes, Photo.orientation)
            .where(Photo.missing.is_(False)).order_by(Photo.id)
        ).all()
        sources = dict(session.execute(select(Source.id, Source.path)).all())
        failed_before = {
            (sid, bytes(pb)) for sid, pb in session.execute(
                select(IndexProblem.source_id, IndexProblem.path_bytes)
                .where(IndexProblem.reason.like("thumbnail failed%")))
        }
    need = store.missing([r[1] for r in rows])
    seen: set[str] = set()
    todo = []
    for pid, digest, sid, pb, orient in rows:
        if digest in need and digest not in seen and (sid, bytes(pb)) not in failed_before:
            seen.add(digest)
            todo.append((pid, digest, os.path.join(os.fsencode(sources[sid]), bytes(pb)), orient, sid, bytes(pb)))
    if not todo:
        return
    by_id = {t[0]: t for t in todo}
    chunks = [[t[:4] for t in todo[i:i + 4]] for i in range(0, len(todo), 4)]
    t0 = time.perf_counter()
    pending: list[tuple[str, int, int, bytes]] = []
    warn: list[tuple[int, str, str]] = []
    done = 0
    last_flush = time.perf_counter()

    def flush() -> None:
        nonlocal last_flush
        if pending:
            store.put_many(pending)
            report.thumbnails += len(pending)
        if warn:
            with lib.Session() as session, session.begin():
                for pid, severity, reason in warn:
                    _pid, _d, _p, _o, sid, pb = by_id[pid]
                    session.execute(delete(IndexProblem).where(and_(
                        IndexProblem.source_id == sid, IndexProblem.path_bytes == pb)))
                    session.execute(insert(IndexProblem).values(
                        source_id=sid, path_bytes=pb, path=display(pb), severity=severity, reason=reason,
                        seen_at=utcnow()))
                    report.warnings.append((display(pb), reason))
        if on_batch and pending:
            on_batch([])
        pending.clear()
        warn.clear()
        last_flush = time.perf_counter()

    for pid, digest, result in runner.run(worker.thumbnail_task, chunks, cancel):
        done += 1
        if result["ok"]:
            pending.append((digest, result["width"], result["height"], result["data"]))
            if result.get("warning"):
                warn.append((pid, "warning", result["warning"]))
        else:
            warn.append((pid, "warning", result["reason"]))
        if len(pending) >= 64 or time.perf_counter() - last_flush > 1.0:
            flush()
        if progress and (done % 8 == 0 or done == len(todo)):
            el = time.perf_counter() - t0
            progress(Progress("thumbnails", done, len(todo), done / el if el else 0.0, display(by_id[pid][5])))
    flush()
    store.close()
    report.thumbnails_per_s = done / max(time.perf_counter() - t0, 1e-9)
    if cancel is not None and cancel():
        report.cancelled = True
