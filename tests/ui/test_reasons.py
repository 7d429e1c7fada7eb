"""Index problem reasons in the interface language: the catalog holds a code and its values; the
problems dock shows them through Qt's translation files in French and Arabic, with the values kept,
and the English (as the command line says it) as a tooltip."""

from __future__ import annotations

import errno
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from photobook.core.reasons import ENGLISH, KINDS, Reason, ReasonCode, placeholders
from photobook.db import queries
from photobook.db.engine import open_library
from photobook.indexer import worker
from photobook.indexer.scan import index_paths
from photobook.ui import i18n
from photobook.ui.reason_texts import ERRORS, SOURCES, reason_text
from photobook.ui.reason_texts import KINDS as UI_KINDS
from tests.indexer.hostile import make_hostile_archive

ARABIC = re.compile("[\u0600-\u06ff]")
I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LRI, PDI = "\u2066", "\u2069"


def _translations(lang: str) -> dict[str, str]:
    """The finished translations of the "IndexReason" context in photobook_<lang>.ts."""
    out: dict[str, str] = {}
    for ctx in ET.parse(I18N / f"photobook_{lang}.ts").getroot().iter("context"):
        if ctx.findtext("name") != "IndexReason":
            continue
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") is None and (tr.text or "").strip():
                out[msg.findtext("source") or ""] = tr.text or ""
    return out


@pytest.fixture
def language(qapp):
    """Switch the interface language (Qt translators, layout direction) for one test."""
    before = i18n.current_language()
    yield lambda lang: i18n.set_language(lang, qapp)
    i18n.set_language(before, qapp)


def _plain(text: str) -> str:
    return text.replace(LRI, "").replace(PDI, "")


# --- every code has its words in the three languages --------------------------------------------


def test_every_code_has_an_english_sentence_that_the_window_translates():
    assert set(ENGLISH) == set(ReasonCode)
    # the window's source strings are the CLI's English sentences, word for word
    assert {code: SOURCES[code] for code in ReasonCode} == ENGLISH
    assert UI_KINDS == KINDS


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_code_has_a_french_and_arabic_translation_with_its_values(lang):
    done = _translations(lang)
    for code in ReasonCode:
        english = ENGLISH[code]
        assert english in done, f"{lang}: {code} is not translated: {english!r}"
        translated = done[english]
        assert placeholders(translated) == placeholders(english), (lang, code, translated)
        assert set(re.findall(r"\{\w+(?:!r)?\}", translated)) == set(re.findall(r"\{\w+(?:!r)?\}", english))
        if lang == "ar" and code is not ReasonCode.LEGACY:  # legacy: the old text, as it was
            assert ARABIC.search(translated), (code, translated)
    for text in [*UI_KINDS.values(), *ERRORS.values()]:
        assert text in done, f"{lang}: {text!r} is not translated"


# --- what the indexer records, as the window shows it ---------------------------------------------


@pytest.fixture(scope="module")
def hostile_reasons(tmp_path_factory) -> list[Reason]:
    """Every reason the indexer gives for the hostile archive, as reported and as stored."""
    base = tmp_path_factory.mktemp("hostile")
    root = base / "archive"
    root.mkdir()
    make_hostile_archive(root)
    lib = open_library(base / "library")
    try:
        report = index_paths(lib, [root], workers=0)
        with lib.Session() as session:
            stored = [Reason.from_json(p["code"], p["values"]) for p in queries.problems(session)]
    finally:
        lib.close()
    reported = [r for _path, r in report.failed + report.warnings]
    assert sorted(r.english for r in stored) == sorted(r.english for r in reported)
    return reported


def _values(reason: Reason) -> list[str]:
    """What a translation must keep: the numbers and texts recorded (not the codes' own words)."""
    out: list[str] = []
    for name, v in reason.values.items():
        if isinstance(v, Reason):
            out.extend(_values(v))
        elif name not in ("kind", "errno") and not (name == "error" and "errno" in reason.values):
            out.append(str(v))
    return out


def _assert_translated(reason: Reason, lang: str) -> str:
    shown = reason_text(reason)
    english = reason.english
    assert shown != english, (lang, english)
    for value in _values(reason):
        assert value in _plain(shown), (lang, value, shown)
    if lang == "ar":
        assert ARABIC.search(shown), shown
    return shown


def test_the_hostile_archive_gives_many_kinds_of_reason(hostile_reasons):
    codes = {r.code for r in hostile_reasons}
    assert len(codes) >= 10
    assert {ReasonCode.DECOMPRESSION_BOMB, ReasonCode.EXIF_ORIENTATION_INVALID} <= codes


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_reason_from_the_hostile_archive_is_translated(hostile_reasons, language, lang):
    language(lang)
    for reason in hostile_reasons:
        _assert_translated(reason, lang)


def test_english_window_shows_the_cli_words(hostile_reasons, language):
    language("en")
    for reason in hostile_reasons:
        if "errno" not in reason.values:  # the window says "permission denied", not "Permission denied"
            assert reason_text(reason) == reason.english


def test_values_survive_and_stay_left_to_right_in_arabic(language):
    orientation = Reason(ReasonCode.EXIF_ORIENTATION_INVALID, {"value": 65535})
    language("fr")
    assert reason_text(orientation) == (
        "orientation EXIF 65535 non valide (1–8) ; image affichée telle qu’enregistrée"
    )
    bomb = worker.explain(
        Image.DecompressionBombError(
            "Image size (10000000000 pixels) exceeds limit of 178956970 pixels, could be decompression "
            "bomb DOS attack."
        )
    )
    assert bomb.values == {"pixels": 10000000000, "limit": 178956970}
    assert "10000000000" in reason_text(bomb)
    date = Reason(ReasonCode.EXIF_DATE_NOT_REAL, {"tag": "DateTimeOriginal", "value": "1985:13:01 10:00:00"})
    assert date.english == "EXIF DateTimeOriginal '1985:13:01 10:00:00' is not a real date; ignored"
    language("ar")
    assert "178956970" in reason_text(bomb)
    # a quoted value stays left to right inside the Arabic sentence (isolated: LRI … PDI)
    assert f"{LRI}'1985:13:01 10:00:00'{PDI}" in reason_text(date)
    assert f"{LRI}1–8{PDI}" in reason_text(orientation)
    assert "65535" in reason_text(orientation)


