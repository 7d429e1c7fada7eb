"""``photobook list --json/--jsonl`` with SQLite writing the records' JSON text itself.

:func:`iter_photo_json` yields the text of each record of :func:`queries.iter_photo_records`, the
very bytes that the CLI's encoder (:data:`photobook.core.records.RECORD_JSON`) makes of that
record's dict: same keys, order, values and types, in UTF-8. One statement for a window of
ids (their list is one JSON parameter, walked by ``json_each`` in its order), so that Python does
no more per record than join four strings: the record's text before and after its reigns and
themes, and the text of those, which Python writes once for each set of them (no join, no sort
per record). Where SQLite would not write exactly what Python writes, the record comes as
Python's dict instead, for the caller to encode:

- a number of a REAL column (GPS, place coordinates): SQLite writes 15 significant digits where
  Python writes the shortest text that reads back the same (``33.58916666666667``): those values
  come as plain columns and Python writes them into the text;
- a ``location`` or ``sidecar_sig`` that is not the plain JSON they are written as (a value that
  is not a string, a key twice, a sidecar name that is not a string), a date stamp that is not
  text: that record is made by ``iter_photo_records``;
- a SQLite whose JSON writer escapes strings otherwise than Python's encoder (probed at each call
  on every control character, NUL, quotes, backslash, DEL, U+2028, Arabic, an emoji): ``None``,
  and the caller takes the dicts; one whose first records differ from Python's (another version
  of SQLite, say): all the records are Python's.

PostgreSQL: ``None`` (the dicts of ``iter_photo_records``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import suppress
from typing import Any

from sqlalchemy.orm import Session

from photobook.core.records import RECORD_JSON


def _by_lang(fr: str, ar: str, en: str) -> str:
    """``queries._by_lang``: {lang: value} of the languages whose value is not empty."""
    parts = " || ".join(
        f"""CASE WHEN {col} <> '' THEN ',"{lang}":' || json_quote({col}) ELSE '' END"""
        for lang, col in (("fr", fr), ("ar", ar), ("en", en))
    )
    # most records: a French value or none
    return f"""CASE WHEN ifnull({ar}, '') = '' AND ifnull({en}, '') = ''
        THEN CASE WHEN {fr} <> '' THEN json_object('fr', {fr}) ELSE json_object() END
        ELSE json('{{' || substr({parts}, 2) || '}}') END"""


def _stamp(col: str) -> str:
    """A DateTime column as ``_iso_seconds`` writes SQLite's stored text."""
    return f"replace(substr({col}, 1, 19), ' ', 'T')"


def _bool(col: str) -> str:
    return f"CASE WHEN {col} THEN json('true') ELSE json('false') END"


def _day(col: str) -> str:
    """A day ordinal (``date.toordinal``) as ``YYYY-MM-DD``: Julian day 1721425.5 is 0001-01-01."""
    return f"date({col} + 1721424.5)"


# (key, SQL value) of a record, in the order of ``PhotoRecord.as_json``, around "reigns" and
# "themes" (Python maps the photograph's reign and theme ids to their text: see _Lists) and
# "captions" and "titles" (one pass over the photograph's captions: _CAPTIONS); "gps" and
# "place_coords" (REAL columns) are written by Python
_HEAD = (
    ("id", "p.id"),
    ("path", "p.path"),
    ("source", "s.path"),
    ("date", "p.date_edtf"),
    ("date_source", "p.date_source"),
    ("date_start", _day("p.day_start")),
    ("date_end", _day("p.day_end")),
    ("approximate", _bool("p.approximate")),
    ("year", "p.year"),
)
# the ids of the photograph's reigns and themes (in the primary key's order; the covering index,
# no join, no sort): Python knows the text of each set (_Lists)
_REIGN_IDS = "(SELECT group_concat(pr.reign_id) FROM photo_reigns pr WHERE pr.photo_id = p.id)"
_THEME_IDS = "(SELECT group_concat(pt.theme_id) FROM photo_themes pt WHERE pt.photo_id = p.id)"
# "captions" and "titles" from one walk of the photograph's captions (by language, the key's order)
_CAPTIONS = """(SELECT '"captions":' || json_group_object(c.lang, c.text) || ',"titles":'
    || json_group_object(c.lang, c.title) FROM captions c WHERE c.photo_id = p.id)"""
