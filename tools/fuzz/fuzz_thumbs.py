"""Thumbnails: ``worker.make_thumb`` on a file, as the index's thumbnail pass runs it (its catch-all
and truncated-image retry included), with the app's alarm left to libFuzzer's ``-timeout``.

Findings: an exception that escapes; a thumbnail that is not a JPEG of at most 256 pixels on its
long edge; no thumbnail, with the catch-all "unreadable image (…)", for a picture whose first frame
Pillow decodes (how a TIFF with a damaged second page once lost its thumbnail). The first input byte is the EXIF orientation the metadata pass would have found.
"""

from __future__ import annotations

import io
import sys

from _harness import instrumented, main, scratch_dir

with instrumented():
    from PIL import Image

    from photobook.core.reasons import Reason, ReasonCode
    from photobook.indexer import worker
    from photobook.indexer.thumbs import THUMB_SIZE

    Image.init()  # the format plugins, imported here so that they are instrumented
    worker.setup_pillow()
worker.use_alarm(False)

DIR = scratch_dir()


def _pillow_decodes_it(data: bytes) -> bool:
    try:
        with Image.open(io.BytesIO(data), formats=worker.photo_formats()) as img:
            img.load()  # the first frame
            return img.width > 0 and img.height > 0
    except Exception:
        return False


def test_one(data: bytes) -> None:
    if not data:
        return
    orientation = data[0] % 10  # 1–8, and two values a damaged EXIF gives
    path = DIR / "photo.img"
    path.write_bytes(data[1:])
    out = worker.make_thumb(bytes(path), orientation)
    if not out["ok"]:
        reason = out["reason"]
        assert isinstance(reason, Reason) and reason.english
        cause = reason.values.get("cause")
        unreadable = isinstance(cause, Reason) and cause.code is ReasonCode.UNREADABLE_IMAGE
        if reason.code is ReasonCode.THUMBNAIL_FAILED and unreadable and _pillow_decodes_it(data[1:]):
            raise AssertionError(f"a picture Pillow decodes got no thumbnail: {reason.english}")
        return
    assert 0 < out["width"] <= THUMB_SIZE and 0 < out["height"] <= THUMB_SIZE
    with Image.open(io.BytesIO(out["data"])) as thumb:
        assert thumb.format == "JPEG" and thumb.size == (out["width"], out["height"])


if __name__ == "__main__":
    sys.exit(main(test_one, dictionary="image.dict"))
