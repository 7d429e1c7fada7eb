"""The three languages of photobook, in one place: their codes, how any locale name maps to one of
them, and the one order in which a missing caption, title or name falls back to another language.

French is the archive's first language (and the default when a locale is none of the three);
Arabic is written right to left; English is the third. Every package asks this module: the CLI's
``--lang`` choices, the catalog's caption fallback, the window's language menu and its first start.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Final, TypeVar

LANGUAGES: Final = ("fr", "ar", "en")
DEFAULT_LANGUAGE: Final = "fr"
#: The order of the fallback after the language asked for: French, then English, then Arabic.
_FALLBACK_ORDER: Final = ("fr", "en", "ar")
#: Each language named in itself, for the language menu.
NATIVE_NAMES: Final = {"fr": "Français", "ar": "العربية", "en": "English"}
#: The CLDR locale whose month names, numbers and plural rules each language uses (Babel in core,
#: QLocale in the window): Moroccan Arabic month names (ماي، يوليوز، غشت…) and Western digits.
LOCALES: Final = {"fr": "fr_FR", "ar": "ar_MA", "en": "en_GB"}
#: The photograph's credit lines, written per language (revision 0013).
CREDIT_FIELDS: Final = ("photographer", "credit", "rights")
#: The catalog's fields written per language: one value in French (or the one value: column
#: ``place``, edit field ``place``) and, where it is written otherwise, one in Arabic and English
#: (columns ``place_ar``/``place_en``, edit fields ``place:ar``/``place:en``: :func:`localized_field`).
LOCALIZED_FIELDS: Final = ("place", *CREDIT_FIELDS)

T = TypeVar("T")


def known(name: str | None) -> str | None:
    """The language of a locale name ("fr", "ar_MA", "en-US", "fr_CA.UTF-8", "AR"), or ``None``
    when it is none of the three (or empty, "C", "POSIX")."""
    code = (name or "").strip().lower().replace("-", "_").split(".")[0].split("@")[0].split("_")[0]
    return code if code in LANGUAGES else None


def normalise(name: str | None) -> str:
    """The language of a locale name; French when it is none of the three."""
    return known(name) or DEFAULT_LANGUAGE


def first_known(names: Iterable[str]) -> str:
    """The first of a list of preferred locales (e.g. the system's UI languages, most wanted first)
    that is one of the three; French when none is."""
    for name in names:
        lang = known(name)
        if lang is not None:
            return lang
    return DEFAULT_LANGUAGE


def fallback(lang: str) -> tuple[str, ...]:
    """The languages to try, in order, for text wanted in ``lang``: itself, then French, English,
    Arabic. ``fallback("ar") == ("ar", "fr", "en")``."""
    lang = normalise(lang)
    return (lang, *(x for x in _FALLBACK_ORDER if x != lang))


@lru_cache(maxsize=256)
def is_caption_language(code: str) -> bool:
    """A language a caption may be stored in: one of the three, or another language (its primary
    tag, "de", "es", "tzm") that a file's XMP carried and the catalog keeps with its tag. Another
    language is one CLDR knows (Babel), not any two letters ("xx")."""
    if code in LANGUAGES:
        return True
    if not (2 <= len(code) <= 3 and code.isascii() and code.isalpha() and code.islower()):
        return False
    from babel import localedata

    return bool(localedata.exists(code))


def fallback_all(lang: str, available: Iterable[str]) -> tuple[str, ...]:
    """:func:`fallback`, then any other language ``available`` has (a German caption that a file
    carried, kept with its tag), in alphabetical order: shown when none of the three has one."""
    order = fallback(lang)
    return order + tuple(sorted(x for x in set(available) if x not in order))


def pick(by_lang: Mapping[str, T], lang: str) -> tuple[str, T] | None:
    """The first non-empty value of ``by_lang`` in the fallback order of ``lang``, with the language
    it is in; ``None`` when there is none."""
    for cand in fallback(lang):
        value = by_lang.get(cand)
        if value:
            return cand, value
    return None


def localized_field(name: str, lang: str) -> str:
    """The edit field of ``name`` (one of :data:`LOCALIZED_FIELDS`) in ``lang``: the field's own
    name in French, else ``name:lang`` (``localized_field("credit", "ar") == "credit:ar"``)."""
    return name if lang == DEFAULT_LANGUAGE else f"{name}:{lang}"


def is_rtl(lang: str) -> bool:
    return normalise(lang) == "ar"


def locale_name(lang: str) -> str:
    """The CLDR locale of a language: "fr_FR", "ar_MA" or "en_GB"."""
    return LOCALES[normalise(lang)]
