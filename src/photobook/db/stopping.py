"""Stopping a read the window no longer needs, from another thread.

A worker reading for a filter the user has already left (a theme chosen while the whole catalog's
timeline is still being read, at a million photographs ~0.4 s of CPU) would go on to the end, and
the new filter's reads would wait behind it. :class:`Stopper` ends it instead, and the read raises
an error which the caller drops with the rest of the cancelled request:

* on SQLite the statement running is interrupted (``sqlite3_interrupt``, which SQLite allows from
  any thread), and each statement the session starts afterwards is interrupted as it begins (the
  driver's trace callback, called once per statement): the driver's "interrupted" error;
* on PostgreSQL the server is asked to cancel the statement running (psycopg's ``cancel_safe``, a
  cancel request on a connection of its own, sent from a thread so that the window's thread never
  waits on the network: "canceling statement due to user request"), and a statement the session
  starts afterwards is refused before it is sent (:class:`Stopped`). A request that reaches the
  server between two statements cancels nothing; the next one is refused.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

CANCEL_WAIT_S = 5.0  # the longest a worker waits for its cancel request to be sent, at the end


class Stopped(Exception):
    """A statement of a stopped read, refused before it reached the server."""

    def __init__(self) -> None:
        super().__init__("interrupted: a newer request replaced this read")


class Stopper:
    """One request's "stop": :meth:`stop` from any thread, :meth:`watching` around its reads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stopped = False
        self._interrupt: Any = None  # stops the statement running on the watched connection, while watched
        self._sender: threading.Thread | None = None  # PostgreSQL: the thread sending the cancel request

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        """Stop the statement running now (if any) and every later one of the watched session."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
            if self._interrupt is not None:
                self._interrupt()

    @contextmanager
    def watching(self, session: Session) -> Iterator[None]:
        """Within the block, what ``session`` runs stops once :meth:`stop` is called. The
        connection is let go before the block ends (on PostgreSQL once the cancel request, if
        any, has gone), so that a late :meth:`stop` never reaches another request's reads on the
        same pooled connection."""
        dialect = session.get_bind().dialect.name
        if dialect == "sqlite":
            with self._watching_sqlite(session):
                yield
        elif dialect == "postgresql":
            with self._watching_postgresql(session):
                yield
        else:
            yield

    @contextmanager
    def _watching_sqlite(self, session: Session) -> Iterator[None]:
        dbapi: Any = session.connection().connection.dbapi_connection  # the driver's sqlite3.Connection

        def on_statement(_sql: str) -> None:
            if self._stopped:
                dbapi.interrupt()  # the statement beginning now counts as running: it stops

        with self._lock:
            self._interrupt = dbapi.interrupt
        dbapi.set_trace_callback(on_statement)
        try:
            yield
        finally:
            dbapi.set_trace_callback(None)
            with self._lock:
                self._interrupt = None

    @contextmanager
    def _watching_postgresql(self, session: Session) -> Iterator[None]:
        connection = session.connection()
        dbapi: Any = connection.connection.dbapi_connection  # the driver's psycopg.Connection
        cancel = getattr(dbapi, "cancel_safe", None) or dbapi.cancel  # cancel_safe: psycopg >= 3.2

        def send() -> None:
            try:
                cancel()
            except Exception:  # the server gone, or the statement over: nothing to stop
                pass

        def interrupt() -> None:  # under the lock
            self._sender = threading.Thread(target=send, name="photobook-cancel", daemon=True)
            self._sender.start()

        def before_execute(*_args: Any) -> None:
            if self._stopped:
                raise Stopped()

        with self._lock:
            self._interrupt = interrupt
        event.listen(connection, "before_cursor_execute", before_execute)
        try:
            yield
        finally:
            event.remove(connection, "before_cursor_execute", before_execute)
            with self._lock:
                self._interrupt = None
                sender = self._sender
            if sender is not None:
                sender.join(CANCEL_WAIT_S)
