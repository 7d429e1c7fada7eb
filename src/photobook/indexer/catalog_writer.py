"""Writing what the workers read into the catalog, in bulk, one transaction per batch.

The archivist's work is never overwritten: a changed or moved file keeps its record's status, an
archivist's date and every field the archivist changed; the machine's own readings (pixel size,
camera, a date taken from the file's metadata or its name) are refreshed.

What the file and its sidecars say (captions, photographer, rights, credit, place, location,
keywords) is kept in ``photos.file_values`` each time they are read. On a later read, a field whose
value is still the one the file gave last time is the file's, and takes the new value; a field
the archivist changed (or emptied) stays as it is. The same holds for the themes the file's
keywords matched, as a set. A record without ``file_values`` (catalogued before they were kept)
follows the older rule: embedded captions and themes only for a record that has none, the other
fields left alone. A field the archivist emptied on purpose (``cleared_fields``) stays empty
whatever the file says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from photobook.core.reasons import Reason, ReasonCode
from photobook.core.records import Caption as CaptionText
from photobook.core.records import FileMeta, PhotoMeta
from photobook.core.text import fold
from photobook.core.themes import keyword_index, match_keywords, match_paths
from photobook.db import queries
from photobook.db.derive import date_columns, refresh_derived
from photobook.db.engine import Library, LibraryError
from photobook.db.models import Caption, IndexProblem, Photo, Source, Theme, photo_themes, utcnow
from photobook.db.storage import chunked, display_path

MACHINE_DATES = ("none", "filename", "exif_capture", "exif_digitised", "xmp_created", "iptc_created")
#: The photo columns filled from the file's metadata, refreshed while the archivist leaves them.
FILE_COLUMNS = ("photographer", "rights", "credit", "place", "keywords", "location")


def tombstone(rel: bytes, pid: int) -> bytes:
    """A path no file can have (NUL), for a record whose path another record now occupies."""
    return rel + b"\x00displaced:" + str(pid).encode()


@dataclass
class Action:
    source_id: int
    rel: bytes  # path in the source
    meta: FileMeta
    photo_id: int | None = None  # None: a new record
    moved: bool = False


def _without_ancestors(slugs: set[str]) -> set[str]:
    """A theme and one of its sub-themes: the sub-theme says more."""
    from photobook.core.themes import SEED_THEMES

    parents = {slug: parent for slug, parent, *_rest in SEED_THEMES}
    out = set(slugs)
    for slug in slugs:
        parent = parents.get(slug)
        while parent:
            out.discard(parent)
            parent = parents.get(parent)
    return out


def _clean_value(value: Any) -> Any:
    """Text bound for the catalog: no NUL (PostgreSQL refuses it; names never contain one)."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, tuple):
        return tuple(_clean_value(v) for v in value)
    if isinstance(value, CaptionText):
        return CaptionText(_clean_value(value.title), _clean_value(value.text))
    if isinstance(value, dict):
        return {k: _clean_value(v) for k, v in value.items()}
    return value


def _clean(meta: PhotoMeta) -> PhotoMeta:
    changes = {}
    for f in fields(meta):
        if f.init:
            value = getattr(meta, f.name)
            cleaned = _clean_value(value)
            if cleaned != value:
                changes[f.name] = cleaned
    return replace(meta, **changes) if changes else meta


@dataclass(frozen=True)
class _Embedded:
    """A record that takes the file's captions and/or keywords: all of them (``captions``: it has
    none of its own), or those the archivist left as the file gave them (``merge``)."""

    photo_id: int
    meta: PhotoMeta
    captions: bool
    themes: bool
    slugs: tuple[str, ...]  # the themes the file's keywords matched
    new: bool = False  # inserted by this batch: nothing of it was emptied by an archivist
    merge: dict[str, tuple[str, str]] | None = None  # the file's captions last time, by language


def _caption_values(meta: PhotoMeta) -> dict[str, list[str]]:
    return {lang: [c.title, c.text] for lang, c in sorted(meta.captions.items()) if c}


