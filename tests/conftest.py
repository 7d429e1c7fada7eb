"""Shared fixtures. Qt runs offscreen; every catalog is a real SQLite file under tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

import pytest  # noqa: E402

from photobook.db.engine import Library, open_library  # noqa: E402


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
