"""HEIC photographs from a phone: the container turns the image upright (irot), and its EXIF still
says Orientation 6. The catalogue shows the photograph upright, turned once, not twice."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import select

from photobook.db.models import Photo
from photobook.db.storage import ThumbStore
from photobook.indexer.exif import read_exif
from photobook.indexer.scan import index_paths
from photobook.indexer.worker import decoded_exif, setup_pillow

from .hostile import exif_with, jpeg

pillow_heif = pytest.importorskip("pillow_heif")

RED, WHITE = (255, 0, 0), (255, 255, 255)


def _absolute_iloc(data: bytes) -> bytes:
    """The same HEIF file with its item locations as absolute file offsets (base offset 0), the way
    an iPhone writes them; libheif writes a base offset, which exifread does not read."""
    buf = bytearray(data)
    p = data.index(b"iloc") + 4
    version = buf[p]
    p += 4  # version, flags
    offset_size, length_size = buf[p] >> 4, buf[p] & 15
    base_size, index_size = buf[p + 1] >> 4, buf[p + 1] & 15
    assert (offset_size, base_size) == (4, 4), "an iloc layout this helper does not rewrite"
    p += 2
    width = 2 if version < 2 else 4
    count = int.from_bytes(buf[p : p + width], "big")
    p += width
    for _ in range(count):
        p += width  # item id
        if version in (1, 2):
            assert buf[p + 1] & 15 == 0, "item data in the file, not in an idat box"
            p += 2
        p += 2  # data reference index
        base = int.from_bytes(buf[p : p + 4], "big")
        buf[p : p + 4] = bytes(4)
        p += 4
        extents = int.from_bytes(buf[p : p + 2], "big")
        p += 2
        for _ in range(extents):
            p += index_size if version in (1, 2) else 0
            offset = int.from_bytes(buf[p : p + 4], "big")
            buf[p : p + 4] = (base + offset).to_bytes(4, "big")
            p += 4 + length_size
    return bytes(buf)


def phone_heic(size: tuple[int, int] = (120, 80), orientation: int = 6) -> bytes:
    """A HEIC as a phone writes it: landscape sensor pixels (left half red), the turn to portrait in
    the container (irot) and in EXIF Orientation, and a capture date."""
    img = Image.new("RGB", size, WHITE)
    img.paste(RED, (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Apple"
    exif.get_ifd(0x8769)[0x9003] = "2021:06:14 10:15:32"  # DateTimeOriginal
    out = io.BytesIO()
    pillow_heif.register_heif_opener()
    img.save(out, format="HEIF", exif=exif.tobytes(), quality=95)
    return _absolute_iloc(out.getvalue())


def test_the_phone_file_says_orientation_6_in_exif_and_is_upright_in_the_container(tmp_path):
    """What makes the double turn possible, checked on the generated file itself."""
    data = phone_heic()
    assert read_exif(io.BytesIO(data)).orientation == 6  # what the file's EXIF says
    pillow_heif.register_heif_opener()
    img = Image.open(io.BytesIO(data))
    assert img.size == (80, 120)  # decoded already turned: a portrait
    img.load()
    assert img.getpixel((40, 5))[:3] == pytest.approx(RED, abs=12)  # red is now the top half


def test_a_phone_heic_is_catalogued_upright_with_its_size_and_date(library, tmp_path):
    root = tmp_path / "phone"
    (root / "2021").mkdir(parents=True)
    (root / "2021" / "IMG_4021.HEIC").write_bytes(phone_heic())
    setup_pillow()
    report = index_paths(library, [root], workers=0)
    assert report.failed == []
    with library.Session() as s:
        row = s.execute(
            select(
                Photo.width,
                Photo.height,
                Photo.orientation,
                Photo.date_edtf,
                Photo.camera_make,
                Photo.content_hash,
            )
        ).one()
    assert (row.width, row.height) == (80, 120)  # a portrait, as the phone showed it
    assert row.orientation == 1  # nothing left to turn: the viewer shows the decoded pixels as they are
    assert (row.date_edtf, row.camera_make) == ("2021-06-14", "Apple")
    thumb = Image.open(io.BytesIO(ThumbStore(library.thumbs_path).get(row.content_hash)))
    assert thumb.height > thumb.width
    top, bottom = thumb.getpixel((thumb.width // 2, 3)), thumb.getpixel((thumb.width // 2, thumb.height - 4))
    assert top == pytest.approx(RED, abs=40) and bottom == pytest.approx(WHITE, abs=40)


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_heic_is_turned_once_whatever_its_orientation(library, tmp_path, orientation):
    root = tmp_path / "phone"
    root.mkdir()
    (root / "IMG_0001.heic").write_bytes(phone_heic(orientation=orientation))
    setup_pillow()
    index_paths(library, [root], workers=0)
    with library.Session() as s:
        row = s.execute(select(Photo.width, Photo.height, Photo.orientation)).one()
    portrait = orientation in (5, 6, 7, 8)
    assert (row.width, row.height, row.orientation) == ((80, 120, 1) if portrait else (120, 80, 1))


def _decoded_exif(data: bytes):
    img = Image.open(io.BytesIO(data))
    return img, decoded_exif(img, io.BytesIO(data))


def test_the_orientation_to_apply_is_the_one_that_goes_with_the_decoded_pixels(tmp_path):
    """HEIF: pillow-heif has turned the pixels, nothing is left to apply. AVIF: Pillow's decoder
    leaves the pixels as stored and reports the container's turn, applied once. JPEG: the file's."""
    setup_pillow()
    img, exif = _decoded_exif(phone_heic(orientation=6))
    assert (img.format, img.size, exif.orientation, exif.make) == ("HEIF", (80, 120), 1, "Apple")

    img, exif = _decoded_exif(jpeg((120, 80), exif=exif_with(orientation=6)))
    assert (img.format, img.size, exif.orientation) == ("JPEG", (120, 80), 6)

    if "AVIF" not in Image.registered_extensions().values():
        pytest.skip("this Pillow has no AVIF support")
    stored = Image.new("RGB", (120, 80), WHITE)
    turn = Image.Exif()
    turn[0x0112] = 6
    out = io.BytesIO()
    stored.save(out, format="AVIF", exif=turn.tobytes())
    img, exif = _decoded_exif(out.getvalue())
    assert (img.format, img.size, exif.orientation) == ("AVIF", (120, 80), 6)
