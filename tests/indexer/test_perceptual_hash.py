"""The perceptual hash is imagehash's ``phash``, bit for bit, on photographs: the hashes stored by
earlier versions (which called imagehash) and the ones computed now find the same near duplicates."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageFilter

from photobook.bench import _photo_jpeg
from photobook.core.duplicates import to_unsigned
from photobook.indexer.phash import perceptual_hash
from photobook.indexer.thumbs import make_thumbnail

imagehash = pytest.importorskip("imagehash")


def _imagehash_value(data: bytes) -> int:
    with Image.open(io.BytesIO(data)) as img:
        bits = imagehash.phash(img).hash.flatten()
    value = 0
    for bit in bits:
        value = (value << 1) | int(bit)
    return value


def _thumbnails() -> list[bytes]:
    """Thumbnails as the indexer makes them, of photograph-like pictures and of near copies of them
    (blurred, re-saved, greyscale, portrait)."""
    out = []
    for seed in range(24):
        img = Image.open(io.BytesIO(_photo_jpeg(640, 480, seed=seed)))
        out.append(make_thumbnail(img, 1)[0])
        img = Image.open(io.BytesIO(_photo_jpeg(480, 640, seed=seed)))
        out.append(make_thumbnail(img, 6)[0])
    for seed in range(6):
        img = Image.open(io.BytesIO(_photo_jpeg(640, 480, seed=100 + seed))).convert("RGB")
        for variant in (img.filter(ImageFilter.GaussianBlur(2)), img.convert("L").convert("RGB")):
            buf = io.BytesIO()
            variant.save(buf, "JPEG", quality=40)
            out.append(buf.getvalue())
    return out


def test_the_hash_is_imagehash_phash_bit_for_bit_on_photographs():
    thumbs = _thumbnails()
    ours = [to_unsigned(perceptual_hash(t)) for t in thumbs]
    assert ours == [_imagehash_value(t) for t in thumbs]
    assert len(set(ours)) > len(ours) // 2  # different pictures, different hashes


def test_bytes_that_are_no_picture_have_no_hash():
    assert perceptual_hash(b"not a jpeg") is None
    assert perceptual_hash(b"\xff\xd8\xff\xe0" + b"\x00" * 40) is None
