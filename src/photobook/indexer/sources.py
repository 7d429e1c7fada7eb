"""Source folders: one record per folder tree, whatever folder inside it is indexed.

Indexing a folder inside a known source catalogues it as part of that source (the same file is never
catalogued twice under two sources); indexing a folder that contains known sources absorbs them,
their photographs keeping their records. Paths are file-system bytes (names need not be UTF-8).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from photobook.db import queries, queries_sources
from photobook.db.storage import source_bytes

SEP = os.sep.encode()


@dataclass(frozen=True)
class Place:
    """Where an indexed folder sits: its source and the prefix of its files' paths in that source."""

    source_id: int
    root: bytes  # the source folder
    prefix: bytes  # b"" for the source itself, else b"sub/folder/"


def _inside(child: bytes, parent: bytes) -> bool:
    return child.startswith(parent.rstrip(SEP) + SEP)


def resolve(session: Session, folder: Path) -> Place:
    """The source that ``folder`` belongs to, creating it (and absorbing sources inside it)."""
    root = os.fsencode(folder)
    sources = queries.sources(session)
    for s in sources:
        sb = source_bytes(s)
        if sb == root:
            queries_sources.keep_path_bytes(s, root)
            return Place(s.id, root, b"")
        if _inside(root, sb):
            return Place(s.id, sb, root[len(sb.rstrip(SEP)) + 1 :] + SEP)
    new_id = queries_sources.add_source(session, root)
    for s in sources:
        sb = source_bytes(s)
        if _inside(sb, root):  # a nested source: its photographs and problems move into this one
            queries_sources.absorb_source(session, s.id, new_id, sb[len(root.rstrip(SEP)) + 1 :] + SEP)
    return Place(new_id, root, b"")


def normalise_roots(folders: list[Path]) -> list[Path]:
    """Resolved, without duplicates, and without folders inside another one of the same run."""
    resolved = list(dict.fromkeys(f.resolve() for f in folders))
    out = []
    for f in resolved:
        fb = os.fsencode(f)
        if not any(_inside(fb, os.fsencode(g)) for g in resolved if g != f):
            out.append(f)
    return out
