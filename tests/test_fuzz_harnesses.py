"""The fuzzing harnesses (tools/fuzz/) on their seed corpora, without the fuzzer: every reader of
untrusted bytes takes every seed as the app would, and the harnesses keep up with the code they
call (a renamed field or entry point breaks this test, not the night's fuzzing run)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parent.parent / "tools" / "fuzz"
HARNESSES = ("metadata", "exif", "xmp", "iptc", "thumbs", "dates", "import")


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    sys.path.insert(0, str(FUZZ))
    # plain imports even where atheris is installed: instrumenting would slow the rest of the suite
    atheris = sys.modules.get("atheris")
    sys.modules["atheris"] = None  # type: ignore[assignment]
    try:
        make_corpus = importlib.import_module("make_corpus")
        out = tmp_path_factory.mktemp("seeds")
        make_corpus.write(out)
        yield out
    finally:
        sys.path.remove(str(FUZZ))
        if atheris is None:
            del sys.modules["atheris"]
        else:
            sys.modules["atheris"] = atheris


@pytest.fixture(autouse=True)
def app_alarm_back_on():
    """The file harnesses hand the worker's alarm to libFuzzer; the rest of the suite keeps it."""
    yield
    from photobook.indexer import worker

    worker.use_alarm(True)


@pytest.mark.parametrize("name", HARNESSES)
def test_every_seed_passes_its_harness(name, seeds):
    harness = importlib.import_module(f"fuzz_{name}")
    files = sorted((seeds / name).iterdir())
    assert len(files) >= 3
    for f in files:
        harness.test_one(f.read_bytes())


def test_the_harnesses_see_the_defects_they_were_written_for(seeds, monkeypatch):
    """Put the two defects of issue 15 back: the harnesses report them."""
    metadata = importlib.import_module("fuzz_metadata")
    [with_xmp] = [f.read_bytes() for f in (seeds / "metadata").iterdir() if b"rdf:Alt" in f.read_bytes()][:1]

    def old_parse_xmp(data, into):
        raise LookupError("unknown encoding: utf-9")

    monkeypatch.setattr("photobook.indexer.worker.parse_xmp", old_parse_xmp)
    with pytest.raises(AssertionError, match="a photograph Pillow reads was dropped"):
        metadata.test_one(with_xmp)

    dates = importlib.import_module("fuzz_dates")
    monkeypatch.setattr("photobook.core.dates._edtf_said", print)  # the library's print, unsilenced
    with pytest.raises(AssertionError, match="printed on standard output"):
        dates.test_one(b"\x011985-0X")
