"""Import and export of the catalogue record (captions, dates, themes, status, credits) as JSON.

The format (``{"format": "photobook-catalog", "version": 1, "photos": [...]}``) matches photos by
content hash when given, else by path relative to a source folder. Originals are never touched.
An import (services.import_plan) is checked whole before anything is written, then applied in one
transaction: a file with one bad entry changes nothing, and says which entry is wrong.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from photobook.core import dates
from photobook.core.languages import LANGUAGES, is_caption_language, localized_field
from photobook.core.reasons import system_error
from photobook.core.records import ImportFileError
from photobook.db import queries, queries_sources
from photobook.db.engine import Library
from photobook.db.models import STATUSES
from photobook.services import edits
from photobook.services.spreadsheet import EDITABLE, LEGACY_COLUMNS, cleared_columns

FORMAT = "photobook-catalog"
VERSION = 1


class TransferError(ImportFileError):
    """What is wrong with an import file or one of its entries (the reasons of an entry of a JSON
    file are the keys of ``ImportDialog.problem_text``)."""


# An import file is read whole; larger than this is not a catalog of captions.
MAX_FILE_BYTES = 512 * 1024 * 1024
_DATE_MAX = 200
_PATH_MAX = 4096


def _read(path: Path) -> bytes:
    """The file's bytes, refusing what is not a regular file (a directory, a FIFO, /dev/zero) before
    reading it: opening a FIFO without O_NONBLOCK would wait for a writer forever."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise TransferError(f"no such file: {path}", "no_file") from None
    except IsADirectoryError:
        raise TransferError(
            f"{path} is a folder, not a file to import (.csv, .xlsx or .json)", "is_folder"
        ) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        if stat.S_ISDIR(st.st_mode):
            raise TransferError(
                f"{path} is a folder, not a file to import (.csv, .xlsx or .json)", "is_folder"
            )
        raise TransferError(f"{path} is not a regular file (a device, a FIFO or a socket)", "not_regular")
    if st.st_size > MAX_FILE_BYTES:
        os.close(fd)
        raise TransferError(
            f"{path} is {st.st_size / 2**20:,.0f} MB; an import file is at most {MAX_FILE_BYTES // 2**20} MB",
            "too_large",
            size_mb=round(st.st_size / 2**20),
            limit_mb=MAX_FILE_BYTES // 2**20,
        )
    with os.fdopen(fd, "rb") as f:
        try:
            return f.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise _unreadable(path, exc) from None


def _unreadable(path: Path, exc: OSError) -> TransferError:
    """The system's error as the CLI says it, with its errno name for the window to say it in its
    language (``detail``: the system's own text, for an error without words there)."""
    system = system_error(exc)  # its text, and its errno name when it has one
    return TransferError(
        f"cannot read {path}: {exc.strerror}", "unreadable", detail=system.pop("error"), **system
    )


def _load(path: Path) -> dict[str, Any]:
    return _parse(_read(path), path)


def _parse(raw: bytes, path: Path) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8-sig"))  # a byte-order mark is fine
    except UnicodeDecodeError as exc:
        raise TransferError(
            f"{path} is not UTF-8 text (byte {exc.start})", "not_utf8", byte=exc.start
        ) from None
    except json.JSONDecodeError as exc:
        raise TransferError(f"{path} is not valid JSON ({exc})", "not_json", line=exc.lineno) from None
    except RecursionError:
        raise TransferError(f"{path} is nested too deeply to be a photobook catalog", "too_deep") from None
    except ValueError as exc:  # a number of thousands of digits
        raise TransferError(f"{path} is not valid JSON ({exc})", "not_json") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise TransferError(
            f'{path} is not a photobook catalog (expected "format": "{FORMAT}")', "not_catalog"
        )
    if data.get("version") != VERSION or isinstance(data.get("version"), bool):
        raise TransferError(
            f"{path}: unsupported version {_short(data.get('version'))} (this photobook reads {VERSION})",
            "bad_version",
            value=_short(data.get("version")),
            supported=VERSION,
        )
    if not isinstance(data.get("photos"), list):
        raise TransferError(f'{path}: "photos" must be a list', "photos_not_list")
    return data


