"""``photobook import FILE.csv|.xlsx|.json``: a file of captions, dates, themes… checked whole, shown,
then applied in one transaction through the archivist's edits (history and revision included).

:func:`plan_import` reads the file and the catalog, and says, row by row, which photograph each row
names and what would change on it (old → new), with every error where it is (line and column).
:func:`apply_plan` applies a plan without errors in one write transaction (BEGIN IMMEDIATE on
SQLite), refusing it whole if a photograph was saved by someone else since it was planned.

A row names its photograph by a key: ``path`` (relative to its source folder), ``name`` (the file
name, in any folder), ``hash`` (content hash) or ``plate``; the ``--key`` option, else a ``key``
column, says which; without either, the content hash, then the path. An empty cell changes
nothing; the ``cleared`` column names the fields to empty (the CSV export writes there what the
archivist emptied on purpose, so that a deletion survives export → new library → import).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from photobook.core import dates
from photobook.core.records import FieldChange, ImportProblem, PhotoRecord, RowPlan
from photobook.db import queries
from photobook.db.engine import Library
from photobook.db.models import STATUSES
from photobook.services import edits
from photobook.services.spreadsheet import (
    COLUMN_OF,
    EDITABLE,
    KEYS,
    KNOWN,
    READ_ONLY,
    Sheet,
    SheetError,
    canonical,
    read_csv,
    read_xlsx,
    unescape,
)
from photobook.services.transfer import TransferError, _parse, _read, _source_ids, validate_entry

SHEET_SUFFIXES = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx"}
_LIST_SEP = re.compile(r"[\s,;|]+")


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do. ``unit`` is "line" (CSV), "row" (XLSX) or "entry" (JSON)."""

    file: str
    kind: str  # "csv", "xlsx" or "json"
    unit: str
    rows_read: int
    rows: tuple[RowPlan, ...]  # every row that names a photograph, changes or not
    problems: tuple[ImportProblem, ...]
    not_found: tuple[tuple[int, str, str], ...]  # (line, kind of key, value)
    ignored_columns: tuple[str, ...]  # read-only columns (what the files say): left alone
    requests: Mapping[int, edits.EditRequest] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def changed(self) -> tuple[RowPlan, ...]:
        return tuple(r for r in self.rows if r.changes)


class ImportRefused(Exception):
    """An import with errors, or one that the catalog changed under: nothing was written."""

    def __init__(self, plan: ImportPlan, problems: Sequence[ImportProblem] = ()) -> None:
        self.plan = plan
        self.problems = tuple(problems) or plan.problems
        super().__init__(f"{len(self.problems)} error(s); nothing was changed")


@dataclass(frozen=True)
class ImportResult:
    updated: int  # photographs changed
    unchanged: int  # named, with nothing to change
    not_found: int
    changes: int  # fields changed


@dataclass
class _Want:
    """One row, read and checked: what it names and what it asks for."""

    line: int
    keys: dict[str, str]  # kind of key → value
    kind: str | None  # the kind of key it must use (None: hash, then path)
    values: dict[str, str] = field(default_factory=dict)  # edit field → text ("" empties it)
    themes: tuple[str, ...] | None = None  # the photograph's themes, exactly
    columns: dict[str, str] = field(default_factory=dict)  # edit field → column as written
    cleared: set[str] = field(default_factory=set)  # edit fields the row empties on purpose


def plan_import(
    lib: Library, path: Path, *, key: str | None = None, source: Path | None = None
) -> ImportPlan:
    """Read ``path`` (CSV, XLSX or photobook JSON) and the catalog; write nothing. A file that cannot
    be read at all raises :class:`TransferError`; everything wrong with its rows is in the plan."""
    path = Path(path)
    if key is not None and key not in KEYS:
        raise TransferError(f"unknown key {key!r} (path, name, hash or plate)")
    suffix = path.suffix.lower()
    raw = _read(path)  # a folder, a FIFO, a device, a file too large: one line, before anything else
    kind = SHEET_SUFFIXES.get(suffix, "json" if suffix == ".json" else _sniff(raw))
    with lib.Session() as session:
        slugs = {t.slug for t in queries.themes(session)}
    problems: list[ImportProblem] = []
    ignored: list[str] = []
    if kind == "json":
        unit = "entry"
        wants = _json_wants(_parse(raw, path), slugs, problems)
    else:
        unit = "line" if kind == "csv" else "row"
        try:
            sheet = read_csv(raw) if kind == "csv" else read_xlsx(raw)
        except SheetError as exc:
            raise TransferError(f"{path}: {exc}", exc.reason, **exc.values) from None
        wants = _sheet_wants(sheet, slugs, key, problems, ignored)
    with lib.Session() as session:
        source_ids = _source_ids(session, source)
        return _plan(session, str(path), kind, unit, wants, problems, ignored, key, source_ids)


