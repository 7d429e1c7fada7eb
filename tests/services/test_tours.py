"""Tours saved in the catalog, on SQLite and on PostgreSQL: create, add, reorder, notes, caption
overrides; the command line round-trips them; the migration adds and removes the tables."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import inspect

from photobook.cli import main
from photobook.core.records import Caption
from photobook.db import queries as q
from photobook.indexer.scan import index_paths
from photobook.services import tours
from photobook.services.tours import TourError, TourNotFound

from ..indexer.hostile import jpeg


@pytest.fixture
def photos(any_library, tmp_path):
    root = tmp_path / "src"
    root.mkdir()
    for i in range(4):
        (root / f"p{i}.jpg").write_bytes(jpeg(color=(i * 40, 10, 10)))
    assert index_paths(any_library, [root], workers=0).indexed == 4
    with any_library.Session() as s:
        return any_library, q.photo_ids(s)


def test_a_tour_keeps_its_order_notes_and_captions(photos):
    lib, ids = photos
    a, b, c, d = ids
    with lib.Session() as s, s.begin():
        tid = tours.create(s, "Quatre décennies", duration_s=20 * 60)
        tours.add(s, tid, [a, b, c])
        tours.add(s, tid, [d], at=1, notes="Start with the port.")
        tours.set_notes(s, tid, 3, "The dam: pause here.")
        tours.set_caption(s, tid, 2, "ar", "الميناء", "")
    with lib.Session() as s:
        t = tours.find(s, "Quatre décennies")
    assert t.duration_s == 1200
    assert [sl.photo_id for sl in t.slides] == [d, a, b, c]
    assert [sl.position for sl in t.slides] == [1, 2, 3, 4]
    assert t.slides[0].notes == "Start with the port." and t.slides[2].notes == "The dam: pause here."
    assert t.slides[1].captions == {"ar": Caption("الميناء", "")}

    with lib.Session() as s, s.begin():
        tours.move(s, tid, 1, 4)  # the port last
        tours.reorder(s, tid, [2, 1, 3, 4])
    with lib.Session() as s:
        t = tours.find(s, str(tid))  # by id too
        summary = q.tours(s)
    assert [sl.photo_id for sl in t.slides] == [b, a, c, d]
    assert t.slides[0].notes == "The dam: pause here." and t.slides[3].notes == "Start with the port."
    assert [(x.title, x.slide_count) for x in summary] == [("Quatre décennies", 4)]

    with lib.Session() as s, s.begin():
        tours.remove(s, tid, 1)
    with lib.Session() as s:
        assert [sl.photo_id for sl in tours.find(s, str(tid)).slides] == [a, c, d]


def test_a_bad_request_changes_nothing(photos):
    lib, ids = photos
    with lib.Session() as s, s.begin():
        tid = tours.create(s, "Talk")
        tours.add(s, tid, ids[:2])
    with pytest.raises(TourError, match="no photograph with id 999999"):
        with lib.Session() as s, s.begin():
            tours.add(s, tid, [ids[2], 999999])
    with pytest.raises(TourError, match="already a tour"):
        with lib.Session() as s, s.begin():
            tours.create(s, "Talk")
    with pytest.raises(TourError, match="from 1 to 2"):
        with lib.Session() as s, s.begin():
            tours.move(s, tid, 1, 5)
    with pytest.raises(TourNotFound):
        with lib.Session() as s:
            tours.find(s, "Nope")
    with lib.Session() as s:
        assert [sl.photo_id for sl in tours.find(s, "Talk").slides] == ids[:2]


def test_a_slide_taken_out_goes_back_whole(photos):
    """The window's undo of "Remove" puts the slide back as it was: notes, captions, hidden, and
    how the talk arrives at it."""
    lib, ids = photos
    with lib.Session() as s, s.begin():
        tid = tours.create(s, "Retour")
        tours.add(s, tid, ids)
        tours.set_notes(s, tid, 2, "The dam.")
        tours.set_caption(s, tid, 2, "fr", "Le barrage", "1972")
        tours.set_hidden(s, tid, 2, True)
        tours.set_transition(s, tid, 2, "fly")
    with lib.Session() as s:
        before = tours.find(s, "Retour")
    with lib.Session() as s, s.begin():
        tours.remove(s, tid, 2)
        tours.insert_slides(s, tid, [before.slides[1]], at=2)
    with lib.Session() as s:
        assert tours.find(s, "Retour") == before
    with pytest.raises(TourError, match="transition"), lib.Session() as s, s.begin():
        tours.insert_slides(s, tid, [replace(before.slides[0], transition="zoom")])
    with pytest.raises(TourError, match="position 9: the tour has 4 slide"), lib.Session() as s, s.begin():
        tours.insert_slides(s, tid, [before.slides[0]], at=9)
    with lib.Session() as s:
        assert tours.find(s, "Retour") == before


def test_several_slides_come_out_at_once(photos):
    """The window's undo of "Add selection" takes the added slides out in one step."""
    lib, ids = photos
    a, b, c, d = ids
    with lib.Session() as s, s.begin():
        tid = tours.create(s, "Plusieurs")
        tours.add(s, tid, [a, b, c, d])
        tours.set_notes(s, tid, 4, "last")
    with lib.Session() as s, s.begin():
        tours.remove(s, tid, 2, count=2)
    with lib.Session() as s:
        t = tours.find(s, "Plusieurs")
    assert [(sl.position, sl.photo_id, sl.notes) for sl in t.slides] == [(1, a, ""), (2, d, "last")]
    with pytest.raises(TourError, match="from 1 to 2"), lib.Session() as s, s.begin():
        tours.remove(s, tid, 2, count=2)
    with lib.Session() as s, s.begin():
        tours.add(s, tid, [b, c])
        tours.remove(s, tid, 3, count=2)  # the tail
        tours.add(s, tid, [c])
    with lib.Session() as s:
        assert [(sl.position, sl.photo_id) for sl in tours.find(s, "Plusieurs").slides] == [
            (1, a),
            (2, d),
            (3, c),
        ]


