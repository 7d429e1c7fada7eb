"""The interface language: Qt translators (resources/i18n/photobook_*.qm) and the layout direction.

Interface strings are written in English in the code (``self.tr()``, counts as
``self.tr("%Ln photograph(s)", "", n)`` so that Qt applies each language's plural forms and
``QLocale``'s digits); French and Arabic come from the compiled translation files. The codes, the
fallback order and the locale of each language are :mod:`photobook.core.languages`. Captions, theme
and reign names and dates in words come from the catalog and ``core.dates``, in the same language.
Arabic turns the whole application right to left.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from photobook.core import dates, languages, paths
from photobook.core.languages import DEFAULT_LANGUAGE, is_rtl

__all__ = ["current_language", "is_rtl", "set_language", "startup_language", "translate"]

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def resources_dir() -> Path:
    """The ``resources/`` folder, shipped in the package (``photobook.core.paths``)."""
    return paths.resources_dir()


def current_language() -> str:
    return _current


def startup_language(asked: str | None, chosen: str | None, system: QLocale | None = None) -> str:
    """The language a window opens in: the one asked for on the command line, else the one the user
    chose in the Language menu (settings), else the system's (its preferred UI languages in order,
    e.g. ``LANGUAGE=de:ar`` gives Arabic) when it is French, Arabic or English; else French."""
    for lang in (asked, chosen):
        if languages.known(lang):
            return languages.normalise(lang)
    system = system if system is not None else QLocale.system()
    return languages.first_known([*system.uiLanguages(), system.name()])


def set_language(lang: str | None, app: QCoreApplication | None = None) -> str:
    """Install the translators for ``lang`` and set the layout direction; Qt then sends every
    widget a LanguageChange event (widgets retranslate in ``changeEvent``). Returns the language."""
    global _current
    lang = languages.normalise(lang)
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QApplication")
    for tr in _installed:
        app.removeTranslator(tr)
        tr.setParent(None)  # freed with the list below: a kiosk changes language at every visit
    _installed.clear()
    ours = catalog(lang)
    if ours is not None:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QtBaseTranslator(app)  # Qt's own strings: standard buttons, file dialogs
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(languages.locale_name(lang)))
    # Babel and its month names for this language load off the GUI thread while the window builds
    threading.Thread(target=_preload_dates, args=(lang,), name="photobook-locale", daemon=True).start()
    _current = lang
    if isinstance(app, QApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight
        )
    # Qt posts LanguageChange; deliver it now, so that the window is retranslated when this returns
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang


_catalogs: dict[str, QTranslator | None] = {}


def catalog(lang: str) -> QTranslator | None:
    """Photobook's own translations into ``lang`` (``resources/i18n/photobook_<lang>.qm``), read
    once a process and kept (three languages at most): the one :func:`set_language` installs, and
    the one the kiosk asks for a visitor's language (``kiosk.texts``) without installing it. None,
    said once in the log, when the file cannot be loaded."""
    path = str(resources_dir() / "i18n" / f"photobook_{lang}.qm")
    if path not in _catalogs:
        found = QTranslator()  # no parent: kept here, not freed with the application's translators
        if not found.load(path):
            log.warning("could not load translation %s", path)
        _catalogs[path] = found if not found.isEmpty() else None
    return _catalogs[path]


class QtBaseTranslator(QTranslator):
    """Qt's own translations (``qtbase_<lang>.qm``), filling a gap: the files PySide6 ships lag
    behind its Qt, whose file dialog now asks for "&Look in:" and "Files of &type:" where the
    translations still have "Look in:" and "Files of type:", so the folder chooser spoke English
    in a French window. A source with a mnemonic ("&") that has no translation takes the
    translation of the same words without it, the mnemonic put back on the same letter if the
    translation has it."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": Qt asks the next translator only when this one returns a null string
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        if "&" not in source:
            return None
        plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&")
        found = super().translate(context, plain, disambiguation, n)
        if not found:
            return None
        at = source.find("&")
        letter = source[at + 1 : at + 2]
        i = found.lower().find(letter.lower()) if letter.strip() else -1
        return found if i < 0 else f"{found[:i]}&{found[i:]}"


def _preload_dates(lang: str) -> None:
    try:
        dates.preload(lang)
    except Exception:  # only a head start: the first date in words loads whatever is missing
        log.debug("could not preload the locale data of %s", lang, exc_info=True)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
