"""Spreadsheets in and out: the columns of ``export --format csv`` and the readers of CSV and XLSX.

One row a photograph, one column a field, per language where a field has languages. The same
columns are read back by ``photobook import`` (services.import_plan); a reader here only turns bytes
into a :class:`Sheet` (header and rows with their line numbers) and refuses what it cannot read
with a :class:`SheetError` of one line. Nothing here touches the catalog.

CSV is written as UTF-8 with a byte-order mark, so that Excel opens Arabic as Arabic; it is read
as UTF-8 (BOM or not), separated by commas, semicolons (French Excel) or tabs.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import IO, Any

from photobook.core.languages import CREDIT_FIELDS, LANGUAGES, LOCALIZED_FIELDS, localized_field
from photobook.core.records import ImportFileError

# --- the columns ----------------------------------------------------------------------------------

#: Every column of the CSV export, in order. The editable ones are in :data:`EDITABLE`.
COLUMNS: tuple[str, ...] = (
    "path",
    "name",
    "source",
    "content_hash",
    "plate",
    "date",
    "date_source",
    "status",
    "themes",
    *(f"title_{lang}" for lang in LANGUAGES),
    *(f"caption_{lang}" for lang in LANGUAGES),
    *(f"place_{lang}" for lang in LANGUAGES),
    "place_lat",
    "place_lon",
    *(f"{k}_{lang}" for k in CREDIT_FIELDS for lang in LANGUAGES),
    "notes",
    "keywords",
    "gps_lat",
    "gps_lon",
    "camera",
    "width",
    "height",
    "format",
    "digitised_at",
    "cleared",
)

#: Column → the field an archivist's edit sets (services.edits names; "themes" is the set of slugs).
EDITABLE: dict[str, str] = {
    "date": "date",
    "status": "status",
    "themes": "themes",
    **{f"title_{lang}": f"title:{lang}" for lang in LANGUAGES},
    **{f"caption_{lang}": f"caption:{lang}" for lang in LANGUAGES},
    **{f"place_{lang}": localized_field("place", lang) for lang in LANGUAGES},
    "place_lat": "place_lat",
    "place_lon": "place_lon",
    **{f"{k}_{lang}": localized_field(k, lang) for k in CREDIT_FIELDS for lang in LANGUAGES},
    "plate": "plate",
    "notes": "notes",
}
#: Field → column, the other way.
COLUMN_OF: dict[str, str] = {field: col for col, field in EDITABLE.items()}

#: Columns that say which photograph a row is: ``--key`` (or a ``key`` column) names one.
KEYS: dict[str, str] = {"path": "path", "name": "name", "hash": "content_hash", "plate": "plate"}

#: What the catalog reads from the files, exported for reference; an import leaves them alone.
READ_ONLY = frozenset(COLUMNS) - set(EDITABLE) - {"cleared"}

#: Columns an import understands: the export's, and ``key`` (which kind of key the row uses).
KNOWN = frozenset((*COLUMNS, "key"))


#: The one-value columns of older exports (and of people's own sheets): the French/default value.
LEGACY_COLUMNS: dict[str, str] = {k: f"{k}_fr" for k in LOCALIZED_FIELDS}


def canonical(header: str) -> str:
    """A header as the import reads it: "Title FR", "title-fr" and "title:fr" are ``title_fr``; a
    bare "photographer" (an older export's one value) is ``photographer_fr``."""
    name = "_".join(header.strip().lower().replace("-", " ").replace(":", " ").split())
    aliases = {"sha": "content_hash", "hash": "content_hash", "file": "name", "filename": "name"}
    return aliases.get(name) or LEGACY_COLUMNS.get(name, name)


# --- reading --------------------------------------------------------------------------------------


class SheetError(ImportFileError):
    """The file cannot be read as a spreadsheet (one line for the archivist)."""


@dataclass(frozen=True, slots=True)
class SheetRow:
    line: int  # the line of the file (CSV, where a row begins) or the row number (XLSX)
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Sheet:
    header: tuple[str, ...]  # as written
    header_line: int
    rows: tuple[SheetRow, ...]


#: An XLSX file is a zip: what it may expand to before it is refused (a zip bomb).
MAX_XLSX_EXPANDED = 256 * 1024 * 1024
#: A cell holds at most a caption (20,000 characters) and then some.
MAX_CELL = 1_000_000
MAX_ROWS = 2_000_000


def read_csv(data: bytes) -> Sheet:
    """The rows of a CSV file (UTF-8, with or without BOM; comma, semicolon or tab)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SheetError(
            f"line {line} is not UTF-8 text: save the spreadsheet as “CSV UTF-8” and import it again",
            "csv_not_utf8",
            line=line,
        ) from None
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count) if first else ","
    old_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
        rows: list[SheetRow] = []
        header: tuple[str, ...] | None = None
        header_line = 1
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise SheetError(f"line {start}: {exc}", "csv_line", line=start) from None
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header, header_line = tuple(cells), start
                continue
            if len(rows) >= MAX_ROWS:
                raise SheetError(f"more than {MAX_ROWS:,} rows", "too_many_rows", limit=MAX_ROWS)
            rows.append(SheetRow(start, tuple(cells)))
    finally:
        csv.field_size_limit(old_limit)
    if header is None:
        raise SheetError("the file is empty: the first line names the columns", "empty_csv")
    return Sheet(header, header_line, tuple(rows))


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(timespec="seconds")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def read_xlsx(data: bytes) -> Sheet:
    """The rows of the first sheet of an XLSX workbook (values, not formulas)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            expanded = sum(max(i.file_size, 0) for i in z.infolist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise SheetError("not an Excel workbook (.xlsx): it is not a zip archive", "not_xlsx") from None
    if expanded > MAX_XLSX_EXPANDED:
        raise SheetError(
            f"the workbook expands to {expanded / 2**20:,.0f} MB; at most {MAX_XLSX_EXPANDED // 2**20} MB",
            "xlsx_too_large",
            size_mb=round(expanded / 2**20),
            limit_mb=MAX_XLSX_EXPANDED // 2**20,
        )
    import warnings

    from openpyxl import load_workbook

    rows: list[SheetRow] = []
    header: tuple[str, ...] | None = None
    header_line = 1
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "workbook contains no default style" and the like
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                if not wb.worksheets:
                    raise SheetError("the workbook has no sheet", "no_sheet")
                sheet = wb.worksheets[0]
                for n, values in enumerate(sheet.iter_rows(values_only=True), 1):
                    cells = tuple(_cell_text(v) for v in values)
                    if any(len(c) > MAX_CELL for c in cells):
                        raise SheetError(
                            f"row {n}: a cell of more than {MAX_CELL:,} characters",
                            "cell_too_long",
                            line=n,
                            limit=MAX_CELL,
                        )
                    if not any(c.strip() for c in cells):
                        continue
                    if header is None:
                        header, header_line = cells, n
                        continue
                    if len(rows) >= MAX_ROWS:
                        raise SheetError(f"more than {MAX_ROWS:,} rows", "too_many_rows", limit=MAX_ROWS)
                    rows.append(SheetRow(n, cells))
            finally:
                wb.close()
    except SheetError:
        raise
    except Exception as exc:  # openpyxl raises whatever its XML, zip and style parsers raise
        raise SheetError(f"not a readable Excel workbook (.xlsx): {type(exc).__name__}", "not_xlsx") from None
    if header is None:
        raise SheetError("the first sheet is empty: its first row names the columns", "empty_sheet")
    return Sheet(header, header_line, tuple(rows))


# --- writing --------------------------------------------------------------------------------------


def write_csv(out: IO[str], rows: Iterable[Sequence[str]], header: Sequence[str] = COLUMNS) -> int:
    """Write the header and ``rows`` (the BOM first: Excel then reads UTF-8); returns the row count."""
    out.write("\ufeff")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(header)
    n = 0
    for row in rows:
        w.writerow(row)
        n += 1
    return n


def write_xlsx(path: Any, rows: Iterable[Sequence[str]], header: Sequence[str] = COLUMNS) -> int:
    """The same rows as an XLSX workbook, every cell as text (so that "1985" stays a date's text
    and a caption beginning with "=" is never a formula)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("photobook")

    def cells(values: Sequence[str]) -> list[Any]:
        out = []
        for v in values:
            c = WriteOnlyCell(ws, value=unescape(str(v)))
            c.data_type = "s"
            out.append(c)
        return out

    ws.append(cells(header))
    n = 0
    for row in rows:
        ws.append(cells(row))
        n += 1
    wb.save(path)
    return n


#: Free text a spreadsheet program would run as a formula ("=HYPERLINK(…)", "+1", "@SUM"): the
#: CSV export writes it after an apostrophe, which the import takes away again.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def unescape(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


def iter_cells(sheet: Sheet) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, {header as written: cell}) for every row; missing cells are empty."""
    for row in sheet.rows:
        cells = dict(zip(sheet.header, row.cells, strict=False))
        yield row.line, {h: cells.get(h, "") for h in sheet.header}


# --- the export -----------------------------------------------------------------------------------

_FREE_TEXT = frozenset(
    (
        "path",
        "name",
        "plate",
        *(f"{k}_{lang}" for k in ("title", "caption", *LOCALIZED_FIELDS) for lang in LANGUAGES),
        "notes",
        "keywords",
        "camera",
    )
)


def _number(value: float | int | None) -> str:
    return "" if value is None else repr(value)


def cleared_columns(rec: Any, cleared: Iterable[str]) -> list[str]:
    """The columns a photograph's archivist emptied on purpose: the fields of ``cleared``
    (queries.cleared_fields) and an archivist's date left empty. The CSV and JSON exports write them."""
    gone = sorted(COLUMN_OF[f] for f in cleared if f in COLUMN_OF)
    if not rec.date and rec.date_source == "archivist":
        gone.insert(0, "date")
    return gone


def record_row(rec: Any, cleared: set[str]) -> list[str]:
    """A catalogued photograph (core.records.PhotoRecord) as a row of :data:`COLUMNS`; ``cleared``:
    the fields its archivist emptied (queries.cleared_fields)."""
    coords = rec.place_coords or (None, None)
    gps = rec.gps or (None, None)
    gone = cleared_columns(rec, cleared)
    places = {**(rec.places or {}), "fr": rec.place or ""}
    values: dict[str, str] = {
        "path": rec.path,
        "name": rec.path.rsplit("/", 1)[-1],
        "source": rec.source,
        "content_hash": rec.content_hash,
        "plate": rec.plate or "",
        "date": rec.date,
        "date_source": rec.date_source,
        "status": rec.status,
        "themes": "; ".join(rec.themes),
        **{f"title_{lang}": (rec.captions[lang].title if lang in rec.captions else "") for lang in LANGUAGES},
        **{
            f"caption_{lang}": (rec.captions[lang].text if lang in rec.captions else "") for lang in LANGUAGES
        },
        **{f"place_{lang}": places.get(lang) or "" for lang in LANGUAGES},
        "place_lat": _number(coords[0]),
        "place_lon": _number(coords[1]),
        **{f"{k}_{lang}": rec.value_in(k, lang) or "" for k in CREDIT_FIELDS for lang in LANGUAGES},
        "notes": rec.notes or "",
        "keywords": rec.keywords or "",
        "gps_lat": _number(gps[0]),
        "gps_lon": _number(gps[1]),
        "camera": rec.camera or "",
        "width": _number(rec.width),
        "height": _number(rec.height),
        "format": rec.format or "",
        "digitised_at": rec.digitised_at or "",
        "cleared": "; ".join(gone),
    }
    return [escape(values[c]) if c in _FREE_TEXT else values[c] for c in COLUMNS]


def export_rows(lib: Any, f: Any = None, limit: int | None = None) -> Iterator[list[str]]:
    """The rows of the CSV export for every photograph of the filter (db.queries.PhotoFilter; at most
    ``limit``), in timeline order, read 2,000 at a time."""
    from photobook.db import queries

    with lib.Session() as session:
        ids = queries.photo_ids(session, f or queries.PhotoFilter(), limit=limit)
        for start in range(0, len(ids), 2000):
            chunk = ids[start : start + 2000]
            cleared = queries.cleared_fields(session, chunk)
            for rec in queries.photo_records(session, chunk):
                yield record_row(rec, cleared.get(rec.id, set()))
