"""Duplicates on generated near-copies, on SQLite and PostgreSQL: found at indexing (exact and
near, the different photograph left out), merged into one record that keeps both files and the
union of their metadata (one transaction, history written, a rescan does not add the file again),
the merge undone, and a group marked "not duplicates" never proposed again."""

from __future__ import annotations

import shutil

import pytest

from photobook.db import queries
from photobook.indexer.scan import index_paths
from photobook.services import duplicates
from photobook.services.edits import EditError, EditRequest, StaleRevision, save
from tests.near_copies import write_set


@pytest.fixture
def copies(any_library, tmp_path):
    root = tmp_path / "archive"
    files = write_set(root / "scans")
    shutil.copy(files["original"], root / "scans" / "copy-of-original.jpg")  # the same bytes
    report = index_paths(any_library, [root], workers=0)
    assert report.indexed == 6 and not report.failed
    with any_library.Session() as s:
        ids = {
            r.path.split("/")[-1].removesuffix(".jpg"): r.id
            for r in queries.photo_records(s, queries.photo_ids(s))
        }
    return any_library, root, ids


def _groups(lib, distance=None):
    with lib.Session() as s:
        found = duplicates.find(s) if distance is None else duplicates.find(s, distance)
    return found, [sorted(g.ids) for g in found.groups]


def test_near_copies_are_one_group_and_the_other_photograph_is_in_none(copies):
    lib, _root, ids = copies
    found, groups = _groups(lib)
    assert found.without_hash == 0 and found.compared == 6
    near = sorted(ids[n] for n in ("original", "copy-of-original", "half", "crop", "q60"))
    assert groups == [near]
    group = found.groups[0]
    assert not group.exact
    by_id = {m.photo_id: m for m in group.members}
    assert by_id[ids["copy-of-original"]].same_file and by_id[ids["original"]].same_file
    assert not by_id[ids["half"]].same_file
    assert all(m.distance is not None and m.distance <= 8 for m in group.members)
    # at distance 0: the byte-for-byte copy, with the copies whose hash did not move at all
    _found, exact_only = _groups(lib, 0)
    assert any({ids["original"], ids["copy-of-original"]} <= set(g) for g in exact_only)
    assert all(ids["other"] not in g for g in exact_only)


def test_merge_keeps_one_record_with_both_files_and_the_union_of_their_metadata(copies):
    lib, root, ids = copies
    keep, other = ids["original"], ids["half"]
    save(lib, {keep: EditRequest({"title:fr": "Le port", "date": "1985", "photographer": ""}, ("port",))})
    save(
        lib,
        {
            other: EditRequest(
                {
                    "title:fr": "Autre titre",
                    "title:ar": "الميناء",
                    "caption:en": "The harbour",
                    "date": "1985-06-12",
                    "credit": "Fonds Benjelloun",
                },
                ("tourism",),
            )
        },
    )
    with lib.Session() as s, s.begin():
        result = duplicates.merge(s, keep, [other], user="amina")
    assert result.merged == (other,)
    with lib.Session() as s:
        assert queries.existing_photo_ids(s, [keep, other]) == {keep}
        rec = queries.photo_records(s, [keep])[0]
        assert rec.captions["fr"].title == "Le port"  # its own title stays
        assert rec.captions["ar"].title == "الميناء"  # the languages it had none in are taken
        assert rec.captions["en"].text == "The harbour"
        assert set(rec.themes) == {"port", "tourism"}
        assert rec.date == "1985-06-12"  # the more precise date
        assert rec.credit == "Fonds Benjelloun"
        history = {(h.field, h.new) for h in queries.photo_history(s, keep)}
        assert ("merged", f"{other}: scans/half.jpg") in history
        assert ("title:ar", "الميناء") in history and ("date", "1985-06-12") in history
        assert [p for _src, p, _w, _h in queries.alternates(s, keep)] == ["scans/half.jpg"]
    assert (root / "scans" / "half.jpg").exists()  # the file stays on disk
    # a rescan does not add the merged file again as a new photograph
    again = index_paths(lib, [root], workers=0)
    assert again.indexed == 0
    with lib.Session() as s:
        assert queries.count(s) == 5
    _found, groups = _groups(lib)
    assert other not in {i for g in groups for i in g}

    with lib.Session() as s, s.begin():
        back = duplicates.undo_merge(s, result.merge_id, user="amina")
    assert back == (other,)
    with lib.Session() as s:
        assert queries.count(s) == 6
        kept, restored = queries.photo_records(s, [keep, other])
        assert kept.captions.keys() == {"fr"} and kept.date == "1985" and kept.themes == ("port",)
        assert kept.credit is None
        assert restored.captions["ar"].title == "الميناء" and restored.themes == ("tourism",)
        assert restored.date == "1985-06-12" and restored.path == "scans/half.jpg"
        assert {h.field for h in queries.photo_history(s, other)} >= {"title:ar", "date", "credit", "themes"}
        assert queries.alternates(s, keep) == []
    assert index_paths(lib, [root], workers=0).indexed == 0  # known again as itself


def test_a_merge_cannot_be_undone_once_the_kept_record_was_saved_again(copies):
    lib, _root, ids = copies
    with lib.Session() as s, s.begin():
        result = duplicates.merge(s, ids["original"], [ids["q60"], ids["crop"]])
    save(lib, {ids["original"]: EditRequest({"notes": "vu"})})
    with pytest.raises(StaleRevision), lib.Session() as s, s.begin():
        duplicates.undo_merge(s, result.merge_id)
    with lib.Session() as s:
        assert queries.existing_photo_ids(s, [ids["q60"], ids["crop"]]) == set()


def test_a_merge_that_cannot_be_made_changes_nothing(copies):
    lib, _root, ids = copies
    for keep, others in (
        (ids["original"], []),
        (ids["original"], [ids["original"]]),
        (ids["original"], [99_999]),
    ):
        with pytest.raises(EditError), lib.Session() as s, s.begin():
            duplicates.merge(s, keep, others)
    with lib.Session() as s:
        assert queries.count(s) == 6


def test_not_duplicates_is_never_proposed_again(copies):
    lib, _root, _ids = copies
    _found, groups = _groups(lib)
    with lib.Session() as s, s.begin():
        assert duplicates.dismiss(s, groups[0], user="amina") == 10
    _found, after = _groups(lib)
    assert after == []
    with lib.Session() as s, s.begin():
        assert duplicates.dismiss(s, groups[0]) == 0  # already said
