"""Thumbnails: Pillow decode at reduced scale (JPEG draft), orientation applied to the small image,
stored as JPEG bytes in the library's cache (:class:`photobook.db.storage.ThumbStore`).
"""

from __future__ import annotations

import io
import os
from typing import Any

from PIL import Image

THUMB_SIZE = 256  # long edge, pixels
JPEG_QUALITY = 82

# EXIF orientation → the Pillow transpose that shows the picture upright.
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def orient(img: Image.Image, orientation: int) -> Image.Image:
    """Apply an EXIF orientation (1–8; anything else is treated as 1) to a *small* image."""
    op = _TRANSPOSE.get(orientation)
    return img.transpose(op) if op is not None else img


def displayed_size(width: int, height: int, orientation: int) -> tuple[int, int]:
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def make_thumbnail(img: Image.Image, orientation: int, size: int = THUMB_SIZE) -> tuple[bytes, int, int]:
    """JPEG bytes of ``img`` reduced to ``size`` on its long edge, upright. ``img`` is an opened,
    not yet loaded, Pillow image: for JPEG, ``draft`` makes libjpeg decode at 1/2, 1/4 or 1/8 scale
    (DCT scaling), which is ~8x faster than a full decode of a 24 MP scan; a plain colour or
    greyscale JPEG is decoded so by simplejpeg (:func:`_scaled_jpeg`), the same pixels sooner."""
    if img.format == "JPEG":
        img = _scaled_jpeg(img, size) or img
        img.draft("RGB", (size, size))  # (an image already decoded is left as it is)
    # an animated GIF or multi-page TIFF opens at its first frame, which stands for the file; counting
    # frames (n_frames) would read every page and fail on a damaged later one
    img.thumbnail((size, size), Image.Resampling.BILINEAR, reducing_gap=2.0)
    img = to_rgb(img)
    img = orient(img, orientation)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=False)
    return buf.getvalue(), img.width, img.height


def _scaled_jpeg(img: Image.Image, size: int) -> Image.Image | None:
    """The pixels Pillow's ``draft`` would decode from an RGB or greyscale JPEG (the same DCT
    scale, the same libjpeg-turbo settings: identical, ``tests/indexer/test_thumbnail_decode.py``),
    decoded by simplejpeg: ~20 % less CPU for a 24 MP scan (~100 ms instead of ~125 ms here), as
    TurboJPEG takes the whole file at once where Pillow feeds libjpeg block by block. None for
    anything else (CMYK, a damaged file: Pillow decodes it and says what is wrong)."""
    fp = getattr(img, "fp", None)
    if img.mode not in ("RGB", "L") or fp is None:
        return None
    try:
        import simplejpeg
    except ImportError:  # an install without it: Pillow decodes every JPEG
        return None
    width, height = img.size
    scale = min(width // size, height // size)  # Pillow's draft: 1/8, 1/4, 1/2 or none
    scale = next((s for s in (8, 4, 2) if scale >= s), 1)
    want = (-(-width // scale), -(-height // scale))
    try:
        data = _whole_file(fp)
        if data is None:
            return None
        pixels = simplejpeg.decode_jpeg(
            data,
            "RGB" if img.mode == "RGB" else "GRAY",
            min_width=want[0],
            min_height=want[1],
        )
    except Exception:  # ValueError for damage or a libjpeg warning (strict): Pillow's way says which
        return None
    if (pixels.shape[1], pixels.shape[0]) != want:
        return None
    return Image.fromarray(pixels if img.mode == "RGB" else pixels[:, :, 0])


#: A larger JPEG is left to Pillow, which reads it block by block instead of holding it whole.
WHOLE_FILE_LIMIT = 256 * 1024 * 1024


def _whole_file(fp: Any) -> bytes | None:
    """The file's bytes in one read into one buffer: a buffered ``read()`` after Pillow has read
    the headers gathers it in pieces and copies it again (~15 ms more for a 24 MP scan here)."""
    if isinstance(fp, io.BytesIO):
        return fp.getvalue()
    fd = fp.fileno()
    size = os.fstat(fd).st_size
    return os.pread(fd, size, 0) if size <= WHOLE_FILE_LIMIT else None


def to_rgb(img: Image.Image) -> Image.Image:
    """RGB for display: alpha flattened on white, 16-bit scans reduced to 8 bits, CMYK converted."""
    if img.mode == "RGB":
        return img
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        bg = Image.new("RGB", rgba.size, (255, 255, 255))
        bg.paste(rgba, mask=rgba.getchannel("A"))
        return bg
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        return img.point(lambda v: v / 256).convert("L").convert("RGB")  # 16-bit scans
    return img.convert("RGB")  # CMYK, L, P, YCbCr, F
