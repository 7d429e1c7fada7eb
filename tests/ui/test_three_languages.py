"""Three languages without seams: Qt's own dialogs translated, a language switch that keeps the
selection and lays the panels out again, the F1 dialog with the keys as printed (isolated left to
right in Arabic), the window title, and "Indexing…" rather than "empty" during the first index."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.keys import LRI, PDI, key_name, key_text
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings


@pytest.fixture
def window(qtbot, synthetic_library, tmp_path):
    create_application()
    i18n.set_language("fr")
    w = MainWindow(synthetic_library, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
    yield w
    w.close()
    i18n.set_language("fr")


@pytest.mark.parametrize(
    ("lang", "look_in", "of_type"),
    [("fr", "Voir dans :", "Fichiers de type :"), ("ar", "اعثر في:", "الملفّات من النّوع:")],
)
def test_qts_own_file_dialog_speaks_the_chosen_language(qtbot, lang, look_in, of_type):
    """PySide6's qtbase_*.qm lag behind its Qt ("&Look in:" has no translation, "Look in:" has)."""
    create_application()
    i18n.set_language(lang)
    try:
        dialog = QFileDialog(None, "", "", "")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        texts = [lab.text().replace("&", "").replace("\xa0", " ") for lab in dialog.findChildren(QLabel)]
        assert look_in in texts
        assert of_type in texts
        assert not any("Look in" in t or "Files of" in t for t in texts)
    finally:
        i18n.set_language("fr")


def test_switching_language_keeps_the_selection_and_lays_the_theme_counts_out(window, qtbot):
    w = window
    pid = w.browser.ids[5]
    w.browser.select(pid)
    qtbot.waitUntil(lambda: w.caption.loaded, timeout=10000)
    for lang in ("ar", "en", "fr", "ar"):
        w.commands.languages[lang].trigger()
        qtbot.waitUntil(lambda: not w.tasks.busy(), timeout=10000)
        assert w.browser.selected == pid, lang
        assert w.timeline.selected_id() == pid, lang
        assert w.caption.photo_id == pid, lang
        view = w.filters.theme_view
        qtbot.waitUntil(lambda view=view: view.columnWidth(1) >= view.sizeHintForColumn(1), timeout=3000)
        assert view.sizeHintForColumn(1) > 0
    w.set_view("grid")
    w.commands.languages["en"].trigger()
    assert w.grid.selected_id() == pid
    assert w.browser.selected == pid


def test_key_names_are_the_keys_as_printed_and_isolated_left_to_right(qapp):
    i18n.set_language("fr")
    try:
        assert key_name("Return") == "Entrée ↵"
        assert key_name("Esc") == "Échap"
        assert key_name("Shift+Left") == "Maj+←"
        assert key_name("PgDown") == "Page suiv."
        assert key_text("Ctrl+-") == f"{LRI}Ctrl+-{PDI}"
        i18n.set_language("ar")
        assert key_name("Ctrl+-") == "Ctrl+-"
        assert key_name("Shift+Left") == "Shift+←"
    finally:
        i18n.set_language("fr")


def test_the_shortcuts_dialog_lists_real_keys_and_tells_back_from_return(window):
    w = window
    table = dict(w.commands.shortcut_table())
    assert table["Retour"] == key_text("Esc")  # Back is Escape …
    assert table["Photographie en grand"] == key_text("Return")  # … and the Return key is "Entrée"
    assert "Retour" not in table["Photographie en grand"]
    # the keys the views handle themselves are listed
    joined = " ".join(table.values())
    assert key_text("PgUp") in joined and key_text("PgDown") in joined
    assert key_text("Shift+Left") in joined and key_text("Shift+Right") in joined
    # no alias of a standard key ("=" for "+", the keypad's Enter)
    assert "=" not in table["Agrandir"]
    assert table["Agrandir"] == f"{key_text('Ctrl++')} · {key_text('+')}"
    # nor the dedicated keys of X11's standard bindings ("Open", "Find", "Help")
    assert table["Rechercher…"] == key_text("Ctrl+F")
    assert table["Raccourcis clavier"] == key_text("F1")
    assert table["Annuler"].startswith(key_text("Ctrl+Z"))
    assert "F14" not in table["Annuler"]  # the Undo key of Sun keyboards
    w.commands.languages["ar"].trigger()
    box = w.shortcuts_dialog()
    text = box.text()
    assert f"{LRI}Ctrl+-{PDI}" in text
    assert box.windowTitle() == QCoreApplication.translate("MainWindow", "Keyboard shortcuts")
    for _what, keys in w.commands.shortcut_table():
        for part in keys.split(" · "):
            assert part.startswith(LRI) and part.endswith(PDI), part
    box.deleteLater()


def test_the_full_views_hint_isolates_its_keys_and_names_both_zooms(window):
    w = window
    w.commands.languages["ar"].trigger()
    hint = w.full.hint_label.text()
    assert hint.startswith(f"{LRI}Esc{PDI}")
    assert f"{LRI}+{PDI}" in hint and f"{LRI}-{PDI}" in hint
    w.commands.languages["fr"].trigger()
    assert w.full.hint_label.text().startswith(f"{LRI}Échap{PDI}")


def test_the_window_title_names_the_library_once(window, qtbot, tmp_path):
    w = window
    assert w.windowTitle() == f"Photobook — {w.library.folder.name}"


def test_no_empty_archive_while_the_first_index_runs(window):
    w = window
    w._on_index_started("demo")
    w.browser.ids = []
    w._update_hint()
    assert w.caption.hint_label.text() == "Indexation…"
    w._on_index_finished("demo", None)
    assert "vide" in w.caption.hint_label.text()


def test_the_language_menu_draws_arabic_as_large_as_the_others(window):
    w = window
    menu = w.commands.menus["language"]
    heights = {}
    for lang, act in w.commands.languages.items():
        heights[lang] = menu.actionGeometry(act).height()
        assert act.font().pointSizeF() > 0 or act.font().pixelSize() > 0
    fm_ar = w.commands.languages["ar"].font()
    fm_fr = w.commands.languages["fr"].font()
    assert fm_ar.pointSizeF() > fm_fr.pointSizeF()  # Naskh reads smaller: drawn larger
    assert heights["ar"] >= heights["fr"]
    assert w.layoutDirection() == Qt.LayoutDirection.LeftToRight
