"""The full view decodes the original: a TIFF whose later page is damaged still shows its first."""

from __future__ import annotations

import struct

from photobook.ui.views.image_decode import decode_file

from ..indexer.test_crafted_files import next_ifd_slot, small_tiff


def test_a_tiff_whose_next_page_is_damaged_shows_the_original(tmp_path, qapp):
    data = small_tiff()
    struct.pack_into("<I", data, next_ifd_slot(data), 4)
    path = tmp_path / "scan.tif"
    path.write_bytes(bytes(data))
    img = decode_file(bytes(path), 800, 600)
    assert img is not None and (img.width(), img.height()) == (16, 12)
    assert img.pixelColor(3, 3).red() == 120
