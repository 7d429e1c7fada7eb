"""Edits an archivist makes to the catalogue record. fn(session, …); the caller commits.

Two layers:

- the typed edits of the workbench: an :class:`EditRequest` (date as typed, titles and captions per
  language, themes +/-, status, credits, notes) applied to one or many photographs by
  :func:`apply_edits` — validated as a whole before the first write, then written with a history
  row per changed field and the photograph's revision bumped; :func:`save` does it in one
  transaction (BEGIN IMMEDIATE on SQLite). A request made against an older revision raises
  :class:`StaleRevision` and changes nothing; :meth:`EditResult.inverse` is its undo.
- the plain setters the import uses (``set_date``, ``set_caption``…), followed by :func:`finish`.

Errors are :class:`EditError`: an English message for the CLI and the logs, and a code
(:class:`EditCode`) with its values for the window to say in its own language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from photobook.core import dates
from photobook.core.languages import (
    CREDIT_FIELDS,
    LANGUAGES,
    LOCALIZED_FIELDS,
    is_caption_language,
    localized_field,
)
from photobook.core.user import default_user as default_user  # the window names its user without this module
from photobook.db import queries, queries_edits
from photobook.db.derive import date_columns, refresh_derived, refresh_reigns, refresh_search_text
from photobook.db.models import DATE_SOURCES, STATUSES, utcnow

if TYPE_CHECKING:
    from photobook.core.records import PhotoRecord
    from photobook.db.engine import Library

TEXT_FIELDS = (*CREDIT_FIELDS, "plate", "place", "notes")
# The longest text each field takes, in characters: a caption is a few paragraphs, a title one
# line. A 10 MB caption would make every view that shows it crawl.
TITLE_MAX = 500
CAPTION_MAX = 20_000
FIELD_MAX = {"photographer": 500, "credit": 500, "rights": 2_000, "plate": 200, "place": 500, "notes": 20_000}


def check_text(name: str, value: str, limit: int, field: str = "") -> None:
    """Refuse text a field cannot hold: too long, or with a NUL (PostgreSQL refuses it). ``name``
    is the field as the English message says it, ``field`` the edit field ("caption:ar", "notes")
    the window names in its own language."""
    if "\x00" in value:
        raise EditError(f"{name} contains a NUL character", code=EditCode.NUL, field=field)
    if len(value) > limit:
        raise EditError(
            f"{name} is {len(value):,} characters long; at most {limit:,}",
            code=EditCode.TOO_LONG,
            field=field,
            count=len(value),
            limit=limit,
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise EditError(
            f"{name} is not valid Unicode (a lone surrogate)", code=EditCode.NOT_UNICODE, field=field
        ) from None


class EditCode(StrEnum):
    """Why an edit is refused, for the window to say it in its own language
    (``ui/refusal_texts.py``); the values each code carries are in its comment."""

    TOO_LONG = "too_long"  # field; count: its length; limit: the most it takes
    NUL = "nul"  # field
    NOT_UNICODE = "not_unicode"  # field (a lone surrogate)
    CONTROL_ONE_LINE = "control_one_line"  # field; value: "U+0007"; position (1-based)
    CONTROL_MULTI_LINE = "control_multi_line"  # field; value; position
    UNKNOWN_STATUS = "unknown_status"  # value
    UNKNOWN_LANGUAGE = "unknown_language"  # value
    UNKNOWN_FIELD = "unknown_field"  # value
    UNKNOWN_THEMES = "unknown_themes"  # value: the identifiers, comma-separated (deleted meanwhile)
    CANNOT_CLEAR = "cannot_clear"  # value: the field asked for
    STATUS_NOT_CLEARABLE = "status_not_clearable"
    UNKNOWN_DATE_SOURCE = "unknown_date_source"  # value
    THEMES_ADDED_AND_REMOVED = "themes_added_and_removed"  # value: the identifiers
    COORDINATE_RANGE = "coordinate_range"  # field: place_lat or place_lon; value; limit
    NOT_A_NUMBER = "not_a_number"  # field
    NOT_TEXT = "not_text"  # field
    NO_PHOTOGRAPH = "no_photograph"  # value: the ids (deleted meanwhile)
    DATE = "date"  # the date's own refusal: ``date_error``


class EditError(ValueError):
    """An edit refused. ``str()`` is the English message (the command line's, the logs'); ``code``
    and the values (``field``, ``value``, ``count``, ``limit``, ``position``: see
    :class:`EditCode`) are what the window says in its own language; ``date_error``: the date's own
    refusal where that is the reason. An error without a code is said as it is."""

    def __init__(
        self,
        message: str,
        date_error: dates.DateError | None = None,
        *,
        code: str = "",
        field: str = "",
        value: str = "",
        count: int = 0,
        limit: int = 0,
        position: int = 0,
    ) -> None:
        super().__init__(message)
        self.date_error = date_error
        self.code = code or (EditCode.DATE if date_error is not None else "")
        self.field, self.value = field, value
        self.count, self.limit, self.position = count, limit, position

    def refusal_values(self) -> dict[str, str | int]:
        """The code and its values, for a record that carries them (an import's problem, its JSON):
        ``{"refusal": "too_long", "field": "caption:ar", "count": 20001, "limit": 20000}``."""
        said: dict[str, str | int] = {"refusal": str(self.code), "field": self.field, "value": self.value}
        said.update(count=self.count, limit=self.limit, position=self.position)
        return {k: v for k, v in said.items() if v}

    @classmethod
    def from_values(cls, message: str, values: Mapping[str, Any]) -> EditError:
        """Back from :meth:`refusal_values` (the window says it in its language)."""
        return cls(
            message,
            code=str(values.get("refusal", "")),
            field=str(values.get("field", "")),
            value=str(values.get("value", "")),
            count=int(values.get("count") or 0),
            limit=int(values.get("limit") or 0),
            position=int(values.get("position") or 0),
        )


#: The kinds of field whose text runs over several lines (tab and line breaks allowed); every
#: other field is one line (title, place, photographer, credit, plate, the date…).
MULTI_LINE = ("caption", "notes", "rights")
# Control characters (C0, DEL, C1): none in a one-line field; in a multi-line one, all but tab and
# line breaks. Format characters (bidi marks, embeddings, isolates) are not controls: kept.
_CONTROL_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_MULTI_LINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def check_controls(name: str, value: str, multi_line: bool, field: str = "") -> None:
    """Refuse a control character (U+0001, ESC, DEL…; a tab or line break in a one-line field),
    naming it and where it is. Tabs and line breaks around a one-line value are trimmed, not refused."""
    text = value if multi_line else value.strip(" \t\r\n")
    bad = (_CONTROL_MULTI_LINE if multi_line else _CONTROL_ONE_LINE).search(text)
    if bad is None:
        return
    where = bad.start() + 1 + (0 if multi_line else len(value) - len(value.lstrip(" \t\r\n")))
    allowed = "only tabs and line breaks are allowed" if multi_line else "a one-line field takes none"
    char = f"U+{ord(bad.group()):04X}"
    raise EditError(
        f"{name} contains a control character ({char}) at position {where}: {allowed}",
        code=EditCode.CONTROL_MULTI_LINE if multi_line else EditCode.CONTROL_ONE_LINE,
        field=field or name,
        value=char,
        position=where,
    )


def field_limit(name: str) -> int:
    """The longest text an edit field (``title:fr``, ``credit``, ``place:ar``…) takes."""
    kind = name.partition(":")[0]
    return {"title": TITLE_MAX, "caption": CAPTION_MAX}.get(kind) or FIELD_MAX.get(kind, 500)


def check_value(name: str, value: str, label: str | None = None) -> None:
    """The one rule for the text of an edit field, wherever it comes from (the editor, the batch
    bar, ``photobook edit``, a spreadsheet): not too long, no NUL, no control character (tabs and
    line breaks only where the field has lines). :class:`EditError` says why not."""
    kind, _, lang = name.partition(":")
    label = label or (f"the {kind} ({lang})" if lang else name)
    check_text(label, value.strip(), field_limit(name), field=name)
    check_controls(label, value, kind in MULTI_LINE, field=name)


def set_date(session: Session, photo_id: int, text: str) -> str:
    """Set the date from what the archivist typed ("circa 1985", "années 1980", EDTF…)."""
    try:
        edtf = dates.from_human(text)
    except dates.DateError as exc:
        raise EditError(str(exc), exc) from None
    queries_edits.set_photo_values(session, [photo_id], {**date_columns(edtf), "date_source": "archivist"})
    return edtf


def set_status(session: Session, photo_ids: Sequence[int], status: str) -> None:
    if status not in STATUSES:
        raise EditError(
            f"unknown status {status!r} (one of {', '.join(STATUSES)})",
            code=EditCode.UNKNOWN_STATUS,
            value=status,
        )
    queries_edits.set_photo_values(session, photo_ids, {"status": status})


def set_fields(session: Session, photo_id: int, **values: Any) -> None:
    unknown = set(values) - set(TEXT_FIELDS) - {"place_lat", "place_lon"}
    if unknown:
        raise EditError(
            f"unknown field(s): {', '.join(sorted(unknown))}",
            code=EditCode.UNKNOWN_FIELD,
            value=", ".join(sorted(unknown)),
        )
    for key, value in values.items():
        if key in FIELD_MAX and value is not None:
            if not isinstance(value, str):
                raise EditError(f"{key} must be text", code=EditCode.NOT_TEXT, field=key)
            check_text(key, value, FIELD_MAX[key], field=key)
    clean: dict[str, Any] = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in values.items()}
    for key in ("place_lat", "place_lon"):
        if clean.get(key) is not None:
            limit = 90 if key == "place_lat" else 180
            try:
                clean[key] = float(clean[key])
            except (TypeError, ValueError, OverflowError):
                raise EditError(f"{key} must be a number", code=EditCode.NOT_A_NUMBER, field=key) from None
            if not -limit <= clean[key] <= limit:
                raise EditError(
                    f"{key} out of range",
                    code=EditCode.COORDINATE_RANGE,
                    field=key,
                    value=str(clean[key]),
                    limit=limit,
                )
    queries_edits.set_photo_values(session, [photo_id], clean)


def set_caption(session: Session, photo_id: int, lang: str, title: str = "", text: str = "") -> None:
    if not is_caption_language(lang):
        raise EditError(
            f"unknown language {lang!r} (one of {', '.join(LANGUAGES)})",
            code=EditCode.UNKNOWN_LANGUAGE,
            value=lang,
        )
    check_text("the title", title, TITLE_MAX, field=f"title:{lang}")
    check_text("the caption", text, CAPTION_MAX, field=f"caption:{lang}")
    queries_edits.write_caption(session, photo_id, lang, title.strip(), text.strip())


def theme_ids(session: Session, slugs: Iterable[str]) -> list[int]:
    slugs = list(dict.fromkeys(slugs))
    found = queries.theme_slug_ids(session, slugs)
    unknown = [s for s in slugs if s not in found]
    if unknown:
        raise EditError(
            f"unknown theme(s): {', '.join(unknown)}", code=EditCode.UNKNOWN_THEMES, value=", ".join(unknown)
        )
    return [found[s] for s in slugs]


def set_themes(session: Session, photo_id: int, slugs: Iterable[str]) -> None:
    queries_edits.replace_themes(session, photo_id, theme_ids(session, slugs))


def finish(session: Session, photo_ids: Sequence[int]) -> None:
    """Recompute what follows from the edits (reigns from dates, search text from captions, the
    link to the vocabulary of places from the place…)."""
    refresh_derived(session, list(photo_ids))
    queries.link_places(session, list(photo_ids))


# --- the workbench's typed edits ----------------------------------------------------------------

#: The fields an :class:`EditRequest` sets, besides ``title:LANG`` and ``caption:LANG``.
EDIT_FIELDS = ("date", "status", *TEXT_FIELDS)
#: The fields written per language: ``place`` (French, or the one value) and ``place:ar`` /
#: ``place:en`` where it is written otherwise; the photographer, credit and rights likewise
#: (revision 0013, columns ``photographer_ar``…).
PER_LANGUAGE = LOCALIZED_FIELDS
#: The place's coordinates, in degrees (text in a request: "33.5731"; "" clears it).
COORD_FIELDS = ("place_lat", "place_lon")


def _coordinate(name: str, text: str) -> str | None:
    if not text:
        return None
    limit = 90 if name == "place_lat" else 180
    try:
        value = float(text.replace(",", ".")) if len(text) <= 40 else float("nan")
    except ValueError:
        value = float("nan")
    if not -limit <= value <= limit:  # NaN too
        raise EditError(
            f"{name} must be a number of degrees from -{limit} to {limit}, not {text[:40]!r}",
            code=EditCode.COORDINATE_RANGE,
            field=name,
            value=text[:40],
            limit=limit,
        )
    return repr(value)


class StaleRevision(Exception):
    """The photograph was saved by someone else since it was read: nothing was changed.
    ``photo_ids``: every photograph of the save in that case (a batch names them all)."""

    def __init__(self, photo_id: int, expected: int, actual: int, photo_ids: Sequence[int] = ()) -> None:
        self.photo_ids = tuple(photo_ids) or (photo_id,)
        if len(self.photo_ids) > 1:
            shown = ", ".join(map(str, self.photo_ids[:10])) + ("…" if len(self.photo_ids) > 10 else "")
            text = (
                f"{len(self.photo_ids)} photographs were changed by someone else since they were read "
                f"({shown}); nothing was saved"
            )
        else:
            text = (
                f"photograph {photo_id} was changed by someone else (revision {actual}, not {expected}); "
                "nothing was saved"
            )
        super().__init__(text)
        self.photo_id, self.expected, self.actual = photo_id, expected, actual


@dataclass(frozen=True)
class EditRequest:
    """What to change on a photograph. ``values``: field → text ("" clears it); fields are
    :data:`EDIT_FIELDS`, ``title:fr``, ``caption:ar``…; the date is read as an archivist types it
    (core.dates.from_human). Themes are added and removed by slug. ``expect_revision``: refuse
    the save if the photograph is no longer at that revision."""

    values: Mapping[str, str] = field(default_factory=dict)
    add_themes: tuple[str, ...] = ()
    remove_themes: tuple[str, ...] = ()
    expect_revision: int | None = None
    #: where a date set here comes from: the archivist's (None), or, when an undo gives a date
    #: back, the source it had ("exif_capture", "xmp_created", "filename"…)
    date_source: str | None = None
    #: fields this request empties on purpose ("credit", "title:fr", "date", "themes"…): those
    #: already empty are marked so too (an import's "cleared" column), so that no file fills them
    #: on a rescan; a mark changes no value, so no revision and no history
    cleared: tuple[str, ...] = ()
    #: an undo putting back what was there before (:meth:`EditResult.inverse`): its text is not held
    #: to the rules for typed text, since it may have come from a file (a title with a line break in
    #: its XMP, a credit longer than the editor takes) and must come back as it was
    restoring: bool = False

    def is_empty(self) -> bool:
        return not (self.values or self.add_themes or self.remove_themes)


@dataclass(frozen=True, slots=True)
class Change:
    """One field of one photograph, from what to what (themes: space-separated slugs)."""

    photo_id: int
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class EditResult:
    changes: tuple[Change, ...]
    revisions: Mapping[int, int]  # the new revision of every photograph that changed
    # the date's source before the save, for every photograph whose date changed (for the undo)
    date_sources: Mapping[int, str] = field(default_factory=dict)

    def inverse(self) -> dict[int, EditRequest]:
        """The edit that undoes this one, expecting the revisions this one produced."""
        plan: dict[int, EditRequest] = {}
        for pid, rev in self.revisions.items():
            values: dict[str, str] = {}
            add: tuple[str, ...] = ()
            remove: tuple[str, ...] = ()
            for c in self.changes:
                if c.photo_id != pid:
                    continue
                if c.field == "themes":
                    old, new = (c.old or "").split(), (c.new or "").split()
                    add = tuple(t for t in old if t not in new)
                    remove = tuple(t for t in new if t not in old)
                else:
                    values[c.field] = c.old or ""
            source = self.date_sources.get(pid) if "date" in values else None
            plan[pid] = EditRequest(
                values,
                add,
                remove,
                expect_revision=rev,
                date_source=None if source == "archivist" else source,
                restoring=True,
            )
        return plan

    def summary(self) -> str:
        """ "3 photographs: status draft → reviewed on 3; +ports on 2" (English, for the CLI)."""
        by_field: dict[str, list[Change]] = {}
        for c in self.changes:
            by_field.setdefault(c.field, []).append(c)
        parts = []
        for name, cs in by_field.items():
            olds, news = {c.old for c in cs}, {c.new for c in cs}
            if len(olds) == 1 and len(news) == 1:
                parts.append(f"{name} {_short(cs[0].old)} → {_short(cs[0].new)} on {len(cs)}")
            elif len(news) == 1:
                parts.append(f"{name} → {_short(cs[0].new)} on {len(cs)}")
            else:
                parts.append(f"{name} on {len(cs)}")
        n = len(self.revisions)
        return f"{n} photograph{'s' if n != 1 else ''}" + (
            ": " + "; ".join(parts) if parts else " (nothing to change)"
        )


def _short(value: str | None) -> str:
    if not value:
        return "(empty)"
    return value if len(value) <= 40 else value[:39] + "…"


def read_date(text: str) -> str:
    """The EDTF for what an archivist typed, or :class:`EditError` saying why not."""
    try:
        return dates.from_human(text)
    except dates.DateError as exc:
        raise EditError(str(exc), exc) from None


@dataclass(frozen=True)
class _Checked:
    values: dict[str, str | None]  # field → new value as stored (date as EDTF; empty text → None)
    add_themes: tuple[str, ...]
    remove_themes: tuple[str, ...]


def _check(request: EditRequest, known_themes: set[str]) -> _Checked:
    values: dict[str, str | None] = {}
    for name, raw in request.values.items():
        text = (raw or "").strip()
        if name == "date":
            values[name] = read_date(text)
        elif name == "status":
            if text not in STATUSES:
                raise EditError(
                    f"unknown status {text!r} (one of {', '.join(STATUSES)})",
                    code=EditCode.UNKNOWN_STATUS,
                    value=text,
                )
            values[name] = text
        elif name in EDIT_FIELDS:
            if not request.restoring:
                check_value(name, raw or "")
            values[name] = text or None
        elif name in COORD_FIELDS:
            values[name] = _coordinate(name, text)
        elif name.partition(":")[0] in ("title", "caption", *PER_LANGUAGE):
            kind, _, lang = name.partition(":")
            # a caption may be in any language a file carried (a German one stays "de"); places and
            # credits in ours
            if (lang not in LANGUAGES) if kind in PER_LANGUAGE else not is_caption_language(lang):
                raise EditError(
                    f"unknown language {lang!r} (one of {', '.join(LANGUAGES)})",
                    code=EditCode.UNKNOWN_LANGUAGE,
                    value=lang,
                )
            if not request.restoring:
                check_value(name, raw or "")
            if lang == "fr" and kind in PER_LANGUAGE:
                name = kind  # the French value is the field's own
            values[name] = text if kind not in PER_LANGUAGE else (text or None)
        else:
            raise EditError(f"unknown field {name!r}", code=EditCode.UNKNOWN_FIELD, value=name)
    unknown = [t for t in (*request.add_themes, *request.remove_themes) if t not in known_themes]
    if unknown:
        raise EditError(
            f"unknown theme(s): {', '.join(unknown)}", code=EditCode.UNKNOWN_THEMES, value=", ".join(unknown)
        )
    odd = [n for n in request.cleared if n not in (*CLEARABLE, "themes", *COORD_FIELDS)]
    if odd:
        raise EditError(
            f"cannot clear {odd[0]!r} (one of {', '.join(CLEARABLE)}, themes)",
            code=EditCode.CANNOT_CLEAR,
            value=odd[0],
        )
    if request.date_source is not None and request.date_source not in DATE_SOURCES:
        raise EditError(
            f"unknown date source {request.date_source!r} (one of {', '.join(DATE_SOURCES)})",
            code=EditCode.UNKNOWN_DATE_SOURCE,
            value=request.date_source,
        )
    both = set(request.add_themes) & set(request.remove_themes)
    if both:
        raise EditError(
            f"theme(s) both added and removed: {', '.join(sorted(both))}",
            code=EditCode.THEMES_ADDED_AND_REMOVED,
            value=", ".join(sorted(both)),
        )
    return _Checked(
        values, tuple(dict.fromkeys(request.add_themes)), tuple(dict.fromkeys(request.remove_themes))
    )


def current_value(rec: PhotoRecord, name: str) -> str | None:
    """The value of an edit field ("date" as EDTF, "title:fr", "status"…) on a record."""
    kind, _, lang = name.partition(":")
    if kind == "title":
        return rec.captions[lang].title if lang in rec.captions else ""
    if kind == "caption":
        return rec.captions[lang].text if lang in rec.captions else ""
    if kind in PER_LANGUAGE and lang:
        return rec.value_in(kind, lang)
    if name in COORD_FIELDS:
        coords = rec.place_coords
        value = coords[COORD_FIELDS.index(name)] if coords else None
        return None if value is None else repr(float(value))
    text: str | None = rec.date if name == "date" else getattr(rec, name)
    return text


def planned_changes(records: Iterable[PhotoRecord], request: EditRequest) -> list[Change]:
    """What ``request`` would change on each of ``records``, without writing: the batch preview's
    reading, the same as the save's (dates read as typed, empty text clears). Themes are checked
    by the save, not here. Raises :class:`EditError` for a value the save would refuse."""
    want = _check(request, {*request.add_themes, *request.remove_themes})
    out: list[Change] = []
    for rec in records:
        for name, new in want.values.items():
            old = current_value(rec, name)
            if (old or None) != (new or None):
                out.append(Change(rec.id, name, old or None, new or None))
        now = list(rec.themes)
        after = [t for t in now if t not in want.remove_themes]
        after += [t for t in want.add_themes if t not in after]
        if set(after) != set(now):
            out.append(Change(rec.id, "themes", " ".join(now) or None, " ".join(after) or None))
    return out


#: What ``photobook edit --clear`` and the batch bar can clear: every field but the status.
CLEARABLE = (
    "date",
    *(f"{kind}:{lang}" for kind in ("title", "caption") for lang in LANGUAGES),
    *(localized_field(kind, lang) for kind in PER_LANGUAGE for lang in LANGUAGES),
    "plate",
    "notes",
)


def clear_fields(names: Iterable[str]) -> dict[str, str]:
    """The values that clear ``names`` ("title", "place", "photographer"… alone: in every language;
    "place:fr" is "place"). Raises :class:`EditError` for a field that cannot be cleared."""
    out: dict[str, str] = {}
    for raw in names:
        name = raw.strip()
        if name in ("title", "caption", *PER_LANGUAGE):
            expanded = [n for n in CLEARABLE if n == name or n.startswith(name + ":")]
        elif name.partition(":")[0] in PER_LANGUAGE and name.endswith(":fr"):
            expanded = [name.partition(":")[0]]
        elif name in CLEARABLE:
            expanded = [name]
        elif name == "status":
            raise EditError(
                "the status cannot be cleared: set it (draft, reviewed or published)",
                code=EditCode.STATUS_NOT_CLEARABLE,
            )
        else:
            raise EditError(
                f"cannot clear {name!r} (one of {', '.join(CLEARABLE)}, or title, caption)",
                code=EditCode.CANNOT_CLEAR,
                value=name,
            )
        out.update(dict.fromkeys(expanded, ""))
    return out


def apply_edits(session: Session, plan: Mapping[int, EditRequest], user: str = "") -> EditResult:
    """Apply ``plan`` ({photo id: request}) in the session's transaction; the caller commits.

    Everything is checked before the first write: a value it cannot take raises
    :class:`EditError`, a photograph saved since ``expect_revision`` raises
    :class:`StaleRevision`, and nothing is written. A photograph with nothing to change keeps
    its revision and gets no history.
    """
    ids = sorted(plan)
    slugs = {t for r in plan.values() for t in (*r.add_themes, *r.remove_themes)}
    theme_id = queries.theme_slug_ids(session, slugs)
    checked_by_request: dict[int, _Checked] = {}
    checked: dict[int, _Checked] = {}
    for pid in ids:
        req = plan[pid]
        key = id(req)
        if key not in checked_by_request:
            checked_by_request[key] = _check(req, set(theme_id))
        checked[pid] = checked_by_request[key]
    revisions = queries.lock_revisions(session, ids)
    missing = [pid for pid in ids if pid not in revisions]
    if missing:
        raise EditError(
            f"no photograph with id {', '.join(map(str, missing))}",
            code=EditCode.NO_PHOTOGRAPH,
            value=", ".join(map(str, missing)),
        )
    stale = [pid for pid in ids if plan[pid].expect_revision not in (None, revisions[pid])]
    if stale:
        first = stale[0]
        raise StaleRevision(first, plan[first].expect_revision or 0, revisions[first], stale)

    records = {r.id: r for r in queries.photo_records(session, ids)}
    now = utcnow()
    changes: list[Change] = []
    new_revisions: dict[int, int] = {}
    history: list[dict[str, Any]] = []
    # the writes, grouped: one UPDATE per distinct set of column values (a batch is usually one)
    column_groups: dict[tuple[tuple[str, Any], ...], list[int]] = {}
    theme_rows: list[tuple[int, int]] = []
    theme_gone: list[tuple[int, int]] = []
    cleared: list[tuple[int, str]] = []  # fields the archivist emptied: the files never refill them
    refilled: list[tuple[int, str]] = []
    old_sources: dict[int, str] = {}
    dates_kept_empty: list[int] = []
    for pid in ids:
        rec, want = records[pid], checked[pid]
        mine: list[Change] = []
        columns: dict[str, Any] = {}
        captions: dict[str, dict[str, str]] = {}
        for name, new in want.values.items():
            old = current_value(rec, name)
            if (old or None) == (new or None):
                continue
            mine.append(Change(pid, name, old or None, new or None))
            kind, _, lang = name.partition(":")
            if kind in ("title", "caption"):
                cur = rec.captions.get(lang)
                entry = captions.setdefault(
                    lang, {"title": cur.title if cur else "", "text": cur.text if cur else ""}
                )
                entry["title" if kind == "title" else "text"] = new or ""
            elif kind in PER_LANGUAGE and lang:
                columns[f"{kind}_{lang}"] = new
            elif name == "date":
                # an archivist's empty date is a value too: the camera's date never comes back;
                # an undo gives a date back with the source it had
                columns.update(date_columns(new or ""), date_source=plan[pid].date_source or "archivist")
                old_sources[pid] = rec.date_source
            elif name in COORD_FIELDS:
                columns[name] = float(new) if new else None
            else:
                columns[name] = new
        themes_now = list(rec.themes)
        themes_new = [t for t in themes_now if t not in want.remove_themes]
        themes_new += [t for t in want.add_themes if t not in themes_new]
        if set(themes_new) != set(themes_now):
            mine.append(Change(pid, "themes", " ".join(themes_now) or None, " ".join(themes_new) or None))
        for name in plan[pid].cleared:  # emptied on purpose, and empty already: the mark only
            if any(c.field == name for c in mine):
                continue
            if name == "date":
                if not rec.date and rec.date_source != "archivist":
                    dates_kept_empty.append(pid)
            elif not (themes_new if name == "themes" else current_value(rec, name)):
                cleared.append((pid, name))
        if not mine:
            continue
        rev = revisions[pid] + 1
        new_revisions[pid] = rev
        column_groups.setdefault(tuple(sorted(columns.items())), []).append(pid)
        for lang, cap in captions.items():
            set_caption(session, pid, lang, cap["title"], cap["text"])
        theme_gone += [(pid, theme_id[t]) for t in want.remove_themes if t in themes_now]
        theme_rows += [(pid, theme_id[t]) for t in want.add_themes if t not in themes_now]
        history += [
            {
                "photo_id": pid,
                "revision": rev,
                "field": c.field,
                "old_value": c.old,
                "new_value": c.new,
                "user_name": user,
                "at": now,
            }
            for c in mine
        ]
        changes += mine
        for c in mine:
            if c.field in ("date", "status"):
                continue  # a cleared date is date_source 'archivist'; a status is never empty
            (cleared if c.new is None else refilled).append((pid, c.field))
    for group, pids in column_groups.items():
        queries_edits.save_revision(session, pids, dict(group), now)
    queries_edits.untag(session, theme_gone)
    queries_edits.tag(session, theme_rows)
    queries.mark_cleared(session, cleared, refilled)
    if dates_kept_empty:
        queries.mark_date_cleared(session, dates_kept_empty)
    if history:
        queries_edits.add_history(session, history)
        # what follows from the changes: reigns from a new date, search text from new words
        # the link to the vocabulary of places follows the place as written (revision 0010)
        replaced = sorted({c.photo_id for c in changes if c.field == "place"})
        if replaced:
            queries.link_places(session, replaced)
        redated = sorted({c.photo_id for c in changes if c.field == "date"})
        reworded = sorted({c.photo_id for c in changes if c.field not in ("date", "status", "notes")})
        if redated:
            refresh_reigns(session, redated)
        if reworded:
            refresh_search_text(session, reworded)
    return EditResult(tuple(changes), new_revisions, old_sources)


def save(library: Library, plan: Mapping[int, EditRequest], user: str | None = None) -> EditResult:
    """:func:`apply_edits` in one transaction of its own, holding the write lock from the start on
    SQLite (BEGIN IMMEDIATE): all of it is saved, or none of it."""
    with library.Session() as session, session.begin():  # a write transaction (WritingSession)
        result = apply_edits(session, plan, default_user() if user is None else user)
    return result


def as_previewed(records: Iterable[PhotoRecord], request: EditRequest) -> dict[int, EditRequest]:
    """The plan that applies one request to every one of ``records``, each expecting the revision
    it had when read: a photograph someone else saved since the preview is refused
    (:class:`StaleRevision`, naming them all), and nothing of the batch is written."""
    return {rec.id: replace(request, expect_revision=rec.revision) for rec in records}


def same_for_all(ids: Iterable[int], request: EditRequest) -> dict[int, EditRequest]:
    """The plan that applies one request to every one of ``ids``."""
    return dict.fromkeys(ids, request)
