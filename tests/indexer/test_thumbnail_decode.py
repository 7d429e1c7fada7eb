"""Thumbnails of JPEGs decoded by simplejpeg (the faster way, ``thumbs._scaled_jpeg``) are the
thumbnails Pillow alone makes, byte for byte: the same DCT scale, the same pixels, the same JPEG.
Whatever simplejpeg does not take (CMYK, a damaged file) Pillow still decodes as before."""

from __future__ import annotations

import io
import random
import sys

import pytest
from PIL import Image, ImageDraw

from photobook.indexer import thumbs, worker

simplejpeg = pytest.importorskip("simplejpeg")


def photograph(width: int, height: int, mode: str = "RGB", seed: int = 1) -> Image.Image:
    """Gradients, rectangles and noise: detail at every scale, as in a scanned print."""
    rng = random.Random(seed)
    img = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(img)
    for y in range(0, height, 3):
        draw.line([(0, y), (width, y)], fill=(40 + 200 * y // height, 120, 220 - 180 * y // height))
    for _ in range(40):
        x, y = rng.randrange(width), rng.randrange(height)
        draw.rectangle([x, y, x + width // 7, y + height // 9], fill=tuple(rng.randrange(256) for _ in "rgb"))
    noise = Image.effect_noise((width, height), 40).convert("RGB")
    return Image.blend(img, noise, 0.2).convert(mode)


def jpeg(img: Image.Image, **options: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=88, **options)
    return buf.getvalue()


def thumbnail(data: bytes, orientation: int = 1) -> tuple[bytes, int, int]:
    return thumbs.make_thumbnail(Image.open(io.BytesIO(data)), orientation)


def pillow_thumbnail(
    data: bytes, orientation: int, monkeypatch: pytest.MonkeyPatch
) -> tuple[bytes, int, int]:
    with monkeypatch.context() as m:
        m.setitem(sys.modules, "simplejpeg", None)  # as on an install without it
        return thumbnail(data, orientation)


CASES = {
    "24 MP colour scan, 4:2:0": (jpeg(photograph(6000, 4000)), 1),
    "odd size, 1/4 scale, turned": (jpeg(photograph(2003, 1501)), 6),
    "long panorama, 1/2 scale": (jpeg(photograph(2400, 700)), 1),
    "4:4:4": (jpeg(photograph(2048, 1365), subsampling=0), 1),
    "4:2:2": (jpeg(photograph(1999, 2600), subsampling=1), 8),
    "progressive": (jpeg(photograph(3000, 2000), progressive=True), 1),
    "black and white print (greyscale JPEG)": (jpeg(photograph(3200, 2400, "L")), 1),
    "smaller than a thumbnail": (jpeg(photograph(200, 150)), 1),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_jpeg_thumbnail_is_the_one_pillow_makes(case, monkeypatch):
    data, orientation = CASES[case]
    calls = []
    decode = simplejpeg.decode_jpeg
    monkeypatch.setattr(simplejpeg, "decode_jpeg", lambda *a, **k: calls.append(1) or decode(*a, **k))
    fast = thumbnail(data, orientation)
    assert calls, "simplejpeg decoded it"
    assert fast == pillow_thumbnail(data, orientation, monkeypatch)


def test_a_cmyk_jpeg_is_decoded_by_pillow(monkeypatch):
    data = jpeg(photograph(1600, 1200, "CMYK"))
    monkeypatch.setattr(simplejpeg, "decode_jpeg", lambda *a, **k: pytest.fail("not for CMYK"))
    out, w, h = thumbnail(data)
    assert (w, h) == (256, 192)
    assert Image.open(io.BytesIO(out)).mode == "RGB"


def test_a_truncated_jpeg_still_gets_the_part_that_is_there(tmp_path):
    data = jpeg(photograph(3000, 2000))
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) * 2 // 3])
    out = worker.make_thumb(bytes(path), 1)
    assert out["ok"]
    assert out["warning"] is not None  # TRUNCATED_THUMBNAIL, as before
    assert (out["width"], out["height"]) == (256, 171)
