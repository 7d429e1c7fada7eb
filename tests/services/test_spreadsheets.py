"""Spreadsheets in and out: the CSV and XLSX exports read back into a new library (Arabic included),
and the import's report on a spreadsheet with errors on known lines."""

from __future__ import annotations

import csv
import io
import json

import pytest

from photobook.cli import main
from photobook.db import queries as q
from photobook.db.engine import open_library
from photobook.indexer.scan import index_paths
from photobook.services import edits
from photobook.services.import_plan import ImportRefused, apply_plan, plan_import
from photobook.services.spreadsheet import COLUMNS, export_rows, read_csv, read_xlsx, write_csv, write_xlsx
from photobook.services.transfer import export_catalog

from ..indexer.hostile import jpeg

ARABIC_TITLE = "ميناء الدار البيضاء"
ARABIC_CAPTION = 'رصيف الميناء سنة ١٩٨٥، مع «سفينة» و"اقتباس"؛ سطر ثان\nوسطر ثالث'


@pytest.fixture
def archive(tmp_path):
    root = tmp_path / "scans"
    (root / "1985").mkdir(parents=True)
    (root / "1985" / "port.jpg").write_bytes(jpeg(color=(10, 20, 30)))
    (root / "1985" / "quai.jpg").write_bytes(jpeg(color=(30, 20, 10)))
    (root / "medina.jpg").write_bytes(jpeg(color=(60, 60, 60)))
    return root


def _ids(lib) -> dict[str, int]:
    with lib.Session() as s:
        return {r.path: r.id for r in q.photo_records(s, q.photo_ids(s))}


@pytest.fixture
def worked(any_library, archive):
    """A library whose archivist wrote in three languages, dated, placed and themed photographs."""
    index_paths(any_library, [archive], workers=0)
    ids = _ids(any_library)
    edits.save(
        any_library,
        {
            ids["1985/port.jpg"]: edits.EditRequest(
                {
                    "title:fr": "Le port de Casablanca",
                    "title:ar": ARABIC_TITLE,
                    "caption:ar": ARABIC_CAPTION,
                    "caption:en": '=HYPERLINK("http://example.org") is text, not a formula',
                    "date": "vers 1985",
                    "status": "reviewed",
                    "place": "Casablanca",
                    "place:ar": "الدار البيضاء",
                    "place_lat": "33.5731",
                    "place_lon": "-7.5898",
                    "photographer": "Amina B.",
                    "plate": "XII-3",
                },
                add_themes=("port", "economy"),
            ),
            ids["medina.jpg"]: edits.EditRequest({"caption:fr": "La médina", "date": "1990-06"}),
        },
        user="amina",
    )
    return any_library, archive


def _new_library(tmp_path, archive, name="second"):
    lib = open_library(tmp_path / name)
    index_paths(lib, [archive], workers=0)
    return lib


def _work(lib) -> list[dict]:
    """What an archivist wrote, photograph by photograph (the JSON export, without the source)."""
    return sorted(
        ({k: v for k, v in p.items() if k != "source"} for p in export_catalog(lib)["photos"]),
        key=lambda p: p["path"],
    )


