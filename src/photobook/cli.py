"""The command line: ``photobook [gui|index|list|show|edit|history|themes|check|import|export|bench|screenshot] …``.

Without a subcommand, photobook opens the timeline window. Errors a user can fix (a folder that does
not exist, a library that cannot be opened, a bad filter) end with a one-line message and a non-zero
exit code; files that cannot be catalogued are reported, and the run still exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from photobook import __version__
from photobook.core.languages import CREDIT_FIELDS, LANGUAGES, LOCALIZED_FIELDS

if TYPE_CHECKING:
    from photobook.core.records import PhotoRecord

EXIT_USAGE = 2
EXIT_LIBRARY = 3
EXIT_STALE = 4  # edit --expect-revision: someone else saved the photograph first
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    pass


_YEAR = re.compile(r"[0-9]{1,4}")
_INT_MAX = 2**63 - 1  # what the catalog's integer columns (SQLite, PostgreSQL bigint) hold


def _year_range(text: str) -> tuple[int | None, int | None]:
    a, sep, b = text.partition(":")
    parts = (a, b) if sep else (a, a)
    if not all(_YEAR.fullmatch(p) or (sep and p == "") for p in parts) or parts == ("", ""):
        raise argparse.ArgumentTypeError(f"--year takes YEAR or FROM:TO, not {text!r}")
    years = tuple(int(p) if p else None for p in parts)
    if any(y is not None and not 1 <= y <= 9999 for y in years):
        raise argparse.ArgumentTypeError(f"--year: years run from 1 to 9999, not {text!r}")
    if years[0] is not None and years[1] is not None and years[0] > years[1]:
        raise argparse.ArgumentTypeError(
            f"--year {text}: the first year comes after the second (did you mean {years[1]}:{years[0]}?)"
        )
    return years  # type: ignore[return-value]


def _count(name: str, low: int, high: int = _INT_MAX):
    def parse(text: str) -> int:
        if (
            not re.fullmatch(r"[0-9]+", text.strip())
            or len(text.strip()) > 19
            or not low <= int(text) <= high
        ):
            raise argparse.ArgumentTypeError(
                f"{name} takes a whole number from {low} to {high:,}, not {text!r}"
            )
        return int(text)

    return parse


def _path(text: str) -> Path:
    # Path("") is ".": an empty argument (an unset shell variable) must not mean the current folder
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path; give a folder or file name")
    if "\x00" in text:
        raise argparse.ArgumentTypeError("a path cannot contain a NUL character")
    return Path(text)


SHOT_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}


def _shot_path(text: str) -> Path:
    out = _path(text)
    if out.suffix.lower() not in SHOT_FORMATS:
        raise argparse.ArgumentTypeError(f"{text!r}: the name must end in .png or .jpg (the format written)")
    if not out.parent.is_dir():
        raise argparse.ArgumentTypeError(f"no such folder: {out.parent}")
    if out.is_dir():
        raise argparse.ArgumentTypeError(f"{text!r} is a folder")
    return out


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"seconds, not {text!r}") from None
    if not 5 <= value <= 86400:
        raise argparse.ArgumentTypeError(f"from 5 to 86400 seconds, not {text!r}")
    return value


def _sleep_hours(text: str) -> str:
    from photobook.ui.views.kiosk.schedule import SleepSchedule  # plain Python, no Qt

    try:
        SleepSchedule.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


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
    common.add_argument(
        "--library",
        metavar="DIR",
        type=_path,
        default=default,
        help="library folder (catalog + thumbnails); default $PHOTOBOOK_LIBRARY or the user data folder",
    )
    common.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="catalog database URL (SQLAlchemy), "
        "e.g. postgresql://user@host/photobook; default: SQLite in the library folder",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common(top=False)
    p = argparse.ArgumentParser(
        prog="photobook",
        parents=[_common(top=True)],
        description="A desktop archive viewer for a historical photo book.",
    )
    p.add_argument("--version", action="version", version=f"photobook {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    g = sub.add_parser("gui", parents=[common], help="open the timeline window (the default)")
    g.add_argument("--lang", choices=LANGUAGES)
    g.add_argument("--fullscreen", action="store_true")

    i = sub.add_parser("index", parents=[common], help="catalogue the photographs in folders")
    i.add_argument("paths", nargs="+", type=_path, metavar="PATH")
    i.add_argument("--json", action="store_true", help="print the summary as JSON")
    i.add_argument(
        "--workers",
        type=_count("--workers", 0, 256),
        default=None,
        help="worker processes (default: all cores)",
    )
    i.add_argument("--no-thumbnails", action="store_true", help="metadata only; thumbnails later")

    ls = sub.add_parser("list", parents=[common], help="list photographs (filtered)")
    ls.add_argument("--reign", action="append", default=[], metavar="SLUG", help="hassan-ii, mohammed-vi")
    ls.add_argument("--theme", action="append", default=[], metavar="SLUG", help="includes sub-themes")
    ls.add_argument("--year", type=_year_range, metavar="A[:B]")
    ls.add_argument("--status", action="append", default=[], choices=("draft", "reviewed", "published"))
    ls.add_argument("--search", default="", metavar="TEXT")
    ls.add_argument("--undated", action="store_true", help="only undated photographs")
    ls.add_argument("--problems", action="store_true", help="list the files that could not be catalogued")
    ls.add_argument("--limit", type=_count("--limit", 0), default=None, help="at most this many photographs")
    ls.add_argument("--lang", choices=LANGUAGES, default="fr")
    ls.add_argument(
        "--json", action="store_true", help="a JSON array, one record a line, written as it loads"
    )
    ls.add_argument("--jsonl", action="store_true", help="one JSON object a line (JSON Lines), for pipelines")

    sh = sub.add_parser("show", parents=[common], help="one photograph in full")
    sh.add_argument("id", type=_count("the id", 1))
    sh.add_argument("--json", action="store_true")

    e = sub.add_parser(
        "edit",
        parents=[common],
        help="change the catalogue record of photographs",
        description="Change one or many photographs in one step: all of them are changed, "
        "or none (a value it cannot take exits 2; a stale --expect-revision exits 4).",
    )
    e.add_argument("ids", nargs="+", type=int, metavar="ID")
    e.add_argument(
        "--date",
        metavar="TEXT",
        help='as archivists write it: 1985, "vers 1985", "années 80", '
        '"juillet 1999", 1984/1986… ("" clears it)',
    )
    # checked by cmd_edit, not by argparse: a bad value is one line and exit 2, like a bad date
    e.add_argument("--title", action="append", default=[], metavar="LANG=TEXT")
    e.add_argument("--caption", action="append", default=[], metavar="LANG=TEXT")
    e.add_argument("--theme", action="append", default=[], metavar="+SLUG|-SLUG")
    e.add_argument("--status", metavar="draft|reviewed|published")
    for name in ("plate", "notes"):
        e.add_argument(f"--{name}", metavar="TEXT")
    for name in CREDIT_FIELDS:  # per language (revision 0013), as the place
        e.add_argument(
            f"--{name}",
            action="append",
            default=[],
            metavar="[LANG=]TEXT",
            help=f"the {name} (French, or the one value); ar=… and en=… where it is written otherwise",
        )
    e.add_argument(
        "--place",
        action="append",
        default=[],
        metavar="[LANG=]TEXT",
        help="the place (French, or its only name); ar=… and en=… where it is written otherwise",
    )
    e.add_argument(
        "--clear",
        action="append",
        default=[],
        metavar="FIELD",
        help="empty a field: date, title, caption, place (all languages) or title:LANG, caption:LANG, "
        "place:LANG, photographer, credit, rights (all languages) or photographer:LANG…, plate, notes",
    )
    e.add_argument(
        "--expect-revision",
        type=int,
        metavar="N",
        help="refuse (exit 4) if a photograph is no longer at revision N",
    )
    e.add_argument(
        "--user", metavar="NAME", help="name kept in the history (default $PHOTOBOOK_USER or the login)"
    )
    e.add_argument("--json", action="store_true", help="print the records as show --json does")

    hi = sub.add_parser("history", parents=[common], help="who changed what on a photograph, and when")
    hi.add_argument("id", type=int)
    hi.add_argument("--json", action="store_true")

    th = sub.add_parser("themes", parents=[common], help="the vocabulary of themes")
    th_sub = th.add_subparsers(dest="themes_command", metavar="ACTION", required=True)
    tl = th_sub.add_parser("list", parents=[common], help="every theme, in tree order")
    tl.add_argument("--json", action="store_true")
    ta = th_sub.add_parser("add", parents=[common], help="a new theme")
    ta.add_argument("slug")
    tr_ = th_sub.add_parser("rename", parents=[common], help="new labels (or colour) for a theme")
    tr_.add_argument("slug")
    for sp in (ta, tr_):
        for lang in LANGUAGES:
            sp.add_argument(f"--{lang}", metavar="LABEL", help=f"the label in {lang}")
        sp.add_argument("--color", metavar="#RRGGBB")
        sp.add_argument("--json", action="store_true")
    ta.add_argument("--parent", metavar="SLUG")
    tm = th_sub.add_parser("move", parents=[common], help="move a theme in the tree")
    tm.add_argument("slug")
    where = tm.add_mutually_exclusive_group(required=True)
    where.add_argument("--parent", metavar="SLUG")
    where.add_argument("--root", action="store_true", help="to the top of the tree")
    tm.add_argument("--json", action="store_true")
    tg = th_sub.add_parser(
        "merge", parents=[common], help="re-tag a theme's photographs with another theme, then delete it"
    )
    tg.add_argument("slug")
    tg.add_argument("into", metavar="INTO")
    tg.add_argument("--json", action="store_true")

    from photobook.commands import places as places_command

    places_command.add_parser(sub, common)

    c = sub.add_parser(
        "check", parents=[common], help="the catalog file's health; missing, moved and modified originals"
    )
    c.add_argument("--json", action="store_true")
    c.add_argument(
        "--full", action="store_true", help="SQLite's integrity_check (slower) instead of quick_check"
    )

    bk = sub.add_parser(
        "backup", parents=[common], help="copy the catalog to a file, even while it is in use"
    )
    bk.add_argument("dest", type=_path, metavar="DEST")

    im = sub.add_parser(
        "import",
        parents=[common],
        help="captions, dates, themes… from a spreadsheet (.csv, .xlsx) or a photobook JSON export",
    )
    im.add_argument("file", type=_path)
    im.add_argument("--source", type=_path, help="the source folder the paths are relative to")
    im.add_argument("--json", action="store_true")
    # spreadsheets (commands/import_sheet.py)
    im.add_argument(
        "--dry-run", action="store_true", help="show what would change and every error; change nothing"
    )
    im.add_argument(
        "--key",
        choices=("path", "name", "hash", "plate"),
        help="what names each row's photograph (default: a `key` column, else content_hash, then path)",
    )

    ex = sub.add_parser(
        "export",
        parents=[common],
        help="export the catalog (photobook JSON), XMP sidecars or a IIIF manifest",
    )
    ex.add_argument("file", type=_path, help="output file, or - for standard output (xmp, iiif: a folder)")
    from photobook.commands.export import add_arguments as add_export_arguments

    add_export_arguments(ex, _year_range, _count)

    # moving a catalog (commands/db_copy.py)
    dbp = sub.add_parser(
        "db", parents=[common], help="the catalog database: copy it between SQLite and PostgreSQL"
    )
    db_sub = dbp.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    dc = db_sub.add_parser(
        "copy", parents=[common], help="copy a catalog to another database, losslessly (SQLite ⇄ PostgreSQL)"
    )
    dc.add_argument(
        "src", metavar="SRC_URL", help="sqlite:///path/catalog.sqlite, a library folder, or postgresql://…"
    )
    dc.add_argument("dst", metavar="DST_URL", help="the same kinds; an empty catalog (or --force)")
    dc.add_argument("--force", action="store_true", help="replace what the destination holds")
    dc.add_argument("--quiet", action="store_true", help="no progress")

    rs = sub.add_parser(
        "remove-source",
        parents=[common],
        help="forget a source folder and its catalogue records (the files stay)",
    )
    rs.add_argument("path", type=_path)
    rs.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    b = sub.add_parser("bench", parents=[common], help="measure speed and memory; prints JSON")
    b.add_argument("--quick", action="store_true", help="a smaller workload (for CI)")
    b.add_argument("--json", action="store_true", help="(the output is always JSON)")
    b.add_argument(
        "--rows",
        type=_count("--rows", 1, 10_000_000),
        default=None,
        help="catalog rows (default 100000; quick 20000)",
    )
    b.add_argument("--no-gui", action="store_true", help="skip the GUI figures")
    b.add_argument(
        "--keep",
        type=_path,
        default=None,
        metavar="DIR",
        help="build the query catalog in DIR once and reuse it in later runs",
    )
    b.add_argument(
        "--only",
        default="",
        metavar="PARTS",
        help="comma-separated parts: catalog, cli_list, streaming, rescan, metadata, thumbnails, vips, memory, duplicates, gui, kiosk_soak",
    )

    k = sub.add_parser(
        "kiosk",
        parents=[common],
        help="the visitors' timeline: fullscreen, locked down, read-only, published photographs only",
    )
    k.add_argument("--lang", choices=LANGUAGES, help="the language each visit starts in (default fr)")
    k.add_argument(
        "--idle",
        type=_seconds,
        default=60.0,
        metavar="SECONDS",
        help="seconds without a touch before 'Still there?' and the attract loop (default 60)",
    )
    k.add_argument(
        "--sleep",
        type=_sleep_hours,
        metavar="HH:MM-HH:MM",
        help="closing-opening hours: a black screen in between, e.g. 19:00-09:00",
    )
    k.add_argument(
        "--status",
        action="store_true",
        help="say whether the kiosk runs, since when, the visits "
        "today and the last error (from its heartbeat file) and exit",
    )
    k.add_argument(
        "--set-pin",
        action="store_true",
        help="set the staff PIN that ends the kiosk (4-12 digits, "
        "read from the terminal or one line of standard input) and exit",
    )

    t = sub.add_parser("tour", parents=[common], help="tours: photographs in an order for a talk, with notes")
    tsub = t.add_subparsers(dest="tour_command", metavar="ACTION", required=True)
    tl = tsub.add_parser("list", parents=[common], help="the tours in the catalog")
    tl.add_argument("--json", action="store_true")
    tc = tsub.add_parser("create", parents=[common], help="a new, empty tour")
    tc.add_argument("title")
    tc.add_argument(
        "--minutes", type=_count("--minutes", 1, 1440), default=None, help="the talk's target duration"
    )
    tc.add_argument("--json", action="store_true")
    ta = tsub.add_parser("add", parents=[common], help="add photographs (by id) to a tour")
    ta.add_argument("name", metavar="TOUR", help="the tour's title or id")
    ta.add_argument("ids", nargs="+", type=_count("a photograph id", 1), metavar="ID")
    ta.add_argument(
        "--at", type=_count("--at", 1), default=None, metavar="N", help="insert at slide N (default: the end)"
    )
    ta.add_argument("--notes", default="", help="the presenter's notes for these slides")
    ta.add_argument("--json", action="store_true")
    tm = tsub.add_parser("move", parents=[common], help="move slide FROM to position TO")
    tm.add_argument("name", metavar="TOUR")
    tm.add_argument("frm", type=_count("FROM", 1), metavar="FROM")
    tm.add_argument("to", type=_count("TO", 1), metavar="TO")
    tn = tsub.add_parser("notes", parents=[common], help="set the presenter's notes of slide N")
    tn.add_argument("name", metavar="TOUR")
    tn.add_argument("position", type=_count("N", 1), metavar="N")
    tn.add_argument("notes")
    ts = tsub.add_parser("show", parents=[common], help="a tour's slides with their notes")
    ts.add_argument("name", metavar="TOUR")
    ts.add_argument("--json", action="store_true")
    th_ = tsub.add_parser(
        "hide", parents=[common], help="hide slide N (kept for questions; stepping skips it)"
    )
    th_.add_argument("name", metavar="TOUR")
    th_.add_argument("position", type=_count("N", 1), metavar="N")
    th_.add_argument("--show", action="store_true", help="show the slide again")
    tf = tsub.add_parser("fly", parents=[common], help="slide N arrives by flying along the road of time")
    tf.add_argument("name", metavar="TOUR")
    tf.add_argument("position", type=_count("N", 1), metavar="N")
    tf.add_argument("--cut", action="store_true", help="arrive by a cut (or cross-fade) again")
    te = tsub.add_parser(
        "export", parents=[common], help="write a tour as JSON (photographs named by content hash)"
    )
    te.add_argument("name", metavar="TOUR")
    te.add_argument("out", type=Path, metavar="OUT.json")
    tim = tsub.add_parser("import", parents=[common], help="a tour from a JSON file written by tour export")
    tim.add_argument("file", type=Path, metavar="FILE.json")
    tim.add_argument("--title", default=None, help="give the tour another title (one already exists)")
    tim.add_argument(
        "--skip-missing", action="store_true", help="leave out slides whose photograph is not in this library"
    )
    tim.add_argument("--json", action="store_true")
    tp = tsub.add_parser(
        "pdf", parents=[common], help="a handout: one page a slide, with caption, date and credit"
    )
    tp.add_argument("name", metavar="TOUR")
    tp.add_argument("out", type=Path, metavar="OUT.pdf")
    tp.add_argument("--lang", choices=LANGUAGES, default="fr")
    tp.add_argument("--all", action="store_true", help="include hidden slides")

    pr = sub.add_parser(
        "present",
        parents=[common],
        help="present the photographs (or a tour) to a room, fullscreen on the projector",
    )
    pr.add_argument(
        "--tour", metavar="NAME", help="a saved tour (its title or id) instead of the whole archive"
    )
    pr.add_argument(
        "--screen",
        default=None,
        metavar="N|NAME",
        help="the screen for the room: its number (0 is the first) or its name (e.g. HDMI-1); "
        "default: the one chosen last time, else the one that is not the primary",
    )
    pr.add_argument(
        "--reduced-motion",
        action="store_true",
        help="no flights or slow zooms: a cross-fade with the year counting (remembered)",
    )
    pr.add_argument("--lang", choices=LANGUAGES)
    pr.add_argument(
        "--presenter-view",
        action="store_true",
        help="also show the presenter's console (notes, next, timer) on a single screen",
    )
    pr.add_argument("--slide", type=_count("--slide", 1), default=1, metavar="N", help="start at this slide")
    pr.add_argument("--no-fade", action="store_true", help="cut from slide to slide instead of a cross-fade")
    pr.add_argument(
        "--fly",
        action="store_true",
        help="fly along the road of time from one photograph's moment to the next (a tour's slides may fly on their own)",
    )
    pr.add_argument(
        "--ken-burns", action="store_true", help="a slow pan and zoom over each photograph (K switches it)"
    )
    pr.add_argument(
        "--until",
        type=_hhmm,
        default=None,
        metavar="HH:MM",
        help="the talk ends at this time: the presenter's timer counts down to it (T cycles the timers)",
    )

    from photobook.commands.duplicates import add_parser as duplicates_parser

    duplicates_parser(sub, common, _count)

    s = sub.add_parser("screenshot", parents=[common], help="render the main window to a PNG")
    s.add_argument("out", type=_shot_path, help="a .png or .jpg file in an existing folder")
    s.add_argument(
        "--view",
        default="timeline",
        choices=(
            "timeline",
            "grid",
            "photo",
            "editor",
            "kiosk",
            "attract",
            "present",
            "presenter",
            "overview",
            "themes",
            "places",
        ),
    )
    s.add_argument(
        "--select",
        type=int,
        metavar="ID",
        help="the photograph to select (default: one with a caption; one the filters hide is marked)",
    )
    s.add_argument("--tour", metavar="NAME", help="with --view present/presenter/overview: a saved tour")
    s.add_argument(
        "--slide",
        type=_count("--slide", 1),
        default=None,
        metavar="N",
        help="with --view present/presenter: the slide to show",
    )
    s.add_argument("--size", type=_size, default=(1920, 1080))
    s.add_argument("--lang", choices=LANGUAGES, default="fr")
    s.add_argument("--search", default="", metavar="TEXT", help="the window with this search typed")
    s.add_argument("--theme", action="append", default=[], metavar="SLUG", help="with this theme ticked")
    s.add_argument("--year", type=_year_range, metavar="A[:B]", help="with these years in the filter")
    return p


def _glue_theme_removals(argv: Sequence[str]) -> list[str]:
    """``--theme -port`` would read "-port" as an option: glue it as ``--theme=-port``."""
    out: list[str] = []
    for arg in argv:
        if out and out[-1] == "--theme" and arg.startswith("-") and not arg.startswith("--"):
            out[-1] = f"--theme={arg}"
        else:
            out.append(arg)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(_glue_theme_removals(sys.argv[1:] if argv is None else argv))
    command = args.command or "gui"
    try:
        if command == "gui":
            from photobook.ui.app import run

            return run(args.library, args.db, getattr(args, "lang", None), getattr(args, "fullscreen", False))
        if command == "kiosk":
            return cmd_kiosk(args)
        if command == "present":
            from photobook.ui.views.presenter.run import run as present

            return present(
                args.library,
                args.db,
                args.lang,
                args.screen,
                args.presenter_view,
                args.tour,
                args.slide - 1,
                fade=not args.no_fade,
                until=args.until,
                ken_burns=args.ken_burns,
                fly=args.fly,
                reduced_motion=args.reduced_motion,
            )
        if command == "screenshot":
            from photobook.services.tours import TourNotFound
            from photobook.ui.screenshot import NotInLibrary
            from photobook.ui.screenshot import run as shot

            try:
                code = shot(
                    args.out,
                    args.library,
                    args.db,
                    args.view,
                    args.size,
                    args.lang,
                    args.select,
                    args.tour,
                    args.slide,
                    search=args.search,
                    themes=tuple(args.theme),
                    years=args.year,
                )
            except (TourNotFound, NotInLibrary) as exc:  # an unknown tour, theme or photograph
                raise UsageError(str(exc)) from None
            if code != 0:
                print(f"photobook: could not write {args.out}", file=sys.stderr)
            return code
        if command == "bench":
            from photobook.bench import run_bench

            only = tuple(p.strip() for p in args.only.split(",") if p.strip())
            result = run_bench(
                quick=args.quick, rows=args.rows, gui=not args.no_gui, keep=args.keep, only=only
            )
            print(json.dumps(result, indent=2))
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
    except Exception as exc:  # a full disk, a damaged catalog: one line, not a traceback
        from photobook.db.engine import storage_failure

        problem = storage_failure(exc, _library_folder(args), _catalog_name(args))
        if problem is None:
            raise
        print(f"photobook: {problem}", file=sys.stderr)
        return EXIT_LIBRARY


def _library_folder(args: argparse.Namespace) -> Path:
    from photobook.core.paths import default_library_dir

    return args.library if args.library is not None else default_library_dir()


def _catalog_name(args: argparse.Namespace) -> str:
    from photobook.db.engine import CATALOG_FILE

    return str(_library_folder(args) / CATALOG_FILE) if not args.db else "at the --db URL"


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


def _open(args: argparse.Namespace, readonly: bool | None = False):
    from photobook.db.engine import WAITING, open_library

    told: list[bool] = []

    def waiting() -> None:  # once per command: a long index waits at many of its batches
        if not told:
            told.append(True)
            print(f"photobook: {WAITING}", file=sys.stderr, flush=True)

    def upgrading(found: str, target: str) -> None:  # a minute at a million photographs: said
        print(
            f"photobook: updating the catalog from revision {found} to {target}…", file=sys.stderr, flush=True
        )

    lib = open_library(args.library, args.db, readonly=readonly, on_wait=waiting, on_upgrade=upgrading)
    lib.on_notice = lambda message: print(f"photobook: {message}", file=sys.stderr, flush=True)
    return lib


_CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))}


def _escape(text: Any) -> str:
    """Text for a terminal: control characters (ESC sequences, newlines, BEL) shown as \\xNN,
    so that a file name cannot repaint the terminal or forge a line of output."""
    return str(text).translate(_CONTROL)


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


# --- index ----------------------------------------------------------------------------------------


def _import_out_of_gc_sight(*modules: str) -> None:
    """Import ``modules`` without the cyclic collector, then freeze what exists out of its sight.

    SQLAlchemy and the models make ~300,000 objects that live as long as the process; every full
    collection would walk them all again while a command makes its many short-lived rows (~0.1 s
    of a rescan's ~1.5 s; ~0.2 s of ``list --json`` over 11,000 records)."""
    import importlib

    from photobook.core.long_lived import long_lived

    with long_lived():
        for name in modules:
            importlib.import_module(name)


def cmd_index(args: argparse.Namespace) -> int:
    for p in args.paths:
        if not p.exists():
            raise UsageError(f"no such folder: {p}")
        if not p.is_dir():
            raise UsageError(f"not a folder: {p}")
    ahead = _read_ahead(args)
    try:
        return _index(args, ahead)
    finally:
        if ahead is not None:
            ahead.close()


def _read_ahead(args: argparse.Namespace):
    """Into a new library, every file found is new: the worker processes start now and read the
    first files while the catalog's modules are imported and the catalog created (~0.5 s)."""
    if args.no_thumbnails or args.db is not None:
        return None
    from photobook.core.paths import default_library_dir
    from photobook.db.fastpath import CATALOG_FILE

    folder = args.library.expanduser() if args.library is not None else default_library_dir()
    if (folder / CATALOG_FILE).exists():
        return None
    from photobook.indexer import ahead

    return ahead.start(args.paths, args.workers)


def _index(args: argparse.Namespace, ahead: Any) -> int:
    _import_out_of_gc_sight("photobook.indexer.scan")
    from photobook.indexer.scan import IndexError_, index_paths

    lib = _open(args)
    stop = {"requested": False}

    def on_sigint(_sig: int, _frame: Any) -> None:
        if stop["requested"]:
            raise KeyboardInterrupt
        stop["requested"] = True
        print("\nphotobook: stopping after the current batch (Ctrl-C again to abort)…", file=sys.stderr)

    old = signal.signal(signal.SIGINT, on_sigint)
    written: list[int] = []
    try:
        with _progress_bar(enabled=sys.stderr.isatty()) as on_progress:
            report = index_paths(
                lib,
                args.paths,
                progress=on_progress,
                cancel=lambda: stop["requested"],
                workers=args.workers,
                thumbnails=not args.no_thumbnails,
                on_batch=lambda ids: written.append(len(ids)),
                ahead=ahead,
            )
    except IndexError_ as exc:
        raise UsageError(str(exc)) from None
    except Exception as exc:
        from photobook.db.engine import DiskFull, storage_failure

        problem = storage_failure(exc, lib.folder, _catalog_name(args))
        if isinstance(problem, DiskFull):
            raise DiskFull(
                f"{problem}; {sum(written)} photographs were catalogued; run again when there is space"
            ) from None
        raise
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

        self.bar = Progress(
            TextColumn("{task.description:<11}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:>7.1f}/s"),
            TimeRemainingColumn(),
            TextColumn("[dim]{task.fields[path]}", justify="left"),
            transient=False,
            console=_stderr_console(),
        )
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


FAILED_SHOWN = 20


def _print_index_summary(report) -> None:
    r = report
    print(
        f"indexed {r.indexed}, unchanged {r.unchanged}, moved {r.moved}, missing {r.missing}, "
        f"failed {len(r.failed)}, warnings {len(r.warnings)}, thumbnails {r.thumbnails} "
        f"in {r.seconds:.1f} s" + (" (interrupted: run again to resume)" if r.cancelled else "")
    )
    for path, reason in r.failed[:FAILED_SHOWN]:
        print(f"  failed  {path!r}: {_escape(reason.english)}")
    if len(r.failed) > FAILED_SHOWN:  # `index /proc`: thousands of lines say less than a summary
        from collections import Counter

        rest = Counter(reason.english for _path, reason in r.failed[FAILED_SHOWN:])
        print(f"  … and {len(r.failed) - FAILED_SHOWN} more failed (photobook list --problems):")
        for reason, n in rest.most_common(10):
            print(f"  {n:>7}  {_escape(reason)}")
        if len(rest) > 10:
            print(f"  {sum(n for _r, n in rest.most_common()[10:]):>7}  (other reasons)")
    for path, reason in r.warnings[:50]:
        print(f"  warning {path!r}: {reason.english}")
    if len(r.warnings) > 50:
        print(f"  … and {len(r.warnings) - 50} more warnings (photobook list --problems)")


# --- list / show --------------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    _import_out_of_gc_sight("photobook.db.engine", "photobook.db.queries")
    from photobook.db import queries as q

    lib = _open(args, readonly=None)
    try:
        with lib.Session() as session:
            if args.problems:
                from photobook.core.reasons import Reason

                rows = [
                    {**r, "text": Reason.from_json(r["code"], r["values"]).english}
                    for r in q.problems(session)
                ]
                if args.jsonl:
                    _write_records(rows, lines=True)
                elif args.json:
                    _print_json(rows)
                else:
                    for r in rows:
                        print(_escape(f"{r['severity']:<8} {r['source']}/{r['path']}: {r['text']}"))
                return 0
            known = {r.slug for r in q.reigns(session)}
            for slug in args.reign:
                if slug not in known:
                    raise UsageError(f"unknown reign {slug!r} (known: {', '.join(sorted(known))})")
            themes = {t.slug for t in q.themes(session)}
            for slug in args.theme:
                if slug not in themes:
                    raise UsageError(
                        f"unknown theme {slug!r} (photobook list --help; known: {', '.join(sorted(themes))})"
                    )
            year_from, year_to = args.year if args.year else (None, None)
            f = q.PhotoFilter(
                reigns=tuple(args.reign),
                themes=tuple(args.theme),
                year_from=year_from,
                year_to=year_to,
                statuses=tuple(args.status),
                search=args.search,
                undated=True if args.undated else None,
            )
            if args.json or args.jsonl:
                q.read_once(session, small_cache=True)
            ids = q.photo_ids(session, f, limit=args.limit)
            if args.json or args.jsonl:
                from photobook.db.queries_json import iter_photo_json

                # SQLite writes the records' text; elsewhere (PostgreSQL) they are dicts to encode
                texts = iter_photo_json(session, ids)
                _write_records(
                    q.iter_photo_records(session, ids) if texts is None else texts, lines=args.jsonl
                )
                return 0
            records = q.photo_records(session, ids)
        _print_table(records, args.lang)
        return 0
    finally:
        lib.close()


def _write_records(records: Iterable[bytes | str | dict[str, Any]], lines: bool, batch: int = 512) -> None:
    """Compact JSON (:data:`~photobook.core.records.RECORD_JSON`) written as the chunks load,
    ``batch`` records a write: with ``lines`` one object a line (JSON Lines), else one array holding
    one record a line. A record comes as a dict, or as its JSON text already written: UTF-8
    ``bytes`` (SQLite's), which go into a UTF-8 stream (the usual case) as they are, or ``str``."""
    import codecs

    from photobook.core.records import RECORD_JSON

    encode = RECORD_JSON.encode
    out = sys.stdout
    raw = getattr(out, "buffer", None)
    if raw is not None and codecs.lookup(out.encoding or "ascii").name != "utf-8":
        raw = None  # another encoding (a Windows code page, say): the text goes through it
    else:
        out.flush()  # what was written as text before goes first

    def put(data: bytes) -> None:
        if raw is not None:
            raw.write(data)
        else:
            out.write(data.decode())

    def utf8(record: str | dict[str, Any]) -> bytes:
        return (record if isinstance(record, str) else encode(record)).encode()

    between = b"\n" if lines else b",\n"
    pending: list[bytes] = []
    written = False

    def flush() -> None:
        nonlocal pending, written
        lead = b"" if lines else b",\n" if written else b"[\n"
        put(lead + between.join(pending) + (b"\n" if lines else b""))
        pending, written = [], True

    for r in records:
        pending.append(r if type(r) is bytes else utf8(r))  # type: ignore[arg-type]
        if len(pending) == batch:
            flush()
    if pending:
        flush()
    if not lines:
        put(b"\n]\n" if written else b"[]\n")
    if raw is not None:
        raw.flush()


def _print_table(records: list[PhotoRecord], lang: str) -> None:
    from rich.console import Console
    from rich.markup import escape as markup_escape
    from rich.table import Table

    from photobook.core.dates import in_words
    from photobook.core.records import caption_for

    table = Table(show_lines=False, box=None)
    for col in ("id", "date", "reigns", "themes", "status", "title", "path"):
        table.add_column(col, overflow="fold")
    for r in records:
        _lang, cap = caption_for(r, lang)
        cells = (
            str(r.id),
            in_words(r.date, lang),
            ",".join(r.reigns),
            ",".join(r.themes),
            r.status,
            cap.title[:200] or cap.text[:60],
            r.path,
        )
        table.add_row(*(markup_escape(_escape(c)) for c in cells))  # neither ESC nor [rich markup]
    Console().print(table)
    print(f"{len(records)} photographs")


def cmd_show(args: argparse.Namespace) -> int:
    from photobook.db import queries as q

    lib = _open(args, readonly=None)
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
                value = json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
                print(f"{k:<{width}}  {_escape(value)}")
        return 0
    finally:
        lib.close()


# --- edit / history / themes -------------------------------------------------------------------


def cmd_edit(args: argparse.Namespace) -> int:
    from photobook.db import queries as q
    from photobook.services.edits import EditError, EditRequest, StaleRevision, same_for_all, save

    values: dict[str, str] = {}
    if args.date is not None:
        values["date"] = args.date
    if args.status is not None:
        values["status"] = args.status
    for name in ("plate", "notes"):
        if getattr(args, name) is not None:
            values[name] = getattr(args, name)
    for name in LOCALIZED_FIELDS:
        for item in getattr(args, name):  # LANG=TEXT, or a bare TEXT: the French/default value
            lang, sep, text = item.partition("=")
            if sep and lang in LANGUAGES:
                values[f"{name}:{lang}"] = text
            else:
                values[name] = item
    for kind in ("title", "caption"):
        for item in getattr(args, kind):
            lang, sep, text = item.partition("=")
            if not sep or lang not in LANGUAGES:
                raise UsageError(
                    f"--{kind} takes LANG=TEXT with LANG one of {', '.join(LANGUAGES)}, "
                    f"not {item!r}; nothing changed"
                )
            values[f"{kind}:{lang}"] = text
    for item in args.theme:
        if len(item) < 2 or item[0] not in "+-":
            raise UsageError(
                f"--theme takes +SLUG to add a theme or -SLUG to remove one, not {item!r}; nothing changed"
            )
    values.update(_edit_clears(args.clear, values))
    request = EditRequest(
        values,
        add_themes=tuple(t[1:] for t in args.theme if t[0] == "+"),
        remove_themes=tuple(t[1:] for t in args.theme if t[0] == "-"),
        expect_revision=args.expect_revision,
    )
    if request.is_empty():
        raise UsageError(
            "nothing to change: give --date, --title, --caption, --theme, --status, --clear, … "
            "(photobook edit --help)"
        )
    ids = list(dict.fromkeys(args.ids))
    lib = _open(args)
    try:
        try:
            result = save(lib, same_for_all(ids, request), args.user)
        except EditError as exc:
            raise UsageError(f"nothing changed: {exc}") from None
        except StaleRevision as exc:
            print(f"photobook: {exc}", file=sys.stderr)
            return EXIT_STALE
        if args.json:
            with lib.Session() as session:
                _print_json([r.as_json() for r in q.photo_records(session, ids)])
        else:
            print(result.summary())
        return 0
    finally:
        lib.close()


def _edit_clears(names: list[str], values: dict[str, str]) -> dict[str, str]:
    """``edit --clear FIELD``…: the values that empty them; a field both set and cleared is a usage error."""
    from photobook.services.edits import EditError, clear_fields

    try:
        cleared = clear_fields(names)
    except EditError as exc:
        raise UsageError(f"--clear: {exc}; nothing changed") from None
    both = sorted(n for n in cleared if n in values)
    if both:
        raise UsageError(f"{', '.join(both)} both set and cleared; nothing changed")
    return cleared


def cmd_history(args: argparse.Namespace) -> int:
    from photobook.db import queries as q

    lib = _open(args)
    try:
        with lib.Session() as session:
            if not q.photo_records(session, [args.id]):
                raise UsageError(f"no photograph with id {args.id}")
            entries = q.photo_history(session, args.id)
    finally:
        lib.close()
    if args.json:
        _print_json([e.as_json() for e in entries])
    elif not entries:
        print(f"photograph {args.id} has not been edited")
    else:
        for e in entries:
            print(
                f"{e.at}  r{e.revision:<3} {e.user or '?':<12} {e.field}: "
                f"{json.dumps(e.old, ensure_ascii=False)} → {json.dumps(e.new, ensure_ascii=False)}"
            )
    return 0


def cmd_themes(args: argparse.Namespace) -> int:
    from photobook.db import queries as q

    if args.themes_command != "list":
        return _change_themes(args)
    lib = _open(args)
    try:
        with lib.Session() as session:
            themes = q.themes(session)
            counts = q.theme_counts(session)
    finally:
        lib.close()
    by_id = {t.id: t for t in themes}
    children: dict[int | None, list[Any]] = {}
    for t in themes:
        children.setdefault(t.parent_id if t.parent_id in by_id else None, []).append(t)
    rows: list[dict[str, Any]] = []

    def walk(parent: int | None, depth: int) -> None:
        for t in children.get(parent, []):
            rows.append(
                {
                    "slug": t.slug,
                    "parent": by_id[t.parent_id].slug if t.parent_id in by_id else None,
                    "depth": depth,
                    "color": t.color,
                    "labels": {"fr": t.label_fr, "ar": t.label_ar, "en": t.label_en},
                    "photos": counts.get(t.slug, 0),
                }
            )
            if depth < 32:
                walk(t.id, depth + 1)

    walk(None, 0)
    if args.json:
        _print_json(rows)
    else:
        for r in rows:
            indent = "  " * r["depth"]
            print(
                f"{indent}{r['slug']:<{max(8, 28 - len(indent))}} {r['photos']:>6}  "
                f"{r['labels']['en'] or r['labels']['fr']}"
            )
    return 0


def _change_themes(args: argparse.Namespace) -> int:
    from photobook.services import vocabulary as v
    from photobook.services.edits import EditError, default_user

    labels = {lang: getattr(args, lang) for lang in LANGUAGES if getattr(args, lang, None) is not None}
    cmd = args.themes_command
    lib = _open(args)
    try:
        try:
            if cmd == "add":
                v.run(lib, lambda s: v.add_theme(s, args.slug, labels, args.parent, args.color))
                out: dict[str, Any] = {"added": args.slug}
            elif cmd == "rename":
                v.run(lib, lambda s: v.rename_theme(s, args.slug, labels, args.color))
                out = {"renamed": args.slug}
            elif cmd == "move":
                v.run(lib, lambda s: v.move_theme(s, args.slug, None if args.root else args.parent))
                out = {"moved": args.slug, "parent": None if args.root else args.parent}
            else:
                result = v.run(lib, lambda s: v.merge_themes(s, args.slug, args.into, default_user()))
                out = {"merged": args.slug, "into": args.into, "photographs": sorted(result.revisions)}
        except EditError as exc:
            raise UsageError(f"nothing changed: {exc}") from None
    finally:
        lib.close()
    if args.json:
        _print_json(out)
    else:
        print(
            ", ".join(f"{k} {v_}" for k, v_ in out.items() if k != "photographs")
            + (f" ({len(out['photographs'])} photographs re-tagged)" if "photographs" in out else "")
        )
    return 0


# --- check / import / export --------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    import shutil
    import tempfile

    from photobook.db.engine import CatalogDamaged, damaged_message
    from photobook.services.backup import catalog_health
    from photobook.services.check import KINDS, run_check

    # Findings are not held: the text lists the first 100 of each kind with the counts; --json
    # spools each kind to a temporary file as it comes and writes them out in order at the end.
    shown: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    found = dict.fromkeys(KINDS, 0)
    spools = {kind: tempfile.TemporaryFile("w+", encoding="utf-8") for kind in KINDS} if args.json else {}
    encode = json.JSONEncoder(ensure_ascii=False, default=str).encode

    def emit(kind: str, item: dict[str, Any]) -> None:
        found[kind] += 1
        if kind in spools:
            spools[kind].write(("" if found[kind] == 1 else ",\n    ") + encode(item))
        elif found[kind] <= 100:
            shown[kind].append(item)

    lib = _open(args, readonly=None)
    try:
        damage = catalog_health(lib, full=args.full)
        if damage:
            more = f"; and {len(damage) - 1} more problems" if len(damage) > 1 else ""
            raise CatalogDamaged(damaged_message(_catalog_name(args), _escape(damage[0]) + more))
        counts = run_check(lib, emit)
    finally:
        lib.close()
    catalog = "integrity_check ok" if args.full else "quick_check ok"
    if args.json:
        out = sys.stdout
        out.write("{\n")
        for kind in KINDS:
            spool = spools.pop(kind)
            spool.seek(0)
            out.write(f'  "{kind}": [' + ("\n    " if found[kind] else ""))
            shutil.copyfileobj(spool, out)
            spool.close()
            out.write(("\n  ]" if found[kind] else "]") + ",\n")
        out.write(
            f'  "checked": {counts["checked"]},\n  "ok": {counts["ok"]},\n  "catalog": "{catalog}"\n}}\n'
        )
    else:
        for key in KINDS:
            print(f"{key.replace('_', ' ')}: {found[key]}")
            for item in shown[key]:
                print(f"  {item.get('path')}" + (f" → {item['found_at']}" if item.get("found_at") else ""))
        print(f"ok: {counts['ok']} of {counts['checked']} originals unchanged; catalog file: {catalog}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from photobook.commands.import_sheet import run

    return run(args, _open, UsageError, _escape, _print_json)


def cmd_export(args: argparse.Namespace) -> int:
    if args.format != "json":  # xmp, iiif (and csv): photobook.commands.export
        from photobook.commands.export import run as export_for_others

        return export_for_others(args, _open, UsageError, _escape)
    from photobook.commands.export import filters_given

    if filters_given(args):
        raise UsageError(f"{', '.join(filters_given(args))}: the json export is the whole catalog")
    from photobook.services.transfer import export_catalog

    if str(args.file) != "-":
        if args.file.is_dir():
            raise UsageError(f"{args.file} is a folder; give the name of the file to write")
        if not args.file.parent.is_dir():
            raise UsageError(f"no such folder: {args.file.parent}")

    lib = _open(args, readonly=None)
    try:
        data = export_catalog(lib)
    finally:
        lib.close()
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if str(args.file) == "-":
        print(text)
        return 0
    _write_text(args.file, text, "export")
    print(f"exported {len(data['photos'])} photographs to {args.file}")
    return 0


def _write_text(out: Path, text: str, what: str) -> None:
    """``text`` written to ``out`` by way of ``out.part``, never leaving a half-written file
    behind; a full disk or a folder it cannot write to is one line (``what`` names the file)."""
    part = out.with_name(out.name + ".part")
    try:
        part.write_text(text, encoding="utf-8")
        part.replace(out)
    except OSError as exc:
        part.unlink(missing_ok=True)
        from photobook.db.engine import DiskFull, storage_failure

        problem = storage_failure(exc, out.parent)
        if isinstance(problem, DiskFull):
            raise DiskFull(f"{problem}; no {what} was written; run again when there is space") from None
        raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from None


def cmd_backup(args: argparse.Namespace) -> int:
    from photobook.services.backup import BackupError, backup_catalog

    lib = _open(args, readonly=None)
    try:
        size = backup_catalog(lib, args.dest)
    except BackupError as exc:
        raise UsageError(str(exc)) from None
    finally:
        lib.close()
    print(
        f"backed up the catalog to {args.dest} ({size / 2**20:.1f} MB); the thumbnails are rebuilt from the originals"
    )
    return 0


def cmd_remove_source(args: argparse.Namespace) -> int:
    from photobook.services.sources import SourceError, remove_source

    lib = _open(args)
    try:
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError(
                    "remove-source forgets every caption and date written for that folder; "
                    "add --yes to confirm"
                )
            answer = input(
                f"Forget {args.path} and every caption, date and theme written for its "
                "photographs? The files themselves stay. [y/N] "
            )
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


# --- kiosk ----------------------------------------------------------------------------------------


def cmd_kiosk(args: argparse.Namespace) -> int:
    if args.status:
        from photobook.ui.views.kiosk.heartbeat import describe, read_heartbeat

        print(describe(read_heartbeat()))
        return 0
    if args.set_pin:
        from photobook.ui.views.kiosk.launch import set_pin

        if sys.stdin.isatty():
            import getpass

            pin = getpass.getpass("Staff PIN (4-12 digits): ")
            if getpass.getpass("Again: ") != pin:
                raise UsageError("the two PINs differ; nothing was changed")
        else:
            pin = sys.stdin.readline().strip()
        try:
            set_pin(pin)
        except ValueError as exc:
            raise UsageError(f"{exc}; nothing was changed") from None
        print("the kiosk's staff PIN is set")
        return 0
    from photobook.ui.views.kiosk.launch import run

    return run(getattr(args, "library", None), getattr(args, "db", None), args.lang, args.idle, args.sleep)


# --- tours ----------------------------------------------------------------------------------------


def cmd_tour(args: argparse.Namespace) -> int:
    from photobook.db import queries as q
    from photobook.services import tours

    action = args.tour_command
    lib = _open(args, readonly=None if action in ("list", "show") else False)
    try:
        if action == "list":
            with lib.Session() as s:
                found = q.tours(s)
            if args.json:
                _print_json([t.as_json() for t in found])
            elif not found:
                print("no tours yet (photobook tour create TITLE)")
            for t in [] if args.json else found:
                minutes = f"  {t.duration_s // 60} min" if t.duration_s else ""
                print(f"{t.id:>4}  {_escape(t.title)}  ({t.slide_count} slides){minutes}")
            return 0
        if action == "export":
            return _tour_export(lib, args)
        if action == "pdf":
            return _tour_pdf(lib, args)
        with lib.Session() as s, s.begin():
            if action == "import":
                done = tours.import_tour(
                    s, _read_tour_file(args.file), title=args.title, skip_missing=args.skip_missing
                )
                tid = done.tour_id
                for path in done.not_found:
                    print(f"left out (not in this library): {_escape(path)}", file=sys.stderr)
            elif action == "create":
                tid = tours.create(s, args.title, args.minutes * 60 if args.minutes else None)
            else:
                tid = tours.find(s, args.name).id
            if action == "add":
                tours.add(s, tid, args.ids, at=args.at, notes=args.notes)
            elif action == "move":
                tours.move(s, tid, args.frm, args.to)
            elif action == "notes":
                tours.set_notes(s, tid, args.position, args.notes)
            elif action == "hide":
                tours.set_hidden(s, tid, args.position, not args.show)
            elif action == "fly":
                tours.set_transition(s, tid, args.position, "cut" if args.cut else "fly")
            tour = q.tour(s, tid)
        assert tour is not None
        if getattr(args, "json", False):
            _print_json(tour.as_json())
        elif action == "show":
            minutes = f", {tour.duration_s // 60} min" if tour.duration_s else ""
            print(f"{_escape(tour.title)} ({len(tour.slides)} slides{minutes})")
            for sl in tour.slides:
                notes = f"  — {_escape(sl.notes)}" if sl.notes else ""
                hidden = ("  (hidden)" if sl.hidden else "") + ("  (flies)" if sl.transition == "fly" else "")
                print(f"{sl.position:>4}  photo {sl.photo_id}{hidden}{notes}")
        else:
            print(f"tour {_escape(tour.title)}: {len(tour.slides)} slide(s)")
        return 0
    except tours.TourError as exc:
        raise UsageError(str(exc)) from None
    finally:
        lib.close()


def _hhmm(text: str) -> str:
    parts = text.strip().split(":")
    if (
        len(parts) != 2
        or not all(p.isdigit() for p in parts)
        or not (0 <= int(parts[0]) < 24 and 0 <= int(parts[1]) < 60)
    ):
        raise argparse.ArgumentTypeError(f"{text!r} is not a time of day (HH:MM, e.g. 16:30)")
    return f"{int(parts[0]):02d}:{int(parts[1]):02d}"


def _read_tour_file(path: Path) -> object:
    try:
        if path.stat().st_size > 64 * 1024 * 1024:
            raise UsageError(f"{path}: larger than 64 MB, not a tour")
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"no such file: {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None


def _tour_export(lib: Any, args: argparse.Namespace) -> int:
    from photobook.services import tours

    with lib.Session() as s:
        data = tours.export_tour(s, tours.find(s, args.name).id)
    _write_text(args.out, json.dumps(data, ensure_ascii=False, indent=2) + "\n", "tour")
    print(f"tour {_escape(data['title'])}: {len(data['slides'])} slide(s) written to {args.out}")
    return 0


def _tour_pdf(lib: Any, args: argparse.Namespace) -> int:
    from photobook.services import tours

    with lib.Session() as s:
        tour = tours.find(s, args.name)
    from photobook.ui.views.presenter.handout import write_handout

    pages = write_handout(lib, tour, args.out, args.lang, include_hidden=args.all)
    print(f"handout of {_escape(tour.title)}: {pages} page(s) written to {args.out}")
    return 0


# --- duplicates (photobook.commands.duplicates) -----------------------------------------------------


def cmd_duplicates(args: argparse.Namespace) -> int:
    from photobook.commands.duplicates import run
    from photobook.services.edits import EditError, StaleRevision, default_user

    try:
        return run(args, _open, default_user())
    except StaleRevision as exc:
        print(f"photobook: {exc}", file=sys.stderr)
        return EXIT_STALE
    except EditError as exc:
        raise UsageError(str(exc)) from None


# --- moving a catalog (photobook.commands.db_copy) --------------------------------------------------


def cmd_db(args: argparse.Namespace) -> int:
    from photobook.commands.db_copy import run

    return run(args, UsageError, _escape)


# --- places (photobook.commands.places) ----------------------------------------------------------


def cmd_places(args: argparse.Namespace) -> int:
    from photobook.commands.places import run

    return run(args, _open, _print_json, _escape, UsageError)


COMMANDS = {
    "duplicates": cmd_duplicates,
    "tour": cmd_tour,
    "remove-source": cmd_remove_source,
    "edit": cmd_edit,
    "history": cmd_history,
    "themes": cmd_themes,
    "places": cmd_places,
    "index": cmd_index,
    "list": cmd_list,
    "show": cmd_show,
    "check": cmd_check,
    "import": cmd_import,
    "export": cmd_export,
    "backup": cmd_backup,
    "db": cmd_db,
}


if __name__ == "__main__":
    raise SystemExit(main())
