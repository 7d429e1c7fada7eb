"""Every schema change is an Alembic revision: upgrading from empty gives exactly the models."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Date, DateTime, bindparam, create_engine, inspect, text

from photobook.db import queries
from photobook.db.base import Base
from photobook.db.engine import open_library
from photobook.db.migrate import current_revision, head_revision, upgrade_to_head

# Indexes on an expression (revision 0009: the timeline's middle day), which SQLAlchemy cannot
# reflect from SQLite; test_migration_summaries checks that they are there.
EXPRESSION_INDEXES = {"ix_photos_mid", "ix_photos_status_mid"}


def _diff(engine):
    """Differences between the migrated schema and the models, less the full-text objects that the
    migration creates per dialect (SQLite's FTS5 table, PostgreSQL's trigram index)."""
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    return [
        d
        for d in diff
        if not (
            (d[0] == "remove_table" and d[1].name.startswith("photo_fts"))
            or (d[0] == "remove_index" and d[1].name == "ix_photos_search_trgm")
            or (d[0] in ("add_index", "remove_index") and d[1].name in EXPRESSION_INDEXES)
        )
    ]


def test_sqlite_upgrade_from_empty_equals_the_models(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    assert _diff(engine) == []
    engine.dispose()


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


def _catalog_at_0001(engine) -> None:
    """A catalog as the first release left it: schema 0001, with a source, a photograph, its
    caption and its reign (inserted with that schema's columns, not today's models). Dates and
    times are bound with their column types, which store them as that release did (on SQLite, ISO
    text written by SQLAlchemy, not Python's sqlite3 default adapters, deprecated since 3.12)."""
    upgrade_to_head(engine, "0001")
    t = bindparam("t", type_=DateTime())
    with engine.begin() as con:
        con.execute(
            text("INSERT INTO sources (id, path, added_at) VALUES (1, :p, :t)").bindparams(t),
            {"p": "/archives/Été 1985", "t": datetime(2025, 1, 2)},
        )
        con.execute(
            text(
                "INSERT INTO photos (id, source_id, path_bytes, path, content_hash, size, mtime_ns, date_edtf, "
                "date_source, day_start, day_end, year, approximate, status, search_text, created_at, updated_at) "
                "VALUES (7, 1, :pb, 'port/quai.jpg', 'abc', 123, 456, '1985~', 'archivist', :d0, :d1, 1985, :appr, "
                "'published', 'le port de casablanca', :t, :t)"
            ).bindparams(t),
            {
                "pb": b"port/quai.jpg",
                "d0": date(1984, 1, 1).toordinal(),
                "d1": date(1986, 12, 31).toordinal(),
                "appr": True,
                "t": datetime(2025, 1, 2),
            },
        )
        con.execute(
            text("INSERT INTO captions (photo_id, lang, title, text) VALUES (7, 'fr', '', 'Le port')")
        )
        con.execute(
            text("INSERT INTO reigns (id, slug, start, \"end\") VALUES (1, 'hassan-ii', :s, :e)").bindparams(
                bindparam("s", type_=Date()), bindparam("e", type_=Date())
            ),
            {"s": date(1961, 3, 3), "e": date(1999, 7, 23)},
        )
        con.execute(text("INSERT INTO photo_reigns (photo_id, reign_id) VALUES (7, 1)"))


def _check_upgraded(lib) -> None:
    """The photograph is there as it was, found by search and filters; 0002's column and indexes exist."""
    from photobook.db import queries as q
    from photobook.db.models import Source

    assert current_revision(lib.engine) == head_revision()
    assert _diff(lib.engine) == []
    indexes = {i["name"]: i["column_names"] for i in inspect(lib.engine).get_indexes("photos")}
    assert indexes["ix_photos_status_day"] == ["status", "day_start", "day_end", "approximate"]
    assert indexes["ix_photos_status_year"] == ["status", "year", "day_start", "day_end"]
    assert indexes["ix_photos_year"] == ["year", "day_start", "day_end"]
    with lib.Session() as s:
        (rec,) = [r.as_json() for r in q.photo_records(s, q.photo_ids(s))]
        assert (rec["id"], rec["path"], rec["source"], rec["date"], rec["status"]) == (
            7,
            "port/quai.jpg",
            "/archives/Été 1985",
            "1985~",
            "published",
        )
        assert (rec["captions"], rec["reigns"], rec["approximate"]) == (
            {"fr": "Le port"},
            ["hassan-ii"],
            True,
        )
        assert q.photo_ids(s, q.PhotoFilter(search="casablanca", statuses=("published",))) == [7]
        assert q.year_counts(s, q.PhotoFilter(statuses=("published",))) == {1985: 1}
        assert q.reign_counts(s, q.PhotoFilter(statuses=("published",))) == {"hassan-ii": 1}
        assert s.get(Source, 1).path_bytes == "/archives/Été 1985".encode()


def test_opening_an_older_library_upgrades_it(tmp_path):
    (tmp_path / "library").mkdir()
    engine = create_engine(f"sqlite:///{tmp_path / 'library' / 'catalog.sqlite'}")
    _catalog_at_0001(engine)  # a library made by the first release
    engine.dispose()
    lib = open_library(tmp_path / "library")
    try:
        _check_upgraded(lib)
    finally:
        lib.close()


@pytest.mark.postgres
def test_postgres_opening_an_older_catalog_upgrades_it(pg_url, tmp_path):
    from photobook.db.engine import make_engine

    engine = make_engine(pg_url)
    _catalog_at_0001(engine)
    engine.dispose()
    lib = open_library(tmp_path / "library", pg_url)
    try:
        _check_upgraded(lib)
    finally:
        lib.close()


def test_going_back_to_0001_keeps_the_photographs(tmp_path):
    """The downgrade drops sources.path_bytes in place: copying ``sources`` (batch mode) would
    delete every photograph through ON DELETE CASCADE, since foreign keys are on."""
    from alembic import command

    from photobook.db.engine import make_engine
    from photobook.db.migrate import alembic_config

    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _catalog_at_0001(engine)
    upgrade_to_head(engine)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert current_revision(engine) == "0001"
    assert "path_bytes" not in {c["name"] for c in inspect(engine).get_columns("sources")}
    with engine.connect() as con:
        assert con.execute(text("SELECT id, path FROM photos")).all() == [(7, "port/quai.jpg")]
    engine.dispose()


def test_an_unusable_library_is_a_clear_error(tmp_path):
    from photobook.db.engine import LibraryError

    bad = tmp_path / "lib"
    bad.mkdir()
    (bad / "catalog.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(LibraryError, match="cannot open the catalog"):
        open_library(bad)


def test_the_quick_head_check_agrees_with_alembic(tmp_path):
    from photobook.db.migrate import _head_from_files, is_current

    assert _head_from_files() == head_revision()
    engine = create_engine(f"sqlite:///{tmp_path / 'q.sqlite'}")
    assert not is_current(engine)
    upgrade_to_head(engine)
    assert is_current(engine)
    engine.dispose()


def test_a_library_folder_named_with_accents_and_hash_opens(tmp_path):
    """ "Photothèque #2" is a folder name an archivist gives: its URL is escaped ("%C3%A8", "%23"),
    which Alembic's configuration must not read as interpolation."""
    lib = open_library(tmp_path / "Photothèque #2")
    try:
        assert current_revision(lib.engine) == head_revision()
    finally:
        lib.close()


# --- 0003: index problems as reason codes -------------------------------------------------------

# What photobook 0002 wrote in index_problems.reason (several warnings of one file joined by "; ")
_OLD_PROBLEMS = [
    ("locked", "error", "cannot read the folder: permission denied"),
    ("fifo.jpg", "error", "a FIFO, not a regular file; not opened"),
    (
        "bomb.png",
        "error",
        "image too large to open safely (possible decompression bomb): Image size "
        "(200000000 pixels) exceeds limit of 178956970 pixels,",
    ),
    ("thumb.jpg", "warning", "thumbnail failed: the image data is truncated (the file is incomplete)"),
    (
        "odd.jpg",
        "warning",
        "EXIF DateTimeOriginal '1985:13:01 10:00:00' is not a real date; ignored; "
        "EXIF orientation 0 is not valid (1–8); shown as stored; "
        "Tag data larger than file. Skipping tag 271",
    ),
    ("new.jpg", "warning", "something an older photobook said; EXIF GPS position out of range; ignored"),
]


def _catalog_at_0002_with_problems(engine) -> None:
    upgrade_to_head(engine, "0002")
    with engine.begin() as con:
        con.execute(
            text(
                "INSERT INTO sources (id, path, path_bytes, added_at) VALUES (1, '/photos', :pb, :t)"
            ).bindparams(bindparam("t", type_=DateTime())),
            {"pb": b"/photos", "t": datetime(2025, 1, 2)},
        )
        for path, severity, reason in _OLD_PROBLEMS:
            con.execute(
                text(
                    "INSERT INTO index_problems (source_id, path_bytes, path, severity, reason, seen_at) "
                    "VALUES (1, :pb, :p, :s, :r, :t)"
                ).bindparams(bindparam("t", type_=DateTime())),
                {"pb": path.encode(), "p": path, "s": severity, "r": reason, "t": datetime(2025, 1, 3)},
            )


def _check_problems_upgraded(engine) -> None:
    from sqlalchemy.orm import Session

    from photobook.core.reasons import Reason

    assert current_revision(engine) == head_revision()
    assert _diff(engine) == []
    with Session(engine) as s:
        rows = queries.problems(s)
    got = [(r["path"], r["severity"], r["code"], r["values"]) for r in rows]
    assert got == [
        ("bomb.png", "error", "decompression_bomb", {"pixels": 200000000, "limit": 178956970}),
        ("fifo.jpg", "error", "entry_not_regular", {"kind": "fifo"}),
        ("locked", "error", "folder_unreadable", {"error": "permission denied", "errno": "EACCES"}),
        ("new.jpg", "warning", "legacy", {"text": "something an older photobook said"}),
        ("new.jpg", "warning", "exif_gps_out_of_range", {}),
        (
            "odd.jpg",
            "warning",
            "exif_date_not_real",
            {"tag": "DateTimeOriginal", "value": "1985:13:01 10:00:00"},
        ),
        ("odd.jpg", "warning", "exif_orientation_invalid", {"value": 0}),
        ("odd.jpg", "warning", "pillow_tag_too_large", {"tag": 271}),
        ("thumb.jpg", "warning", "thumbnail_failed", {"cause": {"code": "truncated", "values": {}}}),
    ]
    # what the CLI says for them: the same English, where the sentence did not change
    texts = {(r["path"], Reason.from_json(r["code"], r["values"]).english) for r in rows}
    assert ("odd.jpg", "EXIF DateTimeOriginal '1985:13:01 10:00:00' is not a real date; ignored") in texts
    assert ("thumb.jpg", "thumbnail failed: the image data is truncated (the file is incomplete)") in texts
    assert ("locked", "cannot read the folder: permission denied") in texts


def _downgrade_to_0002(engine) -> None:
    from alembic import command

    from photobook.db.migrate import alembic_config

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    assert current_revision(engine) == "0002"
    with engine.connect() as con:
        back = con.execute(text("SELECT path, severity, reason FROM index_problems ORDER BY path")).all()
    assert [tuple(r) for r in back] == sorted(_OLD_PROBLEMS)  # the old words, one row a file
    names = {c["name"] for c in inspect(engine).get_unique_constraints("index_problems")}
    assert "uq_index_problems_source_path" in names


def test_upgrading_0002_problems_gives_codes_and_values_and_going_back_gives_the_words(tmp_path):
    from photobook.db.engine import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _catalog_at_0002_with_problems(engine)
    upgrade_to_head(engine)
    _check_problems_upgraded(engine)
    _downgrade_to_0002(engine)
    upgrade_to_head(engine)  # and forward again
    _check_problems_upgraded(engine)
    engine.dispose()


@pytest.mark.postgres
def test_postgres_upgrading_0002_problems_gives_codes_and_back(pg_url):
    from photobook.db.engine import make_engine

    engine = make_engine(pg_url)
    _catalog_at_0002_with_problems(engine)
    upgrade_to_head(engine)
    _check_problems_upgraded(engine)
    _downgrade_to_0002(engine)
    upgrade_to_head(engine)
    _check_problems_upgraded(engine)
    engine.dispose()
