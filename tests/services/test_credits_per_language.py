"""The photographer, credit and rights per language (revision 0013), on SQLite and PostgreSQL: the
edits and their fallback, clearing, search, and the interchange (CSV and JSON out and back in,
older files with one ``photographer`` column, XMP's lang-alt rights)."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from photobook.db import queries as q
from photobook.indexer.embedded import Embedded, parse_xmp
from photobook.services import edits
from photobook.services.export_xmp import sidecar
from photobook.services.exports import ThemeTree
from photobook.services.import_plan import apply_plan, plan_import
from photobook.services.spreadsheet import COLUMNS, export_rows, write_csv
from photobook.services.transfer import export_catalog
from tests.db.test_queries import SPECS, add

AR_NAME = "ح. نجيبي"
AR_CREDIT = "أرشيف أطلس"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"


@pytest.fixture
def lib(any_library):
    add(any_library, SPECS)
    edits.save(
        any_library,
        {
            1: edits.EditRequest(
                {
                    "photographer": "H. Najibi",
                    "photographer:ar": AR_NAME,
                    "credit": "Archives Atlas",
                    "credit:ar": AR_CREDIT,
                    "credit:en": "Atlas Archives",
                    "rights": "Tous droits réservés",
                    "rights:en": "All rights reserved",
                }
            ),
            2: edits.EditRequest({"photographer": "Studio Atlas"}),  # one value: "any language"
        },
        user="amina",
    )
    return any_library


def record(lib, pid):
    with lib.Session() as s:
        (rec,) = q.photo_records(s, [pid])
    return rec


def test_each_language_shows_its_own_value_else_the_french_with_the_language_it_is_in(lib):
    rec = record(lib, 1)
    assert rec.localized("photographer", "ar") == ("ar", AR_NAME)
    assert rec.localized("photographer", "en") == ("fr", "H. Najibi")  # no English: the French
    assert rec.localized("credit", "en") == ("en", "Atlas Archives")
    assert rec.localized("rights", "ar") == ("fr", "Tous droits réservés")
    assert rec.photographer == "H. Najibi"  # the default value is the French one, as before
    assert rec.photographer_by_lang == {"fr": "H. Najibi", "ar": AR_NAME}
    assert record(lib, 2).localized("photographer", "ar") == ("fr", "Studio Atlas")
    # the history names each language's field
    with lib.Session() as s:
        fields = {h.field for h in q.photo_history(s, 1)}
    assert {"photographer", "photographer:ar", "credit:en", "rights:en"} <= fields
    # the Arabic name is found by search
    with lib.Session() as s:
        assert q.photo_ids(s, q.PhotoFilter(search="نجيبي")) == [1]
    # show --json / list --json carry them
    j = rec.as_json()
    assert j["photographer"] == "H. Najibi" and j["credit_by_lang"]["ar"] == AR_CREDIT
    with lib.Session() as s:
        (row,) = q.iter_photo_records(s, [1])  # list --json, chunk by chunk: the same
    assert {k: row[k] for k in j} == j
    assert row["rights_by_lang"] == {"fr": "Tous droits réservés", "en": "All rights reserved"}


def test_clearing_photographer_clears_every_language_and_undo_brings_them_back(lib):
    result = edits.save(lib, {1: edits.EditRequest(edits.clear_fields(["photographer"]))})
    rec = record(lib, 1)
    assert rec.photographer is None and rec.photographer_by_lang == {}
    assert rec.localized("photographer", "ar") == ("ar", "")
    with lib.Session() as s:
        # what was emptied is marked so (a rescan or an import never fills it again)
        assert set(q.cleared_fields(s, [1])[1]) == {"photographer", "photographer:ar"}
    edits.save(lib, result.inverse())
    assert record(lib, 1).photographer_by_lang == {"fr": "H. Najibi", "ar": AR_NAME}
    # one language only
    edits.save(lib, {1: edits.EditRequest(edits.clear_fields(["credit:ar"]))})
    assert record(lib, 1).credit_by_lang == {"fr": "Archives Atlas", "en": "Atlas Archives"}
    with pytest.raises(edits.EditError, match="unknown language"):
        edits.save(lib, {1: edits.EditRequest({"credit:de": "Archiv"})})


def test_csv_has_a_column_per_language_and_reads_back_into_another_library(lib, tmp_path):
    out = tmp_path / "out.csv"
    with open(out, "w", encoding="utf-8", newline="") as f:
        write_csv(f, export_rows(lib))
    rows = {r["path"]: r for r in csv.DictReader(io.StringIO(out.read_text("utf-8-sig"), newline=""))}
    assert {"photographer_fr", "photographer_ar", "photographer_en", "credit_ar", "rights_en"} <= set(COLUMNS)
    assert "photographer" not in COLUMNS
    a = rows["a.jpg"]
    assert (a["photographer_fr"], a["photographer_ar"], a["photographer_en"]) == ("H. Najibi", AR_NAME, "")
    assert (a["credit_en"], a["rights_en"]) == ("Atlas Archives", "All rights reserved")
    # into the same library with the Arabic changed: only that changes
    text = out.read_text("utf-8-sig").replace(AR_NAME, "حسن نجيبي")
    out.write_text(text, "utf-8")
    plan = plan_import(lib, out)
    assert plan.ok
    (row,) = [r for r in plan.rows if r.changes]
    assert [(c.column, c.old, c.new) for c in row.changes] == [("photographer_ar", AR_NAME, "حسن نجيبي")]
    apply_plan(lib, plan, user="import")
    assert record(lib, 1).localized("photographer", "ar") == ("ar", "حسن نجيبي")


def test_an_older_csv_with_one_photographer_column_still_imports_as_the_french_value(lib, tmp_path):
    old = tmp_path / "old.csv"
    old.write_text("path,photographer,credit,rights,cleared\nb.jpg,R. Flandrin,Coll. privée,,\n", "utf-8")
    plan = plan_import(lib, old)
    assert plan.ok, [p.english for p in plan.problems]
    apply_plan(lib, plan, user="import")
    rec = record(lib, 2)
    assert (rec.photographer, rec.credit) == ("R. Flandrin", "Coll. privée")
    assert rec.photographer_by_lang == {"fr": "R. Flandrin"}


def test_json_carries_every_language_and_an_older_file_still_imports(lib, tmp_path):
    data = export_catalog(lib)
    a = next(p for p in data["photos"] if p["path"] == "a.jpg")
    assert (a["photographer_fr"], a["photographer_ar"], a["credit_en"]) == (
        "H. Najibi",
        AR_NAME,
        "Atlas Archives",
    )
    assert "photographer" not in a
    # read back after the Arabic and English were emptied here: they come back
    edits.save(lib, {1: edits.EditRequest({"photographer:ar": "", "credit:en": ""})})
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    plan = plan_import(lib, path)
    assert plan.ok, [p.english for p in plan.problems]
    apply_plan(lib, plan, user="import")
    rec = record(lib, 1)
    assert rec.photographer_by_lang["ar"] == AR_NAME and rec.credit_by_lang["en"] == "Atlas Archives"
    # an older file: one "photographer", and "cleared" naming the bare column
    older = {
        "format": "photobook-catalog",
        "version": 1,
        "photos": [
            {"path": "c.jpg", "photographer": "M. Tazi", "credit": "Fonds Tazi"},
            {"path": "b.jpg", "cleared": ["photographer"]},
        ],
    }
    path.write_text(json.dumps(older), "utf-8")
    plan = plan_import(lib, path)
    assert plan.ok, [p.english for p in plan.problems]
    apply_plan(lib, plan, user="import")
    assert record(lib, 3).photographer_by_lang == {"fr": "M. Tazi"} and record(lib, 3).credit == "Fonds Tazi"
    assert record(lib, 2).photographer is None
    # the same field twice is refused
    path.write_text(json.dumps({**older, "photos": [{"path": "c.jpg", "credit": "x", "credit_fr": "y"}]}))
    plan = plan_import(lib, path)
    assert not plan.ok and "credit_fr" in plan.problems[0].english


def test_xmp_writes_rights_as_lang_alt_and_the_default_photographer_and_credit(lib):
    with lib.Session() as s:
        themes = ThemeTree(q.theme_tree(s))
    rec = record(lib, 1)
    root = ET.fromstring(sidecar(rec, themes).decode("utf-8").split("?>", 1)[1].rsplit("<?xpacket", 1)[0])
    alt = root.find(".//{http://purl.org/dc/elements/1.1/}rights")
    rights = {li.get(XML_LANG): li.text for li in alt.iter(f"{RDF}li")}
    assert rights["x-default"] == "Tous droits réservés" and rights["en"] == "All rights reserved"
    assert "ar" not in rights
    creator = root.find(".//{http://purl.org/dc/elements/1.1/}creator")
    assert [li.text for li in creator.iter(f"{RDF}li")] == ["H. Najibi"]
    credit = root.find(".//{http://ns.adobe.com/photoshop/1.0/}Credit")
    assert credit.text == "Archives Atlas"
    # the readers keep filling the one (default) value from such a sidecar
    read = Embedded()
    parse_xmp(sidecar(rec, themes), read)
    assert (read.rights, read.creator, read.credit) == ("Tous droits réservés", "H. Najibi", "Archives Atlas")
