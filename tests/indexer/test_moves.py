"""Moves, renames, nested and repeated folders: an archivist's records follow their photographs."""

from __future__ import annotations

import dataclasses
import io
import os
import shutil

import pytest
from PIL import Image

from photobook.core.reasons import ReasonCode
from photobook.db import queries
from photobook.indexer.scan import index_paths
from photobook.services import edits

from .hostile import exif_with, jpeg


def records(lib):
    with lib.Session() as s:
        return {r.path: r.as_json() for r in queries.photo_records(s, queries.photo_ids(s))}


def caption(lib, pid, text):
    with lib.Session() as s, s.begin():
        edits.set_caption(s, pid, "fr", "", text)
        edits.finish(s, [pid])


def by_caption(lib):
    with lib.Session() as s:
        return {
            r.as_json()["captions"].get("fr"): r.as_json()
            for r in queries.photo_records(s, queries.photo_ids(s))
        }


def test_renaming_files_in_place_moves_each_record_with_its_photograph(library, tmp_path):
    root = tmp_path / "a"
    root.mkdir()
    for i in (1, 2, 3):
        (root / f"scan_00{i}.jpg").write_bytes(jpeg(color=(i * 40, 0, 0)))
    index_paths(library, [root], workers=0)
    r = records(library)
    for i in (1, 2, 3):
        caption(library, r[f"scan_00{i}.jpg"]["id"], f"photo {i}")
    hashes = {i: r[f"scan_00{i}.jpg"]["content_hash"] for i in (1, 2, 3)}
    # the archivist deletes 001 and renumbers: 002 → 001, 003 → 002
    (root / "scan_001.jpg").unlink()
    os.rename(root / "scan_002.jpg", root / "scan_001.jpg")
    os.rename(root / "scan_003.jpg", root / "scan_002.jpg")
    report = index_paths(library, [root], workers=0)
    c = by_caption(library)
    assert c["photo 2"]["path"] == "scan_001.jpg" and c["photo 2"]["content_hash"] == hashes[2]
    assert c["photo 3"]["path"] == "scan_002.jpg" and c["photo 3"]["content_hash"] == hashes[3]
    assert c["photo 1"]["missing"] is True  # its photograph is gone; its record is kept
    assert (report.moved, report.missing) == (2, 1)


def test_a_move_to_another_folder_indexed_alone_keeps_the_record(library, tmp_path):
    a, b = tmp_path / "A", tmp_path / "B"
    a.mkdir()
    b.mkdir()
    (a / "p.jpg").write_bytes(jpeg(color=(1, 2, 3)))
    index_paths(library, [a], workers=0)
    caption(library, records(library)["p.jpg"]["id"], "from A")
    shutil.move(a / "p.jpg", b / "p.jpg")
    report = index_paths(library, [b], workers=0)
    assert report.moved == 1
    rec = by_caption(library)["from A"]
    assert rec["source"] == str(b.resolve()) and not rec["missing"]
    assert len(records(library)) == 1


def test_nested_folders_are_one_source(library, tmp_path):
    outer = tmp_path / "archive"
    (outer / "1985").mkdir(parents=True)
    (outer / "1985" / "x.jpg").write_bytes(jpeg(color=(5, 5, 5)))
    (outer / "y.jpg").write_bytes(jpeg(color=(6, 6, 6)))
    index_paths(library, [outer / "1985"], workers=0)  # the inner folder first
    caption(library, records(library)["x.jpg"]["id"], "inner")
    index_paths(library, [outer], workers=0)  # then the whole archive: absorbs the inner source
    index_paths(library, [outer / "1985"], workers=0)  # and the inner again: part of the archive
    r = records(library)
    assert sorted(r) == ["1985/x.jpg", "y.jpg"]
    assert r["1985/x.jpg"]["captions"]["fr"] == "inner"
    with library.Session() as s:
        assert [src.path for src in queries.sources(s)] == [str(outer.resolve())]


def test_the_same_folder_twice_in_one_run(library, tmp_path):
    root = tmp_path / "s"
    root.mkdir()
    (root / "x.jpg").write_bytes(jpeg())
    os.symlink(root, tmp_path / "link")
    report = index_paths(library, [root, tmp_path / "s" / ".", tmp_path / "link"], workers=0)
    assert report.indexed == 1 and report.failed == []


def test_a_source_folder_whose_name_is_not_utf8(library, tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"scans-\xe9t\xe9")
    os.mkdir(raw)
    with open(os.path.join(raw, b"x.jpg"), "wb") as f:
        f.write(jpeg())
    report = index_paths(library, [os.fsdecode(raw)], workers=0)
    assert report.indexed == 1 and report.thumbnails == 1
    again = index_paths(library, [os.fsdecode(raw)], workers=0)
    assert again.unchanged == 1


def test_problems_of_deleted_files_are_cleared(library, tmp_path):
    root = tmp_path / "a"
    root.mkdir()
    (root / "zero.jpg").write_bytes(b"")
    index_paths(library, [root], workers=0)
    with library.Session() as s:
        assert len(queries.problems(s)) == 1
    (root / "zero.jpg").unlink()
    index_paths(library, [root], workers=0)
    with library.Session() as s:
        assert queries.problems(s) == []


