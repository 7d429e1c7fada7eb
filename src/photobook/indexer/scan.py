"""``photobook index``: register source folders and catalogue what is in them.

Three phases, each resumable:

1. **walk** every folder (no file is opened) and compare size + mtime with the catalog: unchanged
   files are skipped without being read; records whose file is gone are marked missing at once;
2. **metadata** in worker processes (sampled hash, EXIF, XMP, IPTC, pixel size): first the files
   whose content changed at a known path, then the new paths, written in bulk batches, one
   transaction each, so that the timeline fills in quickly and an interruption loses at most the
   batch in flight. A file whose hash belongs to a record that lost its file (gone, missing, or
   whose own path now holds other content) is that record *moved*: its captions, themes and dates
   stay attached. Renaming files in place (a → gone, b → a, c → b) therefore moves each record to
   its photograph's new name;
3. **thumbnails** for every catalogued photo that has none yet, decoded at reduced scale.

Files that vanished are marked missing, never deleted with their metadata. Files that cannot be
catalogued are recorded with a reason in ``index_problems`` and the run goes on.
"""

from __future__ import annotations

import contextlib
import gc
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from photobook.core.reasons import Reason, ReasonCode
from photobook.core.records import FileMeta, PhotoMeta
from photobook.db import queries
from photobook.db.engine import Library
from photobook.db.storage import ThumbStore, display_path, open_cache
from photobook.indexer import sources, worker
from photobook.indexer.catalog_writer import Action, CatalogWriter, SourceGone
from photobook.indexer.runner import Runner
from photobook.indexer.sidecar import signature
from photobook.indexer.sources import Place
from photobook.indexer.walk import Entry, walk

if TYPE_CHECKING:
    from photobook.indexer.ahead import Ahead

BATCH = 500
IN_PROCESS_BELOW = 48
_THUMBNAIL_CODES = (ReasonCode.THUMBNAIL_FAILED, ReasonCode.TRUNCATED_THUMBNAIL)
THUMBS_IN_PROCESS_BELOW = 8  # fewer new files than this: no worker processes (spawning costs ~0.3 s)


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
    failed: list[tuple[str, Reason]] = field(default_factory=list)  # (path, reason)
    warnings: list[tuple[str, Reason]] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0
    metadata_files_per_s: float = 0.0
    thumbnails_per_s: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["failed"] = [{"path": p, **r.to_json(), "text": r.english} for p, r in self.failed]
        d["warnings"] = [{"path": p, **r.to_json(), "text": r.english} for p, r in self.warnings]
        return d


class IndexError_(RuntimeError):
    """Bad arguments: a folder that does not exist, or that is not a folder."""


ProgressFn = Callable[[Progress], None]
CancelFn = Callable[[], bool]


@dataclass
class _Plan:
    """One indexed folder after its walk: what to read, and what it had that is gone."""

    place: Place
    new: list[Entry]  # paths the catalog does not know (rel within the source)
    changed: list[tuple[Entry, int, str]]  # (entry, photo id at that path, its stored hash)
    sidecars: dict[bytes, list[Entry]] = field(default_factory=dict)  # see _sidecar_index
    # contents whose thumbnail an earlier indexer made wrongly (see queries._read_again): made again
    wrong_thumbs: list[str] = field(default_factory=list)


def _sidecar_index(entries: list[Entry], prefix: bytes) -> dict[bytes, list[Entry]]:
    """The walk's XMP sidecars by their name without ".xmp", in lower case (rel within the source)."""
    index: dict[bytes, list[Entry]] = {}
    for e in entries:
        rel = prefix + e.rel if prefix else e.rel
        index.setdefault(rel[:-4].lower(), []).append(Entry(rel, e.size, e.mtime_ns))
    return index


def sidecars_of(index: dict[bytes, list[Entry]], rel: bytes) -> list[Entry]:
    """An original's sidecars, best first: ``IMG_0001.jpg.xmp`` (digiKam, darktable), then
    ``IMG_0001.xmp`` (Lightroom, Capture One), whatever the case of their letters."""
    if not index:
        return []
    low = rel.lower()
    exact = index.get(low)
    dot = low.rfind(b".")
    by_stem = index.get(low[:dot]) if dot > low.rfind(b"/") + 1 else None
    if by_stem is None:
        return exact or []
    return [*(exact or ()), *by_stem]


