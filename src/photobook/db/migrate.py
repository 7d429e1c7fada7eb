"""Alembic, driven from code: opening a library upgrades it to the newest revision."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine, revision: str = "head") -> None:
    """Upgrade in one transaction. On SQLite it holds the write lock from the start (BEGIN
    IMMEDIATE): an interrupted upgrade leaves the old schema, and two processes opening a new
    library at once take turns instead of both creating the tables."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    cfg = alembic_config(engine)
    with engine.connect().execution_options(sqlite_immediate=True) as conn, conn.begin():
        if revision == "head" and MigrationContext.configure(conn).get_current_revision() == head_revision():
            return  # another process did it while we waited for the lock
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