def test_csv_export_is_utf8_with_bom_and_every_field_per_language(worked, tmp_path):
    lib, _root = worked
    out = tmp_path / "out.csv"
    assert main(["--library", str(lib.folder), "--db", lib.url, "export", "--format", "csv", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel then opens Arabic as Arabic
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == list(COLUMNS)
    port = next(r for r in rows if r["path"] == "1985/port.jpg")
    assert port["title_ar"] == ARABIC_TITLE and port["caption_ar"] == ARABIC_CAPTION
    assert port["title_fr"] == "Le port de Casablanca" and port["place_ar"] == "الدار البيضاء"
    assert (port["date"], port["date_source"], port["status"]) == ("1985~", "archivist", "reviewed")
    assert set(port["themes"].split("; ")) == {"port", "economy"}
    assert (port["place_lat"], port["place_lon"], port["plate"], port["name"]) == (
        "33.5731",
        "-7.5898",
        "XII-3",
        "port.jpg",
    )
    assert len(port["content_hash"]) == 32 and port["width"] == "320"
    # a spreadsheet program would run it as a formula: written after an apostrophe
    assert port["caption_en"].startswith("'=HYPERLINK")
    # a filter exports its photographs only
    out2 = tmp_path / "port.csv"
    args = ["--library", str(lib.folder), "--db", lib.url, "export", "--format", "csv", "--theme", "port"]
    assert main([*args, str(out2)]) == 0
    assert [r["path"] for r in csv.DictReader(io.StringIO(out2.read_text("utf-8-sig")))] == ["1985/port.jpg"]


def test_csv_round_trip_into_a_new_library_keeps_everything_in_three_languages(worked, tmp_path):
    lib, root = worked
    out = tmp_path / "out.csv"
    with open(out, "w", encoding="utf-8", newline="") as f:
        write_csv(f, export_rows(lib))
    second = _new_library(tmp_path, root)
    try:
        plan = plan_import(second, out)
        assert plan.ok and len(plan.rows) == 3 and not plan.not_found
        port = next(r for r in plan.rows if r.path == "1985/port.jpg")
        by_column = {c.column: (c.old, c.new) for c in port.changes}
        assert by_column["title_ar"] == (None, ARABIC_TITLE)
        assert by_column["date"] == ("1985", "1985~")  # the folder's year, then the archivist's
        result = apply_plan(second, plan, user="import")
        assert result.updated == 2 and result.unchanged == 1
        assert _work(second) == _work(lib)
        # through the edits: a history row per field, the revision bumped
        with second.Session() as s:
            pid = _ids(second)["1985/port.jpg"]
            fields = {h.field for h in q.photo_history(s, pid)}
            (rec,) = q.photo_records(s, [pid])
        assert {"title:ar", "caption:ar", "date", "themes", "place_lat"} <= fields and rec.revision == 2
        # imported twice: nothing left to change
        again = plan_import(second, out)
        assert again.ok and not again.changed
    finally:
        second.close()


def test_xlsx_round_trip_with_arabic(worked, tmp_path):
    lib, root = worked
    book = tmp_path / "out.xlsx"
    assert main(["--library", str(lib.folder), "--db", lib.url, "export", "--format", "xlsx", str(book)]) == 0
    sheet = read_xlsx(book.read_bytes())
    assert sheet.header == COLUMNS
    cells = dict(
        zip(sheet.header, next(r.cells for r in sheet.rows if r.cells[0] == "1985/port.jpg"), strict=True)
    )
    assert cells["title_ar"] == ARABIC_TITLE and cells["caption_en"].startswith(
        "=HYPERLINK"
    )  # text, not a formula
    second = _new_library(tmp_path, root)
    try:
        code = main(["--library", str(second.folder), "import", str(book)])
        assert code == 0
        assert _work(second) == _work(lib)
    finally:
        second.close()


def test_a_workbook_typed_by_hand_dates_and_numbers_as_excel_stores_them(library, archive, tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    index_paths(library, [archive], workers=0)
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Date", "Title AR", "Themes"])
    ws.append(["medina.jpg", 1985, "المدينة القديمة", "culture"])
    ws.append(["quai.jpg", datetime(1985, 6, 14), "الرصيف", "port, economy"])
    wb.save(tmp_path / "by-hand.xlsx")
    plan = plan_import(library, tmp_path / "by-hand.xlsx")
    assert plan.ok and plan.unit == "row"
    apply_plan(library, plan)
    with library.Session() as s:
        recs = {r.path: r for r in q.photo_records(s, q.photo_ids(s))}
    assert recs["medina.jpg"].date == "1985" and recs["medina.jpg"].captions["ar"].title == "المدينة القديمة"
    assert recs["1985/quai.jpg"].date == "1985-06-14" and set(recs["1985/quai.jpg"].themes) == {
        "port",
        "economy",
    }


BAD_SHEET = (
    "path;title_fr;date;themes;colour;key;content_hash\n"  # line 1: an unknown column
    "1985/port.jpg;Le port;1985;port;;;\n"  # line 2: fine
    "medina.jpg;La médina;1990;harbour;;;\n"  # line 3: an unknown theme
    '1985/quai.jpg;"Le quai,\nsur deux lignes";32/13/1985;;;;\n'  # lines 4-5: an unreadable date, a title on two lines
    "nowhere.jpg;Nulle part;;;;;\n"  # line 6: names nothing (not an error)
    "1985/port.jpg;Encore;;;;;\n"  # line 7: the same key as line 2
    "x.jpg;;;;;serial;\n"  # line 8: an unknown kind of key
    ";;;;;;{port_hash}\n"  # line 9: line 2's photograph again, by its hash
)


def test_dry_run_reports_every_error_by_line_and_column_and_changes_nothing(
    library, archive, tmp_path, capsys
):
    index_paths(library, [archive], workers=0)
    with library.Session() as s:
        port_hash = next(
            r.content_hash for r in q.photo_records(s, q.photo_ids(s)) if r.path == "1985/port.jpg"
        )
    sheet = tmp_path / "from-the-scanner.csv"
    sheet.write_text(BAD_SHEET.format(port_hash=port_hash), encoding="utf-8")
    before = _work(library)
    args = ["--library", str(library.folder), "import", str(sheet)]
    capsys.readouterr()
    assert main([*args, "--dry-run"]) == 2
    out, err = capsys.readouterr()
    *errors, last = out[out.index("errors (7):") :].splitlines()[1:]
    assert last.startswith("nothing was changed")
    assert errors == [
        "  line 1, column colour: unknown column 'colour'",
        "  line 3, column themes: unknown theme 'harbour'",
        "  line 4, column date: unreadable date '32/13/1985' (" + errors[2].split("(", 1)[1],
        "  line 4, column title_fr: title_fr contains a control character (U+000A) at position 9: "
        "a one-line field takes none",
        "  line 7, column path: path '1985/port.jpg' is also on line 2",
        "  line 8, column key: unknown kind of key 'serial' (path, name, hash or plate)",
        "  line 9: the same photograph as line 2",
    ]
    assert "line 2 · 1985/port.jpg" in out and "title_fr: (empty) → 'Le port'" in out
    assert "line 6: not found (path 'nowhere.jpg')" in out
    assert err.count("\n") == 1 and "line 1, column colour" in err and "(and 6 more errors)" in err
    # a real run with errors changes nothing either
    assert main(args) == 2
    assert _work(library) == before
    capsys.readouterr()
    # as JSON: every error with its line, column and code
    assert main([*args, "--dry-run", "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert [(e["line"], e["column"], e["code"]) for e in report["errors"]] == [
        (1, "colour", "unknown_column"),
        (3, "themes", "unknown_theme"),
        (4, "date", "bad_date"),
        (4, "title_fr", "bad_value"),
        (7, "path", "duplicate_key"),
        (8, "key", "unknown_key"),
        (9, "", "same_photo"),
    ]


def test_a_dry_run_without_errors_shows_old_and_new_then_the_real_run_applies_it(
    library, archive, tmp_path, capsys
):
    index_paths(library, [archive], workers=0)
    sheet = tmp_path / "plates.csv"
    sheet.write_text("name,plate,title_en\nport.jpg,IV-2,The port\nmedina.jpg,IV-3,\n", encoding="utf-8")
    args = ["--library", str(library.folder), "import", str(sheet), "--key", "name"]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2 photographs to change" in out and "plate: (empty) → 'IV-2'" in out and "(--dry-run)" in out
    assert all(p.get("plate") is None for p in _work(library))
    assert main(args) == 0
    assert "updated 2 photographs (3 fields)" in capsys.readouterr().out
    # keyed by plate now: the title changes, the plate stays
    sheet.write_text("plate,title_en\nIV-2,The harbour\n", encoding="utf-8")
    assert main(["--library", str(library.folder), "import", str(sheet), "--key", "plate"]) == 0
    titles = {p["path"]: p["captions"].get("en", {}).get("title") for p in _work(library)}
    assert titles["1985/port.jpg"] == "The harbour"


def test_a_file_that_names_no_photograph_of_the_library_says_so_and_exits_non_zero(
    library, archive, tmp_path, capsys
):
    index_paths(library, [archive], workers=0)
    sheet = tmp_path / "other.csv"
    sheet.write_text("path,title_fr\nautre/a.jpg,A\nautre/b.jpg,B\n", encoding="utf-8")
    assert main(["--library", str(library.folder), "import", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert "none of its 2 rows names a photograph of this library" in err and err.count("\n") == 1


def test_a_photograph_saved_since_the_preview_refuses_the_whole_import(library, archive, tmp_path):
    index_paths(library, [archive], workers=0)
    sheet = tmp_path / "s.csv"
    sheet.write_text("path,title_fr\n1985/port.jpg,A\nmedina.jpg,B\n", encoding="utf-8")
    plan = plan_import(library, sheet)
    edits.save(library, {_ids(library)["medina.jpg"]: edits.EditRequest({"title:fr": "Déjà"})})
    with pytest.raises(ImportRefused) as exc:
        apply_plan(library, plan)
    assert [(p.line, p.code) for p in exc.value.problems] == [(3, "stale")]
    titles = {p["path"]: p["captions"].get("fr", {}).get("title") for p in _work(library)}
    assert titles == {"1985/port.jpg": None, "1985/quai.jpg": None, "medina.jpg": "Déjà"}


@pytest.mark.parametrize(
    "data, message",
    [
        (b"path,title_fr\n\xff\xfe1985,x\n", "line 2 is not UTF-8"),
        (b"", "empty"),
        (b"PK\x03\x04 not really a zip", "not an Excel workbook"),
    ],
)
def test_unreadable_spreadsheets_are_one_line(library, tmp_path, capsys, data, message):
    f = tmp_path / ("in.xlsx" if data.startswith(b"PK") else "in.csv")
    f.write_bytes(data)
    assert main(["--library", str(library.folder), "import", str(f)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_csv_reader_takes_semicolons_tabs_and_a_bom_and_counts_lines_of_multiline_cells():
    sheet = read_csv('\ufeffpath;caption_fr\n"a.jpg";"deux\nlignes"\n\nb.jpg;x\n'.encode())
    assert sheet.header == ("path", "caption_fr")
    assert [(r.line, r.cells) for r in sheet.rows] == [(2, ("a.jpg", "deux\nlignes")), (5, ("b.jpg", "x"))]
    assert read_csv(b"path\tdate\na.jpg\t1985\n").rows[0].cells == ("a.jpg", "1985")


def test_write_xlsx_then_read_it(tmp_path):
    write_xlsx(tmp_path / "a.xlsx", [["a.jpg", "=1+1", "١٩٨٥"]], header=["path", "caption_fr", "date"])
    sheet = read_xlsx((tmp_path / "a.xlsx").read_bytes())
    assert sheet.rows[0].cells == ("a.jpg", "=1+1", "١٩٨٥")


def test_a_file_kept_twice_is_found_by_its_path_and_a_hash_alone_is_ambiguous(library, tmp_path):
    root = tmp_path / "scans"
    for folder in ("a", "b"):
        (root / folder).mkdir(parents=True)
        (root / folder / "same.jpg").write_bytes(jpeg(color=(7, 7, 7)))  # the same bytes twice
    index_paths(library, [root], workers=0)
    with library.Session() as s:
        digest = q.photo_records(s, q.photo_ids(s))[0].content_hash
    sheet = tmp_path / "s.csv"
    sheet.write_text(f"content_hash,path,title_fr\n{digest},b/same.jpg,Le second\n", encoding="utf-8")
    plan = plan_import(library, sheet)
    assert plan.ok and [r.path for r in plan.rows] == ["b/same.jpg"]
    sheet.write_text(f"content_hash,title_fr\n{digest},Lequel ?\n", encoding="utf-8")
    plan = plan_import(library, sheet)
    assert [(p.line, p.column, p.code, p.values["count"]) for p in plan.problems] == [
        (2, "content_hash", "ambiguous_key", 2)
    ]
