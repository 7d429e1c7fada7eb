"""A library the window opens on first use, after its first frame (issue 6 §7).

Opening a library imports SQLAlchemy and the models and checks the catalog's revision and seed
(``engine.open_library``): ~0.5 s of a start. :class:`LibraryHandle` knows, without that import,
what the window needs before its first frame (the folder, whether the catalog is read-only, the
thumbnail store's path) and opens the library the first time anything asks for a session or the
engine, in whichever thread asks (the window's workers), once: other threads wait for it.

This module imports nothing of SQLAlchemy; :mod:`photobook.db.engine` is imported by :meth:`open`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from photobook.db.fastpath import CATALOG_FILE, THUMBS_FILE, not_writable

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from photobook.db.engine import Library


class LibraryHandle:
    """Stands for a :class:`~photobook.db.engine.Library` until it is opened (see the module doc).

    ``opener`` opens it (default: ``open_library(folder, url, readonly=…)``, read-only when the
    catalog or its folder cannot be written, as the window always opened it). If opening fails,
    the :class:`~photobook.db.engine.LibraryError` is raised to every caller, each time: the window
    reports it in one line; nothing retries behind the user's back."""

    def __init__(
        self,
        folder: Path,
        url: str | None = None,
        *,
        readonly: bool | None = None,
        opener: Callable[[], Library] | None = None,
    ) -> None:
        self.folder = folder
        self._url = url
        if readonly is None:
            readonly = url is None and bool(not_writable(folder))
        self._readonly = readonly
        self._opener = opener
        self._lock = threading.Lock()
        self._library: Library | None = None
        self._error: Exception | None = None
        # called (from the thread that waits) when a write waits for another process's write lock,
        # and with a one-line notice for the user: as Library.on_wait and Library.on_notice
        self.on_wait: Callable[[], None] | None = None
        self.on_notice: Callable[[str], None] | None = None

    # --- known without opening --------------------------------------------------------------

    @property
    def url(self) -> str:
        if self._library is not None:
            return self._library.url
        return self._url if self._url is not None else f"sqlite:///{self.folder / CATALOG_FILE}"

    @property
    def readonly(self) -> bool:
        """Read-only (decided from the files before opening; the open library's own answer after)."""
        return self._library.readonly if self._library is not None else self._readonly

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def thumbs_path(self) -> Path:
        return self.folder / THUMBS_FILE

    @property
    def opened(self) -> bool:
        return self._library is not None

    # --- opened on first use ----------------------------------------------------------------

    def open(self) -> Library:
        """The library, opened now if it is not yet (in the calling thread; others wait)."""
        lib = self._library
        if lib is not None:
            return lib
        with self._lock:
            if self._library is None:
                if self._error is not None:
                    raise self._error
                try:
                    lib = self._open()
                except Exception as exc:
                    self._error = exc
                    raise
                lib.on_wait = self._waiting
                lib.on_notice = self.notice
                self._library = lib
            return self._library

    def _open(self) -> Library:
        if self._opener is not None:
            return self._opener()
        from photobook.db.engine import open_library

        return open_library(self.folder, self._url, readonly=True if self._readonly else None, resident=True)

    @property
    def Session(self) -> sessionmaker[Session]:  # named as Library's attribute
        return self.open().Session

    @property
    def engine(self) -> Engine:
        return self.open().engine

    def notice(self, message: str) -> None:
        if self.on_notice is not None:
            self.on_notice(message)

    def _waiting(self) -> None:
        if self.on_wait is not None:
            self.on_wait()

    def close(self) -> None:
        with self._lock:
            if self._library is not None:
                self._library.close()
