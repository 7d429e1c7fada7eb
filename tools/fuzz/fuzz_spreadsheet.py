"""The spreadsheet readers (services.spreadsheet: CSV and XLSX bytes) and the import's check of their
rows (services.import_plan.plan_import, which writes nothing) on a library of two indexed photographs.

The input is read as CSV and as an XLSX workbook, then planned as the file's kind (a zip is a
workbook). Findings: an exception other than the readers' one-line refusal (SheetError, and
TransferError from the plan); rows whose line numbers do not increase; a plan whose errors point
at a line the file does not have.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys

from _harness import instrumented, main, scratch_dir

with instrumented():
    from photobook import cli
    from photobook.db.engine import open_library
    from photobook.services import import_plan, spreadsheet
    from photobook.services.spreadsheet import SheetError, read_csv, read_xlsx
    from photobook.services.transfer import TransferError

DIR = scratch_dir()
LINE_END = re.compile(rb"\r\n|\r|\n")
LIB = DIR / "lib"


def _template() -> None:
    from PIL import Image

    from photobook.indexer import worker

    worker.use_alarm(False)
    for folder, color in (("1985", (10, 20, 30)), ("annees-1990", (90, 20, 30))):
        (DIR / "scans" / folder).mkdir(parents=True)
        Image.new("RGB", (32, 24), color).save(DIR / "scans" / folder / "port.jpg", "JPEG")
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["--library", str(LIB), "index", str(DIR / "scans"), "--workers", "0"])
    assert code == 0, "the template library could not be indexed"


_template()
LIBRARY = open_library(LIB)


def _check(sheet: spreadsheet.Sheet) -> None:
    lines = [sheet.header_line, *(r.line for r in sheet.rows)]
    assert lines == sorted(set(lines)), f"line numbers out of order: {lines[:20]}"


def test_one(data: bytes) -> None:
    for reader in (read_csv, read_xlsx):
        try:
            _check(reader(data))
        except SheetError as exc:
            assert "\n" not in str(exc), f"a refusal of more than one line: {exc!r}"
    path = DIR / ("in.xlsx" if data.startswith(b"PK") else "in.csv")
    path.write_bytes(data)
    try:
        plan = import_plan.plan_import(LIBRARY, path)
    except TransferError as exc:
        assert "\n" not in str(exc), f"a refusal of more than one line: {exc!r}"
        return
    last = max((r.line for r in plan.rows), default=0)
    assert all(p.line >= 1 for p in plan.problems), plan.problems[:3]
    # a line ends at CR LF, LF or a lone CR, as the csv module counts them (a spreadsheet's line numbers)
    lines = len(LINE_END.findall(data)) + 1
    assert last <= lines or data.startswith(b"PK"), (last, lines, plan.rows[:3])
    for p in plan.problems:
        p.english  # every error has its words  # noqa: B018


if __name__ == "__main__":
    sys.exit(main(test_one, dictionary="spreadsheet.dict"))
