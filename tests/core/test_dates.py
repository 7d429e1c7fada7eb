from datetime import date

import pytest

from photobook.core import dates


def d(ordinal):
    return date.fromordinal(ordinal)


@pytest.mark.parametrize(
    ("edtf", "start", "end", "approx"),
    [
        ("1985", date(1985, 1, 1), date(1985, 12, 31), False),
        ("1985-06", date(1985, 6, 1), date(1985, 6, 30), False),
        ("1984-02", date(1984, 2, 1), date(1984, 2, 29), False),
        ("1985-06-14", date(1985, 6, 14), date(1985, 6, 14), False),
        ("1985~", date(1984, 1, 1), date(1986, 12, 31), True),
        ("1985?", date(1984, 1, 1), date(1986, 12, 31), True),
        ("198X", date(1980, 1, 1), date(1989, 12, 31), False),
        ("1984/1986", date(1984, 1, 1), date(1986, 12, 31), False),
        ("1998-05/2001", date(1998, 5, 1), date(2001, 12, 31), False),
    ],
)
def test_edtf_bounds(edtf, start, end, approx):
    b = dates.parse(edtf)
    assert (d(b.start), d(b.end), b.approximate) == (start, end, approx)


def test_undated_is_none_not_1970():
    assert dates.parse("") is None
    assert dates.parse("   ") is None


@pytest.mark.parametrize("bad", ["1985-13", "1985-02-30", "0000", "9999", "1700", "not a date", "1990/1980"])
def test_impossible_dates_are_refused_with_a_message(bad):
    with pytest.raises(dates.DateError) as err:
        dates.parse(bad)
    assert bad in str(err.value)


def test_year_is_the_middle_of_the_interval():
    assert dates.parse("1984/1986").year == 1985
    assert dates.parse("198X").year == 1984
    assert dates.parse("1985~").year == 1985


@pytest.mark.parametrize(
    ("typed", "edtf"),
    [
        ("circa 1985", "1985~"),
        ("vers 1985", "1985~"),
        ("c. 1985", "1985~"),
        ("حوالي ١٩٨٥", "1985~"),
        ("1980s", "198X"),
        ("années 1980", "198X"),
        ("1984-1986", "1984/1986"),
        ("1984 à 1986", "1984/1986"),
        ("14/06/1985", "1985-06-14"),
        ("1985-06", "1985-06"),
        ("", ""),
    ],
)
def test_what_archivists_type(typed, edtf):
    assert dates.from_human(typed) == edtf


def test_from_human_rejects_nonsense():
    with pytest.raises(dates.DateError):
        dates.from_human("sometime")


@pytest.mark.parametrize(
    ("edtf", "lang", "words"),
    [
        ("1985~", "fr", "vers 1985"),
        ("198X", "fr", "années 1980"),
        ("1984/1986", "fr", "1984–1986"),
        ("1985~", "en", "circa 1985"),
        ("1985~", "ar", "حوالي 1985"),
        ("1985-06-14", "fr", "14 juin 1985"),
        ("1985-06-01", "fr", "1er juin 1985"),
        ("1985-06", "en", "June 1985"),
        ("", "fr", "non daté"),
    ],
)
def test_dates_in_words(edtf, lang, words):
    assert dates.in_words(edtf, lang) == words


@pytest.mark.parametrize(
    "edtf", ["1985~", "1985?", "1985%", "198X", "19XX", "1984/1986", "1998-05/2001-02-03"]
)
def test_fast_paths_agree_with_the_edtf_library(edtf):
    fast = dates.parse(edtf)
    slow = dates._parse_edtf(edtf)
    assert (fast.start, fast.end, fast.approximate) == (slow.start, slow.end, slow.approximate)


@pytest.mark.parametrize(
    ("typed", "edtf"),
    [("1980", "1980"), ("2000", "2000"), ("circa 1980", "1980~"), ("the 1980s", "198X"), ("1980's", "198X")],
)
def test_a_round_year_stays_a_year(typed, edtf):
    assert dates.from_human(typed) == edtf


@pytest.mark.parametrize("bad", ["9999~", "0000~", "0000%", "000X"])
def test_impossible_uncertain_dates_are_date_errors(bad):
    with pytest.raises(dates.DateError):
        dates.parse(bad)


def test_arabic_dates_use_the_moroccan_month_names():
    """CLDR's ar_MA (through Babel): the names the archive's readers in Morocco use."""
    moroccan = [
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
    ]
    assert [dates.in_words(f"1985-{m:02d}", "ar") for m in range(1, 13)] == [f"{n} 1985" for n in moroccan]
    assert dates.in_words("1999-07-23", "ar") == "23 يوليوز 1999"


@pytest.mark.parametrize(
    ("edtf", "lang", "words"),
    [
        ("1999-07-23", "fr", "23 juillet 1999"),
        ("1999-07-23", "en", "23 July 1999"),
        ("1985-08", "fr", "août 1985"),
        ("19XX", "fr", "20e siècle"),
        ("20XX", "en", "21st century"),  # an ordinal by CLDR's rules, not "21th"
        ("19XX", "en", "20th century"),
        ("1984/1986", "ar", "1984–1986"),
        ("1984-06/1986-07", "fr", "juin 1984\u2009–\u2009juillet 1986"),
        ("", "ar", "بدون تاريخ"),
        ("1985~", "de", "vers 1985"),  # a language photobook does not speak: French
    ],
)
def test_dates_in_words_in_three_languages(edtf, lang, words):
    assert dates.in_words(edtf, lang) == words


def test_timeline_cells_are_written_as_each_language_writes_an_interval():
    from photobook.core import timeline as tl

    def d(y, m=1, dd=1):
        return date(y, m, dd).toordinal()

    assert tl.cell_label(d(1985, 1), d(1985, 4), "fr") == "janv.–mars 1985"
    assert tl.cell_label(d(1985, 3, 4), d(1985, 3, 11), "fr") == "4–10 mars 1985"
    assert tl.cell_label(d(1985, 3, 4), d(1985, 3, 11), "ar") == "4–10 مارس 1985"
    assert tl.cell_label(d(1980), d(1985), "fr") == "1980–1984"
    assert tl.cell_label(d(1985), d(1986), "en") == "1985"
    assert tl.cell_label(d(1985, 7), d(1985, 8), "ar") == "يوليوز 1985"
    assert tl.month_label(1985, 8, "ar", with_year=False) == "غشت"
