"""The SQL that works on the catalog as a whole: copying it table by table (services.catalog_copy,
``photobook db copy``) and SQLite's own health check of the file (services.backup,
``photobook check --catalog``). Functions take a Connection (a copy runs on two engines at once)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text

from photobook.db.storage import chunked

CHUNK = 1000


def table_rows(conn: Connection, table: Table, chunk: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    """Every row of ``table`` as plain dicts, ``chunk`` at a time, by primary key; the themes' tree
    parents before their children (the foreign key is checked as they are inserted)."""
    stmt = select(table).order_by(*table.primary_key.columns)
    if table.name == "themes":  # a tree: parents before their children (the foreign key is checked)
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
        placed: set[Any] = set()
        ordered: list[dict[str, Any]] = []
        while rows:
            ready = [r for r in rows if r["parent_id"] is None or r["parent_id"] in placed]
            if not ready:  # a cycle cannot be inserted in any order: keep it, the copy will say why
                ready = rows
            ordered += ready
            placed |= {r["id"] for r in ready}
            rows = [r for r in rows if r["id"] not in placed]
        yield from chunked(ordered, chunk)
        return
    result = conn.execution_options(stream_results=True, yield_per=chunk).execute(stmt)
    for part in result.partitions(chunk):
        yield [dict(r._mapping) for r in part]


def count_rows(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)


def empty_tables(conn: Connection, tables: Sequence[Table]) -> None:
    """Delete every row of ``tables`` (given parents first; emptied children first)."""
    themes = next((t for t in tables if t.name == "themes"), None)
    if themes is not None:  # the tree flattened first: deleting a parent and its children in
        # one statement would have the closure's triggers touch rows the delete is removing
        conn.execute(themes.update().values(parent_id=None))
    for table in reversed(tables):
        conn.execute(table.delete())


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    conn.execute(insert(table), rows)


def reset_sequences(conn: Connection, tables: Sequence[Table]) -> None:
    """PostgreSQL: explicit ids do not advance the sequences; the next new row would collide."""
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].autoincrement is False or not str(pk[0].type).upper().startswith("INT"):
            continue
        seq = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
        ).scalar()
        if seq:
            conn.execute(
                text(
                    f'SELECT setval(:s, coalesce((SELECT max("{pk[0].name}") FROM "{table.name}"), 0) + 1, false)'
                ),
                {"s": seq},
            )


def sqlite_check(con: sqlite3.Connection, full: bool) -> list[str]:
    """SQLite's ``quick_check(20)`` (or ``integrity_check(20)`` when ``full``) of the catalog file,
    read past the memory map (whose pages would all count as resident memory, ~1 GB at a million
    photographs); the connection gets its map back after. Raises sqlite3.DatabaseError."""
    mapped = None
    try:
        mapped = con.execute("PRAGMA mmap_size").fetchone()[0]
        con.execute("PRAGMA mmap_size = 0")
        pragma = "integrity_check(20)" if full else "quick_check(20)"
        return [r[0] for r in con.execute(f"PRAGMA {pragma}")]
    finally:
        try:
            if mapped is not None:
                con.execute(f"PRAGMA mmap_size = {int(mapped)}")
        except sqlite3.DatabaseError:
            pass  # what was found is already in hand
