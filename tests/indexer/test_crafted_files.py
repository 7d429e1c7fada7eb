"""Files crafted (or damaged) so that a reader works for minutes or gives up on a readable picture.

Found while fuzzing (tools/fuzz/): exifread reads every entry an IFD declares and follows any chain
of IFDs, and Pillow's frame count reads every page of a TIFF.
"""

from __future__ import annotations

import io
import struct

from PIL import Image

from photobook.core.reasons import ReasonCode
from photobook.core.records import PhotoMeta
from photobook.indexer import worker


def small_tiff() -> bytearray:
    buf = io.BytesIO()
    Image.new("RGB", (16, 12), (120, 90, 60)).save(buf, "TIFF")
    return bytearray(buf.getvalue())


def next_ifd_slot(data: bytearray) -> int:
    (first,) = struct.unpack_from("<I", data, 4)
    (count,) = struct.unpack_from("<H", data, first)
    return first + 2 + 12 * count


def tiff_with_ifd_chain(ifds: int) -> bytes:
    """A TIFF whose first IFD leads to ``ifds`` IFDs of 65,535 entries each (800 KB)."""
    data = small_tiff()
    start = len(data) + len(data) % 2
    struct.pack_into("<I", data, next_ifd_slot(data), start)
    data += b"\x00" * (start - len(data))
    span = 2 + 12 * 0xFFFF
    chain = bytearray(b"\xff" * (span + 4 * ifds))
    for k in range(ifds):
        struct.pack_into("<I", chain, span + 4 * k, start + 4 * (k + 1) if k + 1 < ifds else 0)
    return bytes(data + chain)


def test_a_chain_of_huge_ifds_costs_the_exif_not_the_photograph(tmp_path):
    # before: exifread read all 655,350 entries (with 100 IFDs the worker gave up after 60 s and left
    # the TIFF out of the catalog)
    path = tmp_path / "scan.tif"
    path.write_bytes(tiff_with_ifd_chain(10))
    meta = worker.read_metadata(bytes(path), "1985/scan.tif")
    assert isinstance(meta, PhotoMeta) and (meta.width, meta.height) == (16, 12)
    assert any(w.code is ReasonCode.EXIF_TOO_MANY_ENTRIES and "crafted" in w.english for w in meta.warnings)
    assert meta.date_edtf == "1985"


def test_a_tiff_whose_next_page_is_damaged_still_gets_its_thumbnail(tmp_path):
    data = small_tiff()
    struct.pack_into("<I", data, next_ifd_slot(data), 4)  # the "next page" points into the header
    path = tmp_path / "scan.tif"
    path.write_bytes(bytes(data))
    thumb = worker.make_thumb(bytes(path), 1)
    assert thumb["ok"], thumb.get("reason")
    assert Image.open(io.BytesIO(thumb["data"])).size == (16, 12)


def test_an_animated_gif_is_shown_by_its_first_frame(tmp_path):
    frames = [Image.new("P", (20, 10), 1), Image.new("P", (20, 10), 2)]
    path = tmp_path / "anim.gif"
    frames[0].save(
        path, save_all=True, append_images=frames[1:], palette=[0, 0, 0, 255, 0, 0, 0, 0, 255] * 86
    )
    thumb = worker.make_thumb(bytes(path), 1)
    assert thumb["ok"]
    r, _g, b = Image.open(io.BytesIO(thumb["data"])).convert("RGB").getpixel((5, 5))
    assert r > 200 and b < 60  # red: frame 0, not the blue frame 1
