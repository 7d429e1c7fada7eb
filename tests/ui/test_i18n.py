"""Languages: compiled translations ship with the code, French and Arabic are complete, switching
language at run time retranslates what is on screen and turns the window right to left; the
shipped fonts are registered."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QFontDatabase

from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_compiled_translations_ship_and_load(qapp, lang):
    qm = i18n.resources_dir() / "i18n" / f"photobook_{lang}.qm"
    assert qm.is_file()
    assert QTranslator().load(str(qm))


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_french_and_arabic_translations_are_complete(lang):
    assert _tool().unfinished(lang) == []


def test_the_qm_files_are_up_to_date_with_the_ts_files():
    i18n_dir = i18n.resources_dir() / "i18n"
    for lang in ("fr", "ar", "en"):
        ts, qm = i18n_dir / f"photobook_{lang}.ts", i18n_dir / f"photobook_{lang}.qm"
        assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, f"run tools/update_translations.py ({lang})"


def test_translate_plurals(qapp):
    i18n.set_language("fr")
    try:
        t = QCoreApplication.translate
        assert t("FilterPanel", "%Ln photograph(s)", "", 1) == "1 photographie"
        assert t("FilterPanel", "%Ln photograph(s)", "", 3) == "3 photographies"
        i18n.set_language("ar")
        assert t("FilterPanel", "%Ln photograph(s)", "", 2) == "صورتان"
        i18n.set_language("en")
        assert t("FilterPanel", "%Ln photograph(s)", "", 1) == "1 photograph"
    finally:
        i18n.set_language("fr")


def test_switching_language_retranslates_the_window_and_is_remembered(qtbot, synthetic_library, tmp_path):
    create_application()
    i18n.set_language("fr")
    settings = Settings(tmp_path / "s.ini")
    w = MainWindow(synthetic_library, settings)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
    try:
        assert w.filters.search_label.text() == "Rechercher"
        assert w.commands.show_grid.text() == "&Planche contact"
        assert w.layoutDirection() == Qt.LayoutDirection.LeftToRight
        w.commands.languages["ar"].trigger()
        assert w.filters.search_label.text() == "بحث"
        assert w.filters.search.placeholderText() == "التعليقات، الأماكن، الأشخاص…"
        assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert w.caption.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert "صور" in w.filters.count_label.text() or "صورة" in w.filters.count_label.text()
        assert w.filters.reign_checks["hassan-ii"].text().startswith("الحسن الثاني")
        assert settings.language() == "ar"
        w.commands.languages["en"].trigger()
        assert w.filters.search_label.text() == "Search"
        assert w.filters.count_label.text() == "300 photographs"
        assert w.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert settings.language() == "en"
    finally:
        w.close()
        i18n.set_language("fr")


def test_the_shipped_fonts_are_registered_and_used(qapp):
    app = create_application()
    families = QFontDatabase.families()
    assert "Noto Sans" in families
    assert "Noto Naskh Arabic" in families
    assert app.font().families()[:2] == ["Noto Sans", "Noto Naskh Arabic"]
    fonts = i18n.resources_dir() / "fonts"
    assert (fonts / "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE") >= 1
    total = sum(p.stat().st_size for p in fonts.glob("*.ttf"))
    assert total < 2_000_000  # static, non-"UI" cuts only
