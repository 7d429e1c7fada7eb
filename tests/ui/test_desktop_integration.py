"""The application on a desktop: its icon on the window, the console-less entry point, and the
message that names the missing X11 libraries when Qt's xcb plugin cannot load."""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QColor, QGuiApplication

from photobook import cli
from photobook.core import paths
from photobook.ui import app as app_module
from photobook.ui.app import XCB_LIBRARIES, create_application, xcb_hint
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings


def test_window_shows_the_photobook_icon(qapp, qtbot, library, tmp_path):
    create_application()
    assert QGuiApplication.desktopFileName() == paths.APP_ID
    window = MainWindow(library, Settings(tmp_path / "settings.ini"), restore=False)
    qtbot.addWidget(window)
    icon = window.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64
    # the rounded square is the window's accent colour; the corners stay transparent
    assert image.pixelColor(32, 6).name() == QColor("#8c2f39").name()
    assert image.pixelColor(0, 0).alpha() == 0


def test_xcb_hint_names_exactly_the_missing_packages():
    missing = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    hint = xcb_hint(
        {"DISPLAY": ":0"} if sys.platform.startswith("linux") else {"QT_QPA_PLATFORM": "xcb"},
        loads=lambda soname: soname not in missing,
    )
    assert hint is not None
    assert "libxcb-icccm4" in hint and "libxcb-keysyms1" in hint
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in hint
    assert "libxcb-cursor0" not in hint  # present: not asked for


def test_xcb_hint_is_silent_when_xcb_is_not_used_or_nothing_is_missing():
    none_load = lambda soname: False  # noqa: E731
    assert xcb_hint({"QT_QPA_PLATFORM": "offscreen"}, loads=none_load) is None
    assert xcb_hint({"QT_QPA_PLATFORM": "wayland;xcb"}, loads=none_load) is None
    assert xcb_hint({"WAYLAND_DISPLAY": "wayland-0"}, loads=none_load) is None
    assert xcb_hint({"QT_QPA_PLATFORM": "xcb"}, loads=lambda soname: True) is None
    every = xcb_hint({"QT_QPA_PLATFORM": "xcb"}, loads=none_load)
    assert every is not None and all(pkg in every for pkg in XCB_LIBRARIES.values())


def test_gui_entry_opens_the_window_without_a_console(monkeypatch):
    """``photobook-gui --lang ar`` (pythonw on Windows: no stdout, no stderr) opens the window."""
    opened = {}

    def fake_run(library_dir, db_url, lang, fullscreen=False):
        opened.update(lang=lang, fullscreen=fullscreen)
        print("no console, no crash")
        return 0

    monkeypatch.setattr(app_module, "run", fake_run)
    monkeypatch.setattr(sys, "argv", ["photobook-gui", "--lang", "ar", "--fullscreen"])
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    try:
        assert cli.gui_main() == 0
    finally:
        streams = (sys.stdout, sys.stderr)
        for stream in streams:
            if stream is not None:
                stream.close()  # the null devices gui_main gave the window
    assert opened == {"lang": "ar", "fullscreen": True}
    assert None not in streams


def test_a_missing_resource_is_reported_as_could_not_load(qapp, monkeypatch, tmp_path, caplog):
    """What the wheel test relies on: without the shipped resources, photobook says so, once per
    font, for the stylesheet and for the translation (and a window shows without them)."""
    from photobook.ui import i18n
    from photobook.ui.app import load_fonts, stylesheet

    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    previous = i18n.current_language()
    try:
        with caplog.at_level("WARNING"):
            assert load_fonts() == []
            assert stylesheet() == ""
            i18n.set_language("ar", qapp)
    finally:
        monkeypatch.undo()
        i18n.set_language(previous, qapp)
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("could not load")]
    assert len([m for m in lines if m.startswith("could not load font")]) == 4
    assert any(m.startswith("could not load stylesheet") for m in lines)
    assert any(m.startswith("could not load translation") and "photobook_ar.qm" in m for m in lines)
