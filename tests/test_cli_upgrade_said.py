"""A command run on a catalog made by an older photobook upgrades it first, which can take a
minute at a million photographs: one line on stderr says so before it starts (the JSON on stdout
is untouched); a current catalog, or a new one, says nothing."""

from __future__ import annotations

import json

import pytest

from photobook.cli import main
from photobook.db.engine import open_library
from photobook.db.fastpath import head_revision
from photobook.db.migrate import current_revision, upgrade_to_head
from tests.db.test_migration_workbench import _downgrade

OLD = "0020"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _where(lib) -> list[str]:
    return ["--library", lib.folder] + (["--db", lib.url] if not lib.is_sqlite else [])


@pytest.fixture
def old_library(any_library):
    from photobook.services.synthetic import populate

    populate(any_library, 25, distinct_thumbs=3)
    _downgrade(any_library.engine, OLD)
    assert current_revision(any_library.engine) == OLD
    return any_library


def test_a_command_on_an_older_catalog_says_it_updates_it_then_answers(old_library, capsys):
    code, out, err = run(capsys, *_where(old_library), "list", "--json")
    assert code == 0
    assert err.splitlines() == [f"photobook: updating the catalog from revision {OLD} to {head_revision()}…"]
    assert len(json.loads(out)) == 25  # stdout is the JSON alone
    assert current_revision(old_library.engine) == head_revision()
    code, out, err = run(capsys, *_where(old_library), "list", "--json")  # upgraded: nothing more said
    assert code == 0 and err == "" and len(json.loads(out)) == 25


def test_a_current_or_new_catalog_says_nothing(any_library, tmp_path, capsys):
    code, _out, err = run(capsys, *_where(any_library), "list", "--json")
    assert code == 0 and err == ""
    code, _out, err = run(capsys, "--library", tmp_path / "new", "list", "--json")  # made now
    assert code == 0 and err == ""


def test_upgrade_to_head_tells_before_upgrading_an_existing_catalog_only(tmp_path):
    told: list[tuple[str, str]] = []
    lib = open_library(tmp_path / "new", on_upgrade=lambda *a: told.append(a))  # a new catalog
    try:
        assert told == []
        _downgrade(lib.engine, OLD)
        upgrade_to_head(lib.engine, on_upgrade=lambda *a: told.append(a))
        assert told == [(OLD, head_revision())]
        assert current_revision(lib.engine) == head_revision()
        upgrade_to_head(lib.engine, on_upgrade=lambda *a: told.append(a))  # current: nothing
        assert told == [(OLD, head_revision())]
    finally:
        lib.close()


def test_db_copy_into_an_older_catalog_says_it_updates_it(tmp_path, capsys):
    from photobook.services.synthetic import populate

    source = open_library(tmp_path / "source")
    populate(source, 12, distinct_thumbs=2)
    source.close()
    dest = open_library(tmp_path / "dest")  # a catalog an older photobook left, no photographs yet
    _downgrade(dest.engine, OLD)
    dest.close()
    code, out, err = run(capsys, "db", "copy", "--quiet", tmp_path / "source", tmp_path / "dest")
    assert code == 0 and "copied 12 photographs" in out
    assert err.splitlines() == [
        f"photobook: updating the catalog sqlite:///{tmp_path / 'dest' / 'catalog.sqlite'} from revision {OLD} "
        f"to {head_revision()}…"
    ]
    copied = open_library(tmp_path / "dest")
    assert current_revision(copied.engine) == head_revision()
    copied.close()
