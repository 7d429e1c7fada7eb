"""Filters, counts and full-text search, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from photobook.db import queries as q
from photobook.db.models import Photo, Source
from photobook.services import edits
from photobook.services.derive import refresh_derived


def add(lib, specs):
    """specs: (path, edtf, status, themes, {lang: caption}, place)."""
    ids = []
    with lib.Session() as s, s.begin():
        src = Source(path="/archive")
        s.add(src)
        s.flush()
        for i, (path, edtf, status, themes, caps, place) in enumerate(specs):
            p = Photo(source_id=src.id, path_bytes=path.encode(), path=path, content_hash=f"h{i}", size=1,
                      mtime_ns=1, status=status, place=place)
            s.add(p)
            s.flush()
            edits.set_date(s, p.id, edtf)
            edits.set_themes(s, p.id, themes)
            for lang, text in caps.items():
                edits.set_caption(s, p.id, lang, "", text)
            ids.append(p.id)
        refresh_derived(s, ids)
    return ids


SPECS = [
    ("a.jpg", "1985~", "published", ["port"], {"fr": "Le port de Casablanca"}, "Casablanca"),
    ("b.jpg", "1999", "draft", ["solar"], {"en": "Solar plant near Ouarzazate"}, "Ouarzazate"),
    ("c.jpg", "2007-07-27", "published", ["port", "industry"], {"fr": "Tanger Med, à l'inauguration"}, "Tanger"),
    ("d.jpg", "", "reviewed", ["culture"], {"ar": "المدينة القديمة بفاس"}, "Fès"),
    ("e.jpg", "198X", "published", ["agriculture"], {"fr": "Récolte dans le Souss"}, "Agadir"),
]


@pytest.fixture
def lib(any_library):
    add(any_library, SPECS)
    return any_library


def paths(lib, **kw):
    with lib.Session() as s:
        return [r["path"] for r in q.photo_records(s, q.photo_ids(s, q.PhotoFilter(**kw)))]


def test_timeline_order_puts_undated_last(lib):
    assert paths(lib) == ["e.jpg", "a.jpg", "b.jpg", "c.jpg", "d.jpg"]


def test_filters(lib):
    assert paths(lib, reigns=("hassan-ii",)) == ["e.jpg", "a.jpg", "b.jpg"]
    assert paths(lib, reigns=("mohammed-vi",)) == ["b.jpg", "c.jpg"]
    assert paths(lib, themes=("logistics",)) == ["a.jpg", "c.jpg"]  # the parent includes "port"
    assert paths(lib, year_from=1986, year_to=1990) == ["e.jpg", "a.jpg"]  # circa 1985 reaches 1986
    assert paths(lib, statuses=("published",), themes=("port",)) == ["a.jpg", "c.jpg"]
    assert paths(lib, undated=True) == ["d.jpg"]


def test_search_ignores_accents_case_and_arabic_diacritics(lib):
    assert paths(lib, search="recolte") == ["e.jpg"]
    assert paths(lib, search="TANGER") == ["c.jpg"]
    assert paths(lib, search="fes") == ["d.jpg"]  # the place "Fès"
    assert paths(lib, search="المدينة") == ["d.jpg"]
    assert paths(lib, search="الْمَدِينَة") == ["d.jpg"]
    assert paths(lib, search="port", themes=("industry",)) == ["c.jpg"]  # theme label "Ports"
    assert paths(lib, search="%_") == []


def test_counts(lib):
    with lib.Session() as s:
        assert q.count(s) == 5
        assert q.year_counts(s) == {1984: 1, 1985: 1, 1999: 1, 2007: 1}
        assert q.reign_counts(s) == {"hassan-ii": 3, "mohammed-vi": 2}
        counts = q.theme_counts(s)
        assert counts["port"] == 2 and counts["logistics"] == 2 and counts["renewable-energy"] == 1
        assert q.theme_counts(s, q.PhotoFilter(statuses=("published",)))["logistics"] == 2
        assert "renewable-energy" not in q.theme_counts(s, q.PhotoFilter(statuses=("published",)))


def test_timeline_rows_are_plain_tuples(lib):
    with lib.Session() as s:
        rows = q.timeline_rows(s)
    assert len(rows) == 5
    assert all(isinstance(r[0], int) for r in rows)
    assert rows[-1][1] is None  # undated last


def test_changing_a_date_updates_the_reigns(lib):
    with lib.Session() as s, s.begin():
        pid = q.photo_ids(s, q.PhotoFilter(search="casablanca"))[0]
        edits.set_date(s, pid, "2010")
        edits.finish(s, [pid])
    assert "a.jpg" in paths(lib, reigns=("mohammed-vi",))
    assert "a.jpg" not in paths(lib, reigns=("hassan-ii",))


def test_moving_a_reign_boundary_updates_every_photo(lib):
    from datetime import date

    from photobook.services.reigns import set_reign_bounds

    with lib.Session() as s, s.begin():
        set_reign_bounds(s, "hassan-ii", date(1961, 3, 3), date(1984, 12, 31))
    assert paths(lib, reigns=("hassan-ii",)) == ["e.jpg", "a.jpg"]  # 198X and circa 1985 reach 1984
    with lib.Session() as s:
        assert q.reign_counts(s)["hassan-ii"] == 2
