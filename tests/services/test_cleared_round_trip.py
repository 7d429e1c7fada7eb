"""An archivist's deletion survives round trip after round trip: export → a library that never
held the value → import → export again still says "cleared", and a sidecar that brings the value
later does not bring it back on rescan (CSV, XLSX and JSON; SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest

from photobook.cli import main
from photobook.db import queries as q
from photobook.db.engine import open_library
from photobook.indexer.scan import index_paths
from photobook.services import edits
from photobook.services.spreadsheet import COLUMN_OF

from . import test_deletion_intent
from .test_deletion_intent import _rec, _touch_and_rescan

archive = test_deletion_intent.archive  # the deletion tests' archive fixture, shared

SIDECAR = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
    'photoshop:Credit="Agence Maghreb" photoshop:DateCreated="1990"/></rdf:RDF></x:xmpmeta>'
)


def _opts(lib):
    return ["--library", str(lib.folder), *([] if lib.is_sqlite else ["--db", lib.url])]


def _cleared_in_export(path, fmt):
    if fmt == "json":
        (entry,) = [p for p in json.loads(path.read_text("utf-8"))["photos"] if p["path"] == "autre.jpg"]
        return entry.get("cleared", [])
    if fmt == "csv":
        from photobook.services.spreadsheet import read_csv

        sheet = read_csv(path.read_bytes())
    else:
        from photobook.services.spreadsheet import read_xlsx

        sheet = read_xlsx(path.read_bytes())
    col = {h: i for i, h in enumerate(sheet.header)}
    (row,) = [r.cells for r in sheet.rows if r.cells[col["path"]] == "autre.jpg"]
    return [c for c in row[col["cleared"]].split("; ") if c]


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_a_deletion_of_a_value_the_files_never_had_survives_a_second_round_trip(
    any_library, archive, tmp_path, capsys, fmt
):
    lib, root = any_library, archive
    index_paths(lib, [root], workers=0)
    pid = _rec(lib, "autre.jpg").id
    # the archivist typed a credit and a date for this scan, then emptied both on purpose
    edits.save(lib, {pid: edits.EditRequest({"credit": "Archives X", "date": "1990"})}, "amina")
    edits.save(lib, {pid: edits.EditRequest({"credit": "", "date": ""})}, "amina")
    first = tmp_path / f"first.{fmt}"
    assert main([*_opts(lib), "export", "--format", fmt, str(first)]) == 0
    assert _cleared_in_export(first, fmt) == ["date", COLUMN_OF["credit"]]
    # a second library indexes the same files (no credit, no date in them) and imports the export
    second = open_library(tmp_path / "second")
    try:
        index_paths(second, [root], workers=0)
        capsys.readouterr()
        assert main(["--library", str(second.folder), "import", str(first)]) == 0, capsys.readouterr()
        again = tmp_path / f"again.{fmt}"
        assert main(["--library", str(second.folder), "export", "--format", fmt, str(again)]) == 0
        assert _cleared_in_export(again, fmt) == ["date", COLUMN_OF["credit"]]  # still said the second time
        with second.Session() as s:
            assert "credit" in q.cleared_fields(s, [_rec(second, "autre.jpg").id]).get(
                _rec(second, "autre.jpg").id, set()
            )
        # a digiKam sidecar later brings a credit and a date: the archivist's deletion stands
        (root / "autre.jpg.xmp").write_text(SIDECAR, encoding="utf-8")
        _touch_and_rescan(second, root)
        rec = _rec(second, "autre.jpg")
        assert (rec.credit, rec.date, rec.date_source) == (None, "", "archivist")
        # and the import says nothing changed on the photograph (no revision, no history for it)
        assert rec.revision == 1
    finally:
        second.close()
    # in the first library too, the sidecar's credit does not fill what the archivist emptied
    _touch_and_rescan(lib, root)
    rec = _rec(lib, "autre.jpg")
    assert (rec.credit, rec.date, rec.date_source) == (None, "", "archivist")