def test_file_kinds_and_system_errors_are_translated_too(language):
    language("fr")
    fifo = Reason(ReasonCode.ENTRY_NOT_REGULAR, {"kind": "fifo"})
    assert fifo.english == "a FIFO, not a regular file; not opened"
    assert reason_text(fifo) == "un tube nommé (FIFO), pas un fichier ordinaire ; non ouvert"
    denied = worker.explain(PermissionError(errno.EACCES, "Permission denied"))
    assert denied.english == "cannot read the file: Permission denied"
    assert reason_text(denied) == "impossible de lire le fichier : permission refusée"
    odd = worker.explain(OSError(errno.EXDEV, "Invalid cross-device link"))  # not in the table
    assert reason_text(odd) == "impossible de lire le fichier : Invalid cross-device link"
    nested = Reason(ReasonCode.THUMBNAIL_FAILED, {"cause": denied})
    assert reason_text(nested) == "échec de la vignette : impossible de lire le fichier : permission refusée"
    language("ar")
    assert reason_text(nested).startswith("تعذّر إنشاء الصورة المصغّرة: تعذّرت قراءة الملف: ")


def _explained() -> list[Reason]:
    """The indexer's reasons for the exceptions a file can raise, built by its own code."""
    errors: list[BaseException] = [
        Image.DecompressionBombError(
            "Image size (200000000 pixels) exceeds limit of 178956970 pixels, could be decompression bomb DOS attack."
        ),
        worker.FileTimeout(),
        worker.NotRegular("character_device"),
        PermissionError(errno.EACCES, "Permission denied"),
        FileNotFoundError(errno.ENOENT, "No such file or directory"),
        Image.UnidentifiedImageError("cannot identify image file"),
        MemoryError(),
        OSError("image file is truncated (3 bytes not processed)"),
        OSError(errno.EIO, "Input/output error"),
        ValueError("tile cannot extend outside image"),
    ]
    out = [worker.explain(e) for e in errors]
    return out + [Reason(ReasonCode.THUMBNAIL_FAILED, {"cause": r}) for r in out]


def _pillow() -> list[Reason]:
    """Pillow's warnings as Pillow words them, recognised by the indexer."""
    messages = [
        "Tag data larger than file. Skipping tag 271",
        "Tag offset too large",
        "Possibly corrupt EXIF data.  Expecting to read 12 bytes but only got 2. Skipping tag 34665",
        "Possibly corrupt EXIF MakerNote data.  Expecting to read 8 bytes but only got 0. Skipping tag 1",
        "Metadata Warning, tag 282 had too many entries: 2, expected 1",
        "Image appears to be a malformed MPO file, it will be interpreted as a base JPEG file",
        "Invalid APNG, will use default PNG image if possible",
        "Truncated File Read",
    ]
    out = [worker.pillow_warning(m) for m in messages]
    assert ReasonCode.PILLOW_WARNING not in {r.code for r in out}
    return out


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_reason_the_indexer_builds_is_translated(language, lang):
    language(lang)
    for reason in _explained() + _pillow():
        _assert_translated(reason, lang)
    assert {r.code for r in _explained()} >= {
        ReasonCode.DECOMPRESSION_BOMB,
        ReasonCode.TIMEOUT,
        ReasonCode.FILE_NOT_REGULAR,
        ReasonCode.FILE_UNREADABLE,
        ReasonCode.FILE_DISAPPEARED,
        ReasonCode.NOT_AN_IMAGE,
        ReasonCode.OUT_OF_MEMORY,
        ReasonCode.TRUNCATED,
        ReasonCode.UNREADABLE_IMAGE,
        ReasonCode.THUMBNAIL_FAILED,
    }


def test_an_unknown_pillow_warning_is_shown_as_pillow_wrote_it(language):
    language("fr")
    odd = worker.pillow_warning("Something new in Pillow 13")
    assert (odd.code, odd.english) == (ReasonCode.PILLOW_WARNING, "Something new in Pillow 13")
    assert reason_text(odd) == "avertissement de Pillow : Something new in Pillow 13"


def test_problems_model_shows_the_reason_in_the_interface_language(qtbot, language):
    from PySide6.QtCore import Qt

    from photobook.ui.models.problems import COLUMNS, ProblemsModel

    english = "EXIF orientation 65535 is not valid (1–8); shown as stored"
    language("fr")
    model = ProblemsModel(lang="fr")
    model.set_problems(
        [
            {
                "source": "/photos",
                "path": "a/odd.jpg",
                "severity": "warning",
                "code": "exif_orientation_invalid",
                "values": {"value": 65535},
                "seen_at": "2026-01-01T10:00:00",
            }
        ]
    )
    cell = model.index(0, COLUMNS.index("reason"))
    assert model.data(cell) == "orientation EXIF 65535 non valide (1–8) ; image affichée telle qu’enregistrée"
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == english
    language("ar")
    with qtbot.waitSignal(model.dataChanged):
        model.set_language("ar")
    assert ARABIC.search(model.data(cell)) and "65535" in model.data(cell)
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == english
    language("en")
    model.set_language("en")
    assert model.data(cell) == english
