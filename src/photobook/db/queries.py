"""Read queries: fn(session, …) → ids, counts or plain rows. Filtering and counting happen in SQL.

Every view (CLI list, timeline, grid, kiosk) describes what it wants with one :class:`PhotoFilter`.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import operator
import os
import re
import sqlite3
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import Any, TypeVar, cast

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    column,
    delete,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    text,
    tuple_,
    union_all,
    update,
    values,
)
from sqlalchemy.orm import Session, aliased, lazyload
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement

from photobook.core import dates

# the filter lives in core (the window names one before SQLAlchemy is imported); named here as before
from photobook.core.filters import PUBLIC_STATUSES as PUBLIC_STATUSES
from photobook.core.filters import PhotoFilter as PhotoFilter
from photobook.core.filters import public as public
from photobook.core.languages import LANGUAGES
from photobook.core.reasons import ReasonCode
from photobook.core.records import Caption as CaptionText
from photobook.core.records import GridRow, HistoryEntry, PhotoRecord, PlaceRecord
from photobook.core.text import fts_query, words
from photobook.core.tours import Tour as TourRecord
from photobook.core.tours import TourSlide as TourSlideRecord
from photobook.core.tours import TourSummary
from photobook.db import queries_fulltext
from photobook.db.engine import sqlite_file
from photobook.db.fastpath import CatalogWatch, columns_in_one_step, undated_last
from photobook.db.models import (
    UNDATED_YEAR,
    Caption,
    ClearedField,
    DuplicateDismissal,
    IndexProblem,
    Photo,
    PhotoAlternate,
    PhotoHistory,
    Place,
    Reign,
    Source,
    Theme,
    Tour,
    TourCaption,
    TourSlide,
    photo_reigns,
    photo_themes,
    summary_reigns,
    summary_theme_days,
    summary_theme_days_all,
    summary_theme_undated,
    summary_themes,
    summary_years,
    theme_closure,
)
from photobook.db.storage import chunked, source_bytes


def theme_descendants(session: Session, slugs: Iterable[str]) -> list[int]:
    """Ids of the named themes and all their sub-themes (the vocabulary is small: load it)."""
    rows = _memo(
        session, "themes", lambda: session.execute(select(Theme.id, Theme.slug, Theme.parent_id)).all()
    )
    children: dict[int | None, list[int]] = {}
    for tid, _slug, parent in rows:
        children.setdefault(parent, []).append(tid)
    wanted = [tid for tid, slug, _p in rows if slug in set(slugs)]
    out: list[int] = []
    stack = list(wanted)
    while stack:
        tid = stack.pop()
        if tid in out:
            continue
        out.append(tid)
        stack.extend(children.get(tid, ()))
    return out


def _conditions(
    session: Session, f: PhotoFilter, *, dated: Any = Photo.year, search: _SearchPlan | None = None
) -> list[ColumnElement[bool]]:
    """The WHERE terms of ``f``. ``dated`` is the column tested for "has a date" (``year`` and
    ``day_start`` are NULL together): ``year`` keeps the year indexes covering for counts per year,
    ``day_start`` lets an ORDER BY date walk the day indexes. ``search``: see :func:`photo_ids`."""
    cond: list[ColumnElement[bool]] = []
    if f.ids is not None:
        cond.append(Photo.id.in_(f.ids))
    if f.statuses:
        cond.append(Photo.status.in_(f.statuses))
    if not f.include_missing:
        cond.append(Photo.missing.is_(False))
    if f.undated is True:
        cond.append(Photo.day_start.is_(None))
    elif f.undated is False or f.year_from is not None or f.year_to is not None:
        cond.append(dated.is_not(None))
    # A photo's reigns are derived from its date bounds, so the reign filter is a date range: it
    # runs on the day index instead of a join (photo_reigns serves display).
    days = _day_terms(session, f, Photo.day_start, Photo.day_end)
    cond.extend(days if days is not None else [Photo.id.is_(None)])  # (reigns that do not exist)
    if f.themes:
        theme_ids = theme_descendants(session, f.themes)
        # Correlated EXISTS on the (photo_id, theme_id) primary key: with ORDER BY day LIMIT n the
        # scan stops early, where IN (subquery) would first materialise every tagged photo.
        cond.append(
            select(photo_themes.c.photo_id)
            .where(photo_themes.c.photo_id == Photo.id, photo_themes.c.theme_id.in_(theme_ids))
            .exists()
        )
    if f.problems:
        cond.append(_has_problem())
    if search is not None and search.ids is not None:
        # every match, already fetched: row ids written into the SQL as integers (no limit on the
        # number of bound variables, and ~10x cheaper to render than SQLAlchemy's literal binds)
        ids = ",".join(str(int(i)) for i in search.ids)
        cond.append(cast("ColumnElement[bool]", text(f"photos.id IN ({ids})")) if ids else Photo.id.is_(None))
    elif f.search.strip():
        cond.append(_search_condition(session, f.search, walk=search is not None and search.walk))
    return cond


def _has_problem() -> ColumnElement[bool]:
    """The photograph's file has a recorded index problem (a warning: truncated, odd EXIF…):
    EXISTS on the (source_id, path_bytes) index of index_problems."""
    return (
        select(IndexProblem.id)
        .where(IndexProblem.source_id == Photo.source_id, IndexProblem.path_bytes == Photo.path_bytes)
        .exists()
    )


def flag_counts(
    session: Session, f: PhotoFilter = PhotoFilter(), undated: int | None = None
) -> tuple[int, int]:
    """(undated, with problems) under the other filters: the counts beside the filter panel's
    "Undated" and "Has problems" boxes (``undated``: counted already, :func:`search_counts`)."""
    if undated is None:
        undated = count(session, replace(f, undated=True, year_from=None, year_to=None))
    # no problem recorded at all (the usual case): nothing to count, where counting would probe
    # every photograph of the filter (a theme at a million photographs: 0.4 s)
    if session.scalar(select(IndexProblem.id).limit(1)) is None:
        return undated, 0
    with_problems = count(session, replace(f, problems=True))
    return undated, with_problems


def problem_photo_ids(session: Session, ids: Iterable[int]) -> set[int]:
    """Which of these photographs have a recorded index problem (the contact sheet marks them)."""
    out: set[int] = set()
    for chunk in chunked(list(ids), 500):
        out.update(session.scalars(select(Photo.id).where(Photo.id.in_(chunk), _has_problem())))
    return out


def photo_for_problem(session: Session, source: str, path: str) -> int | None:
    """The catalogued photograph a problem row is about (None: the file was not catalogued)."""
    stmt = (
        select(Photo.id)
        .join(Source, Source.id == Photo.source_id)
        .where(Source.path == source, Photo.path == path)
        .limit(1)
    )
    return session.scalar(stmt)


def _reign_spans(session: Session, slugs: Iterable[str] | None = None) -> list[tuple[str, int, int]]:
    """(slug, first day, last day) of the reigns (all of them, or those named), as day ordinals;
    a reign still running ends at day 10**7 (the year 27,000). Read once per read (:func:`_memo`):
    a reign filter's first page asked for them at every call (~0.3 ms of its ~3 at a million)."""
    stmt = select(Reign.slug, Reign.start, Reign.end).order_by(Reign.start, Reign.slug)
    every: list[tuple[str, int, int]] = _memo(
        session,
        "reign spans",
        lambda: [
            (slug, start.toordinal(), end.toordinal() if end else 10**7)
            for slug, start, end in session.execute(stmt)
        ],
    )
    if slugs is None:
        return list(every)
    wanted = set(slugs)
    return [span for span in every if span[0] in wanted]


def _day_terms(session: Session, f: PhotoFilter, start: Any, end: Any) -> list[ColumnElement[bool]] | None:
    """The terms of ``f``'s years and reigns on a first and a last day column (a photograph's, or a
    summary row's interval); None when it names reigns that do not exist (nothing matches)."""
    terms: list[ColumnElement[bool]] = []
    if f.year_from is not None:
        terms.append(end >= date(f.year_from, 1, 1).toordinal())
    if f.year_to is not None:
        terms.append(start <= date(f.year_to, 12, 31).toordinal())
    if f.reigns:
        spans = _reign_spans(session, f.reigns)
        if not spans:
            return None
        terms.append(or_(*(and_(start <= hi, end >= lo) for _slug, lo, hi in spans)))
    return terms


def _in_reign(lo: int, hi: int) -> ColumnElement[bool]:
    """Photos whose date interval overlaps the reign's days (as core.reigns.reigns_for decides)."""
    return and_(Photo.day_start <= hi, Photo.day_end >= lo)


def _search_condition(session: Session, query: str, *, walk: bool = False) -> ColumnElement[bool]:
    if session.get_bind().dialect.name == "sqlite":
        match = fts_query(query)
        if not match:
            return Photo.id.is_(None)  # nothing searchable typed (punctuation only): no match
        # the photograph's id is the row number's low bits (revision 0018; the whole number before)
        # within search_counts: one photograph found in so many (by id), and from a row number on
        every, start = session.info.get(_SEARCH_SCOPE, (1, 0))
        sub = text(queries_fulltext.matched_ids(":q", every, start)).bindparams(q=match)
        # ``id + 0`` is not an indexable term: SQLite cannot start from the matches, so it walks a
        # day index in ORDER BY order and probes the match set (built once) until LIMIT rows
        return (Photo.id + 0).in_(sub) if walk else Photo.id.in_(sub)
    terms = words(query)
    if not terms:
        return Photo.id.is_(None)
    # PostgreSQL: each word as the start of a word, as FTS5's prefix query does on SQLite,
    # so "port" finds "Ports" but not "transport"; the trigram index serves the regular expression
    # (a space or punctuation before it rather than ``\\m``, whose idea of a letter depends on the
    # server's locale and may exclude Arabic)
    return and_(*(Photo.search_text.op("~")("(^|[[:space:][:punct:]])" + re.escape(t)) for t in terms))


def _filtered(session: Session, f: PhotoFilter, *columns: Any, **how: Any) -> Select[Any]:
    stmt = select(*columns) if columns else select(Photo.id)
    cond = _conditions(session, f, **how)
    return stmt.where(*cond) if cond else stmt


def photo_ids(session: Session, f: PhotoFilter = PhotoFilter(), limit: int | None = None) -> list[int]:
    """Ids in timeline order: dated photos by earliest day, then undated ones (never as 1970).

    A full-text search with a LIMIT has two plans on SQLite (figures at 100,000 photos, LIMIT 200).
    Few matches: sort them (~1.6 ms for 700, ~3.4 ms for 1,850, but ~6 ms for 8,500 and ~15 ms for
    21,000). Many: walk the day index in order, probing the set of matches, until LIMIT rows
    (~2.2 ms for 8,500, ~4.5 ms for 21,000, but ~6.5 ms when there are few: it walks everything).
    :func:`_search_plan` picks one by fetching the matches up to the break-even point.
    """
    if limit is not None and f.search.strip() and replace(f, search="").is_empty():
        first = _fulltext_first_page(session, f.search, limit)
        if first is not None:
            return first
    out: list[int] = []
    plan = _search_plan(session, f.search, limit) if limit is not None else None
    if f.undated is not True:
        dated = _filtered(session, replace(f, undated=False), dated=Photo.day_start, search=plan).order_by(
            Photo.day_start, Photo.day_end, Photo.id
        )
        if limit is not None:
            dated = dated.limit(limit)
        out = list(session.scalars(dated))
    if f.undated is not False and f.year_from is None and f.year_to is None:
        if limit is None or len(out) < limit:
            reuse = plan if plan is not None and plan.ids is not None else None  # the matches, if fetched
            undated = _filtered(session, replace(f, undated=True), search=reuse).order_by(Photo.id)
            if limit is not None:
                undated = undated.limit(limit - len(out))
            out.extend(session.scalars(undated))
    return out


def _fulltext_first_page(session: Session, query: str, limit: int) -> list[int] | None:
    """A search and nothing else, on SQLite from revision 0018: the first page read from the
    full-text index in timeline order, where it stops after ``limit`` matches (a million
    photographs, "tanger": ~0.4 ms of CPU where walking the day index took ~40 ms, both under a
    heavy load). None otherwise."""

    def read(cursor: Any, match: str) -> list[int]:
        return queries_fulltext.first_page(cursor, match, limit)

    none: list[int] = []
    return _fulltext_read(session, query, read, none)


_T = TypeVar("_T")


