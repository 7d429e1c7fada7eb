"""The catalog import: ``photobook import FILE --json`` on a library of two indexed photographs,
through the CLI's ``main`` (its refusals — a one-line message and exit 2 — included).

Each input is imported into a fresh copy of the same library, so that a finding replays alone.
Findings: an exception that escapes ``main``; an exit code other than 0 (done), 1 (no entry names a
photograph) or 2 (refused); a ``--json`` answer that is not JSON alone (something else printed on
standard output); a refusal that is not one line on standard error.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sys

from _harness import instrumented, main, scratch_dir

with instrumented():
    from photobook import cli
    from photobook.services import edits, transfer  # noqa: F401  (imported lazily by the CLI)

DIR = scratch_dir()
TEMPLATE, LIB, FILE = DIR / "template", DIR / "lib", DIR / "catalog.json"


def _template() -> None:
    from PIL import Image

    from photobook.indexer import worker

    worker.use_alarm(False)
    for folder, color in (("1985", (10, 20, 30)), ("annees-1990", (90, 20, 30))):
        (DIR / "scans" / folder).mkdir(parents=True)
        Image.new("RGB", (32, 24), color).save(DIR / "scans" / folder / "port.jpg", "JPEG")
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["--library", str(TEMPLATE), "index", str(DIR / "scans"), "--workers", "0"])
    assert code == 0, "the template library could not be indexed"


_template()


def test_one(data: bytes) -> None:
    shutil.rmtree(LIB, ignore_errors=True)
    shutil.copytree(TEMPLATE, LIB)
    FILE.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--library", str(LIB), "import", str(FILE), "--json"])
    assert code in (0, 1, 2), f"exit {code}: {err.getvalue()[:300]}"
    if out.getvalue():  # the report (also of a refused import): JSON alone
        json.loads(out.getvalue())
    if code != 0:  # refused (2) or nothing matched (1): one line says why
        assert err.getvalue().startswith("photobook: ") and err.getvalue().count("\n") == 1, err.getvalue()


if __name__ == "__main__":
    sys.exit(main(test_one, dictionary="import.dict"))
