"""Perceptual hashes of thumbnails, for near-duplicate lookup (core.duplicates).

The DCT hash of imagehash (``imagehash.phash``: the 8×8 lowest frequencies of a 32×32 greyscale
copy, each bit above or below their median) of the thumbnail the indexer makes: a scan at another
resolution, a re-saved JPEG or a crop of a few percent changes a few of its 64 bits; another
photograph changes about half. Computed in the indexer's worker processes, from the thumbnail's JPEG
bytes, so that a catalog made before the hashes existed gets the same hash from its thumbnail cache
(``services.duplicates.fill_missing``, ``photobook duplicates --compute``).

The same bits as imagehash's (``tests/indexer/test_perceptual_hash.py`` compares them on
photographs), computed with numpy alone: imagehash takes its DCT from scipy, whose import costs
every worker process ~0.2 s of start-up and the install 120 MB; the 8×32 rows of the DCT matrix
that the hash keeps are a 2 KB constant. Nothing here imports the catalog's modules either (SQLAlchemy
with the models would add ~0.3 s to each worker: ``photobook bench --only vips``).
"""

from __future__ import annotations

import functools
import io
from typing import Any

from PIL import Image

from photobook.core.duplicates import to_signed

_SIDE = 32  # the greyscale copy's side
_KEPT = 8  # the lowest frequencies kept on each axis: 8 × 8 = 64 bits


@functools.cache
def dct() -> Any:
    """The first rows of scipy.fftpack's (unnormalised) DCT-II as a matrix:
    (DCT @ x)[k] = 2 Σₙ x[n] cos(π k (2n + 1) / 2N).

    numpy is imported here, on the first hash, not with this module: the indexing process imports
    the worker's modules (the names of the tasks it hands over) but never hashes; numpy's import
    (~0.1 s) is then the worker processes' alone, made while they start (``worker.init_worker``)."""
    import numpy as np

    n = np.arange(_SIDE)
    return 2 * np.cos(np.pi * n[:_KEPT, None] * (2 * n[None, :] + 1) / (2 * _SIDE))


def perceptual_hash(thumbnail: bytes) -> int | None:
    """The signed 64-bit phash of a thumbnail's bytes; None if they cannot be decoded."""
    import numpy as np

    try:
        with Image.open(io.BytesIO(thumbnail)) as img:
            small = img.convert("L").resize((_SIDE, _SIDE), Image.Resampling.LANCZOS)
    except (OSError, ValueError, SyntaxError):
        return None
    matrix = dct()
    low = matrix @ np.asarray(small, dtype=np.float64) @ matrix.T  # along the columns, then the rows
    value = 0
    for bit in (low > np.median(low)).flatten():
        value = (value << 1) | int(bit)
    return to_signed(value)