def _sidecar_sig(index: dict[bytes, list[Entry]], rel: bytes) -> str | None:
    found = sidecars_of(index, rel)
    if not found:
        return None
    return signature([(display_path(os.path.basename(e.rel)), e.size, e.mtime_ns) for e in found])


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Walking and comparing 100,000 files makes ~400,000 small objects and no reference cycle:
    the cyclic collector would traverse them all again and again as they grow (~0.1 s)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _walk_and_plan(
    lib: Library,
    writer: CatalogWriter,
    folder: Path,
    report: IndexReport,
    moves: dict[str, int],
    lost: set[int],
    cancel: CancelFn | None,
) -> _Plan | None:
    with _no_cyclic_gc():
        return _walk_and_plan_now(lib, writer, folder, report, moves, lost, cancel)


def _walk_and_plan_now(
    lib: Library,
    writer: CatalogWriter,
    folder: Path,
    report: IndexReport,
    moves: dict[str, int],
    lost: set[int],
    cancel: CancelFn | None,
) -> _Plan | None:
    walked = walk(os.fsencode(folder), cancel)
    if walked.cancelled:
        return None
    with lib.Session() as session, session.begin():
        place = sources.resolve(session, folder)
        writer.mark_scanned(session, place.source_id)
        prefix = place.prefix
        again_ok = _can_read_again()
        known = {
            bytes(pb): (pid, size, mtime, digest, bool(missing), sig, bool(again) and again_ok)
            for pid, pb, size, mtime, digest, missing, sig, again in queries.scan_state(
                session, place.source_id
            )
            if bytes(pb).startswith(prefix)
        }
        wrong_thumbs: list[str] = []
        # an unchanged image whose sidecars changed (or appeared, or went) is read again
        side = _sidecar_index(walked.sidecars, prefix)
        # the files' problems recorded last time (few): those whose file is gone are cleared below
        problem_paths = {
            pb for pb in queries.problem_paths(session, place.source_id) if pb.startswith(prefix)
        }
        alternates = queries.alternate_paths(session, place.source_id)  # merged duplicates' files
        new: list[Entry] = []
        changed: list[tuple[Entry, int, str]] = []
        reappeared: list[int] = []
        seen: set[bytes] = set()
        unchanged = 0
        pop = known.pop
        # the hot loop of a rescan (100,000 files): no object made and no set grown per unchanged file
        for e in walked.files:
            rel = prefix + e.rel if prefix else e.rel
            k = pop(rel, None)
            if k is None:
                if alternates and rel in alternates:
                    unchanged += 1
                    continue
                new.append(Entry(rel, e.size, e.mtime_ns) if prefix else e)
            elif (
                k[1] == e.size
                and k[2] == e.mtime_ns
                and (k[5] is None if not side else k[5] == _sidecar_sig(side, rel))
                and not k[6]
            ):
                unchanged += 1
                if k[4]:
                    reappeared.append(k[0])
            else:
                changed.append((Entry(rel, e.size, e.mtime_ns) if prefix else e, k[0], k[3]))
                if k[6]:  # read wrongly before: read again, and its thumbnail made again
                    wrong_thumbs.append(k[3])
            if problem_paths and rel in problem_paths:
                seen.add(rel)
        report.unchanged += unchanged
        writer.set_missing(session, reappeared, False)
        # records whose file is not there any more: missing now, moved if their hash turns up
        # a folder that could not be read this time hides its files; they are not gone
        unreadable = tuple(
            prefix + rel + sources.SEP
            for rel, reason in walked.problems
            if reason.code is ReasonCode.FOLDER_UNREADABLE
        )
        gone = [
            (pid, digest)
            for rel, (pid, _s, _m, digest, missing, _sig, _again) in known.items()
            if not missing and not (unreadable and rel.startswith(unreadable))
        ]
        for pid, digest in gone:
            moves.setdefault(digest, pid)
            lost.add(pid)
        writer.set_missing(session, [g[0] for g in gone], True)
        # problems of files that are no longer there are no longer problems
        stale = sorted(pb for pb in problem_paths if pb not in seen)
        writer.clear_problems(session, place.source_id, stale)
        for rel, reason in walked.problems:
            writer.problem(session, place.source_id, prefix + rel, "error", [reason])
            report.failed.append((display_path(prefix + rel), reason))
    return _Plan(place, new, changed, side, wrong_thumbs)


