"""The places manager's changes on SQLite and PostgreSQL: coordinates set and cleared (and refused
out of range), a place put inside a region (never inside itself), a place merged into another (its
photographs move, with their history; the places inside it follow), an unused place deleted and a
used one refused, and each put back as the window's undo does; ``photobook places delete|merge``."""

from __future__ import annotations

import json

import pytest

from photobook.cli import main
from photobook.db import queries as q
from photobook.services import edits
from photobook.services import places as p
from photobook.services.edits import EditError, EditRequest
from photobook.services.vocabulary import run
from tests.db.test_queries import SPECS, add


@pytest.fixture
def lib(any_library):
    add(any_library, SPECS)  # a.jpg at "Casablanca", b.jpg at "Ouarzazate", c.jpg at "Tanger"…
    run(any_library, lambda s: edits.finish(s, [1, 2, 3, 4, 5]))  # linked to the vocabulary
    return any_library


def places(lib):
    with lib.Session() as s:
        return {r.names["fr"]: r for r in q.places(s)}


def rec(lib, pid):
    with lib.Session() as s:
        return q.photo_records(s, [pid])[0]


def history(lib, pid):
    with lib.Session() as s:
        return [(e.field, e.old, e.new) for e in q.photo_history(s, pid)]


def test_coordinates_are_set_cleared_and_checked(lib):
    run(lib, lambda s: p.edit_place(s, "Tanger", coords=(35.77, -5.8)))
    assert (places(lib)["Tanger"].lat, places(lib)["Tanger"].lon) == (35.77, -5.8)
    run(lib, lambda s: p.edit_place(s, "Tanger", coords=(None, None)))
    assert (places(lib)["Tanger"].lat, places(lib)["Tanger"].lon) == (None, None)
    for lat, lon, words in ((90.5, 0.0, "latitude"), (0.0, -181.0, "longitude"), (30.0, None, "both")):
        with pytest.raises(EditError, match=words):
            run(lib, lambda s, a=lat, b=lon: p.edit_place(s, "Tanger", {"en": "X"}, coords=(a, b)))
    assert places(lib)["Tanger"].names["en"] == "Tangier"  # a refused save changes nothing


def test_a_place_moves_into_a_region_never_into_itself(lib):
    run(lib, lambda s: p.edit_place(s, "Fès", parent="Oriental"))
    assert places(lib)["Fès"].parent == "Oriental"
    run(lib, lambda s: p.edit_place(s, "Fès", parent=None))
    assert places(lib)["Fès"].parent is None
    with pytest.raises(EditError, match="inside"):
        run(lib, lambda s: p.edit_place(s, "Tanger-Tétouan-Al Hoceïma", parent="Tanger"))
    assert places(lib)["Tanger-Tétouan-Al Hoceïma"].parent is None


def test_an_edit_is_put_back_names_coordinates_and_region(lib):
    snap = run(lib, lambda s: p.place_snapshot(s, "Tanger"))
    run(
        lib,
        lambda s: p.edit_place(s, "Tanger", {"fr": "Tanger (ville)"}, coords=(None, None), parent="Oriental"),
    )
    assert rec(lib, 3).place == "Tanger (ville)"
    run(lib, lambda s: p.put_back(s, "Tanger (ville)", snap))
    back = places(lib)["Tanger"]
    assert (back.id, back.lat, back.parent) == (snap.id, snap.lat, snap.parent)
    assert rec(lib, 3).place == "Tanger" and rec(lib, 3).place_id == snap.id


