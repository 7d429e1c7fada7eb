"""The date readers: ``date_from_path`` (folder and file names), ``dates.parse`` (EDTF, as the
catalog and an import give it), ``dates.from_human`` (what an archivist types, in French, English
or Arabic) and ``in_words`` (how a date is shown, in the three languages).

Only ``DateError`` — a refusal with a message — may come out; nothing may be printed on standard
output (a CLI's ``--json`` would be spoiled); a date that is accepted has sane bounds. The first
input byte chooses the reader (0 path, 1 EDTF, 2 typed, 3 in words); the rest is UTF-8 text.
"""

from __future__ import annotations

import contextlib
import io
import sys
from datetime import date

from _harness import instrumented, main

with instrumented():
    import edtf  # noqa: F401  (imported lazily by dates.parse: instrument it and pyparsing here)

    from photobook.core import dates
    from photobook.indexer.dating import date_from_path

LANGS = ("fr", "en", "ar")


def _check(edtf: str | None) -> None:
    if not edtf:
        return
    b = dates.parse(edtf)
    assert b is not None, edtf
    limit = dates.latest_plausible()
    assert dates.EARLIEST_PLAUSIBLE.toordinal() <= b.start <= b.end and b.start <= limit.toordinal(), edtf
    # only an approximate date's fuzz (two years at most) or unspecified digits reach past next year
    assert "X" in edtf or b.end <= date(limit.year + 2, 12, 31).toordinal(), edtf
    for lang in LANGS:
        assert isinstance(dates.in_words(edtf, lang), str)


def test_one(data: bytes) -> None:
    if not data:
        return
    mode, text = data[0] % 4, data[1:].decode("utf-8", "replace")  # UTF-8: the dictionary's words work
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            if mode == 0:
                _check(date_from_path(text))  # a path's date must be one the catalog accepts
            elif mode == 1:
                _check(text if dates.parse(text) is not None else None)
            elif mode == 2:
                _check(dates.from_human(text))
            else:
                for lang in LANGS:
                    dates.in_words(text, lang)
        except dates.DateError as exc:
            assert str(exc), "a refusal says why"
    assert out.getvalue() == "", f"printed on standard output: {out.getvalue()[:200]!r}"


if __name__ == "__main__":
    sys.exit(main(test_one, dictionary="dates.dict"))
