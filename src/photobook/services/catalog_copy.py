"""``photobook db copy SRC DST``: a catalog copied to another database, losslessly (SQLite ⇄ PostgreSQL).

Every table of the catalog is copied row for row, ids included (photographs, captions, themes and
their tree, reigns, history, tours, index problems, what the archivist cleared…), so that the copy
exports exactly what the original exports. The source is opened read-only and must be at this
photobook's revision; the destination is created (or upgraded) to it, and a destination that holds
photographs, sources, tours or history is refused unless ``force`` (then its rows are replaced).
The copy is one transaction: interrupted, the destination is as it was. The thumbnail cache is
not in the catalog; ``photobook index`` rebuilds it beside a new SQLite catalog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, Table
from sqlalchemy.engine import make_url

from photobook.db import queries_catalog
from photobook.db.base import Base
from photobook.db.engine import LibraryError, _refuse_foreign, _safe_url, make_engine, sqlite_file, sqlite_url
from photobook.db.fastpath import CATALOG_FILE
from photobook.db.migrate import current_revision, head_revision, upgrade_to_head

#: Tables that SQL triggers keep from the others (revision 0009's counts, the theme tree's closure,
#: revision 0014's theme day summaries and revision 0020's sums of them, revision 0016's undated per
#: theme): never copied nor emptied by hand — the destination's triggers rebuild them as the rows
#: arrive.
DERIVED_TABLES = (
    "summary_years",
    "summary_reigns",
    "summary_themes",
    "theme_closure",
    "summary_theme_days",
    "summary_theme_days_all",
    "summary_theme_undated",
)
#: Tables whose rows are an archivist's work: a destination holding any is not empty.
WORK_TABLES = ("photos", "sources", "photo_history", "tours", "index_problems")
CHUNK = queries_catalog.CHUNK

Progress = Callable[[str, int, int], None]  # table, rows copied, rows in the table


class CopyError(ValueError):
    """Why the copy cannot be made (one line); nothing was written."""


@dataclass(frozen=True)
class CopyResult:
    tables: dict[str, int]  # table → rows copied

    @property
    def photos(self) -> int:
        return self.tables.get("photos", 0)


def catalog_url(text_or_path: str) -> str:
    """A database URL for what the user typed: a URL as it is, a library folder (its catalog file),
    or an SQLite file."""
    if "://" in text_or_path:
        return text_or_path
    p = Path(text_or_path).expanduser()
    if p.is_dir() or (not p.exists() and not p.suffix):
        p = p / CATALOG_FILE
    return sqlite_url(p.resolve())  # escaped: a folder named "a?b" or "#2" is a folder


def _tables() -> list[Table]:
    import photobook.db.models  # noqa: F401  (every table on Base.metadata)

    return [t for t in Base.metadata.sorted_tables if t.name not in DERIVED_TABLES]


def copy_catalog(
    src_url: str,
    dst_url: str,
    *,
    force: bool = False,
    progress: Progress | None = None,
    on_upgrade: Callable[[str, str], None] | None = None,
) -> CopyResult:
    """Copy the catalog at ``src_url`` into ``dst_url``. ``on_upgrade(found, target)``: called before
    an existing destination left by an older photobook is upgraded (which can take a minute)."""
    if _same(src_url, dst_url):
        raise CopyError("the source and the destination are the same catalog")
    src = _open_source(src_url)
    try:
        dst = _open_destination(dst_url, on_upgrade)
        try:
            return _copy(src, dst, force, progress)
        finally:
            dst.dispose()
    finally:
        src.dispose()


def _same(a: str, b: str) -> bool:
    try:
        return make_url(a) == make_url(b)
    except Exception:
        return a == b


def _open_source(url: str) -> Engine:
    if url.startswith("sqlite") and not _sqlite_path(url).is_file():
        raise CopyError(f"no catalog at {_safe_url(url)}")
    engine = _open(url, readonly=True)
    revision, head = current_revision(engine), head_revision()
    if revision != head:
        engine.dispose()
        raise CopyError(
            f"{_safe_url(url)} is not a photobook catalog at revision {head} (it is at {revision or 'none'}); "
            "open it once with this photobook (photobook --db URL check) to upgrade it"
        )
    return engine


def _open_destination(url: str, on_upgrade: Callable[[str, str], None] | None = None) -> Engine:
    if url.startswith("sqlite"):
        folder = _sqlite_path(url).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CopyError(f"cannot create {folder}: {exc.strerror}") from None
    return _open(url, readonly=False, on_upgrade=on_upgrade)


def _open(url: str, *, readonly: bool, on_upgrade: Callable[[str, str], None] | None = None) -> Engine:
    """An engine on a photobook catalog (a foreign SQLite file refused), upgraded to this
    photobook's revision unless ``readonly``; CopyError says why not."""
    engine: Engine | None = None
    try:
        engine = make_engine(url, readonly=readonly)
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                _refuse_foreign(conn, url)
        if not readonly:
            upgrade_to_head(engine, on_upgrade=on_upgrade)
    except Exception as exc:
        if engine is not None:
            engine.dispose()  # no connection left open behind a refusal
        if isinstance(exc, LibraryError):
            raise CopyError(str(exc)) from None
        raise CopyError(f"cannot open {_safe_url(url)}: {_first_line(exc)}") from None
    return engine


def _sqlite_path(url: str) -> Path:
    try:
        return sqlite_file(make_url(url).database)
    except Exception:
        raise CopyError(f"not a database URL: {_safe_url(url)}") from None


def _first_line(exc: BaseException) -> str:
    return (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0]


def _copy(src: Engine, dst: Engine, force: bool, progress: Progress | None) -> CopyResult:
    tables = _tables()
    with dst.connect() as conn:
        held = {t.name: queries_catalog.count_rows(conn, t) for t in tables if t.name in WORK_TABLES}
    if any(held.values()) and not force:
        names = {"photos": "photographs", "sources": "source folders", "photo_history": "history rows"}
        what = ", ".join(
            f"{held[t]:,} {names.get(t, t.replace('_', ' '))}" for t in WORK_TABLES if held.get(t)
        )
        raise CopyError(f"the destination is not empty ({what}); --force replaces what it holds")
    copied: dict[str, int] = {}
    # one read transaction on the source: a snapshot (SQLite's WAL; PostgreSQL's REPEATABLE READ),
    # so that a photobook writing meanwhile cannot leave a caption without its photograph
    source = src.connect()
    if src.dialect.name == "postgresql":
        source = source.execution_options(isolation_level="REPEATABLE READ")
    with source, source.begin():
        totals = {t.name: queries_catalog.count_rows(source, t) for t in tables}
        with dst.connect().execution_options(sqlite_immediate=True) as conn, conn.begin():
            queries_catalog.empty_tables(conn, tables)
            for table in tables:
                done = 0
                for rows in queries_catalog.table_rows(source, table, CHUNK):
                    queries_catalog.insert_rows(conn, table, rows)
                    done += len(rows)
                    if progress is not None:
                        progress(table.name, done, totals[table.name])
                if progress is not None and done == 0:
                    progress(table.name, 0, 0)
                copied[table.name] = done
            if dst.dialect.name == "postgresql":
                queries_catalog.reset_sequences(conn, tables)
    with dst.connect() as conn:
        mismatch = {t.name for t in tables if queries_catalog.count_rows(conn, t) != copied[t.name]}
    if mismatch:  # cannot happen short of another writer between commit and count
        raise CopyError(f"the copy of {', '.join(sorted(mismatch))} differs from the source")
    return CopyResult(copied)
