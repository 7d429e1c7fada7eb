"""The thumbnail cache: requests are served off the GUI thread, RAM stays bounded, and a photograph
without a thumbnail never hangs a view."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from photobook.db import queries
from photobook.db.models import Photo
from photobook.ui.thumbcache import ThumbnailCache


@pytest.fixture
def ids(synthetic_library):
    with synthetic_library.Session() as s:
        return queries.photo_ids(s)


@pytest.fixture
def make_cache(qapp):
    made: list[ThumbnailCache] = []

    def make(lib, **kw) -> ThumbnailCache:
        c = ThumbnailCache(lib, **kw)
        made.append(c)
        return c

    yield make
    for c in made:
        c.close()


def test_request_then_ready_then_pixmap(qtbot, synthetic_library, ids, make_cache):
    cache = make_cache(synthetic_library)
    pid = ids[0]
    assert cache.pixmap(pid) is None  # nothing in RAM yet, and asking does not block
    with qtbot.waitSignal(cache.ready, check_params_cb=lambda i: i == pid, timeout=10000):
        cache.request([pid])
    pm = cache.pixmap(pid)
    assert pm is not None and not pm.isNull()
    assert max(pm.width(), pm.height()) <= 192


def test_ram_cache_is_bounded_and_keeps_the_newest(qtbot, synthetic_library, ids, make_cache):
    cache = make_cache(synthetic_library, ram_items=5)
    cache.request(ids[:20])
    assert cache.wait_idle(20000)
    assert cache.cached_count() <= 5
    later = ids[20:23]
    cache.request(later)
    assert cache.wait_idle(20000)
    assert cache.cached_count() <= 5
    assert all(cache.pixmap(i) is not None for i in later)


def test_no_hang_when_the_store_lacks_a_thumbnail(qtbot, synthetic_library, ids, make_cache):
    with synthetic_library.Session() as s:
        s.execute(update(Photo).where(Photo.id == ids[1]).values(content_hash="0" * 32))
        s.commit()
    cache = make_cache(synthetic_library)
    cache.request([ids[1], 10**9, ids[2]])  # no thumbnail, no such photo, a good one
    assert cache.wait_idle(10000)
    assert cache.pixmap(ids[1]) is None and cache.pixmap(10**9) is None
    assert cache.has_no_thumbnail(ids[1])
    assert cache.pixmap(ids[2]) is not None


def test_an_empty_library_without_thumbnail_file(qtbot, library, make_cache):
    cache = make_cache(library)
    cache.request([1, 2, 3])
    assert cache.wait_idle(10000)
    assert cache.pixmap(1) is None


def test_invalidate_and_cancel(qtbot, synthetic_library, ids, make_cache):
    cache = make_cache(synthetic_library)
    cache.request(ids[:3])
    assert cache.wait_idle(10000)
    assert cache.pixmap(ids[0]) is not None
    cache.invalidate()
    assert cache.pixmap(ids[0]) is None
    cache.request(ids[:50])
    cache.cancel_pending()
    assert cache.wait_idle(10000)  # what a worker had already taken still arrives; nothing hangs


def test_copies_of_one_file_share_a_pixmap(qtbot, synthetic_library, make_cache):
    with synthetic_library.Session() as s:
        hashes = queries.content_hashes(s, queries.photo_ids(s))
    by_hash: dict[str, list[int]] = {}
    for pid, h in hashes.items():
        by_hash.setdefault(h, []).append(pid)
    twins = next(ids for ids in by_hash.values() if len(ids) >= 2)[:2]
    cache = make_cache(synthetic_library)
    cache.request(twins[:1])
    assert cache.wait_idle(10000)
    cache.request(twins[1:])
    assert cache.wait_idle(10000)
    a, b = (cache.pixmap(i) for i in twins)
    assert a is not None and b is not None and a.cacheKey() == b.cacheKey()


def test_requests_before_the_library_is_open_are_served_once_it_is(qtbot, synthetic_library, ids, make_cache):
    """A window paints its first frame before the catalog is open (fast start): the thumbnails it
    asked for then arrive once the library is handed over."""
    cache = make_cache(None)
    cache.request(ids[:3])
    assert cache.pixmap(ids[0]) is None and not cache.is_idle()  # waiting, not dropped
    with qtbot.waitSignal(cache.ready, check_params_cb=lambda i: i == ids[0], timeout=10000):
        cache.set_library(synthetic_library)
    assert cache.wait_idle(10000)
    assert all(cache.pixmap(i) is not None for i in ids[:3])


def test_covers_a_view_never_drew_are_not_kept_without_bound(qtbot, library, make_cache):
    """A timeline asks for its covers with the size it draws them at, and the worker scales them so;
    a view panned on before they came never takes them: the cache keeps a few batches of them."""
    from photobook.services.synthetic import populate
    from photobook.ui.thumbcache import COVERS_KEPT

    ids = populate(library, 150, distinct_thumbs=150)  # each its own thumbnail
    sizes = {pid: (20 + k, 16) for k, pid in enumerate(ids)}  # and its own size
    cache = make_cache(library)
    cache.request(ids, sizes)
    assert cache.wait_idle(20000)
    assert all(cache.pixmap(pid) is not None for pid in ids)
    assert 0 < len(cache._covers) <= COVERS_KEPT < len(ids)
    taken = 0
    for pid in ids:  # what is kept is the size asked for, taken once
        pm = cache.pixmap(pid)
        assert pm is not None
        cover = cache.take_cover(pm, *sizes[pid])
        if cover is not None:
            taken += 1
            assert (cover.width(), cover.height()) == sizes[pid]
            assert cache.take_cover(pm, *sizes[pid]) is None
    assert taken == min(COVERS_KEPT, len(ids)) and not cache._covers


def test_cancel_pending_stops_a_batch_being_decoded_at_its_next_photograph(
    qtbot, synthetic_library, ids, make_cache, monkeypatch
):
    # a new filter: the thumbnails the old views asked for are not decoded any more, not even the
    # rest of the batch a worker has taken (the decode holds the interpreter's lock while the new
    # filter is read); none of them is taken for a photograph without a thumbnail
    import threading

    cache = make_cache(synthetic_library)
    inside, gate = threading.Event(), threading.Event()
    decoded: list[str] = []
    real = ThumbnailCache._decode

    def decode(self, content_hash):
        decoded.append(content_hash)
        inside.set()
        assert gate.wait(10)
        return real(self, content_hash)

    monkeypatch.setattr(ThumbnailCache, "_decode", decode)
    wanted = ids[:10]  # one batch: a worker takes them together
    cache.request(wanted)
    assert inside.wait(10)  # the first is being decoded
    cache.cancel_pending()
    gate.set()
    assert cache.wait_idle(10000)
    assert len(decoded) == 1
    loaded = [i for i in wanted if cache.pixmap(i) is not None]
    assert len(loaded) <= 1
    assert not any(cache.has_no_thumbnail(i) for i in wanted)
    cache.request(wanted)  # asked for again (drawn again): loaded then
    assert cache.wait_idle(10000)
    assert all(cache.pixmap(i) is not None for i in wanted)
