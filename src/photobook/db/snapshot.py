"""A new SQLite catalog made in one step from the schema its migrations build.

Opening a library that has no catalog yet used to replay every Alembic migration one by one (19
of them: tables made, then rebuilt by SQLite's batch mode, data converted that a new catalog does
not have): ~0.4 s of CPU, more than the rest of a first start, and paid again by every test that
makes a library. The migrations stay the one truth of the schema: ``tools/update_schema_snapshot.py``
runs them on an empty SQLite file and writes what they made — each table, index, view and
trigger's ``CREATE`` statement, and the rows a new catalog starts with — to ``head_sqlite.json``
beside them. A new SQLite catalog is then made by running those statements in one transaction and
stamping the revision (Alembic's "create the schema, then stamp head" recipe, with the schema the
migrations made rather than one written a second time).

``tests/db/test_schema_snapshot.py`` holds the two ways to the same catalog: every object's
definition and every table's rows, FTS5's own shadow tables included. Where the snapshot is not at
the newest revision (a migration added and the tool not run) it is not used: the migrations run
as before, and that test says which command to run. PostgreSQL catalogs (shared, made once by an
administrator) are always made by the migrations.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from photobook.db.fastpath import MIGRATIONS

SNAPSHOT = MIGRATIONS / "head_sqlite.json"
#: the order a schema is made in: the tables before their indexes, and before the views and
#: triggers that read them
_ORDER = {"table": 0, "index": 1, "view": 2, "trigger": 3}


def _shadow_tables(con: sqlite3.Connection) -> set[str]:
    """The tables a virtual table (FTS5) makes and keeps for itself."""
    return {
        name for (name, kind) in con.execute("SELECT name, type FROM pragma_table_list") if kind == "shadow"
    }


def read_schema(con: sqlite3.Connection) -> dict[str, Any]:
    """What a catalog's schema is: its objects' ``CREATE`` statements in an order they can be run
    in, and the rows of every table that has some (the virtual tables' shadow tables are made by
    their ``CREATE``, not listed)."""
    shadow = _shadow_tables(con)
    objects = [
        (kind, name, sql)
        for kind, name, sql in con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY rowid")
        if sql is not None and name not in shadow and not name.startswith("sqlite_")
    ]
    # by kind, then by name (two runs of the migrations may make indexes in another order); views
    # in the order they were made, as one may read another
    objects.sort(key=lambda o: (_ORDER[o[0]], "" if o[0] == "view" else o[1]))
    rows: dict[str, list[list[Any]]] = {}
    for kind, name, _sql in objects:
        if kind == "table" and not _is_virtual(con, name):
            found = [list(r) for r in con.execute(f'SELECT * FROM "{name}"')]
            if found:
                rows[name] = found
    revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return {
        "revision": revision[0] if revision else None,
        "statements": [sql for _kind, _name, sql in objects],
        "rows": rows,
    }


def _is_virtual(con: sqlite3.Connection, name: str) -> bool:
    (sql,) = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    return bool(sql.upper().startswith("CREATE VIRTUAL TABLE"))


def load(head: str | None) -> dict[str, Any] | None:
    """The snapshot, if it is the schema of revision ``head``; ``None`` otherwise (then the
    migrations make the catalog)."""
    try:
        snapshot: dict[str, Any] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if head is None or snapshot.get("revision") != head:
        return None
    return snapshot


def create(con: sqlite3.Connection, snapshot: dict[str, Any]) -> None:
    """Make the snapshot's schema and rows on ``con``, an empty catalog, inside the caller's
    transaction (so that an interrupted start leaves no half-made catalog)."""
    for sql in snapshot["statements"]:
        con.execute(sql)
    for table, rows in snapshot["rows"].items():
        marks = ", ".join("?" * len(rows[0]))
        con.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)


def is_empty(con: sqlite3.Connection) -> bool:
    """No table, index, view or trigger yet: a catalog made just now."""
    return bool(con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0)


def write(path: Path, con: sqlite3.Connection) -> None:
    """Write ``con``'s schema (a catalog the migrations just made) as the snapshot at ``path``."""
    text = json.dumps(read_schema(con), ensure_ascii=False, indent=1)
    path.write_text(text + "\n", encoding="utf-8")
