"""What the exporters for other tools (XMP sidecars, IIIF) share: the photographs of a filter, read
chunk by chunk; the theme tree with its labels; a progress and cancel state; files written whole
(a temporary name, then a rename) and never inside a source folder (originals are only read).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from photobook.core.languages import LANGUAGES
from photobook.core.languages import fallback as fallback_order
from photobook.core.records import PhotoRecord
from photobook.db import queries
from photobook.db.engine import Library

CHUNK = 400  # records read at a time: memory stays flat on a large archive


class ExportError(ValueError):
    """An export that cannot be made (a destination inside a source folder, a bad base URL…): one
    line for the user."""


class Cancelled(Exception):
    """The user stopped the export; the files already written are whole."""


@dataclass
class ExportState:
    """Progress, status and a cancel check for a long export (the CLI draws it with rich; a
    window would poll it). ``on_progress(done, total, status)`` is called after each photograph."""

    total: int = 0
    done: int = 0
    status: str = ""
    cancel: Callable[[], bool] = field(default=lambda: False)
    on_progress: Callable[[int, int, str], None] | None = None

    def step(self, status: str = "") -> None:
        self.done += 1
        self.status = status
        if self.on_progress is not None:
            self.on_progress(self.done, self.total, status)

    def check(self) -> None:
        if self.cancel():
            raise Cancelled


@dataclass(frozen=True, slots=True)
class ThemeInfo:
    slug: str
    parent: str | None
    labels: dict[str, str]

    def label(self, lang: str) -> str:
        for cand in fallback_order(lang):
            if self.labels.get(cand):
                return self.labels[cand]
        return self.slug


class ThemeTree:
    """The vocabulary of themes, by slug, with each theme's path from the root."""

    def __init__(self, rows: Sequence[tuple[str, str | None, dict[str, str]]]) -> None:
        self.by_slug = {slug: ThemeInfo(slug, parent, labels) for slug, parent, labels in rows}
        self.order = [slug for slug, _p, _l in rows]

    def path(self, slug: str) -> list[ThemeInfo]:
        """The theme and its ancestors, root first (a cycle in a damaged catalog stops the walk)."""
        out: list[ThemeInfo] = []
        seen: set[str] = set()
        cur: str | None = slug
        while cur is not None and cur in self.by_slug and cur not in seen:
            seen.add(cur)
            out.append(self.by_slug[cur])
            cur = self.by_slug[cur].parent
        return out[::-1]

    def labels(self, slug: str) -> dict[str, str]:
        """{lang: label} in each of the three languages (the fallback where one is missing)."""
        info = self.by_slug.get(slug)
        return {lang: info.label(lang) if info else slug for lang in LANGUAGES}


def theme_tree(lib: Library) -> ThemeTree:
    with lib.Session() as s:
        return ThemeTree(queries.theme_tree(s))


def selected_ids(lib: Library, f: queries.PhotoFilter, limit: int | None = None) -> list[int]:
    with lib.Session() as s:
        return queries.photo_ids(s, f, limit=limit)


@dataclass(frozen=True, slots=True)
class Original:
    """Where a photograph's original is: its source folder and its path in it (bytes)."""

    source_id: int
    root: bytes
    rel: bytes

    @property
    def path(self) -> bytes:
        return os.path.join(self.root, self.rel)


def records_with_originals(lib: Library, ids: Sequence[int]) -> Iterator[tuple[PhotoRecord, Original]]:
    """(record, original) for ``ids`` in order, read ``CHUNK`` at a time, one session per chunk."""
    with lib.Session() as s:
        roots = queries.source_roots(s)
    for start in range(0, len(ids), CHUNK):
        part = list(ids[start : start + CHUNK])
        with lib.Session() as s:
            records = queries.photo_records(s, part)
            paths = queries.export_paths(s, part)
        for r in records:
            if r.id in paths:  # not removed between the two queries
                sid, rel = paths[r.id]
                yield r, Original(sid, roots.get(sid, b""), rel)


# --- writing files ---------------------------------------------------------------------------------


def _real(path: bytes) -> bytes:
    return os.path.realpath(path)


def _inside(path: bytes, folder: bytes) -> bool:
    folder = folder.rstrip(b"/") or b"/"
    return path == folder or path.startswith(folder + b"/") or folder == b"/"


class Destination:
    """The export folder. Every file is written under it, whole, and never in a source folder: a
    destination inside a source (or a link in it that leads into one) is refused before anything is
    written there."""

    def __init__(self, out: bytes | str | os.PathLike[str], lib: Library) -> None:
        self.root = os.fsencode(out)
        with lib.Session() as s:
            self.sources = [_real(root) for root in queries.source_roots(s).values() if root]
        self.check_folder(self.root)  # before it is made: a refused OUT is not even created
        os.makedirs(self.root, exist_ok=True)
        self._checked: set[bytes] = set()

    def check_folder(self, folder: bytes) -> None:
        real = _real(folder)
        for src in self.sources:
            if _inside(real, src):
                raise ExportError(
                    f"{os.fsdecode(folder)} is inside the source folder {os.fsdecode(src)}: "
                    "photobook never writes among the originals; choose another folder"
                )

    def target(self, *parts: bytes) -> bytes:
        """OUT/parts…, refusing a part that would climb out of OUT."""
        for part in parts:
            if part.startswith(b"/") or b".." in part.split(b"/"):
                raise ExportError(f"refused path {os.fsdecode(part)!r}: it leads out of the export folder")
        return os.path.join(self.root, *parts)

    def write(self, path: bytes, data: bytes) -> None:
        """``data`` at ``path``, whole: written to ``path.part`` then renamed over it, so an export
        stopped at any moment leaves whole files and no half-written one."""
        folder = os.path.dirname(path)
        if folder not in self._checked:
            os.makedirs(folder, exist_ok=True)
            self.check_folder(folder)
            self._checked.add(folder)
        tmp = path + b".part"
        try:
            with open(tmp, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry (control characters, lone surrogates)."""
    return _NOT_XML.sub("", text)
