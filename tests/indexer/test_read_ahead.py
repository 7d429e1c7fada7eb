"""Indexing into a new library: the files read while the catalog opens are catalogued exactly as the
files read after it (metadata, thumbnail, perceptual hash), and a file that changed in between is
read again."""

from __future__ import annotations

import os
import subprocess
import sys
from io import BytesIO
from pathlib import Path

from PIL import Image

from photobook.db import queries
from photobook.db.engine import open_library
from photobook.db.storage import ThumbStore
from photobook.indexer import ahead
from photobook.indexer.scan import index_paths

from .hostile import exif_with, jpeg, xmp_packet


def _folder(root: Path) -> Path:
    (root / "1985").mkdir(parents=True)
    for i in range(10):
        (root / f"scan_{i:02d}.jpg").write_bytes(jpeg((600, 400), color=(20 * i, 90, 200 - 15 * i)))
    (root / "1985" / "rotated.jpg").write_bytes(
        jpeg((400, 200), color=(200, 30, 30), exif=exif_with(orientation=6))
    )
    (root / "captioned.jpg").write_bytes(jpeg(color=(10, 160, 10)))
    (root / "captioned.xmp").write_bytes(xmp_packet({"x-default": "Le souk, 1985"}, ["souk"]))
    (root / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a photograph")
    return root


def _catalogue(lib) -> dict[str, tuple]:
    """What a user finds: each path's record (its id and times aside), thumbnail and perceptual hash."""
    with lib.Session() as s:
        recs = {r.path: r.as_json() for r in queries.photo_records(s, queries.photo_ids(s))}
        phash = dict(queries.phash_rows(s))
        problems = [(p["path"], p["severity"], p["code"], p["values"]) for p in queries.problems(s)]
    store = ThumbStore(lib.thumbs_path)
    out: dict[str, tuple] = {}
    for path, rec in recs.items():
        pid = rec.pop("id")
        del rec["created_at"], rec["updated_at"]
        out[path] = (rec, store.get(rec["content_hash"]), phash.get(pid))
    store.close()
    out["problems"] = (problems,)
    return out


def test_a_new_library_indexed_by_the_command_matches_one_read_file_by_file(tmp_path):
    root = _folder(tmp_path / "photos")
    subprocess.run(
        [sys.executable, "-m", "photobook", "--library", str(tmp_path / "new"), "index", str(root)],
        check=True,
        capture_output=True,
    )
    by_command = open_library(tmp_path / "new")
    one_by_one = open_library(tmp_path / "in-process")
    index_paths(one_by_one, [root], workers=0)
    got, want = _catalogue(by_command), _catalogue(one_by_one)
    by_command.close()
    one_by_one.close()
    assert set(got) == set(want)
    assert len(got) == 13  # twelve photographs and the problems
    for path in want:
        assert got[path] == want[path], path
    assert "Le souk, 1985" in got["captioned.jpg"][0]["captions"].values()
    assert [p[:3] for p in got["problems"][0]] == [("broken.jpg", "error", "unreadable_image")]
    rotated = got["1985/rotated.jpg"]
    assert (rotated[0]["width"], rotated[0]["height"]) == (200, 400)
    assert Image.open(BytesIO(rotated[1])).size[1] > Image.open(BytesIO(rotated[1])).size[0]


def test_a_file_changed_after_it_was_read_ahead_is_read_again(tmp_path):
    root = _folder(tmp_path / "photos")
    early = ahead.start([root], workers=2)
    assert early is not None
    try:
        early.stop()
        for path in [os.path.join(os.fsencode(root), f"scan_{i:02d}.jpg".encode()) for i in range(10)]:
            early.wait(path)
        # the archivist replaces a scan (a better one, another colour) before the catalog is open
        changed = root / "scan_00.jpg"
        changed.write_bytes(jpeg((900, 600), color=(250, 250, 0)))
        os.utime(changed, ns=(changed.stat().st_atime_ns, changed.stat().st_mtime_ns + 10**9))
        lib = open_library(tmp_path / "lib")
        report = index_paths(lib, [root], ahead=early)
        assert report.indexed == 12 and report.thumbnails == 12
        got = _catalogue(lib)
        lib.close()
    finally:
        early.close()
    rec, thumb, _phash = got["scan_00.jpg"]
    assert (rec["pixel_width"], rec["pixel_height"]) == (900, 600)
    assert Image.open(BytesIO(thumb)).convert("RGB").getpixel((10, 10))[2] < 60  # yellow, not blue
    assert (got["scan_09.jpg"][0]["pixel_width"], got["scan_01.jpg"][1] is not None) == (600, True)
