"""Perceptual hashes of thumbnails, for near-duplicate lookup (core.duplicates).

imagehash's DCT hash (``phash``: the 8×8 lowest frequencies of a 32×32 greyscale copy, each bit
above or below their median) of the thumbnail the indexer makes: a scan at another resolution, a
re-saved JPEG or a crop of a few percent changes a few of its 64 bits; another photograph changes
about half. Computed in the indexer's worker processes, from the thumbnail's JPEG bytes, so that a
catalog made before the hashes existed gets the same hash from its thumbnail cache
(:func:`fill_missing`, ``photobook duplicates --compute``).
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable

from PIL import Image

from photobook.core.duplicates import to_signed
from photobook.db import queries
from photobook.db.engine import Library
from photobook.db.storage import open_cache


def perceptual_hash(thumbnail: bytes) -> int | None:
    """The signed 64-bit phash of a thumbnail's bytes; None if they cannot be decoded."""
    import imagehash

    try:
        with Image.open(io.BytesIO(thumbnail)) as img:
            img.load()
            bits = imagehash.phash(img).hash.flatten()
    except (OSError, ValueError, SyntaxError):
        return None
    value = 0
    for bit in bits:
        value = (value << 1) | int(bit)
    return to_signed(value)


def fill_missing(
    lib: Library,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> tuple[int, int]:
    """Perceptual hashes for the photographs that have none, from their cached thumbnails (a
    catalog made before the hashes existed). Returns (filled, still without: no thumbnail yet)."""
    with lib.Session() as session, session.begin():
        queries.copy_phashes_within_content(session)
    with lib.Session() as session:
        todo = queries.content_hashes_without_phash(session)
    store = open_cache(lib)
    filled = lacking = 0
    found: list[tuple[str, int]] = []
    last = time.perf_counter()
    try:
        for done, digest in enumerate(todo, 1):
            data = store.get(digest)
            value = perceptual_hash(data) if data else None
            if value is None:
                lacking += 1
            else:
                found.append((digest, value))
            if len(found) >= 500 or done == len(todo) or (cancel is not None and cancel()):
                with lib.Session() as session, session.begin():
                    filled += queries.set_phashes(session, found)
                found = []
                if cancel is not None and cancel():
                    break
            if progress is not None and (done == len(todo) or time.perf_counter() - last > 0.2):
                progress(done, len(todo))
                last = time.perf_counter()
    finally:
        store.close()
    return filled, lacking
