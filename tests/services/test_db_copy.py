"""``photobook db copy``: a catalog moved SQLite → PostgreSQL → SQLite is the same catalog: the same
exports (JSON and CSV), the same history, tours, problems and deletions, the same ids."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from photobook.cli import main
from photobook.db import models
from photobook.db import queries as q
from photobook.db.engine import open_library
from photobook.indexer.scan import index_paths
from photobook.services import edits, tours
from photobook.services.catalog_copy import CopyError, copy_catalog
from photobook.services.spreadsheet import export_rows
from photobook.services.transfer import export_catalog

from ..indexer.hostile import jpeg


@pytest.fixture
def source(tmp_path):
    root = tmp_path / "scans"
    (root / "1985").mkdir(parents=True)
    for i in range(5):
        (root / "1985" / f"p{i}.jpg").write_bytes(jpeg(color=(i * 40, 20, 30)))
    (root / "broken.jpg").write_bytes(b"not an image")  # an index problem
    (root / "Été à Fès.jpg").write_bytes(jpeg(color=(1, 99, 1)))
    lib = open_library(tmp_path / "one")
    index_paths(lib, [root], workers=0)
    with lib.Session() as s:
        ids = {r.path: r.id for r in q.photo_records(s, q.photo_ids(s))}
    edits.save(
        lib,
        {
            ids["1985/p0.jpg"]: edits.EditRequest(
                {"title:ar": "ميناء", "caption:fr": "Le port", "date": "vers 1985", "place_lat": "33.5"},
                add_themes=("port",),
            ),
            ids["1985/p1.jpg"]: edits.EditRequest({"date": "", "photographer": "A. B."}),
        },
        user="amina",
    )
    edits.save(lib, {ids["1985/p1.jpg"]: edits.EditRequest({"photographer": ""})}, user="amina")
    with lib.Session() as s, s.begin():
        tid = tours.create(s, "Le port, 1985", 600)
        tours.add(s, tid, [ids["1985/p0.jpg"], ids["Été à Fès.jpg"]])
        tours.set_notes(s, tid, 1, "Commencer par le quai")
        tours.set_caption(s, tid, 2, "ar", "فاس", "صيف")
    yield lib
    lib.close()


def _everything(url: str) -> dict:
    """Every row of every table, by table, in primary-key order."""
    lib = open_library(
        url.rsplit("/", 1)[0].replace("sqlite:///", "") if url.startswith("sqlite") else None, url
    )
    try:
        out = {}
        with lib.Session() as s:
            for table in models.Base.metadata.sorted_tables:
                rows = s.execute(select(table).order_by(*table.primary_key.columns)).all()
                out[table.name] = [
                    tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in rows
                ]
        out["export"] = export_catalog(lib)
        out["csv"] = list(export_rows(lib))
        return out
    finally:
        lib.close()


@pytest.mark.postgres
def test_sqlite_to_postgresql_to_sqlite_is_the_same_catalog(source, pg_url, tmp_path, capsys):
    before = _everything(source.url)
    assert before["photo_history"] and before["tour_captions"] and before["index_problems"]
    assert before["cleared_fields"]
    assert main(["db", "copy", str(source.folder), pg_url]) == 0
    out, err = capsys.readouterr()
    assert "copied 6 photographs" in out and "photos: 6 of 6 rows" in err
    on_pg = _everything(pg_url)
    assert on_pg == before
    back = tmp_path / "back"
    assert main(["db", "copy", pg_url, str(back)]) == 0
    assert _everything(f"sqlite:///{back / 'catalog.sqlite'}") == before
    # the copy is a working catalog: searched (SQLite's full-text index follows the rows), and a
    # new row gets a new id on PostgreSQL (its sequences moved past the copied ids)
    lib = open_library(back)
    try:
        with lib.Session() as s:
            assert len(q.photo_ids(s, q.PhotoFilter(search="ميناء"))) == 1
    finally:
        lib.close()
    pg = open_library(tmp_path / "pg", pg_url)
    try:
        with pg.Session() as s:
            first = q.photo_ids(s)[0]
        edits.save(pg, {first: edits.EditRequest({"notes": "après la copie"})})
        with pg.Session() as s, s.begin():
            tours.create(s, "Un autre")
        with pg.Session() as s:
            assert s.execute(text("SELECT count(*) FROM tours")).scalar() == 2
            assert s.execute(text("SELECT max(revision) FROM photos")).scalar() >= 2
    finally:
        pg.close()


@pytest.mark.postgres
def test_a_destination_with_photographs_is_refused_unless_forced(source, pg_url, tmp_path, capsys):
    copy_catalog(source.url, pg_url)
    with pytest.raises(
        CopyError, match=r"not empty \(6 photographs, 1 source folders, 8 history rows, 1 tours"
    ):
        copy_catalog(source.url, pg_url)
    assert main(["db", "copy", "--quiet", source.url, pg_url]) == 2
    assert "--force" in capsys.readouterr().err
    edits.save(source, {1: edits.EditRequest({"notes": "changé"})})
    assert main(["db", "copy", "--force", "--quiet", source.url, pg_url]) == 0
    assert _everything(pg_url)["export"] == _everything(source.url)["export"]


def test_what_cannot_be_copied_is_one_line(source, tmp_path, capsys):
    assert main(["db", "copy", source.url, source.url]) == 2
    assert "the same catalog" in capsys.readouterr().err
    assert main(["db", "copy", str(tmp_path / "nothing-here"), str(tmp_path / "dest")]) == 2
    assert "no catalog" in capsys.readouterr().err
    foreign = tmp_path / "foreign.sqlite"
    import sqlite3

    c = sqlite3.connect(foreign)  # (closed: sqlite3's "with" commits but leaves it open)
    c.execute("CREATE TABLE t (x)")
    c.commit()
    c.close()
    assert main(["db", "copy", source.url, f"sqlite:///{foreign}"]) == 2
    assert "not a photobook catalog" in capsys.readouterr().err


def test_the_copy_is_a_snapshot_while_another_photobook_writes(source, tmp_path):
    """The progress callback is the gate: once the photographs are copied, an archivist saves a new
    title (a caption row and a history row, tables not copied yet). The copy is the catalog as it
    was when the copy began, not half of each."""
    before = _everything(source.url)
    with source.Session() as s:
        first = q.photo_ids(s)[0]
    saved = []

    def progress(table, done, total):
        if table == "photos" and done == total and not saved:
            saved.append(edits.save(source, {first: edits.EditRequest({"title:fr": "pendant la copie"})}))

    dest = tmp_path / "copy"
    copy_catalog(source.url, f"sqlite:///{dest / 'catalog.sqlite'}", progress=progress)
    assert saved and saved[0].changes
    assert _everything(f"sqlite:///{dest / 'catalog.sqlite'}") == before
    assert _everything(source.url) != before  # the source has the new title
