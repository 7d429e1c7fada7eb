"""The first frame's reads, with the standard library's ``sqlite3`` alone.

Importing SQLAlchemy and the models costs ~0.4 s, more than loading 100,000 timeline rows (~60 ms):
a window that waited for them before its first paint would start at over a second. These functions
read what the first frame shows from a SQLite catalog without that import; the rest (the engine,
migrations, seeding, every other query) is imported after the first frame.

They answer only when the catalog is already at the newest revision and seeded, and return
``None`` otherwise (no catalog yet, an older schema that opening will upgrade, a PostgreSQL URL,
any SQLite error): the caller then opens the library the usual way. The SQL is the one of
:func:`photobook.db.queries.timeline_rows` and :func:`~photobook.db.queries.reigns` for an empty
filter; a test holds them to the same answers.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import re
import sqlite3
import threading
import weakref
from collections.abc import Callable, Sequence
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from photobook.core import languages

CATALOG_FILE = "catalog.sqlite"
THUMBS_FILE = "thumbs.sqlite"
#: Up to this many dated photographs the window reads every row; above, a summary per date interval
#: (``services.timeline_window.ROWS_LIMIT``, held equal by a test: this module imports no services).
ROWS_LIMIT = 50_000
MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([\w-]+|None)['\"]?", re.M)

TimelineRow = tuple[int, int | None, int | None, bool]  # id, day_start, day_end, approximate
Row = TypeVar("Row", bound=tuple[Any, ...])


class ReignRow(NamedTuple):
    """A reign as the timeline's bands need it (the fields of ``models.Reign`` it uses)."""

    slug: str
    start: date
    end: date | None
    name_fr: str
    name_ar: str
    name_en: str
    color: str

    def name(self, lang: str) -> str:
        found = languages.pick({"fr": self.name_fr, "ar": self.name_ar, "en": self.name_en}, lang)
        return found[1] if found else self.slug


class ThemeRow(NamedTuple):
    """A theme as the filter panel's tree needs it (the fields of ``models.Theme`` it uses)."""

    id: int
    slug: str
    parent_id: int | None
    color: str
    label_fr: str
    label_ar: str
    label_en: str


SummaryRow = tuple[int, int, int, bool, int]  # a photo of the group, day_start, day_end, approximate, n


class FirstFrame(NamedTuple):
    rows: list[TimelineRow]  # every photo in timeline order, undated last
    reigns: list[ReignRow]  # by start


@functools.cache
def head_revision() -> str | None:
    """The newest revision read from the migration files' text (no Alembic import, ~2 ms): the one
    revision no other revision names as its down_revision. None if the files are not simple. Read
    once per process (the files are the installed photobook's): a start asks it several times (the
    first view's reader, the revision check, the library's opening)."""
    revisions, downs = set(), set()
    for f in (MIGRATIONS / "versions").glob("*.py"):
        found = {m.group(1): m.group(2) for m in _REVISION.finditer(f.read_text(encoding="utf-8"))}
        if "revision" in found:
            revisions.add(found["revision"])
            downs.add(found.get("down_revision"))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def first_frame(folder: str | Path) -> FirstFrame | None:
    """The timeline rows and reign bands of the library in ``folder``, or ``None`` when only a full
    open can answer (see the module doc). Read-only: never creates, upgrades or locks anything."""
    con = _open_current(folder)
    if con is None:
        return None
    try:
        reigns = _reigns(con)
        if not reigns:  # not seeded yet: opening seeds it
            return None
        # the covering index ix_photos_day: rows in index order, NULL days (undated) first in SQLite
        rows = con.execute(
            "SELECT id, day_start, day_end, approximate FROM photos ORDER BY day_start, day_end"
        ).fetchall()
    except (sqlite3.Error, ValueError):
        return None
    finally:
        con.close()
    return FirstFrame(undated_last(rows), reigns)


