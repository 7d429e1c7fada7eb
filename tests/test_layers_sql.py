"""One package says what SQL runs: ``photobook.db`` (queries.py and its per-area queries_*.py
modules), plus the indexer's catalog writer. The services say what archivists do, the indexer what
a scan found, the command line and the benchmarks what a user asked for; they call those functions,
and none builds a statement (select/insert/update/delete/text, a table's own
.insert()/.update()/.delete()), runs one (.execute, .scalar, .scalars, .exec_driver_sql, sqlite3's
.execute) or writes through the ORM's unit of work (session.add/delete/merge/flush, session.get of
a model) itself. The window (``photobook.ui``) too: there, a bare ``.update()`` is a widget asking
to be repainted, not a table's statement.

The allowance names what is left, and why; a module that no longer needs it fails the test too,
so the list only shrinks.
"""

from __future__ import annotations

import ast
from pathlib import Path

import photobook

PACKAGE = Path(photobook.__file__).parent
#: Every module held to the rule: the packages above db/ and the entry points.
CHECKED = (
    "services/*.py",
    "indexer/*.py",
    "commands/*.py",
    "ui/**/*.py",
    "cli.py",
    "bench.py",
    "__main__.py",
)

#: Statement builders and SQL text from SQLAlchemy.
BUILDERS = {
    "select",
    "insert",
    "update",
    "delete",
    "text",
    "func",
    "literal_column",
    "column",
    "table",
    "values",
    "union",
    "union_all",
    "exists",
    "and_",
    "or_",
    "not_",
    "case",
    "bindparam",
    "tuple_",
    "true",
    "false",
}
#: Calls that run SQL, whatever they are called on.
RUNS = {"execute", "executemany", "exec_driver_sql", "scalar", "scalars", "executescript"}
#: Calls that write or read through a session's unit of work.
SESSION_CALLS = {"add", "add_all", "delete", "merge", "flush", "get", "refresh", "query"}
SESSION_NAMES = {"session", "s", "sess", "db"}
#: A table's own statements (Photo.__table__.insert(), table.delete()): no arguments.
TABLE_STATEMENTS = {"insert", "update", "delete", "select"}

#: What is left, and why. Only the indexer's writer: it owns the statements of a scan's writes
#: (STYLE: "one file says what SQL runs, plus the writer for inserts"). Everything else moved to db/.
ALLOWED = {
    "indexer/catalog_writer.py": "the catalog writer: the indexer's inserts and updates, in one place",
}


def _receiver(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def sql_in(source: str, filename: str = "<module>", *, widgets: bool = False) -> list[str]:
    """What in ``source`` builds, runs or writes SQL itself: ``line: what`` for each. ``widgets``:
    a Qt module, where a bare ``.update()`` repaints a widget."""
    tree = ast.parse(source, filename)
    found: list[str] = []
    aliases: set[str] = set()  # import sqlalchemy as sa
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "sqlalchemy":
            if node.module.startswith(("sqlalchemy.sql", "sqlalchemy.dialects")):
                found.append(f"{node.lineno}: imports from {node.module}")
            for a in node.names:
                if a.name in BUILDERS:
                    found.append(f"{node.lineno}: imports {a.name} from {node.module}")
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.split(".")[0] == "sqlalchemy":
                    aliases.add(a.asname or a.name.split(".")[0])
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id in aliases and node.attr in BUILDERS:
                found.append(f"{node.lineno}: uses {node.value.id}.{node.attr}")
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        name, receiver = node.func.attr, _receiver(node.func.value)
        if name in RUNS:
            found.append(f"{node.lineno}: calls .{name}()")
        elif (
            name in SESSION_CALLS
            and receiver is not None
            and (receiver in SESSION_NAMES or receiver.endswith("session"))
        ):
            found.append(f"{node.lineno}: calls {receiver}.{name}()")
        elif (
            name in TABLE_STATEMENTS
            and not node.args
            and not node.keywords
            and not (widgets and name == "update")
        ):
            found.append(f"{node.lineno}: calls .{name}() (a table's own statement)")
    return sorted(set(found), key=lambda f: int(f.split(":")[0]))


def checked_modules() -> list[str]:
    """The modules held to the rule, as paths inside the package (``services/edits.py``)."""
    return sorted({p.relative_to(PACKAGE).as_posix() for pattern in CHECKED for p in PACKAGE.glob(pattern)})


def test_the_rule_covers_every_package_above_db_and_the_entry_points():
    names = checked_modules()
    for expected in (
        "services/edits.py",
        "services/places.py",
        "indexer/sources.py",
        "bench.py",
        "cli.py",
        "ui/screenshot.py",
        "ui/views/image_decode.py",
    ):
        assert expected in names
    assert not [n for n in names if n.startswith("db/")]


def test_only_the_db_package_writes_sql():
    wrong = []
    for name in checked_modules():
        if name in ALLOWED:
            continue
        path = PACKAGE / name
        source = path.read_text(encoding="utf-8")
        wrong += [f"{name}:{f}" for f in sql_in(source, str(path), widgets=name.startswith("ui/"))]
    assert not wrong, "SQL belongs in photobook.db (queries.py or a queries_*.py):\n" + "\n".join(wrong)


def test_the_allowance_names_only_what_is_left():
    """An allowed module that has no SQL of its own any more leaves the list."""
    for name, why in ALLOWED.items():
        path = PACKAGE / name
        assert path.exists(), f"{name} is allowed but does not exist"
        assert name in checked_modules(), f"{name} is allowed but not checked"
        assert why
        assert sql_in(path.read_text(encoding="utf-8"), str(path)), f"{name} has no SQL left: remove it"


def test_the_rule_sees_each_way_of_writing_sql():
    probe = (
        "import sqlalchemy as sa\n"  # 1
        "from sqlalchemy import select, update\n"  # 2
        "from sqlalchemy.orm import Session\n"  # 3
        "def f(session: Session, table, con):\n"  # 4
        "    session.execute(update(Photo).values(x=1))\n"  # 5
        "    ids = list(session.scalars(select(Photo.id)))\n"  # 6
        "    session.add(Photo())\n"  # 7
        "    photo = session.get(Photo, 1)\n"  # 8
        "    con.execute('PRAGMA quick_check')\n"  # 9
        "    table.delete()\n"  # 10
        "    sa.text('SELECT 1')\n"  # 11
        "    self.session.flush()\n"  # 12
        "    seen = set(); seen.add(1); {}.get('k'); [].insert(0, 1); {}.update(a=1)\n"  # 13: not SQL
    )
    lines = [int(f.split(":")[0]) for f in sql_in(probe)]
    assert sorted(set(lines)) == [2, 5, 6, 7, 8, 9, 10, 11, 12]


def test_in_the_window_a_repaint_is_not_sql_but_a_statement_still_is():
    probe = (
        "def paint(self, session):\n"  # 1
        "    self.update()\n"  # 2: a widget's repaint
        "    self.viewport().update()\n"  # 3: likewise
        "    Photo.__table__.delete()\n"  # 4
        "    session.execute(q)\n"  # 5
        "    session.get(Photo, 1)\n"  # 6
    )
    lines = [int(f.split(":")[0]) for f in sql_in(probe, widgets=True)]
    assert sorted(set(lines)) == [4, 5, 6]
    assert 2 in [int(f.split(":")[0]) for f in sql_in(probe)]
