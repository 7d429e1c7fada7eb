"""What archivists type in the editor's date field, read as EDTF with its bounds in words."""

from __future__ import annotations

from datetime import date

import pytest

from photobook.core import dates

READINGS = [
    ("1985", "1985", "1985", "1985"),
    ("1985-06", "1985-06", "juin 1985", "juin 1985"),
    ("1985-06-14", "1985-06-14", "14 juin 1985", "14 juin 1985"),
    ("1985~", "1985~", "vers 1985", "1984–1986"),
    ("1985?", "1985?", "1985\u202f?", "1984–1986"),
    ("1985 ?", "1985?", "1985\u202f?", "1984–1986"),
    ("1985\u202f?", "1985?", "1985\u202f?", "1984–1986"),
    ("198X", "198X", "années 1980", "1980–1989"),
    ("1984/1986", "1984/1986", "1984–1986", "1984–1986"),
    ("1985-21", "1985-21", "printemps 1985", "mars 1985 – mai 1985"),
    ("printemps 1985", "1985-21", "printemps 1985", "mars 1985 – mai 1985"),
    ("spring 1985", "1985-21", "printemps 1985", "mars 1985 – mai 1985"),
    ("vers 1985", "1985~", "vers 1985", "1984–1986"),
    ("circa 1985", "1985~", "vers 1985", "1984–1986"),
    ("c. 1985", "1985~", "vers 1985", "1984–1986"),
    ("années 1980", "198X", "années 1980", "1980–1989"),
    ("années 80", "198X", "années 1980", "1980–1989"),
    ("the 1980s", "198X", "années 1980", "1980–1989"),
    ("début des années 1990", "1990/1993", "1990–1993", "1990–1993"),
    ("fin des années 1980", "1987/1989", "1987–1989", "1987–1989"),
    ("juillet 1999", "1999-07", "juillet 1999", "juillet 1999"),
    ("July 1999", "1999-07", "juillet 1999", "juillet 1999"),
    ("14 juin 1985", "1985-06-14", "14 juin 1985", "14 juin 1985"),
    ("يوليوز 1999", "1999-07", "juillet 1999", "juillet 1999"),
    ("حوالي ١٩٨٥", "1985~", "vers 1985", "1984–1986"),
    ("الثمانينيات", "198X", "années 1980", "1980–1989"),
    ("1984 à 1986", "1984/1986", "1984–1986", "1984–1986"),
    ("between 1984 and 1986", "1984/1986", "1984–1986", "1984–1986"),
]


@pytest.mark.parametrize(("typed", "edtf", "words", "bounds"), READINGS)
def test_what_archivists_type_is_read_with_its_bounds(typed, edtf, words, bounds):
    assert dates.from_human(typed) == edtf
    assert dates.in_words(edtf, "fr") == words
    b = dates.parse(edtf)
    assert b is not None
    assert dates.bounds_in_words(b, "fr") == bounds


def test_seasons_and_bounds_read_in_arabic_and_english():
    assert dates.in_words("1985-21", "ar") == "ربيع 1985"
    assert dates.in_words("1985-23", "en") == "autumn 1985"
    b = dates.parse("1985~")
    assert b is not None
    assert dates.bounds_in_words(b, "en") == "1984–1986"


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("31 juin 1985", "no such date"),
        ("1985-06-31", "no such date"),
        ("31/06/1985", "no such date"),
        (str(date.today().year + 1), "in the future"),
        (f"vers {date.today().year + 3}", "in the future"),
        ("1820", "before the invention of photography"),
        ("juin", "not a date"),
        ("l'an dernier", "not a date"),
    ],
)
def test_an_impossible_or_unreadable_entry_is_refused_with_the_reason(typed, reason):
    with pytest.raises(dates.DateError, match=reason):
        dates.from_human(typed)


@pytest.mark.parametrize(
    ("edtf", "kind", "shaped"),
    [
        ("1985-06", "day", "1985-06-01"),
        ("1985-06-14", "month", "1985-06"),
        ("1985-06-14", "year", "1985"),
        ("1985", "circa", "1985~"),
        ("1985~", "decade", "198X"),
        ("1985~", "interval", "1984/1986"),
        ("1985", "interval", "1984/1986"),
        ("198X", "year", "1984"),
        ("1984/1986", "circa", "1985~"),
        ("1985-21", "year", "1985"),
        ("1985", "undated", ""),
    ],
)
def test_quick_picks_reshape_a_date(edtf, kind, shaped):
    assert dates.reshape(edtf, kind) == shaped
    dates.parse(shaped)  # every shape is a date the catalog takes


def test_a_quick_pick_needs_a_date():
    with pytest.raises(dates.DateError, match="no date"):
        dates.reshape("", "circa")


@pytest.mark.parametrize("edtf", ["1985-21", "1985-22", "1985-23", "1985-24"])
def test_seasons_are_read_without_the_edtf_library_and_agree_with_it(edtf):
    fast = dates.parse(edtf)
    slow = dates._parse_edtf(edtf)
    assert fast is not None
    assert (fast.start, fast.end, fast.approximate) == (slow.start, slow.end, slow.approximate)