def _short(value: Any) -> str:
    text = (
        repr(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else _kind(value)
    )
    return text if len(text) <= 40 else text[:37] + "…"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    return {dict: "an object", list: "a list", str: "text", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )


@dataclass(frozen=True)
class _Entry:
    """One validated entry of an import file: only the keys it had, each of the right type."""

    index: int
    path: str | None
    content_hash: str | None
    date: str | None  # EDTF; None: not given
    status: str | None
    themes: tuple[str, ...] | None
    captions: tuple[tuple[str, str, str], ...]  # (lang, title, text)
    fields: tuple[tuple[str, Any], ...]
    cleared: tuple[str, ...] = ()  # columns of the CSV export the archivist emptied on purpose


def _text(n: int, key: str, value: Any, limit: int, *, null: bool = True, field: str = "") -> str | None:
    """``value`` as the text of ``key`` (``field``: the edit field it fills, "caption:fr", which the
    window names in its own language when it is refused)."""
    if value is None and null:
        return None
    if not isinstance(value, str):
        raise TransferError(
            f'entry {n}: "{key}" must be text, not {_kind(value)}',
            "entry_not_text",
            key=key,
            kind=_kind(value),
        )
    try:
        edits.check_text(f'"{key}"', value, limit, field)
    except edits.EditError as exc:
        raise TransferError(f"entry {n}: {exc}", "bad_value", **exc.refusal_values()) from None
    return value


def validate_entry(n: int, e: Any, theme_slugs: set[str]) -> _Entry:
    """One entry checked (types, sizes, known themes, languages and statuses, dates); TransferError
    names what is wrong with it, and the entry's index (from 0)."""
    if not isinstance(e, dict):
        raise TransferError(
            f"entry {n}: must be an object, not {_kind(e)}", "entry_not_object", kind=_kind(e)
        )
    path = _text(n, "path", e.get("path"), _PATH_MAX)
    digest = _text(n, "content_hash", e.get("content_hash"), 64)
    if not path and not digest:
        raise TransferError(f'entry {n}: needs a "path" or a "content_hash"', "entry_no_key")
    date = None
    if "date" in e and e.get("date_source", "archivist") == "archivist":
        raw_date = e["date"]
        if isinstance(raw_date, int) and not isinstance(raw_date, bool) and 0 < raw_date < 10_000:
            raw_date = str(raw_date)  # "date": 1985
        typed = _text(n, "date", raw_date, _DATE_MAX) or ""
        try:
            date = dates.from_human(typed)
        except (dates.DateError, ValueError, OverflowError, RecursionError) as exc:
            raise TransferError(f"entry {n}: date {typed!r}: {exc}", "bad_date", value=typed) from None
    status = None
    if "status" in e:
        status = _text(n, "status", e["status"], 16, null=False)
        if status not in STATUSES:
            raise TransferError(
                f"entry {n}: unknown status {_short(status)} (one of {', '.join(STATUSES)})",
                "unknown_status",
                value=status,
            )
    themes = None
    if "themes" in e:
        raw = e["themes"] if e["themes"] is not None else []
        if not isinstance(raw, list) or not all(isinstance(t, str) for t in raw):
            raise TransferError(
                f'entry {n}: "themes" must be a list of theme names (slugs), not {_kind(raw)}',
                "entry_themes_not_list",
            )
        unknown = [t for t in raw if t not in theme_slugs]
        if unknown:
            raise TransferError(
                f"entry {n}: unknown theme(s): {', '.join(_short(t) for t in unknown[:5])}",
                "unknown_theme",
                value=", ".join(unknown[:5]),
            )
        themes = tuple(raw)
    caps = e.get("captions") or {}
    if not isinstance(caps, dict):
        raise TransferError(
            f'entry {n}: "captions" must be an object (language → caption), not {_kind(caps)}',
            "entry_captions_not_object",
        )
    captions = []
    for lang, cap in caps.items():
        if not is_caption_language(lang):  # a German caption a file carried is exported too
            raise TransferError(
                f"entry {n}: unknown caption language {_short(lang)} (one of {', '.join(LANGUAGES)})",
                "entry_unknown_language",
                value=str(lang),
            )
        if isinstance(cap, str):
            cap = {"text": cap}
        if not isinstance(cap, dict):
            raise TransferError(
                f"entry {n}: the {lang} caption must be text or an object with "
                f'"title" and "text", not {_kind(cap)}',
                "entry_caption_not_text",
                lang=lang,
            )
        title = (
            _text(n, f"captions.{lang}.title", cap.get("title"), edits.TITLE_MAX, field=f"title:{lang}") or ""
        )
        text = (
            _text(n, f"captions.{lang}.text", cap.get("text"), edits.CAPTION_MAX, field=f"caption:{lang}")
            or ""
        )
        captions.append((lang, title, text))
    fields: list[tuple[str, Any]] = [
        (k, _text(n, k, e[k], edits.FIELD_MAX[k], field=k)) for k in edits.TEXT_FIELDS if k in e
    ]
    fields += _per_language(n, e)
    coords = e.get("place_coords")
    if coords is not None:
        if (
            not isinstance(coords, list)
            or len(coords) != 2
            or not all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in coords)
            or not (-90 <= coords[0] <= 90 and -180 <= coords[1] <= 180)
        ):
            raise TransferError(
                f'entry {n}: "place_coords" must be [latitude, longitude] in degrees', "entry_bad_coords"
            )
        fields += [("place_lat", float(coords[0])), ("place_lon", float(coords[1]))]
    cleared = e.get("cleared") or []
    if isinstance(cleared, list):  # an older export's "photographer" is the French/default value
        cleared = [LEGACY_COLUMNS.get(c, c) if isinstance(c, str) else c for c in cleared]
    if not isinstance(cleared, list) or not all(isinstance(c, str) and c in EDITABLE for c in cleared):
        raise TransferError(
            f'entry {n}: "cleared" must be a list of column names (title_fr, date, themes…)',
            "entry_bad_cleared",
        )
    return _Entry(n, path, digest, date, status, themes, tuple(captions), tuple(fields), tuple(cleared))


