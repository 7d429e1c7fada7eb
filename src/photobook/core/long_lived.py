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


__all__ = ["long_lived"]
