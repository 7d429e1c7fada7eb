"""The kiosk's words for visitors, in French (the default), Arabic and English.

They are in the Qt translation files with the window's (context "Kiosk" of
``resources/i18n/photobook_*.ts``, kept by ``tools/update_translations.py``), written in English
here. A visitor switches the language with one tap and every label follows at once: the kiosk asks
the words of a given language from that language's compiled file (``i18n.catalog``: loaded once,
shared with the window), not from the application's current translator. The language codes
and the default are :mod:`photobook.core.languages`'s.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from photobook.core.languages import DEFAULT_LANGUAGE as DEFAULT
from photobook.core.languages import LANGUAGES as LANGS
from photobook.ui.i18n import catalog

__all__ = ["BUTTONS", "DEFAULT", "LANGS", "SOURCES", "t"]

# The language buttons, each language named in its own script.
BUTTONS = {"fr": "FR", "ar": "ع", "en": "EN"}

# Each word the kiosk says, by key, in English (the source text of the translation files). The
# language's own name ("lang_name") is translated into that language: "Français", "العربية".
SOURCES: dict[str, str] = {
    "lang_name": QT_TRANSLATE_NOOP("Kiosk", "English"),
    "lang_button": QT_TRANSLATE_NOOP("Kiosk", "Show in English"),
    "timeline": QT_TRANSLATE_NOOP("Kiosk", "Timeline of the photographs"),
    "all_themes": QT_TRANSLATE_NOOP("Kiosk", "All"),
    "theme_button": QT_TRANSLATE_NOOP("Kiosk", "Theme: {name}"),
    "larger": QT_TRANSLATE_NOOP("Kiosk", "A+"),
    "larger_name": QT_TRANSLATE_NOOP("Kiosk", "Larger text"),
    "back": QT_TRANSLATE_NOOP("Kiosk", "Back"),
    "back_name": QT_TRANSLATE_NOOP("Kiosk", "Back to the timeline"),
    "previous": QT_TRANSLATE_NOOP("Kiosk", "Previous"),
    "next": QT_TRANSLATE_NOOP("Kiosk", "Next"),
    "still_there": QT_TRANSLATE_NOOP("Kiosk", "Still there?"),
    "touch_continue": QT_TRANSLATE_NOOP("Kiosk", "Touch to continue"),
    "seconds": QT_TRANSLATE_NOOP("Kiosk", "{n} s"),
    "explore": QT_TRANSLATE_NOOP("Kiosk", "Touch the screen to explore the archive"),
    "pause": QT_TRANSLATE_NOOP("Kiosk", "Pause"),
    "play": QT_TRANSLATE_NOOP("Kiosk", "Play"),
    "pin_title": QT_TRANSLATE_NOOP("Kiosk", "Staff code"),
    "pin_field": QT_TRANSLATE_NOOP("Kiosk", "Code"),
    "pin_wrong": QT_TRANSLATE_NOOP("Kiosk", "Wrong code"),
    "pin_wait": QT_TRANSLATE_NOOP("Kiosk", "Too many tries: try again in {n} s"),
    "pin_none": QT_TRANSLATE_NOOP("Kiosk", "No code set: photobook kiosk --set-pin"),
    "ok": QT_TRANSLATE_NOOP("Kiosk", "OK"),
    "cancel": QT_TRANSLATE_NOOP("Kiosk", "Cancel"),
    "erase": QT_TRANSLATE_NOOP("Kiosk", "Erase"),
    "unavailable": QT_TRANSLATE_NOOP(
        "Kiosk", "The archive is temporarily unavailable.\nTrying again in a moment…"
    ),
    # a catalog at an older revision, which the kiosk must not upgrade (db.engine.CatalogTooOld)
    "too_old": QT_TRANSLATE_NOOP(
        "Kiosk",
        "This catalogue must first be opened by photobook on the archivist's computer.\nTrying again in a moment…",
    ),
    "none": QT_TRANSLATE_NOOP("Kiosk", "No photographs"),
    "photo": QT_TRANSLATE_NOOP("Kiosk", "Photograph"),
}


def t(lang: str, key: str, **values: object) -> str:
    """The word ``key`` in ``lang`` (English where a translation is missing), ``values`` filled in."""
    lang = lang if lang in LANGS else DEFAULT
    source = SOURCES[key]
    found = catalog(lang)
    text = (found.translate("Kiosk", source) if found is not None else None) or source
    return text.format(**values)
