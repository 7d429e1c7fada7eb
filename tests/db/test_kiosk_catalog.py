"""The kiosk's catalog: opened without a single byte written, and published photographs only."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select, text

from photobook.db import queries as q
from photobook.db.engine import CATALOG_FILE, LibraryError, open_for_kiosk, open_library
from photobook.db.models import Caption, Photo


def _files(folder):
    out = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = folder / (CATALOG_FILE + suffix)
        out[suffix] = hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None
    return out


@pytest.fixture
def closed_library(tmp_path):
    """A library of 300 synthetic photographs (drafts, reviewed, published), closed again."""
    from photobook.services.synthetic import populate

    lib = open_library(tmp_path / "library")
    populate(lib, 300, distinct_thumbs=12)
    lib.close()
    return tmp_path / "library"


def _statuses(folder):
    lib = open_library(folder, readonly=True)
    try:
        with lib.Session() as s:
            return dict(s.execute(select(Photo.id, Photo.status)).all())
    finally:
        lib.close()


def test_kiosk_reads_the_catalog_without_writing_a_byte(closed_library):
    before = _files(closed_library)
    assert before["-wal"] is None and before["-shm"] is None
    lib = open_for_kiosk(closed_library)
    try:
        with lib.Session() as s:
            assert q.count(s, q.public()) > 0
            q.photo_records(s, q.photo_ids(s, q.public(), limit=50), published_only=True)
            with pytest.raises(Exception, match=r"readonly|read-only"):
                s.execute(text("UPDATE photos SET status = 'published'"))
    finally:
        lib.close()
    assert _files(closed_library) == before  # no -wal, no -shm created; catalog identical


def test_kiosk_beside_an_open_archivist_leaves_the_wal_alone(closed_library):
    archivist = open_library(closed_library)
    try:
        with archivist.Session() as s:  # the archivist's photobook is open: a -wal exists
            s.execute(text("SELECT 1"))
            wal = closed_library / (CATALOG_FILE + "-wal")
            assert wal.exists()
            before = _files(closed_library)
            lib = open_for_kiosk(closed_library)
            try:
                with lib.Session() as ks:
                    assert q.count(ks, q.public()) > 0
            finally:
                lib.close()
            after = _files(closed_library)
            assert after[""] == before[""] and after["-wal"] == before["-wal"]
    finally:
        archivist.close()


def test_no_catalog_is_one_line(tmp_path):
    with pytest.raises(LibraryError, match="no catalog"):
        open_for_kiosk(tmp_path / "empty")


def test_drafts_are_never_counted_searched_or_captioned(closed_library):
    statuses = _statuses(closed_library)
    drafts = {i for i, st in statuses.items() if st != "published"}
    published = {i for i, st in statuses.items() if st == "published"}
    assert drafts and published
    lib = open_for_kiosk(closed_library)
    try:
        with lib.Session() as s:
            # counts
            assert q.count(s, q.public()) == len(published)
            assert sum(q.year_counts(s, q.public()).values()) + q.count(
                s, q.public(q.PhotoFilter(undated=True))
            ) == len(published)
            assert sum(q.theme_counts(s, q.public()).values()) <= sum(q.theme_counts(s).values())
            # the timeline and the ids
            assert {r[0] for r in q.timeline_rows(s, q.public())} == published
            assert set(q.photo_ids(s, q.public())) == published
            # a filter asking for drafts gets none
            assert set(q.photo_ids(s, q.public(q.PhotoFilter(statuses=("draft",))))) == published
            # search: a word of a draft's caption finds nothing of the draft
            draft = min(drafts)
            words = [
                c.title.split()[0]
                for c in s.scalars(select(Caption).where(Caption.photo_id == draft))
                if c.title and c.title.split()
            ]
            assert words
            for w in words:
                assert draft not in q.photo_ids(s, q.public(q.PhotoFilter(search=w)))
                assert draft not in q.photo_ids(s, q.public(q.PhotoFilter(search=w)), limit=20)
            # captions: a draft's id asked for directly gives no record
            recs = q.photo_records(s, sorted(statuses), published_only=True)
            assert {r.id for r in recs} == published
            assert all(r.status == "published" for r in recs)
    finally:
        lib.close()


@pytest.mark.postgres
def test_kiosk_on_postgresql_reads_published_only_in_read_only_transactions(pg_url, tmp_path):
    from photobook.services.synthetic import populate

    lib = open_library(tmp_path / "library", pg_url)
    populate(lib, 60, distinct_thumbs=4)
    with lib.Session() as s:
        published = {i for i, st in s.execute(select(Photo.id, Photo.status)) if st == "published"}
    lib.close()
    kiosk = open_for_kiosk(tmp_path / "library", pg_url)
    try:
        with kiosk.Session() as s:
            assert set(q.photo_ids(s, q.public())) == published
            with pytest.raises(Exception, match=r"read-only transaction"):
                s.execute(text("UPDATE photos SET status = 'draft'"))
    finally:
        kiosk.close()
