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
        jpeg(color=(40, 50, 60), exif=exif_with(make="Nikon", model="D700", original="2010:04:05 12:00:00")))
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
    for key in ("id", "path", "date", "date_source", "year", "reigns", "themes", "captions", "width", "height",
                "status"):
        assert key in p
    assert (p["date"], p["year"], p["reigns"], p["width"], p["height"]) == ("1985", 1985, ["hassan-ii"], 320, 240)
    _, out, _ = run(capsys, "--library", lib, "list", "--year", "2000:2020", "--json")
    assert [x["path"] for x in json.loads(out)] == ["2010/dakhla.jpg"]
    _, out, _ = run(capsys, "--library", lib, "list", "--problems", "--json")
    assert json.loads(out)[0]["path"] == "broken.jpg"
    _, out, _ = run(capsys, "--library", lib, "show", p["id"], "--json")
    assert json.loads(out)["path"] == "1985/port.jpg"
    (archive / "1985" / "port.jpg").unlink()
    _, out, _ = run(capsys, "--library", lib, "check", "--json")
    assert [m["id"] for m in json.loads(out)["missing"]] == [p["id"]]


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
