"""``photobook check``: which originals are missing, moved or modified, and which thumbnails need
redoing. It only reads: the catalog is changed by the next ``photobook index``."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from photobook.db import queries
from photobook.db.engine import Library
from photobook.db.storage import ThumbStore, display_path, open_cache, open_regular
from photobook.indexer.walk import walk
from photobook.indexer.worker import content_hash

KINDS = ("missing", "modified", "moved", "thumbnails_missing")
CHUNK = 5000


def check_library(lib: Library) -> dict[str, Any]:
    """Every finding in lists (``missing``, ``modified``, ``moved``, ``thumbnails_missing``) with
    the ``checked`` and ``ok`` counts. For a large catalog, :func:`run_check` hands each finding
    over as it is found instead of holding them."""
    out: dict[str, Any] = {kind: [] for kind in KINDS}
    out.update(run_check(lib, lambda kind, item: out[kind].append(item)))
    return out


def run_check(lib: Library, emit: Callable[[str, dict[str, Any]], None]) -> dict[str, int]:
    """Compare every record with its file, source by source, and ``emit(kind, item)`` each finding;
    returns the ``checked`` and ``ok`` counts. Records are read from the catalog in chunks of plain
    rows and nothing is kept per record but the ids of those not found (until the moved ones are
    told apart), so memory follows the folders' listings, not the catalog."""
    counts = {"checked": 0, "ok": 0}
    with lib.Session() as session:
        queries.read_once(session)
        sources = queries.source_roots(session)
        store = ThumbStore(lib.thumbs_path, readonly=True) if lib.readonly else open_cache(lib)
        try:
            for sid, root_b in sources.items():
                _check_source(session, sid, root_b, emit, counts)
            for chunk in queries.iter_check_rows(session, None, CHUNK):
                need = store.missing([r[4] for r in chunk])
                for pid, _sid, _pb, path, digest, _size, _mtime in chunk:
                    if digest in need:
                        emit("thumbnails_missing", {"id": pid, "path": path})
        finally:
            store.close()
    return counts


def _check_source(
    session: Any, sid: int, root_b: bytes, emit: Callable[[str, dict[str, Any]], None], counts: dict[str, int]
) -> None:
    root = display_path(root_b)
    seen = {e.rel: e for e in walk(root_b).files} if os.path.isdir(root_b) else {}
    known: set[bytes] = set()
    lost: dict[int, tuple[int, str, str]] = {}  # id → (size, content hash, path): records not found
    for chunk in queries.iter_check_rows(session, sid, CHUNK):
        for pid, _sid, pb, path, digest, size, mtime_ns in chunk:
            counts["checked"] += 1
            rel = bytes(pb).split(b"\x00", 1)[0]  # a displaced record's old path
            e = seen.get(rel)
            if e is None:
                if seen:  # only a lost record can have been moved within the folder
                    lost[pid] = (size, digest, path)
                else:
                    emit("missing", {"id": pid, "path": f"{root}/{path}"})
                continue
            known.add(rel)
            if e.size != size or e.mtime_ns != mtime_ns:
                emit("modified", {"id": pid, "path": f"{root}/{path}"})
            else:
                counts["ok"] += 1
    # a lost photo whose content turns up under a new name in the same source was moved
    by_size: dict[int, list[int]] = {}
    for pid, (size, _digest, _path) in lost.items():
        by_size.setdefault(size, []).append(pid)
    for rel, e in seen.items():
        if rel in known or e.size not in by_size:
            continue
        try:
            f, _st = open_regular(os.path.join(root_b, rel))
            with f:
                digest = content_hash(f, e.size)
        except OSError:
            continue
        for pid in by_size[e.size]:
            if pid in lost and lost[pid][1] == digest:
                path = lost.pop(pid)[2]
                emit(
                    "moved", {"id": pid, "path": f"{root}/{path}", "found_at": f"{root}/{display_path(rel)}"}
                )
                break
    for pid, (_size, _digest, path) in lost.items():
        emit("missing", {"id": pid, "path": f"{root}/{path}"})