def _can_read_again() -> bool:
    """Rows read wrongly (HEIF) are read again only where their format can be read at all: without
    pillow-heif each rescan would only record that it is needed, and drop their thumbnails."""
    import importlib.util

    return importlib.util.find_spec("pillow_heif") is not None


def index_paths(
    lib: Library,
    paths: Sequence[Path | str],
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    on_batch: Callable[[list[int]], None] | None = None,
    workers: int | None = None,
    thumbnails: bool = True,
    ahead: Ahead | None = None,
) -> IndexReport:
    """Catalogue every photograph under ``paths``. Runs in the calling thread (use a worker thread
    in a GUI); per-file work goes to ``workers`` processes (default: all cores; 0: this process).

    ``ahead``: worker processes the caller started (and files they began reading) before it opened
    the catalog (:mod:`photobook.indexer.ahead`); they do all the per-file work, and stay the
    caller's to end."""
    started = time.perf_counter()
    folders = []
    for p in paths:
        folder = Path(p).expanduser()
        if not folder.exists():
            raise IndexError_(f"no such folder: {folder}")
        if not folder.is_dir():
            raise IndexError_(f"not a folder: {folder}")
        folders.append(folder)
    report = IndexReport()
    writer = CatalogWriter(lib)
    moves: dict[str, int] = {}  # content hash → a record that lost its file
    lost: set[int] = set()  # records that lost their file in this run
    plans: list[_Plan] = []
    for folder in sources.normalise_roots(folders):
        plan = _walk_and_plan(lib, writer, folder, report, moves, lost, cancel)
        if plan is None:
            report.cancelled = True
            break
        plans.append(plan)
    with lib.Session() as session:  # photos already missing anywhere may turn up here
        for pid, digest in queries.missing_photos(session):
            moves.setdefault(digest, pid)
    total = sum(len(p.new) + len(p.changed) for p in plans)
    if progress:
        progress(Progress("walk", report.unchanged + total, report.unchanged + total, 0.0))
    # workers=0: everything in this process; None: worker processes unless the job is small (and
    # we are in the main thread, where the per-file time limit works)
    in_process = workers == 0 or (
        workers is None and total < IN_PROCESS_BELOW and threading.current_thread() is threading.main_thread()
    )
    meter = _Meter(progress, total)
    if ahead is not None:
        ahead.stop()  # the catalog is open: from here on, files are read as the walk found them
    pool: contextlib.AbstractContextManager[Runner] = (
        Runner(workers, in_process) if ahead is None else contextlib.nullcontext(ahead.runner)
    )
    with pool as runner, contextlib.ExitStack() as later:
        thumb_pool = None
        if thumbnails and runner.in_process and workers != 0 and total > THUMBS_IN_PROCESS_BELOW:
            # a few new files read here, their thumbnails (decoding is the cost) in worker processes:
            # start those now, so that their start-up overlaps the metadata pass and the writes
            thumb_pool = later.enter_context(Runner(workers, in_process=False))
            thumb_pool.start()
        if not report.cancelled:
            _changed_files(lib, writer, runner, plans, moves, lost, report, meter, cancel, on_batch)
        if not report.cancelled:
            _new_files(lib, writer, runner, plans, moves, report, meter, cancel, on_batch, ahead)
        report.metadata_files_per_s = meter.rate()
        report.missing = _still_missing(lib, lost)
        if thumbnails and not report.cancelled:
            _thumbnails(lib, writer, thumb_pool or runner, workers, report, progress, cancel, on_batch, ahead)
            _share_phashes(lib)
    report.seconds = time.perf_counter() - started
    return report


class _Meter:
    def __init__(self, progress: ProgressFn | None, total: int) -> None:
        self.progress, self.total, self.done, self.t0 = progress, total, 0, time.perf_counter()

    def tick(self, rel: bytes) -> None:
        self.done += 1
        if self.progress and (self.done % 64 == 0 or self.done == self.total):
            self.progress(Progress("metadata", self.done, self.total, self.rate(), display_path(rel)))

    def rate(self) -> float:
        return self.done / max(time.perf_counter() - self.t0, 1e-9)


