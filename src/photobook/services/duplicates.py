"""Duplicates: find them, merge them into one record, or say that they are not duplicates.

- :func:`find`: exact duplicates (the same content hash) and near duplicates (perceptual hashes at
  most ``distance`` bits apart, looked up by core.duplicates' multi-index hash), grouped; pairs an
  archivist dismissed are not proposed again.
- :func:`merge`: the record kept takes the union of the others' metadata (titles and captions in
  the languages where it has none, their themes, the more precise date, the credits it lacks) as one
  edit with its history rows, and each other record becomes an alternate file of it: its file stays
  on disk and known to the catalog, so that a rescan does not add it again. One transaction (the
  caller's); :func:`undo_merge` puts everything back while nobody has saved the record kept since.
- :func:`dismiss`: the photographs of a group are not duplicates of one another.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import combinations
from typing import Any

from sqlalchemy import DateTime as SADateTime
from sqlalchemy import LargeBinary, delete, insert, select, update
from sqlalchemy.orm import Session

from photobook.core import dates
from photobook.core.duplicates import (
    DEFAULT_DISTANCE,
    DuplicateGroup,
    DuplicateMember,
    groups,
    hamming,
    near_pairs,
)
from photobook.core.records import PhotoRecord
from photobook.db import queries
from photobook.db.derive import refresh_derived
from photobook.db.models import (
    Caption,
    DuplicateDismissal,
    Photo,
    PhotoAlternate,
    PhotoHistory,
    PhotoMerge,
    TourSlide,
    photo_themes,
    utcnow,
)
from photobook.services.edits import (
    Change,
    EditError,
    EditRequest,
    EditResult,
    StaleRevision,
    apply_edits,
)

#: Fields the record kept takes from a merged one where it has none.
TAKEN_WHERE_EMPTY = ("photographer", "credit", "rights", "plate", "place", "notes")


@dataclass(frozen=True)
class Found:
    """What :func:`find` found: the groups, and how many photographs could not be compared yet
    (no perceptual hash: made before hashes existed, see ``photobook duplicates --compute``)."""

    groups: tuple[DuplicateGroup, ...]
    distance: int
    without_hash: int
    compared: int
    seconds: float


def find(session: Session, distance: int = DEFAULT_DISTANCE) -> Found:
    t0 = time.perf_counter()
    rows = queries.phash_rows(session)
    ids = [r[0] for r in rows]
    hashes = {r[0]: r[1] for r in rows}
    edges: set[tuple[int, int]] = set()
    same = queries.same_content_groups(session)
    digest_of: dict[int, int] = {}
    for n, copies in enumerate(same):
        edges.update(combinations(copies, 2))
        digest_of.update(dict.fromkeys(copies, n))
    if len(rows) > 1:
        import numpy as np

        from photobook.core.duplicates import to_unsigned

        values = np.array([to_unsigned(h) for _i, h in rows], dtype=np.uint64)
        edges.update((ids[i], ids[j]) for i, j in near_pairs(values, distance).tolist())
    edges -= queries.dismissed_pairs(session)
    out: list[DuplicateGroup] = []
    for g in groups(edges):
        first = g[0]
        content = [digest_of.get(pid) for pid in g]  # None: no other record has its bytes
        shared = {c for c in content if c is not None and content.count(c) > 1}
        members = []
        for pid, c in zip(g, content, strict=True):
            h0, h = hashes.get(first), hashes.get(pid)
            if c is not None and c == content[0]:
                distance_ = 0
            elif h0 is not None and h is not None:
                distance_ = hamming(h0, h)
            else:
                distance_ = None
            members.append(DuplicateMember(pid, distance_, c in shared))
        exact = len(set(content)) == 1 and content[0] is not None
        out.append(DuplicateGroup(tuple(members), exact))
    return Found(
        tuple(out), distance, queries.count_without_phash(session), len(rows), time.perf_counter() - t0
    )


# --- dismissing ---------------------------------------------------------------------------------


def dismiss(session: Session, ids: Sequence[int], user: str = "") -> int:
    """Say that these photographs are not duplicates of one another; returns the new pairs."""
    ids = sorted(set(ids))
    if len(ids) < 2:
        raise EditError("not duplicates: give at least two photographs")
    missing = set(ids) - queries.existing_photo_ids(session, ids)
    if missing:
        raise EditError(f"no photograph with id {', '.join(map(str, sorted(missing)))}")
    known = queries.dismissed_pairs(session)
    now = utcnow()
    rows = [
        {"photo_a": a, "photo_b": b, "user_name": user, "at": now}
        for a, b in combinations(ids, 2)
        if (a, b) not in known
    ]
    if rows:
        session.execute(insert(DuplicateDismissal), rows)
    return len(rows)


# --- merging ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    keep: int
    merged: tuple[int, ...]
    edit: EditResult

    def summary(self) -> str:
        """ "photograph 3 keeps 2 more files (7, 9); title:ar, themes taken" (English, the CLI)."""
        taken = sorted({c.field for c in self.edit.changes})
        n = len(self.merged)
        return (
            f"photograph {self.keep} keeps {n} more file{'s' if n != 1 else ''} "
            f"({', '.join(map(str, self.merged))})" + (f"; took {', '.join(taken)}" if taken else "")
        )


def _span(rec: PhotoRecord) -> int | None:
    b = dates.parse(rec.date) if rec.date else None
    return None if b is None else b.end - b.start


def union_request(keep: PhotoRecord, others: Sequence[PhotoRecord]) -> EditRequest:
    """What the record kept takes from the others: titles and captions in the languages where it
    has none, every theme, the more precise date, and the credits and place it lacks."""
    values: dict[str, str] = {}
    for other in others:
        for lang, cap in other.captions.items():
            mine = keep.captions.get(lang)
            if cap.title and not (mine and mine.title) and f"title:{lang}" not in values:
                values[f"title:{lang}"] = cap.title
            if cap.text and not (mine and mine.text) and f"caption:{lang}" not in values:
                values[f"caption:{lang}"] = cap.text
        for name in TAKEN_WHERE_EMPTY:
            theirs = getattr(other, name)
            if theirs and not getattr(keep, name) and name not in values:
                values[name] = theirs
        for name in ("place", "photographer", "credit", "rights"):  # and in Arabic and English
            for lang in ("ar", "en"):
                theirs, key = other.value_in(name, lang), f"{name}:{lang}"
                if theirs and not keep.value_in(name, lang) and key not in values:
                    values[key] = theirs
    best, best_span = keep.date, _span(keep)
    for other in others:
        span = _span(other)
        if span is not None and (best_span is None or span < best_span):
            best, best_span = other.date, span
    if best != keep.date:
        values["date"] = best
    add = tuple(dict.fromkeys(t for o in others for t in o.themes if t not in keep.themes))
    return EditRequest(values, add_themes=add, expect_revision=keep.revision)


def _encode(value: Any) -> Any:
    if isinstance(value, (bytes, memoryview)):
        return bytes(value).hex()
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _snapshot(session: Session, pid: int) -> dict[str, Any]:
    """A merged record as it was, to put back on undo: its row, captions, themes and history."""
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


def merge(session: Session, keep: int, others: Sequence[int], user: str = "") -> MergeResult:
    """Merge ``others`` into ``keep`` in the session's transaction (the caller commits). Checked
    before the first write: unknown ids, ``keep`` among the others, nothing to merge."""
    others = list(dict.fromkeys(others))
    if not others:
        raise EditError("merge: give the photograph to keep and at least one other")
    if keep in others:
        raise EditError(f"merge: photograph {keep} cannot be merged into itself")
    queries.lock_revisions(session, [keep, *others])
    records = {r.id: r for r in queries.photo_records(session, [keep, *others])}
    missing = [pid for pid in [keep, *others] if pid not in records]
    if missing:
        raise EditError(f"no photograph with id {', '.join(map(str, missing))}")
    kept = records[keep]
    request = union_request(kept, [records[o] for o in others])
    edit = apply_edits(session, {keep: request}, user)
    revision = edit.revisions.get(keep, kept.revision)
    snapshots = [_snapshot(session, o) for o in others]
    snapshots[0]["changes"] = [[c.field, c.old, c.new] for c in edit.changes]
    now = utcnow()
    merge_id = session.scalars(
        insert(PhotoMerge).returning(PhotoMerge.id),
        [{"photo_id": keep, "revision": revision, "merged": snapshots, "user_name": user, "at": now}],
    ).one()
    for o in others:
        rec = records[o]
        session.execute(update(TourSlide).where(TourSlide.photo_id == o).values(photo_id=keep))
        session.execute(update(PhotoMerge).where(PhotoMerge.photo_id == o).values(photo_id=keep))
        session.execute(update(PhotoAlternate).where(PhotoAlternate.photo_id == o).values(photo_id=keep))
        photo = session.get(Photo, o)
        assert photo is not None
        session.execute(
            insert(PhotoAlternate).values(
                photo_id=keep,
                merge_id=merge_id,
                former_id=o,
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
        session.execute(
            insert(PhotoHistory).values(
                photo_id=keep,
                revision=revision,
                field="merged",
                old_value=None,
                new_value=f"{o}: {rec.path}",
                user_name=user,
                at=now,
            )
        )
    session.expunge_all()  # the ORM objects read for the snapshots: their rows are about to go
    session.execute(delete(Photo).where(Photo.id.in_(others)))
    return MergeResult(merge_id, keep, tuple(others), edit)


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


def undo_merge(session: Session, merge_id: int, user: str = "") -> tuple[int, ...]:
    """Put back the records a merge took in, with their captions, themes, history and tour slides,
    and undo what the record kept took from them. Refused (:class:`StaleRevision`) once the record
    kept was saved since. Returns the ids put back."""
    m = session.get(PhotoMerge, merge_id)
    if m is None:
        raise EditError(f"no merge {merge_id}")
    keep, revision, snapshots = m.photo_id, m.revision, list(m.merged)
    current = queries.lock_revisions(session, [keep]).get(keep)
    if current != revision:
        raise StaleRevision(keep, revision, current or 0)
    session.expunge_all()
    session.execute(delete(PhotoMerge).where(PhotoMerge.id == merge_id))  # and its alternates
    theme_ids = queries.theme_slug_ids(session, (t for snap in snapshots for t in snap["themes"]))
    back: list[int] = []
    now = utcnow()
    for snap in snapshots:
        row = _decode_row(snap["row"])
        pid = row["id"]
        session.execute(insert(Photo).values(**row))
        caps = [
            {"photo_id": pid, "lang": lang, "title": t, "text": x}
            for lang, (t, x) in snap["captions"].items()
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
        session.execute(
            insert(PhotoHistory).values(
                photo_id=keep,
                revision=revision,
                field="merged",
                old_value=f"{pid}: {row['path']}",
                new_value=None,
                user_name=user,
                at=now,
            )
        )
        back.append(pid)
    refresh_derived(session, back)
    changes = snapshots[0].get("changes", []) if snapshots else []
    if changes:  # what the record kept took: the edit's own inverse, at the revision it made
        taken = EditResult(tuple(Change(keep, f, o, n) for f, o, n in changes), {keep: revision})
        apply_edits(session, taken.inverse(), user)
    return tuple(back)


def _decode_history(h: dict[str, Any]) -> dict[str, Any]:
    out = dict(h)
    if out.get("at"):
        out["at"] = datetime.fromisoformat(out["at"])
    return out


def last_merge(session: Session, keep: int) -> int | None:
    """The id of the latest merge into ``keep`` (the one :func:`undo_merge` can undo first)."""
    return session.scalar(
        select(PhotoMerge.id).where(PhotoMerge.photo_id == keep).order_by(PhotoMerge.id.desc()).limit(1)
    )
