"""Walking a source folder safely: bytes paths, no following of links out of the source or around
loops, only regular files, every skipped entry with a reason."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field

from photobook.core.reasons import Reason, ReasonCode, system_error

#: The file names the indexer reads (here, not with the reading: the walk imports no Pillow)
SUPPORTED = (
    ".jpg",
    ".jpeg",
    ".jpe",
    ".jfif",
    ".png",
    ".tif",
    ".tiff",
    ".gif",
    ".webp",
    ".bmp",
    ".heic",
    ".heif",
)

_SUPPORTED_BYTES = tuple(ext.encode() for ext in SUPPORTED)
_SIDECAR = b".xmp"
SEP = os.sep.encode()


@dataclass(slots=True)
class Entry:
    rel: bytes  # path relative to the source, as the file system's bytes
    size: int
    mtime_ns: int


@dataclass
class WalkResult:
    files: list[Entry] = field(default_factory=list)
    sidecars: list[Entry] = field(default_factory=list)  # XMP sidecars (never catalogued alone)
    problems: list[tuple[bytes, Reason]] = field(default_factory=list)  # (rel, reason)
    cancelled: bool = False


def _inside(root_real: bytes, target: bytes) -> bool:
    try:
        return os.path.commonpath([root_real, target]) == root_real
    except ValueError:
        return False


def _link(root_real: bytes, entry: os.DirEntry[bytes], rel: bytes, out: WalkResult) -> None:
    """Symbolic links are never followed. One that stays inside the source points at something
    catalogued where it lies (following it would index it twice); one that leaves the source or
    loops is reported, so the archivist knows why its target is not in the catalog."""
    target = os.path.realpath(entry.path)
    try:
        os.stat(entry.path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            out.problems.append((rel, Reason(ReasonCode.LINK_LOOP)))
        elif entry.name.lower().endswith(_SUPPORTED_BYTES):
            out.problems.append((rel, Reason(ReasonCode.LINK_BROKEN)))
        return
    parent_real = os.path.realpath(os.path.dirname(entry.path))
    if _inside(target, parent_real):
        out.problems.append((rel, Reason(ReasonCode.LINK_LOOP_UP)))
    elif not _inside(root_real, target):
        out.problems.append((rel, Reason(ReasonCode.LINK_OUTSIDE)))


def walk(root: bytes, cancel: Callable[[], bool] | None = None) -> WalkResult:
    """Every image-named regular file under ``root`` with its size and mtime (and apart, every XMP
    sidecar's).

    Symbolic links are not followed (see :func:`_link`). FIFOs, devices and sockets are reported,
    never opened. Hidden entries (names starting with ".") are passed over silently.
    """
    out = WalkResult()
    root_real = os.path.realpath(root)
    visited: set[tuple[int, int]] = set()
    try:
        st = os.stat(root)
        visited.add((st.st_dev, st.st_ino))
    except OSError:
        pass
    stack: list[bytes] = [b""]
    checked = 0
    keep = out.files.append
    while stack:
        rel_dir = stack.pop()
        full_dir = root + SEP + rel_dir if rel_dir else root
        try:
            with os.scandir(full_dir) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            out.problems.append((rel_dir, Reason(ReasonCode.FOLDER_UNREADABLE, system_error(exc))))
            continue
        prefix = rel_dir + SEP if rel_dir else b""
        for entry in entries:
            checked += 1
            if cancel is not None and checked % 2048 == 0 and cancel():
                out.cancelled = True
                return out
            name = entry.name
            if name[:1] == b".":
                continue
            rel = prefix + name
            try:
                # the entry's type comes with the directory listing (d_type): a stat() system call
                # only for what is kept (image files: size and mtime) and for folders (loops)
                if entry.is_symlink():
                    _link(root_real, entry, rel, out)
                elif entry.is_file(follow_symlinks=False):
                    lower = name.lower()
                    if lower.endswith(_SUPPORTED_BYTES):
                        st = entry.stat(follow_symlinks=False)
                        keep(Entry(rel, st.st_size, st.st_mtime_ns))
                    elif lower.endswith(_SIDECAR):
                        st = entry.stat(follow_symlinks=False)
                        out.sidecars.append(Entry(rel, st.st_size, st.st_mtime_ns))
                elif entry.is_dir(follow_symlinks=False):
                    st = entry.stat(follow_symlinks=False)
                    key = (st.st_dev, st.st_ino)
                    if key in visited:  # a bind mount or hard-linked folder seen before
                        out.problems.append((rel, Reason(ReasonCode.FOLDER_VISITED)))
                        continue
                    visited.add(key)
                    stack.append(rel)
                else:
                    mode = entry.stat(follow_symlinks=False).st_mode
                    kind = (
                        "fifo"
                        if stat.S_ISFIFO(mode)
                        else "socket"
                        if stat.S_ISSOCK(mode)
                        else "device"
                        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                        else "other"
                    )
                    out.problems.append((rel, Reason(ReasonCode.ENTRY_NOT_REGULAR, {"kind": kind})))
            except OSError as exc:
                out.problems.append((rel, Reason(ReasonCode.ENTRY_UNREADABLE, system_error(exc))))
    return out
