"""Import and export of the catalogue record (captions, dates, themes, status, credits) as JSON.

The format (``{"format": "photobook-catalog", "version": 1, "photos": [...]}``) matches photos by
content hash when given, else by path relative to a source folder. Originals are never touched.
Import is idempotent and commits in batches, so an interrupted import can simply be run again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from photobook.db import queries
from photobook.db.engine import Library
from photobook.db.models import Photo, Source
from photobook.services import edits

FORMAT = "photobook-catalog"
VERSION = 1
BATCH = 500


class TransferError(ValueError):
    pass


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TransferError(f"no such file: {path}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TransferError(f"{path} is not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise TransferError(f"{path} is not a photobook catalog (expected \"format\": \"{FORMAT}\")")
    if data.get("version") != VERSION:
        raise TransferError(f"{path}: unsupported version {data.get('version')!r} (this photobook reads {VERSION})")
    if not isinstance(data.get("photos"), list):
        raise TransferError(f"{path}: \"photos\" must be a list")
    return data


def import_catalog(lib: Library, path: Path, source: Path | None = None) -> dict[str, Any]:
    data = _load(path)
    result: dict[str, Any] = {"updated": 0, "not_found": [], "errors": []}
    entries = data["photos"]
    for start in range(0, len(entries), BATCH):
        with lib.Session() as session, session.begin():
            source_ids = _source_ids(session, source)
            touched: list[int] = []
            for n, entry in enumerate(entries[start:start + BATCH], start):
                if not isinstance(entry, dict):
                    result["errors"].append(f"entry {n}: not an object")
                    continue
                pid = _match(session, entry, source_ids)
                if pid is None:
                    result["not_found"].append(entry.get("path") or entry.get("content_hash") or f"entry {n}")
                    continue
                try:
                    with session.begin_nested():  # one bad entry does not spoil the batch
                        _apply(session, pid, entry)
                except edits.EditError as exc:
                    result["errors"].append(f"{entry.get('path', n)}: {exc}")
                    continue
                touched.append(pid)
            edits.finish(session, touched)
            result["updated"] += len(touched)
    return result


def _source_ids(session: Session, source: Path | None) -> list[int] | None:
    if source is None:
        return None
    import os

    from photobook.db.storage import source_bytes

    key = os.fsencode(Path(source).expanduser().resolve())
    ids = [s.id for s in session.scalars(select(Source)) if source_bytes(s) == key]
    if not ids:
        raise TransferError(f"{source} is not an indexed source folder (photobook index it first)")
    return ids


def _match(session: Session, entry: dict[str, Any], source_ids: list[int] | None) -> int | None:
    digest = entry.get("content_hash")
    if digest:
        pid: int | None = session.scalar(select(Photo.id).where(Photo.content_hash == digest).limit(1))
        if pid is not None:
            return pid
    rel = entry.get("path")
    if not rel:
        return None
    stmt = select(Photo.id).where(Photo.path_bytes == str(rel).encode("utf-8"))
    if source_ids is not None:
        stmt = stmt.where(Photo.source_id.in_(source_ids))
    ids = session.scalars(stmt.limit(2)).all()
    return ids[0] if len(ids) == 1 else None


def _apply(session: Session, pid: int, entry: dict[str, Any]) -> None:
    if "date" in entry and entry.get("date_source", "archivist") == "archivist":
        edits.set_date(session, pid, str(entry["date"] or ""))
    if "status" in entry:
        edits.set_status(session, [pid], str(entry["status"]))
    if "themes" in entry:
        edits.set_themes(session, pid, [str(s) for s in entry["themes"] or []])
    for lang, cap in (entry.get("captions") or {}).items():
        if isinstance(cap, str):
            cap = {"title": "", "text": cap}
        edits.set_caption(session, pid, lang, str(cap.get("title") or ""), str(cap.get("text") or ""))
    fields = {k: entry[k] for k in edits.TEXT_FIELDS if k in entry}
    coords = entry.get("place_coords")
    if isinstance(coords, list) and len(coords) == 2:
        fields["place_lat"], fields["place_lon"] = coords
    if fields:
        edits.set_fields(session, pid, **fields)


def export_catalog(lib: Library) -> dict[str, Any]:
    """Everything an archivist wrote, for every photograph, in the import format."""
    photos = []
    with lib.Session() as session:
        ids = queries.photo_ids(session)
        for start in range(0, len(ids), 2000):
            for rec in queries.photo_records(session, ids[start:start + 2000]):
                r = rec.as_json()
                photos.append({
                    "path": rec.path, "source": rec.source, "content_hash": rec.content_hash,
                    "date": rec.date, "date_source": rec.date_source, "status": rec.status,
                    "themes": list(rec.themes), "reigns": list(rec.reigns),
                    "captions": {lang: {"title": c.title, "text": c.text}
                                 for lang, c in sorted(rec.captions.items())},
                    **{k: r[k] for k in edits.TEXT_FIELDS if r.get(k)},
                    **({"place_coords": r["place_coords"]} if r.get("place_coords") else {}),
                })
    return {"format": FORMAT, "version": VERSION, "photos": photos}