def apply_plan(lib: Library, plan: ImportPlan, user: str | None = None) -> ImportResult:
    """Apply a plan without errors in one transaction: all of it, or (raising) none of it."""
    if plan.problems:
        raise ImportRefused(plan)
    result = edits.EditResult((), {})
    if plan.requests:
        try:
            result = edits.save(lib, plan.requests, user)
        except edits.StaleRevision as exc:
            line = next((r.line for r in plan.rows if r.photo_id == exc.photo_id), 0)
            raise ImportRefused(plan, [ImportProblem(line, "", "stale")]) from None
        except edits.EditError as exc:  # a theme removed since the plan was made
            raise TransferError(f"{exc}; nothing was changed") from None
    return ImportResult(
        updated=len(result.revisions),
        unchanged=len(plan.rows) - len(result.revisions),
        not_found=len(plan.not_found),
        changes=len(result.changes),
    )


def _sniff(raw: bytes) -> str:
    """The kind of a file whose name does not say: a zip is a workbook, an object JSON, else CSV."""
    if raw.startswith(b"PK\x03\x04"):
        return "xlsx"
    return "json" if raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"[")) else "csv"


# --- reading rows ---------------------------------------------------------------------------------


def _sheet_wants(
    sheet: Sheet, slugs: set[str], key: str | None, problems: list[ImportProblem], ignored: list[str]
) -> list[_Want]:
    columns: list[str | None] = []
    seen: set[str] = set()
    for h in sheet.header:
        name = canonical(h)
        if not name:
            columns.append(None)
        elif name not in KNOWN:
            problems.append(ImportProblem(sheet.header_line, h, "unknown_column", {"column": h}))
            columns.append(None)
        elif name in seen:
            problems.append(ImportProblem(sheet.header_line, h, "duplicate_column", {"column": h}))
            columns.append(None)
        else:
            seen.add(name)
            columns.append(name)
            if name in READ_ONLY and name not in ("path", "name", "content_hash", "date_source"):
                ignored.append(h)
    written = {c: h for c, h in zip(columns, sheet.header, strict=True) if c is not None}
    wants = []
    for row in sheet.rows:
        cells: dict[str, str] = {}
        for i, value in enumerate(row.cells):
            if i >= len(columns):
                extra = sum(1 for v in row.cells[i:] if v.strip())
                if extra:
                    problems.append(ImportProblem(row.line, "", "extra_cells", {"count": extra}))
                break
            col = columns[i]
            if col is not None:
                cells[col] = unescape(value.strip())
        wants.append(_row_want(row.line, cells, written, slugs, key, problems))
    return wants


def _row_want(
    line: int,
    cells: dict[str, str],
    written: dict[str, str],
    slugs: set[str],
    key: str | None,
    problems: list[ImportProblem],
) -> _Want:
    def problem(where: str, code: str, **values: Any) -> None:
        problems.append(ImportProblem(line, written.get(where, where), code, values))

    keys = {k: cells[col] for k, col in KEYS.items() if cells.get(col)}
    kind = key
    if kind is None and cells.get("key"):
        kind = {"content_hash": "hash", "sha": "hash", "file": "name"}.get(
            canonical(cells["key"]), canonical(cells["key"])
        )
        if kind not in KEYS:
            problem("key", "unknown_key", value=cells["key"])
            kind = None
    want = _Want(line, keys, kind)
    cleared: list[str] = []
    for item in _LIST_SEP.split(cells.get("cleared", "")):
        if not item:
            continue
        name = canonical(item)
        if name not in EDITABLE or name == "status" or (name == "plate" and kind == "plate"):
            problem("cleared", "bad_value", detail=f"“cleared” names {item!r}, which cannot be emptied")
        elif cells.get(name) and not (name == "date" and _machine_date(cells)):
            problem(name, "cleared_and_set", column=written.get(name, name))
        else:
            cleared.append(name)
    for name in cleared:
        fld = EDITABLE[name]
        want.cleared.add(fld)
        if fld == "themes":
            want.themes = ()
        else:
            want.values[fld] = ""
        want.columns[fld] = written.get("cleared", "cleared")
    for name, fld in EDITABLE.items():
        value = cells.get(name, "")
        if not value or (name == "plate" and kind == "plate"):
            continue
        want.columns[fld] = written.get(name, name)
        if name == "date":
            if _machine_date(cells):
                continue  # a date the other library read from the file: this one reads it too
            try:
                want.values["date"] = dates.from_human(value[:200])
            except (dates.DateError, ValueError, OverflowError, RecursionError) as exc:
                problem(name, "bad_date", value=value[:60], detail=str(exc)[:200])
        elif name == "status":
            if value in STATUSES:
                want.values["status"] = value
            else:
                problem(name, "unknown_status", value=value[:60])
        elif name == "themes":
            given = tuple(dict.fromkeys(t for t in _LIST_SEP.split(value) if t))
            unknown = [t for t in given if t not in slugs]
            for t in unknown:
                problem(name, "unknown_theme", value=t[:60])
            if not unknown:
                want.themes = given
        elif fld in edits.COORD_FIELDS:
            try:
                want.values[fld] = edits._coordinate(fld, value) or ""
            except edits.EditError as exc:
                problem(name, "bad_value", detail=str(exc), **exc.refusal_values())
        else:
            kind_, _, _lang = fld.partition(":")
            limit = {"title": edits.TITLE_MAX, "caption": edits.CAPTION_MAX}.get(
                kind_, edits.FIELD_MAX.get(kind_, 500)
            )
            try:
                edits.check_text(written.get(name, name), value, limit, field=fld)
            except edits.EditError as exc:
                problem(name, "bad_value", detail=str(exc), **exc.refusal_values())
            else:
                want.values[fld] = value
    if not want.keys and want.kind is None:
        problem("", "no_key", key="path or content_hash")
    return want