def _fulltext_read(session: Session, query: str, read: Callable[[Any, str], _T], nothing: _T) -> _T | None:
    """``read(cursor, match)`` on the full-text index numbered in timeline order (SQLite from
    revision 0018: :mod:`photobook.db.queries_fulltext`), ``match`` the FTS5 expression of
    ``query``; ``nothing`` when nothing searchable is typed; None where the index cannot answer
    (PostgreSQL, an older catalog)."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    match = fts_query(query)
    if not match:
        return nothing
    cursor = _dbapi_cursor(session)
    try:
        if not queries_fulltext.is_timeline_ordered(cursor):
            return None
        return read(cursor, match)
    finally:
        cursor.close()


@dataclass(frozen=True)
class _SearchPlan:
    """How :func:`photo_ids` runs a full-text search with a LIMIT: ``ids`` holds every match when
    there are few; otherwise ``walk`` says to walk the day index (see :func:`_search_plan`)."""

    ids: tuple[int, ...] | None = None
    walk: bool = False


def _search_plan(session: Session, query: str, limit: int) -> _SearchPlan | None:
    """Few matches: sort them. Many: walk the day index in order, probing the match set, and stop
    at ``limit`` rows. The walk reads about ``limit * photos / matches`` index entries, the sort
    costs about one row lookup per match: measured, they break even near 2,500 matches for 200 of
    100,000 photos (1,850 matches: sort 3.4 ms, walk 4.6 ms; 4,000: sort 5.3 ms, walk 4.1 ms), and
    the break-even point grows as ``sqrt(limit * photos)``. The matches are fetched up to that
    number only (~1 ms): below it they are the whole set, which the query then uses instead of
    searching a second time."""
    if not query.strip() or session.get_bind().dialect.name != "sqlite":
        return None
    match = fts_query(query)
    if not match:
        return None
    photos = session.scalar(select(func.max(Photo.id))) or 0  # one step down the b-tree, unlike count
    cap = max(int((limit * photos / 3) ** 0.5), limit)
    cursor = _dbapi_cursor(session)  # plain ints, no Row objects
    try:
        # one string, not a row per match: past the break-even point only its length is wanted
        # (a million photographs, "tanger": ~1.6 ms where fetching 8,000 rows cost ~3.3 ms)
        sql = (
            f"SELECT count(*), group_concat(rowid & {queries_fulltext.ID_MASK}) "
            "FROM (SELECT rowid FROM photo_fts WHERE photo_fts MATCH ? LIMIT ?)"
        )
        cursor.execute(sql, (match, cap))
        found, joined = cursor.fetchone()
    finally:
        cursor.close()
    if found >= cap:
        return _SearchPlan(walk=True)
    return _SearchPlan(ids=tuple(int(i) for i in joined.split(",")) if joined else ())


def count(session: Session, f: PhotoFilter = PhotoFilter()) -> int:
    """How many photographs ``f`` holds: a sum over the summary of years where the filter allows
    (statuses, present files, dated or not), a full-text count without touching the photos when
    the search is the only filter, else a count in SQL."""
    n = summary_count(session, f)
    if n is not None:
        return n
    if f.search.strip() and replace(f, search="").is_empty():
        return search_count(session, f.search)
    return session.scalar(_filtered(session, f, func.count(Photo.id))) or 0


def summary_count(session: Session, f: PhotoFilter) -> int | None:
    """:func:`count` when the summary tables can say (statuses, present files, dated or not, one
    theme): a lookup; None when only a count over the photographs could (a search, years, reigns…)."""
    scope = _summary_scope(session, f, undated_ok=True)
    if scope is None:
        return theme_summary_count(session, f)
    sy = summary_years.c
    stmt = select(func.coalesce(func.sum(sy.n), 0)).where(*_summary_where(sy, scope))
    if f.undated is True:
        stmt = stmt.where(sy.year == UNDATED_YEAR)
    elif f.undated is False:
        stmt = stmt.where(sy.year != UNDATED_YEAR)
    return int(session.scalar(stmt) or 0)


# --- counts from the summary tables (revision 0009) -------------------------------------------------


@dataclass(frozen=True)
class _Scope:
    """The part of a filter that the summary tables can answer: statuses and present files."""

    statuses: tuple[str, ...]
    include_missing: bool


def _summary_scope(session: Session, f: PhotoFilter, *, undated_ok: bool = False) -> _Scope | None:
    """``f`` as a summary scope when it filters on nothing but statuses and missing files (and,
    with ``undated_ok``, dated or undated); None when a count must be made over the photos, or
    when the catalog has no summaries (an older catalog opened read-only, never upgraded)."""
    if not _has_summaries(session):
        return None
    if f.extra or f.ids is not None or f.search.strip() or f.reigns or f.themes or f.problems:
        return None
    if f.year_from is not None or f.year_to is not None or (f.undated is not None and not undated_ok):
        return None
    return _Scope(tuple(f.statuses), f.include_missing)


def _memo(session: Session, key: Any, make: Callable[[], Any]) -> Any:
    """``make()``, asked once per read of a SQLite catalog: kept for the session's transaction while
    its connection has written nothing (what the catalog's tables and vocabulary were when a read
    began holds until it ends; SQLite reads within BEGIN see one snapshot). A theme filter asked the
    same table lookups and theme ids 12 times in one load (~2 ms of CPU through SQLAlchemy).
    Elsewhere (PostgreSQL) asked every time."""
    if session.get_bind().dialect.name != "sqlite" or session.new or session.dirty or session.deleted:
        return make()  # (changes not yet flushed: asking flushes them, and the answer may differ)
    dbapi = session.connection().connection.dbapi_connection
    stamp = (session.get_transaction(), getattr(dbapi, "total_changes", None))
    memo = session.info.get(_MEMO)
    if memo is None or memo[0] is not stamp[0] or memo[1] != stamp[1]:
        memo = session.info[_MEMO] = (stamp[0], stamp[1], {})
    found: dict[Any, Any] = memo[2]
    if key not in found:
        found[key] = make()
    return found[key]


_MEMO = "photobook.queries.memo"


def _has_table(session: Session, name: str) -> bool:
    """Whether this catalog has the table ``name``: asked once per read (:func:`_memo`), since a
    catalog can be downgraded under the same name. On SQLite every table's name in one lookup of the
    schema (a theme filter asked for four tables, each a query: ~1 ms of CPU of the filter at a
    million photographs); on PostgreSQL one lookup per table."""
    if session.get_bind().dialect.name == "sqlite":
        return name in _memo(session, ("tables",), lambda: _sqlite_tables(session))
    sql = "SELECT to_regclass(:name) IS NOT NULL"
    return bool(_memo(session, ("table", name), lambda: session.execute(text(sql), {"name": name}).scalar()))


def _sqlite_tables(session: Session) -> frozenset[str]:
    """The names of the SQLite catalog's tables, read in the session's transaction (as SQL the
    driver runs as it is, its errors SQLAlchemy's: a read stopped here says so as any other)."""
    sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
    return frozenset(session.connection().exec_driver_sql(sql).scalars())


def _has_summaries(session: Session) -> bool:
    """Whether this catalog has the summary tables (revision 0009)."""
    return _has_table(session, "summary_years")


def _summary_where(table_columns: Any, scope: _Scope) -> list[ColumnElement[bool]]:
    return [table_columns.n > 0, *_scope_where(table_columns, scope)]


def _scope_where(table_columns: Any, scope: _Scope) -> list[ColumnElement[bool]]:
    """``scope`` on a summary table's ``status`` and ``missing`` columns."""
    cond: list[ColumnElement[bool]] = []
    if scope.statuses:
        cond.append(table_columns.status.in_(scope.statuses))
    if not scope.include_missing:
        cond.append(table_columns.missing.is_(False))
    return cond


def search_count(session: Session, query: str) -> int:
    """How many photographs match a full-text search, counted in the search index alone (SQLite)
    or with the trigram index (PostgreSQL)."""
    if session.get_bind().dialect.name == "sqlite":
        match = fts_query(query)
        if not match:
            return 0
        cursor = _dbapi_cursor(session)
        try:
            cursor.execute("SELECT count(*) FROM photo_fts WHERE photo_fts MATCH ?", (match,))
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()
    return session.scalar(_filtered(session, PhotoFilter(search=query), func.count(Photo.id))) or 0


def year_counts(session: Session, f: PhotoFilter = PhotoFilter()) -> dict[int, int]:
    """Photographs per year (by the middle of their date interval); undated ones are not counted.
    A lookup in ``summary_years`` where the filter allows (statuses, present files), else a count
    over the covering year indexes."""
    scope = _summary_scope(session, f, undated_ok=True)  # "undated" is set aside here, as below
    if scope is not None:
        sy = summary_years.c
        summed = (
            select(sy.year, func.sum(sy.n))
            .where(*_summary_where(sy, scope), sy.year != UNDATED_YEAR)
            .group_by(sy.year)
            .order_by(sy.year)
        )
        return {int(y): int(n) for y, n in session.execute(summed) if n}
    stmt = _filtered(session, replace(f, undated=False), Photo.year, func.count(Photo.id)).group_by(
        Photo.year
    )
    return {y: n for y, n in session.execute(stmt) if y is not None}


def reign_counts(session: Session, f: PhotoFilter = PhotoFilter()) -> dict[str, int]:
    """Photographs per reign under the other filters (a photo whose dates straddle a succession
    counts in both). A reign is a date range, so each count is one range scan of a covering day
    index, all in one UNION ALL: ~6 ms at 100,000 photos where joining photo_reigns took ~40 ms."""
    scope = _summary_scope(session, replace(f, reigns=()))
    if scope is not None:
        sr = summary_reigns.c
        summed = (
            select(Reign.slug, func.sum(sr.n))
            .join(Reign, Reign.id == sr.reign_id)
            .where(*_summary_where(sr, scope))
            .group_by(Reign.slug)
        )
        return {slug: int(n) for slug, n in session.execute(summed) if n}
    spans = _reign_spans(session)
    if not spans:
        return {}
    one_theme = _theme_days_scope(session, replace(f, reigns=()))
    if one_theme is not None:  # (the undated overlap no reign)
        return {} if f.undated is True else _theme_reign_counts(session, *one_theme, spans)
    if f.themes and f.ids is None and not f.extra:  # (the undated overlap no reign)
        return {} if f.undated is True else _themes_reign_counts(session, replace(f, reigns=()), spans)
    cond = _conditions(session, replace(f, reigns=()))
    parts = [
        select(literal(slug).label("slug"), func.count(Photo.id).label("n")).where(*cond, _in_reign(lo, hi))
        for slug, lo, hi in spans
    ]
    stmt = parts[0] if len(parts) == 1 else union_all(*parts)
    return {slug: n for slug, n in session.execute(stmt) if n}


def _themes_reign_counts(
    session: Session, f: PhotoFilter, spans: list[tuple[str, int, int]]
) -> dict[str, int]:
    """:func:`reign_counts` of a filter on themes that the summaries cannot count (several themes, or
    a theme beside years or a search): one pass over the themes' photographs, read from the theme
    index (a photograph under two of them once), each reign a sum of the photographs it overlaps.
    The day index's walk per reign probed every photograph of the reign for its themes instead
    (two themes at a million photographs: 0.93 s -> 0.15 s)."""
    tagged = select(photo_themes.c.photo_id).where(
        photo_themes.c.theme_id.in_(theme_descendants(session, f.themes))
    )
    cond = [*_conditions(session, replace(f, themes=())), Photo.id.in_(tagged)]
    sums = [func.sum(case((_in_reign(lo, hi), 1), else_=0)) for _slug, lo, hi in spans]
    row = session.execute(select(*sums).where(*cond)).one()
    return {slug: int(n) for (slug, _lo, _hi), n in zip(spans, row, strict=True) if n}


def theme_counts(session: Session, f: PhotoFilter = PhotoFilter()) -> dict[str, int]:
    """Photographs per theme slug under the other filters; a parent counts the distinct photos of
    its whole subtree. A lookup in ``summary_themes`` where the filter allows (statuses, present
    files); else one grouped query over the theme → ancestor closure (the vocabulary is small)."""
    scope = _summary_scope(session, f.without_themes())
    if scope is not None:
        st = summary_themes.c
        summed = (
            select(Theme.slug, func.sum(st.n))
            .join(Theme, Theme.id == st.theme_id)
            .where(*_summary_where(st, scope))
            .group_by(Theme.slug)
        )
        return {slug: int(n) for slug, n in session.execute(summed) if n}
    days = _days_scope(session, f.without_themes())
    if days is not None:
        return _theme_counts_in_days(session, *days)
    undated = _summary_scope(session, replace(f.without_themes(), undated=None))
    if f.undated is True and undated is not None and _has_table(session, "summary_theme_undated"):
        # the undated photographs: each theme's rows of the table that holds them (revision 0016),
        # one per photograph under it (at a million photographs: ~180 ms over the photographs)
        u = summary_theme_undated.c
        stmt = (
            select(Theme.slug, func.count())
            .select_from(summary_theme_undated)
            .join(Theme, Theme.id == u.theme_id)
            .where(*_scope_where(u, undated))
            .group_by(Theme.slug)
        )
        return {slug: int(n) for slug, n in session.execute(stmt) if n}
    # otherwise from the photographs of the filter: each (ancestor, photo) pair once, through the
    # stored closure (photo_themes by photo id, then theme_closure), then counted per ancestor
    closure = theme_closure if _has_summaries(session) else _closure_values(session)
    if closure is None:
        return {}
    pt, c = photo_themes.c, closure.c
    rest = f.without_themes()
    links = select(c.ancestor_id, pt.photo_id).select_from(photo_themes)
    if not rest.is_empty():
        chosen = _filtered(session, rest, Photo.id).subquery()
        links = links.join(chosen, chosen.c.id == pt.photo_id)
    pairs = links.join(closure, c.theme_id == pt.theme_id).distinct().subquery()
    stmt = select(Theme.slug, func.count()).join(pairs, pairs.c.ancestor_id == Theme.id).group_by(Theme.slug)
    return {slug: int(n) for slug, n in session.execute(stmt) if n}


#: A search matching more photographs than this has its counts estimated on a sample of about this
#: many (every k-th by id, the counts multiplied by k): at a million photographs a word in every
#: caption took 3.9 s to count its themes one by one, 0.4 s with its reigns and undated on the
#: sample (one in 10). A catalog of 100,000 is counted exactly whatever the search.
SEARCH_SAMPLE = 100_000
# session.info, within search_counts: (one photograph found in so many, the first row number)
_SEARCH_SCOPE = "photobook: a search's scope"


@dataclass(frozen=True)
class SearchCounts:
    """The filter panel's counts under a search (:func:`search_counts`). ``themes_every`` and
    ``reigns_every`` and ``undated_every``: 1 where the counts are exact, k where each was counted
    on every k-th photograph found (by id) and multiplied by k: an estimate, said as such."""

    themes: dict[str, int]
    reigns: dict[str, int]
    undated: int
    themes_every: int = 1
    reigns_every: int = 1
    undated_every: int = 1


def search_counts(session: Session, f: PhotoFilter) -> SearchCounts | None:
    """:func:`theme_counts`, :func:`reign_counts` and the undated count under ``f`` when it holds a
    search, on SQLite (from revision 0018); None otherwise, or for a search beside other filters
    that finds at most :data:`SEARCH_SAMPLE` photographs: they are then counted as usual.

    A search alone is counted from the full-text index's row numbers (each holds its photograph's
    first day and span) without visiting the photographs: its reigns and undated exactly (a word in
    every caption at a million photographs: 1.4 s and 0.5 s before, each a walk of the index's
    matches now), its themes exactly up to :data:`SEARCH_SAMPLE` photographs found, estimated on a
    sample beyond. A search beside other filters (a theme, a status, years) that finds more has its
    themes and reigns counted as usual on a sample of what it finds, estimates, and its undated on
    the index's undated rows alone, exactly up to :data:`SEARCH_SAMPLE` of them (a word in every
    caption and a theme at a million: 6.4 s before, 0.7 s)."""
    if not f.search.strip() or not _has_summaries(session):
        return None
    alone = replace(f, search="").is_empty()
    themes_alone = replace(f.without_themes(), search="").is_empty()  # (a theme is not counted under itself)

    def read(cursor: Any, match: str) -> tuple[int, dict[int, int] | None, int, dict[str, int]] | None:
        every = max(1, math.ceil(queries_fulltext.match_count(cursor, match) / SEARCH_SAMPLE))
        if not alone and every == 1:
            return None  # few found: counted as usual
        by_id = queries_fulltext.theme_counts(cursor, match, every) if themes_alone else None
        reigns = queries_fulltext.reign_counts(cursor, match, _reign_spans(session)) if alone else {}
        return every, by_id, queries_fulltext.undated_count(cursor, match), reigns

    found = _fulltext_read(session, f.search, read, None)
    if found is None:
        return None
    every, by_id, undated, reigns = found
    if by_id is not None:
        slugs: dict[int, str] = {tid: slug for tid, slug in session.execute(select(Theme.id, Theme.slug))}
        themes = {slugs[t]: k * every for t, k in by_id.items() if t in slugs and k}
    if alone:
        return SearchCounts(themes, reigns, undated, every)
    try:
        session.info[_SEARCH_SCOPE] = (every, 0)
        if by_id is None:
            themes = {slug: k * every for slug, k in theme_counts(session, f).items()}
        reigns = {slug: k * every for slug, k in reign_counts(session, f).items()}
        # the undated from the index's undated rows alone (numbered after every day): counted one
        # by one when they are few enough (the timeline's undated strip says the same number)
        undated_every = max(1, math.ceil(undated / SEARCH_SAMPLE))
        session.info[_SEARCH_SCOPE] = (
            undated_every,
            queries_fulltext.UNDATED_DAY << queries_fulltext.DAY_SHIFT,
        )
        undated = count(session, replace(f, undated=True, year_from=None, year_to=None)) * undated_every
    finally:
        session.info.pop(_SEARCH_SCOPE, None)
    return SearchCounts(themes, reigns, undated, every, every, undated_every)


def _closure_values(session: Session) -> Any:
    """The theme → ancestor closure as a VALUES list, for a catalog without ``theme_closure``."""
    parent: dict[int, int | None] = {tid: p for tid, p in session.execute(select(Theme.id, Theme.parent_id))}
    pairs = []
    for tid in parent:
        anc: int | None = tid
        hops = 0
        while anc is not None and hops < 64:  # guards against a cycle in edited data
            pairs.append((tid, anc))
            anc, hops = parent.get(anc), hops + 1
    if not pairs:
        return None
    return (
        values(column("theme_id", Integer), column("ancestor_id", Integer), name="closure")
        .data(pairs)
        .cte("closure")
    )


# id, day_start, day_end, qualifier: 0 exact, 1 approximate ("1981~"), 2 uncertain ("1981?"),
# 3 both ("1981%"): dates.QUALIFIER_CODES; true when not exact, as the "approximate" flag it was
TimelineRow = tuple[int, int | None, int | None, int]


def timeline_rows(session: Session, f: PhotoFilter = PhotoFilter()) -> list[TimelineRow]:
    """(id, day_start, day_end, qualifier) of every photo in the filter, in timeline order, as
    plain tuples straight from the driver: 100,000 rows in ~60 ms on the covering day index."""
    stmt = _filtered(session, f, Photo.id, Photo.day_start, Photo.day_end, Photo.approximate).order_by(
        Photo.day_start, Photo.day_end
    )
    return undated_last(_qualify(session, f, _fetch_raw(session, stmt)))


def _drawn_apart() -> ColumnElement[bool]:
    """Approximate, and not plainly "about" ("1981?", "1981%"): revision 0015's partial index, its
    pattern written into the SQL. SQLite decides when it prepares a statement whether a partial
    index applies; a bound "?" is not known to match, and a million photographs were scanned."""
    return and_(Photo.approximate.is_(True), Photo.date_edtf.not_like(literal_column("'%~'")))


def _qualify(
    session: Session, f: PhotoFilter, rows: list[tuple[Any, ...]], where: Sequence[Any] = ()
) -> list[tuple[Any, ...]]:
    """The catalog's one flag says "not exact"; which way ("1981?" uncertain or "1981~" about) is
    read from the EDTF text by ``dates.qualifier``, for the few photographs not plainly "~"
    (a second, small query: the covering day index keeps serving the main one)."""
    stmt = _filtered(session, f, Photo.id, Photo.date_edtf).where(_drawn_apart(), *where)
    codes = {pid: dates.QUALIFIER_CODES[dates.qualifier(edtf or "")] for pid, edtf in session.execute(stmt)}
    codes = {pid: code for pid, code in codes.items() if code not in (0, 1)}
    if not codes:
        return rows
    return [(r[0], r[1], r[2], codes.get(r[0], int(r[3]))) for r in rows]


def _fetch_raw(session: Session, stmt: ClauseElement) -> list[tuple[Any, ...]]:
    """Rows as the driver's own tuples, skipping SQLAlchemy's per-row result processing (which
    costs more than the query itself at 100,000 rows). Only for columns the driver returns as-is."""
    dialect = session.get_bind().dialect
    sql, args = _compiled(session, stmt)
    cursor = _dbapi_cursor(session)
    try:
        cursor.execute(sql, args)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    if dialect.name != "sqlite":
        return [tuple(r) for r in rows]
    return cast(list[tuple[Any, ...]], rows)


def _compiled(session: Session, stmt: ClauseElement) -> tuple[str, Any]:
    """``stmt``'s SQL for the session's driver and its parameters (positional or named)."""
    dialect = session.get_bind().dialect
    compiled = cast(SQLCompiler, stmt.compile(dialect=dialect, compile_kwargs={"render_postcompile": True}))
    params = compiled.params
    if compiled.positional:
        return str(compiled), tuple(params[name] for name in compiled.positiontup or ())
    return str(compiled), params


def _dbapi_cursor(session: Session) -> Any:
    """A cursor of the driver's own, on the session's connection (and in its transaction)."""
    dbapi = session.connection().connection.dbapi_connection
    assert dbapi is not None  # a checked-out connection always has one
    return dbapi.cursor()


def content_hashes(session: Session, ids: Sequence[int]) -> dict[int, str]:
    """id → content hash (the thumbnail key) for the photos a view is about to draw. A Core query
    on the table (no ORM entity): the thumbnail workers ask it for every batch, from the first
    frame on, and an ORM statement there configured the catalog's mappers (~0.1 s of Python)
    in that thread, at start, while the GUI thread waited for the interpreter's lock."""
    photos = Photo.__table__.c
    out: dict[int, str] = {}
    for chunk in chunked(ids):
        out.update(session.execute(select(photos.id, photos.content_hash).where(photos.id.in_(chunk))).all())
    return out


def reigns(session: Session) -> list[Reign]:
    return list(session.scalars(select(Reign).order_by(Reign.start)))


def reign_by_slug(session: Session, slug: str) -> Reign | None:
    return session.scalar(select(Reign).where(Reign.slug == slug))


def set_reign_bounds(session: Session, reign: Reign, start: date, end: date | None) -> None:
    """A reign's new first and last day (services.reigns checks them; derived reigns follow there)."""
    reign.start, reign.end = start, end
    session.flush()


def themes(session: Session) -> list[Theme]:
    return list(session.scalars(select(Theme).order_by(Theme.position, Theme.id)))


def sources(session: Session) -> list[Source]:
    return list(session.scalars(select(Source).order_by(Source.id)))


def problems(session: Session, severity: str | None = None) -> list[dict[str, Any]]:
    """One row per reason: its code and values (``core.reasons.Reason.from_json`` reads them back;
    the text is made where it is shown)."""
    stmt = (
        select(IndexProblem, Source.path)
        .join(Source, Source.id == IndexProblem.source_id)
        .order_by(IndexProblem.source_id, IndexProblem.path, IndexProblem.id)
    )
    if severity:
        stmt = stmt.where(IndexProblem.severity == severity)
    return [
        {
            "source": src,
            "path": p.path,
            "severity": p.severity,
            "code": p.code,
            "values": p.params or {},
            "seen_at": p.seen_at.isoformat(timespec="seconds"),
        }
        for p, src in session.execute(stmt)
    ]


def photo_records(session: Session, ids: Sequence[int], *, published_only: bool = False) -> list[PhotoRecord]:
    """Full records for ``ids`` (in that order); ``PhotoRecord.as_json`` is the shape of
    ``photobook list --json``. ``published_only`` (the kiosk): ids of other photographs are left
    out, so that an id from anywhere never shows a draft's caption.

    Four set-based queries per 900 ids: photos, captions, themes, reigns. The photos' own
    relationships are not loaded with them (``lazyload``): their three selectin loads fetched the
    same captions, themes and reigns a second time.
    """
    if not ids:
        return []
    rows: dict[int, tuple[Photo, str]] = {}
    captions: dict[int, dict[str, CaptionText]] = {}
    theme_slugs: dict[int, list[str]] = {}
    reign_slugs: dict[int, list[str]] = {}
    for chunk in chunked(ids):
        for p, src in session.execute(
            select(Photo, Source.path)
            .join(Source, Source.id == Photo.source_id)
            .where(Photo.id.in_(chunk), *([Photo.status.in_(PUBLIC_STATUSES)] if published_only else []))
            .options(lazyload(Photo.captions), lazyload(Photo.themes), lazyload(Photo.reigns))
        ):
            rows[p.id] = (p, src)
        for c in session.scalars(select(Caption).where(Caption.photo_id.in_(chunk))):
            captions.setdefault(c.photo_id, {})[c.lang] = CaptionText(c.title, c.text)
        for pid, slug in session.execute(
            select(photo_themes.c.photo_id, Theme.slug)
            .join(Theme, Theme.id == photo_themes.c.theme_id)
            .where(photo_themes.c.photo_id.in_(chunk))
            .order_by(Theme.position)
        ):
            theme_slugs.setdefault(pid, []).append(slug)
        for pid, slug in session.execute(
            select(photo_reigns.c.photo_id, Reign.slug)
            .join(Reign, Reign.id == photo_reigns.c.reign_id)
            .where(photo_reigns.c.photo_id.in_(chunk))
            .order_by(Reign.start)
        ):
            reign_slugs.setdefault(pid, []).append(slug)
    return [
        _record(*rows[i], captions.get(i, {}), theme_slugs.get(i, ()), reign_slugs.get(i, ()))
        for i in ids
        if i in rows
    ]


def _record(
    p: Photo, source_path: str, captions: dict[str, CaptionText], themes: Iterable[str], reigns: Iterable[str]
) -> PhotoRecord:
    return PhotoRecord(
        id=p.id,
        path=p.path,
        source=source_path,
        date=p.date_edtf,
        date_source=p.date_source,
        date_start=dates.iso(p.day_start),
        date_end=dates.iso(p.day_end),
        approximate=bool(p.approximate),
        year=p.year,
        reigns=tuple(reigns),
        themes=tuple(themes),
        captions=captions,
        width=p.width,
        height=p.height,
        pixel_width=p.pixel_width,
        pixel_height=p.pixel_height,
        orientation=p.orientation,
        format=p.format,
        status=p.status,
        missing=bool(p.missing),
        content_hash=p.content_hash,
        size=p.size,
        camera=" ".join(x for x in (p.camera_make, p.camera_model) if x) or None,
        gps=(p.gps_lat, p.gps_lon) if p.gps_lat is not None and p.gps_lon is not None else None,
        digitised_at=p.digitised_at,
        photographer=p.photographer,
        credit=p.credit,
        rights=p.rights,
        plate=p.plate,
        place=p.place,
        place_coords=(p.place_lat, p.place_lon) if p.place_lat is not None else None,
        notes=p.notes,
        keywords=p.keywords,
        created_at=p.created_at.isoformat(timespec="seconds") if p.created_at else None,
        updated_at=p.updated_at.isoformat(timespec="seconds") if p.updated_at else None,
        revision=p.revision,
        places={lang: v for lang, v in (("fr", p.place), ("ar", p.place_ar), ("en", p.place_en)) if v},
        location=_json_dict(p.location),
        sidecars=sidecar_names(p.sidecar_sig),
        place_id=p.place_id,
        photographer_by_lang=_by_lang(p.photographer, p.photographer_ar, p.photographer_en),
        credit_by_lang=_by_lang(p.credit, p.credit_ar, p.credit_en),
        rights_by_lang=_by_lang(p.rights, p.rights_ar, p.rights_en),
    )


def _by_lang(fr: str | None, ar: str | None, en: str | None) -> dict[str, str]:
    """{lang: value} of a field written per language (revision 0013), where it is written."""
    if not (ar or en):  # most records: a French value or none (``list --json`` makes 4 a record)
        return {"fr": fr} if fr else {}
    return {lang: v for lang, v in (("fr", fr), ("ar", ar), ("en", en)) if v}


def grid_rows(session: Session, ids: Sequence[int]) -> dict[int, GridRow]:
    """What the contact sheet shows for a block of rows (date, approximate, captions, place):
    two narrow queries, no ORM objects, no themes or reigns."""
    out: dict[int, GridRow] = {}
    captions: dict[int, dict[str, CaptionText]] = {}
    rows: list[tuple[Any, ...]] = []
    for chunk in chunked(ids):
        rows.extend(
            session.execute(
                select(Photo.id, Photo.date_edtf, Photo.approximate, Photo.place).where(Photo.id.in_(chunk))
            )
        )
        for pid, lang, title, text_ in session.execute(
            select(Caption.photo_id, Caption.lang, Caption.title, Caption.text).where(
                Caption.photo_id.in_(chunk)
            )
        ):
            captions.setdefault(pid, {})[lang] = CaptionText(title or "", text_ or "")
    for pid, date_edtf, approximate, place in rows:
        out[pid] = GridRow(pid, date_edtf or "", bool(approximate), captions.get(pid, {}), place or "")
    return out


def any_photos(session: Session) -> bool:
    return session.scalar(select(Photo.id).limit(1)) is not None


def theme_photo_ids(session: Session, slugs: Iterable[str]) -> set[int]:
    """Ids of the photos tagged with any of these themes or their sub-themes, from the
    ``ix_photo_themes_theme`` index alone (no visit to the photos table)."""
    theme_ids = theme_descendants(session, slugs)
    if not theme_ids:
        return set()
    stmt = select(photo_themes.c.photo_id).where(photo_themes.c.theme_id.in_(theme_ids))
    return {pid for (pid,) in _fetch_raw(session, stmt)}


def timeline_rows_within(session: Session, f: PhotoFilter, base: Sequence[TimelineRow]) -> list[TimelineRow]:
    """``timeline_rows(session, f)`` when ``base`` already holds ``timeline_rows(session,
    f.without_themes())`` (what a view shows before a theme is picked): the theme filter becomes a
    set of ids from the theme index, applied to ``base`` in Python. ~10 ms at 100,000 rows where the
    correlated EXISTS of :func:`timeline_rows` costs 75–230 ms. Same rows, same order."""
    if not f.themes:
        return list(base)
    ids = theme_photo_ids(session, f.themes)
    return [r for r in base if r[0] in ids]


# --- the indexer's reads (its writes are the CatalogWriter's) ---------------------------------------

# id, path_bytes, size, mtime_ns, content_hash, missing, sidecar_sig, read_again — as the driver
# returns them: the caller converts while it builds its own index (a second pass costs ~0.1-0.2 s at
# 100,000 rows)
ScanRow = tuple[int, Any, int, int, str, Any, str | None, Any]


def _read_again() -> ColumnElement[bool]:
    """A row an earlier indexer read wrongly, to be read again although its file is unchanged:
    a HEIF (HEIC) photograph with an Orientation other than 1. pillow-heif turns HEIF pixels
    upright itself and hands over Orientation 1; the indexer before that fix stored the file's own
    EXIF Orientation (an iPhone's 6) and so turned the photograph twice (sideways thumbnail,
    width and height swapped). Read again, the row gets Orientation 1 and leaves this condition."""
    return and_(Photo.format == "HEIF", Photo.orientation.is_not(None), Photo.orientation != 1)


def scan_state(session: Session, source_id: int) -> list[ScanRow]:
    """What the catalog knows of every file of a source, to compare with a walk: plain driver
    tuples, 100,000 rows in a fraction of the ORM's time (then the sidecars' signature,
    ``photos.sidecar_sig``, and whether the row must be read again: :func:`_read_again`, true,
    false or None). ``path_bytes`` may come as a
    ``memoryview`` and ``missing`` as 0/1: ``bytes()`` and ``bool()`` them."""
    stmt = select(
        Photo.id,
        Photo.path_bytes,
        Photo.size,
        Photo.mtime_ns,
        Photo.content_hash,
        Photo.missing,
        Photo.sidecar_sig,
        _read_again(),
    ).where(Photo.source_id == source_id)
    return _fetch_raw(session, stmt)


def read_once(session: Session, small_cache: bool = False) -> None:
    """Say that this session streams through the catalog once (``list --json``, ``check``): on
    SQLite its connection stops reading through the memory map, whose pages would all count as the
    process's resident memory (~1 GB at a million photographs) although each is read only once;
    plain reads go through the bounded page cache instead. The window keeps the map.
    ``small_cache``: a page cache of ``engine.STREAM_CACHE`` (``list --json``, which reads each
    page for one window of records; ``check`` reads the catalog twice and keeps the larger one)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA mmap_size = 0"))
        if small_cache:
            from photobook.db.engine import STREAM_CACHE

            session.execute(text(f"PRAGMA cache_size = -{STREAM_CACHE // 1024}"))


CheckRow = tuple[int, int, Any, str, str, int, int]  # id, source id, path_bytes, path, hash, size, mtime_ns


def iter_check_rows(session: Session, source_id: int | None, chunk: int = 5000) -> Iterable[list[CheckRow]]:
    """What ``photobook check`` compares with the files, for one source (or all), in chunks of
    plain driver rows by id: a seek on the primary key per chunk, never the whole catalog in
    memory. ``path_bytes`` may come as a ``memoryview``: ``bytes()`` it."""
    after = 0
    while True:
        stmt = (
            select(
                Photo.id,
                Photo.source_id,
                Photo.path_bytes,
                Photo.path,
                Photo.content_hash,
                Photo.size,
                Photo.mtime_ns,
            )
            .where(Photo.id > after)
            .order_by(Photo.id)
            .limit(chunk)
        )
        if source_id is not None:
            stmt = stmt.where(Photo.source_id == source_id)
        rows = _fetch_raw(session, stmt)
        if not rows:
            return
        yield rows
        after = rows[-1][0]


def problem_paths(session: Session, source_id: int) -> list[bytes]:
    """The paths of a source that have an index problem recorded."""
    return [
        bytes(pb)
        for (pb,) in session.execute(
            select(IndexProblem.path_bytes).where(IndexProblem.source_id == source_id).distinct()
        )
    ]


def thumbnail_failures(session: Session) -> set[tuple[int, bytes]]:
    """(source id, path) of the files whose thumbnail could not be made (not tried again)."""
    return {
        (sid, bytes(pb))
        for sid, pb in session.execute(
            select(IndexProblem.source_id, IndexProblem.path_bytes).where(
                IndexProblem.code == ReasonCode.THUMBNAIL_FAILED.value
            )
        )
    }


def missing_photos(session: Session) -> list[tuple[int, str]]:
    """(id, content hash) of every record whose file is missing."""
    return [
        (pid, digest)
        for pid, digest in session.execute(
            select(Photo.id, Photo.content_hash).where(Photo.missing.is_(True))
        )
    ]


def count_missing(session: Session, ids: Sequence[int]) -> int:
    """How many of ``ids`` are records whose file is missing."""
    return sum(
        session.scalar(select(func.count(Photo.id)).where(Photo.id.in_(chunk), Photo.missing.is_(True))) or 0
        for chunk in chunked(ids)
    )


def photo_path_bytes(session: Session, photo_id: int) -> bytes:
    return bytes(session.scalar(select(Photo.path_bytes).where(Photo.id == photo_id)) or b"")


def photos_by_hash(session: Session, hashes: Iterable[str]) -> list[tuple[int, str, bytes, bytes]]:
    """(id, content hash, path in its source, source folder as bytes) of the records with these
    content hashes."""
    rows = session.execute(
        select(Photo.id, Photo.content_hash, Photo.path_bytes, Source.path, Source.path_bytes)
        .join(Source, Source.id == Photo.source_id)
        .where(Photo.content_hash.in_(list(hashes)))
    ).all()
    return [(pid, digest, bytes(pb), spb or os.fsencode(spath)) for pid, digest, pb, spath, spb in rows]


def present_hashes(session: Session) -> list[str]:
    """Every distinct content hash of a record whose file is there (from the content_hash index,
    as plain tuples)."""
    return [
        h
        for (h,) in _fetch_raw(session, select(Photo.content_hash).where(Photo.missing.is_(False)).distinct())
    ]


def files_with_hashes(session: Session, hashes: Sequence[str]) -> list[tuple[int, str, int, bytes, int]]:
    """(id, content hash, source id, path, orientation) of the present records with these hashes,
    by id."""
    rows: list[tuple[int, str, int, bytes, int]] = []
    for chunk in chunked(hashes):
        rows.extend(
            (pid, digest, sid, bytes(pb), orientation)
            for pid, digest, sid, pb, orientation in session.execute(
                select(
                    Photo.id, Photo.content_hash, Photo.source_id, Photo.path_bytes, Photo.orientation
                ).where(Photo.missing.is_(False), Photo.content_hash.in_(chunk))
            )
        )
    rows.sort(key=lambda r: r[0])
    return rows


def source_roots(session: Session) -> dict[int, bytes]:
    """Source id → its folder as the file system's bytes."""
    return {src.id: source_bytes(src) for src in session.scalars(select(Source))}


# --- the window's reads of one photograph -----------------------------------------------------------


def original_file(session: Session, photo_id: int) -> tuple[bytes, int, str] | None:
    """(file system path of the original, EXIF orientation, content hash), or None."""
    row = session.execute(
        select(Source.path, Source.path_bytes, Photo.path_bytes, Photo.orientation, Photo.content_hash)
        .join(Source, Source.id == Photo.source_id)
        .where(Photo.id == photo_id)
    ).first()
    if row is None:
        return None
    spath, spb, rel, orientation, content_hash = row
    return os.path.join(spb or os.fsencode(spath), bytes(rel)), orientation or 1, content_hash


def captioned_in(session: Session, ids: Sequence[int], lang: str) -> set[int]:
    """Those of ``ids`` that have a title or a caption in ``lang``."""
    out: set[int] = set()
    for chunk in chunked(ids):
        out.update(
            session.scalars(
                select(Caption.photo_id).where(
                    Caption.photo_id.in_(chunk),
                    Caption.lang == lang,
                    or_(Caption.text != "", Caption.title != ""),
                )
            )
        )
    return out


# --- records as plain rows, chunk by chunk (``photobook list --json/--jsonl``) ------------------------

_RECORD_COLUMNS = (
    Photo.id, Photo.path, Photo.source_id, Photo.date_edtf, Photo.date_source, Photo.day_start,
    Photo.day_end, Photo.approximate, Photo.year, Photo.width, Photo.height, Photo.pixel_width,
    Photo.pixel_height, Photo.orientation, Photo.format, Photo.status, Photo.missing, Photo.content_hash,
    Photo.size, Photo.camera_make, Photo.camera_model, Photo.gps_lat, Photo.gps_lon, Photo.digitised_at,
    Photo.photographer, Photo.credit, Photo.rights, Photo.plate, Photo.place, Photo.place_lat,
    Photo.place_lon, Photo.notes, Photo.keywords, Photo.created_at, Photo.updated_at, Photo.revision,
    Photo.place_ar, Photo.place_en, Photo.location, Photo.sidecar_sig, Photo.place_id,
    Photo.photographer_ar, Photo.photographer_en, Photo.credit_ar, Photo.credit_en, Photo.rights_ar,
    Photo.rights_en,
)  # fmt: skip

# the four queries of a record, each for a list of photo ids
_RECORD_QUERIES: tuple[Callable[[list[int]], Any], ...] = (
    lambda ids: select(*_RECORD_COLUMNS).where(Photo.id.in_(ids)),
    lambda ids: (
        select(Caption.photo_id, Caption.lang, Caption.title, Caption.text)
        .where(Caption.photo_id.in_(ids))
        .order_by(Caption.photo_id, Caption.lang)
    ),
    lambda ids: (
        select(photo_themes.c.photo_id, Theme.slug)
        .join(Theme, Theme.id == photo_themes.c.theme_id)
        .where(photo_themes.c.photo_id.in_(ids))
        .order_by(Theme.position, Theme.id)
    ),
    lambda ids: (
        select(photo_reigns.c.photo_id, Reign.slug)
        .join(Reign, Reign.id == photo_reigns.c.reign_id)
        .where(photo_reigns.c.photo_id.in_(ids))
        .order_by(Reign.start, Reign.id)
    ),
)


def _json_dict(value: Any) -> dict[str, str]:
    """A JSON column's object: the driver's raw text (SQLite, raw rows) or the decoded value."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def sidecar_names(sig: str | None) -> tuple[str, ...]:
    """The XMP sidecars a record's values were read from (``photos.sidecar_sig``: a JSON list of
    [name, size, mtime_ns])."""
    value = _json_list(sig)
    return tuple(str(p[0]) for p in value if isinstance(p, list) and p)


def _json_list(value: str | None) -> list[Any]:
    try:
        out = json.loads(value) if value else []
    except ValueError:
        return []
    return out if isinstance(out, list) else []


def _iso_seconds(value: Any) -> str | None:
    """A DateTime column as ``YYYY-MM-DDTHH:MM:SS``: SQLite's driver returns the stored text
    (``YYYY-MM-DD HH:MM:SS.ffffff``), PostgreSQL's a datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        return value[:19].replace(" ", "T")
    return str(value.isoformat(timespec="seconds"))