def _read(
    runner: Runner,
    place: Place,
    entries: list[Entry],
    cancel: CancelFn | None,
    sidecars: dict[bytes, list[Entry]] | None = None,
    ahead: Ahead | None = None,
) -> Iterator[tuple[int, FileMeta]]:
    """(index, metadata) for entries, as the workers finish them (or finished them ahead)."""

    def item(i: int, e: Entry) -> tuple[int, bytes, str, tuple[bytes, ...]]:
        found = sidecars_of(sidecars, e.rel) if sidecars else []
        paths = tuple(os.path.join(place.root, x.rel) for x in found)
        return (i, os.path.join(place.root, e.rel), display_path(e.rel), paths)

    items = [item(i, e) for i, e in enumerate(entries)]
    read_ahead = []
    if ahead is not None:
        read_ahead = [it for it in items if ahead.has(it[1])]
        items = [it for it in items if not ahead.has(it[1])]
    if ahead is None or not read_ahead:
        yield from runner.run(worker.metadata_task, _in_tasks(items), cancel)
        return
    again: list[tuple[int, bytes, str, tuple[bytes, ...]]] = []

    def taken() -> Iterator[tuple[int, FileMeta]]:
        while read_ahead and ahead.done(read_ahead[0][1]):
            i, path, rel, side = read_ahead.pop(0)
            meta = ahead.meta(path, rel, side, entries[i].size, entries[i].mtime_ns)
            if meta is None:
                again.append((i, path, rel, side))
            else:
                yield i, meta

    # the workers busy with the rest first, the results read ahead (done first) as they are taken
    for result in runner.run(worker.metadata_task, _in_tasks(items), cancel):
        yield from taken()
        yield result
    for fut_path in [it[1] for it in read_ahead]:
        ahead.wait(fut_path)
    yield from taken()
    if again and not (cancel is not None and cancel()):
        yield from runner.run(worker.metadata_task, _in_tasks(again), cancel)


def _in_tasks(items: list[Any], size: int = 32) -> list[list[Any]]:
    """``size`` files a worker task (less traffic between processes)."""
    return [items[start : start + size] for start in range(0, len(items), size)]


def _changed_files(
    lib: Library,
    writer: CatalogWriter,
    runner: Runner,
    plans: list[_Plan],
    moves: dict[str, int],
    lost: set[int],
    report: IndexReport,
    meter: _Meter,
    cancel: CancelFn | None,
    on_batch: Callable[[list[int]], None] | None,
) -> None:
    """Files whose content changed at a known path. Read them all first (they are few), then decide:
    the same photograph re-scanned keeps its record; a photograph renamed onto this path brings its
    own record here, and the record that was here waits, missing, for its file to turn up."""
    for plan in plans:
        if not plan.changed:
            continue
        if plan.wrong_thumbs:  # before the row is read again: until it is, each rescan drops them
            with open_cache(lib) as store:
                store.discard(plan.wrong_thumbs)
        entries = [e for e, _pid, _h in plan.changed]
        metas: dict[int, FileMeta] = {}
        for index, meta in _read(runner, plan.place, entries, cancel, plan.sidecars):
            metas[index] = meta
            meter.tick(entries[index].rel)
        if cancel is not None and cancel():
            report.cancelled = True
            return
        freed = {old_hash: pid for _e, pid, old_hash in plan.changed}
        candidates = {**moves, **freed}
        actions: list[Action] = []
        movers: set[int] = set()
        for i, (entry, pid, old_hash) in enumerate(plan.changed):
            meta = metas[i]
            new_hash = meta.content_hash if isinstance(meta, PhotoMeta) else None
            owner = candidates.get(new_hash) if new_hash and new_hash != old_hash else None
            if owner is not None and owner != pid and owner not in movers:
                movers.add(owner)
                actions.append(Action(plan.place.source_id, entry.rel, meta, owner, moved=True))
            else:
                actions.append(Action(plan.place.source_id, entry.rel, meta, pid))
        kept = {a.photo_id for a in actions if not a.moved}
        displaced = {pid: h for _e, pid, h in plan.changed if pid not in kept and pid not in movers}
        with lib.Session() as session, session.begin():
            # free the paths that records are about to leave: a path no file can have (NUL)
            for pid in movers | set(displaced):
                writer.vacate(session, pid, missing=True)
        for h in [h for h, p in moves.items() if p in movers]:
            del moves[h]
        for pid, h in displaced.items():
            moves.setdefault(h, pid)
            lost.add(pid)
        try:
            ids = writer.write(actions, report)
        except SourceGone:
            _source_removed(plan, report)
            continue
        if on_batch and ids:
            on_batch(ids)