def _machine_date(cells: dict[str, str]) -> bool:
    source = cells.get("date_source", "")
    return bool(source) and source != "archivist"


def _json_wants(data: dict[str, Any], slugs: set[str], problems: list[ImportProblem]) -> list[_Want]:
    wants = []
    for n, raw in enumerate(data["photos"]):
        try:
            e = validate_entry(n, raw, slugs)
        except TransferError as exc:
            detail = str(exc).removeprefix(f"entry {n}: ")
            # (the code stays "bad_entry", as ``import --json`` says it; the reason is the window's)
            reason = {"reason": exc.reason, **exc.values} if exc.reason else {}
            problems.append(ImportProblem(n, "", "bad_entry", {"detail": detail, **reason}))
            continue
        want = _Want(n, {k: v for k, v in (("hash", e.content_hash), ("path", e.path)) if v}, None)
        if e.date is not None:
            want.values["date"] = e.date
        if e.status is not None:
            want.values["status"] = e.status
        if e.themes is not None:
            want.themes = e.themes
        for lang, title, text in e.captions:
            want.values[f"title:{lang}"] = title.strip()
            want.values[f"caption:{lang}"] = text.strip()
        for name, value in e.fields:
            if name in edits.COORD_FIELDS:
                want.values[name] = repr(float(value)) if value is not None else ""
            else:
                want.values[name] = (value or "").strip()
        for column in e.cleared:
            fld = EDITABLE[column]
            if fld != "status":
                want.cleared.add(fld)
            if fld == "themes":
                want.themes = ()
            elif fld != "status":
                want.values[fld] = ""
        want.columns = {f: COLUMN_OF.get(f, f) for f in (*want.values, "themes")}
        wants.append(want)
    return wants


# --- matching rows to photographs and what would change ------------------------------------------


def _plan(
    session: Any,
    file: str,
    kind: str,
    unit: str,
    wants: list[_Want],
    problems: list[ImportProblem],
    ignored: list[str],
    key: str | None,
    source_ids: list[int] | None,
) -> ImportPlan:
    by_kind: dict[str, set[str]] = {}
    for w in wants:
        for k in _candidates(w):
            by_kind.setdefault(k, set()).add(w.keys[k])
    found = {k: queries.photo_ids_by_key(session, k, sorted(v), source_ids) for k, v in by_kind.items()}
    first_key: dict[tuple[str, str], int] = {}
    first_photo: dict[int, int] = {}
    matched: list[tuple[_Want, int]] = []
    not_found: list[tuple[int, str, str]] = []
    for w in wants:
        cands = _candidates(w)
        if w.kind is not None and w.kind not in w.keys:
            problems.append(ImportProblem(w.line, KEYS[w.kind], "no_key", {"key": w.kind}))
            continue
        duplicate = False
        for k in cands:
            first = first_key.setdefault((k, w.keys[k]), w.line)
            if first != w.line:
                problems.append(
                    ImportProblem(
                        w.line,
                        KEYS[k],
                        "duplicate_key",
                        {"key": k, "value": w.keys[k], "first_line": first, "unit": unit},
                    )
                )
                duplicate = True
                break
        if duplicate:
            continue
        pid = None
        ambiguous: ImportProblem | None = None
        for k in cands:
            ids = found[k].get(w.keys[k], [])
            if len(ids) > 1:  # a file kept twice: the next key (the path) may say which
                ambiguous = ambiguous or ImportProblem(
                    w.line, KEYS[k], "ambiguous_key", {"key": k, "value": w.keys[k], "count": len(ids)}
                )
                continue
            if ids:
                pid = ids[0]
                break
        if pid is None and ambiguous is not None:
            problems.append(ambiguous)
            continue
        if pid is None:
            if cands:
                not_found.append((w.line, cands[0], w.keys[cands[0]]))
            continue
        if pid in first_photo:
            problems.append(
                ImportProblem(w.line, "", "same_photo", {"first_line": first_photo[pid], "unit": unit})
            )
            continue
        first_photo[pid] = w.line
        matched.append((w, pid))
    records: dict[int, PhotoRecord] = {}
    ids = [pid for _w, pid in matched]
    for start in range(0, len(ids), 2000):
        records.update((r.id, r) for r in queries.photo_records(session, ids[start : start + 2000]))
    marked = queries.cleared_fields(session, [pid for w, pid in matched if w.cleared])
    rows: list[RowPlan] = []
    requests: dict[int, edits.EditRequest] = {}
    for w, pid in matched:
        rec = records[pid]
        changes, request = _changes(w, rec)
        request = _keep_cleared(w, rec, marked.get(pid, set()), request)
        refused = _refused_text(w, request)
        problems += refused
        rows.append(RowPlan(w.line, pid, rec.path, changes))
        if request is not None and not refused:
            requests[pid] = request
    problems.sort(key=lambda p: (p.line, p.column))
    return ImportPlan(
        file=file,
        kind=kind,
        unit=unit,
        rows_read=len(wants),
        rows=tuple(rows),
        problems=tuple(problems),
        not_found=tuple(not_found),
        ignored_columns=tuple(ignored),
        requests=requests,
    )


