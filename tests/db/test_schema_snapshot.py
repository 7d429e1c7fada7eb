"""A new SQLite catalog is made in one step from the schema the migrations build, and it is the very
catalog that replaying the migrations makes (``photobook.db.snapshot``)."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from photobook.db import snapshot
from photobook.db.engine import open_library
from photobook.db.fastpath import head_revision
from photobook.db.migrate import upgrade_to_head

ROOT = Path(__file__).resolve().parents[2]


def _norm(sql: str | None) -> str | None:
    """A statement as SQLite stored it, less what may differ between two runs of the same
    migrations or two versions of SQLite: spacing, quotes around names, and the order of a table's
    constraints (Alembic's batch mode rebuilds a table with its constraints in the order of a set)."""
    if sql is None:
        return None
    sql = re.sub(r"\s+", " ", sql.replace('"', "")).strip()
    if not sql.upper().startswith("CREATE TABLE") or "(" not in sql:
        return sql
    head, body = sql.split("(", 1)
    body, tail = body.rsplit(")", 1)
    items, depth, start = [], 0, 0
    for i, ch in enumerate(body):
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            items.append(body[start:i].strip())
            start = i + 1
    items.append(body[start:].strip())
    columns = [x for x in items if not x.upper().startswith("CONSTRAINT")]
    constraints = sorted(x for x in items if x.upper().startswith("CONSTRAINT"))
    return f"{head.strip()} ({', '.join(columns + constraints)}){tail}"


def _catalog(path: Path) -> dict:
    """Everything a catalog is: each object of its schema (the FTS5 shadow tables and SQLite's own
    automatic indexes included), each table's rows, and the file's settings."""
    con = sqlite3.connect(path)
    try:
        objects = sorted(
            (kind, name, table, _norm(sql))
            for kind, name, table, sql in con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
        )
        rows = {}
        for kind, name, _table, sql in objects:
            if kind == "table" and not (sql or "").upper().startswith("CREATE VIRTUAL TABLE"):
                rows[name] = sorted(map(repr, con.execute(f'SELECT * FROM "{name}"')))
        settings = {
            p: con.execute(f"PRAGMA {p}").fetchone()[0]
            for p in (
                "user_version",
                "application_id",
                "page_size",
                "auto_vacuum",
                "encoding",
                "journal_mode",
            )
        }
        return {"objects": objects, "rows": rows, "settings": settings}
    finally:
        con.close()


def _migrated(folder: Path) -> Path:
    """A library whose catalog the migrations made one by one, then seeded as a first start does."""
    lib = open_library(folder, upgrade=False, seed=False)
    upgrade_to_head(lib.engine, from_snapshot=False)
    lib.close()
    open_library(folder).close()
    return folder / "catalog.sqlite"


def test_the_snapshot_is_the_schema_of_the_newest_revision():
    assert snapshot.load(head_revision()) is not None, (
        "a migration was added: run `python tools/update_schema_snapshot.py` and commit "
        "src/photobook/db/migrations/head_sqlite.json"
    )


def test_a_new_catalog_is_the_one_the_migrations_make(tmp_path):
    made = open_library(tmp_path / "new")
    made.close()
    new, migrated = _catalog(tmp_path / "new" / "catalog.sqlite"), _catalog(_migrated(tmp_path / "old"))
    assert new["objects"] == migrated["objects"]
    assert new["rows"] == migrated["rows"]
    assert new["settings"] == migrated["settings"]
    # and it is whole: the full-text index answers, the summaries' triggers run
    con = sqlite3.connect(tmp_path / "new" / "catalog.sqlite")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("INSERT INTO photo_fts(photo_fts) VALUES ('integrity-check')").rowcount is not None
    con.close()


def test_a_new_catalog_does_not_replay_the_migrations(tmp_path, monkeypatch):
    import alembic.command

    def refuse(*_a, **_k):
        raise AssertionError("the migrations ran for a new catalog")

    monkeypatch.setattr(alembic.command, "upgrade", refuse)
    lib = open_library(tmp_path / "lib")
    from photobook.db.queries import reigns

    with lib.Session() as session:
        assert [r.slug for r in reigns(session)] == ["hassan-ii", "mohammed-vi"]
    lib.close()


def test_an_older_catalog_is_still_upgraded_by_its_migrations(tmp_path):
    lib = open_library(tmp_path / "lib", upgrade=False, seed=False)
    upgrade_to_head(lib.engine, "0016")
    upgrade_to_head(lib.engine)
    lib.close()
    upgraded = _catalog(tmp_path / "lib" / "catalog.sqlite")
    made = _catalog(_migrated(tmp_path / "m"))
    assert upgraded["objects"] == made["objects"]
    assert upgraded["rows"]["alembic_version"] == [repr((head_revision(),))]


def test_a_stale_snapshot_is_not_used(tmp_path, monkeypatch):
    """A migration added without running the tool: the catalog is made by the migrations, whole."""
    stale = tmp_path / "stale.json"
    stale.write_text(snapshot.SNAPSHOT.read_text(encoding="utf-8").replace('"revision": "', '"revision": "x'))
    monkeypatch.setattr(snapshot, "SNAPSHOT", stale)
    calls = []
    import alembic.command

    real = alembic.command.upgrade
    monkeypatch.setattr(alembic.command, "upgrade", lambda *a, **k: (calls.append(a[1]), real(*a, **k)))
    open_library(tmp_path / "lib").close()
    assert calls == ["head"]


def _read(text: str) -> dict:
    found = json.loads(text)
    found["statements"] = [_norm(s) for s in found["statements"]]
    return found


def test_the_tool_writes_what_is_committed(tmp_path):
    """``tools/update_schema_snapshot.py`` on this checkout writes the committed file again (the
    same statements, whatever spacing or quoting this SQLite writes)."""
    committed = snapshot.SNAPSHOT.read_bytes()
    try:
        subprocess.run(
            [sys.executable, str(ROOT / "tools" / "update_schema_snapshot.py")], check=True, cwd=tmp_path
        )
        assert _read(snapshot.SNAPSHOT.read_text(encoding="utf-8")) == _read(committed.decode("utf-8"))
    finally:
        snapshot.SNAPSHOT.write_bytes(committed)
