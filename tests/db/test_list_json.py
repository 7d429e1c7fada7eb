"""``photobook list --json/--jsonl``: the records SQLite writes as text are the very bytes that
Python writes of ``PhotoRecord.as_json`` (and of the ORM's records), field by field."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from photobook.cli import main
from photobook.core.records import RECORD_JSON
from photobook.db import queries as q
from photobook.db import queries_json
from photobook.db.derive import refresh_derived
from photobook.db.models import Caption, Photo, Source
from photobook.services import edits

ODD = 'a "quoted" \\ back\nslash\ttab \x01\x08\x0c\x1f\x7f \u2028 « الرباط » 😀'

# path, EDTF, {lang: (title, text)}, themes, other columns
SPECS: list[tuple[str, str, dict[str, tuple[str, str]], list[str], dict[str, object]]] = [
    (
        "1985/port.jpg",
        "1985~",  # circa
        {
            "fr": ("Le port", "Le port de Casablanca"),
            "ar": ("الميناء", "ميناء الدار البيضاء"),
            "en": ("The port", "Casablanca harbour"),
        },
        ["port", "industry"],
        {
            "camera_make": "Nikon",
            "camera_model": "F3",
            "gps_lat": 33.58916666666667,  # 16 digits: SQLite would write 15
            "gps_lon": -7.603869444444445,
            "place": "Casablanca",
            "place_ar": "الدار البيضاء",
            "place_lat": 33.5731,
            "place_lon": -7.5898,
            "photographer": "Jean Besancenot",
            "photographer_en": "J. Besancenot",
            "credit": "Archives",
            "rights_ar": "محفوظة",
            "location": {"city": "Casablanca", "country": "Maroc", "sublocation": "Port « Est »"},
            "sidecar_sig": json.dumps([["port.xmp", 120, 5], ["port.jpg.xmp", 80, 6]]),
            "width": 3000,
            "height": 2000,
            "pixel_width": 3000,
            "pixel_height": 2000,
            "format": "JPEG",
            "plate": "pl. 12",
            "digitised_at": "2001-02-03T04:05:06",
            "status": "published",
        },
    ),
    (
        'odd "dir"/saut\nde ligne é.jpg',
        "",  # undated
        {"fr": (ODD, ODD + "\n" + ODD), "ar": ("", "نص فقط")},
        [],
        {
            "missing": True,
            "camera_model": "Rolleiflex",  # the model alone
            "notes": ODD,
            "keywords": "souk; Fès",
            "place": ODD,
            "location": {ODD: ODD},
        },
    ),
    (
        "1999/solaire.jpg",
        "1999-07-23",
        {"en": ("", "Solar plant")},
        ["solar"],
        {
            "camera_make": "Canon",
            "gps_lat": 31.0,  # a latitude without a longitude: no "gps"
            "place_lat": 30.9335,  # a latitude without a longitude: [lat, null]
            "location": {"zip": 45000, "city": "Ouarzazate"},  # a number: Python writes "45000"
            "sidecar_sig": '[["a.xmp", 1, 2], "loose", [], [7, 1, 2]]',  # a name that is a number
            "status": "reviewed",
        },
    ),
    (
        "1980s/decade.jpg",
        "198X",  # a decade
        {},
        ["culture"],
        {
            "sidecar_sig": "[not json",
            "credit": "",
            "credit_ar": "أرشيف",
            "rights": "CC",
            "rights_en": "CC-BY",
        },
    ),
    (
        "2010/dakhla.jpg",
        "2010-05",
        {"fr": ("Dakhla", "")},
        ["agriculture", "port"],
        {"location": {"city": "Dakhla", "city2": "Dakhla"}, "gps_lat": 0.1 + 0.2, "gps_lon": -1e-05},
    ),
]


@pytest.fixture
def catalog(any_library):
    """The photographs of SPECS; the first few with odd ``location`` texts written by hand."""
    lib = any_library
    with lib.Session() as s, s.begin():
        src = Source(path="/archives/« fonds » 1")
        s.add(src)
        s.flush()
        ids = []
        for i, (path, edtf, captions, themes, values) in enumerate(SPECS):
            p = Photo(
                source_id=src.id,
                path_bytes=path.encode(),
                path=path,
                content_hash=f"h{i}",
                size=1000 + i,
                mtime_ns=1,
            )
            for key, value in values.items():
                setattr(p, key, value)
            s.add(p)
            s.flush()
            edits.set_date(s, p.id, edtf)
            edits.set_themes(s, p.id, themes)
            for lang, (title, caption) in captions.items():
                s.add(Caption(photo_id=p.id, lang=lang, title=title, text=caption))
            ids.append(p.id)
        s.flush()
        refresh_derived(s, ids)
        # what the writer never writes, but an older catalog or a hand edit may hold
        for pid, location in ((ids[3], "null"), (ids[4], '{"city": "Dakhla", "city": "Laâyoune"}')):
            s.execute(text("UPDATE photos SET location = :v WHERE id = :id"), {"v": location, "id": pid})
    return lib


def _python(lib, ids):
    """The records as ``list --json`` made them before (plain rows), the same as the ORM's."""
    with lib.Session() as s:
        orm = [r.as_json() for r in q.photo_records(s, ids)]
        plain = list(q.iter_photo_records(s, ids))
    assert plain == orm
    return plain


