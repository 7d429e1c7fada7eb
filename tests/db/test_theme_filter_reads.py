"""The window's theme filter over a large catalog (issue 12): its overview asks the catalog for each
table it may read, and for the theme's id, once per read, not once per query (a theme at a million
photographs asked 12 such lookups, ~2 ms of CPU through SQLAlchemy); what it reads is the same; a
theme made in the same transaction is seen; the theme's undated ids read in one step are the rows'."""

from __future__ import annotations

from unittest import mock

import pytest
from sqlalchemy import insert, select

from photobook.db import queries
from photobook.db.models import Photo, Theme, photo_themes
from photobook.db.queries import PhotoFilter
from photobook.services.synthetic import populate
from photobook.services.timeline_window import load_overview

ONE_THEME = PhotoFilter(themes=("port",))


@pytest.fixture
def catalog(library):
    populate(library, 300, distinct_thumbs=2)
    return library


def _traced(lib, run):
    """What ``run(session)`` returns, and the SELECTs it sent (traced by sqlite3 itself)."""
    sent: list[str] = []
    with lib.Session() as s:
        raw = s.connection().connection.driver_connection
        raw.set_trace_callback(
            lambda sql: sent.append(sql) if sql.lstrip().upper().startswith("SELECT") else None
        )
        try:
            out = run(s)
        finally:
            raw.set_trace_callback(None)
    return out, sent


def test_a_theme_overview_asks_each_table_and_the_theme_once(catalog):
    ov, sent = _traced(catalog, lambda s: load_overview(s, ONE_THEME, rows_limit=5))
    assert ov.summary  # the overview, not every row: the summaries' path
    lookups = [sql for sql in sent if "sqlite_master" in sql]
    # summary_years, summary_theme_days, summary_theme_days_all, summary_theme_undated: every table's
    # name read in one lookup of the schema (one per table before, nine lookups before that)
    assert len(lookups) == 1, lookups
    theme_ids = [sql for sql in sent if "FROM themes" in sql and "themes.slug =" in sql]
    assert len(theme_ids) == 1, theme_ids  # three before


def test_the_overview_is_what_asking_every_time_reads(catalog):
    with catalog.Session() as s:
        kept = load_overview(s, ONE_THEME, rows_limit=5)
    with catalog.Session() as s, mock.patch.object(queries, "_memo", lambda _s, _key, make: make()):
        asked = load_overview(s, ONE_THEME, rows_limit=5)
    assert kept.summary == asked.summary and kept.undated == asked.undated and kept.undated
    assert kept.index.rows == asked.index.rows and kept.index.weights == asked.index.weights


def test_a_theme_made_in_the_same_transaction_is_seen(catalog):
    new = PhotoFilter(themes=("harbour-cranes",))
    with catalog.Session() as s, s.begin():
        assert queries.timeline_summary(s, new) == []
        assert queries.theme_undated_ids(s, new) is None
        tid = s.scalar(insert(Theme).values(slug="harbour-cranes").returning(Theme.id))
        dated = s.scalar(select(Photo.id).where(Photo.day_start.is_not(None)).order_by(Photo.id).limit(1))
        undated = s.scalar(select(Photo.id).where(Photo.day_start.is_(None)).order_by(Photo.id).limit(1))
        s.execute(
            insert(photo_themes),
            [{"photo_id": dated, "theme_id": tid}, {"photo_id": undated, "theme_id": tid}],
        )
        summary = queries.timeline_summary(s, new)
        assert [(r[0], r[4]) for r in summary] == [(dated, 1)]
        assert queries.theme_undated_ids(s, new) == [undated]
        assert queries.summary_count(s, new) == 2


def test_a_themes_undated_read_in_one_step_are_its_rows(catalog):
    with catalog.Session() as s:
        whole = queries.theme_undated_ids(s, ONE_THEME)
        paged = queries.theme_undated_ids(s, ONE_THEME, limit=10_000)  # read row by row
        with mock.patch.object(queries, "columns_in_one_step", lambda *_a: None):
            rows = queries.theme_undated_ids(s, ONE_THEME)
    assert whole and whole == paged == rows == sorted(whole)


def test_a_theme_added_but_not_yet_flushed_is_found_too(catalog):
    """A lookup kept for the transaction is not taken while the session holds changes it has not
    written yet: asking writes them first, as it did before the lookups were kept."""
    with catalog.Session() as s, s.begin():
        before = queries.theme_descendants(s, ["port"])
        s.add(Theme(slug="port-sec", parent_id=before[0], position=99))
        assert len(queries.theme_descendants(s, ["port"])) == len(before) + 1