_BODY = (
    ("width", "p.width"),
    ("height", "p.height"),
    ("pixel_width", "p.pixel_width"),
    ("pixel_height", "p.pixel_height"),
    ("orientation", "p.orientation"),
    ("format", "p.format"),
    ("status", "p.status"),
    ("missing", _bool("p.missing")),
    ("content_hash", "p.content_hash"),
    ("size", "p.size"),
    (
        "camera",
        """CASE
        WHEN p.camera_make <> '' AND p.camera_model <> '' THEN p.camera_make || ' ' || p.camera_model
        WHEN p.camera_make <> '' THEN p.camera_make
        WHEN p.camera_model <> '' THEN p.camera_model END""",
    ),
)
_MID = (
    ("digitised_at", "p.digitised_at"),
    ("photographer", "p.photographer"),
    ("credit", "p.credit"),
    ("rights", "p.rights"),
    ("plate", "p.plate"),
    ("place", "p.place"),
)
_TAIL = (
    ("notes", "p.notes"),
    ("keywords", "p.keywords"),
    ("created_at", _stamp("p.created_at")),
    ("updated_at", _stamp("p.updated_at")),
    ("revision", "p.revision"),
    ("places", _by_lang("p.place", "p.place_ar", "p.place_en")),
    (
        "date_bounds",
        f"CASE WHEN p.day_start IS NOT NULL THEN json_array({_day('p.day_start')}, {_day('p.day_end')}) END",
    ),
    (
        "location",
        """CASE WHEN json_valid(p.location) AND json_type(p.location) = 'object'
        THEN (SELECT json_group_object(key, value) FROM json_each(p.location)) ELSE json_object() END""",
    ),
    (
        "sidecars",
        """CASE WHEN json_valid(p.sidecar_sig) AND json_type(p.sidecar_sig) = 'array'
        THEN (SELECT json_group_array(json_extract(value, '$[0]')) FROM json_each(p.sidecar_sig)
              WHERE type = 'array' AND json_array_length(value) > 0) ELSE json_array() END""",
    ),
    ("place_id", "p.place_id"),
    ("photographer_by_lang", _by_lang("p.photographer", "p.photographer_ar", "p.photographer_en")),
    ("credit_by_lang", _by_lang("p.credit", "p.credit_ar", "p.credit_en")),
    ("rights_by_lang", _by_lang("p.rights", "p.rights_ar", "p.rights_en")),
)

# a record whose ``location``, ``sidecar_sig`` or stamps are not what the SQL above writes as Python
# would (a number where a string is expected, a key twice…) is made by ``iter_photo_records``
_PLAIN = """(
    (p.location IS NULL OR NOT json_valid(p.location) OR json_type(p.location) <> 'object' OR (
        SELECT count(*) = count(DISTINCT key) AND coalesce(max(type <> 'text'), 0) = 0
        FROM json_each(p.location)))
    AND (p.sidecar_sig IS NULL OR NOT json_valid(p.sidecar_sig) OR json_type(p.sidecar_sig) <> 'array' OR NOT EXISTS (
        SELECT 1 FROM json_each(p.sidecar_sig)
        WHERE type = 'array' AND json_array_length(value) > 0 AND json_type(value, '$[0]') <> 'text'))
    AND typeof(p.created_at) IN ('text', 'null') AND typeof(p.updated_at) IN ('text', 'null')
)"""

_FLOATS = "p.gps_lat IS NULL AND p.gps_lon IS NULL AND p.place_lat IS NULL AND p.place_lon IS NULL"


def _object(*pairs: tuple[str, str]) -> str:
    return "json_object(" + ", ".join(f"'{key}', {value}" for key, value in pairs) + ")"


