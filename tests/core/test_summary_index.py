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


def test_rows_of_the_same_middle_day_keep_the_order_given():
    """Intervals with the same middle (a day, a week around it, a month around it) and photographs
    read around them: in axis order, ties in the order given, as the general index orders them."""
    summary = [(10, 725010, 725010, 0, 3), (11, 725007, 725013, 1, 5), (12, 724995, 725025, 1, 2)]
    rows = [(20, 725010, 725010, False), (21, 725009, 725011, True), (22, 725000, 725000, False)]
    index = summary_index(summary, rows, [7, 3])
    before = TimelineIndex([r[:4] for r in summary] + rows, [r[4] for r in summary] + [1, 1, 1])
    assert [r[0] for r in index.rows] == [22, 10, 11, 12, 20, 21] == [r[0] for r in before.rows]
    assert (index.rows, index.weights, index.keys) == (before.rows, before.weights, before.keys)
    assert index.undated == [7, 3] and index.total == 3 + 5 + 2 + 3 + 2
