"""What lives as long as the process, kept out of the cyclic garbage collector's sight.

Importing the window's modules, SQLAlchemy and the models makes a few hundred thousand objects that
are never freed. Each full collection walks every one of them again: ~0.1 s of CPU here, holding
the interpreter's lock, so that a full collection started by a worker stalls the window as much as
one started on its own thread (issue 12: the longest stalls of the window's start). Made inside
:func:`long_lived`, they are frozen (:func:`gc.freeze`) once made: later collections walk only what
was made after them.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = [0]
_was_enabled = [True]


@contextmanager
def long_lived() -> Iterator[None]:
    """Within: no cyclic collection (what is made here stays; a collection would only walk it).
    On leaving the outermost one (threads may overlap): every object that exists is frozen out of
    the collector's sight and collection resumes as it was. Objects frozen are still freed when
    their last reference goes; only a cycle among them would stay."""
    with _lock:
        if _depth[0] == 0:
            _was_enabled[0] = gc.isenabled()
            gc.disable()
        _depth[0] += 1
    try:
        yield
    finally:
        with _lock:
            _depth[0] -= 1
            if _depth[0] == 0:
                gc.freeze()
                if _was_enabled[0]:
                    gc.enable()


#: The youngest generation's threshold in a window's process (Python's default: 700 allocations). A
#: theme filter at a million photographs makes ~30,000 objects (its summary rows, its index): at 700
#: that was ~30 young collections and, every third filter or so, a full one (~5 ms here, holding the
#: interpreter's lock), within the ~45 ms the filter takes. A young collection walks what was made
#: since the last one, so it costs about the same in all, fewer times; the full ones come ~14 times
#: more rarely.
WINDOW_YOUNG_THRESHOLD = 10_000


def collect_less_often() -> None:
    """Raise the youngest generation's threshold to :data:`WINDOW_YOUNG_THRESHOLD` (the older
    generations' ratios as they are): for a process that makes many objects that live for a while,
    the window's. Garbage without cycles is still freed at once (reference counting)."""
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(WINDOW_YOUNG_THRESHOLD, middle, old)


__all__ = ["collect_less_often", "long_lived"]
