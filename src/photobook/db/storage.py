"""Where the library keeps things and how originals are read: one small module that the catalog,
the indexer, the services and the window share.

- the paths of originals: a source folder as bytes (:func:`source_bytes`), a path as readable text
  (:func:`display_path`), a file opened read-only and checked to be a regular file
  (:func:`open_regular`), the photographic formats Pillow may open (:func:`photo_formats`);
- the on-disk thumbnail cache (:class:`ThumbStore`);
- :func:`chunked`, the one way a long list of ids is split under SQLite's limit of bound variables.
"""

from __future__ import annotations

import io
import os
import sqlite3
import stat
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from photobook.db.engine import Library
    from photobook.db.models import Source

T = TypeVar("T")
CHUNK = 900  # ids per IN (…): SQLite's historical default limit of bound variables is 999


def chunked(items: Sequence[T], size: int = CHUNK) -> Iterator[list[T]]:
    """``items`` in lists of at most ``size``: one IN (…) per list keeps every statement under
    SQLite's limit of bound variables."""
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


# --- originals ------------------------------------------------------------------------------------


def source_bytes(source: Source) -> bytes:
    """The source folder as the file system's bytes."""
    return source.path_bytes if source.path_bytes else os.fsencode(source.path)


def display_path(path: bytes) -> str:
    """A path as readable text: undecodable bytes become U+FFFD (the bytes are kept apart)."""
    return path.decode("utf-8", "replace")


# Only photographic formats are opened (photo_formats): Pillow knows others (EPS runs Ghostscript, which a crafted
# file can hang) that have no place in a photo archive.
PHOTO_FORMATS = ("JPEG", "MPO", "PNG", "TIFF", "GIF", "WEBP", "BMP", "HEIF", "AVIF")


def photo_formats() -> tuple[str, ...]:
    """The photographic formats this Pillow can open (HEIF only with pillow-heif)."""
    from PIL import Image

    Image.init()
    return tuple(f for f in PHOTO_FORMATS if f in Image.OPEN)


def open_regular(path: bytes) -> tuple[io.BufferedReader, os.stat_result]:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegular(_kind(st.st_mode))
        return open(fd, "rb", closefd=True), st
    except BaseException:
        os.close(fd)
        raise


class NotRegular(Exception):
    pass


def _kind(mode: int) -> str:
    """What a file that is not a regular file is (a ``kind`` value of core.reasons)."""
    for test, name in (
        (stat.S_ISFIFO, "fifo"),
        (stat.S_ISCHR, "character_device"),
        (stat.S_ISBLK, "block_device"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISDIR, "folder"),
    ):
        if test(mode):
            return name
    return "other"


# --- thumbnails -----------------------------------------------------------------------------------

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS thumbs (id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, "
    "width INTEGER, height INTEGER, data BLOB NOT NULL)"
)
# Rows moved per statement when an old cache is converted (see ThumbStore._upgrade).
_MOVE_CHUNK = 2000
# Looking a hash up costs ~5x reading one key in a scan of the hash index (~3.6 µs vs ~0.75 µs at
# 100,000 rows): missing() scans every key once the list is at least a fifth of the cache.
_SCAN_RATIO = 5


