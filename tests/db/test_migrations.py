"""Every schema change is an Alembic revision: upgrading from empty gives exactly the models."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from photobook.db.base import Base
from photobook.db.engine import open_library
from photobook.db.migrate import current_revision, head_revision, upgrade_to_head


def _diff(engine):
    """Differences between the migrated schema and the models, less the full-text objects that the
    migration creates per dialect (SQLite's FTS5 table, PostgreSQL's trigram index)."""
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    return [d for d in diff if not (
        (d[0] == "remove_table" and d[1].name.startswith("photo_fts"))
        or (d[0] == "remove_index" and d[1].name == "ix_photos_search_trgm"))]


def test_sqlite_upgrade_from_empty_equals_the_models(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    assert _diff(engine) == []


@pytest.mark.postgres
def test_postgres_upgrade_from_empty_equals_the_models(pg_url):
    from photobook.db.engine import make_engine

    engine = make_engine(pg_url)
    upgrade_to_head(engine)
    assert _diff(engine) == []
    assert "ix_photos_search_trgm" in {i["name"] for i in inspect(engine).get_indexes("photos")}
    engine.dispose()


def test_sqlite_catalog_is_wal_with_foreign_keys(library):
    with library.engine.connect() as con:
        assert con.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert con.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert con.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_opening_an_older_library_upgrades_it(tmp_path):
    from photobook.db.migrate import upgrade_to_head as up

    engine = create_engine(f"sqlite:///{tmp_path / 'library' / 'catalog.sqlite'}")
    (tmp_path / "library").mkdir()
    up(engine, "0001")  # a library made by the first release
    engine.dispose()
    lib = open_library(tmp_path / "library")
    assert current_revision(lib.engine) == head_revision()
    lib.close()


def test_an_unusable_library_is_a_clear_error(tmp_path):
    from photobook.db.engine import LibraryError

    bad = tmp_path / "lib"
    bad.mkdir()
    (bad / "catalog.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(LibraryError, match="cannot open the catalog"):
        open_library(bad)
