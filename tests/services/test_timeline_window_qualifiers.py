"""Above the row limit the timeline is drawn from summary rows, one per date interval; "1981?"
(uncertain) and "1981~" (about) share an interval and the catalog's one "not exact" flag, yet the
timeline keeps them apart as the small-catalog path does: two groups, two labels, the right counts,
each with a cover of its own. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from photobook.core import timeline as tl
from photobook.core import timeline_labels
from photobook.db.derive import date_columns
from photobook.db.models import Photo
from photobook.db.queries import PhotoFilter
from photobook.services import timeline_window as tw
from photobook.services.synthetic import populate


@pytest.fixture
def qualified(any_library):
    populate(any_library, 200, distinct_thumbs=2)
    with any_library.Session() as s:
        ids = s.scalars(select(Photo.id).order_by(Photo.id)).all()
        # the smallest id of the interval is an uncertain one: the "~" group needs another cover
        dated = {ids[0]: "1981?", ids[1]: "1981~", ids[2]: "1981?", ids[3]: "1981~", ids[4]: "1981~"}
        dated[ids[5]] = "1981%"
        for pid, edtf in dated.items():
            s.execute(update(Photo).where(Photo.id == pid).values(**date_columns(edtf)))
        s.commit()
    any_library.dated = dated
    return any_library


def _year_groups(index: tl.TimelineIndex, lang: str) -> dict[str, tuple[int, set[int]]]:
    """Label -> (photographs, covers) of the interval groups of 1981 at a zoom where a year is a span."""
    start, end = date_columns("1981?")["day_start"], date_columns("1981?")["day_end"]
    out: dict[str, tuple[int, set[int]]] = {}
    for g in index.partition(30).groups:
        if (g.start, g.end) == (start, end):
            covers = {index.rows[m][0] for m in g.members}
            out[timeline_labels.span_label(g.start, g.end, g.approximate, lang)] = (g.count, covers)
    return out


def test_the_summary_keeps_uncertain_apart_from_about(qualified):
    dated = qualified.dated
    uncertain = {p for p, e in dated.items() if e == "1981?"}
    about = {p for p, e in dated.items() if e == "1981~"}
    with qualified.Session() as s:
        small = tw.load_overview(s, PhotoFilter())
        large = tw.load_overview(s, PhotoFilter(), rows_limit=40)
    assert small.complete and not large.complete  # the two paths
    for lang, want in (
        ("fr", ("1981\u202f?", "vers 1981")),
        ("ar", ("1981؟", None)),
        ("en", ("1981?", None)),
    ):
        big, whole = _year_groups(large.index, lang), _year_groups(small.index, lang)
        assert {k: v[0] for k, v in big.items()} == {k: v[0] for k, v in whole.items()}, lang
        assert len(big) == 2  # "1981 ?" and "vers 1981", not one "vers 1981" of 5 ("1981%" is wider)
        if want[0] is not None:
            assert big[want[0]][0] == 2
        if want[1] is not None:
            assert big[want[1]][0] == 3
    fr = _year_groups(large.index, "fr")
    assert fr["1981\u202f?"][1] <= uncertain  # each group's cover is one of its own photographs
    assert fr["vers 1981"][1] <= about


def test_the_detail_read_around_the_screen_keeps_them_apart_too(qualified):
    with qualified.Session() as s:
        large = tw.load_overview(s, PhotoFilter(), rows_limit=40)
        day = date_columns("1981?")["day_start"]
        detailed = tw.with_detail(s, large, [(day, day)])
    groups = _year_groups(detailed, "fr")
    assert groups["1981\u202f?"][0] == 2 and groups["vers 1981"][0] == 3