def test_sqlite_writes_each_record_as_python_does(catalog):
    with catalog.Session() as s:
        ids = q.photo_ids(s)
        if catalog.engine.dialect.name != "sqlite":
            assert queries_json.iter_photo_json(s, ids) is None  # PostgreSQL: the dicts
            return
        records = queries_json.iter_photo_json(s, [*ids, ids[0], 10_000])  # again, and one not there
        assert records is not None
        made = list(records)
    expected = _python(catalog, [*ids, ids[0]])
    assert len(made) == len(expected) == len(SPECS) + 1
    for got, want in zip(made, expected, strict=True):
        text_ = got.decode() if isinstance(got, bytes) else RECORD_JSON.encode(got)
        as_read = json.loads(text_)
        assert list(as_read) == list(want)  # same keys in the same order
        for key in want:
            assert (key, as_read[key]) == (key, want[key])
            assert type(as_read[key]) is type(want[key]), key
        assert text_ == RECORD_JSON.encode(want)  # the same bytes
    by_path = {json.loads(m if isinstance(m, bytes) else RECORD_JSON.encode(m))["path"]: m for m in made}
    # SQLite wrote the text of all but the records whose location Python writes otherwise
    assert [path for path, m in by_path.items() if not isinstance(m, bytes)] == [
        "1999/solaire.jpg",  # {"zip": 45000}: Python writes "45000"
        "2010/dakhla.jpg",  # "city" twice: Python keeps the last
    ]
    solaire = json.loads(RECORD_JSON.encode(by_path["1999/solaire.jpg"]))
    assert (solaire["gps"], solaire["place_coords"], solaire["camera"]) == (None, [30.9335, None], "Canon")
    assert solaire["sidecars"] == ["a.xmp", "7"]
    port = json.loads(by_path["1985/port.jpg"])
    assert (
        port["gps"] == [33.58916666666667, -7.603869444444445]
        and b'"gps":[33.58916666666667,' in by_path["1985/port.jpg"]
    )
    assert port["themes"] == ["port", "industry"] and port["approximate"] is True
    assert port["captions"] == {
        "ar": "ميناء الدار البيضاء",
        "en": "Casablanca harbour",
        "fr": "Le port de Casablanca",
    }


def test_list_json_and_jsonl_write_the_same_bytes_as_before(catalog, capsys):
    url = catalog.url
    args = [
        "--library",
        str(catalog.folder),
        *(["--db", url] if catalog.engine.dialect.name != "sqlite" else []),
    ]
    with catalog.Session() as s:
        ids = q.photo_ids(s)
    expected = [RECORD_JSON.encode(r) for r in _python(catalog, ids)]
    assert main([*args, "list", "--json"]) == 0
    assert capsys.readouterr().out == "[\n" + ",\n".join(expected) + "\n]\n"
    assert main([*args, "list", "--jsonl"]) == 0
    assert capsys.readouterr().out == "".join(line + "\n" for line in expected)


