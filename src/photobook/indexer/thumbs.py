"""Thumbnails: Pillow decode at reduced scale (JPEG draft), orientation applied to the small image,
stored as JPEG bytes in the library's cache (:class:`photobook.db.storage.ThumbStore`).
"""

from __future__ import annotations

import io

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
    (DCT scaling), which is ~8x faster than a full decode of a 24 MP scan."""
    if img.format == "JPEG":
        img.draft("RGB", (size, size))
    # an animated GIF or multi-page TIFF opens at its first frame, which stands for the file; counting
    # frames (n_frames) would read every page and fail on a damaged later one
    img.thumbnail((size, size), Image.Resampling.BILINEAR, reducing_gap=2.0)
    img = to_rgb(img)
    img = orient(img, orientation)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=False)
    return buf.getvalue(), img.width, img.height


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
