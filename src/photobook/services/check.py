"""``photobook check``: which originals are missing, moved or modified, and which thumbnails need
redoing. It only reads: the catalog is changed by the next ``photobook index``."""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import select

from photobook.db.engine import Library
from photobook.db.models import Photo, Source
from photobook.db.storage import ThumbStore, display_path, open_cache, open_regular, source_bytes
from photobook.indexer.walk import walk
from photobook.indexer.worker import content_hash


def check_library(lib: Library) -> dict[str, Any]:
    out: dict[str, Any] = {
        "missing": [],
        "modified": [],
        "moved": [],
        "thumbnails_missing": [],
        "checked": 0,
        "ok": 0,
    }
    with lib.Session() as session:
        sources = {src.id: source_bytes(src) for src in session.scalars(select(Source))}
        rows = session.execute(
            select(
                Photo.id,
                Photo.source_id,
                Photo.path_bytes,
                Photo.path,
                Photo.size,
                Photo.mtime_ns,
                Photo.content_hash,
            )
        ).all()
    by_source: dict[int, list[Any]] = {}
    for r in rows:
        by_source.setdefault(r.source_id, []).append(r)
    for sid, root_b in sources.items():
        root = display_path(root_b)
        seen = {e.rel: e for e in walk(root_b).files} if os.path.isdir(root_b) else {}
        known = set()
        lost = []
        for r in by_source.get(sid, []):
            out["checked"] += 1
            rel = bytes(r.path_bytes).split(b"\x00", 1)[0]  # a displaced record's old path
            known.add(rel)
            e = seen.get(rel)
            if e is None:
                lost.append(r)
            elif e.size != r.size or e.mtime_ns != r.mtime_ns:
                out["modified"].append({"id": r.id, "path": f"{root}/{r.path}"})
            else:
                out["ok"] += 1
        # a lost photo whose content turns up under a new name in the same source was moved
        by_size: dict[int, list[Any]] = {}
        for r in lost:
            by_size.setdefault(r.size, []).append(r)
        for rel, e in seen.items():
            if rel in known or e.size not in by_size:
                continue
            try:
                f, _st = open_regular(os.path.join(root_b, rel))
                with f:
                    digest = content_hash(f, e.size)
            except OSError:
                continue
            for r in by_size[e.size]:
                if digest == r.content_hash and r in lost:
                    lost.remove(r)
                    out["moved"].append(
                        {"id": r.id, "path": f"{root}/{r.path}", "found_at": f"{root}/{display_path(rel)}"}
                    )
                    break
        out["missing"].extend({"id": r.id, "path": f"{root}/{r.path}"} for r in lost)
    store = ThumbStore(lib.thumbs_path, readonly=True) if lib.readonly else open_cache(lib)
    need = store.missing([r.content_hash for r in rows])
    out["thumbnails_missing"] = [{"id": r.id, "path": r.path} for r in rows if r.content_hash in need]
    store.close()
    return out
