"""What the window makes once at start (modules, widgets, SQLAlchemy) is frozen out of the cyclic
collector's sight, so that a full collection no longer walks it all again (issue 12: the longest
stalls of the window's start were such collections, ~0.1 s each at a million photographs)."""

from __future__ import annotations

import gc
import threading

import pytest

from photobook.core.long_lived import long_lived


@pytest.fixture(autouse=True)
def _thaw():
    was = gc.isenabled()
    yield
    gc.unfreeze()
    if was:
        gc.enable()


def test_what_is_made_inside_is_frozen_and_collection_resumes():
    gc.enable()
    before = gc.get_freeze_count()
    with long_lived():
        assert not gc.isenabled()  # no collection walks what is being made
        kept = [[i] for i in range(2000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(kept)


def test_a_collector_turned_off_before_stays_off():
    gc.disable()
    with long_lived():
        pass
    assert not gc.isenabled()


def test_overlapping_threads_resume_collection_only_when_the_last_one_leaves():
    gc.enable()
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with long_lived():
            inside.set()
            leave.wait(10)

    t = threading.Thread(target=other)
    with long_lived():
        t.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the other thread is still making what it keeps
    leave.set()
    t.join(10)
    assert gc.isenabled()


def test_the_window_collects_its_young_objects_less_often():
    """A theme filter at a million photographs makes ~30,000 objects: at Python's default threshold
    (700) ~30 young collections and, every third filter or so, a full one within the filter's time."""
    from photobook.core.long_lived import WINDOW_YOUNG_THRESHOLD, collect_less_often

    was = gc.get_threshold()
    try:
        collect_less_often()
        young, middle, old = gc.get_threshold()
        assert young == WINDOW_YOUNG_THRESHOLD >= 10 * 700
        assert (middle, old) == was[1:]
    finally:
        gc.set_threshold(*was)
