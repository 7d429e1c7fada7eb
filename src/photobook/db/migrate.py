"""Alembic, driven from code: opening a library upgrades it to the newest revision."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from photobook.db.fastpath import _REVISION, MIGRATIONS
from photobook.db.fastpath import head_revision as _head_from_files

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        # ConfigParser interpolation: a % in the URL (a password, a path) must be doubled
        cfg.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def known_revisions() -> set[str]:
    """Every revision this photobook has a migration for (read from the files' text)."""
    found = set()
    for f in (MIGRATIONS / "versions").glob("*.py"):
        for key, value in _REVISION.findall(f.read_text(encoding="utf-8")):
            if key == "revision":
                found.add(value)
    return found


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:  # no alembic_version table: an empty catalog
        return None


def is_current(engine: Engine) -> bool:
    """True when the catalog is at the newest revision, checked without importing Alembic (opening
    a library is on the way to the first painted window)."""
    head = _head_from_files()
    return head is not None and current_revision(engine) == head


def upgrade_to_head(
    engine: Engine,
    revision: str = "head",
    *,
    from_snapshot: bool = True,
    on_upgrade: Callable[[str, str], None] | None = None,
) -> None:
    """Upgrade in one transaction. On SQLite it holds the write lock from the start (BEGIN
    IMMEDIATE): an interrupted upgrade leaves the old schema, and two processes opening a new
    library at once take turns instead of both creating the tables. A new SQLite catalog is made
    from the migrations' snapshot (:mod:`photobook.db.snapshot`) unless ``from_snapshot`` is false.

    ``on_upgrade(found, target)`` is called, before it starts, when an existing catalog (not a new
    one) is about to be upgraded: at a million photographs that takes a minute, and the user is
    told (the CLI's line on stderr, the window's "Updating the catalog…")."""
    if revision == "head" and is_current(engine):
        return
    if on_upgrade is not None and (found := current_revision(engine)) is not None:
        target = (_head_from_files() or head_revision()) if revision == "head" else revision
        if found != target:
            on_upgrade(found, target)
    sqlite = engine.dialect.name == "sqlite"
    if revision == "head" and sqlite and from_snapshot and _create_from_snapshot(engine):
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    cfg = alembic_config(engine)
    with engine.connect().execution_options(sqlite_immediate=True) as conn, conn.begin():
        if revision == "head" and MigrationContext.configure(conn).get_current_revision() == head_revision():
            return  # another process did it while we waited for the lock
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def _create_from_snapshot(engine: Engine) -> bool:
    """A new SQLite catalog (no table yet) made in one step from the schema the migrations build
    (:mod:`photobook.db.snapshot`); ``False`` where it is not new or the snapshot is not at the
    newest revision: the migrations run then."""
    from photobook.db import snapshot

    found = snapshot.load(_head_from_files())
    if found is None:
        return False
    with engine.connect().execution_options(sqlite_immediate=True) as conn, conn.begin():
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        if not snapshot.is_empty(dbapi):  # type: ignore[arg-type]
            return False  # an older catalog to upgrade, or one another process made meanwhile
        snapshot.create(dbapi, found)  # type: ignore[arg-type]
    return True
