"""Filters, counts and full-text search, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from photobook.db import queries as q
from photobook.db.derive import refresh_derived
from photobook.db.models import Photo, Source
from photobook.services import edits


def add(lib, specs):
    """specs: (path, edtf, status, themes, {lang: caption}, place)."""
    ids = []
    with lib.Session() as s, s.begin():
        src = Source(path="/archive")
        s.add(src)
        s.flush()
        for i, (path, edtf, status, themes, caps, place) in enumerate(specs):
            p = Photo(
                source_id=src.id,
                path_bytes=path.encode(),
                path=path,
                content_hash=f"h{i}",
                size=1,
                mtime_ns=1,
                status=status,
                place=place,
            )
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
    (
        "c.jpg",
        "2007-07-27",
        "published",
        ["port", "industry"],
        {"fr": "Tanger Med, à l'inauguration"},
        "Tanger",
    ),
    ("d.jpg", "", "reviewed", ["culture"], {"ar": "المدينة القديمة بفاس"}, "Fès"),
    ("e.jpg", "198X", "published", ["agriculture"], {"fr": "Récolte dans le Souss"}, "Agadir"),
]


@pytest.fixture
def lib(any_library):
    add(any_library, SPECS)
    return any_library


def paths(lib, **kw):
    with lib.Session() as s:
        return [r.path for r in q.photo_records(s, q.photo_ids(s, q.PhotoFilter(**kw)))]


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


def test_a_reign_moved_within_one_session_is_seen_by_its_next_filter(lib):
    """The reigns' days are read once per read (queries._memo): a boundary moved in the same session
    (the editor's session, before and after its commit) filters by the new days at once."""
    from datetime import date

    from photobook.services.reigns import set_reign_bounds

    hassan = q.PhotoFilter(reigns=("hassan-ii",))
    with lib.Session() as s:
        assert len(q.photo_ids(s, hassan, limit=10)) > 2
        set_reign_bounds(s, "hassan-ii", date(1961, 3, 3), date(1984, 12, 31))
        assert len(q.photo_ids(s, hassan, limit=10)) == 2  # in the same transaction, after the flush
        s.commit()
        assert len(q.photo_ids(s, hassan, limit=10)) == 2  # after the commit
        assert q.photo_ids(s, q.PhotoFilter(reigns=("hassan-ii", "mohammed-vi")), limit=10)


def test_counts_and_rows_within_a_status(lib):
    """What the kiosk shows: published photographs only, counted per year and per reign."""
    published = q.PhotoFilter(statuses=("published",))
    with lib.Session() as s:
        assert q.year_counts(s, published) == {1984: 1, 1985: 1, 2007: 1}
        assert q.year_counts(s, q.PhotoFilter(statuses=("published",), reigns=("mohammed-vi",))) == {2007: 1}
        assert q.reign_counts(s, published) == {"hassan-ii": 2, "mohammed-vi": 1}
        assert q.reign_counts(s, q.PhotoFilter(statuses=("draft",))) == {"hassan-ii": 1, "mohammed-vi": 1}
        assert q.reign_counts(s, q.PhotoFilter(search="tanger")) == {"mohammed-vi": 1}  # no zero counts
        assert q.reign_counts(s, q.PhotoFilter(statuses=("reviewed",))) == {}  # undated: no reign
        rows = q.timeline_rows(s, published)
        assert [r[0] for r in rows] == q.photo_ids(s, published)
        assert [bool(r[3]) for r in rows] == [False, True, False]  # only "circa 1985" is approximate
        assert [r[1] for r in q.timeline_rows(s, q.PhotoFilter(statuses=("reviewed",)))] == [None]


def test_counts_agree_with_each_photographs_own_reigns_and_year(synthetic_library):
    """Counts come from date ranges and indexes; each photograph's record lists its reigns from
    photo_reigns. The two must tell the same story under any filter."""
    from collections import Counter

    filters = [
        q.PhotoFilter(),
        q.PhotoFilter(statuses=("published",)),
        q.PhotoFilter(statuses=("draft", "reviewed")),
        q.PhotoFilter(statuses=("published",), themes=("logistics",)),
        q.PhotoFilter(year_from=1995, year_to=2003),
        q.PhotoFilter(search="casablanca"),
        # themes the summaries cannot count: read from the theme index in one pass
        q.PhotoFilter(themes=("logistics", "tourism")),
        q.PhotoFilter(themes=("renewable-energy", "solar"), statuses=("published",)),
        q.PhotoFilter(themes=("logistics",), year_from=1995, year_to=2003),
        q.PhotoFilter(themes=("logistics", "tourism"), search="casablanca"),
    ]
    with synthetic_library.Session() as s:
        for f in filters:
            records = q.photo_records(s, q.photo_ids(s, f))
            assert q.reign_counts(s, f) == dict(Counter(r for rec in records for r in rec.reigns)), f
            assert q.year_counts(s, f) == dict(Counter(rec.year for rec in records if rec.year)), f
            assert q.count(s, f) == len(records)


def test_a_page_of_search_results_is_the_start_of_the_whole_result(synthetic_library):
    """A search with a limit is answered either by sorting every match (few matches) or by walking
    the timeline until the page is full (many): the page is the same either way."""
    with synthetic_library.Session() as s:
        assert q._search_plan(s, "photographie", 10).walk  # every photograph matches
        assert q._search_plan(s, "casablanca", 200).ids  # a few dozen: fetched, then sorted
        for search in ("photographie", "casablanca", "port", "vue", "زززز", "rabat 1999"):
            for statuses in ((), ("published",)):
                f = q.PhotoFilter(search=search, statuses=statuses)
                whole = q.photo_ids(s, f)
                for limit in (1, 7, 40, 500):
                    assert q.photo_ids(s, f, limit=limit) == whole[:limit], (search, statuses, limit)


def test_search_matches_the_start_of_words_on_both_databases(lib):
    with lib.Session() as s, s.begin():
        pid = q.photo_ids(s, q.PhotoFilter(search="casablanca"))[0]
        edits.set_caption(s, pid, "en", "", "A transport hub")
        edits.finish(s, [pid])
    assert paths(lib, search="transp") == ["a.jpg"]
    assert "a.jpg" not in paths(lib, search="sport")  # inside a word: no match, as on SQLite


def test_the_grid_reads_what_the_full_records_say_for_its_rows(lib):
    """The contact sheet's narrow query shows the same date, approximation, captions and place as
    the full record; a photo not in the catalog is left out, not invented."""
    with lib.Session() as s:
        ids = q.photo_ids(s)
        rows = q.grid_rows(s, [*ids, 10**9])
        full = q.photo_records(s, ids)
    assert set(rows) == set(ids)
    for rec in full:
        row = rows[rec.id]
        assert (row.date, row.approximate, row.captions, row.place) == (
            rec.date,
            rec.approximate,
            rec.captions,
            rec.place or "",
        )
    casablanca = next(r for r in rows.values() if r.place == "Casablanca")
    assert (casablanca.date, casablanca.approximate) == ("1985~", True)
    assert casablanca.captions["fr"].text == "Le port de Casablanca"


def test_records_are_chunked_past_the_sqlite_variable_limit(lib):
    """More ids than one IN (…) may bind: every record still comes back, in the order asked."""
    with lib.Session() as s:
        ids = q.photo_ids(s)
        asked = [*reversed(ids), *range(10**6, 10**6 + 2000)]
        assert [r.id for r in q.photo_records(s, asked)] == list(reversed(ids))
        assert set(q.grid_rows(s, asked)) == set(ids)
        assert set(q.content_hashes(s, asked)) == set(ids)


def test_the_window_finds_an_original_and_the_photos_captioned_in_a_language(lib):
    """The full view opens the original from its source folder, upright; the screenshot picks a
    photograph captioned in the language it shows."""
    with lib.Session() as s:
        ids = q.photo_ids(s)
        by_path = {r.path: r for r in q.photo_records(s, ids)}
        path, orientation, digest = q.original_file(s, by_path["c.jpg"].id)
        assert (path, orientation, digest) == (b"/archive/c.jpg", 1, by_path["c.jpg"].content_hash)
        assert q.original_file(s, 10**9) is None
        assert {by_path[p].id for p in ("a.jpg", "c.jpg", "e.jpg")} == q.captioned_in(s, ids, "fr")
        assert q.captioned_in(s, ids, "ar") == {by_path["d.jpg"].id}


def test_streamed_records_are_the_full_records_in_the_same_order(lib):
    """`photobook list --json` streams records chunk by chunk from plain rows: whatever the chunk
    size, a user gets the same records, fields and order as the full-record query gives."""
    with lib.Session() as s, s.begin():
        first = s.get(Photo, q.photo_ids(s)[0])
        first.gps_lat, first.gps_lon, first.camera_make, first.camera_model = 33.6, -7.61, "Nikon", "D700"
        first.place_lat, first.place_lon = 33.59, -7.6
        edits.set_caption(s, first.id, "en", "The port", "Casablanca harbour")
    with lib.Session() as s:
        ids = q.photo_ids(s)
        expected = [r.as_json() for r in q.photo_records(s, ids)]
        assert len(expected) == len(SPECS)
        for chunk in (1, 2, 900):
            assert list(q.iter_photo_records(s, ids, chunk=chunk)) == expected
        assert list(q.iter_photo_records(s, ids[::-1], chunk=2)) == expected[::-1]
        assert list(q.iter_photo_records(s, [*ids[:2], 99_999])) == expected[:2]  # a deleted id is skipped
        assert list(q.iter_photo_records(s, [])) == []
    rec = next(r for r in expected if r["id"] == first.id)
    assert rec["camera"] == "Nikon D700" and rec["gps"] == [33.6, -7.61]
    assert rec["titles"]["en"] == "The port" and rec["captions"]["en"] == "Casablanca harbour"
    assert rec["created_at"] and "T" in rec["created_at"] and len(rec["created_at"]) == 19