class _ByIds:
    """Runs a query built for a list of ids, chunk after chunk, with the driver's plain rows.

    Expanding ``IN (…)`` costs SQLAlchemy's compiler a few µs per id, more than SQLite takes to
    find the row: with a driver that takes ``?`` parameters, the SQL is compiled once per chunk
    length and reused (whole chunks share one text). Other drivers compile every chunk."""

    def __init__(self, session: Session, build: Callable[[list[int]], Any]) -> None:
        self.session = session
        self.build = build
        self.qmark = session.get_bind().dialect.paramstyle == "qmark"
        self.sql: dict[int, str] = {}

    def rows(self, ids: list[int]) -> list[tuple[Any, ...]]:
        if not self.qmark:
            return _fetch_raw(self.session, self.build(ids))
        sql = self.sql.get(len(ids))
        if sql is None:
            dialect = self.session.get_bind().dialect
            compiled = self.build(ids).compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
            if [compiled.params[n] for n in compiled.positiontup or ()] != ids:  # ids must be the only values
                return _fetch_raw(self.session, self.build(ids))
            sql = self.sql[len(ids)] = str(compiled)
        dbapi = self.session.connection().connection.dbapi_connection
        assert dbapi is not None
        cursor = dbapi.cursor()
        try:
            cursor.execute(sql, ids)
            return list(cursor.fetchall())
        finally:
            cursor.close()