def _per_language(n: int, e: dict[str, Any]) -> list[tuple[str, Any]]:
    """The place, photographer, credit and rights per language: ``photographer_fr`` (the French, or
    the one, value; an older file's bare ``photographer`` is the same), ``photographer_ar``…, as
    (edit field, text)."""
    out: list[tuple[str, Any]] = []
    for k in edits.PER_LANGUAGE:
        if k in e and f"{k}_fr" in e:
            raise TransferError(
                f'entry {n}: "{k}" and "{k}_fr" are the same field; give one of them',
                "entry_same_field",
                key=k,
            )
        for lang in LANGUAGES:
            key = f"{k}_{lang}"
            if key in e:
                field = localized_field(k, lang)
                out.append((field, _text(n, key, e[key], edits.FIELD_MAX[k], field=field)))
    return out


def _per_language_json(rec: Any) -> dict[str, str]:
    """``{"photographer_fr": …, "photographer_ar": …}`` where written (see :func:`_per_language`)."""
    return {
        f"{k}_{lang}": value
        for k in edits.PER_LANGUAGE
        for lang in LANGUAGES
        if (value := rec.value_in(k, lang))
    }


def _source_ids(session: Session, source: Path | None) -> list[int] | None:
    if source is None:
        return None
    key = os.fsencode(Path(source).expanduser().resolve())
    ids = queries_sources.source_ids_of_folder(session, key)
    if not ids:
        raise TransferError(f"{source} is not an indexed source folder (photobook index it first)")
    return ids


def export_catalog(lib: Library) -> dict[str, Any]:
    """Everything an archivist wrote, for every photograph, in the import format;
    ``cleared`` names the fields the archivist emptied on purpose, so that the next library keeps
    them empty."""
    photos = []
    with lib.Session() as session:
        ids = queries.photo_ids(session)
        for start in range(0, len(ids), 2000):
            chunk = ids[start : start + 2000]
            cleared = queries.cleared_fields(session, chunk)
            for rec in queries.photo_records(session, chunk):
                r = rec.as_json()
                photos.append(
                    {
                        "path": rec.path,
                        "source": rec.source,
                        "content_hash": rec.content_hash,
                        "date": rec.date,
                        "date_source": rec.date_source,
                        "status": rec.status,
                        "themes": list(rec.themes),
                        "reigns": list(rec.reigns),
                        "captions": {
                            lang: {"title": c.title, "text": c.text}
                            for lang, c in sorted(rec.captions.items())
                        },
                        **{k: r[k] for k in edits.TEXT_FIELDS if r.get(k) and k not in edits.PER_LANGUAGE},
                        **_per_language_json(rec),
                        **({"place_coords": r["place_coords"]} if r.get("place_coords") else {}),
                        **_cleared_json(cleared_columns(rec, cleared.get(rec.id, ()))),
                    }
                )
    return {"format": FORMAT, "version": VERSION, "photos": photos}


def _cleared_json(names: list[str]) -> dict[str, list[str]]:
    return {"cleared": names} if names else {}
