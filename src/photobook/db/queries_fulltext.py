"""The full-text index's rows in timeline order (SQLite, revision 0018): a search's first page read
from FTS5 alone.

A row of ``photo_fts`` is numbered ``day_start << 41 | min(day_end - day_start, 4095) << 29 | id``
(undated photographs: ``(2**22 - 1) << 41 | id``), so that ascending row numbers follow the
timeline (earliest day, latest day, id; undated last, by id) and ``ORDER BY rowid LIMIT n`` stops
after ``n`` matches. Photographs of the same first day spanning 4,095 days or more (11 years; a
decade is less) share the middle part; :func:`first_page` orders those by their ``day_end``. The
triggers of revision 0018 keep the numbers current when dates change. A catalog before 0018 numbers rows by id: ``rowid & ID_MASK``
is the photograph's id in both."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from photobook.db.storage import chunked

ID_BITS = 29  # 536 million photographs; revision 0018's triggers refuse a larger id
ID_MASK = (1 << ID_BITS) - 1
SPAN_BITS = 12
LONG_SPAN = (1 << SPAN_BITS) - 1  # 4,095 days or more: the span no longer orders rows by itself
DAY_SHIFT = ID_BITS + SPAN_BITS
UNDATED_DAY = (1 << 22) - 1  # after every day ordinal (date.max is 3,652,059)


def photo_id(rowid: int) -> int:
    return rowid & ID_MASK


def _long_group(rowid: int) -> int | None:
    """The first day of a row whose span is 4,095 days or more (those rows are ordered by id
    within their day, not by day_end); None for every other row."""
    day = rowid >> DAY_SHIFT
    if day != UNDATED_DAY and (rowid >> ID_BITS) & LONG_SPAN == LONG_SPAN:
        return day
    return None


def is_timeline_ordered(cursor: Any) -> bool:
    """Whether this catalog's full-text rows are numbered in timeline order (revision 0018 made the
    index contentless; before, it read its text from photos and numbered rows by id)."""
    cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'photo_fts'")
    row = cursor.fetchone()
    return row is not None and "content=''" in row[0]


def first_page(cursor: Any, match: str, limit: int) -> list[int]:
    """The ids of the first ``limit`` photographs matching ``match`` (an FTS5 expression) in
    timeline order, from a timeline-ordered index (:func:`is_timeline_ordered`)."""
    sql = "SELECT rowid FROM photo_fts WHERE photo_fts MATCH ? ORDER BY rowid LIMIT ?"
    cursor.execute(sql, (match, limit))
    rowids = [r for (r,) in cursor.fetchall()]
    last = _long_group(rowids[-1]) if rowids else None
    if last is not None and len(rowids) == limit:
        # the page ends inside a day of long spans: its rest may hold rows that sort before the
        # last ones (an earlier day_end, a higher id)
        end = ((last + 1) << DAY_SHIFT) - 1
        more = (
            "SELECT rowid FROM photo_fts WHERE photo_fts MATCH ? AND rowid > ? AND rowid <= ? ORDER BY rowid"
        )
        cursor.execute(more, (match, rowids[-1], end))
        rowids.extend(r for (r,) in cursor.fetchall())
    if not any(_long_group(r) is not None for r in rowids):
        return [r & ID_MASK for r in rowids]
    long_ids = [r & ID_MASK for r in rowids if _long_group(r) is not None]
    ends: dict[int, int] = {}
    for chunk in chunked(long_ids):
        marks = ",".join("?" * len(chunk))
        cursor.execute(f"SELECT id, day_end FROM photos WHERE id IN ({marks})", chunk)
        ends.update(cursor.fetchall())
    out: list[int] = []
    for day, rows in groupby(rowids, _long_group):
        ids = [r & ID_MASK for r in rows]
        out.extend(ids if day is None else sorted(ids, key=lambda i: (ends[i], i)))
    return out[:limit]


# --- counts under a search, from the row numbers -----------------------------------------------------

_SPAN = f"((rowid >> {ID_BITS}) & {LONG_SPAN})"
_MATCHES = "SELECT count(*) FROM photo_fts WHERE photo_fts MATCH ?"


def matched_ids(param: str = "?", every: int = 1, start: int = 0) -> str:
    """The SQL of the ids matching the FTS5 expression bound to ``param``: of one photograph in
    ``every`` by id (a sample), of the rows numbered from ``start`` on (``UNDATED_DAY << DAY_SHIFT``:
    the undated)."""
    sql = f"SELECT rowid & {ID_MASK} AS id FROM photo_fts WHERE photo_fts MATCH {param}"
    if every > 1:
        sql += f" AND (rowid & {ID_MASK}) % {int(every)} = 0"
    if start:
        sql += f" AND rowid >= {int(start)}"
    return sql


def _one(cursor: Any, sql: str, params: tuple[Any, ...]) -> int:
    cursor.execute(sql, params)
    return int(cursor.fetchone()[0])


def match_count(cursor: Any, match: str) -> int:
    return _one(cursor, _MATCHES, (match,))


def undated_count(cursor: Any, match: str) -> int:
    """The photographs matching ``match`` that have no date: the rows numbered after every day."""
    return _one(cursor, f"{_MATCHES} AND rowid >= ?", (match, UNDATED_DAY << DAY_SHIFT))


def undated_ids(cursor: Any, match: str) -> list[int]:
    """The ids of the photographs matching ``match`` that have no date, in order (their rows are
    numbered after every day, then by id)."""
    cursor.execute(matched_ids(start=UNDATED_DAY << DAY_SHIFT) + " ORDER BY rowid", (match,))
    return [i for (i,) in cursor.fetchall()]


def reign_counts(cursor: Any, match: str, spans: list[tuple[str, int, int]]) -> dict[str, int]:
    """For each reign (slug, first day, last day), the photographs matching ``match`` whose dates
    overlap it (``queries._in_reign``), counted in the index's rows: those that begin within it (a
    range of row numbers), and those that begin before it and end within or after it (their span is
    in their row number; a span of 4,095 days or more is looked up in ``photos``)."""
    out: dict[str, int] = {}
    for slug, lo, hi in spans:
        lo_key = lo << DAY_SHIFT
        hi_key = (min(hi, UNDATED_DAY - 1) + 1) << DAY_SHIFT
        n = _one(cursor, f"{_MATCHES} AND rowid >= ? AND rowid < ?", (match, lo_key, hi_key))
        n += _one(
            cursor,
            f"{_MATCHES} AND rowid < ? AND {_SPAN} < {LONG_SPAN} AND (rowid >> {DAY_SHIFT}) + {_SPAN} >= ?",
            (match, lo_key, lo),
        )
        n += _one(
            cursor,
            f"SELECT count(*) FROM photos WHERE id IN (SELECT rowid & {ID_MASK} FROM photo_fts "
            f"WHERE photo_fts MATCH ? AND rowid < ? AND {_SPAN} = {LONG_SPAN}) AND day_end >= ?",
            (match, lo_key, lo),
        )
        if n:
            out[slug] = n
    return out


def theme_counts(cursor: Any, match: str, every: int = 1) -> dict[int, int]:
    """theme id → the photographs matching ``match`` in the theme or under it (each once), counted
    over every ``every``-th photograph by id (1: all of them): a sample that the caller scales."""
    cursor.execute(
        "SELECT c.ancestor_id, count(DISTINCT pt.photo_id) "
        f"FROM ({matched_ids(every=every)}) m "
        "JOIN photo_themes pt ON pt.photo_id = m.id JOIN theme_closure c ON c.theme_id = pt.theme_id "
        "GROUP BY c.ancestor_id",
        (match,),
    )
    return {int(t): int(n) for t, n in cursor.fetchall()}