def iter_photo_records(session: Session, ids: Sequence[int], chunk: int = 900) -> Iterable[dict[str, Any]]:
    """The records of :func:`photo_records` in the shape of ``PhotoRecord.as_json`` (the one of
    ``photobook list --json``: same keys, values and order), yielded chunk by chunk
    from the driver's plain rows: no ORM objects (whose relationship loads cost more than the
    query) and nothing held for more than one chunk, so a caller can write each record as it comes.
    Four queries per chunk of ``chunk`` ids (SQLite's variable limit is 999). On SQLite the CLI
    takes the same records as text from ``queries_json.iter_photo_json``."""
    sources: dict[int, str] = dict(_fetch_raw(session, select(Source.id, Source.path)))
    queries = [_ByIds(session, build) for build in _RECORD_QUERIES]
    iso = functools.lru_cache(maxsize=4096)(dates.iso)
    stamp = _iso_seconds
    for start in range(0, len(ids), chunk):
        part = list(ids[start : start + chunk])
        photo_rows, caption_rows, theme_rows, reign_rows = (q.rows(part) for q in queries)
        photos = {r[0]: r for r in photo_rows}
        captions: dict[int, dict[str, str]] = {}
        titles: dict[int, dict[str, str]] = {}
        for pid, lang, title, text_ in caption_rows:
            captions.setdefault(pid, {})[lang] = text_
            titles.setdefault(pid, {})[lang] = title
        themes: dict[int, list[str]] = {}
        for pid, slug in theme_rows:
            themes.setdefault(pid, []).append(slug)
        reigns: dict[int, list[str]] = {}
        for pid, slug in reign_rows:
            reigns.setdefault(pid, []).append(slug)
        for pid in part:
            row = photos.get(pid)
            if row is None:
                continue
            (
                _id, path, source_id, date_edtf, date_source, day_start, day_end, approximate, year, width,
                height, pixel_width, pixel_height, orientation, fmt, status, missing, content_hash, size,
                make, model, gps_lat, gps_lon, digitised_at, photographer, credit, rights, plate, place,
                place_lat, place_lon, notes, keywords, created_at, updated_at, revision, place_ar, place_en,
                location, sidecar_sig,
                place_id, photographer_ar, photographer_en, credit_ar, credit_en, rights_ar, rights_en,
            ) = row  # fmt: skip
            date_start, date_end = iso(day_start), iso(day_end)
            yield {
                "id": pid,
                "path": path,
                "source": sources.get(source_id),
                "date": date_edtf,
                "date_source": date_source,
                "date_start": date_start,
                "date_end": date_end,
                "approximate": bool(approximate),
                "year": year,
                "reigns": reigns.get(pid, []),
                "themes": themes.get(pid, []),
                "captions": captions.get(pid, {}),
                "titles": titles.get(pid, {}),
                "width": width,
                "height": height,
                "pixel_width": pixel_width,
                "pixel_height": pixel_height,
                "orientation": orientation,
                "format": fmt,
                "status": status,
                "missing": bool(missing),
                "content_hash": content_hash,
                "size": size,
                "camera": f"{make} {model}" if make and model else make or model or None,
                "gps": [gps_lat, gps_lon] if gps_lat is not None and gps_lon is not None else None,
                "digitised_at": digitised_at,
                "photographer": photographer,
                "credit": credit,
                "rights": rights,
                "plate": plate,
                "place": place,
                "place_coords": [place_lat, place_lon] if place_lat is not None else None,
                "notes": notes,
                "keywords": keywords,
                "created_at": created_at[:19].replace(" ", "T")
                if type(created_at) is str
                else stamp(created_at),
                "updated_at": updated_at[:19].replace(" ", "T")
                if type(updated_at) is str
                else stamp(updated_at),
                "revision": revision,
                "places": _by_lang(place, place_ar, place_en),
                "date_bounds": [date_start, date_end] if date_start else None,
                "location": _json_dict(location) if location else {},
                "sidecars": list(sidecar_names(sidecar_sig)) if sidecar_sig else [],
                "place_id": place_id,
                "photographer_by_lang": _by_lang(photographer, photographer_ar, photographer_en),
                "credit_by_lang": _by_lang(credit, credit_ar, credit_en),
                "rights_by_lang": _by_lang(rights, rights_ar, rights_en),
            }


