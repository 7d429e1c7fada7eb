"""The whole-file metadata read: ``worker.read_metadata`` on a file, exactly as an index runs it
(its own catch-all included), with the app's 60 s alarm left to libFuzzer's ``-timeout``.

Findings: an exception that escapes ``read_metadata``; a result the catalog writer cannot take; and a
photograph dropped by photobook's own code — Pillow opens the file and reads its size, yet the
result is the catch-all "unreadable image (…)" (how an XMP packet with an unknown encoding once
cost the whole photograph). The first input byte chooses the file's extension.
"""

from __future__ import annotations

import io
import sys

from _harness import instrumented, main, scratch_dir

with instrumented():
    import defusedxml.ElementTree  # noqa: F401  (imported lazily by the readers: instrument them here)
    import exifread  # noqa: F401
    from PIL import Image

    from photobook.core.reasons import Reason, ReasonCode
    from photobook.indexer import worker

    Image.init()  # the format plugins, imported here so that they are instrumented
    worker.setup_pillow()
worker.use_alarm(False)

DIR = scratch_dir()
EXTENSIONS = (".jpg", ".png", ".tif", ".gif", ".webp", ".bmp", ".jpeg", ".heic")


def _pillow_reads_it(data: bytes) -> bool:
    try:
        with Image.open(io.BytesIO(data), formats=worker.photo_formats()) as img:
            w, h = img.size
            return w > 0 and h > 0
    except Exception:
        return False


def test_one(data: bytes) -> None:
    if not data:
        return
    ext = EXTENSIONS[data[0] % len(EXTENSIONS)]
    rel = f"1985/photo{ext}"
    path = DIR / f"photo{ext}"
    path.write_bytes(data[1:])
    out = worker.read_metadata(bytes(path), rel)
    if not out.ok:
        reason = out.reason
        assert isinstance(reason, Reason) and reason.english
        if reason.code is ReasonCode.UNREADABLE_IMAGE and _pillow_reads_it(data[1:]):
            raise AssertionError(f"a photograph Pillow reads was dropped: {reason.english}")
        return
    assert out.pixel_width > 0 and out.pixel_height > 0
    assert 1 <= out.orientation <= 8
    assert all(isinstance(w, Reason) and w.english for w in out.warnings)
    if out.date_edtf:
        from photobook.core import dates

        assert dates.parse(out.date_edtf) is not None


if __name__ == "__main__":
    sys.exit(main(test_one, dictionary="image.dict"))
