"""Stopping a read the window no longer needs, from another thread.

A worker reading for a filter the user has already left (a theme chosen while the whole catalog's
timeline is still being read, at a million photographs ~0.4 s of CPU) would go on to the end, and
the new filter's reads would wait behind it. :class:`Stopper` ends it instead: on SQLite the
statement running is interrupted (``sqlite3_interrupt``, which SQLite allows from any thread), and
each statement the session starts afterwards is interrupted as it begins (the driver's trace
callback, called once per statement). The read then raises the driver's "interrupted" error,
which the caller drops with the rest of the cancelled request.

On PostgreSQL nothing is stopped: the read runs to its end and its result is dropped, as before.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session


class Stopper:
    """One request's "stop": :meth:`stop` from any thread, :meth:`watching` around its reads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stopped = False
        self._dbapi: Any = None  # the connection being read on (SQLite), while it is

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        """Stop the statement running now (if any) and every later one of the watched session."""
        with self._lock:
            self._stopped = True
            if self._dbapi is not None:
                self._dbapi.interrupt()

    @contextmanager
    def watching(self, session: Session) -> Iterator[None]:
        """Within the block, what ``session`` runs stops once :meth:`stop` is called. The
        connection is let go before the block ends, so that a late :meth:`stop` never reaches
        another request's reads on the same pooled connection."""
        if session.get_bind().dialect.name != "sqlite":
            yield
            return
        dbapi: Any = session.connection().connection.dbapi_connection  # the driver's sqlite3.Connection

        def on_statement(_sql: str) -> None:
            if self._stopped:
                dbapi.interrupt()  # the statement beginning now counts as running: it stops

        with self._lock:
            self._dbapi = dbapi
        dbapi.set_trace_callback(on_statement)
        try:
            yield
        finally:
            dbapi.set_trace_callback(None)
            with self._lock:
                self._dbapi = None
