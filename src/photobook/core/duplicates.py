"""Near-duplicate lookup over 64-bit perceptual hashes, and grouping into sets of duplicates.

Lookup is a multi-index hash (Norouzi, Punjani & Fleet, "Fast search in Hamming space with
multi-index hashing", CVPR 2012), not all pairs: the 64 bits are cut into ``m`` blocks; two hashes
within Hamming distance ``d`` agree within ``d // m`` bits on at least one block (pigeonhole). For
each block, every photograph's block value, flipped in at most ``d // m`` bits, is looked up in a
dense table of the block values (a counting sort, in numpy), and only the pairs found that way are
checked on all 64 bits. At 100,000 hashes and the default distance this is ~10⁶ candidate pairs
instead of 5·10⁹.

Hashes are stored signed (a SQL BIGINT); :func:`to_signed` and :func:`to_unsigned` convert.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from math import comb
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

#: Near duplicates: perceptual hashes at most this many bits apart. Chosen by
#: tests/core/test_duplicates.py and tests/indexer/test_perceptual_hash.py on generated
#: near-copies: a scan at half the resolution, a re-saved JPEG at quality 60 and 30 are 0–2 bits
#: from the original, a crop of 3 % up to 8; a different photograph of the same harbour, drawn the
#: same way, is 16 or more bits away.
DEFAULT_DISTANCE = 8
MAX_DISTANCE = 16

_BITS = 64
SMALL = 1500  # up to this many hashes, all pairs (~1 million) are compared directly


def to_signed(value: int) -> int:
    """An unsigned 64-bit hash as the signed integer a BIGINT column holds."""
    return value - (1 << 64) if value >= 1 << 63 else value


def to_unsigned(value: int) -> int:
    return value + (1 << 64) if value < 0 else value


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


def _blocks(distance: int, m: int) -> list[tuple[int, int, int]]:
    """(shift, width, radius) of each of ``m`` blocks. With ``distance = r·m + a`` (a < m), two
    hashes that close are within ``r`` bits on one of the first ``a + 1`` blocks or within ``r - 1``
    on one of the others (else they would differ in (a+1)(r+1) + (m-a-1)r > distance bits)."""
    r, a = divmod(distance, m)
    widths = [_BITS // m + (1 if i < _BITS % m else 0) for i in range(m)]
    out, shift = [], 0
    for i, w in enumerate(widths):
        radius = r if i <= a else r - 1
        if radius >= 0:
            out.append((shift, w, radius))
        shift += w
    return out


def _probes(width: int, radius: int) -> int:
    return sum(comb(width, k) for k in range(radius + 1))


def _block_count(n: int, distance: int) -> int:
    """The number of blocks that makes the lookup cheapest for ``n`` hashes: each probe costs a
    pass over the n block values, and brings ~n²/2^width candidate pairs to check."""

    def cost(m: int) -> float:
        return sum(_probes(w, r) * (n + 2.5 * n * n / (1 << w)) for _s, w, r in _blocks(distance, m))

    return min(range(3, 8), key=cost)  # 3 blocks at least: a table of 2^22 buckets at most


def _masks(width: int, radius: int) -> Iterator[int]:
    for r in range(radius + 1):
        for bits in combinations(range(width), r):
            mask = 0
            for b in bits:
                mask |= 1 << b
            yield mask


def near_pairs(
    hashes: Sequence[int] | npt.NDArray[np.uint64], distance: int, blocks: int | None = None
) -> npt.NDArray[np.int64]:
    """Every pair of positions (i < j) whose hashes are at most ``distance`` bits apart, as an
    (n, 2) array in no particular order. Exact for any distance (a multi-index lookup, then each
    candidate checked on all 64 bits)."""
    import numpy as np

    if distance < 0:
        raise ValueError("distance must be ≥ 0")
    if blocks is not None and not 3 <= blocks <= 16:
        raise ValueError("blocks: 3 to 16 (a block's table has 2^width buckets)")
    h = (
        np.asarray(hashes, dtype=np.uint64)
        if not isinstance(hashes, np.ndarray)
        else hashes.astype(np.uint64)
    )
    n = len(h)
    found: list[npt.NDArray[np.int64]] = []
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    if n <= SMALL and blocks is None:  # a few thousand: all pairs at once costs less than the tables
        i, j = np.triu_indices(n, k=1)
        close = np.bitwise_count(h[i] ^ h[j]) <= distance
        return np.stack([i[close], j[close]], axis=1).astype(np.int64)
    for shift, width, radius in _blocks(distance, blocks or _block_count(n, distance)):
        keys = ((h >> np.uint64(shift)) & np.uint64((1 << width) - 1)).astype(np.int32)
        order = np.argsort(keys, kind="stable").astype(np.int32)
        counts = np.bincount(keys, minlength=1 << width).astype(np.int32)
        starts = np.cumsum(counts, dtype=np.int32) - counts
        occupied = (counts > 0).view(np.uint8)  # 1 byte a bucket: the table most probes touch
        # a pair whose block values differ by a mask is found once, from the side whose value has
        # the mask's highest bit clear: only those (half) probe with that mask
        sides = [np.flatnonzero((keys & np.int32(1 << b)) == 0).astype(np.int32) for b in range(width)]
        side_keys = [keys[side] for side in sides]
        for mask in _masks(width, radius):
            if mask:
                top = mask.bit_length() - 1
                at, probe = sides[top], side_keys[top] ^ np.int32(mask)
            else:
                at, probe = None, keys
            hit = np.flatnonzero(np.take(occupied, probe))  # few: most probes find an empty bucket
            if len(hit) == 0:
                continue
            bucket = probe[hit]
            count, lo = counts[bucket], starts[bucket]
            total = int(count.sum())
            qi: npt.NDArray[np.int64] = np.repeat(hit if at is None else at[hit], count).astype(np.int64)
            first = np.repeat(lo - (np.cumsum(count) - count), count)
            cj: npt.NDArray[np.int64] = order[first + np.arange(total)].astype(np.int64)
            if at is None:  # the bucket itself: each pair twice, and each hash with itself
                keep = qi < cj
                qi, cj = qi[keep], cj[keep]
            close = np.bitwise_count(h[qi] ^ h[cj]) <= distance
            if close.any():
                a, b = qi[close], cj[close]
                found.append(np.stack([np.minimum(a, b), np.maximum(a, b)], axis=1).astype(np.int64))
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(found)
    return np.unique(pairs, axis=0)


def groups(edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected groups of the items joined by ``edges`` (union-find), each sorted, largest
    first, then by their first item."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    by_root: dict[int, list[int]] = {}
    for x in parent:
        by_root.setdefault(find(x), []).append(x)
    out = [sorted(g) for g in by_root.values() if len(g) > 1]
    out.sort(key=lambda g: (-len(g), g[0]))
    return out


@dataclass(frozen=True, slots=True)
class DuplicateMember:
    """One photograph of a group: its id, how far it is from the group's first photograph (bits of
    perceptual hash, 0 for the same bytes; None: no hash to compare), and ``same_file``: another
    photograph of the group has the very same bytes (content hash)."""

    photo_id: int
    distance: int | None
    same_file: bool


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Photographs that are copies of one another: ``exact`` when every one has the same content."""

    members: tuple[DuplicateMember, ...]
    exact: bool

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(m.photo_id for m in self.members)

    @property
    def kind(self) -> str:
        return "exact" if self.exact else "near"
