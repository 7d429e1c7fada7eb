"""``photobook db copy SRC_URL DST_URL [--force]``: a catalog moved between SQLite and PostgreSQL."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any


def run(args: argparse.Namespace, usage_error: type[Exception], escape: Callable[[Any], str]) -> int:
    from photobook.db.engine import _safe_url
    from photobook.services.catalog_copy import CopyError, catalog_url, copy_catalog

    src, dst = catalog_url(args.src), catalog_url(args.dst)

    def progress(table: str, done: int, total: int) -> None:
        # one line a table when it is done, and one every 10,000 rows of a large one
        if not args.quiet and (done == total or (done and done % 10_000 == 0)):
            print(f"  {table}: {done:,} of {total:,} rows", file=sys.stderr, flush=True)

    def upgrading(found: str, target: str) -> None:  # a minute at a million photographs: said
        print(
            f"photobook: updating the catalog {escape(_safe_url(dst))} from revision {found} to {target}…",
            file=sys.stderr,
            flush=True,
        )

    try:
        result = copy_catalog(src, dst, force=args.force, progress=progress, on_upgrade=upgrading)
    except CopyError as exc:
        raise usage_error(str(exc)) from None
    rows = sum(result.tables.values())
    print(
        f"copied {result.photos:,} photographs ({rows:,} rows in {len(result.tables)} tables) "
        f"from {escape(_safe_url(src))} to {escape(_safe_url(dst))}"
    )
    return 0
