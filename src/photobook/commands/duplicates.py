"""``photobook duplicates``: exact and near copies, grouped; merge them; say they are not copies.

photobook duplicates [--json] [--distance N]     the groups
photobook duplicates --compute                   hashes for photographs catalogued before them
photobook duplicates merge KEEP OTHER…           one record keeps every file, and the metadata
photobook duplicates unmerge KEEP                undo the latest merge into KEEP
photobook duplicates dismiss ID ID…              these are not duplicates: never proposed again
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from photobook.core.duplicates import DEFAULT_DISTANCE, MAX_DISTANCE

if TYPE_CHECKING:  # the parser is built at every start, the window's too: no SQLAlchemy for it
    from photobook.db.engine import Library

_CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))}


def add_parser(sub: Any, common: argparse.ArgumentParser, count: Callable[..., Any]) -> None:
    """The subcommand's arguments (``count`` is cli's checked-integer type)."""
    d = sub.add_parser(
        "duplicates",
        parents=[common],
        help="exact and near copies of photographs, grouped; merge them or mark them not duplicates",
    )
    d.add_argument("--json", action="store_true")
    d.add_argument(
        "--distance",
        type=count("--distance", 0, MAX_DISTANCE),
        default=DEFAULT_DISTANCE,
        help=f"near copies: perceptual hashes at most N bits apart (default {DEFAULT_DISTANCE})",
    )
    d.add_argument(
        "--compute",
        action="store_true",
        help="compute the missing perceptual hashes from the thumbnail cache (catalogs made before them)",
    )
    dsub = d.add_subparsers(dest="duplicates_command", metavar="ACTION")
    m = dsub.add_parser("merge", parents=[common], help="KEEP takes the other files and their metadata")
    m.add_argument("keep", type=count("KEEP", 1), metavar="KEEP")
    m.add_argument("others", type=count("OTHER", 1), nargs="+", metavar="OTHER")
    m.add_argument("--json", action="store_true")
    u = dsub.add_parser("unmerge", parents=[common], help="undo the latest merge into KEEP")
    u.add_argument("keep", type=count("KEEP", 1), metavar="KEEP")
    n = dsub.add_parser("dismiss", parents=[common], help="these photographs are not duplicates")
    n.add_argument("ids", type=count("ID", 1), nargs="+", metavar="ID")


def _escape(text: Any) -> str:
    return str(text).translate(_CONTROL)


def _size(n: int | None) -> str:
    if not n:
        return "?"
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"


def run(args: argparse.Namespace, open_library: Callable[..., Library], user: str) -> int:
    from photobook.services import duplicates
    from photobook.services.edits import EditError

    action = getattr(args, "duplicates_command", None)
    lib = open_library(args, readonly=None if action is None and not args.compute else False)
    try:
        if action == "merge":
            with lib.Session() as s, s.begin():
                result = duplicates.merge(s, args.keep, args.others, user)
            if args.json:
                print(
                    json.dumps({"merge": result.merge_id, "keep": result.keep, "merged": list(result.merged)})
                )
            else:
                print(result.summary())
            return 0
        if action == "unmerge":
            with lib.Session() as s, s.begin():
                merge_id = duplicates.last_merge(s, args.keep)
                if merge_id is None:
                    raise EditError(f"nothing was merged into photograph {args.keep}")
                back = duplicates.undo_merge(s, merge_id, user)
            print(
                f"photograph {args.keep}: merge undone; back as their own records: {', '.join(map(str, back))}"
            )
            return 0
        if action == "dismiss":
            with lib.Session() as s, s.begin():
                added = duplicates.dismiss(s, args.ids, user)
            print(f"not duplicates: {', '.join(map(str, sorted(set(args.ids))))} ({added} new pairs)")
            return 0
        if args.compute:
            _compute(lib)
        return _report(lib, args)
    finally:
        lib.close()


def _compute(lib: Library) -> None:
    from photobook.services.duplicates import fill_missing

    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty:
            print(f"\rperceptual hashes: {done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    filled, lacking = fill_missing(lib, progress)
    if tty:
        print(file=sys.stderr)
    print(
        f"perceptual hashes: {filled:,} computed"
        + (
            f"; {lacking:,} photographs have no thumbnail yet (photobook index makes them)" if lacking else ""
        ),
        file=sys.stderr,
    )


def _report(lib: Library, args: argparse.Namespace) -> int:
    from photobook.db import queries
    from photobook.services import duplicates

    with lib.Session() as s:
        found = duplicates.find(s, args.distance)
        records = {r.id: r for r in queries.photo_records(s, [i for g in found.groups for i in g.ids])}
    if args.json:
        print(
            json.dumps(
                {
                    "distance": found.distance,
                    "compared": found.compared,
                    "without_hash": found.without_hash,
                    "groups": [
                        {
                            "kind": g.kind,
                            "photos": [
                                {
                                    "id": m.photo_id,
                                    "path": records[m.photo_id].path,
                                    "source": records[m.photo_id].source,
                                    "distance": m.distance,
                                    "same_file": m.same_file,
                                    "pixel_width": records[m.photo_id].pixel_width,
                                    "pixel_height": records[m.photo_id].pixel_height,
                                    "size": records[m.photo_id].size,
                                    "date": records[m.photo_id].date,
                                }
                                for m in g.members
                            ],
                        }
                        for g in found.groups
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        n = len(found.groups)
        print(
            f"{n} group{'s' if n != 1 else ''} of duplicates (near: at most {found.distance} bits apart; "
            f"{found.compared:,} photographs compared in {found.seconds:.2f} s)"
        )
        for k, g in enumerate(found.groups, 1):
            print(
                f"\ngroup {k} · {'exact copies' if g.exact else 'near copies'} · {len(g.members)} photographs"
            )
            for m in g.members:
                r = records[m.photo_id]
                how = "same file" if m.same_file else (f"{m.distance} bits" if m.distance is not None else "")
                print(
                    f"  {r.id:>6}  {_escape(r.path)}  {r.pixel_width or '?'}×{r.pixel_height or '?'}  "
                    f"{_size(r.size)}  {r.date or 'undated'}  {how}"
                )
        if found.groups:
            print(
                "\nmerge: photobook duplicates merge KEEP OTHER…   not duplicates: photobook duplicates dismiss ID…"
            )
    if found.without_hash:
        print(
            f"photobook: {found.without_hash:,} photographs have no perceptual hash yet and were compared by "
            "content only: photobook duplicates --compute",
            file=sys.stderr,
        )
    return 0
