"""Perceptual hashes of thumbnails, for near-duplicate lookup (core.duplicates).

imagehash's DCT hash (``phash``: the 8×8 lowest frequencies of a 32×32 greyscale copy, each bit
above or below their median) of the thumbnail the indexer makes: a scan at another resolution, a
re-saved JPEG or a crop of a few percent changes a few of its 64 bits; another photograph changes
about half. Computed in the indexer's worker processes, from the thumbnail's JPEG bytes, so that a
catalog made before the hashes existed gets the same hash from its thumbnail cache
(``services.duplicates.fill_missing``, ``photobook duplicates --compute``).

Nothing here imports the catalog's modules: every worker process imports this one, and SQLAlchemy
with the models would add ~0.3 s of start-up to each (measured at 24 MP: ``photobook bench --only
vips``).
"""

from __future__ import annotations

import io

from PIL import Image

from photobook.core.duplicates import to_signed


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
