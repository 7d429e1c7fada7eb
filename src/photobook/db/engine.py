"""URL → engine, with SQLite set up on every connection; the Library (catalog + thumbnail cache)."""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from photobook.db.fastpath import CATALOG_FILE, THUMBS_FILE
from photobook.db.fastpath import not_writable as _not_writable


class LibraryError(RuntimeError):
    """The library cannot be opened or used; the message is one line for the user."""


def _sqlite_on_connect(readonly: bool, resident: bool = False) -> Callable[[Any, Any], None]:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        # SQLAlchemy's SQLite docs: pragmas must be issued on every new DBAPI connection.
        dbapi_conn.isolation_level = None  # the "begin" listener starts transactions
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            _wal(cur)
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA temp_store = MEMORY")
        size = cur.execute("PRAGMA page_count").fetchone()[0] * cur.execute("PRAGMA page_size").fetchone()[0]
        cache_kib, mmap_bytes = memory_pragmas(size, resident=resident)
        cur.execute(f"PRAGMA cache_size = -{cache_kib}")
        cur.execute(f"PRAGMA mmap_size = {mmap_bytes}")
        cur.close()

    return on_connect


# Two ways to read a catalog, by how long the process stays (issue 12, the window's RSS):
#
# * A command that runs and exits (``list``, ``index``, ``check``, the catalog's benchmarks) maps the
#   whole file: reads come from the OS's page cache without a copy or a system call.
# * A process that stays open beside the user's other work (the window, the kiosk, the presenter:
#   ``resident``) does not map it, and each connection keeps a page cache of RESIDENT_CACHE.
#   Mapped pages count in the process's resident memory once per connection that touched them:
#   at a million photographs the window's three connections showed 840 MB of the 1.2 GB catalog
#   (1,160 MB in all; 290 MB unmapped). Its reads are windows of summaries and index ranges, a few
#   hundred pages each, which the page cache and read() serve at the same CPU cost (measured:
#   first paint, zoom, filter and stalls within noise; figures in issue 12's note).
MIB = 1 << 20
CACHE_MIN, CACHE_MAX = 64 * MIB, 256 * MIB
MMAP_MIN, MMAP_MAX = 256 * MIB, 4096 * MIB
RESIDENT_CACHE = 16 * MIB
# ``list --json`` (``queries.read_once(small_cache=True)``) keeps a small page cache: it reads a page
# for one window of records, and a new page of the large cache is fresh memory for the kernel to
# map and clear, which costs more than reading a page again (at 100,000 photographs: ~35-50 ms less
# CPU for its 11,000 records with 2 MiB than with 64; peak memory 76 MB, not 113)
STREAM_CACHE = 2 * MIB