REMOVED_MEANWHILE = Reason(ReasonCode.SOURCE_REMOVED)


def _source_removed(plan: _Plan, report: IndexReport) -> None:
    report.failed.append(
        (display_path(os.path.join(plan.place.root, plan.place.prefix).rstrip(b"/")), REMOVED_MEANWHILE)
    )


def _new_files(
    lib: Library,
    writer: CatalogWriter,
    runner: Runner,
    plans: list[_Plan],
    moves: dict[str, int],
    report: IndexReport,
    meter: _Meter,
    cancel: CancelFn | None,
    on_batch: Callable[[list[int]], None] | None,
    ahead: Ahead | None = None,
) -> None:
    for plan in plans:
        try:
            _new_files_of(lib, writer, runner, plan, moves, report, meter, cancel, on_batch, ahead)
        except SourceGone:  # remove-source ran meanwhile: the archivist wants this folder gone
            _source_removed(plan, report)
        if cancel is not None and cancel():
            report.cancelled = True
            return


def _new_files_of(
    lib: Library,
    writer: CatalogWriter,
    runner: Runner,
    plan: _Plan,
    moves: dict[str, int],
    report: IndexReport,
    meter: _Meter,
    cancel: CancelFn | None,
    on_batch: Callable[[list[int]], None] | None,
    ahead: Ahead | None = None,
) -> None:
    batch: list[Action] = []
    for index, meta in _read(runner, plan.place, plan.new, cancel, plan.sidecars, ahead):
        entry = plan.new[index]
        meter.tick(entry.rel)
        owner = moves.pop(meta.content_hash, None) if isinstance(meta, PhotoMeta) else None
        batch.append(Action(plan.place.source_id, entry.rel, meta, owner, moved=owner is not None))
        if len(batch) >= BATCH:
            _flush(lib, writer, batch, moves, report, on_batch)
            batch = []
            if cancel is not None and cancel():  # stop after the current batch, as promised
                return  # (the caller reports the run as cancelled)
    _flush(lib, writer, batch, moves, report, on_batch)


def _flush(
    lib: Library,
    writer: CatalogWriter,
    batch: list[Action],
    moves: dict[str, int],
    report: IndexReport,
    on_batch: Callable[[list[int]], None] | None,
) -> None:
    if not batch:
        return
    _adopt_lost(lib, writer, batch)
    ids = writer.write(batch, report)
    if on_batch and ids:
        on_batch(ids)


def _adopt_lost(lib: Library, writer: CatalogWriter, batch: list[Action]) -> None:
    """A new file whose content matches a record in a folder not indexed in this run, and whose file
    is gone from there, is that record moved (e.g. from one source folder to another)."""
    wanted = {a.meta.content_hash: a for a in batch if a.photo_id is None and isinstance(a.meta, PhotoMeta)}
    if not wanted:
        return
    with lib.Session() as session:
        rows = queries.photos_by_hash(session, wanted)
    for pid, digest, pb, root in rows:
        a = wanted.get(digest)
        if a is None or a.photo_id is not None:
            continue
        old = os.path.join(root, pb.split(b"\x00", 1)[0])
        if not os.path.lexists(old):
            a.photo_id, a.moved = pid, True
            with lib.Session() as session, session.begin():  # free its old path
                writer.vacate(session, pid, pb)


def _share_phashes(lib: Library) -> None:
    """A new exact copy of a photograph already thumbnailed gets no thumbnail of its own: it takes
    the perceptual hash of its content's other records."""
    with lib.Session() as session, session.begin():
        queries.copy_phashes_within_content(session)


def _still_missing(lib: Library, ids: set[int]) -> int:
    """How many of the records that lost their file in this run were not found elsewhere."""
    with lib.Session() as session:
        return queries.count_missing(session, sorted(ids))


