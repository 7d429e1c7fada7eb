"""The timeline's words: counts and phrases through Qt's translations, numbers through ``QLocale``,
dates in words from :mod:`photobook.core.dates` (CLDR through Babel).

Counts are ``tr("%Ln photograph(s)", "", n)`` like the filter panel's, so the window shows one plural
grammar in each language (Arabic has six forms: "صورتان", "5 صور", "11 صورة"…) and one way of
writing numbers (QLocale: "12 345", "12.345", "12,345"). Phrases follow the application's language
(the installed translators), as every other widget's; dates follow the view's ``lang``, which the
main window keeps equal to it.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from PySide6.QtCore import QLocale, QObject

from photobook.core import dates, languages
from photobook.core import timeline as tl


class Timeline(QObject):
    """The context of the timeline's words in the .ts files (lupdate reads ``self.tr``)."""

    def none(self) -> str:
        return self.tr("No photographs")

    def photos(self, n: int) -> str:
        return self.tr("%Ln photograph(s)", "", n)

    def undated(self) -> str:
        return self.tr("Undated")

    def since_day(self) -> str:
        return self.tr("since %1", "a day: depuis le 23 juillet 1999")

    def since_year(self) -> str:
        return self.tr("since %1", "a year: depuis 1999")

    def more_spans(self, n: int) -> str:
        return self.tr("+ %Ln more loosely dated", "", n)

    def no_match(self) -> str:
        return self.tr("No photograph matches these filters.")

    def only_undated(self, n: int) -> str:
        return self.tr("%Ln photograph(s) without a date: shown below the timeline.", "", n)


@lru_cache(maxsize=1)
def _timeline() -> Timeline:
    return Timeline()


@lru_cache(maxsize=8)
def _qlocale(lang: str) -> QLocale:
    return QLocale(languages.locale_name(lang))


def number(n: int, lang: str) -> str:
    """12 345 (fr), 12.345 (ar_MA: Western digits, as in Morocco) or 12,345 (en), by QLocale."""
    return _qlocale(languages.normalise(lang)).toString(int(n))


def count_photos(n: int, lang: str | None = None) -> str:
    """ "Aucune photographie", "1 photographie", "صورتان", "5 صور", "12 345 photographies"."""
    if n == 0:
        return _timeline().none()
    return _timeline().photos(n)


def undated() -> str:
    return _timeline().undated()


def since_day(day: int, lang: str) -> str:
    """A reign still going on: "depuis le 23 juillet 1999"."""
    return _timeline().since_day().replace("%1", day_words(day, lang))


def since_year(year: int) -> str:
    """The same, short: "depuis 1999"."""
    return _timeline().since_year().replace("%1", str(year))


def more_spans(n: int) -> str:
    """Bars that do not fit in the band lane: "+ 3 aux dates plus larges"."""
    return _timeline().more_spans(n)


def empty_axis(n_undated: int, filtered: bool) -> str:
    """Why the axis is empty: only undated photographs ("5 photographies sans date : sous la
    frise"), or a filter that matches nothing; "" for an empty archive (the caption panel says it)."""
    if n_undated:
        return _timeline().only_undated(n_undated)
    return _timeline().no_match() if filtered else ""


def month_short(month: int, lang: str) -> str:
    return dates.month_name(month, languages.normalise(lang), short=True)


def day_words(day: int, lang: str) -> str:
    return dates.in_words(date.fromordinal(day).isoformat(), languages.normalise(lang))


def cell_words(day0: int, day1: int, lang: str) -> str:
    """The period of a cluster's calendar cell [day0, day1): "1985", "années 1980", "1980–1984",
    "mars 1985", "janv.–mars 1985", "4–10 mars 1985"."""
    return tl.cell_label(day0, day1, languages.normalise(lang))
