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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations

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
from photobook.core.languages import LANGUAGES, LOCALIZED_FIELDS, localized_field
from photobook.core.records import PhotoRecord
from photobook.db import queries, queries_duplicates
from photobook.db.derive import refresh_derived
from photobook.db.engine import Library
from photobook.db.models import utcnow
from photobook.db.storage import open_cache
from photobook.indexer.phash import perceptual_hash
from photobook.services.edits import (
    TEXT_FIELDS,
    Change,
    EditError,
    EditRequest,
    EditResult,
    StaleRevision,
    apply_edits,
)

#: Fields the record kept takes from a merged one where it has none (French, or the one value; the
#: other languages of those written per language below).
TAKEN_WHERE_EMPTY = TEXT_FIELDS


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
    edges -= queries.dismissed_pairs(session, {pid for edge in edges for pid in edge})
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
    known = queries.dismissed_pairs(session, ids)
    pairs = [(a, b) for a, b in combinations(ids, 2) if (a, b) not in known]
    queries_duplicates.insert_dismissals(session, pairs, user, utcnow())
    return len(pairs)


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
        for name in LOCALIZED_FIELDS:  # and in Arabic and English (French: the field's own, above)
            for lang in LANGUAGES:
                theirs, key = other.value_in(name, lang), localized_field(name, lang)
                if key != name and theirs and not keep.value_in(name, lang) and key not in values:
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
    snapshots = [queries_duplicates.merge_snapshot(session, o) for o in others]
    snapshots[0]["changes"] = [[c.field, c.old, c.new] for c in edit.changes]
    now = utcnow()
    merge_id = queries_duplicates.insert_merge(session, keep, revision, snapshots, user, now)
    for o in others:
        queries_duplicates.fold_into(session, o, keep, merge_id)
        queries_duplicates.merge_history(session, keep, revision, None, f"{o}: {records[o].path}", user, now)
    queries_duplicates.delete_photos(session, others)
    return MergeResult(merge_id, keep, tuple(others), edit)


def undo_merge(session: Session, merge_id: int, user: str = "") -> tuple[int, ...]:
    """Put back the records a merge took in, with their captions, themes, history and tour slides,
    and undo what the record kept took from them. Refused (:class:`StaleRevision`) once the record
    kept was saved since. Returns the ids put back."""
    m = queries_duplicates.merge_row(session, merge_id)
    if m is None:
        raise EditError(f"no merge {merge_id}")
    keep, revision, snapshots = m.photo_id, m.revision, m.merged
    current = queries.lock_revisions(session, [keep]).get(keep)
    if current != revision:
        raise StaleRevision(keep, revision, current or 0)
    queries_duplicates.delete_merge(session, merge_id)  # and its alternates
    theme_ids = queries.theme_slug_ids(session, (t for snap in snapshots for t in snap["themes"]))
    back: list[int] = []
    now = utcnow()
    for snap in snapshots:
        pid, path = queries_duplicates.restore_snapshot(session, snap, theme_ids)
        queries_duplicates.merge_history(session, keep, revision, f"{pid}: {path}", None, user, now)
        back.append(pid)
    refresh_derived(session, back)
    changes = snapshots[0].get("changes", []) if snapshots else []
    if changes:  # what the record kept took: the edit's own inverse, at the revision it made
        taken = EditResult(tuple(Change(keep, f, o, n) for f, o, n in changes), {keep: revision})
        apply_edits(session, taken.inverse(), user)
    return tuple(back)


def last_merge(session: Session, keep: int) -> int | None:
    """The id of the latest merge into ``keep`` (the one :func:`undo_merge` can undo first)."""
    return queries_duplicates.last_merge(session, keep)


def fill_missing(
    lib: Library,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> tuple[int, int]:
    """Perceptual hashes for the photographs that have none, from their cached thumbnails (a
    catalog made before the hashes existed). Returns (filled, still without: no thumbnail yet)."""
    with lib.Session() as session, session.begin():
        queries.copy_phashes_within_content(session)
    with lib.Session() as session:
        todo = queries.content_hashes_without_phash(session)
    store = open_cache(lib)
    filled = lacking = 0
    found: list[tuple[str, int]] = []
    last = time.perf_counter()
    try:
        for done, digest in enumerate(todo, 1):
            data = store.get(digest)
            value = perceptual_hash(data) if data else None
            if value is None:
                lacking += 1
            else:
                found.append((digest, value))
            if len(found) >= 500 or done == len(todo) or (cancel is not None and cancel()):
                with lib.Session() as session, session.begin():
                    filled += queries.set_phashes(session, found)
                found = []
                if cancel is not None and cancel():
                    break
            if progress is not None and (done == len(todo) or time.perf_counter() - last > 0.2):
                progress(done, len(todo))
                last = time.perf_counter()
    finally:
        store.close()
    return filled, lacking