def memory_pragmas(catalog_bytes: int, resident: bool = False) -> tuple[int, int]:
    """(page cache in KiB, mmap size in bytes) for a catalog of this size. The whole file is mapped
    (plus room to grow by a quarter), up to 4 GiB: reads then come from the OS's page cache
    without a copy, and a million-photo catalog (~1.2 GB) no longer reads from disk past the first
    quarter. SQLite's own cache (private memory, where written pages go) is a sixteenth of the file
    between 64 and 256 MiB. Both are maxima: memory is used only as pages are touched. A
    ``resident`` process (the window) maps nothing and caches RESIDENT_CACHE a connection."""
    if resident:
        return RESIDENT_CACHE // 1024, 0
    mmap_bytes = min(max(MMAP_MIN, catalog_bytes + catalog_bytes // 4), MMAP_MAX)
    cache = min(max(CACHE_MIN, catalog_bytes // 16), CACHE_MAX)
    return cache // 1024, mmap_bytes


BUSY_TIMEOUT_MS = 10000
# A writer first waits this long for the write lock without a word, then says it is waiting
# (Library.on_wait) and goes on waiting, up to LOCK_WAIT_S in all.
QUIET_WAIT_MS = 400
LOCK_WAIT_S = float(os.environ.get("PHOTOBOOK_LOCK_WAIT", "600"))
WAITING = "waiting for another photobook writing this library…"


class WritingSession(Session):
    """A session whose explicit transactions are write transactions.

    ``with lib.Session() as s, s.begin():`` writes: on SQLite the transaction starts with BEGIN
    IMMEDIATE, so that the write lock is taken (or waited for) before the first read. A deferred
    BEGIN that reads and then writes after another process committed fails at once with "database
    is locked", and the busy timeout does not apply. Reading without ``begin()`` (autobegin) stays a
    plain deferred transaction: readers never wait for writers (WAL).
    """

    def begin(self, nested: bool = False) -> SessionTransaction:
        tx = super().begin(nested=nested)
        if not nested:
            self.connection(execution_options={"sqlite_immediate": True})
        return tx


def _wal(cur: Any) -> None:
    """Switch a new catalog to WAL. The switch needs the database to itself: while a second
    process opening the same new library holds it (on a loaded machine, past the busy timeout),
    SQLite answers "database is locked"; try again for a while."""
    if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except Exception as exc:  # the driver's OperationalError
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
        time.sleep(0.02)  # a retry's pause, not synchronisation


def make_engine(
    url: str,
    *,
    readonly: bool = False,
    immutable: bool = False,
    on_wait: Callable[[], None] | None = None,
    resident: bool = False,
) -> Engine:
    """An engine on ``url``; ``resident``: for a process that stays open (see :func:`memory_pragmas`)."""
    if url.startswith("sqlite"):
        if readonly and "mode=ro" not in url:
            # immutable: in a folder nobody can write, SQLite cannot make the WAL's -shm file
            url = sqlite_url(sqlite_file(make_url(url).database), readonly=True, immutable=immutable)
        engine = create_engine(url, connect_args={"timeout": 10, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_on_connect(readonly, resident))
        # SQLAlchemy's documented recipe for pysqlite: let SQLAlchemy, not the driver, begin
        # transactions, so that SAVEPOINTs roll back and DDL (migrations) is transactional.
        event.listen(engine, "begin", _sqlite_begin(readonly, on_wait))
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    kwargs: dict[str, Any] = {"pool_pre_ping": True}
    if readonly and url.startswith("postgresql"):
        kwargs["execution_options"] = {"postgresql_readonly": True}
    return create_engine(url, **kwargs)


class DiskFull(LibraryError):
    """The disk (or the file-size limit) left no room to write."""


class CatalogDamaged(LibraryError):
    """SQLite found the catalog file corrupt."""


_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def damaged_message(catalog: str, what: str) -> str:
    return (
        f"the catalog {catalog} is damaged ({what}); restore the last backup (photobook backup makes "
        "one), or rescue what can be read with: sqlite3 CATALOG .recover"
    )


def storage_failure(exc: BaseException, folder: Path | str, catalog: str = "") -> LibraryError | None:
    """A one-line LibraryError when ``exc`` is the storage failing (a full disk, a damaged or
    read-only catalog) rather than a bug; None otherwise."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    if (isinstance(orig, OSError) and orig.errno in _FULL_ERRNOS) or "database or disk is full" in text:
        return DiskFull(f"the disk holding {folder} is full")
    if "disk i/o error" in text:  # SQLite's word for a write refused by a file-size limit, or a failing disk
        return DiskFull(f"the disk holding {folder} is full or failing (disk I/O error)")
    if "file is not a database" in text:
        return CatalogDamaged(
            f"cannot open the catalog {catalog or folder}: file is not a database; if it "
            "was photobook's, restore the last backup (photobook backup makes one)"
        )
    if "malformed" in text:
        return CatalogDamaged(damaged_message(catalog or str(folder), _first_line(orig)))
    if "readonly database" in text or "read-only" in text:
        return ReadOnlyLibrary(f"the catalog {catalog or folder} is read-only here; nothing was changed")
    return None


class CatalogTooOld(LibraryError):
    """A catalog this photobook would upgrade, opened where it must not be written (the kiosk): at
    an older revision than the newest this photobook knows. The archivist's photobook upgrades it
    the next time it opens it. ``found`` and ``expected`` are the two Alembic revisions."""

    def __init__(self, catalog: str, found: str, expected: str) -> None:
        super().__init__(
            f"the catalog {catalog} is at revision {found}, older than this photobook's {expected}: "
            "open it once with photobook on the archivist's computer (that upgrades it); "
            "the kiosk opens it then"
        )
        self.found, self.expected = found, expected


class ReadOnlyLibrary(LibraryError):
    """A command that writes was given a library it cannot write."""


class LockTimeout(LibraryError):
    """Another process held the write lock for too long (a LibraryError for the user)."""


def _sqlite_begin(readonly: bool, on_wait: Callable[[], None] | None) -> Callable[[Connection], None]:
    def begin(conn: Connection) -> None:
        # "BEGIN IMMEDIATE" takes the write lock at once (a write transaction; migrations: a second
        # process waits, then sees the schema the first one made); plain BEGIN otherwise
        if readonly or not conn.get_execution_options().get("sqlite_immediate"):
            conn.exec_driver_sql("BEGIN")
            return
        _begin_immediate(conn, on_wait)

    return begin


def _begin_immediate(conn: Connection, on_wait: Callable[[], None] | None) -> None:
    """BEGIN IMMEDIATE; if another process holds the write lock for more than a moment, say so
    once (``on_wait``) and keep waiting: the other writer commits in short transactions."""
    deadline = time.monotonic() + LOCK_WAIT_S
    wait_ms, told = QUIET_WAIT_MS, False
    try:
        while True:
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {wait_ms}")
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except OperationalError as exc:
                if "locked" not in str(exc.orig) and "busy" not in str(exc.orig):
                    raise
            if time.monotonic() >= deadline:
                raise LockTimeout(
                    f"another photobook has been writing this library for more than "
                    f"{LOCK_WAIT_S:.0f} s; try again when it has finished"
                )
            if not told and on_wait is not None:
                told = True
                on_wait()
            wait_ms = int(min(5.0, max(deadline - time.monotonic(), 0.05)) * 1000)
    finally:
        conn.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


@dataclass
class Library:
    """A folder holding the catalog (or a URL to a shared one) and the local thumbnail cache."""

    folder: Path
    url: str
    readonly: bool = False
    # called (from the thread that waits) when a write must wait for another process's
    # write lock; the CLI prints WAITING, the window shows it in the status bar
    on_wait: Callable[[], None] | None = None
    # a process that stays open (the window, the kiosk, the presenter): no memory map, a small
    # page cache (memory_pragmas)
    resident: bool = False
    # called with a one-line message the user should read once (a damaged cache set aside…)
    on_notice: Callable[[str], None] | None = None
    engine: Engine = field(init=False)
    Session: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        immutable = self.readonly and self.url.startswith("sqlite") and not os.access(self.folder, os.W_OK)
        self.engine = make_engine(
            self.url,
            readonly=self.readonly,
            immutable=immutable,
            on_wait=self._waiting,
            resident=self.resident,
        )
        self.Session = sessionmaker(self.engine, class_=WritingSession, expire_on_commit=False)

    def notice(self, message: str) -> None:
        if self.on_notice is not None:
            self.on_notice(message)

    def _waiting(self) -> None:
        if self.on_wait is not None:
            self.on_wait()

    @property
    def thumbs_path(self) -> Path:
        return self.folder / THUMBS_FILE

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()


def open_library(
    folder: str | os.PathLike[str] | None = None,
    url: str | None = None,
    *,
    readonly: bool | None = False,
    upgrade: bool = True,
    seed: bool = True,
    on_wait: Callable[[], None] | None = None,
    resident: bool = False,
    on_upgrade: Callable[[str, str], None] | None = None,
) -> Library:
    """Open (creating or upgrading as needed) the library in ``folder``, or the catalog at ``url``.
    ``resident``: for a process that stays open, the window's (:func:`memory_pragmas`).
    ``on_upgrade(found, target)``: called before an existing catalog is upgraded (which can take a
    minute at a million photographs), from the opening thread (:func:`migrate.upgrade_to_head`).

    ``readonly=None``: read-only when the catalog file or its folder cannot be written (reading
    commands, the window); ``False``: such a library is refused with one line (writing commands)."""
    from photobook.core.paths import default_library_dir

    folder = Path(folder) if folder is not None else default_library_dir()
    if url is None and (why := _not_writable(folder)):
        if readonly is False:
            raise ReadOnlyLibrary(f"the library {folder} is read-only ({why}); nothing was changed")
        readonly = True
    readonly = bool(readonly)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(f"cannot create the library folder {folder}: {exc.strerror}") from None
    if url is None:
        url = sqlite_url(folder / CATALOG_FILE)
        if readonly and not (folder / CATALOG_FILE).exists():
            raise LibraryError(f"no catalog in {folder}")
    if _in_memory(url):
        raise LibraryError("an in-memory catalog keeps nothing; give a file (sqlite:///path) or a server URL")
    try:
        lib = Library(folder=folder, url=url, readonly=readonly, on_wait=on_wait, resident=resident)
    except Exception as exc:  # a URL for a driver that is not installed, or not a URL at all
        raise LibraryError(f"cannot open the catalog at {_safe_url(url)}: {_first_line(exc)}") from None
    try:
        with lib.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            if lib.is_sqlite:
                _refuse_foreign(conn, url)
        if upgrade and not readonly:
            from photobook.db.migrate import upgrade_to_head

            upgrade_to_head(lib.engine, on_upgrade=on_upgrade)
        if seed and not readonly and not _seeded(lib):
            from sqlalchemy.exc import IntegrityError

            from photobook.db.seed import seed_catalog

            # under the write lock on SQLite, so that two first starts do not both seed
            with (
                lib.engine.connect().execution_options(sqlite_immediate=True) as conn,
                Session(bind=conn) as session,
            ):
                try:
                    seed_catalog(session)
                    session.commit()
                except IntegrityError:  # PostgreSQL: another process seeded it first
                    session.rollback()
    except LibraryError:
        lib.close()
        raise
    except Exception as exc:  # driver errors differ per backend; the user needs one line
        lib.close()
        problem = storage_failure(exc, folder, _safe_url(url))
        if problem is not None:
            raise problem from None
        raise LibraryError(f"cannot open the catalog at {_safe_url(url)}: {_first_line(exc)}") from None
    return lib


def sqlite_url(path: Path, *, readonly: bool = False, immutable: bool = False) -> str:
    """The URL of an SQLite file, escaped: a folder named ``a?b`` or ``#1`` must not be read as a
    query string or a fragment (the catalog would be written to another file). Read-only opens go
    through SQLite's ``file:`` URI with ``mode=ro`` (and ``immutable=1``)."""
    if not readonly:
        return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)
    query = {"mode": "ro", **({"immutable": "1"} if immutable else {}), "uri": "true"}
    database = "file:" + quote(str(path))
    return URL.create("sqlite", database=database, query=query).render_as_string(hide_password=False)


def sqlite_file(url_database: str | None) -> Path:
    """The file behind an SQLite engine's ``url.database`` (plain path or ``file:`` URI)."""
    name = url_database or ""
    if name.startswith("file:"):
        name = unquote(name[len("file:") :])
    return Path(name)


def _in_memory(url: str) -> bool:
    if not url.startswith("sqlite"):
        return False
    rest = url.split("://", 1)[1] if "://" in url else ""
    return rest in ("", "/") or ":memory:" in rest or "mode=memory" in rest


def _refuse_foreign(conn: Connection, url: str) -> None:
    """An SQLite file with tables but no photobook revision belongs to another program: photobook
    must not add its tables to it. A revision photobook does not know comes from a newer photobook."""
    tables = {
        n
        for (n,) in conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        )
    }
    if not tables:
        return
    if "alembic_version" not in tables:
        names = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
        raise LibraryError(
            f"{_safe_url(url)} is not a photobook catalog (it holds other tables: {names}); "
            "choose another library folder"
        )
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    from photobook.db.migrate import known_revisions

    if revision is not None and revision not in known_revisions():
        raise LibraryError(
            f"the catalog {_safe_url(url)} was made by a newer photobook (revision {revision}); "
            "upgrade photobook to open it"
        )


def _seeded(lib: Library) -> bool:
    """True when the reigns and themes are there: opening such a library takes no write lock, so
    that a reading command does not wait for a writer."""
    with lib.engine.connect() as conn:
        return all(
            conn.execute(text(f"SELECT EXISTS (SELECT 1 FROM {t})")).scalar() for t in ("reigns", "themes")
        )


def _first_line(exc: BaseException) -> str:
    return (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0]


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<url>"


def open_for_kiosk(folder: str | os.PathLike[str] | None = None, url: str | None = None) -> Library:
    """Open a library that must not be written, not even by SQLite's own bookkeeping (the kiosk).

    A SQLite catalog is opened ``mode=ro``; when no process has it open (no ``-wal`` file beside
    it, the usual case at an exhibition) also ``immutable=1``: a plain ``mode=ro`` reader of a WAL
    catalog creates the ``-wal`` and ``-shm`` files and writes its read marks into ``-shm``, which
    ``immutable`` avoids (SQLite then takes no locks: the catalog must not be edited while the
    kiosk runs; restart the kiosk to show changes). With a ``-wal`` present (the archivist's
    photobook is open on it) the kiosk reads through it with ``mode=ro`` only, the one consistent
    way. PostgreSQL: every transaction is read-only."""
    from photobook.core.paths import default_library_dir

    folder = Path(folder) if folder is not None else default_library_dir()
    if url is None:
        catalog = folder / CATALOG_FILE
        if not catalog.is_file():
            raise LibraryError(f"no catalog in {folder}")
        wal = catalog.with_name(catalog.name + "-wal")
        url = sqlite_url(catalog.resolve(), readonly=True, immutable=not wal.exists())
    lib = open_library(folder, url, readonly=True, upgrade=False, seed=False, resident=True)
    try:
        _refuse_older(lib)
    except LibraryError:
        lib.close()
        raise
    return lib


def _refuse_older(lib: Library) -> None:
    """A catalog at an older revision than this photobook's newest (one revision it knows, not the
    head: a newer one is refused when opened) cannot be read by its queries, and the kiosk must not
    upgrade it: :class:`CatalogTooOld`, which says so (a new, empty catalog is refused as well)."""
    from photobook.db.fastpath import head_revision
    from photobook.db.migrate import current_revision

    expected = head_revision()
    found = current_revision(lib.engine)
    if expected is not None and found != expected:
        raise CatalogTooOld(_safe_url(lib.url), found or "none", expected)
