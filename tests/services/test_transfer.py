"""Import and export of the archivist's work; the shared catalog (PostgreSQL) indexes the same way."""

from __future__ import annotations

import json

import pytest

from photobook.db import queries as q
from photobook.indexer.scan import index_paths
from photobook.services.import_plan import import_catalog
from photobook.services.transfer import TransferError, export_catalog

from ..indexer.hostile import jpeg


@pytest.fixture
def indexed(any_library, tmp_path):
    root = tmp_path / "src"
    (root / "1985").mkdir(parents=True)
    (root / "1985" / "port.jpg").write_bytes(jpeg(color=(1, 1, 1)))
    (root / "medina.jpg").write_bytes(jpeg(color=(2, 2, 2)))
    report = index_paths(any_library, [root], workers=0)
    assert report.indexed == 2
    return any_library, root


def records(lib):
    with lib.Session() as s:
        return {r.path: r.as_json() for r in q.photo_records(s, q.photo_ids(s))}


def test_import_applies_captions_dates_themes_and_reports_problems(indexed, tmp_path):
    lib, root = indexed
    good = [
        {
            "path": "1985/port.jpg",
            "date": "circa 1984",
            "status": "published",
            "themes": ["port"],
            "captions": {
                "fr": {"title": "Le port", "text": "Casablanca, vers 1984"},
                "ar": {"title": "الميناء", "text": "الدار البيضاء"},
            },
            "place": "Casablanca",
            "place_coords": [33.6, -7.6],
            "plate": "pl. 3",
        },
        {"path": "nowhere.jpg", "date": "1990"},
    ]
    f = tmp_path / "c.json"
    for bad, reason in (
        ({"path": "medina.jpg", "date": "1985-13-01", "themes": ["culture"]}, "1985-13-01"),
        ({"path": "medina.jpg", "themes": ["no-such-theme"]}, "unknown theme(s): 'no-such-theme'"),
    ):
        f.write_text(json.dumps({"format": "photobook-catalog", "version": 1, "photos": [*good, bad]}))
        with pytest.raises(TransferError, match=r"^entry 2: ") as exc:
            import_catalog(lib, f, source=root)
        assert reason in str(exc.value)
        assert records(lib)["1985/port.jpg"]["captions"] == {}  # nothing was applied
    f.write_text(json.dumps({"format": "photobook-catalog", "version": 1, "photos": good}))
    result = import_catalog(lib, f, source=root)
    assert result == {"updated": 1, "not_found": ["nowhere.jpg"]}
    r = records(lib)
    port = r["1985/port.jpg"]
    assert (port["date"], port["date_source"], port["status"]) == ("1984~", "archivist", "published")
    assert port["themes"] == ["port"] and port["reigns"] == ["hassan-ii"]
    assert port["captions"]["ar"] == "الدار البيضاء" and port["place_coords"] == [33.6, -7.6]
    assert r["medina.jpg"]["themes"] == []
    with lib.Session() as s:  # the imported caption is searchable
        assert q.photo_ids(s, q.PhotoFilter(search="البيضاء")) == [port["id"]]


def test_export_then_import_round_trips(indexed, tmp_path):
    lib, root = indexed
    f = tmp_path / "c.json"
    f.write_text(
        json.dumps(
            {
                "format": "photobook-catalog",
                "version": 1,
                "photos": [
                    {
                        "path": "medina.jpg",
                        "date": "1990",
                        "status": "reviewed",
                        "themes": ["culture"],
                        "captions": {"en": {"title": "Medina", "text": "Fès"}},
                        "place": "Fès",
                    },
                    {"path": "1985/port.jpg", "date": "circa 1984"},
                ],
            }
        )
    )
    import_catalog(lib, f, source=root)
    exported = export_catalog(lib)
    entry = next(p for p in exported["photos"] if p["path"] == "medina.jpg")
    assert entry["date"] == "1990" and entry["captions"]["en"]["text"] == "Fès"
    out = tmp_path / "export.json"
    out.write_text(json.dumps(exported), encoding="utf-8")
    assert import_catalog(lib, out)["updated"] == 2  # matched by content hash
    assert export_catalog(lib) == exported  # nothing changed on the way back in


@pytest.mark.parametrize(
    "content", ["{not json", '{"format": "other"}', '{"format": "photobook-catalog", "version": 9}']
)
def test_import_refuses_what_it_cannot_read(library, tmp_path, content):
    f = tmp_path / "bad.json"
    f.write_text(content)
    with pytest.raises(TransferError):
        import_catalog(library, f)
