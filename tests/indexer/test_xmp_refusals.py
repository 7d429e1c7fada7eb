"""An XMP packet photobook cannot read costs a warning, never the photograph (found by fuzzing)."""

from __future__ import annotations

import json

import pytest

from photobook.cli import main
from photobook.indexer.embedded import Embedded, parse_xmp

from .hostile import jpeg, with_app1

XMP_NS = b"http://ns.adobe.com/xap/1.0/\x00"
ENCODINGS = [b"l", b"foo", b"utf-9", b"rot13", b"zlib"]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_an_unknown_xmp_encoding_is_a_warning(encoding):
    emb = Embedded()
    parse_xmp(b'<?xml version="." encoding="' + encoding + b'"?>a', emb)
    assert len(emb.warnings) == 1 and "XMP" in emb.warnings[0]
    assert emb.captions == {}


def test_a_photograph_with_such_xmp_is_in_the_catalog_with_its_warning(tmp_path, capsys):
    root = tmp_path / "scans"
    root.mkdir()
    packet = b'<?xml version="." encoding="l"?>a'
    assert len(packet) == 33
    (root / "1985-06-14 port.jpg").write_bytes(with_app1(XMP_NS + packet, jpeg(color=(10, 20, 30))))
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "index", str(root)]) == 0
    capsys.readouterr()
    assert main(["--library", lib, "list", "--json"]) == 0
    [photo] = json.loads(capsys.readouterr().out)
    assert (photo["path"], photo["date"], photo["width"]) == ("1985-06-14 port.jpg", "1985-06-14", 320)
    assert main(["--library", lib, "list", "--problems", "--json"]) == 0
    [problem] = json.loads(capsys.readouterr().out)
    assert problem["path"] == "1985-06-14 port.jpg" and "XMP" in json.dumps(problem)
