"""The filter panel's counts under a search and nothing else, read from the full-text index's row
numbers (``queries.search_counts``): the same reigns and undated as the usual counts, photographs
straddling a succession or dated over decades included; the themes exact up to a sample's size and
estimated beyond it, said as such."""

from __future__ import annotations

import pytest

from photobook.db import queries as q
from photobook.services import edits
from tests.db.test_queries import add

# dated across the succession (23 July 1999), over more than 4,095 days, uncertain, undated
EDGES = [
    ("span-succession.jpg", "1998/2001", "published", ["port"], {"fr": "Le port de Tanger"}, "Tanger"),
    ("long-span.jpg", "1975/2010", "draft", ["port", "industry"], {"fr": "Port et usine"}, "Safi"),
    ("long-before.jpg", "1950/1970", "draft", ["industry"], {"fr": "Une usine avant"}, "Safi"),
    ("before.jpg", "1950/1960", "draft", ["industry"], {"fr": "Une usine de Mohammed V"}, "Safi"),
    ("decade.jpg", "199X", "published", ["solar"], {"en": "Solar port decade"}, "Ouarzazate"),
    ("undated.jpg", "", "reviewed", ["port"], {"ar": "ميناء طنجة port"}, "Tanger"),
]


@pytest.fixture
def lib(synthetic_library):
    add(synthetic_library, EDGES)
    return synthetic_library


def usual(s, f):
    return q.theme_counts(s, f), q.reign_counts(s, f), q.flag_counts(s, f)[0]


@pytest.mark.parametrize("word", ["port", "photographie", "casablanca", "usine", "tanger 1999", "زززز"])
def test_a_search_counts_as_the_usual_counts_do(lib, word):
    f = q.PhotoFilter(search=word)
    with lib.Session() as s:
        got = q.search_counts(s, f)
        assert got is not None
        themes, reigns, undated = usual(s, f)
        assert got.themes_every == 1  # a few hundred photographs: counted one by one
        assert (got.themes, got.reigns, got.undated) == (themes, reigns, undated)


def test_the_edges_are_counted_in_each_reign_they_overlap(lib):
    with lib.Session() as s:
        f = q.PhotoFilter(search="safi")  # two long spans, one before both reigns
        got = q.search_counts(s, f)
        assert got is not None
        # 1950–1970 began before Hassan II's reign, 1975–2010 within it and ended in the next
        assert got.reigns == {"hassan-ii": 2, "mohammed-vi": 1} == q.reign_counts(s, f)
        f = q.PhotoFilter(search="tanger")
        got = q.search_counts(s, f)
        assert got is not None and got.undated == q.flag_counts(s, f)[0] >= 1  # the edges' undated


def test_a_search_beside_other_filters_finding_few_is_counted_as_usual(lib):
    with lib.Session() as s:
        assert q.search_counts(s, q.PhotoFilter()) is None
        assert q.search_counts(s, q.PhotoFilter(search="port", statuses=("published",))) is None
        assert q.search_counts(s, q.PhotoFilter(search="port", themes=("port",))) is None


@pytest.mark.parametrize(
    "others",
    [{"themes": ("logistics",)}, {"statuses": ("published",)}, {"year_from": 1990, "year_to": 2005}],
    ids=["theme", "status", "years"],
)
def test_a_search_beside_other_filters_finding_many_is_estimated_on_a_sample(lib, monkeypatch, others):
    monkeypatch.setattr(q, "SEARCH_SAMPLE", 40)
    f = q.PhotoFilter(search="photographie", **others)  # in every caption
    with lib.Session() as s:
        got = q.search_counts(s, f)
        themes, reigns, undated = usual(s, f)
        monkeypatch.setattr(q, "SEARCH_SAMPLE", 2)  # more undated found than that: estimated
        sampled = q.search_counts(s, f)
    assert got is not None
    assert got.themes_every == got.reigns_every > 1  # estimates
    for estimated, exact in ((got.themes, themes), (got.reigns, reigns)):
        assert set(estimated) <= set(exact)
        assert abs(sum(estimated.values()) - sum(exact.values())) <= sum(exact.values()) / 2
    assert (got.undated, got.undated_every) == (undated, 1)  # few: counted one by one
    assert sampled is not None and sampled.undated_every > 1 and sampled.undated % sampled.undated_every == 0


def test_many_photographs_found_have_their_theme_counts_estimated(lib, monkeypatch):
    monkeypatch.setattr(q, "SEARCH_SAMPLE", 40)
    f = q.PhotoFilter(search="photographie")  # in every caption: ~300 photographs
    with lib.Session() as s:
        got = q.search_counts(s, f)
        exact, reigns, undated = usual(s, f)
    assert got is not None
    assert got.themes_every > 1
    assert (got.reigns, got.undated) == (reigns, undated)  # these stay exact
    assert set(got.themes) <= set(exact)
    assert all(n % got.themes_every == 0 for n in got.themes.values())  # a sample, multiplied
    total, estimated = sum(exact.values()), sum(got.themes.values())
    assert abs(estimated - total) < total / 2  # an estimate of the same size


def test_a_search_alone_reads_its_undated_photographs_from_the_index(lib, monkeypatch):
    with lib.Session() as s:
        for word in ("port", "photographie", "tanger", "زززز"):
            f = q.PhotoFilter(search=word)
            fast = q._fulltext_undated_ids(s, f)
            assert fast is not None
            assert q.timeline_undated_ids(s, f) == fast
            monkeypatch.setattr(q, "_fulltext_undated_ids", lambda *_a: None)
            assert q.timeline_undated_ids(s, f) == fast  # as over the photographs, in the same order
            monkeypatch.undo()
        assert q._fulltext_undated_ids(s, q.PhotoFilter(search="port", statuses=("draft",))) is None


def test_a_search_draws_its_uncertain_dates_apart_with_or_without_any_in_the_catalog(library):
    add(library, EDGES)
    with library.Session() as s:
        assert q.timeline_qualified_apart(s, q.PhotoFilter(search="port")) == []  # none in the catalog
        first = q.photo_ids(s, q.PhotoFilter(search="usine"))[0]
    with library.Session() as s, s.begin():
        edits.set_date(s, first, "1987?")
    with library.Session() as s:
        apart = q.timeline_qualified_apart(s, q.PhotoFilter(search="usine"))
        assert [r[3] for r in apart] == [2]  # "?": uncertain
        assert q.timeline_qualified_apart(s, q.PhotoFilter(search="tanger")) == []
