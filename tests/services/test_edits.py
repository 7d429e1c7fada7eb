"""Typed edits on SQLite and PostgreSQL: one or many photographs in one transaction, history,
revisions, a stale save refused, undo by the inverse edit."""

from __future__ import annotations

import threading

import pytest

from photobook.db import queries as q
from photobook.services import edits
from photobook.services.edits import EditError, EditRequest, StaleRevision
from tests.db.test_queries import SPECS, add


@pytest.fixture
def lib(any_library):
    add(any_library, SPECS)
    return any_library


def records(lib, ids):
    with lib.Session() as s:
        return {r.id: r for r in q.photo_records(s, ids)}


def history(lib, pid):
    with lib.Session() as s:
        return q.photo_history(s, pid)


def test_one_save_changes_every_field_and_keeps_a_history(lib):
    pid = 1
    req = EditRequest(
        {
            "date": "14 juin 1985",
            "title:fr": "Le quai",
            "caption:ar": "ميناء الدار البيضاء",
            "status": "reviewed",
            "photographer": "  A. Benali ",
            "plate": "pl. 12",
            "notes": "scan refait",
            "place:en": "Casablanca harbour",
        },
        add_themes=("industry",),
        remove_themes=("port",),
    )
    result = edits.save(lib, {pid: req}, user="amina")
    rec = records(lib, [pid])[pid]
    assert (rec.date, rec.date_start, rec.date_end, rec.date_source) == (
        "1985-06-14",
        "1985-06-14",
        "1985-06-14",
        "archivist",
    )
    assert rec.captions["fr"].title == "Le quai" and rec.captions["fr"].text == "Le port de Casablanca"
    assert rec.captions["ar"].text == "ميناء الدار البيضاء"
    assert (rec.status, rec.photographer, rec.plate, rec.notes) == (
        "reviewed",
        "A. Benali",
        "pl. 12",
        "scan refait",
    )
    assert rec.themes == ("industry",)
    assert rec.reigns == ("hassan-ii",)
    assert rec.revision == 2 and result.revisions == {pid: 2}
    assert rec.places == {"fr": "Casablanca", "en": "Casablanca harbour"}
    assert rec.place_in("en") == "Casablanca harbour" and rec.place_in("ar") == "Casablanca"
    h = {e.field: (e.old, e.new, e.user, e.revision) for e in history(lib, pid)}
    assert h["date"] == ("1985~", "1985-06-14", "amina", 2)
    assert h["status"] == ("published", "reviewed", "amina", 2)
    assert h["themes"] == ("port", "industry", "amina", 2)
    assert h["title:fr"] == (None, "Le quai", "amina", 2)
    # the new caption is found by search
    with lib.Session() as s:
        assert q.photo_ids(s, q.PhotoFilter(search="quai")) == [pid]


def test_a_batch_is_one_step_and_its_inverse_undoes_it(lib):
    ids = [1, 2, 3]
    before = records(lib, ids)
    result = edits.save(
        lib, edits.same_for_all(ids, EditRequest({"status": "reviewed"}, add_themes=("port",))), "x"
    )
    after = records(lib, ids)
    assert {r.status for r in after.values()} == {"reviewed"}
    assert all("port" in r.themes for r in after.values())
    assert result.revisions == {1: 2, 2: 2, 3: 2}
    assert result.summary().startswith("3 photographs: status")
    undo = edits.save(lib, result.inverse(), "x")
    back = records(lib, ids)
    for pid in ids:
        assert (back[pid].status, back[pid].themes) == (before[pid].status, before[pid].themes)
        assert back[pid].revision == 3
    assert undo.revisions == {1: 3, 2: 3, 3: 3}
    # and the redo is the inverse of the undo
    edits.save(lib, undo.inverse(), "x")
    assert {r.status for r in records(lib, ids).values()} == {"reviewed"}


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"date": "31 juin 1985"}, "no such date"),
        ({"date": "2999"}, "in the future"),
        ({"date": "quand il pleuvait"}, "not a date"),
        ({"status": "lost"}, "unknown status"),
        ({"title:xx": "Hafen"}, "unknown language"),  # "de" is kept: a file may carry it
        ({"colour": "red"}, "unknown field"),
    ],
)
def test_a_bad_value_changes_nothing_for_any_photograph(lib, values, reason):
    before = records(lib, [1, 2])
    with pytest.raises(EditError, match=reason):
        edits.save(lib, edits.same_for_all([1, 2], EditRequest({"notes": "x", **values})))
    assert records(lib, [1, 2]) == before
    assert history(lib, 1) == []


def test_an_unknown_theme_or_photograph_changes_nothing(lib):
    with pytest.raises(EditError, match="unknown theme"):
        edits.save(lib, {1: EditRequest(add_themes=("no-such-theme",))})
    with pytest.raises(EditError, match="no photograph with id 999"):
        edits.save(lib, edits.same_for_all([1, 999], EditRequest({"notes": "x"})))
    assert records(lib, [1])[1].notes is None


def test_a_save_against_a_stale_revision_is_refused(lib):
    edits.save(lib, {1: EditRequest({"notes": "first archivist"}, expect_revision=1)}, "a")
    with pytest.raises(StaleRevision) as err:
        edits.save(lib, {1: EditRequest({"notes": "second archivist"}, expect_revision=1)}, "b")
    assert (err.value.expected, err.value.actual) == (1, 2)
    rec = records(lib, [1])[1]
    assert (rec.notes, rec.revision) == ("first archivist", 2)


def test_two_archivists_saving_at_once_never_overwrite_each_other(lib):
    """Both read revision 1 and save at the same moment: exactly one save lands."""
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def archivist(name: str) -> None:
        barrier.wait()
        try:
            edits.save(lib, {1: EditRequest({"notes": name}, expect_revision=1)}, name)
            outcomes.append("saved")
        except StaleRevision:
            outcomes.append("stale")

    threads = [threading.Thread(target=archivist, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["saved", "stale"]
    rec = records(lib, [1])[1]
    assert rec.revision == 2 and len(history(lib, 1)) == 1


def test_a_save_with_nothing_to_change_keeps_the_revision(lib):
    result = edits.save(lib, {1: EditRequest({"status": "published", "date": "vers 1985"})})
    assert result.revisions == {} and result.changes == ()
    assert records(lib, [1])[1].revision == 1


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"notes": "a\x00b"}, "NUL"),
        ({"photographer": "A" * 501}, "at most 500"),
        ({"plate": "p" * 201}, "at most 200"),
        ({"place:ar": "م" * 501}, "at most 500"),
        ({"notes": "n" * 20_001}, "at most 20,000"),
        ({"title:ar": "ع" * 501}, "at most 500"),
    ],
)
def test_text_a_field_cannot_hold_is_refused_before_anything_is_written(lib, values, reason):
    """The workbench's save checks every text field as the import does: a NUL (PostgreSQL
    refuses it with a driver error) or a text longer than the field takes is an EditError for the
    archivist, and nothing is written for any photograph."""
    before = records(lib, [1, 2])
    with pytest.raises(EditError, match=reason):
        edits.save(lib, edits.same_for_all([1, 2], EditRequest({"status": "reviewed", **values})))
    assert records(lib, [1, 2]) == before
    assert history(lib, 1) == []
