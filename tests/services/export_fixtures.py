"""A small indexed library with everything an export writes: captions in three languages (Arabic
included), partial and uncertain dates, themes with a parent, place in three languages with
coordinates, credits and rights, and characters XML must escape."""

from __future__ import annotations

import json
from pathlib import Path

from photobook.db import queries
from photobook.db.engine import Library
from photobook.indexer.scan import index_paths
from photobook.services import edits
from photobook.services.import_plan import import_catalog

from ..indexer.hostile import jpeg

TRICKY = 'Port & "docks" <1985> \x01 ok'  # \x01: a character XML 1.0 cannot carry

ENTRIES = [
    {
        "path": "1985/port.jpg",
        "date": "1985",
        "status": "published",
        "themes": ["port"],
        "captions": {
            "fr": {"title": "Le port de Casablanca", "text": "Les quais, vers midi."},
            "ar": {"title": "ميناء الدار البيضاء", "text": "الأرصفة عند الظهر."},
            "en": {"title": "Casablanca harbour", "text": "The quays around noon."},
        },
        "place": "Casablanca",
        "place_coords": [33.6, -7.6],
        "photographer": "Ahmed Ben Ali",
        "credit": "Archives du Maroc",
        "rights": "http://creativecommons.org/licenses/by/4.0/",
        "plate": "pl. 3",
    },
    {
        "path": "1985/medina.jpg",
        "date": "1985-06",
        "themes": ["economy", "solar"],
        "captions": {
            "ar": {"title": "المدينة القديمة", "text": "أزقة فاس"},
            "fr": {"title": TRICKY, "text": ""},
        },
        "rights": "© Ministère, tous droits réservés",
        "credit": "Fonds Hassan",
    },
    {"path": "wind.jpg", "date": "198X", "themes": ["wind"]},
    {"path": "noor.jpg", "date": "1984-03/1984-09", "captions": {"en": {"title": "Noor", "text": ""}}},
    {"path": "undated.jpg", "date": ""},
]


def make_library(lib: Library, root: Path) -> Path:
    """Index five JPEGs under ``root`` (sizes differ; one is portrait) and apply ``ENTRIES``."""
    (root / "1985").mkdir(parents=True)
    sizes = [(640, 480), (300, 400), (320, 240), (5000, 100), (200, 200)]
    for i, (entry, size) in enumerate(zip(ENTRIES, sizes, strict=True)):
        (root / entry["path"]).write_bytes(jpeg(size=size, color=(10 * i, 40, 200 - 10 * i)))
    report = index_paths(lib, [root], workers=0)
    assert report.indexed == len(ENTRIES)
    f = root.parent / "entries.json"
    # the import refuses a control character in a title (services.edits.check_value); a catalog
    # written before that rule may hold one, and every export must still cope: it is set directly
    photos = [
        {**e, "captions": {**e["captions"], "fr": {"title": "?", "text": ""}}}
        if e["path"] == "1985/medina.jpg"
        else e
        for e in ENTRIES
    ]
    f.write_text(json.dumps({"format": "photobook-catalog", "version": 1, "photos": photos}))
    import_catalog(lib, f, source=root)
    with lib.Session() as s, s.begin():
        (pid,) = queries.photo_ids_by_key(s, "path", ["1985/medina.jpg"])["1985/medina.jpg"]
        edits.set_caption(s, pid, "fr", TRICKY, "")
        edits.finish(s, [pid])
    return root
