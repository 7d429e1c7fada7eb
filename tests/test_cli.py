"""The command line, as a user runs it: JSON output, filters, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from photobook.cli import main

from .indexer.hostile import exif_with, jpeg


@pytest.fixture
def archive(tmp_path):
    root = tmp_path / "scans"
    (root / "1985").mkdir(parents=True)
    (root / "1985" / "port.jpg").write_bytes(jpeg(color=(10, 20, 30)))
    (root / "2010").mkdir()
    (root / "2010" / "dakhla.jpg").write_bytes(
        jpeg(color=(40, 50, 60), exif=exif_with(make="Nikon", model="D700", original="2010:04:05 12:00:00"))
    )
    (root / "broken.jpg").write_bytes(b"\xff\xd8\xff broken")
    return root


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_index_list_show_check(tmp_path, archive, capsys):
    lib = tmp_path / "lib"
    code, out, _err = run(capsys, "--library", lib, "index", archive, "--json")
    assert code == 0  # failed files are reported, the run still succeeds
    summary = json.loads(out)
    assert summary["indexed"] == 2 and summary["failed"][0]["path"] == "broken.jpg"
    code, out, _ = run(capsys, "list", "--library", lib, "--json", "--reign", "hassan-ii")
    photos = json.loads(out)
    assert [p["path"] for p in photos] == ["1985/port.jpg"]
    p = photos[0]
    for key in (
        "id",
        "path",
        "date",
        "date_source",
        "year",
        "reigns",
        "themes",
        "captions",
        "width",
        "height",
        "status",
    ):
        assert key in p
    assert (p["date"], p["year"], p["reigns"], p["width"], p["height"]) == (
        "1985",
        1985,
        ["hassan-ii"],
        320,
        240,
    )
    _, out, _ = run(capsys, "--library", lib, "list", "--year", "2000:2020", "--json")
    assert [x["path"] for x in json.loads(out)] == ["2010/dakhla.jpg"]
    _, out, _ = run(capsys, "--library", lib, "list", "--problems", "--json")
    assert json.loads(out)[0]["path"] == "broken.jpg"
    _, out, _ = run(capsys, "--library", lib, "show", p["id"], "--json")
    assert json.loads(out)["path"] == "1985/port.jpg"
    (archive / "1985" / "port.jpg").unlink()
    _, out, _ = run(capsys, "--library", lib, "check", "--json")
    assert [m["id"] for m in json.loads(out)["missing"]] == [p["id"]]


def test_problems_are_english_on_the_cli_and_code_values_text_in_json(tmp_path, archive, capsys):
    (archive / "empty.jpg").write_bytes(b"")
    (archive / "1985" / "odd.jpg").write_bytes(jpeg(exif=exif_with(original="1985:13:01 10:00:00")))
    lib = tmp_path / "lib"
    code, out, _ = run(capsys, "--library", lib, "index", archive)
    assert code == 0
    assert "  failed  'empty.jpg': empty file (0 bytes)" in out.splitlines()
    assert (
        "  warning '1985/odd.jpg': EXIF DateTimeOriginal '1985:13:01 10:00:00' is not a real date; ignored"
        in out.splitlines()
    )
    _, out, _ = run(capsys, "--library", lib, "list", "--problems")
    assert (
        f"warning  {archive}/1985/odd.jpg: EXIF DateTimeOriginal '1985:13:01 10:00:00' is not a real date; ignored"
        in out
    )
    assert f"error    {archive}/empty.jpg: empty file (0 bytes)" in out
    _, out, _ = run(capsys, "--library", lib, "list", "--problems", "--json")
    rows = {r["path"]: r for r in json.loads(out)}
    assert {k: rows["1985/odd.jpg"][k] for k in ("severity", "code", "values", "text")} == {
        "severity": "warning",
        "code": "exif_date_not_real",
        "values": {"tag": "DateTimeOriginal", "value": "1985:13:01 10:00:00"},
        "text": "EXIF DateTimeOriginal '1985:13:01 10:00:00' is not a real date; ignored",
    }
    assert (rows["empty.jpg"]["code"], rows["empty.jpg"]["values"]) == ("empty_file", {})
    # the next run reads the empty file again (it has no record) and says so in its JSON summary
    _, out, _ = run(capsys, "--library", lib, "index", archive, "--json")
    failed = {f["path"]: f for f in json.loads(out)["failed"]}
    assert failed["empty.jpg"] == {
        "path": "empty.jpg",
        "code": "empty_file",
        "values": {},
        "text": "empty file (0 bytes)",
    }


def test_user_errors_are_one_line_and_non_zero(tmp_path, capsys):
    lib = tmp_path / "lib"
    code, _out, err = run(capsys, "--library", lib, "list", "--theme", "nope")
    assert code != 0 and err.count("\n") == 1 and "unknown theme" in err
    code, _out, err = run(capsys, "--library", lib, "show", "999")
    assert code != 0 and "no photograph with id 999" in err
    bad = tmp_path / "notalib"
    bad.write_text("x")
    code, _out, err = run(capsys, "--library", bad, "list")
    assert code != 0 and err.startswith("photobook: cannot")
    with pytest.raises(SystemExit) as exc:
        main(["list", "--year", "abc"])
    assert exc.value.code == 2


def test_photobook_is_a_console_script(tmp_path):
    out = subprocess.run([sys.executable, "-m", "photobook", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("photobook ")


def test_bad_database_url_and_years_are_one_line(tmp_path, capsys):
    code, _out, err = run(capsys, "--library", tmp_path / "l", "--db", "foo://x", "list")
    assert code == 3 and err.startswith("photobook: cannot open the catalog") and err.count("\n") == 1
    for bad in ("0", "1990:99999"):
        with pytest.raises(SystemExit) as exc:
            main(["--library", str(tmp_path / "l"), "list", "--year", bad])
        assert exc.value.code == 2


def test_remove_source_forgets_records_but_not_files(tmp_path, archive, capsys):
    lib = tmp_path / "lib"
    run(capsys, "--library", lib, "index", archive)
    code, out, _ = run(capsys, "--library", lib, "remove-source", archive, "--yes")
    assert code == 0 and "2 photographs" in out
    assert (archive / "1985" / "port.jpg").exists()
    _, out, _ = run(capsys, "--library", lib, "list", "--json")
    assert json.loads(out) == []


def test_first_start_indexes_the_demo_and_an_interrupted_one_resumes(tmp_path):
    from photobook.core.paths import demo_archive_dir
    from photobook.db import queries
    from photobook.db.engine import open_library
    from photobook.services.demo import ensure_demo
    from photobook.services.sources import remove_source

    lib = open_library(tmp_path / "lib")
    calls = {"n": 0}

    def cancel_early():
        calls["n"] += 1
        return calls["n"] > 3

    assert ensure_demo(lib, cancel=cancel_early) is False  # interrupted
    assert ensure_demo(lib) is True  # the next start finishes it
    with lib.Session() as s:
        total = queries.count(s)
        recs = queries.photo_records(s, queries.photo_ids(s))
    assert total == len(list((demo_archive_dir() / "images").rglob("*.jpg"))) + len(
        list((demo_archive_dir() / "images").rglob("*.JPG"))
    )
    assert sum(1 for r in recs if r.captions) > total // 2
    with lib.Session() as s:  # the demo's tour, ready to present: twenty slides and one for questions
        [summary] = queries.tours(s)
        tour = queries.tour(s, summary.id)
    assert summary.title == "Quatre décennies en vingt images" and summary.duration_s == 20 * 60
    assert len(tour.slides) == 21 and [sl.position for sl in tour.slides if sl.hidden] == [21]
    assert all(sl.notes for sl in tour.slides)
    by_id = {r.id: r for r in recs}
    decades = [by_id[sl.photo_id].date_start[:3] for sl in tour.slides[:20]]
    assert decades == sorted(decades) and len(set(decades)) == 5  # four decades and a half, in order
    assert ensure_demo(lib) is False  # complete: nothing to do
    remove_source(lib, demo_archive_dir() / "images")
    assert ensure_demo(lib) is False  # removed by the archivist: it does not come back
    lib.close()


@pytest.mark.parametrize("size", ["0x0", "100000x10", "wide"])
def test_screenshot_refuses_a_size_it_cannot_draw(size, tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["--library", str(tmp_path / "l"), "screenshot", str(tmp_path / "x.png"), "--size", size])
    assert exc.value.code == 2


def test_list_json_is_compact_and_jsonl_is_one_object_a_line(tmp_path, archive, capsys):
    lib = tmp_path / "lib"
    run(capsys, "--library", lib, "index", archive)
    _, out, _ = run(capsys, "--library", lib, "list", "--json")
    records = json.loads(out)
    assert [r["path"] for r in records] == ["1985/port.jpg", "2010/dakhla.jpg"]
    lines = out.splitlines()  # "[", one compact record a line, "]"
    assert (lines[0], lines[-1], len(lines)) == ("[", "]", 4)
    assert [json.loads(line.rstrip(",")) for line in lines[1:-1]] == records
    code, out, _ = run(capsys, "--library", lib, "list", "--jsonl")
    assert code == 0 and [json.loads(line) for line in out.splitlines()] == records
    _, out, _ = run(capsys, "--library", lib, "list", "--jsonl", "--limit", "1")
    assert [json.loads(line)["path"] for line in out.splitlines()] == ["1985/port.jpg"]
    _, out, _ = run(capsys, "--library", lib, "list", "--json", "--year", "1900")
    assert json.loads(out) == []
    _, out, _ = run(capsys, "--library", lib, "list", "--jsonl", "--year", "1900")
    assert out == ""
    _, out, _ = run(capsys, "--library", lib, "list", "--problems", "--jsonl")
    assert [json.loads(line)["path"] for line in out.splitlines()] == ["broken.jpg"]


# --- edit / history / themes (issue 8), on SQLite and PostgreSQL ---------------------------------


@pytest.fixture
def catalog(any_library, capsys):
    from .db.test_queries import SPECS, add

    add(any_library, SPECS)
    opts = ["--library", str(any_library.folder)]
    if not any_library.is_sqlite:
        opts += ["--db", any_library.url]
    return opts


def test_edit_many_photographs_then_show_and_history(catalog, capsys, monkeypatch):
    monkeypatch.setenv("PHOTOBOOK_USER", "amina")
    code, out, err = run(
        capsys,
        "edit",
        1,
        2,
        *catalog,
        "--date",
        "vers 1985",
        "--title",
        "fr=Le quai",
        "--caption",
        "ar=الميناء",
        "--theme",
        "+industry",
        "--theme",
        "-port",
        "--status",
        "reviewed",
        "--plate",
        "pl. 4",
        "--place",
        "Casablanca",
        "--place",
        "ar=الدار البيضاء",
        "--json",
    )
    assert (code, err) == (0, "")
    recs = json.loads(out)
    assert [r["id"] for r in recs] == [1, 2]
    for r in recs:
        assert (r["date"], r["date_bounds"], r["status"], r["plate"]) == (
            "1985~",
            ["1984-01-01", "1986-12-31"],
            "reviewed",
            "pl. 4",
        )
        assert (r["titles"]["fr"], r["captions"]["ar"], r["revision"]) == ("Le quai", "الميناء", 2)
        assert "industry" in r["themes"] and "port" not in r["themes"]
        assert r["places"] == {"fr": "Casablanca", "ar": "الدار البيضاء"}
    code, out, _ = run(capsys, "show", 1, *catalog, "--json")
    assert json.loads(out)["revision"] == 2
    code, out, _ = run(capsys, "history", 1, *catalog, "--json")
    changed = {e["field"]: (e["old"], e["new"], e["user"]) for e in json.loads(out)}
    assert "date" not in changed  # it was already circa 1985
    assert changed["status"] == ("published", "reviewed", "amina")
    assert changed["themes"] == ("port", "industry", "amina")
    code, out, _ = run(capsys, "history", 2, *catalog)
    assert code == 0 and 'date: "1999" → "1985~"' in out


def test_edit_refuses_a_bad_value_for_every_photograph(catalog, capsys):
    _, before, _ = run(capsys, "list", *catalog, "--json")
    for bad in (
        ["--date", "31 juin 1985"],
        ["--date", "2999"],
        ["--theme", "+no-such-theme"],
        ["--title", "de=Hafen"],
        ["--status", "lost"],
    ):
        code, out, err = run(capsys, "edit", 1, 2, *catalog, "--notes", "x", *bad)
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, (bad, err)
    code, _, err = run(capsys, "edit", 1, 999, *catalog, "--notes", "x")
    assert code == 2 and "999" in err
    _, after, _ = run(capsys, "list", *catalog, "--json")
    assert after == before


def test_edit_against_a_stale_revision_exits_4_and_changes_nothing(catalog, capsys):
    code, _, _ = run(capsys, "edit", 3, *catalog, "--notes", "first", "--expect-revision", 1)
    assert code == 0
    code, out, err = run(capsys, "edit", 3, *catalog, "--notes", "second", "--expect-revision", 1)
    assert code == 4 and out == "" and "revision 2, not 1" in err
    _, out, _ = run(capsys, "show", 3, *catalog, "--json")
    assert (json.loads(out)["notes"], json.loads(out)["revision"]) == ("first", 2)


def test_edit_clears_fields_on_many_photographs_and_refuses_what_cannot_be_cleared(catalog, capsys):
    code, _, err = run(
        capsys,
        "edit",
        1,
        2,
        *catalog,
        "--photographer",
        "Flandrin",
        "--place",
        "Fès",
        "--place",
        "en=Fez",
        "--title",
        "ar=الميناء",
    )
    assert (code, err) == (0, "")
    code, out, err = run(
        capsys,
        "edit",
        1,
        2,
        *catalog,
        "--clear",
        "photographer",
        "--clear",
        "place",
        "--clear",
        "date",
        "--clear",
        "title:ar",
        "--json",
    )
    assert (code, err) == (0, "")
    for r in json.loads(out):
        assert (r["photographer"], r["place"], r["places"], r["date"], r["date_bounds"]) == (
            None,
            None,
            {},
            "",
            None,
        )
        assert "ar" not in r["titles"]
    _, out, _ = run(capsys, "history", 1, *catalog, "--json")
    cleared = {e["field"]: (e["old"], e["new"]) for e in json.loads(out) if e["revision"] == 3}
    assert cleared["photographer"] == ("Flandrin", None) and cleared["place:en"] == ("Fez", None)
    _, before, _ = run(capsys, "list", *catalog, "--json")
    for bad in (["--clear", "status"], ["--clear", "colour"], ["--clear", "notes", "--notes", "x"]):
        code, out, err = run(capsys, "edit", 1, 2, *catalog, *bad)
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, (bad, err)
    _, after, _ = run(capsys, "list", *catalog, "--json")
    assert after == before


def test_themes_list_is_the_tree_with_counts(catalog, capsys):
    code, out, _ = run(capsys, "themes", "list", *catalog, "--json")
    themes = {t["slug"]: t for t in json.loads(out)}
    assert code == 0 and themes["port"]["parent"] == "logistics" and themes["port"]["photos"] == 2
    assert themes["port"]["labels"]["fr"]
    code, out, _ = run(capsys, "themes", "list", *catalog)
    assert "\n  port " in out


def test_themes_add_rename_move_merge(catalog, capsys):
    code, _, err = run(
        capsys,
        "themes",
        "add",
        "fishing",
        *catalog,
        "--fr",
        "Pêche",
        "--en",
        "Fishing",
        "--parent",
        "economy",
    )
    assert (code, err) == (0, "")
    code, _, err = run(capsys, "themes", "add", "fishing", *catalog, "--fr", "Pêche")
    assert code == 2 and "already" in err
    run(capsys, "themes", "rename", "fishing", *catalog, "--ar", "الصيد البحري", "--color", "#336699")
    run(capsys, "themes", "move", "fishing", *catalog, "--parent", "logistics")
    code, _, err = run(capsys, "themes", "move", "logistics", *catalog, "--parent", "fishing")
    assert code == 2 and "under itself" in err
    _, out, _ = run(capsys, "themes", "list", *catalog, "--json")
    t = {x["slug"]: x for x in json.loads(out)}["fishing"]
    assert (t["parent"], t["color"], t["labels"]) == (
        "logistics",
        "#336699",
        {"fr": "Pêche", "ar": "الصيد البحري", "en": "Fishing"},
    )
    # merge: the photographs of "port" (a.jpg, c.jpg) are re-tagged "fishing", with their history
    code, out, _ = run(capsys, "themes", "merge", "port", "fishing", *catalog, "--json")
    assert code == 0 and json.loads(out)["photographs"] == [1, 3]
    _, out, _ = run(capsys, "list", *catalog, "--theme", "fishing", "--json")
    assert [(p["id"], "port" in p["themes"]) for p in json.loads(out)] == [(1, False), (3, False)]
    _, out, _ = run(capsys, "history", 1, *catalog, "--json")
    assert json.loads(out)[-1]["field"] == "themes"
    code, _, err = run(capsys, "list", *catalog, "--theme", "port")
    assert code == 2 and "unknown theme" in err
