"""One picture from its spec: paint the scene, give it the look of its time (scanned print, slide,
digital camera), add the demo mark, rotate it for its EXIF orientation, encode it with metadata."""

from __future__ import annotations

import io
import random
import zlib

from PIL import Image, ImageEnhance, ImageFilter

from . import scenes_city, scenes_coast, scenes_desert, scenes_energy, scenes_interior, scenes_land
from .metadata import exif_for, insert_segment, iptc_app13, xmp_packet
from .paint import Canvas, black_and_white, demo_mark, faded_print, grain, print_border, sepia, vignette

SCENES = {
    "port": scenes_coast.port,
    "fishing_harbour": scenes_coast.fishing_harbour,
    "beach_resort": scenes_coast.beach_resort,
    "dakhla_lagoon": scenes_coast.dakhla_lagoon,
    "coastal_road": scenes_coast.coastal_road,
    "wind_farm": scenes_energy.wind_farm,
    "solar_pv": scenes_energy.solar_pv,
    "solar_tower": scenes_energy.solar_tower,
    "troughs": scenes_energy.troughs,
    "medina_dusk": scenes_city.medina_dusk,
    "souk": scenes_city.souk,
    "avenue": scenes_city.avenue,
    "seaside_mosque": scenes_city.seaside_mosque,
    "conference": scenes_interior.conference,
    "data_centre": scenes_interior.data_centre,
    "open_office": scenes_interior.open_office,
    "car_plant": scenes_interior.car_plant,
    "dam": scenes_land.dam,
    "viaduct": scenes_land.viaduct,
    "greenhouses": scenes_land.greenhouses,
    "fields": scenes_land.fields,
    "motorway": scenes_land.motorway,
    "cable_bridge": scenes_land.cable_bridge,
    "industrial_zone": scenes_land.industrial_zone,
    "dunes": scenes_desert.dunes,
    "oasis": scenes_desert.oasis,
    "phosphate_mine": scenes_desert.phosphate_mine,
}

LANDSCAPE = (1200, 800)
PORTRAIT = (800, 1200)
#: Size budget per picture (bytes); the encoder lowers the quality step by step until it fits.
BUDGET = 92_000
QUALITY = 80


def seed_for(path: str) -> int:
    """A stable seed from the file's path (``hash()`` is salted per process; crc32 is not)."""
    return zlib.crc32(path.encode("utf-8"))


def paint(spec: dict) -> Image.Image:
    """The scene, upright, with its period look and the demo mark (RGB or L)."""
    rng = random.Random(seed_for(spec["path"]))
    size = PORTRAIT if spec.get("portrait") else LANDSCAPE
    cv = Canvas(size, rng)
    SCENES[spec["scene"]](cv, dict(spec.get("params", {})))
    im = cv.finish()
    look = spec.get("look", "digital")
    post = random.Random(seed_for(spec["path"]) ^ 0x5EED)
    if look == "bw":
        im = im.filter(ImageFilter.GaussianBlur(0.7))
        im = black_and_white(im, 1.2)
        im = vignette(im, 0.38)
        im = grain(im, post, 0.09, size=1.4)
    elif look == "sepia":
        im = im.filter(ImageFilter.GaussianBlur(0.8))
        im = sepia(im)
        im = vignette(im, 0.4)
        im = grain(im, post, 0.07, size=1.4)
    elif look == "print80":
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        im = faded_print(im, warmth=1.0, fade=0.24)
        im = vignette(im, 0.32)
        im = grain(im, post, 0.06, size=1.3)
    elif look == "print90":
        im = im.filter(ImageFilter.GaussianBlur(0.45))
        im = faded_print(im, warmth=0.6, fade=0.13)
        im = vignette(im, 0.22)
        im = grain(im, post, 0.045, size=1.2)
    elif look == "digital2000":
        im = ImageEnhance.Contrast(im).enhance(1.05)
        im = vignette(im, 0.1)
        im = grain(im, post, 0.025)
    else:  # recent digital
        im = ImageEnhance.Color(im).enhance(1.06)
        im = vignette(im, 0.06)
        im = grain(im, post, 0.015)
    if spec.get("border"):
        im = print_border(im, 0.03 if look in ("bw", "sepia") else 0.025)
    return demo_mark(im, corner=spec.get("mark", "br"))


def encode(spec: dict) -> bytes:
    """The JPEG file's bytes: pixels stored as a camera would (sideways for orientation 6/8) and the
    spec's EXIF, XMP and IPTC."""
    im = paint(spec)
    meta = spec.get("meta", {})
    orientation = meta.get("orientation")
    if orientation == 6:  # the viewer rotates 90° clockwise to show it upright
        im = im.transpose(Image.Transpose.ROTATE_90)
    elif orientation == 8:  # the viewer rotates 90° counter-clockwise
        im = im.transpose(Image.Transpose.ROTATE_270)
    kwargs: dict = {"exif": exif_for(meta)}
    if "xmp" in meta:
        kwargs["xmp"] = xmp_packet(meta["xmp"])
    q = QUALITY
    while True:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=q, optimize=True, progressive=False, subsampling="4:2:0", **kwargs)
        data = buf.getvalue()
        if len(data) <= spec.get("budget", BUDGET) or q <= 60:
            break
        q -= 3
    if "iptc" in meta:
        data = insert_segment(data, iptc_app13(meta["iptc"]))
    return data
