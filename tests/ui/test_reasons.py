"""Index problem reasons in the interface language: what the indexer writes in English is shown in
French or Arabic in the problems dock, with its values kept, and the English as a tooltip."""

from __future__ import annotations

import errno
import re

import pytest
from PIL import Image

from photobook.db import queries
from photobook.db.engine import open_library
from photobook.indexer import worker
from photobook.indexer.scan import index_paths
from photobook.ui.reasons import translate_reason
from tests.indexer.hostile import make_hostile_archive

ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def hostile_reasons(tmp_path_factory) -> list[str]:
    """Every reason the indexer gives for the hostile archive: each failure and warning as
    reported, and as stored in the catalog (several warnings of one file joined by "; ")."""
    base = tmp_path_factory.mktemp("hostile")
    root = base / "archive"
    root.mkdir()
    make_hostile_archive(root)
    lib = open_library(base / "library")
    try:
        report = index_paths(lib, [root], workers=0)
        with lib.Session() as session:
            stored = [p["reason"] for p in queries.problems(session)]
    finally:
        lib.close()
    reasons = [r for _path, r in report.failed + report.warnings] + stored
    return sorted(set(reasons))


def _values(text: str) -> list[str]:
    """What a translation must keep: numbers and quoted text."""
    return re.findall(r"'[^']*'|\"[^\"]*\"|\d+", text)


def _strip_isolates(text: str) -> str:
    return text.replace("\u2066", "").replace("\u2069", "")


def _assert_translated(english: str, lang: str) -> str:
    shown = translate_reason(english, lang)
    assert shown != english, (lang, english)
    for part in english.split("; "):  # no English fallback left, not even for one joined reason
        assert part not in _strip_isolates(shown), (lang, english, shown)
    for value in _values(english):
        assert value in _strip_isolates(shown), (lang, value, shown)
    if lang == "ar":
        assert ARABIC.search(shown), shown
    return shown


def test_the_hostile_archive_gives_many_kinds_of_reason(hostile_reasons):
    assert len(hostile_reasons) >= 10
    assert any("decompression bomb" in r for r in hostile_reasons)
    assert any(r.startswith("EXIF orientation 65535") for r in hostile_reasons)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_reason_from_the_hostile_archive_is_translated(hostile_reasons, lang):
    for english in hostile_reasons:
        _assert_translated(english, lang)


def test_english_is_unchanged(hostile_reasons):
    for english in hostile_reasons:
        assert translate_reason(english, "en") == english


def test_values_survive():
    fr = translate_reason("EXIF orientation 65535 is not valid (1–8); shown as stored", "fr")
    assert fr == "orientation EXIF 65535 non valide (1–8) ; image affichée telle qu’enregistrée"
    bomb = (
        "image too large to open safely (possible decompression bomb): Image size (10000000000 pixels) "
        "exceeds limit of 178956970 pixels,"
    )
    assert "10000000000" in translate_reason(bomb, "fr") and "178956970" in translate_reason(bomb, "ar")
    date = "EXIF DateTimeOriginal '1985:13:01 10:00:00' is not a real date; ignored"
    ar = translate_reason(date, "ar")
    # a quoted value stays left to right inside the Arabic sentence (isolated: LRI … PDI)
    assert "\u2066'1985:13:01 10:00:00'\u2069" in ar
    assert "\u20661–8\u2069" in translate_reason(
        "EXIF orientation 9 is not valid (1–8); shown as stored", "ar"
    )


def test_joined_reasons_are_translated_one_by_one():
    english = "; ".join(
        [
            "EXIF orientation 0 is not valid (1–8); shown as stored",
            "XMP refused: it declares XML entities or a DTD (possible XML bomb)",
            "Tag data larger than file. Skipping tag 271",
        ]
    )
    fr = _assert_translated(english, "fr")
    assert fr.count(" ; ") == 4  # two inside the reasons, two between them
    ar = _assert_translated(english, "ar")
    assert ar.count("؛") == 4


