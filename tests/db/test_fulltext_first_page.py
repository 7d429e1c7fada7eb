"""A full-text search's first page (``photo_ids(f, limit=n)``) is the head of the whole ordered
answer, whichever plan SQLite takes: the walk of the day index probing the set of matches (dense
words), or the few matches sorted (issue 12). On a catalog with dated, undated and approximate photographs; on both backends."""

from __future__ import annotations

import pytest

from photobook.db import queries as q
from photobook.services.synthetic import populate

WORDS = ["de", "port", "tanger", "usine fes", "12", "casa", "طنجة", "zzz"]
FILTERS = [
    q.PhotoFilter(),
    q.PhotoFilter(year_from=1985, year_to=2005),
    q.PhotoFilter(statuses=("published", "reviewed")),
    q.PhotoFilter(undated=False),
    q.PhotoFilter(undated=True),
    q.PhotoFilter(include_missing=False, reigns=("hassan-ii",)),
]
LIMITS = [1, 7, 50, 200, 1000]


@pytest.fixture
def catalog(any_library):
    populate(any_library, 400, distinct_thumbs=4)
    with any_library.Session() as s, s.begin():  # some files gone, so that "present only" filters something
        s.execute(q.text("UPDATE photos SET missing = true WHERE id % 9 = 0"))
    return any_library


def _pages(lib) -> dict[tuple[str, int, int], list[int]]:
    """Every (word, filter, limit)'s first page, each beside the whole answer's head."""
    out = {}
    with lib.Session() as s:
        for word in WORDS:
            for i, base in enumerate(FILTERS):
                f = q.PhotoFilter(**{**base.__dict__, "search": word})
                whole = q.photo_ids(s, f)
                for n in LIMITS:
                    page = q.photo_ids(s, f, limit=n)
                    assert page == whole[:n], (word, base, n)
                    out[(word, i, n)] = page
    return out


def test_a_first_page_is_the_head_of_the_whole_answer(catalog):
    with catalog.Session() as s:
        assert q.count(s, q.PhotoFilter(search="de")) == 400  # a word in every caption: the walk
        assert 0 < q.count(s, q.PhotoFilter(search="tanger")) < 60
        undated = q.photo_ids(s, q.PhotoFilter(search="de", undated=True))
        approximate = s.scalar(q.text("SELECT count(*) FROM photos WHERE approximate"))
    assert undated and approximate  # the catalog has both kinds the order must place
    pages = _pages(catalog)
    assert pages[("de", 0, 1000)][-len(undated) :] == undated  # the undated come last, by id


def test_the_plan_counts_the_matches_up_to_the_break_even_point_in_one_read(any_library):
    """SQLite: below the break-even number the plan holds every match (the query then uses them
    instead of searching again), at or above it only says to walk the day index."""
    if not any_library.is_sqlite:
        pytest.skip("the plan is SQLite's (FTS5); PostgreSQL's path is checked above")
    populate(any_library, 400, distinct_thumbs=4)
    with any_library.Session() as s:
        tanger = sorted(s.scalars(q.text("SELECT id FROM photos WHERE search_text LIKE '%tanger%'")))
        assert 0 < len(tanger) < 60
        # under the break-even number, 81 = sqrt(50 * 400 / 3)
        plan = q._search_plan(s, "tanger", 50)
        assert plan is not None and plan.ids is not None and sorted(plan.ids) == tanger
        assert q._search_plan(s, "de", 50) == q._SearchPlan(walk=True)  # every caption
        assert q._search_plan(s, "zzz", 50) == q._SearchPlan(ids=())
