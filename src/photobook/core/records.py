"""The typed records that cross from one package to another.

- :class:`PhotoMeta`: what the indexer's worker read from a file (or :class:`Unreadable`, why it
  could not), handed to the catalog writer;
- :class:`PhotoRecord`: a catalogued photograph as ``db.queries.photo_records`` returns it to the
  CLI, the services and the window, with its captions as ``{lang: Caption(title, text)}``;
- :class:`GridRow`: the few fields the contact sheet shows for each of its rows;
- :func:`caption_for`: the caption to show in a language, with the one fallback order;
- :func:`localized_for`: the same for a catalog field written per language (place, photographer,
  credit, rights): ``PhotoRecord.localized(name, lang)``.

Plain frozen dataclasses (picklable: PhotoMeta comes back from worker processes), so that mypy
follows every field and a renamed field is a type error, not a silent ``None``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from photobook.core.languages import LOCALIZED_FIELDS as LOCALIZED_FIELDS  # named here as before
from photobook.core.languages import fallback_all, pick
from photobook.core.reasons import Reason


@dataclass(frozen=True, slots=True)
class Caption:
    title: str = ""
    text: str = ""

    def __bool__(self) -> bool:
        return bool(self.title or self.text)


NO_CAPTION = Caption()


def caption_for(captions: Mapping[str, Caption] | PhotoRecord | GridRow, lang: str) -> tuple[str, Caption]:
    """The caption to show in ``lang``: (language actually used, caption). The first language of
    :func:`~photobook.core.languages.fallback_all` (the one fallback order, then any other
    language) with a title or a text; ``(lang, Caption())`` when there is none."""
    by_lang = captions if isinstance(captions, Mapping) else captions.captions
    for cand in fallback_all(lang, by_lang):
        c = by_lang.get(cand)
        if c:
            return cand, c
    return lang, NO_CAPTION


def title_for(captions: Mapping[str, Caption] | PhotoRecord | GridRow, lang: str) -> str:
    """A one-line name for the photograph: the first title in the fallback order, else the first
    caption text (as the contact sheet's tooltip has always done)."""
    by_lang = captions if isinstance(captions, Mapping) else captions.captions
    for attr in ("title", "text"):
        for cand in fallback_all(lang, by_lang):
            c = by_lang.get(cand)
            if c is not None and getattr(c, attr):
                return str(getattr(c, attr))
    return ""


# The catalog's fields written per language (core.languages.LOCALIZED_FIELDS): the value of
# ``PhotoRecord.<name>``, and where it differs ``PhotoRecord.<name>_by_lang`` ("place": ``places``).


def localized_for(by_lang: Mapping[str, str], default: str | None, lang: str) -> tuple[str, str]:
    """(language it is written in, value) of a field written per language: in ``lang``, else in
    the one fallback order, else ``default`` (written in French, or the one value it has);
    ``(lang, "")`` when there is none. As :func:`caption_for`, so that a view marks a value shown
    in another language as it marks such a caption."""
    found = pick(by_lang or {}, lang)
    if found is not None:
        return found
    return ("fr", default) if default else (lang, "")


@dataclass(frozen=True)
class Unreadable:
    """A file the worker could not read: one line for the archivist."""

    reason: Reason
    ok: bool = field(default=False, init=False)


@dataclass(frozen=True)
class PhotoMeta:
    """Everything the catalog learns from a file without decoding its pixels."""

    content_hash: str
    size: int
    mtime_ns: int
    format: str | None
    pixel_width: int
    pixel_height: int
    orientation: int
    width: int  # as displayed, orientation applied
    height: int
    camera_make: str | None = None
    camera_model: str | None = None
    gps: tuple[float, float] | None = None
    date_edtf: str = ""
    date_source: str = "none"
    digitised_at: str | None = None
    captions: dict[str, Caption] = field(default_factory=dict)  # embedded XMP/IPTC, by language
    keywords: tuple[str, ...] = ()
    keyword_paths: tuple[tuple[str, ...], ...] = ()  # hierarchical: ("Économie", "Ports")
    photographer: str | None = None
    rights: str | None = None
    credit: str | None = None
    place: str | None = None
    location: dict[str, str] = field(default_factory=dict)  # sublocation, city, state, country…
    sidecars: tuple[str, ...] = ()  # the XMP sidecars read, best first
    sidecar_sig: str | None = None  # their size:mtime, to read them again when they change
    warnings: tuple[Reason, ...] = ()
    ok: bool = field(default=True, init=False)


FileMeta = PhotoMeta | Unreadable


@dataclass(frozen=True)
class PhotoRecord:
    """A catalogued photograph, as the CLI, the services and the window read it."""

    id: int
    path: str
    source: str
    date: str
    date_source: str
    date_start: str | None
    date_end: str | None
    approximate: bool
    year: int | None
    reigns: tuple[str, ...]
    themes: tuple[str, ...]
    captions: dict[str, Caption]
    width: int | None
    height: int | None
    pixel_width: int | None
    pixel_height: int | None
    orientation: int | None
    format: str | None
    status: str
    missing: bool
    content_hash: str
    size: int | None
    camera: str | None
    gps: tuple[float, float] | None
    digitised_at: str | None
    photographer: str | None
    credit: str | None
    rights: str | None
    plate: str | None
    place: str | None
    place_coords: tuple[float | None, float | None] | None
    notes: str | None
    keywords: str | None
    created_at: str | None
    updated_at: str | None
    revision: int = 1  # bumped by every save; a save against an older one is refused
    places: dict[str, str] = field(default_factory=dict)  # {lang: place} where it is written
    location: dict[str, str] = field(default_factory=dict)  # from the files: city, sublocation…
    sidecars: tuple[str, ...] = ()  # the XMP sidecars its values were read from
    place_id: int | None = None  # the place in the vocabulary, when it is one of them
    # {lang: value} where written (revision 0013); ``photographer``… stay the French/default value
    photographer_by_lang: dict[str, str] = field(default_factory=dict)
    credit_by_lang: dict[str, str] = field(default_factory=dict)
    rights_by_lang: dict[str, str] = field(default_factory=dict)

    def place_in(self, lang: str) -> str:
        """The place in ``lang``, else in the fallback order, else ``place``."""
        return self.place_for(lang)[1]

    def place_for(self, lang: str) -> tuple[str, str]:
        """(language it is written in, place): :meth:`localized` of the place."""
        return self.localized("place", lang)

    def by_lang(self, name: str) -> dict[str, str]:
        """{lang: value} of a field of :data:`LOCALIZED_FIELDS`, where it is written."""
        found = dict((self.places if name == "place" else getattr(self, f"{name}_by_lang")) or {})
        default = getattr(self, name)
        if default and "fr" not in found:  # a record made by hand with the one value only
            found = {"fr": default, **found}
        return found

    def localized(self, name: str, lang: str) -> tuple[str, str]:
        """(language it is written in, value) of a field of :data:`LOCALIZED_FIELDS` ("place",
        "photographer", "credit", "rights") for a window, kiosk or handout in ``lang``: the one
        fallback (:func:`localized_for`)."""
        if name not in LOCALIZED_FIELDS:
            raise ValueError(f"{name!r} is not written per language")
        return localized_for(self.by_lang(name), getattr(self, name), lang)

    def value_in(self, name: str, lang: str) -> str | None:
        """The value of a field of :data:`LOCALIZED_FIELDS` stored for exactly ``lang`` (French:
        the default value), no fallback: what an editor's field for that language shows."""
        if lang == "fr":
            value: str | None = getattr(self, name)
            return value
        return self.by_lang(name).get(lang)

    def as_json(self) -> dict[str, Any]:
        """The shape of ``photobook list --json`` (captions and titles as two ``{lang: str}``)."""
        return {
            "id": self.id,
            "path": self.path,
            "source": self.source,
            "date": self.date,
            "date_source": self.date_source,
            "date_start": self.date_start,
            "date_end": self.date_end,
            "approximate": self.approximate,
            "year": self.year,
            "reigns": list(self.reigns),
            "themes": list(self.themes),
            "captions": {lang: c.text for lang, c in self.captions.items()},
            "titles": {lang: c.title for lang, c in self.captions.items()},
            "width": self.width,
            "height": self.height,
            "pixel_width": self.pixel_width,
            "pixel_height": self.pixel_height,
            "orientation": self.orientation,
            "format": self.format,
            "status": self.status,
            "missing": self.missing,
            "content_hash": self.content_hash,
            "size": self.size,
            "camera": self.camera,
            "gps": list(self.gps) if self.gps is not None else None,
            "digitised_at": self.digitised_at,
            "photographer": self.photographer,
            "credit": self.credit,
            "rights": self.rights,
            "plate": self.plate,
            "place": self.place,
            "place_coords": list(self.place_coords) if self.place_coords is not None else None,
            "notes": self.notes,
            "keywords": self.keywords,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "revision": self.revision,
            "places": dict(self.places or {}),
            "date_bounds": [self.date_start, self.date_end] if self.date_start else None,
            "location": dict(self.location or {}),
            "sidecars": list(self.sidecars or ()),
            "place_id": self.place_id,
            "photographer_by_lang": dict(self.photographer_by_lang or {}),
            "credit_by_lang": dict(self.credit_by_lang or {}),
            "rights_by_lang": dict(self.rights_by_lang or {}),
        }


#: the encoder of ``photobook list --json/--jsonl``: compact, UTF-8 as it is; a record is a tree of
#: plain values (no cycles), so the check for circular references is left out
RECORD_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str, check_circular=False)


