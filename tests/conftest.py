"""Shared fixtures. Qt runs offscreen; every catalog is a real SQLite file under tmp_path."""

from __future__ import annotations

import os

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


@pytest.fixture
def pg_url():
    """A fresh, empty PostgreSQL database on the server that .ci/run starts; dropped afterwards."""
    admin = os.environ.get("PHOTOBOOK_TEST_PG_URL")
    if not admin:
        pytest.skip("no PostgreSQL server: set PHOTOBOOK_TEST_PG_URL (.ci/run starts one)")
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"pb_test_{uuid.uuid4().hex[:12]}"
    url = make_url(admin).set(drivername="postgresql+psycopg")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as con:
        con.execute(text(f'CREATE DATABASE "{name}"'))
    yield url.set(database=name).render_as_string(hide_password=False)
    with engine.connect() as con:
        con.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_library(request, tmp_path):
    """The same library on SQLite (the default) and on PostgreSQL (the shared catalog)."""
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    lib = open_library(tmp_path / "library", url)
    yield lib
    lib.close()
