"""Per-file work in worker processes (or in this process for small jobs), results as they come."""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

CancelFn = Callable[[], bool]


def _init_worker() -> None:
    # the worker's modules (Pillow, numpy, exifread) imported in the worker process, not here:
    # the pool can start before the indexing process has imported them itself (indexer.ahead)
    from photobook.indexer import worker

    worker.init_worker()


class Runner:
    """Runs a task function over chunks in worker processes (or in-process for small jobs),
    yielding results as they complete, with a bounded number in flight and a cancel check."""

    def __init__(self, workers: int | None, in_process: bool) -> None:
        self.in_process = in_process
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.pool: cf.ProcessPoolExecutor | None = None

    def __enter__(self) -> Runner:
        if not self.in_process:
            # spawn, not fork: the GUI calls us from a thread, and forking a threaded Qt process is unsafe
            ctx = multiprocessing.get_context("spawn")
            self.pool = cf.ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker)
        else:
            from photobook.indexer import worker

            worker.setup_pillow()
        return self

    def start(self) -> None:
        """Start every worker process now (they start on first use otherwise): a fresh interpreter
        importing Pillow takes ~0.15 s, which can overlap other work."""
        if self.pool is not None:
            for _ in range(self.workers):
                self.pool.submit(os.getpid)

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def run(
        self, fn: Callable[[Any], list[Any]], chunks: Iterable[Any], cancel: CancelFn | None
    ) -> Iterator[Any]:
        if self.pool is None:
            for chunk in chunks:
                if cancel is not None and cancel():
                    return
                yield from fn(chunk)
            return
        it = iter(chunks)
        pending: set[cf.Future[list[Any]]] = set()
        order: dict[cf.Future[list[Any]], int] = {}
        seq = 0
        exhausted = False
        while True:
            while not exhausted and len(pending) < self.workers * 3:
                try:
                    chunk = next(it)
                except StopIteration:
                    exhausted = True
                    break
                fut = self.pool.submit(fn, chunk)
                pending.add(fut)
                order[fut] = seq
                seq += 1
            if not pending:
                return
            done, pending = cf.wait(pending, timeout=0.25, return_when=cf.FIRST_COMPLETED)
            for fut in sorted(done, key=order.__getitem__):
                yield from fut.result()
            if cancel is not None and cancel():
                for fut in pending:
                    fut.cancel()
                return