@dataclass(frozen=True, slots=True)
class GridRow:
    """What the contact sheet shows for a row: the date (in words), a title, the place."""

    id: int
    date: str
    approximate: bool
    captions: dict[str, Caption]
    place: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One field of a photograph changed by a save (``photobook history ID``)."""

    photo_id: int
    revision: int
    field: str  # "date", "status", "title:fr", "caption:ar", "themes", "photographer"…
    old: str | None
    new: str | None
    user: str
    at: str  # ISO, UTC, seconds

    def as_json(self) -> dict[str, Any]:
        return {
            "photo_id": self.photo_id,
            "revision": self.revision,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "user": self.user,
            "at": self.at,
        }


# --- spreadsheet and catalog imports (services.import_plan → the CLI and the window) ---------------


class ImportFileError(ValueError):
    """An import file that cannot be read, in English (the CLI's words); ``reason`` and ``values``
    say the same for the window, which puts it in its own language (``ImportDialog``)."""

    def __init__(self, message: str, reason: str = "", **values: Any) -> None:
        super().__init__(message)
        self.reason = reason
        self.values = values


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """One error of an import file, where it is: ``line`` of a CSV file (where the row begins), row
    of a workbook, or entry of a JSON file (from 0); ``column`` as written in the header ("" for
    the row). ``code`` says why the row cannot be applied (the keys of :attr:`english`); it is put
    in words at the edge (English on the CLI, tr() in the window)."""

    line: int
    column: str
    code: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def english(self) -> str:
        v = self.values
        texts = {
            "unknown_column": "unknown column {column!r}",
            "duplicate_column": "the column {column!r} is there twice",
            "extra_cells": "{count} cell(s) beyond the last named column",
            "unknown_theme": "unknown theme {value!r}",
            "bad_date": "unreadable date {value!r} ({detail})",
            "unknown_status": "unknown status {value!r} (draft, reviewed or published)",
            "bad_value": "{detail}",
            "unknown_key": "unknown kind of key {value!r} (path, name, hash or plate)",
            "no_key": "no {key} to find the photograph by",
            "duplicate_key": "{key} {value!r} is also on {unit} {first_line}",
            "same_photo": "the same photograph as {unit} {first_line}",
            "ambiguous_key": "{key} {value!r} names {count} photographs",
            "cleared_and_set": "{column!r} is both given and named in “cleared”",
            "bad_entry": "{detail}",
            "stale": "the photograph was changed by someone else since this was checked",
        }
        try:
            return texts[self.code].format(**{"unit": "line", **v})
        except (KeyError, IndexError, ValueError):
            return f"{self.code} {dict(v)}"


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field an import would change: its column, from what to what (None: empty)."""

    column: str
    old: str | None
    new: str | None


@dataclass(frozen=True, slots=True)
class RowPlan:
    """What an import does with one row: the photograph it names and what changes on it."""

    line: int
    photo_id: int
    path: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """A place of the vocabulary: its names, coordinates and region (``photobook places``)."""

    id: int
    names: dict[str, str]  # {lang: name}; French always there
    lat: float | None
    lon: float | None
    parent_id: int | None
    parent: str | None  # the region's French name
    photos: int = 0  # photographs linked to it

    def name(self, lang: str) -> str:
        """The name in ``lang``, else in the one fallback order."""
        found = pick(self.names, lang)
        return found[1] if found is not None else ""

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "names": dict(self.names),
            "lat": self.lat,
            "lon": self.lon,
            "parent_id": self.parent_id,
            "parent": self.parent,
            "photos": self.photos,
        }
