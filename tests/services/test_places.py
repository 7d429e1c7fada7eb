"""The vocabulary of places on SQLite and PostgreSQL: seeded with the book's places, a photograph
linked to the place its place is written as, a renamed place rewrites its photographs, the
nearest place to a GPS position; and ``photobook places list|add|rename``."""

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
    add(any_library, SPECS)  # a.jpg at "Casablanca", b.jpg at "Ouarzazate", c.jpg at "Tanger"
    return any_library


def rec(lib, pid):
    with lib.Session() as s:
        return q.photo_records(s, [pid])[0]


def place_id(lib, name):
    with lib.Session() as s:
        found = q.place_named(s, name)
        return found.id if found is not None else None


def test_the_vocabulary_is_seeded_and_photographs_are_linked_by_their_place(lib):
    with lib.Session() as s:
        places = {r.names["fr"]: r for r in q.places(s)}
    casa = places["Casablanca"]
    assert casa.names == {"fr": "Casablanca", "ar": "الدار البيضاء", "en": "Casablanca"}
    assert casa.parent == "Casablanca-Settat" and casa.lat is not None
    assert places["Fès"].names["en"] == "Fez"
    assert rec(lib, 1).place_id is None  # written straight into the table, as the fixture does
    run(lib, lambda s: edits.finish(s, [1, 2, 3]))  # what an import does after setting the fields
    assert [rec(lib, pid).place_id for pid in (1, 2, 3)] == [
        casa.id,
        places["Ouarzazate"].id,
        places["Tanger"].id,
    ]
    # an edit that writes the place (in any of its languages) links it; another place unlinks it
    edits.save(lib, {1: EditRequest({"place": "Fez"})})
    assert rec(lib, 1).place_id == place_id(lib, "Fès")
    edits.save(lib, {1: EditRequest({"place": "Quelque part"})})
    assert rec(lib, 1).place_id is None
    assert rec(lib, 1).as_json()["place_id"] is None


def test_a_new_place_links_its_photographs_and_a_rename_rewrites_them(lib):
    edits.save(lib, {2: EditRequest({"place": "Ifrane"})})
    new = run(lib, lambda s: p.add_place(s, {"fr": "Ifrane", "ar": "إفران"}, 33.53, -5.11, "Fès-Meknès").id)
    assert rec(lib, 2).place_id == new
    result = run(lib, lambda s: p.rename_place(s, "إفران", {"en": "Ifrane", "fr": "Ifrane (Moyen Atlas)"}))
    assert sorted(result.revisions) == [2]
    r = rec(lib, 2)
    assert (r.place, r.places.get("en"), r.place_id) == ("Ifrane (Moyen Atlas)", "Ifrane", new)
    with lib.Session() as s:
        history = [(e.field, e.old, e.new) for e in q.photo_history(s, 2)]
    assert ("place", "Ifrane", "Ifrane (Moyen Atlas)") in history
    for bad in (
        lambda s: p.add_place(s, {"ar": "بلا اسم فرنسي"}),
        lambda s: p.add_place(s, {"fr": "Casablanca"}),
        lambda s: p.add_place(s, {"fr": "Nulle part"}, 91.0, 0.0),
        lambda s: p.add_place(s, {"fr": "Nulle part"}, 30.0),
        lambda s: p.add_place(s, {"fr": "Nulle part"}, parent="Atlantide"),
        lambda s: p.rename_place(s, "Fès", {"fr": "Casablanca"}),
    ):
        with pytest.raises(EditError):
            run(lib, bad)


def test_gps_suggests_the_nearest_place_never_a_region_and_not_too_far(lib):
    with lib.Session() as s:
        near = q.nearest_place(s, 33.60, -7.60)  # in Casablanca
        assert near is not None and near[0] == q.place_named(s, "Casablanca").id and near[1] < 5
        assert q.nearest_place(s, 23.70, -15.95)[0] == q.place_named(s, "Dakhla").id
        assert q.nearest_place(s, 48.85, 2.35) is None  # Paris: nothing within 25 km


def test_places_command_line(lib, capsys):
    opts = ["--library", str(lib.folder)] + ([] if lib.is_sqlite else ["--db", lib.url])
    run(lib, lambda s: edits.finish(s, [1, 2, 3]))
    assert main(["places", "list", *opts, "--json"]) == 0
    listed = {r["names"]["fr"]: r for r in json.loads(capsys.readouterr().out)}
    assert listed["Casablanca"]["photos"] == 1 and listed["Casablanca"]["parent"] == "Casablanca-Settat"
    code = main(
        ["places", "add", "Ifrane", "--ar", "إفران", "--lat", "33.53", "--lon", "-5.11", *opts, "--json"]
    )
    assert code == 0 and json.loads(capsys.readouterr().out)["id"] > 0
    assert main(["places", "rename", "Casablanca", "--en", "Casa", *opts, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["photographs"] == [1]
    assert rec(lib, 1).places["en"] == "Casa"
    assert main(["places", "add", "Casablanca", *opts]) == 2
    assert "already" in capsys.readouterr().err


def test_an_arabic_or_english_name_is_one_places_only(lib, capsys):
    """Two places could be given the same Arabic or English name (only the French one was
    checked): they then read alike in an Arabic window. Refused now, in any language against any
    language, naming the place that has it; a place may keep its own names (Casablanca in French
    and English)."""
    from photobook.services.refusals import RefusalCode, Refused

    before = run(lib, lambda s: [r.names for r in q.places(s)])
    for change, code, other in (
        (lambda s: p.add_place(s, {"fr": "Fès Jdid", "ar": "فاس"}), RefusalCode.PLACE_AR_TAKEN, "Fès"),
        (lambda s: p.add_place(s, {"fr": "Fès Jdid", "en": "Fez"}), RefusalCode.PLACE_EN_TAKEN, "Fès"),
        (lambda s: p.add_place(s, {"fr": "Anfa", "en": "Casablanca"}), RefusalCode.PLACE_TAKEN, ""),
        (lambda s: p.rename_place(s, "Tanger", {"ar": "فاس"}), RefusalCode.PLACE_AR_TAKEN, "Fès"),
        (lambda s: p.rename_place(s, "Tanger", {"en": "Fès"}), RefusalCode.PLACE_TAKEN, ""),
    ):
        with pytest.raises(Refused) as refused:
            run(lib, change)
        assert (refused.value.code, refused.value.other) == (code, other)
    assert run(lib, lambda s: [r.names for r in q.places(s)]) == before  # nothing was written
    run(lib, lambda s: p.rename_place(s, "Casablanca", {"en": "Casablanca", "ar": "الدار البيضاء"}))
    run(lib, lambda s: p.add_place(s, {"fr": "Anfa", "ar": "أنفا", "en": "Anfa"}))  # its own, twice
    opts = ["--library", str(lib.folder)] + ([] if lib.is_sqlite else ["--db", lib.url])
    capsys.readouterr()
    assert main(["places", "rename", "Tanger", "--en", "Fez", *opts]) == 2
    assert "'Fez' is already the English name of the place 'Fès'" in capsys.readouterr().err
    assert main(["places", "add", "Fès Jdid", "--ar", "فاس", *opts]) == 2
    assert "already the Arabic name of the place 'Fès'" in capsys.readouterr().err
    assert run(lib, lambda s: q.place_named(s, "Tanger").name_en) == "Tangier"
