"""The timeline's words in French (the default), Arabic and English, and number formatting.

The widget follows its language (``TimelineView.set_language`` or its ``locale()``); dates in
words come from :mod:`photobook.core.dates` so that the timeline says what the caption panel says.
"""

from __future__ import annotations

from datetime import date

from photobook.core import dates
from photobook.core import timeline as tl
from photobook.core.dates import MONTHS

LANGS = ("fr", "ar", "en")

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "undated": "Non daté",
        "photos": "{n} photographies",
        "photo": "1 photographie",
        "none": "Aucune photographie",
        "since": "depuis {year}",
        "since_day": "depuis le {date}",
        "today": "aujourd’hui",
        "more_spans": "+ {n} aux dates plus larges",
    },
    "en": {
        "undated": "Undated",
        "photos": "{n} photographs",
        "photo": "1 photograph",
        "none": "No photographs",
        "since": "since {year}",
        "since_day": "since {date}",
        "today": "today",
        "more_spans": "+ {n} more loosely dated",
    },
    "ar": {
        "undated": "بدون تاريخ",
        "photos": "{n} صورة",
        "photo": "صورة واحدة",
        "none": "لا توجد صور",
        "since": "منذ {year}",
        "since_day": "منذ {date}",
        "today": "اليوم",
        "more_spans": "+ {n} بتواريخ أوسع",
    },
}

_SHORT_MONTHS = {
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "ar": MONTHS["ar"],  # Moroccan month names: the same as the dates in words
}


def norm_lang(lang: str | None) -> str:
    lang = (lang or "fr")[:2].lower()
    return lang if lang in LANGS else ("fr" if lang not in ("en",) else "en")


def text(lang: str, key: str, **kw: object) -> str:
    return TEXTS[norm_lang(lang)][key].format(**kw)


def number(n: int, lang: str) -> str:
    """12 345 (fr, ar: narrow no-break space) or 12,345 (en); Western digits as in Morocco."""
    s = f"{n:,}"
    return s if norm_lang(lang) == "en" else s.replace(",", "\u202f")


def count_photos(n: int, lang: str) -> str:
    if n == 0:
        return text(lang, "none")
    if n == 1:
        return text(lang, "photo")
    return text(lang, "photos", n=number(n, lang))


def month_short(month: int, lang: str) -> str:
    return _SHORT_MONTHS[norm_lang(lang)][month - 1]


def day_words(day: int, lang: str) -> str:
    return dates.in_words(date.fromordinal(day).isoformat(), norm_lang(lang))


def cell_words(day0: int, day1: int, lang: str) -> str:
    """The period of a cluster's calendar cell [day0, day1): "1985", "années 1980", "1980–1984",
    "mars 1985", "janv.–mars 1985", "4–10 mars 1985"."""
    lang = norm_lang(lang)
    s, e = date.fromordinal(day0), date.fromordinal(day1 - 1)
    edtf = tl.bounds_edtf(day0, day1 - 1, False)
    if "/" not in edtf:
        return dates.in_words(edtf, lang)
    if s.day == 1 and date.fromordinal(day1).day == 1:  # whole months
        if s.year == e.year and not (s.month == 1 and e.month == 12):
            return f"{month_short(s.month, lang)}–{month_short(e.month, lang)} {s.year}"
        if s.month == 1 and e.month == 12:
            return f"{s.year}–{e.year}"
    if s.year == e.year and s.month == e.month:
        return f"{s.day}–{e.day} {month_short(s.month, lang)} {s.year}"
    return f"{s.day} {month_short(s.month, lang)}–{e.day} {month_short(e.month, lang)} {e.year}"
