"""The thumbnail cache: what the indexer and the views ask of it, on a new cache and on one
written by the first release (a WITHOUT ROWID table), which is converted in place."""

from __future__ import annotations

import os
import sqlite3
import threading

import pytest

from photobook.db.storage import ThumbStore


def key(i: int) -> str:
    return f"{i:032x}"


def blob(i: int) -> bytes:
    return b"\xff\xd8" + i.to_bytes(4, "big") * 500 + b"\xff\xd9"  # distinct, ~2 KB


def old_cache(path, n: int) -> None:
    """A cache as the first release wrote it."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute(
        "CREATE TABLE thumbs (hash TEXT PRIMARY KEY, width INTEGER, height INTEGER, "
        "data BLOB NOT NULL) WITHOUT ROWID"
    )
    con.executemany("INSERT INTO thumbs VALUES (?, 256, 171, ?)", [(key(i), blob(i)) for i in range(n)])
    con.commit()
    con.close()


def table_sql(path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT sql FROM sqlite_master WHERE name = 'thumbs'").fetchone()[0]
    finally:
        con.close()


def test_missing_answers_the_same_for_a_few_hashes_and_for_all_of_them(tmp_path):
    store = ThumbStore(tmp_path / "thumbs.sqlite")
    store.put_many((key(i), 256, 171, blob(i)) for i in range(0, 100, 2))  # the even ones
    assert store.missing([key(3), key(4), key(4)]) == {key(3)}  # looked up one by one
    everything = [key(i) for i in range(120)] * 2  # a rescan: every photo, some sharing a file
    assert store.missing(everything) == {key(i) for i in range(120) if i % 2 or i >= 100}  # one scan
    assert store.missing([]) == set()
    store.close()


def test_replacing_a_thumbnail_keeps_one_row(tmp_path):
    store = ThumbStore(tmp_path / "thumbs.sqlite")
    store.put_many([(key(1), 256, 171, blob(1))])
    store.put_many([(key(1), 171, 256, blob(2))])
    assert (store.count(), store.get(key(1))) == (1, blob(2))
    store.close()


def test_a_cache_from_the_first_release_is_converted_and_keeps_every_thumbnail(tmp_path):
    path = tmp_path / "thumbs.sqlite"
    old_cache(path, 300)
    reader = ThumbStore(path, readonly=True)  # a window showing thumbnails meanwhile
    assert reader.get(key(5)) == blob(5)
    assert reader.missing([key(1), key(999)]) == {key(999)}
    assert "WITHOUT ROWID" in table_sql(path).upper()  # reading converts nothing

    store = ThumbStore(path)  # the indexer opens it for writing: converted once, in place
    assert "WITHOUT ROWID" not in table_sql(path).upper()
    assert store.count() == 300
    assert all(store.get(key(i)) == blob(i) for i in range(300))
    assert store.missing([key(i) for i in range(310)]) == {key(i) for i in range(300, 310)}
    store.put_many([(key(400), 256, 171, blob(400))])
    assert reader.get(key(299)) == blob(299) and reader.get(key(400)) == blob(400)  # still reading
    store.close()
    reader.close()
    assert ThumbStore(path).count() == 301  # opening it again converts nothing more


def test_a_read_only_store_without_a_cache_has_no_thumbnails(tmp_path):
    store = ThumbStore(tmp_path / "absent.sqlite", readonly=True)
    assert store.get(key(1)) is None
    assert store.missing([key(1)]) == {key(1)}


def test_threads_share_a_store(tmp_path):
    store = ThumbStore(tmp_path / "thumbs.sqlite")
    store.put_many((key(i), 256, 171, blob(i)) for i in range(50))
    reader = ThumbStore(tmp_path / "thumbs.sqlite", readonly=True)
    wrong: list[int] = []

    def read(offset: int) -> None:
        for i in range(offset, 50, 4):
            if reader.get(key(i)) != blob(i):
                wrong.append(i)

    threads = [threading.Thread(target=read, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []
    store.close()


def test_a_cache_damaged_while_in_use_is_set_aside_and_rebuilt(tmp_path):
    from photobook.db.storage import ThumbStore

    told: list[str] = []
    path = tmp_path / "thumbs.sqlite"
    store = ThumbStore(path, notify=told.append)
    hashes = [f"{i:032x}" for i in range(300)]
    store.put_many((h, 10, 10, bytes([i % 256]) * 3000) for i, h in enumerate(hashes))
    store.close()
    with open(path, "r+b") as f:  # everything past the first page: the keys and the blobs
        f.seek(4096)
        f.write(b"\xde\xad" * ((path.stat().st_size - 4096) // 2))
    assert store.missing(hashes) == set(hashes)  # damaged: every thumbnail must be made again
    assert len(told) == 1 and "set aside" in told[0]
    store.put_many([(hashes[0], 10, 10, b"new")])
    assert store.get(hashes[0]) == b"new" and store.get(hashes[1]) is None
    assert len(list(tmp_path.glob("thumbs.sqlite.damaged-*"))) == 1
    store.close()


def handles(path) -> int:
    """File descriptors this process holds on ``path`` (Linux: /proc/self/fd)."""
    n = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            n += os.readlink(f"/proc/self/fd/{fd}") == str(path)
        except OSError:  # closed since listed
            pass
    return n


needs_proc = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts handles in /proc/self/fd")


@needs_proc
def test_a_thread_gives_its_handle_on_the_cache_back_when_it_ends(tmp_path):
    path = tmp_path / "thumbs.sqlite"
    with ThumbStore(path) as writer:
        writer.put_many([(key(1), 256, 171, blob(1))])
    store = ThumbStore(path, readonly=True)
    got: list[bytes | None] = []
    polite = threading.Thread(target=lambda: (got.append(store.get(key(1))), store.close_thread()))
    plain = threading.Thread(target=lambda: got.append(store.get(key(1))))  # ends without a word
    for t in (polite, plain):
        t.start()
        t.join()
    assert got == [blob(1), blob(1)]
    assert store.open_connections() == 0
    assert handles(path) == 0
    assert store.get(key(1)) == blob(1)  # this thread's own, until the store is closed
    assert handles(path) == 1
    store.close()
    assert handles(path) == 0


@needs_proc
def test_closing_the_store_closes_the_handles_of_every_thread(tmp_path):
    path = tmp_path / "thumbs.sqlite"
    store = ThumbStore(path)
    store.put_many([(key(1), 256, 171, blob(1))])
    opened, release = threading.Barrier(4), threading.Event()

    def reader() -> None:
        store.get(key(1))
        opened.wait()
        release.wait(30)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    opened.wait(30)
    assert store.open_connections() == 4 and handles(path) == 4  # three readers and this thread
    store.close()  # at shutdown, with the readers still alive
    assert store.open_connections() == 0
    assert handles(path) == 0
    release.set()
    for t in threads:
        t.join()
    with ThumbStore(path, readonly=True) as again:  # the cache file is intact and can be reopened
        assert again.get(key(1)) == blob(1)
    assert handles(path) == 0
