"""The command line's small edges: empty paths, escapes, numbers out of range, export and
screenshot destinations, a full disk, thousands of failures summarised."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys

import pytest

from photobook.cli import main

from .indexer.hostile import jpeg


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def usage_error(capsys, *args) -> str:
    with pytest.raises(SystemExit) as exc:
        main([str(a) for a in args])
    assert exc.value.code == 2
    return capsys.readouterr().err


@pytest.fixture
def lib(tmp_path, capsys):
    root = tmp_path / "scans"
    root.mkdir()
    (root / "p\x1b[31mred.jpg").write_bytes(jpeg(color=(1, 2, 3)))
    (root / "[bold]x.jpg").write_bytes(jpeg(color=(3, 2, 1)))
    (root / "bad\x07.jpg").write_bytes(b"\xff\xd8\xff broken")
    lib = tmp_path / "lib"
    assert run(capsys, "--library", lib, "index", root, "--workers", "0")[0] == 0
    return lib


@pytest.mark.parametrize(
    "args",
    [
        ["index", ""],
        ["--library", "", "list"],
        ["remove-source", "--yes", ""],
        ["import", ""],
        ["export", ""],
    ],
)
def test_an_empty_path_is_refused_not_taken_for_the_current_folder(tmp_path, capsys, args):
    err = usage_error(capsys, *(["--library", tmp_path / "l"] if args[0] != "--library" else []), *args)
    assert "empty path" in err


def test_control_characters_in_names_are_escaped(lib, capsys):
    _code, out, _ = run(capsys, "--library", lib, "list")
    assert "\x1b" not in out and "p\\x1b[31mred.jpg" in out
    assert "[bold]x.jpg" in out  # shown as written, not as rich markup
    _code, out, _ = run(capsys, "--library", lib, "list", "--problems")
    assert "\x07" not in out and "bad\\x07.jpg" in out
    ids = [p["id"] for p in json.loads(run(capsys, "--library", lib, "list", "--json")[1])]
    shown = "".join(run(capsys, "--library", lib, "show", i)[1] for i in ids)
    assert "\x1b" not in shown and "p\\x1b[31mred.jpg" in shown


@pytest.mark.parametrize(
    "args",
    [
        ["show", "99999999999999999999"],
        ["list", "--limit", "99999999999999999999"],
        ["list", "--limit", "-1"],
        ["list", "--year", "2000:1990"],
        ["list", "--year", "1_985"],
        ["list", "--year", " 1985"],
        ["show", "0"],
        ["index", ".", "--workers", "-3"],
    ],
)
def test_numbers_out_of_range_are_usage_errors(tmp_path, capsys, args):
    err = usage_error(capsys, "--library", tmp_path / "l", *args)
    assert err.strip().splitlines()[-1].startswith("photobook")


def test_limit_zero_and_a_year_range_work(lib, capsys):
    assert json.loads(run(capsys, "--library", lib, "list", "--limit", "0", "--json")[1]) == []
    assert run(capsys, "--library", lib, "list", "--year", "1990:2000", "--json")[0] == 0


def test_export_destination_is_checked_and_nothing_is_left_behind(lib, tmp_path, capsys):
    code, _out, err = run(capsys, "--library", lib, "export", tmp_path / "nowhere" / "x.json")
    assert code == 2 and "no such folder" in err and err.count("\n") == 1
    folder = tmp_path / "existing"
    folder.mkdir()
    code, _out, err = run(capsys, "--library", lib, "export", folder)
    assert code == 2 and "is a folder" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing", "lib", "scans"]


def test_screenshot_names_its_format_and_creates_no_folder(tmp_path, capsys):
    assert "must end in .png or .jpg" in usage_error(capsys, "screenshot", tmp_path / "x.gif")
    assert "no such folder" in usage_error(capsys, "screenshot", tmp_path / "missing" / "x.png")
    assert not (tmp_path / "missing").exists()


def _limited(limit: int):
    def apply() -> None:  # photobook ignores SIGXFSZ (as Python does): writes fail with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def photobook(*args, limit: int | None = None):
    return subprocess.run(
        [sys.executable, "-m", "photobook", *map(str, args)],
        capture_output=True,
        text=True,
        preexec_fn=_limited(limit) if limit else None,
        timeout=300,
    )


def test_a_full_disk_is_one_line_exit_3_and_the_catalog_resumes(tmp_path):
    root = tmp_path / "scans"
    for i in range(700):
        (root / str(i % 7)).mkdir(parents=True, exist_ok=True)
        (root / str(i % 7) / f"p{i}.jpg").write_bytes(jpeg((64, 48), color=(i % 256, i // 256, 9)))
    lib = tmp_path / "lib"
    assert photobook("--library", lib, "list").returncode == 0
    size = (lib / "catalog.sqlite").stat().st_size
    full = photobook("--library", lib, "index", root, "--workers", "0", limit=size + 200_000)
    assert full.returncode == 3 and "Traceback" not in full.stderr, full.stderr
    assert (
        full.stderr.count("\n") == 1
        and "is full" in full.stderr
        and "photographs were catalogued" in full.stderr
    )
    export = photobook("--library", lib, "export", tmp_path / "e.json", limit=100_000)
    assert export.returncode == 3 and "is full" in export.stderr and export.stderr.count("\n") == 1
    assert not (tmp_path / "e.json.part").exists() and not (tmp_path / "e.json").exists()
    again = photobook("--library", lib, "index", root, "--workers", "0")  # space again: it resumes
    assert again.returncode == 0 and photobook("--library", lib, "list", "--json").stdout.count('"id"') == 700


def test_thousands_of_failures_are_summarised_after_twenty(tmp_path, capsys):
    root = tmp_path / "junk"
    root.mkdir()
    for i in range(60):
        (root / f"f{i}.jpg").write_bytes(b"not an image")
    for i in range(5):
        os.mkfifo(root / f"fifo{i}")
    code, out, _ = run(capsys, "--library", tmp_path / "lib", "index", root, "--workers", "0")
    lines = out.splitlines()
    assert code == 0 and sum(1 for ln in lines if ln.startswith("  failed")) == 20
    assert "… and 45 more failed" in out and len(lines) < 30