class ThumbStore:
    """The on-disk thumbnail cache: an SQLite file beside the catalog, keyed by content hash. One
    SQLite connection per thread; safe to share the object. A thread's connection is closed when
    the thread ends (or calls :meth:`close_thread`), and :meth:`close` closes all of them: no file
    handle outlives its use.

    SQLite holds ~25 KB blobs faster than one file each on the file system, and a single file is
    easy to move or delete. The cache is local to the machine even when the catalog is a shared
    PostgreSQL.

    A rowid table with a UNIQUE index on the hash: the keys live in a small index of their own
    (~4 MB for 100,000 thumbnails), apart from the ~20 KB blobs. Caches written before that kept
    the blobs in a WITHOUT ROWID table keyed by hash, where each b-tree page holds about four
    rows: a lookup walked ~9 pages and :meth:`missing` took seconds at 100,000 photographs. Opening
    such a cache for writing converts it in place, once (~0.2 s per 1,000 thumbnails); every query
    here works on both layouts, so a cache that cannot be converted yet (read-only, locked, disk
    full) keeps working as it is.
    """

    def __init__(
        self, path: Path | str, *, readonly: bool = False, notify: Callable[[str], None] | None = None
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.notify = notify  # told once when a damaged or foreign cache is set aside
        self._local = threading.local()
        # Every connection this store has open, whichever thread opened it: close() closes them all.
        self._open: set[sqlite3.Connection] = set()
        self._open_lock = threading.Lock()
        self.set_aside: Path | None = None  # where a damaged or foreign cache was moved
        if not readonly:
            if not self._usable():
                self._set_aside()
            con = self._con()
            con.execute(_SCHEMA)
            con.commit()
            if _is_legacy(con):
                try:
                    self._upgrade(con)
                except sqlite3.OperationalError:  # locked by another writer, disk full: next time
                    con.rollback()

    def _usable(self) -> bool:
        """False for a file that is not a thumbnail cache: not SQLite at all, damaged where its
        keys are, or another program's database. (It is a cache: set aside, it is rebuilt.)"""
        if not self.path.exists():
            return True
        try:
            con = self._con()
            tables = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return True
            if "thumbs" not in tables or tables - {"thumbs", "thumbs_v1"}:
                return False
            columns = {r[1] for r in con.execute("PRAGMA table_info(thumbs)")}
            if not {"hash", "width", "height", "data"} <= columns:
                return False
            con.execute("SELECT count(*) FROM thumbs").fetchone()  # reads the key index whole
            return True
        except sqlite3.DatabaseError as exc:
            return "locked" in str(exc)  # another photobook is writing it: it is fine

    def _set_aside(self) -> None:
        self.close()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        self.path.replace(target)
        for suffix in ("-wal", "-shm"):
            extra = self.path.with_name(self.path.name + suffix)
            if extra.exists():
                extra.replace(target.with_name(target.name + suffix))
        self.set_aside = target
        if self.notify is not None:
            self.notify(
                f"the thumbnail cache {self.path} was damaged or not photobook's; set aside as "
                f"{target.name}, it is rebuilt from the originals"
            )

    def _recover(self, exc: sqlite3.DatabaseError) -> bool:
        """A cache found damaged while in use: set it aside and start an empty one (True), unless
        it is read-only here or the error is not damage (False: the caller re-raises)."""
        if self.readonly or not _damaged(exc):
            return False
        self._set_aside()
        con = self._con()
        con.execute(_SCHEMA)
        con.commit()
        return True

    def __enter__(self) -> ThumbStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _con(self) -> sqlite3.Connection:
        held: _ThreadConnection | None = getattr(self._local, "held", None)
        if held is None or held.con not in self._open:  # first use in this thread, or closed since
            if self.readonly:
                con = sqlite3.connect(
                    f"file:{self.path}?mode=ro", uri=True, timeout=10, check_same_thread=False
                )
            else:
                con = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
                try:
                    con.execute("PRAGMA journal_mode = WAL")
                    con.execute("PRAGMA synchronous = NORMAL")
                except BaseException:
                    con.close()
                    raise
            with self._open_lock:
                self._open.add(con)
            held = self._local.held = _ThreadConnection(con, self._open, self._open_lock)
        return held.con

    @staticmethod
    def _upgrade(con: sqlite3.Connection) -> None:
        """Move an old WITHOUT ROWID cache into the rowid layout, in one transaction (readers see
        the old table until it commits). Rows move in hash order, a chunk at a time, each chunk
        deleted from the old table as soon as it is copied, so that the file reuses the freed pages
        instead of doubling in size."""
        con.execute("PRAGMA secure_delete = OFF")  # a cache: no need to zero 20 KB per moved row
        con.execute("BEGIN IMMEDIATE")
        if not _is_legacy(con):  # another process converted it while we waited for the lock
            con.rollback()
            return
        con.execute("ALTER TABLE thumbs RENAME TO thumbs_v1")
        con.execute(_SCHEMA)
        while True:
            moved = con.execute(
                "INSERT INTO thumbs (hash, width, height, data) SELECT hash, width, height, data "
                f"FROM thumbs_v1 ORDER BY hash LIMIT {_MOVE_CHUNK}"
            ).rowcount
            if moved <= 0:
                break
            con.execute("DELETE FROM thumbs_v1 WHERE hash <= (SELECT max(hash) FROM thumbs)")
        con.execute("DROP TABLE thumbs_v1")
        con.commit()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the WAL grew by the whole cache: give it back

    def get(self, content_hash: str) -> bytes | None:
        try:
            row = self._con().execute("SELECT data FROM thumbs WHERE hash = ?", (content_hash,)).fetchone()
        except sqlite3.DatabaseError:  # read-only kiosk with no cache yet; a damaged page: no thumbnail
            return None
        return row[0] if row else None

    def missing(self, hashes: Iterable[str]) -> set[str]:
        """The hashes among ``hashes`` that have no thumbnail yet.

        A short list is looked up; a long one (a rescan: every photograph) is compared with all
        the keys, read once from the hash index: ~75 ms for 100,000 hashes, where looking each up
        takes ~0.4 s (and took ~6 s in the old layout)."""
        wanted = set(hashes)
        if not wanted:
            return wanted
        try:
            con = self._con()
            if len(wanted) * _SCAN_RATIO >= _row_estimate(con):
                return wanted.difference(h for (h,) in con.execute("SELECT hash FROM thumbs"))
            have: set[str] = set()
            for part in chunked(list(wanted)):
                q = f"SELECT hash FROM thumbs WHERE hash IN ({','.join('?' * len(part))})"
                have.update(h for (h,) in con.execute(q, part))
        except sqlite3.DatabaseError as exc:  # read-only with no cache yet, or damaged: all are missing
            if not isinstance(exc, sqlite3.OperationalError) and not self._recover(exc):
                raise
            return wanted
        return wanted - have

    def put_many(self, rows: Iterable[tuple[str, int, int, bytes]]) -> None:
        rows = list(rows)
        try:
            con = self._con()
            con.executemany(
                "INSERT OR REPLACE INTO thumbs (hash, width, height, data) VALUES (?, ?, ?, ?)", rows
            )
            con.commit()
        except sqlite3.DatabaseError as exc:
            if not self._recover(exc):
                raise
            self.put_many(rows)  # into the new, empty cache

    def discard(self, hashes: Iterable[str]) -> None:
        """Forget the thumbnails of these contents (made wrongly): the next index makes them again."""
        wanted = sorted(set(hashes))
        if not wanted or self.readonly:
            return
        con = self._con()
        for part in chunked(wanted):
            con.execute(f"DELETE FROM thumbs WHERE hash IN ({','.join('?' * len(part))})", part)
        con.commit()

    def count(self) -> int:
        return int(self._con().execute("SELECT count(*) FROM thumbs").fetchone()[0])

    def close_thread(self) -> None:
        """Close the calling thread's connection (a worker thread calls this as it ends; a thread
        that does not is covered too: its connection is closed when the thread's locals go)."""
        held: _ThreadConnection | None = getattr(self._local, "held", None)
        if held is not None:
            self._local.held = None
            held.close()

    def open_connections(self) -> int:
        """How many SQLite connections (file handles) the store holds, over all threads."""
        with self._open_lock:
            return len(self._open)

    def close(self) -> None:
        """Close every connection the store opened, in every thread (at shutdown: the threads
        should have stopped using it). A later call opens a new connection in its thread."""
        self._local.held = None
        with self._open_lock:
            cons = list(self._open)
            self._open.clear()
        for con in cons:
            con.close()


class _ThreadConnection:
    """One thread's connection to the cache, held only by that thread's ``threading.local``: when
    the thread ends, Python drops the locals and the finaliser closes the connection (and at
    interpreter exit, whatever is still open)."""

    __slots__ = ("__weakref__", "_finalizer", "con")

    def __init__(
        self, con: sqlite3.Connection, registry: set[sqlite3.Connection], lock: threading.Lock
    ) -> None:
        self.con = con
        self._finalizer = weakref.finalize(self, _close_connection, con, registry, lock)

    def close(self) -> None:
        self._finalizer()


def _close_connection(
    con: sqlite3.Connection, registry: set[sqlite3.Connection], lock: threading.Lock
) -> None:
    with lock:
        registry.discard(con)
    con.close()


def open_cache(lib: Library) -> ThumbStore:
    """The library's thumbnail cache for writing; a damaged or foreign one is set aside (renamed with
    the date) and rebuilt, and the user is told once (``lib.notice``)."""
    return ThumbStore(lib.thumbs_path, notify=lib.notice)


def _damaged(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def _is_legacy(con: sqlite3.Connection) -> bool:
    """True for the first layout of the cache: a WITHOUT ROWID table holding the blobs."""
    row = con.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'thumbs'").fetchone()
    return bool(row) and "WITHOUT ROWID" in row[0].upper()


def _row_estimate(con: sqlite3.Connection) -> float:
    """About how many thumbnails the cache holds, without counting them: the largest rowid (one
    step down the b-tree; replaced rows make it an overestimate). 0 for the old layout, where a
    lookup is so slow (~60 µs, nine pages deep) that a scan always wins."""
    try:
        return con.execute("SELECT max(rowid) FROM thumbs").fetchone()[0] or 0
    except sqlite3.OperationalError:  # WITHOUT ROWID: no rowid column
        return 0
