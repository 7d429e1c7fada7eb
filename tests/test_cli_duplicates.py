"""``photobook duplicates`` as a user runs it: the groups (text and JSON), hashes filled for a
catalog made before them (--compute), merge, unmerge and dismiss, and their exit codes."""

from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import update

from photobook.cli import main
from photobook.db import queries
from photobook.db.engine import open_library
from photobook.db.models import Photo
from tests.near_copies import write_set


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _indexed(tmp_path, capsys):
    root = tmp_path / "archive"
    files = write_set(root / "scans")
    lib = tmp_path / "lib"
    assert run(capsys, "--library", lib, "index", root)[0] == 0
    shutil.copy(files["original"], root / "scans" / "copy.jpg")  # its thumbnail is already cached
    assert run(capsys, "--library", lib, "index", root)[0] == 0
    return lib, root


def _ids(lib):
    library = open_library(lib)
    try:
        with library.Session() as s:
            return {r.path.split("/")[-1]: r.id for r in queries.photo_records(s, queries.photo_ids(s))}
    finally:
        library.close()


def test_groups_in_text_and_json(tmp_path, capsys):
    lib, _root = _indexed(tmp_path, capsys)
    ids = _ids(lib)
    code, out, err = run(capsys, "--library", lib, "duplicates", "--json")
    assert code == 0 and err == ""
    found = json.loads(out)
    assert found["without_hash"] == 0 and found["compared"] == 6  # the copy shares its original's hash
    (group,) = found["groups"]
    assert group["kind"] == "near"
    assert {p["path"] for p in group["photos"]} == {
        f"scans/{n}.jpg" for n in ("original", "copy", "half", "crop", "q60")
    }
    same = {p["id"] for p in group["photos"] if p["same_file"]}
    assert same == {ids["original.jpg"], ids["copy.jpg"]}
    code, out, _err = run(capsys, "--library", lib, "duplicates")
    assert code == 0
    assert out.startswith("1 group of duplicates (near: at most 8 bits apart; 6 photographs compared")
    assert "scans/half.jpg  480×320" in out and "other.jpg" not in out
    code, out, _err = run(capsys, "--library", lib, "duplicates", "--distance", "0", "--json")
    assert all(len(g["photos"]) >= 2 for g in json.loads(out)["groups"])
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "--library", lib, "duplicates", "--distance", "65")
    assert exit_.value.code == 2 and "from 0 to 16" in capsys.readouterr().err


def test_a_catalog_made_before_the_hashes_gets_them_with_compute(tmp_path, capsys):
    lib, _root = _indexed(tmp_path, capsys)
    library = open_library(lib)
    with library.Session() as s, s.begin():
        s.execute(update(Photo).values(phash=None))  # as a catalog upgraded to 0008 is
    library.close()
    code, out, err = run(capsys, "--library", lib, "duplicates", "--json")
    found = json.loads(out)
    assert found["without_hash"] == 6 and "--compute" in err
    assert [len(g["photos"]) for g in found["groups"]] == [2]  # only the byte-for-byte copies
    code, out, err = run(capsys, "--library", lib, "duplicates", "--compute", "--json")
    assert code == 0 and "perceptual hashes: 6 computed" in err
    found = json.loads(out)
    assert found["without_hash"] == 0 and [len(g["photos"]) for g in found["groups"]] == [5]


def test_merge_unmerge_and_dismiss(tmp_path, capsys):
    lib, root = _indexed(tmp_path, capsys)
    ids = _ids(lib)
    keep, half, crop = ids["original.jpg"], ids["half.jpg"], ids["crop.jpg"]
    code, out, _err = run(capsys, "--library", lib, "duplicates", "merge", keep, half, crop)
    assert code == 0 and out.strip() == f"photograph {keep} keeps 2 more files ({half}, {crop})"
    code, out, _err = run(capsys, "--library", lib, "index", root)
    assert "indexed 0" in out  # the merged files are known: not new photographs
    code, out, _err = run(capsys, "--library", lib, "history", keep)
    assert f'"{half}: scans/half.jpg"' in out
    assert run(capsys, "--library", lib, "duplicates", "merge", keep, keep)[0] == 2
    code, _out, err = run(capsys, "--library", lib, "duplicates", "merge", keep, 9999)
    assert code == 2 and "no photograph with id 9999" in err
    code, out, _err = run(capsys, "--library", lib, "duplicates", "unmerge", keep)
    assert code == 0 and f"{half}, {crop}" in out
    assert run(capsys, "--library", lib, "duplicates", "unmerge", keep)[0] == 2  # nothing left to undo
    group = [ids[n] for n in ("original.jpg", "copy.jpg", "half.jpg", "crop.jpg", "q60.jpg")]
    code, out, _err = run(capsys, "--library", lib, "duplicates", "dismiss", *group)
    assert code == 0 and "(10 new pairs)" in out
    code, out, _err = run(capsys, "--library", lib, "duplicates", "--json")
    assert json.loads(out)["groups"] == []
