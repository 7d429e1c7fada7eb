"""Near-duplicate lookup: the multi-index hash finds exactly the pairs that all-pairs finds, and
groups join copies of copies; the default distance is the one the near-copies need."""

from __future__ import annotations

import random

import pytest

from photobook.core.duplicates import (
    DEFAULT_DISTANCE,
    groups,
    hamming,
    near_pairs,
    to_signed,
    to_unsigned,
)


def _planted(n: int, seed: int) -> list[int]:
    rnd = random.Random(seed)
    hashes = [rnd.getrandbits(64) for _ in range(n)]
    for k in range(0, n // 4):  # near-copies at every distance from 0 to 14
        src = rnd.randrange(n)
        v = hashes[src]
        for bit in rnd.sample(range(64), rnd.randint(0, 14)):
            v ^= 1 << bit
        hashes[rnd.randrange(n)] = v if k % 7 else hashes[src]
    return hashes


@pytest.mark.parametrize("distance", [0, 1, 4, 6, 8, 9, 10, 12])
def test_the_lookup_finds_exactly_the_pairs_all_pairs_finds(distance):
    hashes = _planted(700, seed=distance)
    brute = {
        (i, j)
        for i in range(len(hashes))
        for j in range(i + 1, len(hashes))
        if hamming(hashes[i], hashes[j]) <= distance
    }
    assert brute, "the planted copies make pairs at this distance"
    for blocks in (None, 3, 4, 5, 7):  # None: all pairs at this size
        found = {tuple(p) for p in near_pairs(hashes, distance, blocks).tolist()}
        assert found == brute, blocks


def test_signed_storage_round_trips_every_bit():
    for v in (0, 1, (1 << 63) - 1, 1 << 63, (1 << 64) - 1, 0xDEADBEEFCAFEF00D):
        s = to_signed(v)
        assert -(1 << 63) <= s < (1 << 63)
        assert to_unsigned(s) == v


def test_groups_join_copies_of_copies_and_leave_singletons_out():
    assert groups([(5, 9), (9, 12), (1, 2), (3, 3)]) == [[5, 9, 12], [1, 2]]
    assert groups([]) == []


def test_near_copies_are_within_the_default_distance_and_other_photographs_are_not():
    """The default distance, chosen here on photographs drawn by tests/near_copies.py: for 12
    harbours, a scan at half the resolution, a centred crop of 3 % and a re-save at quality 60
    are within it of the original's thumbnail; another photograph of a harbour drawn the same way
    is at least twice as far."""
    import io

    from PIL import Image

    from photobook.indexer.phash import perceptual_hash
    from photobook.indexer.thumbs import make_thumbnail
    from tests.near_copies import variants

    def phash(img):
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=img.info.get("quality", 92))
        data, _w, _h = make_thumbnail(Image.open(io.BytesIO(buf.getvalue())), 1)
        return to_unsigned(perceptual_hash(data))

    far = []
    for seed in range(1, 13):
        v = variants(seed, 1000 + seed)
        base = phash(v["original"][0])
        for name in ("half", "crop", "q60"):
            assert hamming(base, phash(v[name][0])) <= DEFAULT_DISTANCE, (seed, name)
        far.append(hamming(base, phash(v["other"][0])))
    assert min(far) >= 2 * DEFAULT_DISTANCE
