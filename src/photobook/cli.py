"""The command line: ``photobook [gui|index|list|show|check|import|export|bench|screenshot] …``.

Without a subcommand, photobook opens the timeline window. Errors a user can fix (a folder that does
not exist, a library that cannot be opened, a bad filter) end with a one-line message and a non-zero
exit code; files that cannot be catalogued are reported, and the run still exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from photobook import LANGUAGES, __version__

if TYPE_CHECKING:
    from photobook.core.records import PhotoRecord

EXIT_USAGE = 2
EXIT_LIBRARY = 3
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    pass


def _year_range(text: str) -> tuple[int | None, int | None]:
    try:
        if ":" in text:
            a, b = text.split(":", 1)
            years = (int(a) if a else None), (int(b) if b else None)
        else:
            years = int(text), int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--year takes YEAR or FROM:TO, not {text!r}") from None
    if any(y is not None and not 1 <= y <= 9999 for y in years):
        raise argparse.ArgumentTypeError(f"--year: years run from 1 to 9999, not {text!r}")
    return years


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"--size takes WIDTHxHEIGHT, not {text!r}") from None
    if not (320 <= w <= 8192 and 240 <= h <= 8192):
        raise argparse.ArgumentTypeError(f"from 320x240 to 8192x8192, not {text!r}")
    return w, h


def _common(top: bool) -> argparse.ArgumentParser:
    # Accepted before and after the subcommand; a subcommand's unset option must not reset the
    # value given before it, hence SUPPRESS below the top level.
    common = argparse.ArgumentParser(add_help=False)
    default = None if top else argparse.SUPPRESS
    common.add_argument("--library", metavar="DIR", type=Path, default=default,
                        help="library folder (catalog + thumbnails); default $PHOTOBOOK_LIBRARY or the "
                             "user data folder")
    common.add_argument("--db", metavar="URL", default=default, help="catalog database URL (SQLAlchemy), "
                        "e.g. postgresql://user@host/photobook; default: SQLite in the library folder")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common(top=False)
    p = argparse.ArgumentParser(prog="photobook", parents=[_common(top=True)],
                                description="A desktop archive viewer for a historical photo book.")
    p.add_argument("--version", action="version", version=f"photobook {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    g = sub.add_parser("gui", parents=[common], help="open the timeline window (the default)")
    g.add_argument("--lang", choices=LANGUAGES)
    g.add_argument("--fullscreen", action="store_true")

    i = sub.add_parser("index", parents=[common], help="catalogue the photographs in folders")
    i.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    i.add_argument("--json", action="store_true", help="print the summary as JSON")
    i.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    i.add_argument("--no-thumbnails", action="store_true", help="metadata only; thumbnails later")

    ls = sub.add_parser("list", parents=[common], help="list photographs (filtered)")
    ls.add_argument("--reign", action="append", default=[], metavar="SLUG", help="hassan-ii, mohammed-vi")
    ls.add_argument("--theme", action="append", default=[], metavar="SLUG", help="includes sub-themes")
    ls.add_argument("--year", type=_year_range, metavar="A[:B]")
    ls.add_argument("--status", action="append", default=[], choices=("draft", "reviewed", "published"))
    ls.add_argument("--search", default="", metavar="TEXT")
    ls.add_argument("--undated", action="store_true", help="only undated photographs")
    ls.add_argument("--problems", action="store_true", help="list the files that could not be catalogued")
    ls.add_argument("--limit", type=int, default=None)
    ls.add_argument("--lang", choices=LANGUAGES, default="fr")
    ls.add_argument("--json", action="store_true")

    sh = sub.add_parser("show", parents=[common], help="one photograph in full")
    sh.add_argument("id", type=int)
    sh.add_argument("--json", action="store_true")

    c = sub.add_parser("check", parents=[common], help="missing, moved and modified originals")
    c.add_argument("--json", action="store_true")

    im = sub.add_parser("import", parents=[common], help="import captions, dates and themes from JSON")
    im.add_argument("file", type=Path)
    im.add_argument("--source", type=Path, help="the source folder the paths are relative to")
    im.add_argument("--json", action="store_true")

    ex = sub.add_parser("export", parents=[common], help="export the catalog (photobook JSON)")
    ex.add_argument("file", type=Path, help="output file, or - for standard output")

    rs = sub.add_parser("remove-source", parents=[common],
                        help="forget a source folder and its catalogue records (the files stay)")
    rs.add_argument("path", type=Path)
    rs.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    b = sub.add_parser("bench", parents=[common], help="measure speed and memory; prints JSON")
    b.add_argument("--quick", action="store_true", help="a smaller workload (for CI)")
    b.add_argument("--json", action="store_true", help="(the output is always JSON)")
    b.add_argument("--rows", type=int, default=None, help="catalog rows (default 100000; quick 20000)")
    b.add_argument("--no-gui", action="store_true", help="skip the GUI figures")

    s = sub.add_parser("screenshot", parents=[common], help="render the main window to a PNG")
    s.add_argument("out", type=Path)
    s.add_argument("--view", choices=("timeline", "grid", "photo"), default="timeline")
    s.add_argument("--size", type=_size, default=(1920, 1080))
    s.add_argument("--lang", choices=LANGUAGES, default="fr")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    try:
        if command == "gui":
            from photobook.ui.app import run

            return run(args.library, args.db, getattr(args, "lang", None), getattr(args, "fullscreen", False))
        if command == "screenshot":
            from photobook.ui.screenshot import run as shot

            code = shot(args.out, args.library, args.db, args.view, args.size, args.lang)
            if code != 0:
                print(f"photobook: could not write {args.out}", file=sys.stderr)
            return code
        if command == "bench":
            from photobook.bench import run_bench

            print(json.dumps(run_bench(quick=args.quick, rows=args.rows, gui=not args.no_gui), indent=2))
            return 0
        return COMMANDS[command](args)
    except UsageError as exc:
        print(f"photobook: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except _library_error() as exc:
        print(f"photobook: {exc}", file=sys.stderr)
        return EXIT_LIBRARY
    except BrokenPipeError:  # `photobook list | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def gui_main() -> int:
    """``photobook-gui``: the window, started without a console (a ``gui_scripts`` entry, which
    Windows runs with pythonw); the same options as ``photobook gui``."""
    for name in ("stdout", "stderr"):  # pythonw has neither
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
    return main(["gui", *sys.argv[1:]])


def _library_error() -> type[Exception]:
    from photobook.db.engine import LibraryError

    return LibraryError


def _open(args: argparse.Namespace, readonly: bool = False):
    from photobook.db.engine import WAITING, open_library

    told: list[bool] = []

    def waiting() -> None:  # once per command: a long index waits at many of its batches
        if not told:
            told.append(True)
            print(f"photobook: {WAITING}", file=sys.stderr, flush=True)

    return open_library(args.library, args.db, readonly=readonly, on_wait=waiting)


_CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7f, *range(0x80, 0xa0))}


def _escape(text: Any) -> str:
    """Text for a terminal: control characters (ESC sequences, newlines, BEL) shown as \\xNN,
    so that a file name cannot repaint the terminal or forge a line of output."""
    return str(text).translate(_CONTROL)


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


# --- index ----------------------------------------------------------------------------------------

def cmd_index(args: argparse.Namespace) -> int:
    from photobook.indexer.scan import IndexError_, index_paths

    for p in args.paths:
        if not p.exists():
            raise UsageError(f"no such folder: {p}")
        if not p.is_dir():
            raise UsageError(f"not a folder: {p}")
    lib = _open(args)
    stop = {"requested": False}

    def on_sigint(_sig: int, _frame: Any) -> None:
        if stop["requested"]:
            raise KeyboardInterrupt
        stop["requested"] = True
        print("\nphotobook: stopping after the current batch (Ctrl-C again to abort)…", file=sys.stderr)

    old = signal.signal(signal.SIGINT, on_sigint)
    try:
        with _progress_bar(enabled=sys.stderr.isatty()) as on_progress:
            report = index_paths(lib, args.paths, progress=on_progress, cancel=lambda: stop["requested"],
                                 workers=args.workers, thumbnails=not args.no_thumbnails)
    except IndexError_ as exc:
        raise UsageError(str(exc)) from None
    finally:
        signal.signal(signal.SIGINT, old)
        lib.close()
    if args.json:
        _print_json(report.as_dict())
    else:
        _print_index_summary(report)
    return EXIT_INTERRUPTED if report.cancelled else 0


class _progress_bar:
    """A rich progress bar on a terminal (counts, rate); silent when output is not a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.tasks: dict[str, Any] = {}

    def __enter__(self):
        if not self.enabled:
            return None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("{task.description:<11}"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]:>7.1f}/s"), TimeRemainingColumn(),
                            TextColumn("[dim]{task.fields[path]}", justify="left"), transient=False,
                            console=_stderr_console())
        self.bar.__enter__()

        def update(p) -> None:
            task = self.tasks.get(p.phase)
            if task is None:
                task = self.tasks[p.phase] = self.bar.add_task(p.phase, total=p.total, rate=0.0, path="")
            self.bar.update(task, completed=p.done, total=p.total, rate=p.rate, path=p.path[-40:])

        return update

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.bar.__exit__(*exc)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _print_index_summary(report) -> None:
    r = report
    print(f"indexed {r.indexed}, unchanged {r.unchanged}, moved {r.moved}, missing {r.missing}, "
          f"failed {len(r.failed)}, warnings {len(r.warnings)}, thumbnails {r.thumbnails} "
          f"in {r.seconds:.1f} s" + (" (interrupted: run again to resume)" if r.cancelled else ""))
    for path, reason in r.failed:
        print(f"  failed  {path!r}: {reason}")
    for path, reason in r.warnings[:50]:
        print(f"  warning {path!r}: {reason}")
    if len(r.warnings) > 50:
        print(f"  … and {len(r.warnings) - 50} more warnings (photobook list --problems)")