def test_unknown_text_stays_english_and_known_parts_are_translated():
    assert translate_reason("something nobody expected", "fr") == "something nobody expected"
    assert translate_reason("odd; very odd", "ar") == "odd; very odd"
    mixed = translate_reason("empty file (0 bytes); a brand new problem", "fr")
    assert mixed == "fichier vide (0 octet) ; a brand new problem"
    assert translate_reason("empty file (0 bytes)", "de") == "empty file (0 bytes)"
    assert translate_reason("", "fr") == ""


def _explained() -> list[str]:
    """The indexer's one-line explanations of the exceptions a file can raise, built by its own code."""
    errors: list[BaseException] = [
        Image.DecompressionBombError(
            "Image size (200000000 pixels) exceeds limit of 178956970 pixels, could be decompression bomb DOS attack."
        ),
        worker.FileTimeout(),
        worker.NotRegular("a character device"),
        PermissionError(errno.EACCES, "Permission denied"),
        FileNotFoundError(errno.ENOENT, "No such file or directory"),
        Image.UnidentifiedImageError("cannot identify image file"),
        MemoryError(),
        OSError("image file is truncated (3 bytes not processed)"),
        OSError(errno.EIO, "Input/output error"),
        ValueError("tile cannot extend outside image"),
    ]
    out = [worker.explain(e) for e in errors]
    return out + ["thumbnail failed: " + r for r in out]


# The rest, written as the indexer writes them (walk.py, worker.py, exif.py, embedded.py,
# catalog_writer.py and the Pillow warnings worker.py passes on).
OTHER_REASONS = [
    "broken symbolic link; skipped",
    "cannot read the folder: permission denied",
    "cannot read the folder: Input/output error",
    "folder already visited (a loop); skipped",
    "a socket, not a regular file; not opened",
    "a device, not a regular file; not opened",
    "cannot read: Permission denied",
    "empty file (0 bytes)",
    "HEIC/HEIF needs the optional pillow-heif package (pip install 'photobook[heif]')",
    "image declares an impossible size 0 × 480",
    "IPTC unreadable (KeyError); ignored",
    "very large image (over 89 megapixels)",
    "could not be stored in the catalog: IntegrityError",
    "EXIF DateTime '1985-07' is not a date; ignored",
    "EXIF DateTimeDigitized '1850:01:01 00:00:00' is impossible; ignored",
    "EXIF GPS position unreadable (zero denominator); ignored",
    "EXIF GPS position unreadable (needs degrees, minutes, seconds); ignored",
    "EXIF GPS position out of range; ignored",
    "EXIF has a loop of IFDs; ignored",
    "EXIF declares an impossible size; ignored",
    "EXIF unreadable (IndexError); ignored",
    "XMP larger than 2 MB; ignored",
    "XMP is not well-formed XML (mismatched tag: line 1, column 40); ignored",
    "Possibly corrupt EXIF data.  Expecting to read 12 bytes but only got 2. Skipping tag 34665",
    "Metadata Warning, tag 282 had too many entries: 2, expected 1",
    "Tag offset too large",
]


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_other_indexer_reason_is_translated(lang):
    for english in _explained() + OTHER_REASONS:
        _assert_translated(english, lang)


def test_problems_model_shows_the_reason_in_the_interface_language(qtbot):
    from PySide6.QtCore import Qt

    from photobook.ui.models.problems import COLUMNS, ProblemsModel

    english = "EXIF orientation 65535 is not valid (1–8); shown as stored"
    model = ProblemsModel(lang="fr")
    model.set_problems(
        [
            {
                "source": "/photos",
                "path": "a/odd.jpg",
                "severity": "warning",
                "reason": english,
                "seen_at": "2026-01-01T10:00:00",
            }
        ]
    )
    cell = model.index(0, COLUMNS.index("reason"))
    assert model.data(cell) == "orientation EXIF 65535 non valide (1–8) ; image affichée telle qu’enregistrée"
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == english
    with qtbot.waitSignal(model.dataChanged):
        model.set_language("ar")
    assert ARABIC.search(model.data(cell)) and "65535" in model.data(cell)
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == english
    model.set_language("en")
    assert model.data(cell) == english
