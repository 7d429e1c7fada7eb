"""The first photographs of a new library read while the catalog opens.

``photobook index`` into a library that has no catalog yet spends its first second on its own:
importing SQLAlchemy, Alembic and the models, creating the catalog, walking the folders. Every
file it will find is new, so the worker processes can start at once and read the first files
(metadata, thumbnail and perceptual hash, one open each) in the meantime. :func:`index_paths`
then takes those results instead of reading the files again: one whose path, display path,
sidecars, size or modification time differ from what its own walk found is simply read again.

Nothing here imports SQLAlchemy or the catalog's modules (that import is what this overlaps), nor
Pillow and numpy: the worker processes import those while this one imports the catalog's.
"""

from __future__ import annotations

import concurrent.futures as cf
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from photobook.indexer.runner import Runner
from photobook.indexer.walk import walk

if TYPE_CHECKING:
    from photobook.core.records import FileMeta

#: At most this many files are read ahead (a bound on the results held: ~20 KB each); in
#: practice the catalog is open long before: reading ahead stops as soon as it is.
LIMIT = 2000
#: Fewer files than this: no worker processes for them (see scan.THUMBS_IN_PROCESS_BELOW).
AT_LEAST = 8

Result = tuple["FileMeta", dict[str, Any] | None]


def _task(path: bytes, rel: str) -> Result:
    """A new file's metadata and thumbnail, in a worker process."""
    from photobook.indexer import worker

    return worker.ahead_task(path, rel)


class Ahead:
    """Worker processes started, and the first files handed to them, before the catalog opens.

    A feeding thread keeps each worker two files ahead until :meth:`stop`; the results wait,
    by path, for :func:`photobook.indexer.scan.index_paths` to take them."""

    def __init__(self, runner: Runner, items: list[tuple[bytes, bytes]]) -> None:
        self.runner = runner
        self._items = items  # (path, path within the folder given)
        self._futures: dict[bytes, tuple[bytes, cf.Future[Result]]] = {}
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._feed, name="photobook-ahead", daemon=True)
        self._thread.start()

    def _feed(self) -> None:
        pool = self.runner.pool
        assert pool is not None
        in_flight: set[cf.Future[Result]] = set()
        for path, rel in self._items:
            while len(in_flight) >= 2 * self.runner.workers and not self._stopped.is_set():
                _done, in_flight = cf.wait(in_flight, timeout=0.1, return_when=cf.FIRST_COMPLETED)
            with self._lock:
                if self._stopped.is_set():
                    return
                try:
                    fut = pool.submit(_task, path, rel.decode("utf-8", "replace"))
                except RuntimeError:  # the pool was shut down (an error, Ctrl-C)
                    return
                self._futures[path] = (rel, fut)
            in_flight.add(fut)

    def stop(self) -> None:
        """No more files read ahead; those already handed over are still taken."""
        with self._lock:
            self._stopped.set()
        self._thread.join()

    def has(self, path: bytes) -> bool:
        return path in self._futures

    def done(self, path: bytes) -> bool:
        found = self._futures.get(path)
        return found is None or found[1].done()

    def wait(self, path: bytes) -> None:
        found = self._futures.get(path)
        if found is not None:
            cf.wait([found[1]])

    def _result(self, path: bytes) -> tuple[bytes, Result] | None:
        found = self._futures.get(path)
        if found is None:
            return None
        try:
            return found[0], found[1].result()
        except Exception:  # a worker that died: the usual way says why
            return None

    def meta(
        self, path: bytes, rel: str, sidecars: tuple[bytes, ...], size: int, mtime_ns: int
    ) -> FileMeta | None:
        """The metadata of the file at ``path`` (waiting for it if it is being read), if it was read
        ahead as the indexer reads it now (``rel``: its display path in its source); otherwise None
        (read it the usual way)."""
        from photobook.core.records import PhotoMeta

        found = self._result(path)
        if found is None or found[0].decode("utf-8", "replace") != rel or sidecars:
            return None
        meta = found[1][0]
        if isinstance(meta, PhotoMeta) and (meta.size != size or meta.mtime_ns != mtime_ns):
            return None  # changed in between
        return meta

    def thumbnail(self, path: bytes, digest: str, orientation: int) -> dict[str, Any] | None:
        """The thumbnail made ahead of the file at ``path``, if it was made of the content ``digest``
        turned by ``orientation``; otherwise None (make it the usual way)."""
        from photobook.core.records import PhotoMeta

        found = self._result(path)
        if found is None:
            return None
        meta, thumb = found[1]
        if not isinstance(meta, PhotoMeta) or meta.content_hash != digest or meta.orientation != orientation:
            return None
        return thumb

    def close(self) -> None:
        """Stop, drop the results, end the worker processes."""
        self.stop()
        self._futures.clear()
        self.runner.__exit__(None, None, None)


def start(folders: Sequence[Path], workers: int | None) -> Ahead | None:
    """Start the worker processes and read the first files of ``folders`` ahead, for an index into
    a new library; None when there are too few files for worker processes (or ``workers == 0``)."""
    if workers == 0:
        return None
    items: list[tuple[bytes, bytes]] = []
    for folder in dict.fromkeys(f.expanduser().resolve() for f in folders):
        if not folder.is_dir():
            continue
        root = os.fsencode(folder)
        for e in walk(root).files:
            items.append((os.path.join(root, e.rel), e.rel))
            if len(items) >= LIMIT:
                break
        if len(items) >= LIMIT:
            break
    if len(items) < AT_LEAST:
        return None
    runner = Runner(workers, in_process=False).__enter__()
    # every worker started from this thread: a worker ends when the thread that started it does
    # (PR_SET_PDEATHSIG follows the thread), and the feeding thread ends first
    runner.start()
    return Ahead(runner, items)