# --- list / show --------------------------------------------------------------------------------

def cmd_list(args: argparse.Namespace) -> int:
    from photobook.db import queries as q

    lib = _open(args)
    try:
        with lib.Session() as session:
            if args.problems:
                rows = q.problems(session)
                if args.json:
                    _print_json(rows)
                else:
                    for r in rows:
                        print(f"{r['severity']:<8} {r['source']}/{r['path']}: {r['reason']}")
                return 0
            known = {r.slug for r in q.reigns(session)}
            for slug in args.reign:
                if slug not in known:
                    raise UsageError(f"unknown reign {slug!r} (known: {', '.join(sorted(known))})")
            themes = {t.slug for t in q.themes(session)}
            for slug in args.theme:
                if slug not in themes:
                    raise UsageError(f"unknown theme {slug!r} (photobook list --help; known: "
                                     f"{', '.join(sorted(themes))})")
            year_from, year_to = args.year if args.year else (None, None)
            f = q.PhotoFilter(reigns=tuple(args.reign), themes=tuple(args.theme), year_from=year_from,
                              year_to=year_to, statuses=tuple(args.status), search=args.search,
                              undated=True if args.undated else None)
            ids = q.photo_ids(session, f, limit=args.limit)
            records = q.photo_records(session, ids)
        if args.json:
            _print_json([r.as_json() for r in records])
        else:
            _print_table(records, args.lang)
        return 0
    finally:
        lib.close()


