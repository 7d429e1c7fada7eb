"""Broken, foreign and in-memory catalogs, damaged thumbnail caches and backups: one line each."""

from __future__ import annotations

import sqlite3

import pytest

from photobook.cli import main

from .indexer.hostile import jpeg


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def lib(tmp_path, capsys):
    root = tmp_path / "scans"
    root.mkdir()
    for i in range(40):
        (root / f"p{i}.jpg").write_bytes(jpeg((64, 48), color=(i, 0, 0)))
    lib = tmp_path / "lib"
    assert run(capsys, "--library", lib, "index", root, "--workers", "0")[0] == 0
    return lib


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:", "sqlite:///file::memory:?uri=true"])
def test_an_in_memory_catalog_is_refused(tmp_path, capsys, url):
    code, _out, err = run(capsys, "--library", tmp_path / "l", "--db", url, "list")
    assert code == 3 and err.count("\n") == 1 and "in-memory catalog keeps nothing" in err


def test_another_programs_database_is_left_alone(tmp_path, capsys):
    (tmp_path / "l").mkdir()
    db = tmp_path / "l" / "catalog.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    code, _out, err = run(capsys, "--library", tmp_path / "l", "list")
    assert code == 3 and err.count("\n") == 1 and "not a photobook catalog" in err and "notes" in err
    con = sqlite3.connect(db)
    assert [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["notes"]
    con.close()


def test_a_catalog_from_a_newer_photobook_says_so(lib, capsys):
    con = sqlite3.connect(lib / "catalog.sqlite")
    con.execute("UPDATE alembic_version SET version_num = '0099_future'")
    con.commit()
    con.close()
    code, _out, err = run(capsys, "--library", lib, "list")
    assert code == 3 and "made by a newer photobook (revision 0099_future); upgrade photobook" in err


def damage(path):
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (pages,) = con.execute("PRAGMA page_count").fetchone()
    (size,) = con.execute("PRAGMA page_size").fetchone()
    con.close()
    with open(path, "r+b") as f:  # the second half of the file, past the schema
        f.seek(size * (pages // 2))
        f.write(b"\xde\xad" * (size * (pages - pages // 2) // 2))


def test_a_damaged_catalog_is_one_line_naming_it_and_check_finds_it(lib, tmp_path, capsys):
    assert run(capsys, "--library", lib, "backup", tmp_path / "before.sqlite")[0] == 0
    damage(lib / "catalog.sqlite")
    for args in (
        ["check"],
        ["check", "--full"],
        ["list"],
        ["export", tmp_path / "e.json"],
        ["index", tmp_path / "scans", "--workers", "0"],
    ):
        code, _out, err = run(capsys, "--library", lib, *args)
        assert code == 3 and err.count("\n") == 1, (args, err)
        assert "catalog.sqlite is damaged" in err and "restore the last backup" in err, err
    # the backup made before opens as a library
    (tmp_path / "restored").mkdir()
    (tmp_path / "before.sqlite").rename(tmp_path / "restored" / "catalog.sqlite")
    code, out, _ = run(capsys, "--library", tmp_path / "restored", "check")
    assert code == 0 and "quick_check ok" in out


def test_backup_copies_the_catalog_and_never_overwrites(lib, tmp_path, capsys):
    code, out, _ = run(capsys, "--library", lib, "backup", tmp_path / "b.sqlite")
    assert code == 0 and "backed up" in out
    con = sqlite3.connect(tmp_path / "b.sqlite")
    assert con.execute("SELECT count(*) FROM photos").fetchone() == (40,)
    con.close()
    for dest, message in (
        (tmp_path / "b.sqlite", "exists"),
        (tmp_path, "is a folder"),
        (tmp_path / "no" / "b.sqlite", "no such folder"),
    ):
        code, _out, err = run(capsys, "--library", lib, "backup", dest)
        assert code == 2 and message in err and err.count("\n") == 1
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("content", [b"not a database at all " * 20, "foreign"])
def test_a_damaged_or_foreign_thumbnail_cache_is_set_aside_and_rebuilt_once(lib, tmp_path, capsys, content):
    thumbs = lib / "thumbs.sqlite"
    thumbs.unlink()
    if content == "foreign":
        con = sqlite3.connect(thumbs)
        con.execute("CREATE TABLE notes (x)")
        con.commit()
        con.close()
    else:
        thumbs.write_bytes(content)
    code, out, err = run(capsys, "--library", lib, "index", tmp_path / "scans", "--workers", "0")
    assert code == 0 and err.count("\n") == 1 and "thumbnail cache" in err and "set aside" in err
    assert "thumbnails 0 " not in out  # rebuilt
    assert len(list(lib.glob("thumbs.sqlite.damaged-*"))) == 1
    code, out, err = run(capsys, "--library", lib, "check")
    assert code == 0 and err == "" and "thumbnails missing: 0" in out