def test_another_sqlite_that_writes_otherwise_gets_pythons_records(catalog, monkeypatch, capsys):
    """A SQLite whose JSON differs from Python's on the first records (another version, say):
    the whole list is Python's."""
    if catalog.engine.dialect.name != "sqlite":
        pytest.skip("SQLite writes the text; PostgreSQL never does")
    with catalog.Session() as s:
        ids = q.photo_ids(s)
    expected = [RECORD_JSON.encode(r) for r in _python(catalog, ids)]
    monkeypatch.setattr(queries_json, "_SQL", queries_json._SQL.replace("'width'", "'Width'"))
    assert main(["--library", str(catalog.folder), "list", "--jsonl"]) == 0
    assert capsys.readouterr().out == "".join(line + "\n" for line in expected)
    # one that cannot run the statement (built without some JSON function, say): the same
    monkeypatch.setattr(
        queries_json, "_SQL", queries_json._SQL.replace("json_group_array", "no_such_function")
    )
    assert main(["--library", str(catalog.folder), "list", "--json"]) == 0
    assert capsys.readouterr().out == "[\n" + ",\n".join(expected) + "\n]\n"
    # one that escapes strings otherwise (as Python would with ensure_ascii): not used at all
    monkeypatch.setattr(queries_json, "RECORD_JSON", json.JSONEncoder(separators=(",", ":")))
    with catalog.Session() as s:
        assert queries_json.iter_photo_json(s, ids) is None


def test_the_records_come_in_the_ids_order_as_they_are_made(library):
    """No sort of the whole output before its first row (it would hold every record's text: the
    memory of ``list --json`` would grow with the rows): json_each walks the ids in their order,
    each photograph found by its key."""
    with library.Session() as s:
        cursor = s.connection().connection.dbapi_connection.cursor()
        plan = cursor.execute("EXPLAIN QUERY PLAN " + queries_json._SQL, ("[3, 1, 2]",)).fetchall()
    top = [detail for _id, parent, _, detail in plan if parent == 0 and "SUBQUERY" not in detail]
    assert top[0].startswith("SCAN j VIRTUAL TABLE") and top[1].startswith(
        "SEARCH p USING INTEGER PRIMARY KEY"
    )
    assert not [d for d in top if "TEMP B-TREE" in d], top


def test_a_record_reads_its_captions_once_and_sorts_nothing(library):
    """Each photograph's captions and titles come from one walk of its captions, its reigns and
    themes from their keys' covering indexes (Python writes each set of them once): no sort and
    no join per record, where the statement sorted each photograph's reigns and themes and read
    its captions twice."""
    with library.Session() as s:
        cursor = s.connection().connection.dbapi_connection.cursor()
        plan = [row[3] for row in cursor.execute("EXPLAIN QUERY PLAN " + queries_json._SQL, ("[1]",))]
    assert [d for d in plan if "TEMP B-TREE FOR ORDER BY" in d] == [], plan
    assert len([d for d in plan if d.startswith("SEARCH c ")]) == 1, plan
    for table in ("photo_reigns", "photo_themes"):
        assert len([d for d in plan if f"COVERING INDEX sqlite_autoindex_{table}_1" in d]) == 1, plan
    assert not [d for d in plan if d.startswith(("SEARCH r ", "SEARCH t "))], plan


def _text(record):
    return record.decode() if isinstance(record, bytes) else RECORD_JSON.encode(record)


def test_records_keep_the_lists_order_from_window_to_window(catalog):
    """The ids are read a window at a time in id order; the records still come in the list's
    order, an id given twice twice, an id not in the catalog not at all, in every window."""
    if catalog.engine.dialect.name != "sqlite":
        pytest.skip("SQLite writes the text; PostgreSQL never does")
    with catalog.Session() as s:
        ids = q.photo_ids(s)
        asked = [ids[4], ids[0], 10_000, ids[4], ids[2], ids[1], ids[3], ids[0], ids[2]]
        for window in (1, 2, 3, len(asked)):
            records = queries_json.iter_photo_json(s, asked, window=window)
            assert records is not None
            made = [_text(r) for r in records]
            assert made == [
                RECORD_JSON.encode(r) for r in _python(catalog, [i for i in asked if i != 10_000])
            ]


