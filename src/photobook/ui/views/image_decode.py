"""Decoding a photograph for the caption panel and the full view, in a worker thread.

Pillow opens the original; for JPEG, ``Image.draft`` makes libjpeg decode at 1/2, 1/4 or 1/8 scale,
so a 24 MP scan shown at 1200 px costs a fraction of a full decode. The result is a ``QImage``
(safe to build off the GUI thread); the GUI thread turns it into a ``QPixmap``. When the original
is missing (a disconnected drive, a synthetic catalog) the thumbnail stands in.

Everything here runs in workers: Pillow, the indexer's helpers and the catalog's queries are
imported on the first decode, not with the window (its first frame is painted without them).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from photobook.db.storage import ThumbStore

if TYPE_CHECKING:
    from PIL import Image
    from sqlalchemy.orm import Session

MAX_IMAGE_PIXELS = 400_000_000  # large scans are expected; still refuse absurd ones


def original_path(session: Session, photo_id: int) -> tuple[bytes | None, int, str | None]:
    """(file system path as bytes, EXIF orientation, content hash) of a photo's original."""
    from photobook.db import queries

    found = queries.original_file(session, photo_id)
    return found if found is not None else (None, 1, None)


def pil_to_qimage(img: Image.Image) -> QImage:
    if img.mode != "RGB":
        img = img.convert("RGB")
    data = img.tobytes("raw", "RGB")
    qimg = QImage(data, img.width, img.height, img.width * 3, QImage.Format.Format_RGB888)
    return qimg.copy()  # own the pixels: ``data`` is freed when this function returns


@functools.cache
def _pillow_ready() -> None:
    """The indexer's Pillow set-up (HEIF through pillow-heif, when installed) in this process too,
    once, on the first decode: a phone's HEIC opens in the full view, not only as its thumbnail."""
    from PIL import Image

    from photobook.indexer.worker import setup_pillow

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    setup_pillow()


def decode_file(path: bytes | str | Path, max_w: int, max_h: int, orientation: int = 1) -> QImage | None:
    """The image at ``path`` reduced to fit ``max_w`` × ``max_h`` (upright), or None."""
    _pillow_ready()
    from PIL import Image

    from photobook.db.storage import photo_formats
    from photobook.indexer.thumbs import orient, to_rgb

    try:
        # photographic formats only (see db.storage.photo_formats: EPS would run Ghostscript)
        with Image.open(
            os.fsdecode(path) if isinstance(path, bytes) else path, formats=photo_formats()
        ) as img:
            # sizes are in the displayed orientation; the file's pixels may be rotated
            fit = (max_h, max_w) if orientation in (5, 6, 7, 8) else (max_w, max_h)
            if img.format == "JPEG":
                img.draft("RGB", fit)
            # the first frame of a GIF or TIFF, without reading the others (see thumbs.make_thumbnail)
            img.thumbnail(fit, Image.Resampling.LANCZOS, reducing_gap=3.0)
            return pil_to_qimage(orient(to_rgb(img), orientation))
    except Exception:  # a damaged original: Pillow raises many types; the thumbnail stands in
        return None


def decode_thumbnail(thumbs_path: Path, content_hash: str | None) -> QImage | None:
    if not content_hash:
        return None
    store = ThumbStore(thumbs_path, readonly=True)
    try:
        data = store.get(content_hash)
    finally:
        store.close()
    if not data:
        return None
    img = QImage()
    return img if img.loadFromData(data, "JPEG") else None  # named: see ThumbnailCache._decode


def load_photo_image(library, photo_id: int, max_w: int, max_h: int) -> tuple[int, QImage | None, bool]:
    """Worker function: (photo id, image, True if it is the original and not the thumbnail)."""
    with library.Session() as session:
        path, orientation, content_hash = original_path(session, photo_id)
    if path is not None and os.path.exists(path):
        img = decode_file(path, max_w, max_h, orientation)
        if img is not None:
            return photo_id, img, True
    return photo_id, decode_thumbnail(library.thumbs_path, content_hash), False