def _blob(sql: str) -> str:
    """A text as its UTF-8 bytes: the driver then makes no ``str`` of it, and the CLI writes the
    bytes as they come."""
    return f"CAST({sql} AS BLOB)"


# ``{"id":…,"year":…,"reigns":``: the object's closing brace (after a number or null) taken off
_HEAD_SQL = f"""rtrim({_object(*_HEAD)}, '}}') || ',"reigns":'"""
# ``"captions":…`` to the end, or to "camera" (the closing brace kept) where a REAL value follows;
# its object's opening brace taken off (before "width")
_BODY_SQL = f"""{_CAPTIONS} || ',' || ltrim(CASE WHEN {_FLOATS}
    THEN {_object(*_BODY, ("gps", "NULL"), *_MID, ("place_coords", "NULL"), *_TAIL)} ELSE {_object(*_BODY)} END, '{{')"""

# A record is ``head`` (to ``"reigns":``), the text of its reigns (with ``,"themes":``) and of its
# themes (with ``,``), then ``body`` (from ``"captions":`` to the end); ``head`` is NULL where the
# record is not plain (Python's dict). With a REAL value, ``body`` ends at "camera" and ``mid``,
# ``tail`` and the numbers follow. json_each walks the ids in their order: CROSS JOIN keeps it the
# outer loop, so that the rows come in that order as they are made (an ORDER BY would sort first)
_SQL = f"""SELECT
    CASE WHEN {_PLAIN} THEN {_blob(_HEAD_SQL)} END,
    {_REIGN_IDS},
    {_THEME_IDS},
    {_blob(_BODY_SQL)},
    p.id,
    CASE WHEN NOT ({_FLOATS}) THEN {_blob(_object(*_MID))} END,
    CASE WHEN NOT ({_FLOATS}) THEN {_blob(_object(*_TAIL))} END,
    p.gps_lat, p.gps_lon, p.place_lat, p.place_lon
FROM json_each(?) AS j CROSS JOIN photos p ON p.id = j.value LEFT JOIN sources s ON s.id = p.source_id"""

# what the probe writes: every control character, quotes, backslash, DEL, Arabic, U+2028, emoji
_PROBE = [
    "".join(map(chr, range(32))),
    '"\\/\x7f',
    "الرباط — « port »",
    "\u2028\u2029\ufeff",
    "😀é\U0010ffff",
]

# how many of the first records are made both ways and compared before the rest is written
_CHECKED = 8

# The ids are read this many at a time, each window's in id order, and its records written in the
# caller's order: neighbouring photographs share the pages of the indexes that a record reads
# (captions, reigns, themes) and of the captions, so that a page is read once for many records
# rather than once for each (list --json at 100,000 photographs: ~17,500 page reads, not ~47,000,
# with the streaming read's small page cache). What is held is one window's text, ~10 MB: the
# command's peak memory 76 MB at 100,000 and at a million photographs (4,096: 66 and 75 MB, ~4%
# more CPU at a million)
WINDOW = 8192


def _writes_as_python(cursor: Any) -> bool:
    """Whether this SQLite's JSON writer escapes strings as Python's encoder does."""
    cursor.execute(f"SELECT json_array({', '.join('?' * len(_PROBE))})", _PROBE)
    (text,) = cursor.fetchone()
    return bool(text == RECORD_JSON.encode(_PROBE))


class _Lists(dict[str | None, bytes]):
    """The JSON text of a set of reigns or themes, from their ids as ``group_concat`` writes them
    (``"3,7"``; ``None``: none), in the order of ``iter_photo_records`` (``order``: the rows of
    ``SELECT id, slug … ORDER BY`` that order), followed by ``after``. Each set is written once."""

    def __init__(self, order: list[tuple[int, str]], after: bytes) -> None:
        super().__init__()
        self.rank = {id_: (n, slug) for n, (id_, slug) in enumerate(order)}
        self.after = after

    def __missing__(self, key: str | None) -> bytes:
        # an id that names no reign or theme is left out, as a join would
        found = (self.rank.get(int(i)) for i in key.split(",") if i.isdigit()) if key else ()
        slugs = [slug for _n, slug in sorted(r for r in found if r is not None)]
        text = self[key] = RECORD_JSON.encode(slugs).encode() + self.after
        return text


