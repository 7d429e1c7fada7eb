"""The demo archive (data/demo) that photobook opens on first start: its catalog is valid and matches
the pictures, its dates and themes are ones photobook understands, it covers both reigns, it stays
small, and tools/make_demo_archive.py regenerates it byte for byte."""

from __future__ import annotations

import importlib.util
import io
import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from photobook.core.dates import parse
from photobook.core.themes import SEED_THEMES

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "data" / "demo"
IMAGES = DEMO / "images"
SUCCESSION = date(1999, 7, 23).toordinal()
PARENT = {slug: parent for slug, parent, *_ in SEED_THEMES}


@pytest.fixture(scope="module")
def catalog() -> dict:
    return json.loads((DEMO / "catalog.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def photos(catalog) -> list[dict]:
    return catalog["photos"]


@pytest.fixture(scope="module")
def generator():
    """tools/make_demo_archive.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location(
        "make_demo_archive", REPO / "tools" / "make_demo_archive.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _files() -> set[str]:
    return {p.relative_to(IMAGES).as_posix() for p in IMAGES.rglob("*") if p.is_file()}


def test_catalog_is_photobooks_import_format(catalog, photos):
    assert catalog["format"] == "photobook-catalog"
    assert catalog["version"] == 1
    assert 56 <= len(photos) <= 64
    allowed = {
        "path",
        "date",
        "status",
        "themes",
        "captions",
        "place",
        "place_coords",
        "photographer",
        "credit",
        "rights",
        *(f"{k}_{lang}" for k in ("photographer", "credit", "rights") for lang in ("ar", "en")),  # 0013
        "plate",
        "notes",
    }
    for entry in photos:
        assert set(entry) <= allowed, entry["path"]
        assert "\\" not in entry["path"] and not entry["path"].startswith("/")
        assert entry["status"] in {"draft", "reviewed", "published"}
        for lang, caption in entry.get("captions", {}).items():
            assert lang in {"fr", "ar", "en"}
            assert caption["title"].strip() and caption["text"].strip()
        if "place_coords" in entry:
            lat, lon = entry["place_coords"]
            assert -90 <= lat <= 90 and -180 <= lon <= 180
    assert len({e["path"] for e in photos}) == len(photos)


def test_every_entry_has_its_picture_and_every_picture_an_entry(photos):
    assert {e["path"] for e in photos} == _files()


def test_every_date_is_one_photobook_understands(photos):
    for entry in photos:
        if "date" in entry:
            assert parse(entry["date"]) is not None, entry["path"]


def test_every_theme_is_a_seed_theme_and_each_top_level_theme_has_photos(photos):
    counts: Counter[str] = Counter()
    for entry in photos:
        assert entry["themes"], entry["path"]
        tops = set()
        for slug in entry["themes"]:
            assert slug in PARENT, (entry["path"], slug)
            tops.add(PARENT[slug] or slug)
        counts.update(tops)
    top_level = [slug for slug, parent in PARENT.items() if parent is None]
    assert all(counts[t] >= 2 for t in top_level), counts


def test_dates_span_both_reigns_with_uncertain_and_undated_ones(photos):
    bounds = [parse(e["date"]) for e in photos if "date" in e]
    assert any(b.end < SUCCESSION for b in bounds)  # Hassan II
    assert any(b.start > SUCCESSION for b in bounds)  # Mohammed VI
    assert any(b.start <= SUCCESSION <= b.end for b in bounds)  # could be either: across the succession
    assert any(b.approximate for b in bounds)
    assert min(b.start_date.year for b in bounds) <= 1981 and max(b.end_date.year for b in bounds) >= 2024
    undated = [e for e in photos if e["path"].startswith("sans-date/")]
    assert len(undated) >= 4 and all("date" not in e for e in undated)


def test_statuses_and_caption_languages_vary(photos):
    assert set(Counter(e["status"] for e in photos)) == {"draft", "reviewed", "published"}
    languages = Counter(frozenset(e.get("captions", {})) for e in photos)
    assert languages[frozenset({"fr", "ar", "en"})] > len(photos) / 2
    assert languages[frozenset()] >= 2  # no caption at all
    assert any("ar" not in langs and langs for langs in languages)  # the UI falls back from Arabic
    assert any("en" not in langs and langs for langs in languages)


def test_pictures_are_marked_as_demo_and_upright_at_the_expected_size():
    for rel in sorted(_files()):
        with Image.open(IMAGES / rel) as im:
            assert im.format == "JPEG", rel
            assert "DEMO" in im.getexif().get(0x010E, ""), rel
            upright = ImageOps.exif_transpose(im)
            assert upright.size in {(1200, 800), (800, 1200)}, rel


def _metadata(rel: str) -> tuple[Image.Exif, bytes]:
    with Image.open(IMAGES / rel) as im:
        return im.getexif(), im.info.get("xmp", b"")


def test_embedded_metadata_exercises_the_indexer():
    meta = {rel: _metadata(rel) for rel in _files()}
    exif = {rel: ex for rel, (ex, _xmp) in meta.items()}
    orientations = {rel for rel, ex in exif.items() if ex.get(0x0112) in (6, 8)}
    cameras = {rel for rel, ex in exif.items() if ex.get_ifd(0x8769).get(0x9003)}
    scans = {
        rel
        for rel, ex in exif.items()
        if ex.get_ifd(0x8769).get(0x9004) and not ex.get_ifd(0x8769).get(0x9003)
    }
    gps = {rel for rel, ex in exif.items() if ex.get_ifd(0x8825)}
    xmp = {rel for rel, (_ex, packet) in meta.items() if b"dc:description" in packet}
    iptc = {rel for rel in exif if b"Photoshop 3.0\x00" in (IMAGES / rel).read_bytes()[:4096]}
    assert orientations and len(cameras) >= 5 and len(scans) >= 5 and gps and len(xmp) >= 3 and len(iptc) >= 3
    assert "sans-date/scan0042.jpg" in scans  # a scan dated only by its scanning day stays undated


def test_data_folder_stays_small():
    total = sum(p.stat().st_size for p in (REPO / "data").rglob("*") if p.is_file())
    assert total < 6_000_000


# The shipped pictures were rendered with this Pillow; JPEG bytes (libjpeg) and the bundled font's
# rasterisation (FreeType) may differ in another build, so bytes are compared only with this one and
# the pixels (which should not move) with any.
GENERATED_WITH_PILLOW = "13.0.0"


def test_generator_reproduces_the_archive(generator):
    import PIL

    assert generator.catalog_json() == (DEMO / "catalog.json").read_text(encoding="utf-8")
    assert generator.readme() == (DEMO / "README.md").read_text(encoding="utf-8")
    for rel in ("1987/barrage.jpg", "2017/IMG_3120.JPG", "2024/sommet-petites-entreprises-virginie.jpg"):
        fresh = generator.image_bytes(rel)
        assert fresh == generator.image_bytes(rel), f"{rel}: the generator is not deterministic"
        if PIL.__version__ == GENERATED_WITH_PILLOW:
            assert fresh == (IMAGES / rel).read_bytes(), rel
        else:
            from PIL import ImageChops, ImageStat

            a = Image.open(io.BytesIO(fresh)).convert("RGB")
            b = Image.open(IMAGES / rel).convert("RGB")
            assert a.size == b.size
            assert max(ImageStat.Stat(ImageChops.difference(a, b)).mean) < 4, rel