def test_merge_moves_the_photographs_with_history_and_undo_restores_the_place(lib):
    before = places(lib)
    tanger, med = before["Tanger"], before["Tanger Med"]
    edits.save(lib, {1: EditRequest({"place": "Tanger Med"})})  # a.jpg at Tanger Med too
    assert rec(lib, 1).place_id == med.id
    snap = run(lib, lambda s: p.place_snapshot(s, "Tanger Med"))
    merged = run(lib, lambda s: p.merge_places(s, "Tanger Med", "Tanger", "ines"))
    assert sorted(merged.revisions) == [1]
    after = places(lib)
    assert "Tanger Med" not in after and after["Tanger"].photos == 2
    r = rec(lib, 1)
    assert (r.place, r.places.get("ar"), r.places.get("en"), r.place_id) == (
        "Tanger",
        "طنجة",
        "Tangier",
        tanger.id,
    )
    assert ("place", "Tanger Med", "Tanger") in history(lib, 1)
    # undo: the place comes back with its id, region and photographs
    run(lib, lambda s: p.restore_place(s, snap, merged, "ines"))
    back = places(lib)
    assert back["Tanger Med"].id == med.id and back["Tanger Med"].parent == med.parent
    assert rec(lib, 1).place == "Tanger Med" and rec(lib, 1).place_id == med.id
    assert back["Tanger"].photos == 1 and back["Tanger Med"].photos == 1
    with pytest.raises(EditError):
        run(lib, lambda s: p.merge_places(s, "Tanger", "Tanger"))
    with pytest.raises(EditError, match="inside"):
        run(lib, lambda s: p.merge_places(s, "Tanger-Tétouan-Al Hoceïma", "Tanger"))


def test_a_region_merged_takes_its_places_along_and_gives_them_back(lib):
    snap = run(lib, lambda s: p.place_snapshot(s, "Oriental"))
    run(lib, lambda s: p.add_place(s, {"fr": "Oujda"}, parent="Oriental"))
    snap = run(lib, lambda s: p.place_snapshot(s, "Oriental"))
    assert "Oujda" in snap.children
    merged = run(lib, lambda s: p.merge_places(s, "Oriental", "Fès-Meknès"))
    assert places(lib)["Oujda"].parent == "Fès-Meknès"
    run(lib, lambda s: p.restore_place(s, snap, merged))
    assert places(lib)["Oujda"].parent == "Oriental"


def test_delete_refuses_a_place_in_use_and_deletes_an_unused_one(lib):
    with pytest.raises(EditError, match="merge"):
        run(lib, lambda s: p.delete_place(s, "Casablanca"))
    assert "Casablanca" in places(lib) and rec(lib, 1).place_id == places(lib)["Casablanca"].id
    run(lib, lambda s: p.add_place(s, {"fr": "Oujda", "ar": "وجدة"}, 34.68, -1.91, "Oriental"))
    snap = run(lib, lambda s: p.place_snapshot(s, "Oujda"))
    run(lib, lambda s: p.delete_place(s, "Oujda"))
    assert "Oujda" not in places(lib)
    run(lib, lambda s: p.restore_place(s, snap))
    back = places(lib)["Oujda"]
    assert (back.id, back.names["ar"], back.lat, back.parent) == (snap.id, "وجدة", 34.68, "Oriental")
    # deleting a region puts its places at the top (they are not deleted with it)
    run(lib, lambda s: p.delete_place(s, "Oriental"))
    assert places(lib)["Oujda"].parent is None


def test_undo_of_an_add_unlinks_without_touching_the_photographs(lib):
    edits.save(lib, {2: EditRequest({"place": "Ifrane"})})
    run(lib, lambda s: p.add_place(s, {"fr": "Ifrane"}))
    assert rec(lib, 2).place_id == places(lib)["Ifrane"].id
    run(lib, lambda s: p.forget_added_place(s, "Ifrane"))
    assert "Ifrane" not in places(lib)
    assert rec(lib, 2).place == "Ifrane" and rec(lib, 2).place_id is None


def test_places_delete_and_merge_on_the_command_line(lib, capsys):
    opts = ["--library", str(lib.folder)] + ([] if lib.is_sqlite else ["--db", lib.url])
    assert main(["places", "delete", "Casablanca", *opts]) == 2
    err = capsys.readouterr().err
    assert "nothing changed" in err and "merge" in err and "Casablanca" in places(lib)
    assert main(["places", "merge", "Casablanca", "Rabat", *opts, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["photographs"] == [1] and rec(lib, 1).place == "Rabat"
    assert "Casablanca" not in places(lib)
    assert main(["places", "merge", "Rabat", "Rabat", *opts]) == 2
    assert main(["places", "merge", "Atlantide", "Rabat", *opts]) == 2
    assert "unknown place" in capsys.readouterr().err
    assert main(["places", "add", "Oujda", *opts]) == 0
    assert main(["places", "delete", "Oujda", *opts]) == 0
    assert "deleted place Oujda" in capsys.readouterr().out and "Oujda" not in places(lib)
