"""``photobook import FILE.csv|.xlsx|.json [--dry-run] [--key path|name|hash|plate]``.

Prints, photograph by photograph, what changes (old → new) and every error with its line and
column. With any error nothing is written and the exit status is 2; when no row names a
photograph of this library, it says so and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

SHOW = 200  # photographs and errors printed in full; --json has them all
EXIT_NOTHING_MATCHED = 1
EXIT_USAGE = 2  # cli.EXIT_USAGE: refused


def _short(value: str | None) -> str:
    if value is None:
        return "(empty)"
    one = " ".join(value.split())
    return repr(one if len(one) <= 60 else one[:59] + "…")


def where(plan: Any, line: int, column: str = "") -> str:
    return f"{plan.unit} {line}" + (f", column {column}" if column else "")


def plan_as_json(plan: Any) -> dict[str, Any]:
    return {
        "file": plan.file,
        "rows": plan.rows_read,
        "unit": plan.unit,
        "changes": [
            {
                plan.unit: r.line,
                "id": r.photo_id,
                "path": r.path,
                "changes": [{"column": c.column, "old": c.old, "new": c.new} for c in r.changes],
            }
            for r in plan.changed
        ],
        "unchanged": len(plan.rows) - len(plan.changed),
        "not_found": [{plan.unit: n, "key": k, "value": v} for n, k, v in plan.not_found],
        "errors": [
            {
                plan.unit: p.line,
                "column": p.column,
                "code": p.code,
                "values": dict(p.values),
                "text": p.english,
            }
            for p in plan.problems
        ],
        "ignored_columns": list(plan.ignored_columns),
    }


def print_plan(plan: Any, escape: Any) -> None:
    changed = plan.changed
    print(
        f"{escape(plan.file)}: {plan.rows_read} rows; {len(changed)} photographs to change, "
        f"{len(plan.rows) - len(changed)} unchanged, {len(plan.not_found)} not found"
        + (f", {len(plan.problems)} errors" if plan.problems else "")
    )
    for r in changed[:SHOW]:
        print(f"{where(plan, r.line)} · {escape(r.path)} (#{r.photo_id})")
        for c in r.changes:
            print(f"    {escape(c.column)}: {escape(_short(c.old))} → {escape(_short(c.new))}")
    if len(changed) > SHOW:
        print(f"… and {len(changed) - SHOW} more photographs (--json lists them all)")
    for n, kind, value in plan.not_found[:SHOW]:
        print(f"{where(plan, n)}: not found ({kind} {escape(_short(value))})")
    if plan.ignored_columns:
        print(f"read from the files, not imported: {escape(', '.join(plan.ignored_columns))}")
    if plan.problems:
        print(f"errors ({len(plan.problems)}):")
        for p in plan.problems[:SHOW]:
            print(f"  {escape(where(plan, p.line, p.column))}: {escape(p.english)}")
        if len(plan.problems) > SHOW:
            print(f"  … and {len(plan.problems) - SHOW} more errors (--json lists them all)")


def run(
    args: argparse.Namespace,
    _open: Callable[..., Any],
    UsageError: type[Exception],
    _escape: Callable[[Any], str],
    _print_json: Callable[[Any], None],
) -> int:
    from photobook.services.import_plan import ImportRefused, apply_plan, plan_import
    from photobook.services.transfer import TransferError

    lib = _open(args, readonly=None if args.dry_run else False)
    try:
        try:
            plan = plan_import(lib, args.file, key=args.key, source=args.source)
        except TransferError as exc:
            raise UsageError(str(exc)) from None
        result = None
        refused: tuple[Any, ...] = ()
        if not args.dry_run and plan.ok and plan.rows:
            try:
                result = apply_plan(lib, plan)
            except ImportRefused as exc:
                refused = exc.problems
            except TransferError as exc:
                raise UsageError(str(exc)) from None
    finally:
        lib.close()
    nothing = plan.rows_read > 0 and not plan.rows and not plan.problems
    if args.json:
        out = plan_as_json(plan)
        out["dry_run"] = bool(args.dry_run)
        out["updated"] = result.updated if result else 0
        out["errors"] += [
            {plan.unit: p.line, "column": p.column, "code": p.code, "text": p.english} for p in refused
        ]
        _print_json(out)
    else:
        print_plan(plan, _escape)
        for p in refused:
            print(f"  {_escape(where(plan, p.line, p.column))}: {_escape(p.english)}")
        if plan.problems or refused:
            print("nothing was changed: correct the errors and import again (--dry-run to check first)")
        elif args.dry_run and not nothing:
            print("nothing was changed (--dry-run)")
        elif result is not None:
            print(
                f"updated {result.updated} photographs ({result.changes} fields); {result.unchanged} unchanged"
            )
    errors = plan.problems or refused
    if errors:  # and one line on standard error, for scripts and logs
        more = f" (and {len(errors) - 1} more errors)" if len(errors) > 1 else ""
        print(
            f"photobook: {_escape(plan.file)}: {_escape(where(plan, errors[0].line, errors[0].column))}: "
            f"{_escape(errors[0].english)}{more}; nothing was changed",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if nothing or plan.rows_read == 0:
        print(
            f"photobook: {_escape(plan.file)}: "
            + (
                f"none of its {plan.rows_read} rows names a photograph of this library (is it the right "
                "library, and the right --key?)"
                if plan.rows_read
                else "it has no rows"
            )
            + "; nothing was changed",
            file=sys.stderr,
        )
        return EXIT_NOTHING_MATCHED
    return 0
