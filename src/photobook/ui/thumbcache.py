"""Thumbnails for the views: a RAM LRU of QPixmaps in front of the library's on-disk ThumbStore.

The shape of calibre's ``gui2/library/caches.py``: the GUI thread only ever looks in RAM
(:meth:`ThumbnailCache.pixmap` never blocks); what is missing is :meth:`~ThumbnailCache.request`-ed,
newest request first, from worker threads that look up content hashes in the catalog (one session
per thread), read the JPEG bytes from the ThumbStore, decode and shrink them to a ``QImage`` off
the GUI thread. The images come back in batches by a queued signal; the GUI thread turns them into
``QPixmap`` (which may only be made there), stores them in the LRU and emits :attr:`ready` per id.

Memory stays bounded: ``ram_items`` pixmaps of at most ``max_edge`` pixels on their long edge
(1500 × 192×128 × 4 bytes ≈ 150 MB at most), a pending queue capped at ``max_pending`` ids (the
oldest requests are dropped first: they are for views the user has scrolled away from), and
results that arrive after :meth:`~ThumbnailCache.invalidate` are dropped.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPixmap

from photobook.ui.tasks import FRAME, THUMBNAIL_NICE, lower_priority

if TYPE_CHECKING:  # the catalog's modules (SQLAlchemy) are imported by the workers, after the first frame
    from photobook.db.engine import Library
    from photobook.db.handle import LibraryHandle

BATCH = 24  # ids a worker takes at a time: one catalog query, then one decode each
#: covers scaled by a worker and not drawn yet, kept (~28 KB each): a view panned on leaves some
COVERS_KEPT = 4 * BATCH
_SHARED = object()  # a worker's answer for a content hash already in RAM: nothing decoded
_DROPPED = object()  # a worker's answer for an id of its batch cancelled meanwhile: nothing decoded


class _Bridge(QObject):
    """Lives in the GUI thread; workers emit on it, Qt queues the call to the GUI thread."""

    loaded = Signal(int, list)  # generation, [(photo id, content hash, QImage | None, cover | None)]


class ThumbnailCache(QObject):
    """RAM cache of thumbnails as QPixmaps, filled by background workers. See the module doc."""

    ready = Signal(int)  # photo id whose thumbnail is now in the RAM cache

    def __init__(
        self,
        library: Library | LibraryHandle | None,
        parent: QObject | None = None,
        ram_items: int = 1500,
        *,
        max_edge: int = 192,
        workers: int = 1,
        max_pending: int = 4000,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._ram_items = max(1, ram_items)
        self._max_edge = max_edge
        self._max_pending = max_pending
        self._cache: OrderedDict[int, QPixmap] = OrderedDict()
        # Identical files (copies in several folders) share one pixmap through their content hash.
        self._hash_of: dict[int, str] = {}
        self._by_hash: dict[str, QPixmap] = {}
        self._hash_refs: dict[str, int] = {}
        self._absent: set[int] = set()  # no thumbnail in the store (yet): do not ask again until invalidate
        # covers: thumbnails the timeline draws cropped to a size it said when it asked for them,
        # scaled so by the worker that decodes them (requested sizes by id; the scaled pixmaps by
        # (the thumbnail's cacheKey, width, height) until the painter takes them)
        self._cover_sizes: dict[int, tuple[int, int]] = {}
        self._covers: OrderedDict[tuple[int, int, int], QPixmap] = OrderedDict()
        self._lock = threading.Condition()
        self._queue: deque[int] = deque()  # the right end is served first
        self._queued: set[int] = set()
        self._busy = 0  # ids taken by workers and not yet delivered to the GUI thread
        self._generation = 0
        self._dropped = 0  # cancel_pending's count: a batch taken before it stops decoding
        self._stopping = False
        self._threads: list[threading.Thread] = []
        self._n_workers = max(1, workers)
        self._store = None
        self._bridge = _Bridge(self)
        self._bridge.loaded.connect(self._on_loaded, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    # --- the GUI side -----------------------------------------------------------------------------

    def pixmap(self, photo_id: int) -> QPixmap | None:
        """The thumbnail if it is in RAM, else ``None``; never blocks."""
        pm = self._cache.get(photo_id)
        if pm is not None:
            self._cache.move_to_end(photo_id)
        return pm

    def has_no_thumbnail(self, photo_id: int) -> bool:
        """True when the store was asked and has no thumbnail for this photo (draw a placeholder)."""
        return photo_id in self._absent

    def request(
        self, photo_ids: Sequence[int], cover_sizes: Mapping[int, tuple[int, int]] | None = None
    ) -> None:
        """Load these thumbnails (the first ones first), ahead of anything requested before.
        ``cover_sizes``: for some of them, the size in device pixels they are drawn at cropped to
        fill (a timeline's covers): the worker scales them so too (:meth:`take_cover`)."""
        want = [i for i in photo_ids if i not in self._cache and i not in self._absent]
        if not want:
            return
        with self._lock:
            if self._stopping:
                return
            if cover_sizes:
                sizes = self._cover_sizes
                for i in want:
                    size = cover_sizes.get(i)
                    if size is not None:
                        sizes[i] = size
            fresh = [i for i in reversed(want) if i not in self._queued]
            moved = len(fresh) != len(want)
            if moved:  # already queued by an older request: move them to the front
                again = set(want)
                self._queue = deque(i for i in self._queue if i not in again)
                fresh = list(reversed(want))
            self._queue.extend(fresh)
            self._queued.update(fresh)
            while len(self._queue) > self._max_pending:
                old = self._queue.popleft()
                self._queued.discard(old)
                self._cover_sizes.pop(old, None)
            self._start_workers()
            self._lock.notify_all()

    def take_cover(self, pm: QPixmap, width: int, height: int) -> QPixmap | None:
        """The thumbnail ``pm`` as a cover of ``width`` × ``height`` device pixels (scaled to fill,
        the middle kept) if a worker made it with the decode (asked for by :meth:`request`), once:
        the caller keeps it; else ``None`` (the caller scales it)."""
        return self._covers.pop((pm.cacheKey(), width, height), None)

    def cancel_pending(self) -> None:
        """Forget every request not yet decoded: those queued, and the rest of the batches the
        workers are decoding (each stops at its next photograph). A new filter's frame asks for its
        own covers; the old frame's decodes would hold the interpreter's lock meanwhile (Qt's JPEG
        decode keeps it): at a million photographs, up to 60 covers of the frame before a theme was
        chosen, ~30 ms more before the theme's timeline was drawn."""
        with self._lock:
            self._queue.clear()
            self._queued.clear()
            self._cover_sizes.clear()
            self._dropped += 1

    def invalidate(self) -> None:
        """Drop everything (new thumbnails were made): cached pixmaps, pending work, late results."""
        with self._lock:
            self._generation += 1
            self._queue.clear()
            self._queued.clear()
            self._cover_sizes.clear()
        self._cache.clear()
        self._covers.clear()
        self._hash_of.clear()
        self._by_hash.clear()
        self._hash_refs.clear()
        self._absent.clear()

    def is_idle(self) -> bool:
        with self._lock:
            return not self._queue and self._busy == 0

    def wait_idle(self, timeout_ms: int) -> bool:
        """Process events until every request is served (True) or ``timeout_ms`` has passed."""
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            with self._lock:
                if not self._queue and self._busy == 0:
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._lock.wait(min(remaining, 0.01))
        QCoreApplication.processEvents()  # deliver the last batch
        return True

    def set_library(self, library: Library | LibraryHandle | None) -> None:
        """The library, once it is open (a window may paint its first frame before): requests made
        until then are served from now on. ``None`` (before any request): hold the requests."""
        with self._lock:
            self._library = library
            if self._queue and not self._stopping:
                self._start_workers()
                self._lock.notify_all()

    def cached_count(self) -> int:
        return len(self._cache)

    @property
    def ram_items(self) -> int:
        return self._ram_items

    def close(self) -> None:
        """Stop the workers (called at application exit; the cache is unusable afterwards)."""
        with self._lock:
            self._stopping = True
            self._queue.clear()
            self._queued.clear()
            self._lock.notify_all()
        for t in self._threads:
            t.join(timeout=2)
        self._threads.clear()
        if self._store is not None:
            self._store.close()

    @Slot(int, list)
    def _on_loaded(self, generation: int, results: list) -> None:
        with self._lock:
            self._busy -= len(results)
            self._lock.notify_all()
        if generation != self._generation:
            return
        done: list[int] = []
        again: list[int] = []
        for pid, content_hash, image, cover in results:
            if image is _DROPPED:  # neither loaded nor absent: asked for again when drawn again
                continue
            if image is None:
                self._absent.add(pid)
                continue
            if pid in self._cache:
                continue
            pm = self._by_hash.get(content_hash)
            if pm is None:
                if image is _SHARED:  # evicted since the worker looked: decode it after all
                    again.append(pid)
                    continue
                pm = self._by_hash[content_hash] = QPixmap.fromImage(image)
            if cover is not None:  # (copies of one file may be drawn at two sizes)
                key = (pm.cacheKey(), cover.width(), cover.height())
                if key not in self._covers:
                    self._covers[key] = QPixmap.fromImage(cover)
                    if len(self._covers) > COVERS_KEPT:
                        self._covers.popitem(last=False)
            self._cache[pid] = pm
            self._hash_of[pid] = content_hash
            self._hash_refs[content_hash] = self._hash_refs.get(content_hash, 0) + 1
            done.append(pid)
        while len(self._cache) > self._ram_items:
            old, _pm = self._cache.popitem(last=False)
            h = self._hash_of.pop(old)
            self._hash_refs[h] -= 1
            if not self._hash_refs[h]:
                del self._hash_refs[h], self._by_hash[h]
        for pid in done:
            self.ready.emit(pid)
        if again:
            self.request(again)

    # --- the worker side ----------------------------------------------------------------------------

    def _start_workers(self) -> None:  # with the lock held
        if self._threads or self._library is None:  # no library yet: set_library starts them
            return
        from photobook.db.storage import ThumbStore

        self._store = ThumbStore(self._library.thumbs_path, readonly=True)
        for k in range(self._n_workers):
            t = threading.Thread(target=self._work, name=f"thumbs-{k}", daemon=True)
            self._threads.append(t)
            t.start()

    def _work(self) -> None:
        from photobook.db import queries

        session = None
        lower_priority(THUMBNAIL_NICE)  # the scheduler prefers the GUI thread, and the readers
        try:
            while True:
                with self._lock:
                    while not self._queue and not self._stopping:
                        self._lock.wait()
                    if self._stopping:
                        return
                    batch = [self._queue.pop() for _ in range(min(BATCH, len(self._queue)))]
                    self._queued.difference_update(batch)
                    sizes = {pid: s for pid in batch if (s := self._cover_sizes.pop(pid, None))}
                    self._busy += len(batch)
                    generation, dropped = self._generation, self._dropped
                results: list[tuple[int, str, object, QImage | None]] = []
                try:
                    if session is None:
                        session = self._library.Session()
                    FRAME.pause()  # the reads and decodes wait for a frame being drawn
                    hashes = queries.content_hashes(session, batch)
                    session.rollback()  # end the read transaction: let writers checkpoint
                    for pid in batch:
                        if self._dropped != dropped:  # (a racy read: at worst one decode more)
                            results.append((pid, "", _DROPPED, None))
                            continue
                        h = hashes.get(pid) or ""
                        shared = h in self._by_hash  # a racy read is harmless: at worst a decode
                        FRAME.pause()
                        image = None if shared else self._decode(h)
                        size = sizes.get(pid)
                        cover = cover_of(image, *size) if image is not None and size else None
                        results.append((pid, h, _SHARED if shared else image, cover))
                        time.sleep(0)  # hand the GIL back: Qt's decode holds it, the GUI thread waits
                except Exception:  # a catalog being rebuilt under us: report them as absent
                    done = {r[0] for r in results}
                    results.extend((pid, "", None, None) for pid in batch if pid not in done)
                try:
                    self._bridge.loaded.emit(generation, results)
                except RuntimeError:  # the cache was deleted with its parent
                    return
        finally:
            if session is not None:
                session.close()
            if self._store is not None:
                self._store.close_thread()  # this thread's handle on the cache file

    def _decode(self, content_hash: str | None) -> QImage | None:
        if not content_hash or self._store is None:
            return None
        data = self._store.get(content_hash)
        if not data:
            return None
        # the format named: without it QImageReader probes every plugin, the SVG one among them,
        # whose QTextStream connects a signal under Qt's connection mutex while this thread holds
        # the GIL — the GUI thread disconnecting a signal (mutex held, wanting the GIL) then
        # deadlocks with it (seen in CI). Thumbnails are JPEG (the indexer writes them so).
        image = QImage.fromData(data, "JPEG")
        if image.isNull():
            return None
        m = self._max_edge
        if image.width() > m or image.height() > m:
            image = image.scaled(
                m, m, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        return image.convertToFormat(QImage.Format.Format_RGB32)


_Picture = TypeVar("_Picture", QImage, QPixmap)


def cover_of(image: _Picture, width: int, height: int) -> _Picture:
    """``image`` scaled to fill ``width`` × ``height``, its middle kept: a cover as the timeline
    draws it, made here by the thumbnail worker (a QImage) or by the painter (``TimelinePainter._sized``,
    a QPixmap), the same pixels (a QPixmap scaled on this platform is its QImage scaled)."""
    big = image.scaled(
        width,
        height,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    return big.copy((big.width() - width) // 2, (big.height() - height) // 2, width, height)
