#!/usr/bin/env python3
"""Regenerate the demo archive that photobook opens on first start: ``data/demo``.

Every picture is painted procedurally with Pillow (no real photographs, no downloads): scenes of
ports, wind and solar farms, medinas, dams, trains, fields, factories, conferences… with the look of
their period (scanned prints of the 1980s–90s, early digital, recent digital), a small
"DEMO · illustration" mark, and the metadata real files carry (camera and scanner EXIF, orientation,
XMP, IPTC, GPS). The script is deterministic: the same Pillow build gives byte-identical files.

    /tmp/venv/bin/python tools/make_demo_archive.py            # rewrite data/demo
    /tmp/venv/bin/python tools/make_demo_archive.py --out DIR  # somewhere else
    /tmp/venv/bin/python tools/make_demo_archive.py --only 1985/port-casablanca.jpg --jobs 2
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_archive.catalog import SPECS, catalog
from demo_archive.render import encode

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "data" / "demo"

README = """\
# Demo archive

This folder is the demo archive that photobook opens on first start: {n} pictures in `images/`, spread \
from 1980 to 2025 across the reigns of Hassan II and Mohammed VI and the book's themes (ports and \
logistics, renewable energy, infrastructure, industry, agriculture, tourism, technology, urban life, \
culture, diplomacy, the southern regions), with `catalog.json` in photobook's import format giving their \
dates, themes, places, status and captions in French, Arabic and English. None of them is a real \
photograph: every picture is an illustration painted procedurally by `tools/make_demo_archive.py` \
(Pillow and the standard library only, and deterministic: with the same Pillow build, running it again \
regenerates these files byte for byte), marked \
"DEMO · illustration" in a corner and in its embedded metadata; the captions describe the subjects \
they stand for, not the pictures' own history. Everything here — pictures, catalog and this text — is \
dedicated to the public domain under CC0 1.0 \
(https://creativecommons.org/publicdomain/zero/1.0/).
"""


def catalog_json() -> str:
    """catalog.json's text: UTF-8, pretty-printed, stable."""
    return json.dumps(catalog(), ensure_ascii=False, indent=2) + "\n"


def readme() -> str:
    return README.format(n=len(SPECS))


def spec_for(path: str) -> dict:
    for spec in SPECS:
        if spec["path"] == path:
            return spec
    raise KeyError(path)


def image_bytes(path: str) -> bytes:
    """One picture's file content, by its path under images/ (for tests and partial rebuilds)."""
    return encode(spec_for(path))


def _render(path: str) -> tuple[str, bytes]:
    return path, image_bytes(path)


def build(out: Path, only: Iterable[str] | None = None, jobs: int = 1, log=print) -> None:
    """Write images/, catalog.json and README.md under ``out``; stale pictures are removed."""
    images = out / "images"
    images.mkdir(parents=True, exist_ok=True)
    wanted = [s["path"] for s in SPECS]
    paths = list(only) if only else wanted
    if not only:
        keep = {str(images / p) for p in wanted}
        for f in sorted(images.rglob("*")):
            if f.is_file() and f.suffix.lower() in (".jpg", ".jpeg") and str(f) not in keep:
                f.unlink()
        for d in sorted((d for d in images.rglob("*") if d.is_dir()), key=lambda p: -len(p.parts)):
            if not any(d.iterdir()):
                d.rmdir()
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = pool.map(_render, paths)
            for path, data in results:
                _write(images / path, data)
                log(f"{len(data) // 1024:4d} KB  {path}")
    else:
        for path in paths:
            _, data = _render(path)
            _write(images / path, data)
            log(f"{len(data) // 1024:4d} KB  {path}")
    (out / "catalog.json").write_text(catalog_json(), encoding="utf-8")
    (out / "README.md").write_text(readme(), encoding="utf-8")


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write (default: data/demo)")
    ap.add_argument(
        "--only", nargs="+", metavar="PATH", help="render only these pictures (paths under images/)"
    )
    ap.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")
    args = ap.parse_args(argv)
    build(args.out, args.only, args.jobs)
    total = sum(f.stat().st_size for f in args.out.rglob("*") if f.is_file())
    print(f"{len(SPECS)} pictures, {total / 1e6:.2f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
