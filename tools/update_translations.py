#!/usr/bin/env python3
"""Regenerate the interface translations: ``lupdate`` collects the ``tr()`` strings of
``src/photobook/ui`` into ``resources/i18n/photobook_{fr,ar,en}.ts`` (keeping what translators have
already written), then ``lrelease`` compiles them to the ``.qm`` files the application loads.

The .qm files are committed, so that running photobook needs no Qt tool. Translate with Qt
Linguist (``pyside6-linguist resources/i18n/photobook_ar.ts``) or any .ts editor, then run this
script again. ``--check`` fails when a French or Arabic string is left untranslated.

    python tools/update_translations.py [--no-update] [--check]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "photobook" / "ui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"fr": "fr_FR", "ar": "ar", "en": "en_GB"}
MUST_BE_COMPLETE = ("fr", "ar")


def find_tool(name: str) -> str:
    """``pyside6-<name>`` on PATH or beside this Python, else the binary inside the PySide6 wheel."""
    for cand in (f"pyside6-{name}", name):
        found = shutil.which(cand) or shutil.which(cand, path=str(Path(sys.executable).parent))
        if found:
            return found
    try:
        import PySide6
    except ImportError:
        sys.exit("PySide6 is not installed: pip install PySide6-Essentials")
    base = Path(PySide6.__file__).parent
    for cand in (base / name, base / "Qt" / "libexec" / name, base / f"{name}.exe"):
        if cand.exists():
            return str(cand)
    sys.exit(f"cannot find {name} (pyside6-{name})")


def sources() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def update() -> None:
    lupdate = find_tool("lupdate")
    files = [str(p) for p in sources()]
    for lang, locale in LANGUAGES.items():
        ts = I18N / f"photobook_{lang}.ts"
        cmd = [
            lupdate,
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            locale,
            *files,
            "-ts",
            str(ts),
        ]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def release() -> None:
    lrelease = find_tool("lrelease")
    for lang in LANGUAGES:
        ts = I18N / f"photobook_{lang}.ts"
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def unfinished(lang: str) -> list[str]:
    tree = ET.parse(I18N / f"photobook_{lang}.ts")
    out = []
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        source = msg.findtext("source") or ""
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            out.append(source)
            continue
        forms = tr.findall("numerusform")
        if (forms and not all((f.text or "").strip() for f in forms)) or (
            not forms and not (tr.text or "").strip()
        ):
            out.append(source)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-update", action="store_true", help="only compile the .ts files")
    ap.add_argument("--check", action="store_true", help="fail if fr or ar has untranslated strings")
    args = ap.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    if not args.no_update:
        update()
    release()
    missing = {lang: unfinished(lang) for lang in MUST_BE_COMPLETE}
    for lang, items in missing.items():
        for s in items:
            print(f"{lang}: untranslated: {s!r}", file=sys.stderr)
    return 1 if args.check and any(missing.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
