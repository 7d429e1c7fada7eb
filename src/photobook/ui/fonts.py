"""The interface's fonts: Noto Sans, with Noto Naskh Arabic for Arabic script, a little larger
when the window is in Arabic. Apart from :mod:`photobook.ui.app` so that the main window can
follow a language change without importing the module that creates it."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

UI_FAMILIES = ["Noto Sans", "Noto Naskh Arabic"]
BASE_POINT_SIZE = 11.0
ARABIC_SCALE = 1.12


def app_font(point_size: float = BASE_POINT_SIZE) -> QFont:
    """Noto Sans for Latin text, Noto Naskh Arabic as the fallback for Arabic script."""
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def app_set_font_for(lang: str) -> None:
    """Arabic (Noto Naskh) reads smaller than Latin at the same size: a larger base for it."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        size = BASE_POINT_SIZE * (ARABIC_SCALE if lang == "ar" else 1.0)
        if abs(app.font().pointSizeF() - size) > 0.01:
            app.setFont(app_font(size))
