"""Timeline dates in words (no Qt): the label under a thumbnail, a decade, a month; the words come
from :mod:`photobook.core.dates` so that the timeline says what the caption panel says."""

from __future__ import annotations

from datetime import date

from photobook.core import dates


def bounds_edtf(start: int, end: int, approximate: bool | int) -> str:
    """An EDTF string that reads like the interval: "1985-03-14", "1985-03", "1985", "198X",
    "1984/1986", or "1985~" for an approximate one (the fuzzy bounds of "1985~" are 1984–1986).
    ``approximate``: the qualifier code of the timeline's rows (``dates.QUALIFIER_CODES``: 2 gives
    "1985?", uncertain, 3 "1985%"), or a plain flag (True: approximate)."""
    s, e = date.fromordinal(start), date.fromordinal(end)
    if approximate:
        mid = date.fromordinal((start + end) // 2)
        q = dates.QUALIFIER_SUFFIX.get(int(approximate), "~")
        return f"{mid.year}-{mid.month:02d}{q}" if end - start < 200 else f"{mid.year}{q}"
    if start == end:
        return s.isoformat()
    month_end = date(s.year + (s.month == 12), s.month % 12 + 1, 1).toordinal() - 1
    if s.day == 1 and end == month_end:
        return f"{s.year}-{s.month:02d}"
    whole_years = s.month == 1 and s.day == 1 and e.month == 12 and e.day == 31
    if whole_years and s.year == e.year:
        return str(s.year)
    if whole_years and s.year % 10 == 0 and e.year == s.year + 9:
        return f"{str(s.year)[:3]}X"
    if whole_years:
        return f"{s.year}/{e.year}"
    return f"{s.isoformat()}/{e.isoformat()}"


def span_label(start: int, end: int, approximate: bool | int, lang: str = "fr") -> str:
    """The date of a photograph in words for the label under its thumbnail: "vers 1985", "1985 ?",
    "années 1980", "1984–1986", "mars 1985", "14 mars 1985"."""
    return dates.in_words(bounds_edtf(start, end, approximate), lang)


def decade_label(year: int, lang: str = "fr") -> str:
    return dates.in_words(f"{str(year - year % 10)[:3]}X", lang)


def month_label(year: int, month: int, lang: str = "fr", with_year: bool = True) -> str:
    return dates.in_words(f"{year:04d}-{month:02d}", lang) if with_year else dates.month_name(month, lang)


def axis_label(day: int, lang: str = "fr", unit: str = "month", with_year: bool = False) -> str:
    """A tick of the time axis, short: "juin 1985" / "juin" (unit "month"), "14 juin" (unit "day")."""
    d = date.fromordinal(day)
    if unit == "day":
        return dates.date_words(d, lang, "MMMd")
    return dates.date_words(d, lang, "yMMM") if with_year else dates.month_name(d.month, lang, short=True)


def cell_label(day0: int, day1: int, lang: str = "fr") -> str:
    """The period of a cluster's calendar cell [day0, day1), as the language writes an interval:
    "1985", "années 1980", "1980–1984", "mars 1985", "janv.–mars 1985", "4–10 mars 1985"."""
    s, e = date.fromordinal(day0), date.fromordinal(day1 - 1)
    edtf = bounds_edtf(day0, day1 - 1, False)
    if "/" not in edtf:
        return dates.in_words(edtf, lang)
    if s.day == 1 and date.fromordinal(day1).day == 1:  # whole months
        if s.month == 1 and e.month == 12:
            return dates.interval_words(s, e, lang, "y")
        if s.year == e.year:
            return dates.interval_words(s, e, lang, "yMMM")
    return dates.interval_words(s, e, lang, "yMMMd")
