"""HEIC photographs catalogued before the indexer stopped turning them twice: the next rescan reads
them again, although their files are unchanged, so that they stand upright with their portrait size
and an upright thumbnail. Once read right they are not read again, and nothing else is."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import select

from photobook.db.models import Photo
from photobook.db.storage import ThumbStore
from photobook.indexer import worker
from photobook.indexer.exif import read_exif
from photobook.indexer.scan import index_paths
from photobook.indexer.worker import setup_pillow

from .hostile import exif_with, jpeg
from .test_heic import RED, WHITE, phone_heic

pytest.importorskip("pillow_heif")


def _the_indexer_before_the_fix(img, f):
    """What the indexer read before decoded_exif: the file's own EXIF, whatever the decoder did."""
    f.seek(0)
    return read_exif(f)


def _rows(lib):
    with lib.Session() as s:
        return {
            r.path: r
            for r in s.execute(
                select(Photo.path, Photo.width, Photo.height, Photo.orientation, Photo.content_hash)
            )
        }


def _upright(lib, digest: str) -> bool:
    """The thumbnail is a portrait with the red half on top, as the phone showed the photograph."""
    with ThumbStore(lib.thumbs_path) as store:
        thumb = Image.open(io.BytesIO(store.get(digest)))
    top = thumb.getpixel((thumb.width // 2, 3))
    bottom = thumb.getpixel((thumb.width // 2, thumb.height - 4))
    return (
        thumb.height > thumb.width
        and top == pytest.approx(RED, abs=40)
        and bottom == pytest.approx(WHITE, abs=40)
    )


def test_a_heic_turned_twice_before_the_fix_is_read_again_at_the_next_rescan(
    any_library, tmp_path, monkeypatch
):
    lib = any_library
    root = tmp_path / "phone"
    root.mkdir()
    (root / "IMG_4021.HEIC").write_bytes(phone_heic(orientation=6))
    (root / "scan.jpg").write_bytes(jpeg((120, 80), exif=exif_with(orientation=6)))  # a JPEG's 6 is right
    setup_pillow()

    with monkeypatch.context() as m:
        m.setattr(worker, "decoded_exif", _the_indexer_before_the_fix)
        first = index_paths(lib, [root], workers=0)
    assert first.failed == [] and first.indexed == 2
    before = _rows(lib)
    heic, scan = before["IMG_4021.HEIC"], before["scan.jpg"]
    # what a catalogue made then holds: on its side, width and height swapped, a sideways thumbnail
    assert (heic.width, heic.height, heic.orientation) == (120, 80, 6)
    assert not _upright(lib, heic.content_hash)
    assert (scan.width, scan.height, scan.orientation) == (80, 120, 6)

    rescan = index_paths(lib, [root], workers=0)
    assert rescan.failed == []
    assert (rescan.indexed, rescan.unchanged) == (1, 1)  # the HEIC read again, the JPEG left alone
    after = _rows(lib)
    heic = after["IMG_4021.HEIC"]
    assert (heic.width, heic.height, heic.orientation) == (80, 120, 1)
    assert heic.content_hash == before["IMG_4021.HEIC"].content_hash  # the same record, the same file
    assert _upright(lib, heic.content_hash)
    assert after["scan.jpg"] == scan

    again = index_paths(lib, [root], workers=0)
    assert (again.indexed, again.unchanged, again.thumbnails) == (0, 2, 0)  # read right: left alone now


def test_without_pillow_heif_the_rows_are_left_as_they_are(library, tmp_path, monkeypatch):
    """A machine that cannot decode HEIC (pillow-heif not installed) cannot read them again: the
    rescan leaves them, and their thumbnails, for a machine that can."""
    from photobook.indexer import scan

    root = tmp_path / "phone"
    root.mkdir()
    (root / "IMG_4022.HEIC").write_bytes(phone_heic(orientation=6))
    setup_pillow()
    with monkeypatch.context() as m:
        m.setattr(worker, "decoded_exif", _the_indexer_before_the_fix)
        index_paths(library, [root], workers=0)
    with monkeypatch.context() as m:
        m.setattr(scan, "_can_read_again", lambda: False)
        rescan = index_paths(library, [root], workers=0)
    assert (rescan.indexed, rescan.unchanged, rescan.thumbnails) == (0, 1, 0)
    row = _rows(library)["IMG_4022.HEIC"]
    assert (row.width, row.height, row.orientation) == (120, 80, 6)
    with ThumbStore(library.thumbs_path) as store:
        assert store.get(row.content_hash) is not None
