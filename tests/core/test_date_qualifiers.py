"""Uncertain ("1981?") and approximate ("1981~") are different EDTF qualifiers, said differently in
the three languages by the one function every view uses; Arabic decades have their names."""

from __future__ import annotations

import pytest

from photobook.core import dates


@pytest.mark.parametrize(
    ("edtf", "q"),
    [
        ("1981", ""),
        ("1981~", "approximate"),
        ("1981?", "uncertain"),
        ("1981%", "both"),
        ("1981-06?", "uncertain"),
        ("1980/1983~", "approximate"),
        ("1980?/1983~", "both"),
        ("198X", ""),
        ("", ""),
    ],
)
def test_the_qualifier_is_read_from_the_stored_text(edtf, q):
    assert dates.qualifier(edtf) == q


@pytest.mark.parametrize(
    ("lang", "uncertain", "approximate", "both"),
    [
        ("fr", "1981\u202f?", "vers 1981", "vers 1981\u202f?"),
        ("en", "1981?", "circa 1981", "circa 1981?"),
        ("ar", "1981؟", "حوالي 1981", "حوالي 1981؟"),
    ],
)
def test_uncertain_and_approximate_read_differently_in_each_language(lang, uncertain, approximate, both):
    assert dates.in_words("1981?", lang) == uncertain
    assert dates.in_words("1981~", lang) == approximate
    assert dates.in_words("1981%", lang) == both
    assert uncertain != approximate


@pytest.mark.parametrize("typed", ["1981 ?", "1981\u202f?", "1981؟", "1981?"])
def test_what_the_window_writes_reads_back(typed):
    assert dates.from_human(typed) == "1981?"


@pytest.mark.parametrize(
    ("edtf", "words"),
    [
        ("198X", "الثمانينيات"),
        ("192X", "العشرينيات"),
        ("188X", "ثمانينيات القرن التاسع عشر"),
        ("200X", "2000–2009"),
    ],
)
def test_arabic_decades_have_their_names(edtf, words):
    assert dates.in_words(edtf, "ar") == words
    if edtf.startswith("19"):
        assert dates.from_human(words) == edtf
