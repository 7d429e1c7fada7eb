"""EXIF: ``read_exif`` on a whole file's bytes (JPEG, TIFF, PNG, WebP, HEIC headers), as the worker
calls it, then what the catalog takes from it (the date and its source, the orientation).

``read_exif`` promises to turn any file into values and warnings without raising.
"""

from __future__ import annotations

import io
import sys

from _harness import instrumented, main

with instrumented():
    import exifread  # noqa: F401  (imported lazily by read_exif: instrument it here)

    from photobook.core.reasons import Reason
    from photobook.indexer.exif import read_exif


def test_one(data: bytes) -> None:
    info = read_exif(io.BytesIO(data))
    edtf, source, digitised = info.dating()
    assert 1 <= info.orientation <= 8
    assert (edtf is None) == (source is None)
    assert all(isinstance(w, Reason) and w.english for w in info.warnings)
    for text in (info.make, info.model, info.software, info.description, digitised):
        assert text is None or "\x00" not in text
    if info.gps is not None:
        lat, lon = info.gps
        assert -90 <= lat <= 90 and -180 <= lon <= 180


if __name__ == "__main__":
    sys.exit(main(test_one))
