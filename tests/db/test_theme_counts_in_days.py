"""The filter panel's theme counts under years or reigns (within statuses or not) are sums over the
per-theme, per-date-interval summary (a year range at a million photographs: 1.5 s over the
photographs, ~10 ms now): the same counts as over the photographs, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from photobook.db import queries as q
from tests.db.test_queries import SPECS, add

MORE = [
    ("straddle.jpg", "1998/2001", "published", ["port"], {"fr": "Le port"}, "Tanger"),
    ("long.jpg", "1975/2010", "draft", ["port", "industry"], {"fr": "Port et usine"}, "Safi"),
    ("old.jpg", "1950/1960", "draft", ["industry"], {"fr": "Usine"}, "Safi"),
    ("decade.jpg", "199X", "published", ["solar", "wind"], {"en": "Solar"}, "Ouarzazate"),
    ("day.jpg", "1989-12-31", "reviewed", ["port"], {"fr": "Fin 1989"}, "Rabat"),
    ("undated.jpg", "", "published", ["port"], {"fr": "Sans date"}, "Tanger"),
]

FILTERS = [
    q.PhotoFilter(year_from=1985, year_to=1989),
    q.PhotoFilter(year_from=1990),
    q.PhotoFilter(year_to=1999),
    q.PhotoFilter(year_from=1985, year_to=1989, statuses=("published",)),
    q.PhotoFilter(reigns=("hassan-ii",)),
    q.PhotoFilter(reigns=("hassan-ii", "mohammed-vi")),
    q.PhotoFilter(reigns=("mohammed-vi",), year_to=2000, statuses=("draft", "reviewed")),
    q.PhotoFilter(year_from=1995, year_to=2005, themes=("port",)),  # (a theme is not counted under itself)
    q.PhotoFilter(year_from=1995, year_to=2005, undated=False),
]


@pytest.fixture
def lib(any_library):
    add(any_library, SPECS + MORE)
    return any_library


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: repr(f)[12:60])
def test_theme_counts_within_days_are_the_photographs_counts(lib, monkeypatch, f):
    with lib.Session() as s:
        assert q._days_scope(s, f.without_themes()) is not None  # read from the summary
        fast = q.theme_counts(s, f)
        monkeypatch.setattr(q, "_days_scope", lambda *_a, **_k: None)
        slow = q.theme_counts(s, f)  # over the photographs
    assert fast == slow
    assert fast  # (the filters find photographs)


def test_other_filters_are_counted_over_the_photographs(lib):
    with lib.Session() as s:
        for f in (
            q.PhotoFilter(year_from=1990, search="port"),
            q.PhotoFilter(year_from=1990, undated=True),
            q.PhotoFilter(reigns=("hassan-ii",), problems=True),
            q.PhotoFilter(statuses=("published",)),  # (the summary of statuses says it already)
        ):
            assert q._days_scope(s, f) is None, f


@pytest.mark.parametrize(
    "f",
    [
        q.PhotoFilter(undated=True),
        q.PhotoFilter(undated=True, statuses=("published",)),
        q.PhotoFilter(undated=True, themes=("port",)),
    ],
    ids=["undated", "undated published", "undated with a theme"],
)
def test_theme_counts_of_the_undated_are_the_photographs_counts(lib, monkeypatch, f):
    """The undated photographs' theme counts, from the table that holds each theme's undated
    photographs (revision 0016)."""
    with lib.Session() as s:
        fast = q.theme_counts(s, f)
        real = q._has_table
        monkeypatch.setattr(
            q, "_has_table", lambda s, name: name != "summary_theme_undated" and real(s, name)
        )
        slow = q.theme_counts(s, f)  # over the photographs
    assert fast == slow
    assert fast["port"] == 1  # ("undated.jpg"; the other undated, "d.jpg", is culture)
