"""``photobook export --format xmp|iiif OUT [filters]``: files for other tools, written under OUT.

``--format json`` (the catalog for another photobook) stays in ``photobook.cli.cmd_export``.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from photobook.core.languages import LANGUAGES

FORMATS = ("json", "csv", "xlsx", "xmp", "iiif")
_FILTERS = ("reign", "theme", "year", "status", "search", "undated", "limit")


def add_arguments(
    ex: argparse.ArgumentParser, year_type: Callable[[str], Any], count: Callable[..., Any]
) -> None:
    """The export options beyond the output file: the format, and the filters of ``list``."""
    ex.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="json: the catalog for another photobook (FILE); csv, xlsx: one row a photograph (FILE); "
        "xmp: one sidecar per photograph, OUT/<source>/<path>.xmp; "
        "iiif: a IIIF Presentation 3 manifest and its images (OUT is a folder)",
    )
    f = ex.add_argument_group("which photographs (csv, xlsx, xmp and iiif; as photobook list)")
    f.add_argument("--reign", action="append", default=[], metavar="SLUG")
    f.add_argument("--theme", action="append", default=[], metavar="SLUG", help="includes sub-themes")
    f.add_argument("--year", type=year_type, metavar="A[:B]")
    f.add_argument("--status", action="append", default=[], choices=("draft", "reviewed", "published"))
    f.add_argument("--search", default="", metavar="TEXT")
    f.add_argument("--undated", action="store_true", help="only undated photographs")
    f.add_argument("--limit", type=count("--limit", 0), default=None, help="at most this many photographs")
    ex.add_argument(
        "--lang", choices=LANGUAGES, default="fr", help="xmp: the language of the theme keywords (default fr)"
    )
    ex.add_argument(
        "--base-url", metavar="URL", help="iiif: the http(s) address OUT will be served at (required)"
    )
    ex.add_argument(
        "--by", choices=("theme", "decade"), help="iiif: a collection of one manifest per theme or decade"
    )
    ex.add_argument(
        "--workers",
        type=count("--workers", 0, 256),
        default=None,
        help="iiif: processes that make the images (default: all cores; 0: this one)",
    )


def filters_given(args: argparse.Namespace) -> list[str]:
    return [f"--{name}" for name in _FILTERS if getattr(args, name, None) not in (None, False, "", [], ())]


def run(
    args: argparse.Namespace,
    open_library: Callable[..., Any],
    usage_error: type[Exception],
    escape: Callable[[Any], str],
) -> int:
    """The handler of ``export --format xmp|iiif|csv``; ``json`` is the caller's."""
    from photobook.commands.export_sheet import export_filter
    from photobook.services.exports import Cancelled, ExportError, ExportState

    fmt = args.format
    if fmt in ("csv", "xlsx"):  # one row a photograph: photobook.commands.export_sheet
        from photobook.commands.export_sheet import run as export_sheet

        return export_sheet(args, open_library, usage_error)
    if fmt == "iiif" and not args.base_url:
        raise usage_error("--format iiif needs --base-url URL: the address the folder will be served at")
    if fmt != "iiif" and (args.base_url or args.by or args.workers is not None):
        raise usage_error("--base-url, --by and --workers are options of --format iiif")
    out = Path(args.file)
    if str(out) == "-":
        raise usage_error(f"--format {fmt} writes a folder of files; give its name, not -")
    if out.exists() and not out.is_dir():
        raise usage_error(f"{out} is a file; --format {fmt} writes into a folder")
    if not out.parent.is_dir():
        raise usage_error(f"no such folder: {out.parent}")

    lib = open_library(args, readonly=None)
    try:
        f = export_filter(args, lib, usage_error)
        stop = {"requested": False}

        def on_sigint(_sig: int, _frame: Any) -> None:
            if stop["requested"]:
                raise KeyboardInterrupt
            stop["requested"] = True

        state = ExportState(cancel=lambda: stop["requested"])
        previous = signal.signal(signal.SIGINT, on_sigint)
        try:
            with _progress(state, fmt, escape):
                return _export(lib, fmt, out, f, args, state, escape)
        except Cancelled:
            print(
                f"photobook: stopped after {state.done} of {state.total} photographs; "
                f"every file in {out} is whole; run again to finish",
                file=sys.stderr,
            )
            return 130
        except ExportError as exc:
            raise usage_error(str(exc)) from None
        finally:
            signal.signal(signal.SIGINT, previous)
    finally:
        lib.close()


def _export(lib: Any, fmt: str, out: Path, f: Any, args: argparse.Namespace, state: Any, escape: Any) -> int:
    if fmt == "xmp":
        from photobook.services.export_xmp import export_xmp

        xmp = export_xmp(lib, out, f, lang=args.lang, limit=args.limit, state=state)
        print(f"wrote {xmp.written} XMP sidecars under {escape(out)} (<source>/<path in it>.xmp)")
        return 0
    from photobook.services.export_iiif import export_iiif

    iiif = export_iiif(
        lib, out, args.base_url, f, by=args.by, limit=args.limit, workers=args.workers, state=state
    )
    what = f"{iiif.manifests} manifests in {iiif.entry}" if args.by else "manifest.json"
    print(f"wrote {what} with {iiif.canvases} photographs, and their images, under {escape(out)}")
    for path, reason in iiif.skipped[:20]:
        print(f"  left out {escape(path)}: {reason.english}")
    if len(iiif.skipped) > 20:
        print(f"  … and {len(iiif.skipped) - 20} more left out")
    return 0


class _progress:
    """A rich progress bar on standard error while the export runs, when it is a terminal."""

    def __init__(self, state: Any, fmt: str, escape: Callable[[Any], str]) -> None:
        from rich.console import Console
        from rich.markup import escape as markup
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        console = Console(stderr=True)
        self.progress = Progress(
            TextColumn(f"export {fmt}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.description}", style="dim"),
            console=console,
            disable=not console.is_terminal,
            transient=True,
        )
        self.task = self.progress.add_task("", total=None)

        def on_progress(done: int, total: int, status: str) -> None:
            self.progress.update(
                self.task, completed=done, total=total, description=markup(escape(status)[-40:])
            )

        state.on_progress = on_progress

    def __enter__(self) -> _progress:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()
