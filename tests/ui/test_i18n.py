"""Languages: compiled translations ship with the code, French and Arabic are complete, switching
language at run time retranslates what is on screen and turns the window right to left; the
shipped fonts are registered."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
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


def test_the_qm_files_are_up_to_date_with_the_ts_files(tmp_path):
    """The shipped .qm files are what lrelease makes of the .ts files now (compared by content:
    a checkout or a rebase leaves file times in any order)."""
    import subprocess
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    try:
        from update_translations import find_tool
    finally:
        sys.path.pop(0)
    lrelease = find_tool("lrelease")
    i18n_dir = i18n.resources_dir() / "i18n"
    for lang in ("fr", "ar", "en"):
        ts, qm = i18n_dir / f"photobook_{lang}.ts", i18n_dir / f"photobook_{lang}.qm"
        fresh = tmp_path / qm.name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == qm.read_bytes(), f"run tools/update_translations.py ({lang})"


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
        assert w.filters.search.placeholderText() == "الشروح، الأماكن، الأشخاص…"
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


@pytest.mark.parametrize(
    ("system", "lang"),
    [
        ("fr_FR", "fr"),
        ("fr_CA", "fr"),
        ("ar_MA", "ar"),
        ("ar_EG", "ar"),
        ("en_US", "en"),
        ("en_GB", "en"),
        ("de_DE", "fr"),
        ("ja_JP", "fr"),
        ("C", "fr"),
    ],
)
def test_on_first_start_the_window_speaks_the_system_language(qapp, tmp_path, system, lang):
    settings = Settings(tmp_path / "first.ini")  # nothing chosen yet
    assert settings.language() is None
    assert i18n.startup_language(None, settings.language(), QLocale(system)) == lang


def test_the_users_choice_then_wins_over_the_system_language(qtbot, synthetic_library, tmp_path):
    create_application()
    path = tmp_path / "s.ini"
    arabic_system = QLocale("ar_MA")
    i18n.set_language(i18n.startup_language(None, Settings(path).language(), arabic_system))
    w = MainWindow(synthetic_library, Settings(path))
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
    try:
        assert w.filters.search_label.text() == "بحث"  # first start on an Arabic system: Arabic
        assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
        w.timeline.repaint()  # the timeline counts as the filter panel does: "300 صورة" in both
        assert w.filters.count_label.text() == "300 صورة"
        assert w.filters.count_label.text() in w.timeline._frame.header
        w.commands.languages["en"].trigger()  # the user picks English in the Language menu
        assert w.filters.search_label.text() == "Search"
    finally:
        w.close()
        i18n.set_language("fr")
    # the next start, on the same Arabic system: the user's English; a --lang on the command line wins
    assert i18n.startup_language(None, Settings(path).language(), arabic_system) == "en"
    assert i18n.startup_language("fr", Settings(path).language(), arabic_system) == "fr"


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({"LANG": "ar_MA.UTF-8"}, "ar"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:ar"}, "ar"),
        ({"LANG": "C.UTF-8"}, "fr"),
    ],
)
def test_the_system_language_is_read_from_the_environment(tmp_path, env, lang):
    """The real QLocale.system() of a fresh process, as on a user's desktop."""
    code = (
        "from PySide6.QtWidgets import QApplication; from photobook.ui import i18n; "
        "from photobook.ui.settings import Settings; import sys; app = QApplication([]); "
        "print(i18n.startup_language(None, Settings(sys.argv[1]).language()))"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "none.ini")],
        env={**clean, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert out.stdout.strip() == lang
