"""Originals are never written: indexing, editing and every export format leave every file in a
source folder byte for byte and mtime for mtime as it was, and add nothing beside them."""

from __future__ import annotations

import hashlib
import os

from photobook.cli import main
from photobook.indexer.scan import index_paths

from .indexer.hostile import exif_with, jpeg
from .services.export_fixtures import make_library


def snapshot(root):
    """{path: (sha256, size, mtime_ns)} of every file and folder under ``root``."""
    out = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            st = os.lstat(path)
            digest = None
            if os.path.isfile(path):
                with open(path, "rb") as f:
                    digest = hashlib.sha256(f.read()).hexdigest()
            out[os.path.relpath(path, root)] = (digest, st.st_size, st.st_mtime_ns)
    return out


def test_no_export_and_no_index_writes_an_original(any_library, tmp_path, capsys):
    old = tmp_path / "old"
    old.mkdir()
    (old / "turned.jpg").write_bytes(jpeg(size=(300, 200), exif=exif_with(orientation=6)))
    os.utime(old / "turned.jpg", ns=(10**18, 10**18))
    before_index = snapshot(old)
    index_paths(any_library, [old], workers=0)
    assert snapshot(old) == before_index

    root = make_library(any_library, tmp_path / "src")  # five more, with captions, themes, rights…
    before = {"src": snapshot(root), "old": snapshot(old)}
    assert len(before["src"]) == 6  # the folder 1985 and five photographs
    db = ["--db", any_library.url] if any_library.url.startswith("postgresql") else []
    lib = ["--library", str(tmp_path / "library"), *db]
    iiif = ["--base-url", "http://x.example/"]
    runs = [
        ["export", str(tmp_path / "catalog.json")],
        ["export", "--format", "xmp", str(tmp_path / "xmp")],
        ["export", "--format", "xmp", str(tmp_path / "xmp"), "--lang", "ar"],  # over the first
        ["export", "--format", "iiif", str(tmp_path / "web"), *iiif],
        ["export", "--format", "iiif", str(tmp_path / "web2"), *iiif, "--by", "theme"],
        ["export", "--format", "iiif", str(tmp_path / "web3"), *iiif, "--by", "decade"],
        ["index", str(root), str(old)],
    ]
    for argv in runs:
        assert main([*lib, *argv]) == 0, argv
    capsys.readouterr()
    assert {"src": snapshot(root), "old": snapshot(old)} == before
