"""Background work for the window: one single-worker executor for writes, a small pool for reads.

Anki's ``taskman.py`` pattern: whatever can grow with the archive (queries, decodes, indexing) runs
off the GUI thread; each worker opens its own session (session per thread); results come back to
the GUI thread through a queued signal. A request made under a *key* ("timeline", "caption", …)
supersedes the previous request under the same key: the old one is cancelled if it has not
started, and its result is dropped if it has; a read that is running has its SQL stopped
(``db.stopping``), so that the newer request does not wait behind it for a core.

Long jobs (indexing, the demo import) are :class:`Job` objects carrying progress, a cancel flag
and their outcome, like Orange3's ``TaskState``.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot

if TYPE_CHECKING:  # the catalog's modules (SQLAlchemy) are imported by the workers, after the first frame
    from photobook.db.engine import Library
    from photobook.db.handle import LibraryHandle

log = logging.getLogger(__name__)


class Task:
    """One request. ``cancel()`` drops its result and stops a read that is running (its SQL is
    interrupted: ``db.stopping``); a running function may also poll ``is_cancelled``."""

    __slots__ = ("_cancelled", "_stop", "future", "key", "on_done", "on_error")

    def __init__(self, key: str | None, on_done: Callable | None, on_error: Callable | None) -> None:
        self.key = key
        self.on_done = on_done
        self.on_error = on_error
        self.future: Future | None = None
        self._cancelled = threading.Event()
        self._stop: Callable[[], None] | None = None

    def cancel(self) -> None:
        self._cancelled.set()
        if self.future is not None:
            self.future.cancel()
        stop = self._stop
        if stop is not None:
            stop()

    def on_cancel(self, stop: Callable[[], None]) -> None:
        """Call ``stop()`` when the task is cancelled (at once if it is already)."""
        self._stop = stop
        if self.is_cancelled():
            stop()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()


WORKER_NICE = 8  # the readers' scheduling priority below the GUI thread's (0)
#: the thumbnail workers', lower still: covers come after the reads the views wait for, and their
#: decodes (Qt's, with the interpreter's lock) interleave less with the GUI thread's frames (at a
#: million photographs the start's longest stall was shorter and less spread than at 8)
THUMBNAIL_NICE = 19


class _Relay(QObject):
    """Lives in the GUI thread; workers emit on it, so the delivery is queued to the GUI thread."""

    finished = Signal(object, object, object)  # task, result, exception


class TaskManager(QObject):
    """Runs functions off the GUI thread and hands their results back on it."""

    idle = Signal()  # nothing left in flight
    failed = Signal(str)  # a task without its own error handler raised: one line for the status bar

    def __init__(
        self, library: Library | LibraryHandle, parent: QObject | None = None, readers: int = 2
    ) -> None:
        super().__init__(parent)
        self.library = library
        # readers below the GUI thread's priority: they spend most of their time in SQLite, without
        # the interpreter's lock, and two of them on a two-core machine took the CPUs from the GUI
        # thread (5–35 ms in the run queue within one turn of its event loop at start, at a million
        # photographs: its scheduler statistics). The write thread stays at normal priority: an
        # archivist's edit holds the catalog's write lock.
        self._reads = ThreadPoolExecutor(
            max_workers=readers, thread_name_prefix="photobook-read", initializer=lower_priority
        )
        _start_threads(self._reads, readers)
        self._writes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="photobook-write")
        # long checks nobody waits for (the catalog's quick_check at start: seconds at a million
        # photographs, in SQLite): a thread of their own, never a reader the views need
        self._background = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="photobook-background", initializer=lower_priority
        )
        self._relay = _Relay()
        self._relay.finished.connect(self._arrive, Qt.ConnectionType.QueuedConnection)
        # results that arrived, handed to their callers one per turn of the event loop (_arrive)
        self._arrived: deque[tuple[Task, Any, BaseException | None]] = deque()
        self._pump = QTimer(self)
        self._pump.setSingleShot(True)
        # 1 ms, not 0: a zero timer started again would run before the timers already due
        # (an animation's frame, the search box's debounce), the queue's results all ahead of them
        self._pump.setInterval(1)
        self._pump.setTimerType(Qt.TimerType.PreciseTimer)
        self._pump.timeout.connect(self._deliver_next)
        self._latest: dict[str, Task] = {}
        self._in_flight = 0
        self._closed = False
        self._held: list[tuple[ThreadPoolExecutor, Task, Callable[..., Any], bool]] | None = None

    # --- submitting -------------------------------------------------------------------------

    def read(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        key: str | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        session: bool = True,
        after_events: bool = False,
    ) -> Task:
        """Run ``fn(session)`` (or ``fn()`` with ``session=False``) in the read pool. With
        ``after_events``, it starts once the GUI thread has handled the events queued now (a repaint
        asked for goes first: the readers share one interpreter with it); it is in flight from now on."""
        return self._submit(self._reads, fn, on_done, key, on_error, session, after_events)

    def background(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Run ``fn()`` in the background thread: the reads the window asks for meanwhile do not
        wait for a reader it holds."""
        return self._submit(self._background, fn, on_done, None, on_error, False)

    def write(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        key: str | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        session: bool = False,
    ) -> Task:
        """Run ``fn`` in the single write worker: writes never race each other."""
        return self._submit(self._writes, fn, on_done, key, on_error, session)

    def _submit(self, pool: ThreadPoolExecutor, fn, on_done, key, on_error, session, later=False) -> Task:
        task = Task(key, on_done, on_error)
        if self._closed:
            task.cancel()
            return task
        if key is not None:
            old = self._latest.get(key)
            if old is not None:
                old.cancel()
            self._latest[key] = task
        self._in_flight += 1
        if self._held is not None:
            self._held.append((pool, task, fn, session))
            return task
        if later:
            QTimer.singleShot(0, self, lambda: self._start_later(pool, task, fn, session))
            return task
        task.future = pool.submit(self._work, task, fn, session, pool is self._reads)
        task.future.add_done_callback(lambda fut, t=task: self._on_future_done(fut, t))
        return task

    def _start_later(self, pool: ThreadPoolExecutor, task: Task, fn, session: bool) -> None:
        """(A zero timer.) Start a task asked for ``after_events``; after :meth:`shutdown`, only
        account for it."""
        if self._closed:
            self._in_flight -= 1
            return
        if self._held is not None:
            self._held.append((pool, task, fn, session))
            return
        task.future = pool.submit(self._work, task, fn, session, pool is self._reads)
        task.future.add_done_callback(lambda fut, t=task: self._on_future_done(fut, t))

    def hold(self) -> None:
        """Keep what is submitted from now on (in order) until :meth:`release`: the window's
        first frame is painted before any worker opens the library."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Run what was held, in the order it was asked for (a superseded request runs as
        cancelled: it is accounted for and its result dropped, as always)."""
        held, self._held = self._held, None
        for pool, task, fn, session in held or ():
            task.future = pool.submit(self._work, task, fn, session, pool is self._reads)
            task.future.add_done_callback(lambda fut, t=task: self._on_future_done(fut, t))

    def _work(self, task: Task, fn, session: bool, stoppable: bool = False) -> None:
        if task.is_cancelled():
            self._relay.finished.emit(task, None, None)
            return
        FRAME.pause()  # not begun beside a frame being drawn
        try:
            if session and stoppable:  # a read: a newer request for the same view stops it
                from photobook.db.stopping import Stopper  # in the worker: the library is open

                stopper = Stopper()
                task.on_cancel(stopper.stop)
                with self.library.Session() as s, stopper.watching(s):
                    result = fn(s)
            elif session:
                with self.library.Session() as s:
                    result = fn(s)
            else:
                result = fn()
        except BaseException as exc:  # delivered to the GUI thread, reported there
            self._relay.finished.emit(task, None, exc)
            return
        self._relay.finished.emit(task, result, None)

    def _on_future_done(self, fut: Future, task: Task) -> None:
        if fut.cancelled():  # never started: still account for it on the GUI thread
            self._relay.finished.emit(task, None, None)

    @Slot(object, object, object)
    def _arrive(self, task: Task, result: Any, exc: BaseException | None) -> None:
        """A worker's result reached the GUI thread. Results that arrive together (the window's
        first reads: the overview, the counts, the vocabulary, the places, each redrawing a view)
        are queued events that Qt would run in one turn of the event loop, tens of milliseconds at
        start in which the window cannot answer; they are handed over one per turn instead (a
        timer: input, paints and other timers run between two of them), in the order they
        arrived."""
        self._arrived.append((task, result, exc))
        if not self._pump.isActive():  # none handed over in the last turn: this one at once
            self._deliver_next()

    def _deliver_next(self) -> None:
        """Hand over the next result that is wanted (those that are dropped cost nothing: they do
        not take a turn of their own)."""
        arrived = self._arrived
        while arrived:
            task, result, exc = arrived.popleft()
            if self._deliver(task, result, exc):
                break

    def next_turn(self, fn: Callable[[], None]) -> None:
        """Run ``fn()`` on the GUI thread in a later turn of the event loop, behind the results
        already arrived and counted as in flight until then (:meth:`busy`): the second half of a
        result's work, which would make one long stall with the first."""
        self._in_flight += 1
        self._arrived.append((Task(None, lambda _r: fn(), None), None, None))
        if not self._pump.isActive():
            self._pump.start()

    def _deliver(self, task: Task, result: Any, exc: BaseException | None) -> bool:
        """Account for ``task``, run its callback if its result is still wanted (returns whether it
        was)."""
        self._in_flight -= 1
        current = task.key is None or self._latest.get(task.key) is task
        if task.key is not None and current:
            del self._latest[task.key]
        wanted = not (self._closed or task.is_cancelled() or not current) and (
            exc is not None or task.on_done is not None
        )
        if wanted:
            self._pump.start()  # the next one waits for a turn (also while this one runs an event loop)
            if exc is not None:
                if task.on_error is not None:
                    task.on_error(exc)
                else:
                    log.error("background task failed", exc_info=exc)
                    self.failed.emit(_one_line(exc))
            elif task.on_done is not None:
                task.on_done(result)
        if self._in_flight == 0:
            self.idle.emit()
        return wanted

    # --- state ------------------------------------------------------------------------------

    def cancel(self, key: str) -> None:
        task = self._latest.pop(key, None)
        if task is not None:
            task.cancel()

    def busy(self) -> bool:
        return self._in_flight > 0

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Run the event loop until every task has been delivered (tests, screenshots)."""
        if not self.busy():
            return True
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.idle.disconnect(loop.quit)
        return not self.busy()

    def shutdown(self, wait: bool = True, then: Callable[[], None] | None = None) -> None:
        """Cancel what has not started, let running work finish, drop every later result. ``then``
        runs once no work is running any more: here with ``wait``, else in a thread of its own (the
        library closed after its last read has given its connection back, not under it: a connection
        handed back to a closed library's pool is never closed, a file handle lost each time)."""
        self._closed = True
        for task in list(self._latest.values()):
            task.cancel()
        self._latest.clear()
        self._in_flight -= len(self._held or ())  # held, never run
        self._held = None
        pools = (self._reads, self._writes, self._background)
        for pool in pools:
            pool.shutdown(wait=wait, cancel_futures=True)
        if then is None:
            return
        if wait:
            then()
            return

        def after_work() -> None:
            for pool in pools:
                pool.shutdown(wait=True)
            then()

        threading.Thread(target=after_work, name="photobook-close", daemon=True).start()


class FrameGate:
    """While the GUI thread draws a frame, the workers hold back at their next pause.

    A frame calls Qt ~150 times; each call lets the interpreter's lock go, and a worker that was
    waiting for it runs Python until the GUI thread gets it back (:data:`GUI_SWITCH_INTERVAL_S`).
    With the readers and the thumbnail worker busy (a window's start), the first frames with the
    catalog's covers waited like that 40–70 times, ~10 ms in all at a million photographs. The
    workers pause where they are between two pieces of work (a task's start, a thumbnail, a zoom
    level of a timeline index: :meth:`pause`), so that a frame is drawn mostly alone. A pause waits
    for the frame at most :data:`LONGEST_WAIT_S` after it began: a frame that runs an event loop of
    its own (a dialog) holds nobody for long."""

    LONGEST_WAIT_S = 0.03

    def __init__(self) -> None:
        self._free = threading.Event()
        self._free.set()
        self._depth = 0
        self._since = 0.0

    @contextmanager
    def drawing(self) -> Iterator[None]:
        """Around a frame's drawing, on the GUI thread (nested: the outermost counts)."""
        if self._depth == 0:
            self._since = time.monotonic()
            self._free.clear()
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._free.set()

    def pause(self) -> None:
        """In a worker, between two pieces of work: wait while a frame is being drawn."""
        if self._free.is_set():
            return
        left = self._since + self.LONGEST_WAIT_S - time.monotonic()
        if left > 0:
            self._free.wait(left)


#: the window's frames (one GUI thread per process)
FRAME = FrameGate()


#: How long a thread holding the interpreter's lock keeps it once another asks for it (Python's
#: default: 5 ms). The GUI thread asks for it back after each Qt call that let it go (a frame makes
#: ~150); a reader running Python kept it 5 ms each time, and with two readers the GUI thread could
#: lose the hand-over to the other one several times in a row (a test here: turns of the event loop
#: 90 ms long beside two busy threads at 5 ms, 14 ms at 0.5 ms). At a million photographs the
#: start's longest stall: median 11.2 ms at 5 ms, 8.8 ms at 0.5 ms (10 starts each, alternated).
GUI_SWITCH_INTERVAL_S = 0.0005


def answer_sooner() -> None:
    """In a window's process: the GUI thread gets the interpreter's lock back sooner from a worker
    running Python (:data:`GUI_SWITCH_INTERVAL_S`). The workers' own hand-overs among themselves
    come more often too, a cost that is small next to theirs (a switch: microseconds)."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)


def lower_priority(nice: int = WORKER_NICE) -> None:
    """Let the scheduler prefer the GUI thread over the calling worker thread (Linux: a nice value
    per thread; elsewhere nothing). A niced thread that holds the interpreter's lock still runs as
    soon as the GUI thread waits for it: the GUI thread then no longer asks for a CPU."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)
    except (AttributeError, OSError):  # (not Linux, or not allowed)
        pass


def _start_threads(pool: ThreadPoolExecutor, n: int) -> None:
    """Start the ``n`` threads of ``pool`` now (it starts one per request, as long as none is free).
    A thread's start waits until it runs, which needs the interpreter's lock: while the window is
    built nothing else wants it, where the first reads, asked for after the first frame with the
    catalog's modules loading in another thread, waited ~5 ms per thread within one turn of the GUI
    thread at a million photographs."""
    meet = threading.Barrier(n)

    def wait_for_the_others() -> None:
        try:
            meet.wait(timeout=5)
        except threading.BrokenBarrierError:  # (a thread that did not start: the pool starts it later)
            pass

    for _ in range(n):
        pool.submit(wait_for_the_others)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


class Job(QObject):
    """A long job's state: progress (throttled), batches, a cancel flag, and how it ended.

    The worker calls :meth:`report`, :meth:`report_batch` and :meth:`is_cancelled`; the window
    connects to the signals, which arrive queued on the GUI thread.
    """

    progress = Signal(object)  # the job's own progress object (e.g. indexer.scan.Progress)
    batch = Signal(object)  # list of photo ids committed
    finished = Signal(object)  # the job's result
    failed = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None, min_interval: float = 0.1) -> None:
        super().__init__(parent)
        self.name = name
        self.running = False
        self.result: Any = None
        self.error: str | None = None
        self._cancel = threading.Event()
        self._min_interval = min_interval
        self._last_report = 0.0
        self._last_phase: object = None

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # called from the worker thread
    def report(self, progress: Any) -> None:
        """At most one report per ``min_interval``, but never dropping the last of a phase or the
        first of a new one (the window names each phase as it starts)."""
        now = time.monotonic()
        done = getattr(progress, "done", 0) == getattr(progress, "total", -1)
        phase = getattr(progress, "phase", None)
        if done or phase != self._last_phase or now - self._last_report >= self._min_interval:
            self._last_report = now
            self._last_phase = phase
            self.progress.emit(progress)

    def report_batch(self, ids: list[int]) -> None:
        self.batch.emit(list(ids))

    def start(self, tasks: TaskManager, fn: Callable[[Job], Any]) -> None:
        """Run ``fn(self)`` in the write worker."""
        self.running = True
        tasks.write(lambda: fn(self), self._done, on_error=self._error)

    def _done(self, result: Any) -> None:
        self.running = False
        self.result = result
        self.finished.emit(result)

    def _error(self, exc: BaseException) -> None:
        self.running = False
        self.error = _one_line(exc)
        log.error("job %s failed", self.name, exc_info=exc)
        self.failed.emit(self.error)
