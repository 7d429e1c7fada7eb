"""The fuzzing harnesses (tools/fuzz/) on their seed corpora, without the fuzzer: every reader of
untrusted bytes takes every seed as the app would, and the harnesses keep up with the code they
call (a renamed field or entry point breaks this test, not the night's fuzzing run)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parent.parent / "tools" / "fuzz"
HARNESSES = ("metadata", "exif", "xmp", "iptc", "thumbs", "dates", "import", "sidecar", "spreadsheet")


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


def _refusal_probe(name, harness, monkeypatch):
    """Wrap the entry point a harness calls so that the test sees how the app answered: the list
    returned grows by one bool per call, True when the app refused (or warned)."""
    seen: list[bool] = []

    def wrap(owner, attr, refused_when):
        real = getattr(owner, attr)

        def probe(*args, **kwargs):
            try:
                out = real(*args, **kwargs)
            except Exception as exc:
                seen.append(refused_when(None, args, exc))
                raise
            seen.append(refused_when(out, args, None))
            return out

        monkeypatch.setattr(owner, attr, probe)

    if name == "metadata":
        wrap(harness.worker, "read_metadata", lambda out, a, e: out is not None and not out.ok)
    elif name == "thumbs":
        wrap(harness.worker, "make_thumb", lambda out, a, e: out is not None and not out["ok"])
    elif name == "exif":
        wrap(harness, "read_exif", lambda out, a, e: out is not None and bool(out.warnings))
    elif name == "xmp":
        wrap(harness, "parse_xmp", lambda out, a, e: e is None and bool(a[1].warnings))
    elif name == "iptc":
        # the worker's catch-all ("IPTC unreadable") is the refusal: the reader raised
        wrap(harness.IptcImagePlugin, "getiptcinfo", lambda out, a, e: e is not None)
    elif name == "dates":
        from photobook.core.dates import DateError

        refused = lambda out, a, e: out is None or isinstance(e, DateError)  # noqa: E731
        wrap(harness, "date_from_path", refused)
        wrap(harness.dates, "from_human", refused)
        wrap(harness.dates, "parse", refused)
    elif name == "import":
        wrap(harness.cli, "main", lambda out, a, e: out == 2)
    elif name == "sidecar":  # the photograph catalogued, with the sidecar's refusal as a warning
        wrap(
            harness.worker,
            "read_metadata",
            lambda out, a, e: (
                out is not None and out.ok and any(w.code == "sidecar_refused" for w in out.warnings)
            ),
        )
    elif name == "spreadsheet":
        wrap(harness.import_plan, "plan_import", lambda out, a, e: isinstance(e, harness.TransferError))
    return seen


@pytest.mark.parametrize("name", HARNESSES)
def test_each_harness_understands_how_the_app_refuses(name, seeds, monkeypatch):
    """Every harness has seeds the app refuses (a garbage file, a decompression bomb, a billion
    laughs, 31 June, a catalog of an unknown version). Each is refused, and the harness takes the
    refusal as the app's answer, not as a finding: when the app's way of refusing changes (a
    reason's type, a result's shape) and a harness is not brought along, this fails here."""
    harness = importlib.import_module(f"fuzz_{name}")
    refused = sorted(f for f in (seeds / name).iterdir() if f.name.startswith("refused-"))
    assert refused, f"no refused seeds for {name}"
    for f in refused:
        seen = _refusal_probe(name, harness, monkeypatch)
        harness.test_one(f.read_bytes())
        assert seen and any(seen), f"{name}: {f.read_bytes()[:60]!r} was not refused"
        monkeypatch.undo()
