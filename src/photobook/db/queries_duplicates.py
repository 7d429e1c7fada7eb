"""The SQL of services.duplicates' writes: "not duplicates" pairs, and merging records into one
(each other record kept as an alternate file of it, with a snapshot to put it back) and undoing a
merge. fn(session, …) in the caller's transaction; the reads of finding duplicates are in
db.queries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime as SADateTime
from sqlalchemy import LargeBinary, delete, insert, select, update
from sqlalchemy.orm import Session

from photobook.db.models import (
    Caption,
    DuplicateDismissal,
    Photo,
    PhotoAlternate,
    PhotoHistory,
    PhotoMerge,
    TourSlide,
    photo_themes,
)


def insert_dismissals(session: Session, pairs: Sequence[tuple[int, int]], user: str, at: datetime) -> None:
    """Pairs (a < b) of photographs said not to be duplicates."""
    if pairs:
        session.execute(
            insert(DuplicateDismissal),
            [{"photo_a": a, "photo_b": b, "user_name": user, "at": at} for a, b in pairs],
        )


# --- merging ------------------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, (bytes, memoryview)):
        return bytes(value).hex()
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def merge_snapshot(session: Session, pid: int) -> dict[str, Any]:
    """A record about to be merged as it is, as JSON data to put back on undo: its row, captions,
    themes and history, and the ids of the tour slides, merges and alternates that point at it."""
    photo = session.get(Photo, pid)
    assert photo is not None
    row = {c.key: _encode(getattr(photo, c.key)) for c in Photo.__table__.columns}
    return {
        "row": row,
        "captions": {c.lang: [c.title, c.text] for c in photo.captions},
        "themes": [t.slug for t in photo.themes],
        "history": [
            {
                k: _encode(getattr(h, k))
                for k in ("revision", "field", "old_value", "new_value", "user_name", "at")
            }
            for h in session.scalars(
                select(PhotoHistory).where(PhotoHistory.photo_id == pid).order_by(PhotoHistory.id)
            )
        ],
        "slides": list(session.scalars(select(TourSlide.id).where(TourSlide.photo_id == pid))),
        "merges": list(session.scalars(select(PhotoMerge.id).where(PhotoMerge.photo_id == pid))),
        "alternates": list(session.scalars(select(PhotoAlternate.id).where(PhotoAlternate.photo_id == pid))),
    }


def insert_merge(
    session: Session, keep: int, revision: int, snapshots: list[dict[str, Any]], user: str, at: datetime
) -> int:
    """The merge into ``keep`` (at the revision the merge left it), with the snapshots of the
    records it takes in; returns its id."""
    merge_id: int = session.scalars(
        insert(PhotoMerge).returning(PhotoMerge.id),
        [{"photo_id": keep, "revision": revision, "merged": snapshots, "user_name": user, "at": at}],
    ).one()
    return merge_id


def fold_into(session: Session, other: int, keep: int, merge_id: int) -> None:
    """What pointed at ``other`` points at ``keep`` (tour slides, earlier merges, alternates), and
    ``other``'s file becomes an alternate of ``keep`` (its row is deleted by :func:`delete_photos`)."""
    session.execute(update(TourSlide).where(TourSlide.photo_id == other).values(photo_id=keep))
    session.execute(update(PhotoMerge).where(PhotoMerge.photo_id == other).values(photo_id=keep))
    session.execute(update(PhotoAlternate).where(PhotoAlternate.photo_id == other).values(photo_id=keep))
    photo = session.get(Photo, other)
    assert photo is not None
    session.execute(
        insert(PhotoAlternate).values(
            photo_id=keep,
            merge_id=merge_id,
            former_id=other,
            source_id=photo.source_id,
            path_bytes=photo.path_bytes,
            path=photo.path,
            content_hash=photo.content_hash,
            size=photo.size,
            mtime_ns=photo.mtime_ns,
            pixel_width=photo.pixel_width,
            pixel_height=photo.pixel_height,
        )
    )


def merge_history(
    session: Session,
    keep: int,
    revision: int,
    old_value: str | None,
    new_value: str | None,
    user: str,
    at: datetime,
) -> None:
    """A "merged" line in the history of the record kept: "7: path" taken in (new) or put back (old)."""
    session.execute(
        insert(PhotoHistory).values(
            photo_id=keep,
            revision=revision,
            field="merged",
            old_value=old_value,
            new_value=new_value,
            user_name=user,
            at=at,
        )
    )


def delete_photos(session: Session, ids: Sequence[int]) -> None:
    """The merged records' rows (their captions and themes cascade)."""
    session.expunge_all()  # the ORM objects read for the snapshots: their rows are about to go
    session.execute(delete(Photo).where(Photo.id.in_(list(ids))))


# --- undoing a merge ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeRow:
    photo_id: int  # the record kept
    revision: int  # its revision as the merge left it
    merged: list[dict[str, Any]]  # the snapshots of the records taken in (merge_snapshot)


def merge_row(session: Session, merge_id: int) -> MergeRow | None:
    m = session.get(PhotoMerge, merge_id)
    if m is None:
        return None
    return MergeRow(m.photo_id, m.revision, list(m.merged))


def delete_merge(session: Session, merge_id: int) -> None:
    """A merge, and the alternates it made (they cascade)."""
    session.expunge_all()
    session.execute(delete(PhotoMerge).where(PhotoMerge.id == merge_id))


def last_merge(session: Session, keep: int) -> int | None:
    """The id of the latest merge into ``keep``."""
    return session.scalar(
        select(PhotoMerge.id).where(PhotoMerge.photo_id == keep).order_by(PhotoMerge.id.desc()).limit(1)
    )


def _decode_row(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for c in Photo.__table__.columns:
        value = out.get(c.key)
        if value is None:
            continue
        if isinstance(c.type, LargeBinary):
            out[c.key] = bytes.fromhex(value)
        elif isinstance(c.type, SADateTime):
            out[c.key] = datetime.fromisoformat(value)
    return out


def _decode_history(h: dict[str, Any]) -> dict[str, Any]:
    out = dict(h)
    if out.get("at"):
        out["at"] = datetime.fromisoformat(out["at"])
    return out


def restore_snapshot(session: Session, snap: dict[str, Any], theme_ids: dict[str, int]) -> tuple[int, str]:
    """Put back a record from its :func:`merge_snapshot`: its row, captions, themes (those still in
    the vocabulary, ``theme_ids`` by slug) and history, and point its tour slides, merges and
    alternates at it again. Returns its id and path."""
    row = _decode_row(snap["row"])
    pid = row["id"]
    session.execute(insert(Photo).values(**row))
    caps = [
        {"photo_id": pid, "lang": lang, "title": t, "text": x} for lang, (t, x) in snap["captions"].items()
    ]
    if caps:
        session.execute(insert(Caption), caps)
    links = [{"photo_id": pid, "theme_id": theme_ids[s]} for s in snap["themes"] if s in theme_ids]
    if links:
        session.execute(insert(photo_themes), links)
    history = [{**_decode_history(h), "photo_id": pid} for h in snap["history"]]
    if history:
        session.execute(insert(PhotoHistory), history)
    if snap["slides"]:
        session.execute(update(TourSlide).where(TourSlide.id.in_(snap["slides"])).values(photo_id=pid))
    if snap["merges"]:
        session.execute(update(PhotoMerge).where(PhotoMerge.id.in_(snap["merges"])).values(photo_id=pid))
    if snap["alternates"]:
        session.execute(
            update(PhotoAlternate).where(PhotoAlternate.id.in_(snap["alternates"])).values(photo_id=pid)
        )
    return int(pid), str(row["path"])