def _thumbnails(
    lib: Library,
    writer: CatalogWriter,
    runner: Runner,
    workers: int | None,
    report: IndexReport,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
    on_batch: Callable[[list[int]], None] | None,
    ahead: Ahead | None = None,
) -> None:
    store = open_cache(lib)
    with lib.Session() as session:
        # every distinct hash first (from the content_hash index, as plain tuples), then the rows
        # of just the photos whose thumbnail is missing: a rescan of 100,000 unchanged files
        # does not load 100,000 rows
        need = store.missing(queries.present_hashes(session))
        if not need:
            store.close()
            return
        rows = queries.files_with_hashes(session, sorted(need))
        roots = queries.source_roots(session)
        failed_before = queries.thumbnail_failures(session)
    seen: set[str] = set()
    todo = []
    for pid, digest, sid, pb, orient in rows:
        if digest in need and digest not in seen and (sid, pb) not in failed_before:
            seen.add(digest)
            todo.append((pid, digest, os.path.join(roots[sid], pb), orient, sid, pb))
    if not todo:
        store.close()
        return
    if runner.in_process and workers != 0 and len(todo) > THUMBS_IN_PROCESS_BELOW:
        # a few new files with large pixels: decoding is the cost, worth the workers' start-up
        with Runner(workers, in_process=False) as pool:
            _make_thumbnails(lib, writer, pool, store, todo, report, progress, cancel, on_batch)
    else:
        _make_thumbnails(lib, writer, runner, store, todo, report, progress, cancel, on_batch, ahead)
    store.close()


def _make_thumbnails(
    lib: Library,
    writer: CatalogWriter,
    runner: Runner,
    store: ThumbStore,
    todo: list[tuple[Any, ...]],
    report: IndexReport,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
    on_batch: Callable[[list[int]], None] | None,
    ahead: Ahead | None = None,
) -> None:
    by_id = {t[0]: t for t in todo}
    made: list[tuple[int, str, dict[str, Any]]] = []  # made ahead (see photobook.indexer.ahead)
    if ahead is not None:
        rest = []
        for t in todo:
            thumb = ahead.thumbnail(t[2], t[1], t[3])
            if thumb is None:
                rest.append(t)
            else:
                made.append((t[0], t[1], thumb))
        todo = rest
    # four files a task (less traffic between processes), but the last files one a task, so that
    # every worker stays busy to the end: a 24 MP scan takes ~70 ms, a task of four ~0.3 s
    tail = max(0, len(todo) - 4 * runner.workers) // 4 * 4 if len(todo) >= 64 else 0
    chunks = [[t[:4] for t in todo[i : i + 4]] for i in range(0, tail, 4)]
    chunks += [[t[:4]] for t in todo[tail:]]
    t0 = time.perf_counter()
    pending: list[tuple[str, int, int, bytes]] = []
    phashes: list[tuple[str, int]] = []  # (content hash, perceptual hash)
    warn: list[tuple[int, str, Reason]] = []
    done = 0
    last_flush = time.perf_counter()

    def flush() -> None:
        nonlocal last_flush
        if pending:
            store.put_many(pending)
            report.thumbnails += len(pending)
        if phashes:
            with lib.Session() as session, session.begin():
                queries.set_phashes(session, phashes)
            phashes.clear()
        if warn:
            with lib.Session() as session, session.begin():
                present = {src.id for src in queries.sources(session)}  # remove-source may have run
                for pid, severity, reason in warn:
                    _pid, _d, _p, _o, sid, pb = by_id[pid]
                    if sid not in present:
                        continue
                    writer.problem(session, sid, pb, severity, [reason], replace=_THUMBNAIL_CODES)
                    report.warnings.append((display_path(pb), reason))
        if on_batch and pending:
            on_batch([])
        pending.clear()
        warn.clear()
        last_flush = time.perf_counter()

    def results() -> Iterator[tuple[int, str, dict[str, Any]]]:
        # the workers given the rest first; the thumbnails made ahead taken while they work
        first = True
        for result in runner.run(worker.thumbnail_task, chunks, cancel):
            yield result
            if first:
                yield from made
                first = False
        if first:
            yield from made

    total = len(todo) + len(made)
    for pid, digest, result in results():
        done += 1
        if result["ok"]:
            pending.append((digest, result["width"], result["height"], result["data"]))
            if result.get("phash") is not None:
                phashes.append((digest, result["phash"]))
            if result.get("warning"):
                warn.append((pid, "warning", result["warning"]))
        else:
            warn.append((pid, "warning", result["reason"]))
        if len(pending) >= 64 or time.perf_counter() - last_flush > 1.0:
            flush()
        if progress and (done % 8 == 0 or done == total):
            el = time.perf_counter() - t0
            progress(
                Progress("thumbnails", done, total, done / el if el else 0.0, display_path(by_id[pid][5]))
            )
    flush()
    report.thumbnails_per_s = done / max(time.perf_counter() - t0, 1e-9)
    if cancel is not None and cancel():
        report.cancelled = True