class CatalogWatch:
    """A catalog's commit counter, asked as often as needed: SQLite's ``PRAGMA data_version`` on one
    connection kept open for it (read-only, outside any transaction, so it blocks neither a writer nor
    a checkpoint), which changes when any other connection commits. A read made after
    :meth:`version` answered ``v`` still holds while it answers ``v``. Asked from any thread."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con
        self._lock = threading.Lock()
        self._close = weakref.finalize(self, con.close)

    @classmethod
    def open(cls, path: str | Path) -> CatalogWatch:
        """A watch on a connection of its own to the catalog at ``path``."""
        return cls(
            sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        )

    def version(self) -> int | None:
        """The counter now (None when it cannot be read: then nothing read may be reused)."""
        with self._lock:
            if not self._close.alive:
                return None
            try:
                return int(self._con.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error:
                return None

    def close(self) -> None:
        with self._lock:
            self._close()


class CatalogStamp:
    """Whether a catalog has had a commit since it was read: a :class:`CatalogWatch` on the
    connection that read it (SQLite's docs: the counter is the same connection's only). Asked once;
    the connection is closed then, or when the stamp is dropped unasked."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._watch = CatalogWatch(con)
        self._version = self._watch.version()

    def unchanged(self) -> bool:
        """No commit since the stamp was taken (False when it cannot tell, and after the first ask)."""
        now = self._watch.version()
        self._watch.close()
        return now is not None and now == self._version


class FirstView(NamedTuple):
    """What the window's first frame draws, as ``services.timeline_window.load_overview`` reads it
    for the whole catalog: every row when at most ``rows_limit`` photographs are dated, else one
    summary row per date interval and the undated ids."""

    rows: list[TimelineRow] | None  # every photograph, undated last (a catalog up to the limit)
    summary: list[SummaryRow] | None  # else: the groups by interval (``queries.timeline_summary``)
    undated: list[int]  # with ``summary``: the undated ids (``queries.timeline_undated_ids``)
    reigns: list[ReignRow]
    # with ``summary``: taken before it was read; the window's first load uses ``summary`` and
    # ``undated`` instead of reading them again when the catalog is unchanged (a million photographs:
    # ~0.3 s of CPU)
    stamp: CatalogStamp | None = None
    # the themes (``queries.themes``' order): the filter panel's tree is made before the first frame,
    # not when the vocabulary comes with the first reads (it keeps the tree when they are the same)
    themes: tuple[ThemeRow, ...] = ()


def first_view(folder: str | Path, rows_limit: int = ROWS_LIMIT) -> FirstView | None:
    """The first frame of the library in ``folder`` (see :class:`FirstView`), or ``None`` when only
    a full open can answer (as :func:`first_frame`). Read-only; the SQL is that of
    ``queries.timeline_summary``, ``timeline_rows_limited`` and ``timeline_undated_ids`` for an
    empty filter, each a walk of the covering day index (a million photographs: ~0.2 s CPU)."""
    con = _open_current(folder)
    if con is None:
        return None
    kept = False  # the connection stays open for the stamp (a summary read), else it is closed here
    try:
        reigns = _reigns(con)
        if not reigns:  # not seeded yet: opening seeds it
            return None
        themes = _themes(con)
        stamp = CatalogStamp(con)  # taken before the reads: a commit during them counts as a change
        summary: list[SummaryRow] = [
            (i, s, e, bool(a), n) for i, s, e, a, n in _in_one_step(con, _SUMMARY, 5, itemgetter(1, 2, 3))
        ]
        if sum(r[4] for r in summary) <= rows_limit:
            rows = con.execute(
                "SELECT id, day_start, day_end, approximate FROM photos ORDER BY day_start, day_end LIMIT ?",
                (rows_limit + 1,),
            ).fetchall()
            if len(rows) <= rows_limit:  # (read again by the first load: ~30 ms at most)
                return FirstView(undated_last(rows), None, [], reigns, themes=themes)
        undated: list[int] = _in_one_step(con, _UNDATED, 1, int)
        kept = True
    except (sqlite3.Error, ValueError):
        return None
    finally:
        if not kept:
            con.close()
    return FirstView(None, summary, undated, reigns, stamp, themes)


_SUMMARY = (
    "SELECT min(id) AS c0, day_start AS c1, day_end AS c2, approximate AS c3, count(*) AS c4 FROM photos "
    "WHERE day_start IS NOT NULL GROUP BY day_start, day_end, approximate "
    "ORDER BY day_start, day_end, approximate"
)
_UNDATED = "SELECT id AS c0 FROM photos WHERE day_start IS NULL ORDER BY id"