# --- the archivist's edits ------------------------------------------------------------------------


def lock_revisions(session: Session, ids: Sequence[int]) -> dict[int, int]:
    """{id: revision} for the photographs about to be saved, locked until the transaction ends
    (FOR UPDATE on PostgreSQL; on SQLite the writer's BEGIN IMMEDIATE holds the whole file)."""
    out: dict[int, int] = {}
    for chunk in chunked(ids):
        stmt = select(Photo.id, Photo.revision).where(Photo.id.in_(chunk)).order_by(Photo.id)
        if session.get_bind().dialect.name != "sqlite":
            stmt = stmt.with_for_update()
        out.update({pid: rev for pid, rev in session.execute(stmt)})
    return out


def photo_history(session: Session, photo_id: int) -> list[HistoryEntry]:
    """What was changed on a photograph, oldest first."""
    stmt = select(PhotoHistory).where(PhotoHistory.photo_id == photo_id).order_by(PhotoHistory.id)
    return [
        HistoryEntry(
            h.photo_id,
            h.revision,
            h.field,
            h.old_value,
            h.new_value,
            h.user_name,
            h.at.isoformat(timespec="seconds"),
        )
        for h in session.scalars(stmt)
    ]


def theme_slug_ids(session: Session, slugs: Iterable[str]) -> dict[str, int]:
    """{slug: id} for those of ``slugs`` that are themes."""
    wanted = list(dict.fromkeys(slugs))
    if not wanted:
        return {}
    return {
        slug: tid for slug, tid in session.execute(select(Theme.slug, Theme.id).where(Theme.slug.in_(wanted)))
    }


def theme_by_slug(session: Session, slug: str) -> Theme | None:
    return session.scalar(select(Theme).where(Theme.slug == slug))


def photos_with_theme(session: Session, theme_id: int) -> set[int]:
    """The photographs tagged with this very theme (not its sub-themes)."""
    return set(session.scalars(select(photo_themes.c.photo_id).where(photo_themes.c.theme_id == theme_id)))


def last_theme_position(session: Session) -> int:
    return session.scalar(select(Theme.position).order_by(Theme.position.desc()).limit(1)) or 0


def theme_own_counts(session: Session) -> dict[str, int]:
    """Photographs tagged with each theme itself (not its sub-themes), by slug: what a merge
    re-tags and what keeps a theme from being deleted. One grouped query over the index."""
    stmt = (
        select(Theme.slug, func.count(photo_themes.c.photo_id))
        .join(photo_themes, photo_themes.c.theme_id == Theme.id)
        .group_by(Theme.slug)
    )
    return {slug: n for slug, n in session.execute(stmt)}


# --- tours -----------------------------------------------------------------------------------------


def tours(session: Session) -> list[TourSummary]:
    """Every tour with its number of slides, by title."""
    n = select(TourSlide.tour_id, func.count().label("n")).group_by(TourSlide.tour_id).subquery()
    rows = session.execute(
        select(Tour.id, Tour.title, Tour.duration_s, func.coalesce(n.c.n, 0))
        .outerjoin(n, n.c.tour_id == Tour.id)
        .order_by(Tour.title)
    ).all()
    return [TourSummary(tid, title, dur, int(count)) for tid, title, dur, count in rows]


def tour_id(session: Session, name: str) -> int | None:
    """The tour called ``name`` (its title, or its id written as digits)."""
    found = session.scalar(select(Tour.id).where(Tour.title == name))
    if found is None and name.strip().isdigit() and len(name.strip()) < 19:
        found = session.scalar(select(Tour.id).where(Tour.id == int(name)))
    return found


def tour(session: Session, tid: int) -> TourRecord | None:
    """A tour with its slides in order, their notes and caption overrides (two queries)."""
    head = session.execute(select(Tour.id, Tour.title, Tour.duration_s).where(Tour.id == tid)).first()
    if head is None:
        return None
    slides = session.execute(
        select(TourSlide.id, TourSlide.photo_id, TourSlide.notes, TourSlide.hidden, TourSlide.transition)
        .where(TourSlide.tour_id == tid)
        .order_by(TourSlide.position, TourSlide.id)
    ).all()
    caps: dict[int, dict[str, CaptionText]] = {}
    for sid, lang, title, text_ in session.execute(
        select(TourCaption.slide_id, TourCaption.lang, TourCaption.title, TourCaption.text)
        .join(TourSlide, TourSlide.id == TourCaption.slide_id)
        .where(TourSlide.tour_id == tid)
    ):
        caps.setdefault(sid, {})[lang] = CaptionText(title or "", text_ or "")
    return TourRecord(
        head[0],
        head[1],
        head[2],
        tuple(
            TourSlideRecord(i + 1, pid, notes or "", caps.get(sid, {}), bool(hidden), transition or "cut")
            for i, (sid, pid, notes, hidden, transition) in enumerate(slides)
        ),
    )


def tour_slide_ids(session: Session, tid: int) -> list[int]:
    """The ids of a tour's slide rows, in order (the writer renumbers positions from them)."""
    return list(
        session.scalars(
            select(TourSlide.id).where(TourSlide.tour_id == tid).order_by(TourSlide.position, TourSlide.id)
        )
    )


def photo_days(session: Session, ids: Sequence[int]) -> dict[int, tuple[int, int]]:
    """id → (first day, last day) as ordinals, for the dated ones (the presenter's road)."""
    out: dict[int, tuple[int, int]] = {}
    for chunk in chunked(list(ids)):
        for pid, start, end in session.execute(
            select(Photo.id, Photo.day_start, Photo.day_end).where(
                Photo.id.in_(chunk), Photo.day_start.is_not(None)
            )
        ):
            if start is not None:
                out[int(pid)] = (int(start), int(end) if end is not None else int(start))
    return out


def relative_paths(session: Session, ids: Sequence[int]) -> dict[int, bytes]:
    """id → the photograph's path inside its source folder (bytes, as on disk)."""
    out: dict[int, bytes] = {}
    for chunk in chunked(list(ids)):
        out.update(
            (pid, bytes(pb))
            for pid, pb in session.execute(select(Photo.id, Photo.path_bytes).where(Photo.id.in_(chunk)))
        )
    return out


def photo_ids_by_hash(session: Session, hashes: Iterable[str]) -> dict[str, int]:
    """content hash → the record with it (the lowest id whose file is there, else the lowest id)."""
    out: dict[str, tuple[bool, int]] = {}
    for chunk in chunked(sorted(set(hashes))):
        for pid, digest, missing in session.execute(
            select(Photo.id, Photo.content_hash, Photo.missing).where(Photo.content_hash.in_(chunk))
        ):
            key = (bool(missing), int(pid))
            if digest not in out or key < out[digest]:
                out[digest] = key
    return {digest: pid for digest, (_, pid) in out.items()}


def existing_photo_ids(session: Session, ids: Sequence[int]) -> set[int]:
    out: set[int] = set()
    for chunk in chunked(list(ids)):
        out.update(session.scalars(select(Photo.id).where(Photo.id.in_(chunk))))
    return out


# --- duplicates (services.duplicates, indexer.phash) ------------------------------------------------


def set_phashes(session: Session, found: Sequence[tuple[str, int]]) -> int:
    """Store perceptual hashes by content hash (every record of that content gets it); returns
    how many records got one."""
    if not found:
        return 0
    stmt = update(Photo).where(Photo.content_hash == bindparam("digest")).values(phash=bindparam("value"))
    result = session.connection().execute(stmt, [{"digest": d, "value": v} for d, v in found])
    return int(result.rowcount or 0)


def copy_phashes_within_content(session: Session) -> None:
    """A record without a perceptual hash takes the one of a record with the same content (an exact
    copy, whose thumbnail was already in the cache and so was not made again)."""
    other = aliased(Photo)
    same = (
        select(func.max(other.phash))
        .where(other.content_hash == Photo.content_hash, other.phash.is_not(None))
        .scalar_subquery()
    )
    session.execute(
        update(Photo).where(Photo.phash.is_(None), same.is_not(None)).values(phash=same),
        execution_options={"synchronize_session": False},
    )


