"""``photobook export --format csv|xlsx FILE [filters]``: one row a photograph, every field a column
(services.spreadsheet). The filters are those of ``photobook list`` (commands/export.py adds them)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def export_filter(args: argparse.Namespace, lib: Any, usage_error: type[Exception]) -> Any:
    """The filter the options ask for; an unknown slug is a usage error."""
    from photobook.db import queries as q

    with lib.Session() as session:
        known = {r.slug for r in q.reigns(session)}
        for slug in args.reign:
            if slug not in known:
                raise usage_error(f"unknown reign {slug!r} (known: {', '.join(sorted(known))})")
        known = {t.slug for t in q.themes(session)}
        for slug in args.theme:
            if slug not in known:
                raise usage_error(f"unknown theme {slug!r} (photobook themes list)")
    year = args.year
    return q.PhotoFilter(
        reigns=tuple(args.reign),
        themes=tuple(args.theme),
        year_from=year[0] if year else None,
        year_to=year[1] if year else None,
        statuses=tuple(args.status),
        search=args.search,
        undated=True if args.undated else None,
    )


def run(args: argparse.Namespace, open_library: Callable[..., Any], usage_error: type[Exception]) -> int:
    from photobook.db.engine import DiskFull, storage_failure
    from photobook.services.spreadsheet import export_rows, write_csv, write_xlsx

    out: Path = args.file
    to_stdout = str(out) == "-"
    if args.format == "xlsx" and to_stdout:
        raise usage_error("an Excel workbook cannot go to standard output; give a file name")
    if args.base_url or args.by or args.workers is not None:
        raise usage_error("--base-url, --by and --workers are options of --format iiif")
    if not to_stdout:
        if out.is_dir():
            raise usage_error(f"{out} is a folder; give the name of the file to write")
        if not out.parent.is_dir():
            raise usage_error(f"no such folder: {out.parent}")
    lib = open_library(args, readonly=None)
    try:
        rows = export_rows(lib, export_filter(args, lib, usage_error), limit=args.limit)
        if to_stdout:
            write_csv(sys.stdout, rows)
            return 0
        tmp = out.with_name(out.name + ".part")
        try:
            if args.format == "xlsx":
                n = write_xlsx(tmp, rows)
            else:
                with open(tmp, "w", encoding="utf-8", newline="") as f:
                    n = write_csv(f, rows)
            tmp.replace(out)  # never leave a half-written export behind
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            problem = storage_failure(exc, out.parent)
            if isinstance(problem, DiskFull):
                raise DiskFull(f"{problem}; no export was written; run again when there is space") from None
            raise usage_error(f"cannot write {out}: {exc.strerror}") from None
    finally:
        lib.close()
    print(f"exported {n} photographs to {out}")
    return 0