def test_a_moved_file_takes_the_date_of_its_new_folder_unless_the_archivist_dated_it(library, tmp_path):
    root = tmp_path / "a"
    (root / "a-trier").mkdir(parents=True)
    (root / "a-trier" / "p.jpg").write_bytes(jpeg(color=(1, 1, 1)))
    (root / "a-trier" / "q.jpg").write_bytes(jpeg(color=(2, 2, 2)))
    index_paths(library, [root], workers=0)
    q_id = records(library)["a-trier/q.jpg"]["id"]
    with library.Session() as s, s.begin():
        edits.set_date(s, q_id, "1990")
        edits.finish(s, [q_id])
    (root / "1985").mkdir()
    shutil.move(root / "a-trier" / "p.jpg", root / "1985" / "p.jpg")
    shutil.move(root / "a-trier" / "q.jpg", root / "1985" / "q.jpg")
    index_paths(library, [root], workers=0)
    r = records(library)
    assert (r["1985/p.jpg"]["date"], r["1985/p.jpg"]["date_source"]) == ("1985", "filename")
    assert (r["1985/q.jpg"]["date"], r["1985/q.jpg"]["date_source"]) == ("1990", "archivist")


def test_uncompressed_scans_with_the_same_border_are_different_photographs(library, tmp_path):
    root = tmp_path / "tiffs"
    root.mkdir()
    for name, colour in (("red.tif", (200, 0, 0)), ("blue.tif", (0, 0, 200))):
        img = Image.new("RGB", (1200, 900), (255, 255, 255))  # the print's white border …
        img.paste(Image.new("RGB", (1000, 500), colour), (100, 200))  # … and the picture
        buf = io.BytesIO()
        img.save(buf, "TIFF")
        (root / name).write_bytes(buf.getvalue())
    report = index_paths(library, [root], workers=0)
    r = records(library)
    assert r["red.tif"]["content_hash"] != r["blue.tif"]["content_hash"]
    assert report.thumbnails == 2


def test_postscript_named_jpg_is_not_opened(library, tmp_path):
    root = tmp_path / "a"
    root.mkdir()
    (root / "trap.jpg").write_bytes(b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n{ } loop\n")
    report = index_paths(library, [root], workers=0)
    assert dict(report.failed)["trap.jpg"].code is ReasonCode.NOT_AN_IMAGE
    assert dict(report.failed)["trap.jpg"].english.startswith("not an image")


@pytest.mark.parametrize(
    ("folder", "shot", "expect"),
    [
        ("1985", "1985:06:01 10:00:00", ("1985-06-01", "exif_capture")),  # the camera agrees: more precise
        ("1985", "2012:03:04 10:00:00", ("1985", "filename")),  # a 2012 reproduction of a 1985 print
    ],
)
def test_folder_date_and_camera_date(library, tmp_path, folder, shot, expect):
    root = tmp_path / "a"
    (root / folder).mkdir(parents=True)
    (root / folder / "p.jpg").write_bytes(jpeg(exif=exif_with(make="Nikon", model="D850", original=shot)))
    index_paths(library, [root], workers=0)
    rec = records(library)[f"{folder}/p.jpg"]
    assert (rec["date"], rec["date_source"]) == expect


def test_nul_bytes_in_embedded_text_do_not_stop_the_run(any_library, tmp_path):
    from .hostile import with_app1

    root = tmp_path / "a"
    root.mkdir()
    # IPTC caption with a NUL (C-string habits of some tools), in an APP13 Photoshop segment
    record = b"\x1c\x02\x78" + len(b"Port de Casa\x00blanca").to_bytes(2, "big") + b"Port de Casa\x00blanca"
    irb = b"8BIM\x04\x04\x00\x00" + len(record).to_bytes(4, "big") + record
    app13 = b"\xff\xed" + (len(irb) + 16).to_bytes(2, "big") + b"Photoshop 3.0\x00" + irb
    base = jpeg()
    (root / "nul.jpg").write_bytes(base[:2] + app13 + base[2:])
    (root / "fine.jpg").write_bytes(with_app1(b"http://ns.adobe.com/xap/1.0/\x00<x/>", jpeg(color=(9, 9, 9))))
    report = index_paths(any_library, [root], workers=0)
    assert report.indexed == 2 and report.failed == []
    assert records(any_library)["nul.jpg"]["captions"]["fr"] == "Port de Casablanca"


def test_an_unreadable_folder_does_not_make_its_photographs_missing(library, tmp_path, monkeypatch):
    root = tmp_path / "a"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "x.jpg").write_bytes(jpeg())
    index_paths(library, [root], workers=0)
    real = os.scandir
    monkeypatch.setattr(
        "photobook.indexer.walk.os.scandir",
        lambda p: (_ for _ in ()).throw(PermissionError(13, "denied")) if p.endswith(b"sub") else real(p),
    )
    report = index_paths(library, [root], workers=0)
    assert report.missing == 0
    assert records(library)["sub/x.jpg"]["missing"] is False


def test_a_record_the_database_refuses_costs_that_file_only(library, tmp_path, monkeypatch):
    from photobook.indexer import catalog_writer

    root = tmp_path / "a"
    root.mkdir()
    for i in range(5):
        (root / f"p{i}.jpg").write_bytes(jpeg(color=(i, i, i)))
    real = catalog_writer.CatalogWriter._tech

    def refuse_p3(self, meta):
        if meta.camera_model == "refuse me":
            raise RuntimeError("value too long for type character varying(16)")
        return real(self, meta)

    from photobook.indexer import worker

    real_read = worker.read_metadata

    def read(path, rel, sidecars=()):
        out = real_read(path, rel, sidecars)
        return dataclasses.replace(out, camera_model="refuse me") if rel == "p3.jpg" else out

    monkeypatch.setattr(worker, "read_metadata", read)
    monkeypatch.setattr(catalog_writer.CatalogWriter, "_tech", refuse_p3)
    report = index_paths(library, [root], workers=0)
    assert report.indexed == 4
    assert [p for p, _r in report.failed] == ["p3.jpg"]
    assert report.failed[0][1].code is ReasonCode.NOT_STORED
    assert "could not be stored in the catalog" in report.failed[0][1].english
    assert sorted(records(library)) == ["p0.jpg", "p1.jpg", "p2.jpg", "p4.jpg"]
