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

import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from photobook.core import languages

if TYPE_CHECKING:
    from babel import Locale

#: The earliest plausible photograph (Niépce, 1826) and a little past today: anything outside is an
#: impossible date (EXIF "0000:00:00", year 9999, a camera clock that was never set).
EARLIEST_PLAUSIBLE = date(1826, 1, 1)

_log = logging.getLogger(__name__)


class DateError(ValueError):
    """A date that cannot be read or cannot be true. The message (English: the CLI's, the logs')
    is meant for the archivist; ``code`` names the reason and ``text`` the date it is about, for
    the window to say it in its own language (``ui.refusal_texts.date_error_text``)."""

    def __init__(self, message: str, code: str = "unreadable", text: str = "") -> None:
        super().__init__(message)
        self.code, self.text = code, text


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
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 12)}


def _last_day(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def latest_plausible() -> date:
    today = date.today()
    return date(today.year + 1, 12, 31)


def _check_plausible(edtf: str, start: date, end: date, slack_years: int = 0) -> None:
    """``slack_years``: how far past next year an approximate date's fuzzy end may reach."""
    if start > end:
        raise DateError(f"{edtf!r}: the interval ends before it starts", "ends_before_start", edtf)
    if start < EARLIEST_PLAUSIBLE:
        raise DateError(f"{edtf!r}: before the invention of photography", "before_photography", edtf)
    limit = latest_plausible()
    if start > limit:
        raise DateError(f"{edtf!r}: in the future", "in_future", edtf)
    # a set or range with a future member ("{1984,3972}", "[1984..2999]") would sort in year 2978;
    # unspecified digits ("202X") reach past today by nature
    if "X" not in edtf and end > date(limit.year + slack_years, 12, 31):
        raise DateError(f"{edtf!r}: ends in the future", "ends_in_future", edtf)


@lru_cache(maxsize=4096)
def parse(edtf: str) -> DateBounds | None:
    """Bounds of an EDTF string; ``None`` for undated (``""``). Raises :class:`DateError`."""
    text = (edtf or "").strip()
    if not text:
        return None
    m = _PLAIN.match(text)
    if m and m.group(2) and not m.group(3) and 21 <= int(m.group(2)) <= 24:
        # a season (EDTF 21–24), with the edtf library's bounds (a test checks they agree):
        # spring March–May, summer June–August, autumn September–November, winter December
        y, first, last = int(m.group(1)), *_SEASON_MONTHS[int(m.group(2))]
        start, end = date(y, first, 1), date(y, last, _last_day(y, last))
        _check_plausible(text, start, end)
        return DateBounds(text, start.toordinal(), end.toordinal(), False)
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
            raise DateError(f"{text!r}: no such date ({exc})", "no_such_date", text) from None
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
            raise DateError(f"{text!r}: no such year", "no_such_year", text)
        start, end = date(y - pad, 1, 1), date(y + pad, 12, 31)
        approximate, slack = True, pad
    elif (m := _UNSPECIFIED.match(text)) and len(m.group(1)) + len(m.group(2)) == 4:
        span = 10 ** len(m.group(2))
        y = int(m.group(1)) * span
        start, end = date(max(y, 1), 1, 1), date(y + span - 1, 12, 31)
        approximate, slack = False, 0
    elif m := _INTERVAL.match(text):
        a, b = parse(m.group(1)), parse(m.group(2))
        assert a is not None and b is not None
        start, end = a.start_date, b.end_date
        approximate, slack = False, 0
    else:
        return None
    _check_plausible(text, start, end, slack)
    return DateBounds(text, start.toordinal(), end.toordinal(), approximate)


def _edtf_said(*args: object, **_kwargs: object) -> None:
    """Stands in for ``print`` inside ``edtf``'s parser, which writes "trying to X.__init__(…)" on
    standard output before re-raising a failure (a CLI's ``--json`` output would be spoiled)."""
    _log.debug("edtf: %s", " ".join(str(a) for a in args))


def _parse_edtf(text: str) -> DateBounds:
    from edtf import parse_edtf  # deferred: pyparsing grammar build costs ~100 ms at import
    from edtf.parser import parser_classes
    from edtf.parser.edtf_exceptions import EDTFParseException

    # a module global shadows the builtin for that module only: thread-safe, unlike redirect_stdout
    vars(parser_classes)["print"] = _edtf_said
    try:
        obj = parse_edtf(text)
    except EDTFParseException:
        raise DateError(f"{text!r} is not a date photobook understands", "unreadable", text) from None
    except Exception:  # the library fails on some inputs with its own bugs ("1985-0X", "../1")
        raise DateError(f"{text!r}: cannot read this date", "cannot_read", text) from None
    approximate = any(ch in text for ch in "~?%")
    try:
        lo = obj.lower_fuzzy() if approximate else obj.lower_strict()
        hi = obj.upper_fuzzy() if approximate else obj.upper_strict()
        start = date(lo.tm_year, lo.tm_mon, lo.tm_mday)
        end = date(hi.tm_year, hi.tm_mon, hi.tm_mday)
    except Exception:  # open or unknown ends: no bounds to store
        raise DateError(
            f"{text!r} has no definite bounds (open intervals are not supported)", "open_bounds", text
        ) from None
    _check_plausible(text, start, end, 2 if approximate else 0)
    return DateBounds(text, start.toordinal(), end.toordinal(), approximate)


# --- what archivists type ---------------------------------------------------------------------

_CIRCA = re.compile(r"^(?:circa|ca\.?|c\.|vers|env\.?|environ|about|around|حوالي|حوالى|نحو)\s*(.+)$", re.I)
# a decade needs its "s" or a word: "1980s", "the 1980s", "années 1980" — never a bare "1980"
_DECADE = re.compile(
    r"^(?:(?:the|les)\s+)?(?:(?:ann[ée]es|decade|décennie)\s+(\d{3})0|(\d{3})0\s*'?s)$", re.I
)
_AR_DECADE = re.compile(r"^(?:سنوات|الثمانينات|عقد)\s*(\d{3})0$")
_RANGE = re.compile(r"^(\d{4}(?:-\d{2}){0,2})\s*(?:[-–—/]|to|à|au|a|إلى|الى)\s*(\d{4}(?:-\d{2}){0,2})$", re.I)
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


_SEASONS = {
    "printemps": 21,
    "spring": 21,
    "الربيع": 21,
    "ربيع": 21,
    "été": 22,
    "ete": 22,
    "summer": 22,
    "الصيف": 22,
    "صيف": 22,
    "automne": 23,
    "autumn": 23,
    "fall": 23,
    "الخريف": 23,
    "خريف": 23,
    "hiver": 24,
    "winter": 24,
    "الشتاء": 24,
    "شتاء": 24,
}
_AR_DECADES = {
    "العشرينيات": 192,
    "العشرينات": 192,
    "الثلاثينيات": 193,
    "الثلاثينات": 193,
    "الأربعينيات": 194,
    "الأربعينات": 194,
    "الخمسينيات": 195,
    "الخمسينات": 195,
    "الستينيات": 196,
    "الستينات": 196,
    "السبعينيات": 197,
    "السبعينات": 197,
    "الثمانينيات": 198,
    "الثمانينات": 198,
    "التسعينيات": 199,
    "التسعينات": 199,
}
_BETWEEN = re.compile(r"^(?:between|entre|بين)\s+(.+?)\s+(?:and|et|و)\s*(.+)$", re.I)
_SHORT_DECADE = re.compile(r"^(?:les\s+)?ann[ée]es\s+(\d)0$", re.I)
_PART_DECADE = re.compile(
    r"^(début|debut|milieu|fin|early|mid|late)(?:\s+des|-)?\s*(?:the\s+)?(?:ann[ée]es\s+)?(\d{3})0\s*'?s?$",
    re.I,
)
_PARTS = {
    "début": (0, 3),
    "debut": (0, 3),
    "early": (0, 3),
    "milieu": (3, 6),
    "mid": (3, 6),
    "fin": (7, 9),
    "late": (7, 9),
}
_WORD_DATE = re.compile(r"^(?:(\d{1,2})(?:er)?\s+)?([^\W\d_]+\.?)\s+(\d{4})$")
_EN_DATE = re.compile(r"^([^\W\d_]+)\s+(\d{1,2}),?\s+(\d{4})$")


@lru_cache(maxsize=1)
def _month_names() -> dict[str, list[str]]:
    """The month names archivists type, in the three languages (CLDR through Babel: the same names
    the dates in words show, Moroccan ones in Arabic)."""
    from babel.dates import get_month_names

    return {
        lang: [str(get_month_names("wide", "format", _locale(lang))[m]) for m in range(1, 13)]
        for lang in languages.LANGUAGES
    }


def _month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    for names in _month_names().values():
        for i, name in enumerate(names):
            n = name.lower()
            if w == n or (len(w) >= 3 and n.startswith(w) and w.isascii()):
                return i + 1
    return {
        "aout": 8,
        "fevrier": 2,
        "decembre": 12,
        "yulyuz": 7,
        "يوليو": 7,
        "أغسطس": 8,
        "سبتمبر": 9,
        "نوفمبر": 11,
        "ديسمبر": 12,
        "اكتوبر": 10,
        "ابريل": 4,
        "مايو": 5,
        "ماي": 5,
    }.get(w)


def _words_to_edtf(s: str) -> str | None:
    """The forms written in words: months, seasons, decades and parts of decades, "between"."""
    low = s.lower()
    if m := _WORD_DATE.match(s):
        day, word, year = m.group(1), m.group(2), m.group(3)
        if day is None and word.lower() in _SEASONS:
            return f"{year}-{_SEASONS[word.lower()]}"
        month = _month_number(word)
        if month is not None:
            return f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    if m := _EN_DATE.match(s):
        month = _month_number(m.group(1))
        if month is not None:
            return f"{m.group(3)}-{month:02d}-{int(m.group(2)):02d}"
    if low in _AR_DECADES:
        return f"{_AR_DECADES[low]}X"
    if m := _SHORT_DECADE.match(s):  # "années 80": the twentieth century's
        return f"19{m.group(1)}X"
    if m := _PART_DECADE.match(s):
        lo, hi = _PARTS[m.group(1).lower()]
        decade = int(m.group(2)) * 10
        return f"{decade + lo}/{decade + hi}"
    if m := _BETWEEN.match(s):
        return f"{from_human(m.group(1))}/{from_human(m.group(2))}"
    return None


def from_human(text: str) -> str:
    """Turn what an archivist types into EDTF, or raise :class:`DateError`.

    Accepts EDTF itself (seasons included: ``1985-21``) and the usual ways of writing dates in
    French, English and Arabic: "circa 1985", "vers 1985", "c. 1985", "1980s", "the 1980s",
    "années 1980", "années 80", "début des années 1990", "fin des années 1980", "juillet 1999",
    "July 1999", "14 juin 1985", "يوليوز 1999", "printemps 1985", "spring 1985", "1984-1986",
    "1984 à 1986", "between 1984 and 1986", "14/06/1985", "حوالي ١٩٨٥", "الثمانينيات"; an empty
    string clears the date.
    """
    s = " ".join((text or "").translate(_ARABIC_DIGITS).split())
    if not s:
        return ""
    s = re.sub(r"\s*[?؟]$", "?", s)  # "1985 ?" and "1985؟", as the window writes them: "1985?"
    candidates = [s]
    m = _CIRCA.match(s)
    if m:
        while m:  # "c. circa 1985" is one circa; a loop, as thousands of prefixes must not recurse
            s = m.group(1)
            m = _CIRCA.match(s)
        inner = from_human(s)
        candidates = [inner + "~" if inner and inner[-1] not in "~?%" and "/" not in inner else inner]
    elif m := _DECADE.match(s):
        candidates = [(m.group(1) or m.group(2)) + "X"]
    elif m := _AR_DECADE.match(s):
        candidates = [m.group(1) + "X"]
    elif m := _RANGE.match(s):
        candidates = [f"{m.group(1)}/{m.group(2)}"]
    elif m := _DMY.match(s):
        candidates = [f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"]
    elif (words := _words_to_edtf(s)) is not None:
        candidates = [words]
    for cand in candidates:
        b = parse(cand)  # raises DateError with a message for the archivist
        if b is not None and b.start_date > date.today():
            raise DateError(f"{cand!r}: in the future", "in_future", cand)
        return cand
    raise DateError(f"{text!r} is not a date photobook understands", "unreadable", text)


# --- dates in words ---------------------------------------------------------------------------
#
# Month names, the order of day, month and year, and the shape of an interval come from the Unicode
# CLDR through Babel, in the locale of each language (core.languages.LOCALES): ar_MA gives the
# Moroccan month names (ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر) with Western digits, as the window's
# QLocale does. Only the words for uncertainty, which CLDR does not have, are written here.
# Babel is imported on first use: a command that never shows a month does not pay for it.

_WORDS = {
    "fr": {
        "circa": "vers {}",
        "uncertain": "{}\u202f?",  # "1981 ?", French spacing (narrow no-break space)
        "both": "vers {}\u202f?",
        "decade": "années {}",
        "century": "{} siècle",
        "undated": "non daté",
    },
    "en": {
        "circa": "circa {}",
        "uncertain": "{}?",
        "both": "circa {}?",
        "decade": "{}s",
        "century": "{} century",
        "undated": "undated",
    },
    "ar": {
        "circa": "حوالي {}",
        "uncertain": "{}؟",
        "both": "حوالي {}؟",
        "decade": "{}–{}",  # a decade without a name of its own (1900s, 2010s): its years
        "century": "القرن {}",
        "undated": "بدون تاريخ",
    },
}
#: Ordinal suffixes by CLDR ordinal plural category ("1er", "20e"; "1st", "2nd", "3rd", "21st").
_ORDINAL = {"fr": {"one": "er", "other": "e"}, "en": {"one": "st", "two": "nd", "few": "rd", "other": "th"}}


@lru_cache(maxsize=8)
def _locale(lang: str) -> Locale:
    from babel import Locale

    return Locale.parse(languages.locale_name(lang))


def preload(lang: str) -> None:
    """Import Babel and load the CLDR data of ``lang`` (about 50 ms), so that the first date in words
    does not wait for them. The window calls it in a background thread when it sets its language."""
    date_words(date(2000, 1, 1), lang)
    interval_words(date(2000, 1, 1), date(2001, 12, 31), lang, "y")


def ordinal(n: int, lang: str) -> str:
    """ "1er", "20e" (fr), "21st", "2nd" (en), "21" (ar: the number itself) by CLDR's ordinal rules."""
    lang = languages.normalise(lang)
    suffixes = _ORDINAL.get(lang)
    if not suffixes:
        return str(n)
    return f"{n}{suffixes.get(_locale(lang).ordinal_form(n), suffixes['other'])}"


def month_name(month: int, lang: str, short: bool = False) -> str:
    """The name of a month standing alone: "juin", "juil." (short), "يوليوز", "July", "Jul"."""
    from babel.dates import get_month_names

    width: Literal["abbreviated", "wide"] = "abbreviated" if short else "wide"
    return str(get_month_names(width, "stand-alone", _locale(languages.normalise(lang)))[month])


@lru_cache(maxsize=4096)
def date_words(day: date, lang: str, skeleton: str = "yMMMMd") -> str:
    """A day in words by a CLDR skeleton: "yMMMMd" "14 juin 1985", "1er juin 1985", "14 June 1985";
    "yMMMM" "juin 1985"; "yMMM" "juil. 1985"; "MMMd" "14 juin"."""
    from babel.dates import format_date, format_skeleton

    lang = languages.normalise(lang)
    loc = _locale(lang)
    text = str(
        format_date(day, "long", loc) if skeleton == "yMMMMd" else format_skeleton(skeleton, day, locale=loc)
    )
    if (
        lang == "fr" and "d" in skeleton and day.day == 1
    ):  # "le 1er juin": French writes the first day as an ordinal
        text = re.sub(r"^1(?=\s)", ordinal(1, lang), text)
    return text


@lru_cache(maxsize=4096)
def interval_words(start: date, end: date, lang: str, skeleton: str = "yMMMMd") -> str:
    """Two days as an interval, the way CLDR writes it in the language: "1984–1986" ("y"),
    "janv.–mars 1985" ("yMMM"), "4–10 mars 1985" ("yMMMd"), "4 mars – 10 avr. 1985"."""
    from babel.dates import format_interval

    return str(format_interval(start, end, skeleton, locale=_locale(languages.normalise(lang))))


def _between(a: str, b: str, lang: str) -> str:
    """Two things in words joined by the language's interval pattern ("{0} – {1}")."""
    pattern = _locale(lang).interval_formats.get(None) or "{0}–{1}"
    return str(pattern).replace("{0}", a).replace("{1}", b)


SEASON_NAMES = {
    "fr": ["printemps", "été", "automne", "hiver"],
    "en": ["spring", "summer", "autumn", "winter"],
    "ar": ["ربيع", "صيف", "خريف", "شتاء"],
}


def _plain_in_words(text: str, lang: str) -> str:
    m = _PLAIN.match(text)
    if not m:
        return text
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if mo and not d and 21 <= int(mo) <= 24:  # EDTF seasons: 1985-21 is spring 1985
        return f"{SEASON_NAMES[languages.normalise(lang)][int(mo) - 21]} {y}"
    try:
        if mo and d:
            return date_words(date(int(y), int(mo), int(d)), lang)
        if mo:
            return date_words(date(int(y), int(mo), 1), lang, "yMMMM")
    except ValueError:  # not a day of the calendar (a catalog never stores one): the text as it is
        return text
    return y


@lru_cache(maxsize=4096)
def in_words(edtf: str, lang: str = "fr") -> str:
    """ "vers 1985", "années 1980", "1984–1986", "circa 1985", "حوالي 1985", "14 juin 1985"."""
    lang = languages.normalise(lang)
    words = _WORDS[lang]
    text = (edtf or "").strip()
    if not text:
        return words["undated"]
    if "/" in text:
        a, b = text.split("/", 1)
        ma, mb = _PLAIN.match(a), _PLAIN.match(b)
        if ma and mb and len(a) == len(b) and len(a) < 10:  # two years or two months: CLDR's interval
            try:
                da = date(int(ma.group(1)), int(ma.group(2) or 1), 1)
                db = date(int(mb.group(1)), int(mb.group(2) or 1), 1)
            except ValueError:
                return text
            return interval_words(da, db, lang, "y" if len(a) == 4 else "yMMMM")
        return _between(in_words(a, lang), in_words(b, lang), lang)
    q = qualifier(text)
    if q:
        plain = _plain_in_words(text.rstrip("~?%"), lang)
        return words[{"approximate": "circa", "uncertain": "uncertain", "both": "both"}[q]].format(plain)
    if re.fullmatch(r"\d{3}X", text):
        return decade_words(int(text[:3] + "0"), lang)
    if re.fullmatch(r"\d{2}XX", text):
        return words["century"].format(ordinal(int(text[:2]) + 1, lang))
    return _plain_in_words(text, lang)


Qualifier = Literal["", "approximate", "uncertain", "both"]


def qualifier(edtf: str) -> Qualifier:
    """What an EDTF date says about its own certainty, read from its text: "approximate" ("1981~":
    circa, the date is close), "uncertain" ("1981?": perhaps, the date may be wrong), "both"
    ("1981%") or "" (exact). Every view says a date through :func:`in_words`, which asks this, so
    that "1981?" reads "1981 ?" and "1981~" "vers 1981" everywhere (they were both "vers 1981" on
    the timeline and "1981 (?)" in the caption panel)."""
    text = (edtf or "").strip()
    if "/" in text:  # an interval is as uncertain as its least certain end
        found = {qualifier(part) for part in text.split("/", 1)} - {""}
        if not found:
            return ""
        return found.pop() if len(found) == 1 else "both"
    tail = text[-1:] if text else ""
    if tail == "%" or text.endswith(("~?", "?~")):
        return "both"
    if tail == "~":
        return "approximate"
    if tail == "?":
        return "uncertain"
    return ""


#: The qualifier as a small integer, as the timeline's rows carry it (true when not exact).
QUALIFIER_CODES: dict[str, int] = {"": 0, "approximate": 1, "uncertain": 2, "both": 3}
QUALIFIER_SUFFIX = {0: "", 1: "~", 2: "?", 3: "%"}

#: A decade's name in Arabic, for the twentieth century: "الثمانينيات" for 198X ("سنوات 1980" was a
#: calque of "années 1980"); other centuries say which ("ثمانينيات القرن التاسع عشر").
_AR_DECADE_NAMES = {
    2: "العشرينيات",
    3: "الثلاثينيات",
    4: "الأربعينيات",
    5: "الخمسينيات",
    6: "الستينيات",
    7: "السبعينيات",
    8: "الثمانينيات",
    9: "التسعينيات",
}
_AR_CENTURIES = {19: "التاسع عشر", 21: "الحادي والعشرين"}


def decade_words(year: int, lang: str = "fr") -> str:
    """A decade in words: "années 1980", "1980s", "الثمانينيات"."""
    lang = languages.normalise(lang)
    if lang != "ar":
        return _WORDS[lang]["decade"].format(year)
    tens, century = (year // 10) % 10, year // 100 + 1
    name = _AR_DECADE_NAMES.get(tens)
    if name is None or (century != 20 and century not in _AR_CENTURIES):
        return _WORDS["ar"]["decade"].format(year, year + 9)
    if century == 20:
        return name
    return f"{name[2:]} القرن {_AR_CENTURIES[century]}"


#: The editor's quick picks, in menu order.
RESHAPES = ("day", "month", "year", "circa", "decade", "interval", "undated")


def reshape(edtf: str, kind: str) -> str:
    """The same date given another shape (the editor's quick picks): "day" (1985-06 → 1985-06-01),
    "month", "year", "circa" (1985~), "decade" (198X), "interval" (1984/1986), "undated" ("")."""
    if kind not in RESHAPES:
        raise ValueError(f"unknown shape {kind!r}")
    if kind == "undated":
        return ""
    b = parse(edtf)
    if b is None:
        raise DateError("there is no date to reshape: type one first", "nothing_to_reshape")
    m = _PLAIN.match(edtf.rstrip("~?%"))
    if m and not (m.group(2) and int(m.group(2)) > 12):
        y, mo, d = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    else:  # an interval, a decade, a season: its middle
        mid = date.fromordinal((b.start + b.end) // 2)
        y, mo, d = mid.year, 0, 0
    if kind == "day":
        return f"{y:04d}-{mo or 1:02d}-{d or 1:02d}"
    if kind == "month":
        return f"{y:04d}-{mo or 1:02d}"
    if kind == "year":
        return f"{y:04d}"
    if kind == "circa":
        return f"{y:04d}~"
    if kind == "decade":
        return f"{y:04d}"[:3] + "X"
    lo, hi = b.start_date.year, b.end_date.year
    return f"{lo}/{hi}" if hi > lo else f"{y - 1}/{y + 1}"


def bounds_in_words(b: DateBounds, lang: str = "fr") -> str:
    """The earliest and latest day in words: "1984–1986", "1985", "juin 1985", "14 juin 1985",
    "1er mars 1985 – 31 mai 1985"."""
    lo, hi = b.start_date, b.end_date

    def one(d: date, whole_year: bool, whole_month: bool) -> str:
        if whole_year:
            return str(d.year)
        if whole_month:
            return _plain_in_words(f"{d.year:04d}-{d.month:02d}", lang)
        return _plain_in_words(d.isoformat(), lang)

    years = lo.month == 1 and lo.day == 1 and hi.month == 12 and hi.day == 31
    months = lo.day == 1 and (hi + timedelta(days=1)).day == 1
    a, z = one(lo, years, months), one(hi, years, months)
    if a == z:
        return a
    return f"{a}–{z}" if years else f"{a} – {z}"


def iso(ordinal: int | None) -> str | None:
    return date.fromordinal(ordinal).isoformat() if ordinal is not None else None
