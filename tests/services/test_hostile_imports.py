"""Hostile import files: each is refused with one line naming what is wrong (and the entry), before
anything is written; nothing hangs, nothing is half applied."""

from __future__ import annotations

import json
import os
import warnings

import pytest

from photobook.cli import main
from photobook.db import queries as q
from photobook.indexer.scan import index_paths
from photobook.services.import_plan import import_catalog
from photobook.services.transfer import TransferError

from ..indexer.hostile import jpeg


@pytest.fixture
def indexed(library, tmp_path):
    root = tmp_path / "src"
    root.mkdir()
    for i in range(3):
        (root / f"p{i}.jpg").write_bytes(jpeg(color=(i, i, i)))
    index_paths(library, [root], workers=0)
    return library, root


def catalog(*photos) -> dict:
    return {"format": "photobook-catalog", "version": 1, "photos": list(photos)}


def captions(lib) -> dict[str, dict]:
    with lib.Session() as s:
        return {r.path: r.as_json()["captions"] for r in q.photo_records(s, q.photo_ids(s))}


GOOD = {"path": "p0.jpg", "captions": {"fr": "Le port"}}


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"path": "p1.jpg", "captions": {"fr": 5}}, "entry 1: the fr caption must be text or an object"),
        ({"path": "p1.jpg", "captions": ["fr", "x"]}, 'entry 1: "captions" must be an object'),
        ({"path": "p1.jpg", "photographer": 123}, 'entry 1: "photographer" must be text, not a number'),
        ({"content_hash": ["a", "b"]}, 'entry 1: "content_hash" must be text, not a list'),
        ({"path": "p1.jpg", "themes": "port"}, 'entry 1: "themes" must be a list of theme names'),
        ({"path": "p1.jpg", "themes": 5}, 'entry 1: "themes" must be a list'),
        ({"path": "p1.jpg", "captions": {"fr": {"title": "x" * 501}}}, "at most 500"),
        ({"path": "p1.jpg", "captions": {"fr": "x" * 20_001}}, "at most 20,000"),
        ({"path": "p1.jpg", "captions": {"fr": "a\x00b"}}, "NUL"),
        ({"path": "p1.jpg", "captions": {"xx": "a"}}, "unknown caption language 'xx'"),
        ({"path": "p1.jpg", "status": "gone"}, "unknown status 'gone'"),
        ({"path": "p1.jpg", "place_coords": [1e308 * 10, 0]}, "place_coords"),
        ({"path": "p1.jpg", "place_coords": [10**400, 0]}, "place_coords"),
        ({"path": "p1.jpg", "date": "1985-13-01"}, "entry 1: date '1985-13-01'"),
        ({"path": "p1.jpg", "date": ["1985"]}, 'entry 1: "date" must be text'),
        ({"path": "\ud800.jpg"}, "not valid Unicode"),
        (7, "entry 1: must be an object, not a number"),
        ({"captions": {"fr": "x"}}, 'entry 1: needs a "path" or a "content_hash"'),
    ],
)
def test_a_bad_entry_is_refused_by_index_and_nothing_is_applied(indexed, tmp_path, entry, message):
    lib, root = indexed
    f = tmp_path / "c.json"
    f.write_text(json.dumps(catalog(GOOD, entry)), encoding="utf-8")
    with pytest.raises(TransferError) as exc:
        import_catalog(lib, f, source=root)
    assert message in str(exc.value) and "\n" not in str(exc.value)
    assert captions(lib)["p0.jpg"] == {}


def test_six_hundred_good_entries_then_a_bad_one_change_nothing(indexed, tmp_path, capsys):
    lib, _root = indexed
    # distinct paths (two entries for one photograph are an error of their own); most name nothing
    entries = [dict(GOOD, path=f"p{i}.jpg", captions={"fr": f"caption {i}"}) for i in range(600)]
    f = tmp_path / "c.json"
    f.write_text(json.dumps(catalog(*entries, {"path": "p1.jpg", "themes": 5})), encoding="utf-8")
    code = main(["--library", str(lib.folder), "import", str(f)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "entry 600:" in err
    assert captions(lib)["p0.jpg"] == {}


def test_a_byte_order_mark_is_accepted_and_themes_are_whole_words(indexed, tmp_path):
    lib, root = indexed
    f = tmp_path / "bom.json"
    f.write_bytes(
        b"\xef\xbb\xbf"
        + json.dumps(catalog({"path": "p2.jpg", "themes": ["port"], "captions": {"fr": "x"}})).encode()
    )
    assert import_catalog(lib, f, source=root)["updated"] == 1
    with lib.Session() as s:
        (rec,) = [r for r in q.photo_records(s, q.photo_ids(s)) if r.path == "p2.jpg"]
    assert rec.themes == ("port",)


def run(capsys, *args):
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


def test_files_that_are_not_json_catalogs_are_one_line(indexed, tmp_path, capsys):
    lib, _root = indexed
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000)
    digits = tmp_path / "digits.json"
    digits.write_text('{"format": "photobook-catalog", "version": ' + "9" * 5000 + ', "photos": []}')
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)  # nobody writes to it: reading it would wait forever
    folder = tmp_path / "folder.json"
    folder.mkdir()
    cases = {
        deep: "nested too deeply",
        digits: "not valid JSON",
        fifo: "not a regular file",
        folder: "is a folder",
        "/dev/zero": "not a regular file",
        tmp_path / "none.json": "no such file",
    }
    for path, message in cases.items():
        code, err = run(capsys, "--library", lib.folder, "import", path)
        assert (code, err.count("\n")) == (2, 1) and message in err, (path, err)


def test_an_unreadable_file_is_one_line(indexed, tmp_path, capsys):
    lib, _root = indexed
    f = tmp_path / "secret.json"
    f.write_text(json.dumps(catalog(GOOD)))
    f.chmod(0)
    if os.geteuid() != 0:
        code, err = run(capsys, "--library", lib.folder, "import", f)
        assert (code, err.count("\n")) == (2, 1) and "cannot read" in err and "Permission denied" in err
        return
    # root reads any file: read it as "nobody" in a forked child (no exec: the interpreter and the
    # modules are already loaded)
    from photobook.services.transfer import _load

    r, w = os.pipe()
    with warnings.catch_warnings():  # 3.12+: fork() of a process with threads warns; the child only reads
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.setgid(65534)
            os.setuid(65534)
            try:
                _load(f)
                message = "read it"
            except TransferError as exc:
                message = str(exc)
            os.write(w, message.encode())
        finally:
            os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as pipe:
        message = pipe.read().decode()
    os.waitpid(pid, 0)
    assert message.startswith("cannot read") and "Permission denied" in message and "\n" not in message
