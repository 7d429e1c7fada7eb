"""``photobook places list|add|rename|delete|merge [--json]``: the vocabulary of places (revision
0010). ``delete`` refuses a place that photographs are placed at (exit 2: merge it instead);
``merge`` moves its photographs (with their history) and the places inside it to another."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from photobook.core.languages import LANGUAGES


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """The parser lines for ``places`` (called by cli.build_parser)."""
    pl = sub.add_parser("places", parents=[common], help="the vocabulary of places")
    ps = pl.add_subparsers(dest="places_command", metavar="ACTION", required=True)
    ls = ps.add_parser("list", parents=[common], help="every place, regions first, with its photographs")
    ls.add_argument("--json", action="store_true")
    add = ps.add_parser("add", parents=[common], help="a new place")
    add.add_argument("name", metavar="NAME_FR", help="its French name")
    add.add_argument("--parent", metavar="NAME", help="the region it is in")
    ren = ps.add_parser("rename", parents=[common], help="new names or coordinates for a place")
    ren.add_argument("name", metavar="NAME", help="its name today, in any language")
    for sp in (add, ren):
        for lang in LANGUAGES:
            if sp is ren or lang != "fr":
                sp.add_argument(f"--{lang}", metavar="NAME", help=f"the name in {lang}")
        sp.add_argument("--lat", type=float, metavar="DEGREES")
        sp.add_argument("--lon", type=float, metavar="DEGREES")
        sp.add_argument("--json", action="store_true")
    rm = ps.add_parser("delete", parents=[common], help="delete a place no photograph is placed at")
    rm.add_argument("name", metavar="NAME", help="its name, in any language")
    rm.add_argument("--json", action="store_true")
    mg = ps.add_parser(
        "merge", parents=[common], help="move a place's photographs to another, then delete it"
    )
    mg.add_argument("name", metavar="NAME", help="the place that goes, in any language")
    mg.add_argument("into", metavar="INTO", help="the place its photographs go to")
    mg.add_argument("--json", action="store_true")


def run(
    args: argparse.Namespace,
    _open: Callable[[argparse.Namespace], Any],
    _print_json: Callable[[Any], None],
    _escape: Callable[[Any], str],
    UsageError: type[Exception],
) -> int:
    """The command; cli.py hands it its helpers (opening the library, printing, its usage error),
    so that this module does not import cli (which imports it)."""
    from photobook.db import queries as q
    from photobook.services import places as p
    from photobook.services.edits import EditError, default_user
    from photobook.services.vocabulary import run as in_one_transaction

    action = args.places_command
    lib = _open(args)
    try:
        if action == "list":
            with lib.Session() as s:
                rows = q.places(s)
            if args.json:
                _print_json([r.as_json() for r in rows])
            else:
                for r in rows:
                    where = f"{r.lat:.4f}, {r.lon:.4f}" if r.lat is not None and r.lon is not None else ""
                    indent = "  " if r.parent_id is not None else ""
                    print(f"{r.id:>4}  {indent}{_escape(r.names['fr']):<36} {r.photos:>5}  {where}")
            return 0
        names = {lang: getattr(args, lang) for lang in LANGUAGES if getattr(args, lang, None) is not None}
        out: dict[str, Any]
        try:
            if action == "add":
                names["fr"] = args.name
                place = in_one_transaction(
                    lib, lambda s: p.add_place(s, names, args.lat, args.lon, args.parent).id
                )
                out = {"added": args.name, "id": place}
            elif action == "delete":
                in_one_transaction(lib, lambda s: p.delete_place(s, args.name).revisions)
                out = {"deleted": args.name}
            elif action == "merge":
                result = in_one_transaction(
                    lib, lambda s: p.merge_places(s, args.name, args.into, default_user())
                )
                out = {"merged": args.name, "into": args.into, "photographs": sorted(result.revisions)}
            else:
                if not names and args.lat is None and args.lon is None:
                    raise UsageError("nothing to change: give --fr, --ar, --en or --lat and --lon")
                result = in_one_transaction(
                    lib, lambda s: p.rename_place(s, args.name, names, args.lat, args.lon, default_user())
                )
                out = {"renamed": args.name, "photographs": sorted(result.revisions)}
        except EditError as exc:
            raise UsageError(f"nothing changed: {exc}") from None
        if args.json:
            _print_json(out)
        elif action == "add":
            print(f"added place {out['id']}: {_escape(args.name)}")
        elif action == "delete":
            print(f"deleted place {_escape(args.name)}")
        elif action == "merge":
            n = len(out["photographs"])
            print(f"merged {_escape(args.name)} into {_escape(args.into)} ({n} photographs moved)")
        else:
            print(f"renamed {_escape(args.name)} ({len(out['photographs'])} photographs rewritten)")
        return 0
    finally:
        lib.close()
