"""``photobook check`` hands over its findings as it finds them (issue 12): the catalog is read in
chunks and nothing is held per record, yet the JSON and the text say what they said before:
every missing, modified and moved original, and the counts."""

from __future__ import annotations

import json
import os

from photobook.cli import main
from photobook.services import check

from .indexer.hostile import jpeg


def test_check_streams_every_kind_of_finding(tmp_path, capsys, monkeypatch):
    root = tmp_path / "scans"
    root.mkdir()
    for i in range(12):
        (root / f"p{i:02d}.jpg").write_bytes(jpeg(color=(20 * i, 100, 200 - 10 * i)))
    lib = tmp_path / "lib"
    assert main(["--library", str(lib), "index", str(root)]) == 0
    (root / "p00.jpg").unlink()
    (root / "p01.jpg").unlink()
    (root / "p02.jpg").rename(root / "renamed.jpg")
    (root / "p03.jpg").write_bytes(jpeg(color=(1, 2, 3), size=(330, 240)))
    os.utime(root / "p03.jpg", ns=(1, 1))
    monkeypatch.setattr(check, "CHUNK", 5)  # several chunks even for a dozen photographs
    capsys.readouterr()
    assert main(["--library", str(lib), "check", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert sorted(m["path"].rsplit("/", 1)[1] for m in result["missing"]) == ["p00.jpg", "p01.jpg"]
    assert [m["path"].rsplit("/", 1)[1] for m in result["modified"]] == ["p03.jpg"]
    assert [(m["path"].rsplit("/", 1)[1], m["found_at"].rsplit("/", 1)[1]) for m in result["moved"]] == [
        ("p02.jpg", "renamed.jpg")
    ]
    assert (result["checked"], result["ok"], result["catalog"]) == (12, 8, "quick_check ok")
    assert result["thumbnails_missing"] == []
    assert main(["--library", str(lib), "check"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "missing: 2" in lines and "modified: 1" in lines and "moved: 1" in lines
    assert lines[-1] == "ok: 8 of 12 originals unchanged; catalog file: quick_check ok"
