"""The window's queries over a large catalog (issue 12) walk an index in the order they return, on
SQLite: no table scan, no sort of every row (``EXPLAIN QUERY PLAN`` of the statements they run)."""

from __future__ import annotations

import re
from unittest import mock

import pytest

from photobook.db import queries
from photobook.db.queries import PhotoFilter
from photobook.services.synthetic import populate


@pytest.fixture
def catalog(library):
    populate(library, 200, distinct_thumbs=2)
    return library


def _plans(lib, run) -> list[str]:
    """The query plan of every SELECT on photos that ``run(session)`` sends (traced by sqlite3 itself:
    the queries read through the driver's cursor), as one string each."""
    sent: list[str] = []
    with lib.Session() as s:
        raw = s.connection().connection.driver_connection
        raw.set_trace_callback(
            lambda sql: sent.append(sql) if sql.lstrip().upper().startswith("SELECT") else None
        )
        try:
            run(s)
        finally:
            raw.set_trace_callback(None)
        plans = []
        for sql in sent:
            if "photos" in sql:
                rows = raw.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
                plans.append(" | ".join(r[-1] for r in rows))
    return plans


def test_the_summary_walks_the_covering_day_index_in_order(catalog):
    (plan,) = _plans(catalog, lambda s: queries.timeline_summary(s, PhotoFilter()))
    assert "COVERING INDEX ix_photos_day" in plan, plan
    assert "TEMP B-TREE" not in plan  # grouped and ordered by the index itself


def test_the_rows_around_the_view_are_a_range_of_the_day_index(catalog):
    plans = _plans(catalog, lambda s: queries.timeline_span_rows(s, PhotoFilter(), 726000, 727000))
    # the rows, then the EDTF text of the approximate ones among them ("1981?" apart from "1981~"):
    # both ranges of a day index, the second of the partial one that holds only those (revision 0015);
    # the first covering and in the ORDER BY's order to the last tie: nothing sorted (revision 0021)
    plan = plans[0]
    assert "COVERING INDEX ix_photos_order (day_start>? AND day_start<?)" in plan, plans
    assert all(
        re.search(r"ix_photos_(order|qualified_apart) \(day_start>\? AND day_start<\?\)", p) for p in plans
    ), plans
    assert "TEMP B-TREE" not in plan


def test_a_contact_sheet_page_walks_the_day_index(catalog):
    plans = _plans(catalog, lambda s: queries.ordered_page(s, PhotoFilter(), 10, 20, 150))
    # revision 0021: in the ORDER BY's order to the last tie, so the page's ties are not sorted either
    assert plans and "COVERING INDEX ix_photos_order" in plans[0], plans
    assert all("TEMP B-TREE" not in p for p in plans), plans


def test_a_themes_summary_starts_from_the_theme_index(catalog):
    # two themes (a photograph of both counts once): the summaries of one theme cannot answer
    plans = _plans(catalog, lambda s: queries.timeline_summary(s, PhotoFilter(themes=("port", "solar"))))
    assert any("ix_photo_themes_theme" in p for p in plans), plans
    # not a walk of every photograph probing its themes
    assert not any("CORRELATED" in p for p in plans), plans


def test_one_themes_summary_is_a_range_of_its_day_summaries(catalog):
    """One theme (revision 0014): no query on the photographs at all (the summary rows' own plan is
    checked in test_query_plans), and the same rows as reading them."""
    one = PhotoFilter(themes=("port",))
    assert _plans(catalog, lambda s: queries.timeline_summary(s, one)) == []
    with catalog.Session() as s, mock.patch.object(queries, "_theme_days_scope", lambda *_a, **_k: None):
        read = queries.timeline_summary(s, one)
    with catalog.Session() as s:
        assert queries.timeline_summary(s, one) == read and read


def test_a_small_themes_ids_from_the_theme_index_are_the_contact_sheets_order(catalog):
    with catalog.Session() as s:
        for f in (
            PhotoFilter(themes=("port",)),
            PhotoFilter(themes=("economy",), statuses=("published",)),
            PhotoFilter(themes=("economy",), undated=True),
        ):
            ids = queries.photo_ids_from_themes(s, f)
            assert ids and ids == queries.photo_ids(s, f)
