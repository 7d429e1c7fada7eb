"""A large catalog's timeline index (``summary_index``): summary rows weighted by the photographs
they stand for, photographs one each, and the undated ids kept apart in the order given; the same
index as one made of a row per undated photograph (how it was built before: 80,000 rows and
weights more at a million photographs, on the GUI thread for the first frame)."""

from __future__ import annotations

import random

from photobook.core.timeline_buckets import TimelineIndex, summary_index


def test_the_undated_are_kept_apart_as_given_and_the_rest_is_unchanged():
    rnd = random.Random(12)
    summary = []
    for k in range(200):
        start = 720000 + 40 * k
        summary.append(
            (1000 + k, start, start + rnd.choice((0, 30, 364)), rnd.choice((0, 1, 2)), rnd.randint(1, 9))
        )
    rows = [(5000 + k, 725000 + k, 725000 + k, 0) for k in range(30)]
    undated = sorted(rnd.sample(range(1, 900), 120))

    index = summary_index(summary, rows, undated)

    every = [(r[0], r[1], r[2], r[3]) for r in summary] + rows + [(u, None, None, False) for u in undated]
    weights = [r[4] for r in summary] + [1] * (len(rows) + len(undated))
    before = TimelineIndex(every, weights)
    assert index.undated == undated == before.undated
    assert (index.rows, index.weights, index.keys) == (before.rows, before.weights, before.keys)
    assert index.total == sum(r[4] for r in summary) + len(rows) + len(undated) == before.total
    assert index.histogram("year") == before.histogram("year")
