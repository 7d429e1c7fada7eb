"""Dates the ``edtf`` library itself fails on: refused like any other unreadable date, silently.

Found by fuzzing (tools/fuzz/fuzz_dates.py): the library raises AttributeError or TypeError instead
of its own parse error on these, and prints "trying to …__init__(…)" on standard output first.
"""

from __future__ import annotations

import json

import pytest

from photobook.core import dates

LIBRARY_BUGS = ["1985-0X", "../1", "/..85", "1985-0X~", "../..", "1985/..X"]


@pytest.mark.parametrize("text", LIBRARY_BUGS)
def test_a_date_the_library_chokes_on_is_refused_with_the_text_given(text, capsys):
    with pytest.raises(dates.DateError) as err:
        dates.parse(text)
    assert text in str(err.value)
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("text", ["1985-0X", "vers ../1", "حوالي /..85"])
def test_what_an_archivist_types_is_refused_the_same_way(text, capsys):
    with pytest.raises(dates.DateError):
        dates.from_human(text)
    assert capsys.readouterr().out == ""


def test_import_with_such_a_date_reports_it_and_keeps_the_rest(tmp_path, capsys):
    from photobook.cli import main

    from ..indexer.hostile import jpeg

    root = tmp_path / "scans" / "1985"
    root.mkdir(parents=True)
    (root / "port.jpg").write_bytes(jpeg(color=(10, 20, 30)))
    (root / "kasbah.jpg").write_bytes(jpeg(color=(90, 20, 30)))
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "index", str(tmp_path / "scans")]) == 0
    catalog = tmp_path / "in.json"
    catalog.write_text(
        json.dumps(
            {
                "format": "photobook-catalog",
                "version": 1,
                "photos": [
                    {"path": "1985/port.jpg", "date": "1985-0X"},
                    {"path": "1985/kasbah.jpg", "date": "1985-06"},
                ],
            }
        ),
        encoding="utf-8",
    )
    capsys.readouterr()
    code = main(["--library", lib, "import", str(catalog), "--json"])
    out, err = capsys.readouterr()
    # the whole import refused before any write (exit 2): one line on standard error, and the
    # report (nothing but JSON on standard output) names the entry and its date
    assert code == 2 and "cannot read this date" in err and err.count("\n") == 1
    (error,) = json.loads(out)["errors"]
    assert error["entry"] == 0 and "1985-0X" in error["text"]
    assert main(["--library", lib, "list", "--json"]) == 0
    dated = {p["path"]: p["date"] for p in json.loads(capsys.readouterr().out)}
    assert dated["1985/port.jpg"] == "1985"


def test_many_circa_prefixes_are_one_circa_not_a_recursion_error():
    assert dates.from_human("c. " * 3000 + "1985") == "1985~"
    assert dates.from_human("vers circa ca. 1985") == "1985~"
    assert dates.from_human("حوالي " * 2000 + "١٩٨٥") == "1985~"


@pytest.mark.parametrize("text", ["{1984,3972}", "[1984..2999]", "1984~/2999"])
def test_a_set_or_range_reaching_into_the_future_is_refused(text):
    # before: accepted, and the photograph sorted under year 2978 or 2491 (found by fuzzing)
    with pytest.raises(dates.DateError, match="future"):
        dates.parse(text)


def test_recent_uncertain_dates_and_decades_are_still_accepted():
    next_year = dates.latest_plausible().year
    for text in (
        f"{next_year}~",
        f"{next_year}%",
        f"{next_year - 1}?",
        "202X",
        "{1984,1986}",
        "[1984..1986]",
    ):
        assert dates.parse(text) is not None, text


@pytest.mark.parametrize("text", ["1985-00", "1985-13-01", "1985-25", "1985-21-03", "1985-00~"])
def test_a_stored_date_with_no_such_month_is_shown_as_written(text):
    # a catalog written by another tool may hold such a string; before: IndexError ("1985-25"), or
    # "December 1985" for month 00 (found by fuzzing)
    for lang in ("fr", "en", "ar"):
        words = dates.in_words(text, lang)
        assert text.rstrip("~") in words
