"""Every kind of hostile file is recorded with a reason (or catalogued with a warning); the run goes
on, nothing hangs, and the originals are byte-identical afterwards."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from photobook.core.reasons import ReasonCode
from photobook.db import queries, storage
from photobook.indexer.scan import index_paths

from .hostile import make_hostile_archive


def snapshot(root: Path) -> dict[bytes, str]:
    out = {}
    for dirpath, _dirs, files in os.walk(os.fsencode(root)):
        for name in files:
            p = os.path.join(dirpath, name)
            if os.path.islink(p) or not os.path.isfile(p):
                continue
            with open(p, "rb") as f:
                out[p] = hashlib.sha256(f.read()).hexdigest()
    return out


@pytest.fixture
def hostile(tmp_path):
    root = tmp_path / "archive"
    expect = make_hostile_archive(root)
    return root, expect


@pytest.mark.parametrize("workers", [0, 2], ids=["in-process", "worker-processes"])
def test_hostile_archive(library, hostile, workers):
    root, expect = hostile
    before = snapshot(root)
    report = index_paths(library, [root], workers=workers)
    assert snapshot(root) == before, "originals must never be modified"
    failed = {path: reason.english for path, reason in report.failed}
    codes = {path: reason.code for path, reason in report.failed}
    warned: dict[str, list[str]] = {}
    for path, reason in report.warnings:
        warned.setdefault(path, []).append(reason.english)
    with library.Session() as s:
        catalogued = {r.path for r in queries.photo_records(s, queries.photo_ids(s))}
        stored = queries.problems(s)
        problems = {(p["path"], p["severity"]) for p in stored}
    # the catalog holds what the run reported, as codes and values
    assert {(p["path"], p["code"]) for p in stored if p["severity"] == "error"} == {
        (path, reason.code.value) for path, reason in report.failed
    }
    for name, outcome in expect.items():
        shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        if outcome == "ok":
            assert shown in catalogued, f"{shown!r} should be catalogued"
            assert shown not in failed
        elif outcome == "failed":
            assert shown in failed, f"{shown!r} should fail with a reason"
            assert failed[shown].strip(), "a reason is recorded"
            assert (shown, "error") in problems
            assert shown not in catalogued
        elif outcome == "warning":
            assert shown in catalogued, f"{shown!r} should be catalogued with a warning"
            assert warned.get(shown), f"{shown!r} should carry a warning"
        elif outcome == "ok-or-warning":
            assert shown in catalogued
    # the reasons say what is wrong in words an archivist understands
    assert codes["zero.jpg"] is ReasonCode.EMPTY_FILE
    assert codes["bomb.png"] is ReasonCode.DECOMPRESSION_BOMB
    assert codes["fifo.jpg"] is ReasonCode.ENTRY_NOT_REGULAR
    assert "empty" in failed["zero.jpg"]
    assert "not an image" in failed["text.jpg"]
    assert "decompression bomb" in failed["bomb.png"]
    assert "FIFO" in failed["fifo.jpg"]
    assert "outside the source" in failed["zero-link.jpg"]
    assert "loop" in failed["self-link.jpg"]
    assert "pillow-heif" in failed["phone.heic"] or "not an image" in failed["phone.heic"]
    assert any("loop" in r.english for p, r in report.failed if p.startswith("loops")), report.failed
    assert any("XML" in w or "entities" in w for w in warned["xmp-bomb.jpg"])
    assert any("truncated" in w for w in warned["truncated.jpg"])
    assert any("orientation 65535" in w for w in warned["orientation-65535.jpg"])


def test_impossible_exif_dates_do_not_date_the_photo(library, hostile):
    root, _expect = hostile
    index_paths(library, [root], workers=0)
    with library.Session() as s:
        recs = {r.path: r.as_json() for r in queries.photo_records(s, queries.photo_ids(s))}
    for name in ("zero-date", "blank-date", "month13", "year9999"):
        assert recs[f"dates/{name}.jpg"]["date"] == "", name
        assert recs[f"dates/{name}.jpg"]["year"] is None
    assert recs["dates/bytes-date.jpg"]["date"] == "1990-05-06"  # make is garbage bytes, date fine
    assert recs["good/1985/port.jpg"]["date"] == "1985"


def test_non_utf8_names_are_kept_losslessly(library, hostile):
    root, _expect = hostile
    index_paths(library, [root], workers=0)
    with library.Session() as s:
        from sqlalchemy import select

        from photobook.db.models import Photo

        raw = s.scalars(select(Photo.path_bytes).where(Photo.path.like("names/latin1-%"))).one()
    assert raw == b"names/latin1-\xe9t\xe9.jpg"
    assert os.path.exists(os.path.join(os.fsencode(root), raw))


def test_unreadable_file_and_folder_are_reported(library, tmp_path, monkeypatch):
    from .hostile import jpeg

    root = tmp_path / "a"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "x.jpg").write_bytes(jpeg())
    (root / "secret.jpg").write_bytes(jpeg())
    (root / "fine.jpg").write_bytes(jpeg())
    if os.geteuid() == 0:  # root reads everything: make the kernel's answer for these two paths
        real_open, real_scandir = storage.os.open, os.scandir

        def deny_open(path, *a, **k):
            if path.endswith(b"secret.jpg"):
                raise PermissionError(13, "Permission denied")
            return real_open(path, *a, **k)

        def deny_scandir(path):
            if path.endswith(b"locked"):
                raise PermissionError(13, "Permission denied")
            return real_scandir(path)

        monkeypatch.setattr(storage.os, "open", deny_open)
        monkeypatch.setattr("photobook.indexer.walk.os.scandir", deny_scandir)
    else:
        (root / "secret.jpg").chmod(0)
        (root / "locked").chmod(0)
    try:
        report = index_paths(library, [root], workers=0)
    finally:
        (root / "secret.jpg").chmod(0o644)
        (root / "locked").chmod(0o755)
    failed = dict(report.failed)
    assert failed["secret.jpg"].code is ReasonCode.FILE_UNREADABLE
    assert failed["locked"].code is ReasonCode.FOLDER_UNREADABLE
    for reason in (failed["secret.jpg"], failed["locked"]):
        assert reason.values["errno"] == "EACCES"
        assert "permission denied" in reason.english.lower()
    assert report.indexed == 1


def test_problem_is_cleared_when_the_file_is_fixed(library, tmp_path):
    from .hostile import jpeg

    root = tmp_path / "a"
    root.mkdir()
    (root / "x.jpg").write_bytes(b"")
    index_paths(library, [root], workers=0)
    with library.Session() as s:
        assert [p["path"] for p in queries.problems(s)] == ["x.jpg"]
    (root / "x.jpg").write_bytes(jpeg())
    report = index_paths(library, [root], workers=0)
    assert report.indexed == 1
    with library.Session() as s:
        assert queries.problems(s) == []


def test_a_thumbnail_problem_keeps_the_files_other_warnings(library, tmp_path):
    """The thumbnail pass adds its reason beside what the metadata pass found, and a second run
    does not add it twice."""
    from PIL import Image

    from .hostile import exif_with

    root = tmp_path / "a"
    root.mkdir()
    noisy = Image.effect_noise((640, 480), 60).convert("RGB")  # noise: the scan data is most of the file
    buf = io.BytesIO()
    noisy.save(buf, "JPEG", quality=90, exif=exif_with(orientation=0))
    full = buf.getvalue()
    (root / "cut.jpg").write_bytes(full[: len(full) * 6 // 10])
    report = index_paths(library, [root], workers=0)
    assert [r.code for _p, r in report.warnings] == [
        ReasonCode.EXIF_ORIENTATION_INVALID,
        ReasonCode.TRUNCATED_THUMBNAIL,
    ]
    expected = [
        ("cut.jpg", "warning", "exif_orientation_invalid"),
        ("cut.jpg", "warning", "truncated_thumbnail"),
    ]
    with library.Session() as s:
        assert [(p["path"], p["severity"], p["code"]) for p in queries.problems(s)] == expected
    index_paths(library, [root], workers=0)
    with library.Session() as s:
        assert [(p["path"], p["severity"], p["code"]) for p in queries.problems(s)] == expected
