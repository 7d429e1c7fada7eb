"""Uncertain dates: EDTF strings and the day bounds the catalog filters on.

A photograph's date is stored as an EDTF string (Library of Congress Extended Date/Time Format):
``1985``, ``1985-06``, ``1985-06-14``, ``1985~`` (circa), ``1985?`` (uncertain), ``198X`` (the 1980s),
``1984/1986`` (an interval), or ``""`` (undated). The catalog also stores its earliest and latest day
as proleptic Gregorian ordinals (``date.toordinal()``): plain integers that sort, index and compare
the same way on SQLite and PostgreSQL.

Approximate and uncertain dates use the ``edtf`` library's *fuzzy* bounds (a year either side for a
year), so that "circa 1985" is found by a search for 1984 and belongs to both reigns when it is
"circa 1999". Plain dates take a fast path: ``edtf`` parses with pyparsing at ~5 ms a string, which
would dominate an index of 100,000 files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

#: The earliest plausible photograph (Niépce, 1826) and a little past today: anything outside is an
#: impossible date (EXIF "0000:00:00", year 9999, a camera clock that was never set).
EARLIEST_PLAUSIBLE = date(1826, 1, 1)


class DateError(ValueError):
    """A date that cannot be read or cannot be true. The message is meant for the archivist."""


@dataclass(frozen=True, slots=True)
class DateBounds:
    edtf: str
    start: int  # ordinal of the earliest day
    end: int  # ordinal of the latest day
    approximate: bool  # "~", "?" or "%": draw blurred, say "circa"

    @property
    def start_date(self) -> date:
        return date.fromordinal(self.start)

    @property
    def end_date(self) -> date:
        return date.fromordinal(self.end)

    @property
    def year(self) -> int:
        """The year used for sorting and per-year counts: the middle of the interval."""
        return date.fromordinal((self.start + self.end) // 2).year


_PLAIN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _last_day(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def latest_plausible() -> date:
    today = date.today()
    return date(today.year + 1, 12, 31)


def _check_plausible(edtf: str, start: date, end: date) -> None:
    if start > end:
        raise DateError(f"{edtf!r}: the interval ends before it starts")
    if start < EARLIEST_PLAUSIBLE:
        raise DateError(f"{edtf!r}: before the invention of photography")
    if start > latest_plausible():
        raise DateError(f"{edtf!r}: in the future")


@lru_cache(maxsize=4096)
def parse(edtf: str) -> DateBounds | None:
    """Bounds of an EDTF string; ``None`` for undated (``""``). Raises :class:`DateError`."""
    text = (edtf or "").strip()
    if not text:
        return None
    m = _PLAIN.match(text)
    if m:
        y = int(m.group(1))
        mo = int(m.group(2)) if m.group(2) else None
        d = int(m.group(3)) if m.group(3) else None
        try:
            if mo is None:
                start, end = date(y, 1, 1), date(y, 12, 31)
            elif d is None:
                start, end = date(y, mo, 1), date(y, mo, _last_day(y, mo))
            else:
                start = end = date(y, mo, d)
        except ValueError as exc:
            raise DateError(f"{text!r}: no such date ({exc})") from None
        _check_plausible(text, start, end)
        return DateBounds(text, start.toordinal(), end.toordinal(), False)
    fast = _fast_path(text)
    return fast if fast is not None else _parse_edtf(text)


_YEAR_FUZZY = re.compile(r"^(\d{4})([~?%])$")
_UNSPECIFIED = re.compile(r"^(\d{2,3})(X{1,2})$")
_INTERVAL = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/(\d{4}(?:-\d{2}(?:-\d{2})?)?)$")


def _fast_path(text: str) -> DateBounds | None:
    """The common uncertain forms, computed as ``edtf`` does (a test checks they agree)."""
    if m := _YEAR_FUZZY.match(text):
        y, pad = int(m.group(1)), 2 if m.group(2) == "%" else 1
        if not 1 + pad <= y <= 9999 - pad:
            raise DateError(f"{text!r}: no such year")
        start, end = date(y - pad, 1, 1), date(y + pad, 12, 31)
        approximate = True
    elif (m := _UNSPECIFIED.match(text)) and len(m.group(1)) + len(m.group(2)) == 4:
        span = 10 ** len(m.group(2))
        y = int(m.group(1)) * span
        start, end = date(max(y, 1), 1, 1), date(y + span - 1, 12, 31)
        approximate = False
    elif m := _INTERVAL.match(text):
        a, b = parse(m.group(1)), parse(m.group(2))
        assert a is not None and b is not None
        start, end = a.start_date, b.end_date
        approximate = False
    else:
        return None
    _check_plausible(text, start, end)
    return DateBounds(text, start.toordinal(), end.toordinal(), approximate)


def _parse_edtf(text: str) -> DateBounds:
    from edtf import parse_edtf  # deferred: pyparsing grammar build costs ~100 ms at import
    from edtf.parser.edtf_exceptions import EDTFParseException

    try:
        obj = parse_edtf(text)
    except EDTFParseException:
        raise DateError(f"{text!r} is not a date photobook understands") from None
    approximate = any(ch in text for ch in "~?%")
    try:
        lo = obj.lower_fuzzy() if approximate else obj.lower_strict()
        hi = obj.upper_fuzzy() if approximate else obj.upper_strict()
        start = date(lo.tm_year, lo.tm_mon, lo.tm_mday)
        end = date(hi.tm_year, hi.tm_mon, hi.tm_mday)
    except (AttributeError, TypeError, ValueError, OverflowError):
        raise DateError(f"{text!r} has no definite bounds (open intervals are not supported)") from None
    _check_plausible(text, start, end)
    return DateBounds(text, start.toordinal(), end.toordinal(), approximate)


# --- what archivists type ---------------------------------------------------------------------

_CIRCA = re.compile(r"^(?:circa|ca\.?|c\.|vers|env\.?|environ|about|around|حوالي|حوالى|نحو)\s*(.+)$", re.I)
# a decade needs its "s" or a word: "1980s", "the 1980s", "années 1980" — never a bare "1980"
_DECADE = re.compile(r"^(?:(?:the|les)\s+)?(?:(?:ann[ée]es|decade|décennie)\s+(\d{3})0|(\d{3})0\s*'?s)$", re.I)
_AR_DECADE = re.compile(r"^(?:سنوات|الثمانينات|عقد)\s*(\d{3})0$")
_RANGE = re.compile(r"^(\d{4}(?:-\d{2}){0,2})\s*(?:[-–—/]|to|à|au|a|إلى|الى)\s*(\d{4}(?:-\d{2}){0,2})$", re.I)
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def from_human(text: str) -> str:
    """Turn what an archivist types into EDTF, or raise :class:`DateError`.

    Accepts EDTF itself and the usual ways of writing uncertain dates in French, English and Arabic:
    "circa 1985", "vers 1985", "c. 1985", "1980s", "années 1980", "1984-1986", "1984 à 1986",
    "14/06/1985", "حوالي 1985"; an empty string clears the date.
    """
    s = " ".join((text or "").translate(_ARABIC_DIGITS).split())
    if not s:
        return ""
    candidates = [s]
    m = _CIRCA.match(s)
    if m:
        inner = from_human(m.group(1))
        candidates = [inner + "~" if inner and inner[-1] not in "~?%" and "/" not in inner else inner]
    elif m := _DECADE.match(s):
        candidates = [(m.group(1) or m.group(2)) + "X"]
    elif m := _AR_DECADE.match(s):
        candidates = [m.group(1) + "X"]
    elif m := _RANGE.match(s):
        candidates = [f"{m.group(1)}/{m.group(2)}"]
    elif m := _DMY.match(s):
        candidates = [f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"]
    for cand in candidates:
        parse(cand)  # raises DateError with a message for the archivist
        return cand
    raise DateError(f"{text!r} is not a date photobook understands")


# --- dates in words ---------------------------------------------------------------------------

MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "ar": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "ماي",
        "يونيو",
        "يوليوز",
        "غشت",
        "شتنبر",
        "أكتوبر",
        "نونبر",
        "دجنبر",
    ],
}
_WORDS = {
    "fr": {
        "circa": "vers {}",
        "uncertain": "{} (?)",
        "decade": "années {}",
        "century": "{}e siècle",
        "range": "{}–{}",
        "undated": "non daté",
    },
    "en": {
        "circa": "circa {}",
        "uncertain": "{} (?)",
        "decade": "{}s",
        "century": "{}th century",
        "range": "{}–{}",
        "undated": "undated",
    },
    "ar": {
        "circa": "حوالي {}",
        "uncertain": "{} (؟)",
        "decade": "سنوات {}",
        "century": "القرن {}",
        "range": "{}–{}",
        "undated": "بدون تاريخ",
    },
}


def _plain_in_words(text: str, lang: str) -> str:
    m = _PLAIN.match(text)
    if not m:
        return text
    y, mo, d = m.group(1), m.group(2), m.group(3)
    months = MONTHS.get(lang, MONTHS["en"])
    if mo and d:
        if lang == "en":
            return f"{int(d)} {months[int(mo) - 1]} {y}"
        day = "1er" if lang == "fr" and int(d) == 1 else str(int(d))
        return f"{day} {months[int(mo) - 1]} {y}"
    if mo:
        return f"{months[int(mo) - 1]} {y}"
    return y


def in_words(edtf: str, lang: str = "fr") -> str:
    """ "vers 1985", "années 1980", "1984–1986", "circa 1985", "حوالي 1985"."""
    words = _WORDS.get(lang, _WORDS["en"])
    text = (edtf or "").strip()
    if not text:
        return words["undated"]
    if "/" in text:
        a, b = text.split("/", 1)
        return words["range"].format(in_words(a, lang), in_words(b, lang))
    if text[-1] in "~%":
        return words["circa"].format(_plain_in_words(text[:-1].rstrip("?"), lang))
    if text[-1] == "?":
        return words["uncertain"].format(_plain_in_words(text[:-1], lang))
    if re.fullmatch(r"\d{3}X", text):
        return words["decade"].format(text[:3] + "0")
    if re.fullmatch(r"\d{2}XX", text):
        return words["century"].format(int(text[:2]) + 1)
    return _plain_in_words(text, lang)


def iso(ordinal: int | None) -> str | None:
    return date.fromordinal(ordinal).isoformat() if ordinal is not None else None
