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
    assert len(emb.warnings) == 1 and "XMP" in emb.warnings[0].english
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


def test_the_per_file_alarm_can_be_left_to_a_harness_watchdog(tmp_path, monkeypatch):
    """Fuzzing harnesses time files with libFuzzer's own SIGALRM: the worker must not replace it."""
    import signal

    from photobook.indexer import worker

    def theirs(_signum, _frame):
        raise AssertionError("not expected to fire")

    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg())
    seen = []
    original = worker._read_metadata

    def spy(p, rel, sidecars):
        seen.append(signal.getsignal(signal.SIGALRM))
        return original(p, rel, sidecars)

    monkeypatch.setattr(worker, "_read_metadata", spy)
    old = signal.signal(signal.SIGALRM, theirs)
    try:
        assert worker.read_metadata(bytes(path), "a.jpg").ok  # the app's own 60 s limit
        worker.use_alarm(False)
        assert worker.read_metadata(bytes(path), "a.jpg").ok
        assert seen[0] is not theirs and seen[1] is theirs
        assert signal.getsignal(signal.SIGALRM) is theirs
    finally:
        worker.use_alarm(True)
        signal.signal(signal.SIGALRM, old)