def iter_photo_json(
    session: Session, ids: Sequence[int], window: int = WINDOW
) -> Iterator[bytes | dict[str, Any]] | None:
    """The records of ``ids`` (in that order, as ``iter_photo_records``) as :data:`RECORD_JSON`
    text in UTF-8, or as the dict of ``iter_photo_records`` where SQLite would not write them as
    Python does; ``None`` where this path does not run (PostgreSQL, a SQLite that escapes strings
    otherwise or that cannot run the statement, one built without JSON functions say): take
    ``iter_photo_records``. The ids are read ``window`` at a time (see :data:`WINDOW`)."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    dbapi = session.connection().connection.dbapi_connection
    assert dbapi is not None
    cursor = dbapi.cursor()
    try:
        if _writes_as_python(cursor):
            reigns = _Lists(
                cursor.execute("SELECT id, slug FROM reigns ORDER BY start, id").fetchall(), b',"themes":'
            )
            themes = _Lists(
                cursor.execute("SELECT id, slug FROM themes ORDER BY position, id").fetchall(), b","
            )
            rows = _rows(cursor, ids[:window])  # here, so that a statement SQLite cannot run says so now
            return _records(session, cursor, ids, window, rows, reigns, themes)
    except sqlite3.Error:
        pass
    cursor.close()
    return None


def _rows(cursor: Any, ids: Sequence[int]) -> list[Any]:
    """The rows of ``_SQL`` for ``ids``, each photograph once, by id."""
    cursor.execute(_SQL, (json.dumps(sorted(set(ids))),))
    return list(cursor.fetchall())


def _records(
    session: Session,
    cursor: Any,
    ids: Sequence[int],
    window: int,
    rows: list[Any],
    reigns: _Lists,
    themes: _Lists,
) -> Iterator[bytes | dict[str, Any]]:
    """The records of ``ids``, a window after another; ``rows``: those of the first window."""
    from photobook.db.queries import iter_photo_records

    encode = RECORD_JSON.encode
    join = b"".join
    try:
        for start in range(0, len(ids), window):
            part = ids[start : start + window]
            if start:
                rows = _rows(cursor, part)
            made: dict[int, bytes | dict[str, Any]] = {}
            for head, reign_ids, theme_ids, body, pid, mid, tail, glat, glon, plat, plon in rows:
                if head is None:
                    made[pid] = next(iter(iter_photo_records(session, [pid])))
                elif mid is None:  # the whole record
                    made[pid] = join((head, reigns[reign_ids], themes[theme_ids], body))
                else:
                    gps = encode([glat, glon]) if glat is not None and glon is not None else "null"
                    coords = encode([plat, plon]) if plat is not None else "null"
                    made[pid] = join(
                        (
                            head,
                            reigns[reign_ids],
                            themes[theme_ids],
                            body[:-1],
                            f',"gps":{gps},'.encode(),
                            mid[1:-1],
                            f',"place_coords":{coords},'.encode(),
                            tail[1:],
                        )
                    )
            del rows
            found = [i for i in part if i in made]  # in the caller's order (an id not there: none)
            if not start:  # the same text as Python's, else Python's for all (another SQLite, say)
                some = found[:_CHECKED]
                mine = [
                    r if isinstance(r, bytes) else encode(r).encode() for r in map(made.__getitem__, some)
                ]
                if mine != [encode(r).encode() for r in iter_photo_records(session, some)]:
                    yield from iter_photo_records(session, ids)
                    return
            yield from map(made.__getitem__, found)
    finally:
        # a reader that stopped early (``list --json | head``) may close the catalog first
        with suppress(sqlite3.ProgrammingError):
            cursor.close()