def test_reigns_and_themes_come_in_their_order_not_their_ids(catalog):
    """Python writes a photograph's reigns by start and its themes by position, as the ORM does,
    also where those orders are not the ids' (a reign added later that began earlier, themes
    moved)."""
    if catalog.engine.dialect.name != "sqlite":
        pytest.skip("SQLite writes the text; PostgreSQL never does")
    with catalog.Session() as s, s.begin():
        s.execute(text("UPDATE themes SET position = 100 - position"))
        s.execute(
            text(
                "INSERT INTO reigns (slug, start, \"end\") VALUES ('mohammed-v', '1927-11-18', '1961-02-26')"
            )
        )
        ids = q.photo_ids(s)
        for pid in ids:
            for slug in ("hassan-ii", "mohammed-v", "mohammed-vi"):
                s.execute(
                    text(
                        "INSERT INTO photo_reigns (photo_id, reign_id) SELECT :p, id FROM reigns WHERE slug = :s "
                        "AND id NOT IN (SELECT reign_id FROM photo_reigns WHERE photo_id = :p)"
                    ),
                    {"p": pid, "s": slug},
                )
    with catalog.Session() as s:
        records = queries_json.iter_photo_json(s, ids)
        assert records is not None
        made = list(records)
    expected = _python(catalog, ids)
    assert [_text(r) for r in made] == [RECORD_JSON.encode(r) for r in expected]
    # written by SQLite but for the two whose location Python writes otherwise
    assert [json.loads(_text(r))["path"] for r in made if not isinstance(r, bytes)] == [
        "1999/solaire.jpg",
        "2010/dakhla.jpg",
    ]
    port = next(r for r in map(json.loads, map(_text, made)) if r["path"] == "1985/port.jpg")
    assert port["reigns"] == ["mohammed-v", "hassan-ii", "mohammed-vi"]
    assert port["themes"] == ["industry", "port"]  # moved: industry now before port


def test_list_json_into_a_stream_that_is_not_utf8(catalog, monkeypatch):
    """The records' UTF-8 bytes go as they are into a UTF-8 stream; any other stream gets the
    same text through its own encoding (or a stream with no bytes under it at all)."""
    import io
    import sys

    with catalog.Session() as s:
        ids = q.photo_ids(s)
    expected = "[\n" + ",\n".join(RECORD_JSON.encode(r) for r in _python(catalog, ids)) + "\n]\n"
    args = ["--library", str(catalog.folder)]
    if catalog.engine.dialect.name != "sqlite":
        args += ["--db", catalog.url]
    for make in (
        lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-16", newline=""),
        lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline=""),
    ):
        stream = make()
        monkeypatch.setattr(sys, "stdout", stream)
        print("before", end="|")
        assert main([*args, "list", "--json"]) == 0
        stream.flush()
        assert stream.buffer.getvalue().decode(stream.encoding) == "before|" + expected
    plain = io.StringIO()
    monkeypatch.setattr(sys, "stdout", plain)
    assert main([*args, "list", "--json"]) == 0
    assert plain.getvalue() == expected


def test_a_reader_that_stops_early_closes_the_catalog_without_a_traceback(library, tmp_path):
    """``photobook list --json | head``: the catalog closes while the records are half written,
    and the records' cursor is let go without a word ("Exception ignored … Cannot operate on a
    closed database" on stderr before)."""
    from photobook.db.engine import open_library
    from photobook.services.synthetic import populate

    populate(library, 5, distinct_thumbs=1)
    folder = library.folder
    lib = open_library(folder)
    s = lib.Session()
    records = queries_json.iter_photo_json(s, q.photo_ids(s))
    assert records is not None
    next(records)
    s.connection().connection.dbapi_connection.close()  # what closing the library does to it
    records.close()  # no error
    s.invalidate()
    lib.close()
