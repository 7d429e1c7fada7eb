"""XMP sidecars: ``IMG_0001.jpg.xmp`` (digiKam, darktable) and ``IMG_0001.xmp`` (Lightroom, Capture
One) beside an original. What a sidecar says overrides what the file embeds (the tool that wrote it
is the archivist's working copy); the original is never written.

A sidecar is as hostile as any file: it is opened non-blocking and only if it is a regular file,
never read past :data:`~photobook.indexer.embedded.MAX_XMP_BYTES`, and parsed by ``parse_xmp``
(defusedxml: no entities, no DTD). A refused sidecar costs a warning naming it, never the
photograph.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence

from photobook.core.reasons import Reason, ReasonCode, system_error
from photobook.db.storage import NotRegular, display_path, open_regular
from photobook.indexer.embedded import MAX_XMP_BYTES, Embedded, parse_xmp


def signature(parts: Sequence[tuple[str, int, int]]) -> str | None:
    """The sidecars' (name, size, mtime_ns) as the catalog keeps them (``photos.sidecar_sig``, a
    JSON list): one that changes, appears or goes is read again."""
    if not parts:
        return None
    return json.dumps([list(p) for p in parts], ensure_ascii=False, separators=(",", ":"))


def refused(name: str, cause: Reason) -> Reason:
    return Reason(ReasonCode.SIDECAR_REFUSED, {"sidecar": name, "cause": cause})


def read_sidecar(path: bytes, into: Embedded) -> tuple[str, int, int] | None:
    """Read one sidecar into ``into`` (filling what is still empty there). Returns its (name,
    size, mtime_ns), or None when there is no such file. Problems become warnings in ``into``."""
    name = display_path(os.path.basename(path))
    try:
        f, st = open_regular(path)
    except FileNotFoundError:
        return None
    except NotRegular as exc:
        into.warnings.append(refused(name, Reason(ReasonCode.FILE_NOT_REGULAR, {"kind": str(exc)})))
        return None
    except OSError as exc:
        into.warnings.append(refused(name, Reason(ReasonCode.FILE_UNREADABLE, system_error(exc))))
        return None
    with f:
        sig = (name, st.st_size, st.st_mtime_ns)
        if st.st_size > MAX_XMP_BYTES:
            too_large = Reason(ReasonCode.XMP_TOO_LARGE, {"megabytes": MAX_XMP_BYTES // (1024 * 1024)})
            into.warnings.append(refused(name, too_large))
            return sig
        try:
            data = f.read(MAX_XMP_BYTES + 1)  # it may have grown since the stat
        except OSError as exc:
            into.warnings.append(refused(name, Reason(ReasonCode.FILE_UNREADABLE, system_error(exc))))
            return sig
    before = len(into.warnings)
    parse_xmp(data, into)
    into.warnings[before:] = [refused(name, w) for w in into.warnings[before:]]
    return sig


def read_sidecars(paths: Sequence[bytes], into: Embedded) -> tuple[tuple[str, ...], str | None]:
    """Every sidecar of ``paths`` that exists, best first: (their names, their signature)."""
    found: list[tuple[str, int, int]] = []
    for path in paths:
        sig = read_sidecar(path, into)
        if sig is not None:
            found.append(sig)
    return tuple(n for n, _s, _m in found), signature(found)