def _keep_cleared(
    w: _Want, rec: PhotoRecord, marked: set[str], request: edits.EditRequest | None
) -> edits.EditRequest | None:
    """``request``, also marking as emptied on purpose the fields the row's "cleared" column names
    that are empty here already but not marked (this library never held the value): the deletion
    is kept, and said again by the next export. Nothing to mark: ``request`` as it was."""
    missing = tuple(
        sorted(
            f
            for f in w.cleared
            if (f == "date" and not rec.date and rec.date_source != "archivist")
            or (
                f != "date"
                and f not in marked
                and not (rec.themes if f == "themes" else edits.current_value(rec, f))
            )
        )
    )
    if not missing:
        return request
    if request is None:
        return edits.EditRequest(cleared=missing, expect_revision=rec.revision)
    return replace(request, cleared=missing)


def _refused_text(w: _Want, request: edits.EditRequest | None) -> list[ImportProblem]:
    """The edits' own rule (services.edits.check_value: no control character in a one-line field…)
    on the text a row would write, each refusal where it is (line and column)."""
    out: list[ImportProblem] = []
    for fld, new in (request.values if request is not None else {}).items():
        if fld in ("date", "status", *edits.COORD_FIELDS) or not new:
            continue
        column = w.columns.get(fld, COLUMN_OF.get(fld, fld))
        try:
            edits.check_value(fld, new, label=column)
        except edits.EditError as exc:
            out.append(
                ImportProblem(w.line, column, "bad_value", {"detail": str(exc), **exc.refusal_values()})
            )
    return out


def _candidates(w: _Want) -> list[str]:
    if w.kind is not None:
        return [w.kind] if w.kind in w.keys else []
    auto: list[str] = [k for k in ("hash", "path") if k in w.keys]
    fallback: list[str] = [k for k in ("name", "plate") if k in w.keys]
    return auto or fallback[:1]


def _changes(w: _Want, rec: PhotoRecord) -> tuple[tuple[FieldChange, ...], edits.EditRequest | None]:
    out: list[FieldChange] = []
    values: dict[str, str] = {}
    for fld, new in w.values.items():
        old = edits.current_value(rec, fld)
        if (old or None) == (new or None):
            continue
        values[fld] = new
        out.append(FieldChange(w.columns.get(fld, COLUMN_OF.get(fld, fld)), old or None, new or None))
    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    if w.themes is not None and set(w.themes) != set(rec.themes):
        add = tuple(t for t in w.themes if t not in rec.themes)
        remove = tuple(t for t in rec.themes if t not in w.themes)
        out.append(
            FieldChange(
                w.columns.get("themes", "themes"), " ".join(rec.themes) or None, " ".join(w.themes) or None
            )
        )
    if not out:
        return (), None
    return tuple(out), edits.EditRequest(values, add, remove, expect_revision=rec.revision)


# --- the photobook JSON catalog, as the demo and older scripts import it --------------------------


def import_catalog(lib: Library, path: Path, source: Path | None = None) -> dict[str, Any]:
    """Read and check the whole file, then apply it in one transaction through the archivist's edits
    (history and revision): all of it or none of it. The first error raises TransferError."""
    plan = plan_import(lib, path, source=source)
    if plan.problems:
        p = plan.problems[0]
        raise TransferError(f"entry {p.line}: {p.english}")
    apply_plan(lib, plan)
    return {"updated": len(plan.rows), "not_found": [value for _n, _k, value in plan.not_found]}