def _print_table(records: list[PhotoRecord], lang: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from photobook.core.dates import in_words
    from photobook.core.records import caption_for

    table = Table(show_lines=False, box=None)
    for col in ("id", "date", "reigns", "themes", "status", "title", "path"):
        table.add_column(col, overflow="fold")
    for r in records:
        _lang, cap = caption_for(r, lang)
        table.add_row(str(r.id), in_words(r.date, lang), ",".join(r.reigns), ",".join(r.themes),
                      r.status, cap.title or cap.text[:60], r.path)
    Console().print(table)
    print(f"{len(records)} photographs")


def cmd_show(args: argparse.Namespace) -> int:
    from photobook.db import queries as q

    lib = _open(args)
    try:
        with lib.Session() as session:
            records = q.photo_records(session, [args.id])
        if not records:
            raise UsageError(f"no photograph with id {args.id}")
        rec = records[0].as_json()
        if args.json:
            _print_json(rec)
        else:
            width = max(len(k) for k in rec)
            for k, v in rec.items():
                print(f"{k:<{width}}  {json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v}")
        return 0
    finally:
        lib.close()


# --- check / import / export --------------------------------------------------------------------

def cmd_check(args: argparse.Namespace) -> int:
    from photobook.services.check import check_library

    lib = _open(args)
    try:
        result = check_library(lib)
    finally:
        lib.close()
    if args.json:
        _print_json(result)
    else:
        for key in ("missing", "modified", "moved", "thumbnails_missing"):
            items = result[key]
            print(f"{key.replace('_', ' ')}: {len(items)}")
            for item in items[:100]:
                print(f"  {item.get('path')}" + (f" → {item['found_at']}" if item.get("found_at") else ""))
        print(f"ok: {result['ok']} of {result['checked']} originals unchanged")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from photobook.services.transfer import TransferError, import_catalog

    lib = _open(args)
    try:
        result = import_catalog(lib, args.file, source=args.source)
    except TransferError as exc:
        raise UsageError(str(exc)) from None
    finally:
        lib.close()
    if args.json:
        _print_json(result)
    else:
        print(f"updated {result['updated']}, not found {len(result['not_found'])}")
        for path in result["not_found"][:20]:
            print(f"  not found: {_escape(path)}")
        if len(result["not_found"]) > 20:
            print(f"  … and {len(result['not_found']) - 20} more not found (--json lists them all)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from photobook.services.transfer import export_catalog

    lib = _open(args)
    try:
        data = export_catalog(lib)
    finally:
        lib.close()
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if str(args.file) == "-":
        print(text)
    else:
        tmp = args.file.with_name(args.file.name + ".part")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(args.file)  # never leave a half-written export behind
        print(f"exported {len(data['photos'])} photographs to {args.file}")
    return 0


def cmd_remove_source(args: argparse.Namespace) -> int:
    from photobook.services.sources import SourceError, remove_source

    lib = _open(args)
    try:
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError("remove-source forgets every caption and date written for that folder; "
                                 "add --yes to confirm")
            answer = input(f"Forget {args.path} and every caption, date and theme written for its "
                           "photographs? The files themselves stay. [y/N] ")
            if answer.strip().lower() not in ("y", "yes", "o", "oui"):
                return 1
        try:
            n = remove_source(lib, args.path)
        except SourceError as exc:
            raise UsageError(str(exc)) from None
    finally:
        lib.close()
    print(f"removed {args.path} ({n} photographs) from the catalog; no file was touched")
    return 0


COMMANDS = {"remove-source": cmd_remove_source,"index": cmd_index, "list": cmd_list, "show": cmd_show, "check": cmd_check,
            "import": cmd_import, "export": cmd_export}


if __name__ == "__main__":
    raise SystemExit(main())