def content_hashes_without_phash(session: Session) -> list[str]:
    """The distinct content hashes of present records that have no perceptual hash yet."""
    return [
        h
        for (h,) in _fetch_raw(
            session,
            select(Photo.content_hash).where(Photo.phash.is_(None), Photo.missing.is_(False)).distinct(),
        )
    ]


def count_without_phash(session: Session) -> int:
    return (
        session.scalar(select(func.count(Photo.id)).where(Photo.phash.is_(None), Photo.missing.is_(False)))
        or 0
    )


def phash_rows(session: Session) -> list[tuple[int, int]]:
    """(id, perceptual hash) of every present record that has one, by id (from its index)."""
    return _fetch_raw(
        session,
        select(Photo.id, Photo.phash)
        .where(Photo.phash.is_not(None), Photo.missing.is_(False))
        .order_by(Photo.id),
    )


def same_content_groups(session: Session) -> list[list[int]]:
    """Ids of present records that share their content hash with another one, grouped."""
    twice = (
        select(Photo.content_hash)
        .where(Photo.missing.is_(False))
        .group_by(Photo.content_hash)
        .having(func.count(Photo.id) > 1)
        .subquery()
    )
    by_hash: dict[str, list[int]] = {}
    for pid, digest in session.execute(
        select(Photo.id, Photo.content_hash)
        .join(twice, twice.c.content_hash == Photo.content_hash)
        .where(Photo.missing.is_(False))
        .order_by(Photo.id)
    ):
        by_hash.setdefault(digest, []).append(pid)
    return list(by_hash.values())


def dismissed_pairs(session: Session, ids: Iterable[int]) -> set[tuple[int, int]]:
    """Pairs (a < b) of photographs among ``ids`` that an archivist said are not duplicates: only
    those rows are read (a seek on the primary key per chunk of ids), not every pair ever dismissed."""
    wanted = sorted(set(ids))
    among = set(wanted)
    out: set[tuple[int, int]] = set()
    for chunk in chunked(wanted):
        out.update(
            (a, b)
            for a, b in session.execute(
                select(DuplicateDismissal.photo_a, DuplicateDismissal.photo_b).where(
                    DuplicateDismissal.photo_a.in_(chunk)
                )
            )
            if b in among
        )
    return out


def alternate_paths(session: Session, source_id: int) -> set[bytes]:
    """Paths in this source of the files of merged duplicates (alternates of a kept record)."""
    return {
        bytes(pb)
        for (pb,) in session.execute(
            select(PhotoAlternate.path_bytes).where(PhotoAlternate.source_id == source_id)
        )
    }


def alternates(session: Session, photo_id: int) -> list[tuple[str, str, int | None, int | None]]:
    """(source folder, path, pixel width, pixel height) of the alternate files of a record."""
    return [
        (src, path, w, h)
        for src, path, w, h in session.execute(
            select(Source.path, PhotoAlternate.path, PhotoAlternate.pixel_width, PhotoAlternate.pixel_height)
            .join(Source, Source.id == PhotoAlternate.source_id)
            .where(PhotoAlternate.photo_id == photo_id)
            .order_by(PhotoAlternate.id)
        )
    ]


# --- exports (xmp, iiif): where each original is, and the theme tree ---------------------------------


def export_paths(session: Session, ids: Sequence[int]) -> dict[int, tuple[int, bytes]]:
    """{id: (source id, path in its source as the file system's bytes)} for ``ids``."""
    out: dict[int, tuple[int, bytes]] = {}
    for chunk in chunked(list(ids)):
        for pid, sid, pb in session.execute(
            select(Photo.id, Photo.source_id, Photo.path_bytes).where(Photo.id.in_(chunk))
        ):
            out[pid] = (sid, bytes(pb))
    return out


def theme_tree(session: Session) -> list[tuple[str, str | None, dict[str, str]]]:
    """(slug, parent slug, {lang: label}) of every theme, in tree order (position)."""
    rows = session.execute(
        select(
            Theme.id, Theme.slug, Theme.parent_id, Theme.label_fr, Theme.label_ar, Theme.label_en
        ).order_by(Theme.position, Theme.id)
    ).all()
    slugs = {tid: slug for tid, slug, *_ in rows}
    return [
        (slug, slugs.get(parent) if parent is not None else None, {"fr": fr, "ar": ar, "en": en})
        for _tid, slug, parent, fr, ar, en in rows
    ]


# --- the timeline's buckets and visible rows (a million photographs: ask for what is drawn) ----------
#
# A photograph sits on the time axis at the middle of its date interval; ``day_start + day_end``
# (twice the middle, an integer) is the key the timeline sorts by (core.timeline_buckets). The
# expression index ``ix_photos_mid`` (revision 0009) serves every query below, with or without a
# status filter, so that each costs what is on screen, not what is in the catalog.

BUCKET_UNITS = ("decade", "year", "month", "day")


def _mid_key() -> ColumnElement[int]:
    return cast("ColumnElement[int]", Photo.day_start + Photo.day_end)


def timeline_extent(session: Session, f: PhotoFilter = PhotoFilter()) -> tuple[float, float] | None:
    """(first, last) middle day of the dated photographs of ``f`` (None: none dated): two steps
    down the middle-day index."""
    key = _mid_key()
    cond = _conditions(session, replace(f, undated=False), dated=Photo.day_start)
    lo = session.scalar(select(key).where(*cond).order_by(key).limit(1))
    if lo is None:
        return None
    hi = session.scalar(select(key).where(*cond).order_by(key.desc()).limit(1))
    return lo / 2, (hi if hi is not None else lo) / 2


def bucket_counts(
    session: Session,
    f: PhotoFilter,
    unit: str,
    day_from: float | None = None,
    day_to: float | None = None,
) -> list[tuple[int, int]]:
    """(first day of the bucket, photographs of ``f`` whose middle day falls in it), per
    ``unit`` (one of :data:`BUCKET_UNITS`), in time order, for the buckets that meet
    [``day_from``, ``day_to``) (every bucket when not given); empty buckets are left out. The same
    counts as ``TimelineIndex.histogram`` over ``timeline_rows(session, f)``.

    Decades and years come from the per-year counts (a summary lookup where the filter allows,
    see :func:`year_counts`); months and days from the middle-day index over the span asked for."""
    from photobook.core.timeline_buckets import DAY, HISTOGRAM_UNITS, year_start

    if unit not in BUCKET_UNITS:
        raise ValueError(f"unknown bucket unit {unit!r}")
    if unit in ("decade", "year"):
        per_year = year_counts(session, f)
        lo_year = date.fromordinal(max(int(day_from), 1)).year if day_from is not None else None
        hi_year = date.fromordinal(max(int(day_to) - 1, 1)).year if day_to is not None else None
        out: dict[int, int] = {}
        for y, n in per_year.items():
            b = y - y % 10 if unit == "decade" else y
            if lo_year is not None and b + (9 if unit == "decade" else 0) < lo_year:
                continue
            if hi_year is not None and b > hi_year:
                continue
            start = year_start(b)
            out[start] = out.get(start, 0) + n
        return sorted(out.items())
    u = DAY if unit == "day" else HISTOGRAM_UNITS["month"]
    if day_from is None or day_to is None:
        extent = timeline_extent(session, f)
        if extent is None:
            return []
        day_from = extent[0] if day_from is None else day_from
        day_to = extent[1] + 1 if day_to is None else day_to
    bounds = u.boundaries(u.floor(day_from), day_to)
    keys = _middle_keys(session, f, 2 * bounds[0], 2 * bounds[-1])
    result = []
    for lo, hi in pairwise(bounds):
        n = bisect_left(keys, 2 * hi) - bisect_left(keys, 2 * lo)
        if n:
            result.append((lo, n))
    return result


def _middle_keys(session: Session, f: PhotoFilter, lo2: int, hi2: int) -> list[int]:
    """The sorted ``day_start + day_end`` of the photographs of ``f`` in [lo2, hi2): from the
    middle-day index alone (plain driver ints)."""
    key = _mid_key()
    stmt = (
        select(key)
        .where(*_conditions(session, replace(f, undated=False), dated=Photo.day_start), key >= lo2, key < hi2)
        .order_by(key)
    )
    return [k for (k,) in _fetch_raw(session, stmt)]