def test_deleting_a_photograph_takes_it_out_of_its_tours(photos):
    from sqlalchemy import delete

    from photobook.db.models import Photo

    lib, ids = photos
    with lib.Session() as s, s.begin():
        tid = tours.create(s, "T")
        tours.add(s, tid, ids)
    with lib.Session() as s, s.begin():
        s.execute(delete(Photo).where(Photo.id == ids[0]))
    with lib.Session() as s:
        assert [sl.photo_id for sl in tours.find(s, "T").slides] == ids[1:]


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_tour_command_line_round_trips(photos, capsys):
    lib, ids = photos
    where = ["--db", lib.url] if not lib.is_sqlite else ["--library", lib.folder]
    code, out, _ = run(capsys, "tour", *where, "create", "Summit 2026", "--minutes", "15", "--json")
    assert code == 0 and json.loads(out)["duration_s"] == 900
    code, out, _ = run(capsys, "tour", *where, "add", "Summit 2026", ids[2], ids[0], "--json")
    assert [s["photo"] for s in json.loads(out)["slides"]] == [ids[2], ids[0]]
    code, out, _ = run(capsys, "tour", *where, "notes", "Summit 2026", "2", "Mention the crane.")
    assert code == 0
    code, out, _ = run(capsys, "tour", *where, "move", "Summit 2026", "2", "1")
    code, out, _ = run(capsys, "tour", *where, "show", "Summit 2026", "--json")
    shown = json.loads(out)
    assert [(s["position"], s["photo"], s["notes"]) for s in shown["slides"]] == [
        (1, ids[0], "Mention the crane."),
        (2, ids[2], ""),
    ]
    code, out, _ = run(capsys, "tour", *where, "show", "Summit 2026")
    assert "Mention the crane." in out and "2 slides" in out
    code, out, _ = run(capsys, "tour", *where, "list", "--json")
    assert json.loads(out) == [{"id": shown["id"], "title": "Summit 2026", "duration_s": 900, "slides": 2}]
    code, _, err = run(capsys, "tour", *where, "show", "Missing")
    assert code == 2 and "no tour called 'Missing'" in err
    code, _, err = run(capsys, "tour", *where, "add", "Summit 2026", "999999")
    assert code == 2 and "no photograph with id 999999" in err


def test_migration_0005_adds_and_removes_the_tour_tables(tmp_path):
    from alembic import command

    from photobook.db.engine import make_engine
    from photobook.db.migrate import alembic_config, current_revision, upgrade_to_head

    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    upgrade_to_head(engine)
    assert {"tours", "tour_slides", "tour_captions"} <= set(inspect(engine).get_table_names())
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    assert current_revision(engine) == "0004"
    assert not {"tours", "tour_slides", "tour_captions"} & set(inspect(engine).get_table_names())
    upgrade_to_head(engine)
    assert "tour_slides" in inspect(engine).get_table_names()
    engine.dispose()
