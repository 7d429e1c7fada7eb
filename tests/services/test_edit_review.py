"""Defects of the workbench left by last session's review, on SQLite and PostgreSQL: a batch made
against what it previewed refuses the photographs saved since, an undone date gets back where it
came from, and control characters are refused in one-line fields by the one rule of the edits."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import update

from photobook.db import queries as q
from photobook.db.models import Photo
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


# --- 1. a batch expects the revisions it previewed ------------------------------------------------


def test_a_batch_refuses_the_photographs_saved_since_its_preview_and_changes_none(lib):
    ids = [1, 2, 3, 4, 5]
    previewed = list(records(lib, ids).values())  # what the batch bar read and showed
    # meanwhile another archivist publishes photograph 2 and tags photograph 4
    edits.save(lib, {2: EditRequest({"status": "published"})}, "karim")
    edits.save(lib, {4: EditRequest(add_themes=("solar",))}, "karim")
    before = records(lib, ids)
    plan = edits.as_previewed(previewed, EditRequest({"status": "reviewed"}, remove_themes=("solar",)))
    assert {pid: r.expect_revision for pid, r in plan.items()} == {1: 1, 2: 1, 3: 1, 4: 1, 5: 1}
    with pytest.raises(StaleRevision) as err:
        edits.save(lib, plan, "amina")
    assert err.value.photo_ids == (2, 4)  # every photograph saved since, not only the first
    assert "2 photographs were changed by someone else" in str(err.value)
    assert records(lib, ids) == before  # nothing of the batch was written, on any photograph
    # previewed again, it applies
    again = edits.as_previewed(records(lib, ids).values(), EditRequest({"status": "reviewed"}))
    edits.save(lib, again, "amina")
    assert {r.status for r in records(lib, ids).values()} == {"reviewed"}


# --- 2. undoing a date gives it back its source ---------------------------------------------------


@pytest.mark.parametrize("source", ["exif_capture", "xmp_created", "filename"])
def test_undoing_a_date_change_restores_where_the_date_came_from(lib, source):
    with lib.Session() as s, s.begin():
        s.execute(update(Photo).where(Photo.id == 1).values(date_source=source))
    before = records(lib, [1])[1]
    assert (before.date, before.date_source) == ("1985~", source)
    done = edits.save(lib, {1: EditRequest({"date": "juin 1990"})}, "amina")
    assert (records(lib, [1])[1].date, records(lib, [1])[1].date_source) == ("1990-06", "archivist")
    undone = edits.save(lib, done.inverse(), "amina")
    rec = records(lib, [1])[1]
    assert (rec.date, rec.date_start, rec.date_end, rec.date_source) == (
        before.date,
        before.date_start,
        before.date_end,
        source,
    )
    # redone, it is the archivist's again
    edits.save(lib, undone.inverse(), "amina")
    rec = records(lib, [1])[1]
    assert (rec.date, rec.date_source) == ("1990-06", "archivist")


def test_undoing_an_edit_gives_back_a_files_value_the_rules_for_typing_would_refuse(lib):
    """A photographer read from a file with a tab in it (the indexer keeps what the file says) is
    edited, then Ctrl+Z: the file's value comes back as it was, not refused as typed text."""
    with lib.Session() as s, s.begin():
        s.execute(update(Photo).where(Photo.id == 1).values(photographer="H.\tNajibi"))
    with pytest.raises(EditError):  # typed, it is refused
        edits.save(lib, {1: EditRequest({"photographer": "H.\tNajibi"})}, "amina")
    done = edits.save(lib, {1: EditRequest({"photographer": "H. Najibi"})}, "amina")
    assert records(lib, [1])[1].photographer == "H. Najibi"
    edits.save(lib, done.inverse(), "amina")
    assert records(lib, [1])[1].photographer == "H.\tNajibi"


def test_undoing_a_cleared_date_brings_back_the_cameras_date(lib):
    with lib.Session() as s, s.begin():
        s.execute(update(Photo).where(Photo.id == 3).values(date_source="exif_capture"))
    done = edits.save(lib, {3: EditRequest({"date": ""})})
    assert (records(lib, [3])[3].date, records(lib, [3])[3].date_source) == ("", "archivist")
    edits.save(lib, done.inverse())
    assert (records(lib, [3])[3].date, records(lib, [3])[3].date_source) == ("2007-07-27", "exif_capture")