def span_rows(
    session: Session,
    f: PhotoFilter,
    day_from: float,
    day_to: float,
    *,
    limit: int | None = None,
    after: tuple[int, int] | None = None,
) -> list[TimelineRow]:
    """(id, day_start, day_end, approximate) of the photographs of ``f`` whose middle day lies in
    [``day_from``, ``day_to``), in timeline order (middle day, then id): what the timeline draws
    in its visible span plus a margin. ``limit`` and ``after`` (the (``day_start + day_end``, id)
    of the last row already fetched) page through a dense span without an OFFSET."""
    key = _mid_key()
    cond = _conditions(session, replace(f, undated=False), dated=Photo.day_start)
    stmt = select(Photo.id, Photo.day_start, Photo.day_end, Photo.approximate).where(
        *cond, key >= math.ceil(2 * day_from), key < math.ceil(2 * day_to)
    )
    if after is not None:
        stmt = stmt.where(or_(key > after[0], and_(key == after[0], Photo.id > after[1])))
    stmt = stmt.order_by(key, Photo.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [(pid, s, e, bool(a)) for pid, s, e, a in _fetch_raw(session, stmt)]


def undated_ids(
    session: Session, f: PhotoFilter = PhotoFilter(), *, limit: int | None = None, after: int | None = None
) -> list[int]:
    """Ids of the undated photographs of ``f`` by id (they are kept apart from the axis)."""
    stmt = _filtered(session, replace(f, undated=True)).order_by(Photo.id)
    if after is not None:
        stmt = stmt.where(Photo.id > after)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [i for (i,) in _fetch_raw(session, stmt)]


# --- the timeline and the contact sheet over a large catalog (issue 12: the window asks for what it
# draws). Each is one indexed query: a range or an ordered walk of the covering day index
# ix_photos_day (day_start, day_end, approximate), never every row into Python.

SummaryRow = tuple[int, int, int, int, int]  # a photo of the group, day_start, day_end, qualifier, n


def _from_themes(session: Session, f: PhotoFilter, *columns: Any, **how: Any) -> Select[Any]:
    """:func:`_filtered`, but a theme filter as ``id IN (the theme's photographs)``: SQLite then
    starts from the theme index and looks each photograph up by id, instead of walking every
    photograph and probing its themes (a summary of one theme at 1,000,000 photographs: 0.17 s
    CPU against 1.5 s). For the queries that read every match (no early LIMIT on the day order)."""
    if not f.themes:
        return _filtered(session, f, *columns, **how)
    pt = photo_themes.c
    tagged = select(pt.photo_id).where(pt.theme_id.in_(theme_descendants(session, f.themes)))
    return _filtered(session, f.without_themes(), *columns, **how).where(Photo.id.in_(tagged))


def timeline_summary(session: Session, f: PhotoFilter = PhotoFilter()) -> list[SummaryRow]:
    """The dated photographs of ``f`` grouped by date interval: (the group's smallest id, day_start,
    day_end, approximate, photographs), by day_start. Every bucket of every zoom (decade, year,
    month, day) is a sum of these, and each group's id is a real photograph to show as a cover.
    One ordered walk of the covering day index (~13,000 groups for 100,000 photographs), or of a
    theme's photographs (:func:`_from_themes`); one theme's rows of ``summary_theme_days`` in key
    order when the filter allows (:func:`_theme_days_scope`)."""
    one_theme = _theme_days_scope(session, f)
    if one_theme is not None:
        return _theme_timeline_summary(session, *one_theme)
    stmt = (
        _from_themes(
            session,
            replace(f, undated=False),
            func.min(Photo.id),
            Photo.day_start,
            Photo.day_end,
            Photo.approximate,
            func.count(),
            dated=Photo.day_start,
        )
        .group_by(Photo.day_start, Photo.day_end, Photo.approximate)
        .order_by(Photo.day_start, Photo.day_end, Photo.approximate)
    )
    return [(i, s, e, bool(a), n) for i, s, e, a, n in _fetch_raw(session, stmt)]


def timeline_qualified_apart(session: Session, f: PhotoFilter) -> list[tuple[int, int, int, int]]:
    """(id, day_start, day_end, qualifier code) of the dated photographs of ``f`` that are neither
    exact nor "about" ("1981?", "1981%"): :func:`timeline_summary` counts them with the "~" group of
    their interval (the catalog's one flag), the timeline keeps them apart. Few rows (the "~" ones,
    most of the flagged, are passed over on their text), as :func:`_qualify` reads them.

    Revision 0015's partial index holds just these rows, so it is walked whatever else ``f`` asks:
    a theme is probed per row (EXISTS on the link's primary key, not the theme's 75,000 photographs
    looked up at a million) and a status is tested per row (``status || ''``: not a status index's
    range, half the catalog when "published" is chosen)."""
    if f.search.strip() and session.scalar(select(Photo.id).where(_drawn_apart()).limit(1)) is None:
        # none in the whole catalog (its partial index is empty): the search's match set is not
        # built for nothing (a word in every caption at a million photographs: ~0.65 s)
        return []
    stmt = _filtered(
        session,
        replace(f, undated=False, statuses=()),
        Photo.id,
        Photo.day_start,
        Photo.day_end,
        Photo.date_edtf,
        dated=Photo.day_start,
    ).where(_drawn_apart())
    if f.statuses:
        stmt = stmt.where((Photo.status + "").in_(f.statuses))
    found = []
    for pid, d0, d1, edtf in _fetch_raw(session, stmt):
        code = dates.QUALIFIER_CODES[dates.qualifier(edtf or "")]
        if code not in (0, 1):
            found.append((pid, d0, d1, code))
    return found


def timeline_group_cover(
    session: Session, f: PhotoFilter, day_start: int, day_end: int, leaving_out: Sequence[int]
) -> int | None:
    """The smallest id among the approximate photographs of ``f`` dated [day_start, day_end] but
    ``leaving_out`` (a summary group's cover once its "1981?" photographs are drawn apart)."""
    stmt = _filtered(session, replace(f, undated=False), func.min(Photo.id), dated=Photo.day_start).where(
        Photo.day_start == day_start,
        Photo.day_end == day_end,
        Photo.approximate.is_(True),
        Photo.id.not_in(list(leaving_out)),
    )
    found = session.scalar(stmt)
    return int(found) if found is not None else None


def count_matching(session: Session, f: PhotoFilter) -> int:
    """:func:`count`, a theme filter counted from the theme index (:func:`_from_themes`)."""
    if not f.themes:
        return count(session, f)
    one_theme = theme_summary_count(session, f)
    if one_theme is not None:
        return one_theme
    return session.scalar(_from_themes(session, f, func.count(Photo.id))) or 0


def timeline_rows_limited(session: Session, f: PhotoFilter, limit: int) -> list[TimelineRow] | None:
    """:func:`timeline_rows` when ``f`` holds at most ``limit`` photographs, else ``None`` (the
    walk stops at ``limit + 1`` rows; a theme's photographs are read from the theme index)."""
    stmt = _from_themes(session, f, Photo.id, Photo.day_start, Photo.day_end, Photo.approximate).order_by(
        Photo.day_start, Photo.day_end
    )
    rows = _fetch_raw(session, stmt.limit(limit + 1))
    if len(rows) > limit:
        return None
    return undated_last(_qualify(session, f, rows))  # "1981?" apart from "1981~" (the qualifier code)


def timeline_undated_ids(session: Session, f: PhotoFilter = PhotoFilter()) -> list[int]:
    """Ids of the undated photographs of ``f``, by id (none when ``f`` asks for years). (The sums
    branch adds the same as ``undated_ids``, with paging.)"""
    if f.undated is False or f.year_from is not None or f.year_to is not None:
        return []
    one_theme = theme_undated_ids(session, f)
    if one_theme is not None:
        return one_theme
    searched = _fulltext_undated_ids(session, f)
    if searched is not None:
        return searched
    stmt = _filtered(session, replace(f, undated=True), Photo.id).order_by(Photo.id)
    return [i for (i,) in _fetch_raw(session, stmt)]


def _fulltext_undated_ids(session: Session, f: PhotoFilter) -> list[int] | None:
    """:func:`timeline_undated_ids` of a search alone, from the full-text index's undated rows (SQLite
    from revision 0018: numbered after every day, then by id) without visiting the photographs (a word
    in every caption at a million photographs: ~0.5 s, most of it the match set built for the probe
    of each undated photograph); None where this does not apply."""
    if not f.search.strip() or not replace(f, search="", undated=None).is_empty():
        return None
    none: list[int] = []
    return _fulltext_read(session, f.search, queries_fulltext.undated_ids, none)


def catalog_watch(session: Session) -> CatalogWatch | None:
    """A watch on the commits to this session's catalog (:class:`~photobook.db.fastpath.CatalogWatch`)
    when it is a SQLite file; None otherwise (PostgreSQL, a catalog in memory)."""
    url = session.get_bind().engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    try:
        return CatalogWatch.open(sqlite_file(url.database))
    except sqlite3.Error:
        return None


def timeline_span_rows(session: Session, f: PhotoFilter, first_day: int, last_day: int) -> list[TimelineRow]:
    """(id, day_start, day_end, approximate) of the photographs of ``f`` whose interval starts in
    [first_day, last_day], by day_start, day_end, id: a range of the covering day index."""
    stmt = (
        _filtered(
            session,
            replace(f, undated=False),
            Photo.id,
            Photo.day_start,
            Photo.day_end,
            Photo.approximate,
            dated=Photo.day_start,
        )
        .where(Photo.day_start >= first_day, Photo.day_start <= last_day)
        .order_by(Photo.day_start, Photo.day_end, Photo.id)
    )
    rows = _fetch_raw(session, stmt)
    if not rows:
        return rows
    span = replace(f, undated=False)  # the qualifier codes of these days' photographs only
    return _qualify(session, span, rows, where=(Photo.day_start >= first_day, Photo.day_start <= last_day))


def photo_day_span(session: Session, photo_id: int) -> tuple[int | None, int | None] | None:
    """(day_start, day_end) of one photograph (``None``: no such photograph)."""
    row = session.execute(select(Photo.day_start, Photo.day_end).where(Photo.id == photo_id)).first()
    return (row[0], row[1]) if row is not None else None


def ordered_page(session: Session, f: PhotoFilter, offset: int, limit: int, dated_count: int) -> list[int]:
    """``limit`` ids of :func:`photo_ids`'s order from place ``offset`` (dated by day_start, day_end,
    id, then undated by id); ``dated_count`` is how many of ``f`` are dated (:func:`dated_count`).
    The contact sheet's page: a walk of the day index (or the primary key) from the offset."""
    out: list[int] = []
    if offset < dated_count and f.undated is not True:
        dated = (
            _filtered(session, replace(f, undated=False), Photo.id, dated=Photo.day_start)
            .order_by(Photo.day_start, Photo.day_end, Photo.id)
            .offset(offset)
            .limit(limit)
        )
        out = [i for (i,) in _fetch_raw(session, dated)]
    rest = limit - len(out)
    if rest > 0 and f.undated is not False and f.year_from is None and f.year_to is None:
        one_theme = theme_undated_ids(session, f, offset=max(0, offset - dated_count), limit=rest)
        if one_theme is not None:
            return out + one_theme
        undated = (
            _filtered(session, replace(f, undated=True), Photo.id)
            .order_by(Photo.id)
            .offset(max(0, offset - dated_count))
            .limit(rest)
        )
        out.extend(i for (i,) in _fetch_raw(session, undated))
    return out


def dated_count(session: Session, f: PhotoFilter = PhotoFilter()) -> int:
    """How many photographs of ``f`` have a date (the contact sheet puts them first)."""
    if f.undated is True:
        return 0
    return count(session, replace(f, undated=False))


def ordered_position(session: Session, f: PhotoFilter, photo_id: int, dated_count: int) -> int | None:
    """The place of ``photo_id`` in :func:`photo_ids`'s order (``None``: not in ``f``): how many
    come before it, counted on the day index (or the primary key for the undated)."""
    days = photo_day_span(session, photo_id)
    if days is None:
        return None
    if session.scalar(_filtered(session, f, Photo.id).where(Photo.id == photo_id)) is None:
        return None
    start, end = days
    if start is None:
        before = theme_undated_count_before(session, f, photo_id)
        if before is not None:
            return dated_count + before
        stmt = _filtered(session, replace(f, undated=True), func.count(Photo.id)).where(Photo.id < photo_id)
        return dated_count + (session.scalar(stmt) or 0)
    key = tuple_(Photo.day_start, Photo.day_end, Photo.id) < tuple_(
        literal(start), literal(end), literal(photo_id)
    )
    stmt = _filtered(session, replace(f, undated=False), func.count(Photo.id), dated=Photo.day_start).where(
        Photo.day_start <= start, key
    )
    return session.scalar(stmt) or 0


# --- what the archivist emptied on purpose (services.edits, the catalog writer, interchange) ------


def cleared_fields(session: Session, ids: Sequence[int]) -> dict[int, set[str]]:
    """The fields (``title:fr``, ``photographer``, ``themes``…) each photograph's archivist emptied."""
    out: dict[int, set[str]] = {}
    for chunk in chunked(ids):
        for pid, name in session.execute(
            select(ClearedField.photo_id, ClearedField.field).where(ClearedField.photo_id.in_(chunk))
        ):
            out.setdefault(pid, set()).add(name)
    return out


def mark_cleared(
    session: Session, cleared: Sequence[tuple[int, str]], refilled: Sequence[tuple[int, str]] = ()
) -> None:
    """Record (photo id, field) pairs as emptied by the archivist, and forget those given a value
    again. Part of the caller's write transaction."""
    pairs = list(dict.fromkeys([*cleared, *refilled]))
    for chunk in chunked(pairs, 400):
        session.execute(
            delete(ClearedField).where(tuple_(ClearedField.photo_id, ClearedField.field).in_(chunk))
        )
    rows = [{"photo_id": pid, "field": name} for pid, name in dict.fromkeys(cleared)]
    if rows:
        session.execute(insert(ClearedField), rows)


def mark_date_cleared(session: Session, ids: Sequence[int]) -> None:
    """An undated photograph's date as emptied by the archivist (``date_source = 'archivist'``):
    no file's date fills it later. Only where the date is empty; the revision is unchanged (the
    record shows the same). Part of the caller's write transaction."""
    for chunk in chunked(ids):
        session.execute(
            update(Photo)
            .where(Photo.id.in_(chunk), Photo.date_edtf == "", Photo.date_source != "archivist")
            .values(date_source="archivist")
        )


# --- finding photographs by what a spreadsheet row names (services.import_plan) -------------------


def photo_ids_by_key(
    session: Session, kind: str, values: Iterable[str], source_ids: Sequence[int] | None = None
) -> dict[str, list[int]]:
    """{value: ids of the photographs it names} for ``kind``: ``path`` (relative to its source),
    ``name`` (the file's name, in any folder), ``hash`` (content hash) or ``plate``. A value that
    names nothing is left out; one that names several has them all."""
    wanted = list(dict.fromkeys(v for v in values if v))
    out: dict[str, list[int]] = {}
    if not wanted:
        return out
    in_sources = [Photo.source_id.in_(source_ids)] if source_ids is not None else []
    if kind == "name":
        names = {os.fsencode(v): v for v in wanted if "/" not in v}
        for pid, pb in session.execute(
            select(Photo.id, Photo.path_bytes).where(*in_sources).order_by(Photo.id)
        ):
            pb = bytes(pb)
            if b"\x00" in pb:  # a record displaced by another (catalog_writer.tombstone)
                continue
            name = names.get(pb.rsplit(b"/", 1)[-1])
            if name is not None:
                out.setdefault(name, []).append(pid)
        return out
    if kind == "path":
        for chunk in chunked(wanted):
            encoded = {v.encode("utf-8", "surrogateescape"): v for v in chunk}
            for pid, pb in session.execute(
                select(Photo.id, Photo.path_bytes)
                .where(Photo.path_bytes.in_(list(encoded)), *in_sources)
                .order_by(Photo.id)
            ):
                out.setdefault(encoded[bytes(pb)], []).append(pid)
        return out
    column = {"hash": Photo.content_hash, "plate": Photo.plate}[kind]
    for chunk in chunked(wanted):
        for pid, value in session.execute(
            select(Photo.id, column).where(column.in_(chunk), *in_sources).order_by(Photo.id)
        ):
            if value is not None:
                out.setdefault(value, []).append(pid)
    return out


# --- places (revision 0010) --------------------------------------------------------------------


def places(session: Session) -> list[PlaceRecord]:
    """The vocabulary of places, regions first then by French name, with their photographs."""
    rows = session.execute(
        select(Place.id, Place.parent_id, Place.name_fr, Place.name_ar, Place.name_en, Place.lat, Place.lon)
    ).all()
    counts = dict(
        session.execute(
            select(Photo.place_id, func.count()).where(Photo.place_id.is_not(None)).group_by(Photo.place_id)
        ).all()
    )
    name = {r[0]: r[2] for r in rows}
    out = [
        PlaceRecord(
            pid,
            {k: v for k, v in (("fr", fr), ("ar", ar), ("en", en)) if v},
            lat,
            lon,
            parent,
            name.get(parent) if parent is not None else None,
            counts.get(pid, 0),
        )
        for pid, parent, fr, ar, en, lat, lon in rows
    ]
    out.sort(key=lambda p: (p.parent_id is not None, p.names["fr"].casefold()))
    return out


def place_by_id(session: Session, place_id: int) -> Place | None:
    return session.get(Place, place_id)


def place_named(session: Session, name: str) -> Place | None:
    """The place written ``name`` in any language (French first), or None."""
    for col in (Place.name_fr, Place.name_ar, Place.name_en):
        found = session.scalar(select(Place).where(col == name).order_by(Place.id).limit(1))
        if found is not None:
            return found
    return None


def place_named_elsewhere(session: Session, name: str, own: int | None) -> tuple[str, Place] | None:
    """(the language, the place) of a place other than ``own`` written ``name`` in French, Arabic or
    English (French first), or None: a name is one place's only, in whichever language."""
    for lang, col in (("fr", Place.name_fr), ("ar", Place.name_ar), ("en", Place.name_en)):
        q = select(Place).where(col == name)
        if own is not None:
            q = q.where(Place.id != own)
        found = session.scalar(q.order_by(Place.id).limit(1))
        if found is not None:
            return lang, found
    return None


def nearest_place(session: Session, lat: float, lon: float, max_km: float = 25.0) -> tuple[int, float] | None:
    """(id, distance in km) of the place with coordinates nearest to (``lat``, ``lon``), within
    ``max_km``; regions (places containing others) are never the nearest. An equirectangular
    distance in SQL for the ordering (the vocabulary is small), the great circle for the answer."""
    k = math.cos(math.radians(lat))
    child = aliased(Place)
    has_children = select(child.parent_id).where(child.parent_id.is_not(None))
    d2 = (Place.lat - lat) * (Place.lat - lat) + (Place.lon - lon) * (Place.lon - lon) * (k * k)
    row = session.execute(
        select(Place.id, Place.lat, Place.lon)
        .where(Place.lat.is_not(None), Place.lon.is_not(None), Place.id.not_in(has_children))
        .order_by(d2, Place.id)
        .limit(1)
    ).first()
    if row is None or row[1] is None or row[2] is None:
        return None
    km = _great_circle_km(lat, lon, row[1], row[2])
    return (row[0], km) if km <= max_km else None


def _great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def link_places(session: Session, ids: Sequence[int]) -> None:
    """Link each of ``ids`` to the place its French place is written as (any language), or to none."""
    names: dict[str, int] = {}
    for pid, *ns in session.execute(
        select(Place.id, Place.name_en, Place.name_ar, Place.name_fr).order_by(Place.id.desc())
    ):
        names.update((n, pid) for n in ns if n)  # French wins, then the lowest id
    groups: dict[int | None, list[int]] = {}
    for chunk in chunked(list(ids)):
        for photo_id, place, now in session.execute(
            select(Photo.id, Photo.place, Photo.place_id).where(Photo.id.in_(chunk))
        ).all():
            want = names.get(place or "")
            if want != now:
                groups.setdefault(want, []).append(photo_id)
    for want, pids in groups.items():
        for chunk in chunked(pids):
            session.execute(update(Photo).where(Photo.id.in_(chunk)).values(place_id=want))


def photos_of_place(session: Session, place_id: int) -> set[int]:
    return set(session.scalars(select(Photo.id).where(Photo.place_id == place_id)))


def photos_placed(session: Session, names: Sequence[str]) -> list[int]:
    """Photographs whose (French) place is written as one of ``names``."""
    if not names:
        return []
    return list(session.scalars(select(Photo.id).where(Photo.place.in_(list(names)))))


# --- the places manager: merge, delete, put back (Edit ▸ Places…, ``places delete|merge``) -------


def place_children(session: Session, place_id: int) -> list[int]:
    """The places directly inside ``place_id``."""
    return list(session.scalars(select(Place.id).where(Place.parent_id == place_id).order_by(Place.id)))


def reparent_places(session: Session, ids: Sequence[int], parent_id: int | None) -> None:
    """Put the places ``ids`` inside ``parent_id`` (None: at the top)."""
    for chunk in chunked(list(ids)):
        session.execute(update(Place).where(Place.id.in_(chunk)).values(parent_id=parent_id))


def remove_place(session: Session, place_id: int) -> None:
    """Delete a place: the places inside it go up to its region, its photographs are unlinked
    (they keep their place as written; the caller has rewritten them first when they were to move)."""
    place = session.get(Place, place_id)
    if place is None:
        return
    session.execute(update(Place).where(Place.parent_id == place_id).values(parent_id=place.parent_id))
    session.execute(update(Photo).where(Photo.place_id == place_id).values(place_id=None))
    session.delete(place)
    session.flush()


def insert_place(
    session: Session,
    names: dict[str, str],
    lat: float | None,
    lon: float | None,
    parent_id: int | None,
    place_id: int | None = None,
) -> Place:
    """A new row in the vocabulary of places; with ``place_id`` when that id is free (a deleted
    place put back keeps its id)."""
    place = Place(lat=lat, lon=lon, parent_id=parent_id)
    if place_id is not None and session.get(Place, place_id) is None:
        place.id = place_id
    for code in LANGUAGES:
        setattr(place, f"name_{code}", names.get(code, ""))
    session.add(place)
    session.flush()
    return place


# --- one theme's timeline and counts from ``summary_theme_days`` (revision 0014: a theme filter at a
# million photographs reads a few thousand summary rows in key order, not every photograph of the theme)


def _has_theme_days(session: Session) -> bool:
    """Whether this catalog has ``summary_theme_days`` (revision 0014)."""
    return _has_table(session, "summary_theme_days")


def _days_scope(session: Session, f: PhotoFilter) -> tuple[Any, list[ColumnElement[bool]]] | None:
    """(a per-theme, per-date-interval summary's columns, its conditions) when ``f`` is years and
    reigns (the dated photographs of a span of days, or of several reigns' spans) within statuses and
    present files; None when the summaries cannot say. The conditions test a summary row's
    ``day_start``/``day_end`` as :func:`_conditions` tests a photograph's (:func:`_theme_days`)."""
    if not (f.year_from is not None or f.year_to is not None or f.reigns) or f.undated is True:
        return None
    scope = _summary_scope(session, replace(f, year_from=None, year_to=None, reigns=(), undated=None))
    if scope is None or not _has_theme_days(session):
        return None
    d, where = _theme_days(session, scope)
    days = _day_terms(session, f, d.day_start, d.day_end)
    return None if days is None else (d, where + days)


def _theme_days(session: Session, scope: _Scope) -> tuple[Any, list[ColumnElement[bool]]]:
    """The columns of the per-theme, per-date-interval summary that answers ``scope``, and its
    conditions: ``summary_theme_days_all`` (revision 0020), summed over statuses and missing files
    already, when it asks for every photograph (a third fewer rows), else ``summary_theme_days``."""
    if not scope.statuses and scope.include_missing and _has_table(session, "summary_theme_days_all"):
        return summary_theme_days_all.c, []
    return summary_theme_days.c, _summary_where(summary_theme_days.c, scope)


def _theme_counts_in_days(session: Session, d: Any, where: list[ColumnElement[bool]]) -> dict[str, int]:
    """:func:`theme_counts` of the dated photographs of :func:`_days_scope`: a sum over the summary's
    date intervals, each photograph in one interval per theme it is under (a year range at a million
    photographs: ~1.5 s over the photographs)."""
    stmt = (
        select(Theme.slug, func.sum(d.n))
        .join(Theme, Theme.id == d.theme_id)
        .where(*where)
        .group_by(Theme.slug)
    )
    return {slug: int(n) for slug, n in session.execute(stmt) if n}


def _theme_days_scope(session: Session, f: PhotoFilter) -> tuple[int, _Scope] | None:
    """(the theme's id, the rest as a summary scope) when ``f`` is one theme (with its sub-themes)
    within statuses and present files, dated, undated or both; None when the summaries cannot say
    (several themes: a photograph of two would count twice; any other filter; no such table)."""
    if len(f.themes) != 1 or not _has_theme_days(session):
        return None
    scope = _summary_scope(session, f.without_themes(), undated_ok=True)
    if scope is None:
        return None
    slug = f.themes[0]
    tid = _memo(
        session, ("theme id", slug), lambda: session.scalar(select(Theme.id).where(Theme.slug == slug))
    )
    return None if tid is None else (tid, scope)


def _theme_timeline_summary(session: Session, theme_id: int, scope: _Scope) -> list[SummaryRow]:
    """:func:`timeline_summary` of one theme: its rows summed over statuses (and missing), grouped in
    the primary key's order (no sort). Every status, missing files included (the window's theme
    filter): the theme's rows of ``summary_theme_days_all`` (revision 0020), summed already."""
    d, where = _theme_days(session, scope)
    if d is summary_theme_days_all.c:
        a = d
        every = (
            select(a.cover, a.day_start, a.day_end, a.approximate, a.n)
            .where(a.theme_id == theme_id)
            .order_by(a.day_start, a.day_end, a.approximate)
        )
        # the driver's rows as they are: the qualifier 0 or 1 (a bool on PostgreSQL), as the rows
        # drawn apart have it (``services.timeline_window``)
        return cast(list[SummaryRow], _fetch_raw(session, every))
    stmt = (
        select(func.min(d.cover), d.day_start, d.day_end, d.approximate, func.sum(d.n))
        .where(d.theme_id == theme_id, *where)
        .group_by(d.day_start, d.day_end, d.approximate)
        .order_by(d.day_start, d.day_end, d.approximate)
    )
    return [(int(i), s, e, bool(a), int(n)) for i, s, e, a, n in _fetch_raw(session, stmt)]


def theme_summary_count(session: Session, f: PhotoFilter) -> int | None:
    """How many photographs ``f`` holds when it is one theme within statuses and present files
    (:func:`_theme_days_scope`): the theme's total is a lookup in ``summary_themes``, its undated ones a
    count over a range of ``summary_theme_undated``'s key (revision 0016) and the dated ones the
    difference; None when the summaries cannot say. (Summing the theme's rows of
    ``summary_theme_days`` instead looks each one up by row id: at a million photographs 17,000 rows,
    30-50 ms of CPU, asked twice for every theme chosen.)"""
    one_theme = _theme_days_scope(session, f)
    if one_theme is None:
        return None
    tid, scope = one_theme
    st = summary_themes.c
    stmt = select(func.coalesce(func.sum(st.n), 0)).where(st.theme_id == tid, *_summary_where(st, scope))
    total = int(session.scalar(stmt) or 0)
    if f.undated is None:
        return total
    cond = _theme_undated_where(session, f)
    if cond is not None:
        undated = int(
            session.scalar(select(func.count()).select_from(summary_theme_undated).where(*cond)) or 0
        )
    else:  # a catalog before revision 0016: the dated ones summed
        d = summary_theme_days.c
        dated = select(func.coalesce(func.sum(d.n), 0)).where(d.theme_id == tid, *_summary_where(d, scope))
        undated = total - int(session.scalar(dated) or 0)
    return undated if f.undated else total - undated


def _theme_reign_counts(
    session: Session, theme_id: int, scope: _Scope, spans: list[tuple[str, int, int]]
) -> dict[str, int]:
    """:func:`reign_counts` of one theme: per reign, the theme's rows whose interval overlaps it (of
    ``summary_theme_days_all`` for every status, missing files included: a third fewer rows)."""
    d, where = _theme_days(session, scope)
    parts = [
        select(literal(slug).label("slug"), func.coalesce(func.sum(d.n), 0).label("n")).where(
            d.theme_id == theme_id, *where, d.day_start <= hi, d.day_end >= lo
        )
        for slug, lo, hi in spans
    ]
    stmt = parts[0] if len(parts) == 1 else union_all(*parts)
    return {slug: int(n) for slug, n in session.execute(stmt) if n}


def photo_ids_from_themes(session: Session, f: PhotoFilter) -> list[int]:
    """:func:`photo_ids` of a theme filter, every id, read from the theme index: each tagged
    photograph looked up by id, then sorted. For a theme small enough to read whole, where walking
    the day index would probe every photograph of the catalog for its themes (100,000 photographs,
    a theme of 7,500: about half the CPU time)."""
    out: list[int] = []
    if f.undated is not True:
        dated = _from_themes(session, replace(f, undated=False), Photo.id, dated=Photo.day_start).order_by(
            Photo.day_start, Photo.day_end, Photo.id
        )
        out = [i for (i,) in _fetch_raw(session, dated)]
    if f.undated is not False and f.year_from is None and f.year_to is None:
        one_theme = theme_undated_ids(session, f)
        if one_theme is not None:
            return out + one_theme
        undated = _from_themes(session, replace(f, undated=True), Photo.id).order_by(Photo.id)
        out.extend(i for (i,) in _fetch_raw(session, undated))
    return out


# --- one theme's undated photographs from ``summary_theme_undated`` (revision 0016: at a million
# photographs a theme's 6,000 undated ids are a range of that table's key, not a walk of the catalog's
# 80,000 undated photographs probing each for the theme)


def _theme_undated_where(session: Session, f: PhotoFilter) -> list[ColumnElement[bool]] | None:
    """The conditions on ``summary_theme_undated`` that select the undated photographs of ``f`` when it
    is one theme within statuses and present files (:func:`_theme_days_scope`); None otherwise."""
    one_theme = _theme_days_scope(session, f)
    if one_theme is None or not _has_table(session, "summary_theme_undated"):
        return None
    tid, scope = one_theme
    u = summary_theme_undated.c
    return [u.theme_id == tid, *_scope_where(u, scope)]


def theme_undated_ids(
    session: Session, f: PhotoFilter, *, offset: int = 0, limit: int | None = None
) -> list[int] | None:
    """The undated photographs of ``f`` by id (from place ``offset``, at most ``limit``) when it is one
    theme within statuses and present files: a range of ``summary_theme_undated``'s key, in order;
    None when the table cannot say (:func:`_theme_undated_where`)."""
    cond = _theme_undated_where(session, f)
    if cond is None:
        return None
    u = summary_theme_undated.c
    stmt = select(u.photo_id).where(*cond).order_by(u.photo_id)
    if not offset and limit is None and session.get_bind().dialect.name == "sqlite":
        ids = _ids_in_one_step(session, select(u.photo_id.label("c0")).where(*cond).order_by(u.photo_id))
        if ids is not None:
            return ids
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [i for (i,) in _fetch_raw(session, stmt)]


def _ids_in_one_step(session: Session, stmt: Select[Any]) -> list[int] | None:
    """The ids ``stmt`` selects (one column, labelled c0, in increasing order), read as one JSON
    array on SQLite (``fastpath.columns_in_one_step``): None if SQLite cannot, or did not feed them
    in order."""
    sql, args = _compiled(session, stmt)
    cursor = _dbapi_cursor(session)
    try:
        cols = columns_in_one_step(cursor, sql, args, 1)
    finally:
        cursor.close()
    if cols is None:
        return None
    ids: list[int] = cols[0]
    return ids if all(map(operator.lt, ids, itertools.islice(ids, 1, None))) else None


def theme_undated_count_before(session: Session, f: PhotoFilter, photo_id: int) -> int | None:
    """How many undated photographs of ``f`` have a smaller id than ``photo_id`` (see
    :func:`theme_undated_ids`; None when the table cannot say)."""
    cond = _theme_undated_where(session, f)
    if cond is None:
        return None
    u = summary_theme_undated.c
    return int(session.scalar(select(func.count()).where(*cond, u.photo_id < photo_id)) or 0)