def _same(a: Any, b: Any) -> bool:
    """Two field values are the same (None, "" and {} are all "nothing")."""
    return (a or None) == (b or None)


class SourceGone(Exception):
    """Another process removed the source folder being indexed (remove-source)."""

    def __init__(self, source_id: int) -> None:
        super().__init__(source_id)
        self.source_id = source_id


class CatalogWriter:
    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self._last_error = ""
        with lib.Session() as session:
            themes = session.execute(
                select(Theme.id, Theme.slug, Theme.label_fr, Theme.label_ar, Theme.label_en)
            ).all()
        self.theme_ids = {slug: tid for tid, slug, *_labels in themes}
        # the seed's extra keywords, then every theme's slug and labels as they are now (an
        # archivist's new or renamed theme matches too)
        self.keywords = {k: v for k, v in keyword_index().items() if v in self.theme_ids}
        for _tid, slug, *labels in themes:
            for word in (slug, slug.replace("-", " "), *labels):
                if word:
                    self.keywords[fold(word)] = slug

    # --- problems -------------------------------------------------------------------------------

    def problem(
        self,
        session: Session,
        source_id: int,
        rel: bytes,
        severity: str,
        reasons: Sequence[Reason],
        replace: Sequence[ReasonCode] | None = None,
    ) -> None:
        """One row per reason for the file at ``rel``, in place of the rows it had (only of the
        codes in ``replace`` when given: a thumbnail's problem leaves the metadata's warnings alone)."""
        stmt = delete(IndexProblem).where(IndexProblem.source_id == source_id, IndexProblem.path_bytes == rel)
        if replace is not None:
            stmt = stmt.where(IndexProblem.code.in_([c.value for c in replace]))
        session.execute(stmt)
        if reasons:
            now, shown = utcnow(), display_path(rel)
            session.execute(
                insert(IndexProblem),
                [
                    {
                        "source_id": source_id,
                        "path_bytes": rel,
                        "path": shown,
                        "severity": severity,
                        "code": r.code.value,
                        "params": _clean_value(r.to_json()["values"]),
                        "seen_at": now,
                    }
                    for r in reasons
                ],
            )

    def clear_problems(self, session: Session, source_id: int, rels: Sequence[bytes]) -> None:
        for chunk in chunked(rels):
            session.execute(
                delete(IndexProblem).where(
                    IndexProblem.source_id == source_id, IndexProblem.path_bytes.in_(chunk)
                )
            )

    # --- what a walk found ----------------------------------------------------------------------

    def mark_scanned(self, session: Session, source_id: int) -> None:
        session.execute(update(Source).where(Source.id == source_id).values(last_scan_at=utcnow()))

    def set_missing(self, session: Session, ids: Sequence[int], missing: bool) -> None:
        """Records whose file is gone (True), or back where it was (False)."""
        for chunk in chunked(ids):
            session.execute(update(Photo).where(Photo.id.in_(chunk)).values(missing=missing))

    def vacate(
        self, session: Session, photo_id: int, path: bytes | None = None, *, missing: bool = False
    ) -> None:
        """Free the path a record is about to leave (its file was renamed or moved) by giving it a
        path no file can have; ``missing``: the record also waits, missing, for its file."""
        if path is None:
            path = queries.photo_path_bytes(session, photo_id)
        values: dict[str, Any] = {"path_bytes": tombstone(path.split(b"\x00", 1)[0], photo_id)}
        if missing:
            values["missing"] = True
        session.execute(update(Photo).where(Photo.id == photo_id).values(**values))

    # --- records --------------------------------------------------------------------------------

    def write(self, actions: list[Action], report: Any) -> list[int]:
        """Apply a batch in one transaction. If the database refuses the batch, each file is tried
        on its own, so that one bad record costs that file (recorded with the reason), not the run."""
        attempt = self._attempt(actions, report)
        if attempt is not None:
            return attempt
        ids: list[int] = []
        for action in actions:
            one = self._attempt([action], report) if len(actions) > 1 else None
            if one is not None:
                ids.extend(one)
                continue
            reason = Reason(ReasonCode.NOT_STORED, {"detail": self._last_error})
            with self.lib.Session() as session, session.begin():
                self.problem(session, action.source_id, action.rel, "error", [reason])
            report.failed.append((display_path(action.rel), reason))
        return ids

    def _attempt(self, actions: list[Action], report: Any) -> list[int] | None:
        """The batch in one transaction, or None (and the report as it was) if it was refused."""
        counts = (report.indexed, report.moved, len(report.failed), len(report.warnings))
        try:
            with self.lib.Session() as session, session.begin():
                return self._write(session, actions, report)
        except (LibraryError, OperationalError, SourceGone):  # the catalog, not this batch: stop
            raise
        except Exception as exc:  # any driver error (a value the database refuses, a NUL, …)
            self._last_error = (str(exc).splitlines() or [type(exc).__name__])[0][:160]
            report.indexed, report.moved = counts[0], counts[1]
            del report.failed[counts[2] :]
            del report.warnings[counts[3] :]
            return None

    def _tech(self, meta: PhotoMeta) -> dict[str, Any]:
        gps = meta.gps
        return {
            "content_hash": meta.content_hash,
            "size": meta.size,
            "mtime_ns": meta.mtime_ns,
            "format": meta.format,
            "pixel_width": meta.pixel_width,
            "pixel_height": meta.pixel_height,
            "orientation": meta.orientation,
            "width": meta.width,
            "height": meta.height,
            "camera_make": meta.camera_make,
            "camera_model": meta.camera_model,
            "digitised_at": meta.digitised_at,
            "gps_lat": gps[0] if gps else None,
            "gps_lon": gps[1] if gps else None,
            "sidecar_sig": meta.sidecar_sig,
            "missing": False,
            "updated_at": utcnow(),
        }

    def _write(self, session: Session, actions: list[Action], report: Any) -> list[int]:
        wanted = {a.source_id for a in actions}
        present = set(session.scalars(select(Source.id).where(Source.id.in_(wanted))))
        if wanted - present:  # under the write lock: it cannot vanish after this check
            raise SourceGone(min(wanted - present))
        self._known_meanwhile(session, actions)
        touched: list[int] = []
        ok: dict[int, list[bytes]] = {}
        new_rows: list[dict[str, Any]] = []
        new_meta: list[tuple[PhotoMeta, tuple[str, ...]]] = []
        state = self._existing_state(
            session, [a.photo_id for a in actions if a.photo_id is not None and a.meta.ok]
        )
        # what the archivist emptied on purpose: a file never fills it again (credit, themes…)
        emptied = queries.cleared_fields(session, list(state))
        extras: list[_Embedded] = []
        retag: list[tuple[int, set[int], set[int]]] = []  # (photo, theme ids to remove, to add)
        for a in actions:
            rel_text = display_path(a.rel)
            if not isinstance(a.meta, PhotoMeta):
                reason = a.meta.reason
                self.problem(session, a.source_id, a.rel, "error", [reason])
                report.failed.append((rel_text, reason))
                continue
            meta = _clean(a.meta)
            if meta.warnings:
                self.problem(session, a.source_id, a.rel, "warning", meta.warnings)
                report.warnings.extend((rel_text, w) for w in meta.warnings)
            else:
                ok.setdefault(a.source_id, []).append(a.rel)
            if a.photo_id is None:
                row = dict(
                    self._tech(meta),
                    source_id=a.source_id,
                    path_bytes=a.rel,
                    path=rel_text,
                    date_source=meta.date_source,
                    status="draft",
                    created_at=utcnow(),
                    search_text="",
                )
                row.update(date_columns(meta.date_edtf))
                slugs, file_values = self._file_values(meta)
                row.update({c: file_values[c] for c in FILE_COLUMNS}, file_values=file_values)
                new_rows.append(row)
                new_meta.append((meta, tuple(slugs)))
                report.indexed += 1
                continue
            date_source, has_captions, themes_now, current = state[a.photo_id]
            has_themes = bool(themes_now)
            values = self._tech(meta)
            slugs, file_values = self._file_values(meta)
            before = current.get("file_values")
            if isinstance(before, dict) and isinstance(before.get("themes"), list):
                # the themes the file gave, while the archivist left them so, follow the file
                was = {self.theme_ids[t] for t in before["themes"] if t in self.theme_ids}
                want = {self.theme_ids[t] for t in file_values["themes"]}
                if themes_now == was and want != was and "themes" not in emptied.get(a.photo_id, ()):
                    retag.append((a.photo_id, was - want, want - was))
                has_themes = True
            if isinstance(before, dict):  # the fields the archivist left as the file gave them
                kept_empty = emptied.get(a.photo_id, set())
                values.update(
                    {
                        c: file_values[c]
                        for c in FILE_COLUMNS
                        if _same(current.get(c), before.get(c)) and c not in kept_empty
                    }
                )
            values["file_values"] = file_values
            if a.moved:
                values.update(source_id=a.source_id, path_bytes=a.rel, path=rel_text)
                report.moved += 1
            else:
                report.indexed += 1
            if date_source in MACHINE_DATES:  # the archivist's date is never replaced
                values.update(date_columns(meta.date_edtf), date_source=meta.date_source)
            session.execute(update(Photo).where(Photo.id == a.photo_id).values(**values))
            merge = None
            if isinstance(before, dict):  # an emptied caption is the archivist's too
                merge = {lang: (tc[0], tc[1]) for lang, tc in (before.get("captions") or {}).items()}
            if not has_captions or not has_themes or merge is not None:
                extras.append(
                    _Embedded(
                        a.photo_id,
                        meta,
                        captions=not has_captions and merge is None,
                        themes=not has_themes,
                        slugs=tuple(slugs),
                        merge=merge,
                    )
                )
            touched.append(a.photo_id)
        if new_rows:
            ids = list(
                session.scalars(insert(Photo).returning(Photo.id, sort_by_parameter_order=True), new_rows)
            )
            extras.extend(
                _Embedded(pid, meta, captions=True, themes=True, slugs=slugs, new=True)
                for pid, (meta, slugs) in zip(ids, new_meta, strict=True)
            )
            touched.extend(ids)
        self._embedded(session, extras)
        for pid, gone, added in retag:
            if gone:
                session.execute(
                    delete(photo_themes).where(
                        photo_themes.c.photo_id == pid, photo_themes.c.theme_id.in_(gone)
                    )
                )
            if added:
                session.execute(
                    insert(photo_themes), [{"photo_id": pid, "theme_id": t} for t in sorted(added)]
                )
        for source_id, rels in ok.items():
            self.clear_problems(session, source_id, rels)
        if touched:
            refresh_derived(session, touched)
        return touched

    @staticmethod
    def _known_meanwhile(session: Session, actions: list[Action]) -> None:
        """New paths that another photobook catalogued since this run's walk are existing records."""
        new: dict[tuple[int, bytes], Action] = {
            (a.source_id, a.rel): a for a in actions if a.photo_id is None
        }
        for sid in {k[0] for k in new}:
            for rels in chunked([rel for s, rel in new if s == sid]):
                for pid, pb in session.execute(
                    select(Photo.id, Photo.path_bytes).where(
                        Photo.source_id == sid, Photo.path_bytes.in_(rels)
                    )
                ):
                    new[(sid, bytes(pb))].photo_id = pid

    def _file_values(self, meta: PhotoMeta) -> tuple[set[str], dict[str, Any]]:
        """The themes the file's keywords match, and what the file says (``photos.file_values``)."""
        slugs, unmatched = match_keywords(list(meta.keywords), self.keywords)
        path_slugs, unmatched_paths = match_paths(list(meta.keyword_paths), self.keywords)
        if path_slugs:
            slugs = _without_ancestors(slugs | path_slugs)
        values: dict[str, Any] = {
            "photographer": meta.photographer,
            "rights": meta.rights,
            "credit": meta.credit,
            "place": meta.place,
            "keywords": ", ".join(dict.fromkeys(unmatched_paths + unmatched)) or None,
            "location": dict(meta.location) or None,
            "captions": _caption_values(meta),
            "themes": sorted(s for s in slugs if s in self.theme_ids),
        }
        return slugs, values

    def _existing_state(
        self, session: Session, ids: list[int]
    ) -> dict[int, tuple[str, bool, set[int], dict[str, Any]]]:
        if not ids:
            return {}
        captioned = set(session.scalars(select(Caption.photo_id).where(Caption.photo_id.in_(ids)).distinct()))
        themed: dict[int, set[int]] = {}
        for pid, tid in session.execute(
            select(photo_themes.c.photo_id, photo_themes.c.theme_id).where(photo_themes.c.photo_id.in_(ids))
        ):
            themed.setdefault(pid, set()).add(tid)
        columns = [getattr(Photo, c) for c in FILE_COLUMNS]
        return {
            pid: (
                ds,
                pid in captioned,
                themed.get(pid, set()),
                dict(zip(("file_values", *FILE_COLUMNS), rest, strict=True)),
            )
            for pid, ds, *rest in session.execute(
                select(Photo.id, Photo.date_source, Photo.file_values, *columns).where(Photo.id.in_(ids))
            )
        }

    def _embedded(self, session: Session, extras: list[_Embedded]) -> None:
        """Embedded XMP/IPTC captions and keywords, for records that have none of their own."""
        captions: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        merged = [e for e in extras if e.merge is not None and not e.captions]
        if merged:
            captions += self._merge_captions(session, merged)
        # what the archivist emptied on purpose stays empty (a new record has nothing cleared)
        cleared = queries.cleared_fields(session, [e.photo_id for e in extras if not e.new])
        for e in extras:
            gone = cleared.get(e.photo_id, set())
            if e.captions:
                for lang, c in e.meta.captions.items():
                    title = "" if f"title:{lang}" in gone else c.title
                    text = "" if f"caption:{lang}" in gone else c.text
                    if title or text:
                        captions.append({"photo_id": e.photo_id, "lang": lang, "title": title, "text": text})
            if e.themes and "themes" not in gone:
                links.extend(
                    {"photo_id": e.photo_id, "theme_id": self.theme_ids[s]}
                    for s in e.slugs
                    if s in self.theme_ids
                )
        if captions:
            session.execute(insert(Caption), captions)
        if links:
            session.execute(insert(photo_themes), links)

    @staticmethod
    def _merge_captions(session: Session, extras: list[_Embedded]) -> list[dict[str, Any]]:
        """The file's new captions where the record's are still the file's old ones (title and
        text apart): the rows to insert, once the rows they replace are deleted."""
        ids = [e.photo_id for e in extras]
        current: dict[int, dict[str, tuple[str, str]]] = {}
        for pid, lang, title, text in session.execute(
            select(Caption.photo_id, Caption.lang, Caption.title, Caption.text).where(
                Caption.photo_id.in_(ids)
            )
        ):
            current.setdefault(pid, {})[lang] = (title or "", text or "")
        rows: list[dict[str, Any]] = []
        for e in extras:
            now, old = current.get(e.photo_id, {}), e.merge or {}
            new = {lang: (c.title, c.text) for lang, c in e.meta.captions.items()}
            for lang in sorted(set(now) | set(old) | set(new)):
                cur = now.get(lang, ("", ""))
                want = tuple(
                    new.get(lang, ("", ""))[i] if cur[i] == old.get(lang, ("", ""))[i] else cur[i]
                    for i in (0, 1)
                )
                if want == cur:
                    continue
                session.execute(delete(Caption).where(Caption.photo_id == e.photo_id, Caption.lang == lang))
                if any(want):
                    rows.append({"photo_id": e.photo_id, "lang": lang, "title": want[0], "text": want[1]})
        return rows
