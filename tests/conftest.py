"""Shared fixtures. Qt runs offscreen; every catalog is a real SQLite file under tmp_path."""

from __future__ import annotations

import os
from contextlib import contextmanager

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

import pytest

from photobook.db.engine import Library, open_library


def pytest_sessionstart(session):
    """photobook's .pyc files written once, so that the commands the tests start (``python -m
    photobook …``, worker processes) read them as on a user's machine, even where
    PYTHONDONTWRITEBYTECODE is set and every start would otherwise compile each module again."""
    from photobook.core.bytecode import write_bytecode

    write_bytecode()


@pytest.fixture
def library(tmp_path) -> Library:
    """A new, empty library (seeded with the reigns and themes) in a temporary folder."""
    lib = open_library(tmp_path / "library")
    yield lib
    lib.close()


@pytest.fixture
def synthetic_library(library) -> Library:
    """A library with 300 synthetic photographs spread over 1980–2025 (some undated)."""
    from photobook.services.synthetic import populate

    populate(library, 300, distinct_thumbs=12)
    return library


def _pg_admin():
    """An AUTOCOMMIT engine on the test server's admin database, and the URL of its databases."""
    admin = os.environ.get("PHOTOBOOK_TEST_PG_URL")
    if not admin:
        pytest.skip("no PostgreSQL server: set PHOTOBOOK_TEST_PG_URL (.ci/run starts one)")
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    url = make_url(admin).set(drivername="postgresql+psycopg")
    return create_engine(url, isolation_level="AUTOCOMMIT"), url


@contextmanager
def _pg_database(template: str | None = None):
    """A new database (a copy of ``template``, or empty), dropped afterwards: its URL."""
    import uuid

    from sqlalchemy import text

    engine, url = _pg_admin()
    name = f"pb_test_{uuid.uuid4().hex[:12]}"
    with engine.connect() as con:
        con.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as con:
            con.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture
def pg_url():
    """A fresh, empty PostgreSQL database on the server that .ci/run starts; dropped afterwards."""
    with _pg_database() as url:
        yield url


@pytest.fixture(scope="session")
def pg_catalog_template(tmp_path_factory):
    """A PostgreSQL catalog made once per run as a first open makes one (migrated, seeded): the
    database each ``any_library`` test copies (CREATE DATABASE … TEMPLATE), instead of replaying
    the migrations for each. The migrations on PostgreSQL are tested on ``pg_url``'s empty ones."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    with _pg_database() as url:
        open_library(tmp_path_factory.mktemp("pg-template"), url).close()
        name = make_url(url).database
        engine, _ = _pg_admin()
        with engine.connect() as con:  # a copy needs the template to have no session left
            while con.execute(
                text("SELECT count(*) FROM pg_stat_activity WHERE datname = :n"), {"n": name}
            ).scalar():
                con.execute(text("SELECT pg_sleep(0.01)"))
        engine.dispose()
        yield name


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_library(request, tmp_path):
    """The same library on SQLite (the default) and on PostgreSQL (the shared catalog)."""
    if request.param == "sqlite":
        lib = open_library(tmp_path / "library")
        yield lib
        lib.close()
        return
    with _pg_database(template=request.getfixturevalue("pg_catalog_template")) as url:
        lib = open_library(tmp_path / "library", url)
        yield lib
        lib.close()