# --- 3. control characters ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "shown"),
    [
        ("title:fr", "Le\x01quai", "U+0001"),
        ("title:ar", "الميناء\x1b", "U+001B"),
        ("photographer", "A.\tBenali", "U+0009"),  # a tab in a one-line field
        ("credit", "Archives\ndu Maroc", "U+000A"),
        ("place:en", "Casa\x7fblanca", "U+007F"),
        ("plate", "pl.\x0c12", "U+000C"),
        ("place", "Fès\x85", "U+0085"),
        ("caption:fr", "Le port\x07", "U+0007"),  # a bell, even where lines are allowed
        ("notes", "scan\x1frefait", "U+001F"),
    ],
)
def test_a_control_character_is_refused_with_the_reason(lib, name, value, shown):
    before = records(lib, [1, 2])
    with pytest.raises(EditError, match=re.escape(f"control character ({shown})")) as err:
        edits.save(lib, edits.same_for_all([1, 2], EditRequest({"status": "reviewed", name: value})))
    assert "position" in str(err.value)
    assert records(lib, [1, 2]) == before


def test_line_breaks_and_tabs_where_a_field_has_lines_and_bidi_marks_anywhere(lib):
    rtl = "\u202bالميناء\u202c \u2067Casablanca\u2069"  # embeddings and isolates: kept
    edits.save(
        lib,
        {
            1: EditRequest(
                {
                    "caption:fr": "Le port.\n\tAu matin.\r\nLa jetée.",
                    "notes": "ligne 1\nligne 2",
                    "rights": "© Archives\nTous droits réservés",
                    "title:ar": rtl,
                    "place:ar": "\u200fالدار البيضاء",
                }
            )
        },
    )
    rec = records(lib, [1])[1]
    assert rec.captions["fr"].text == "Le port.\n\tAu matin.\r\nLa jetée."
    assert rec.captions["ar"].title == rtl and rec.notes == "ligne 1\nligne 2"


def test_the_rule_is_one_function_the_batch_and_the_import_ask(lib):
    edits.check_value("title:fr", "Le quai")
    edits.check_value("caption:fr", "a\nb")
    with pytest.raises(EditError, match="one-line"):
        edits.check_value("title:fr", "a\nb")
    with pytest.raises(EditError, match="at most 500"):
        edits.check_value("credit", "c" * 501)
    with pytest.raises(EditError, match="control character"):
        edits.planned_changes(records(lib, [1]).values(), EditRequest({"credit": "a\x02"}))


def _opts(lib):
    return ["--library", str(lib.folder), *([] if lib.is_sqlite else ["--db", lib.url])]


def test_photobook_edit_refuses_a_control_character_and_changes_nothing(lib, capsys):
    from photobook.cli import main

    before = records(lib, [1, 2])
    code = main(["edit", "1", "2", *_opts(lib), "--notes", "ok", "--credit", "Archives\x01du Maroc"])
    err = capsys.readouterr().err
    assert code == 2 and "credit contains a control character (U+0001)" in err, err
    assert len(err.strip().splitlines()) == 1
    assert records(lib, [1, 2]) == before
    assert main(["edit", "1", *_opts(lib), "--caption", "fr=Le port.\nAu matin."]) == 0


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_import_refuses_a_control_character_where_it_is_and_changes_nothing(lib, tmp_path, capsys, fmt):
    import json

    from photobook.cli import main

    sheet = tmp_path / f"sheet.{fmt}"
    if fmt == "csv":
        sheet.write_text(
            'path,title_fr,caption_fr\na.jpg,Le quai,"Le port.\nAu matin."\nb.jpg,Le\x02quai,\n',
            encoding="utf-8",
        )
    else:
        photos = [
            {"path": "a.jpg", "captions": {"fr": {"title": "Le quai", "text": "Le port.\nAu matin."}}},
            {"path": "b.jpg", "captions": {"fr": {"title": "Le\x02quai"}}},
        ]
        sheet.write_text(json.dumps({"format": "photobook-catalog", "version": 1, "photos": photos}), "utf-8")
    before = records(lib, [1, 2])
    code = main(["import", str(sheet), *_opts(lib)])
    out = capsys.readouterr()
    assert code == 2, out
    text = out.out + out.err
    assert "U+0002" in text and ("line 4, column title_fr" in text or "entry 1" in text), text
    assert records(lib, [1, 2]) == before