def _in_one_step(con: sqlite3.Connection, sql: str, columns: int, key: Callable[[Any], Any]) -> list[Any]:
    """The rows of ``sql`` (its columns named c0, c1, …, ordered by ``key``), read in one step
    (:func:`columns_in_one_step`): SQLite walks the index with the interpreter's lock released
    throughout, where row by row the reader took the lock back for each row and waited for it
    behind the GUI thread's imports (its reads then ran after them, not beside them: ~0.2 s more to
    the first frame at a million photographs). Tuples; with one column, its values. SQLite does not
    promise to feed an aggregate in its subquery's order: checked here; if it did not (or without
    SQLite's JSON functions), read again row by row."""
    found = columns_in_one_step(con, sql, (), columns)
    if found is not None:
        rows: list[Any] = list(zip(*found, strict=True)) if columns > 1 else found[0]
        try:
            if all(key(a) <= key(b) for a, b in itertools.pairwise(rows)):
                return rows
        except TypeError:  # a NULL compared
            pass
    rows = con.execute(sql).fetchall()
    return rows if columns > 1 else [r[0] for r in rows]


def columns_in_one_step(
    con: sqlite3.Connection | sqlite3.Cursor, sql: str, params: Sequence[Any], columns: int
) -> list[list[Any]] | None:
    """The columns of ``sql`` (named c0, c1, …), each read as one JSON array, in the order SQLite fed
    them to its aggregates: SQLite walks the rows in one step with the interpreter's lock released,
    and each column is one ``json.loads``, where row by row the driver stepped and took the lock back
    for each row (a theme's 6,000 undated ids at a million photographs: 3.0 -> 1.0 ms of CPU; five
    columns of 11,700 rows gain nothing: the JSON text costs what the rows did). SQLite does not promise
    to feed an aggregate in its subquery's order: the caller checks what it needs. None without
    SQLite's JSON functions (the caller reads row by row)."""
    arrays = ", ".join(f"json_group_array(c{k})" for k in range(columns))
    try:
        row = con.execute(f"SELECT {arrays} FROM ({sql})", tuple(params)).fetchone()
        return [json.loads(text) for text in row]
    except (sqlite3.OperationalError, TypeError):  # no JSON functions (SQLite < 3.38)
        return None


def older_revision(folder: str | Path) -> str | None:
    """The revision of the SQLite catalog in ``folder`` when it is older than this photobook's
    newest (opening it will upgrade it, which can take a minute), else ``None`` (no catalog yet,
    current, or unreadable: opening says why). One row read with ``sqlite3``: a few ms."""
    path = Path(folder) / CATALOG_FILE
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        found = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    if found is None or found[0] == head_revision():
        return None
    return str(found[0])


def _open_current(folder: str | Path) -> sqlite3.Connection | None:
    """A read-only connection to the catalog in ``folder`` if it is at the newest revision."""
    path = Path(folder) / CATALOG_FILE
    head = head_revision()
    if head is None or not path.is_file():
        return None
    try:
        # (check_same_thread off: a first view's stamp is asked by the worker of the first load)
        con = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10, check_same_thread=False
        )
    except sqlite3.Error:
        return None
    try:
        if con.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]:
            return con
    except sqlite3.Error:
        pass
    con.close()
    return None


def _themes(con: sqlite3.Connection) -> tuple[ThemeRow, ...]:
    return tuple(
        ThemeRow(*row)
        for row in con.execute(
            "SELECT id, slug, parent_id, color, label_fr, label_ar, label_en FROM themes ORDER BY position, id"
        )
    )


def _reigns(con: sqlite3.Connection) -> list[ReignRow]:
    return [
        ReignRow(slug, date.fromisoformat(start), date.fromisoformat(end) if end else None, fr, ar, en, color)
        for slug, start, end, fr, ar, en, color in con.execute(
            'SELECT slug, start, "end", name_fr, name_ar, name_en, color FROM reigns ORDER BY start'
        )
    ]


def undated_last(rows: list[Row]) -> list[Row]:
    """Rows (id, day_start, …) read in the day index's order with the undated ones last: SQLite puts
    NULLs first in index order, PostgreSQL last; a slice, not a sort, so the index order is kept.
    Shared with :mod:`photobook.db.queries` (this module may not import SQLAlchemy, nor it)."""
    k = 0
    while k < len(rows) and rows[k][1] is None:
        k += 1
    return rows[k:] + rows[:k] if k else rows


def not_writable(folder: Path) -> str:
    """Why a library folder cannot be written ("" when it can): the catalog file or the folder
    itself (SQLite writes its journal beside the catalog)."""
    catalog = folder / CATALOG_FILE
    if catalog.exists() and not os.access(catalog, os.W_OK):
        return f"{CATALOG_FILE} cannot be written"
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return "the folder cannot be written"
    return ""
