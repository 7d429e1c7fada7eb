"""The batch bar's preview: the photographs a batch edit changes are worked out once, and a
photograph changed by its status, a theme and a field is counted once."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from photobook.services import edits
from photobook.services.edits import EditRequest
from photobook.ui.views.batch_bar import batch_preview

from . import test_editor
from .test_editor_review import select_in_grid

window = test_editor.window  # the editor tests' window fixture, shared


def test_the_preview_says_which_photographs_change_and_how():
    current = {
        1: ("draft", ("port",)),
        2: ("draft", ()),
        3: ("reviewed", ("port", "solar")),
        4: ("reviewed", ()),
    }
    label = {"draft": "Brouillon", "reviewed": "Relu", "port": "Ports", "solar": "Solaire"}
    touched, phrases = batch_preview(current, "reviewed", ("port",), ("solar",), label)
    assert touched == {1, 2, 3, 4}
    assert phrases == ["Brouillon → Relu (2)", "+Ports (2)", "−Solaire (1)"]
    touched, phrases = batch_preview(current, None, ("port",), (), label)
    assert touched == {2, 4} and phrases == ["+Ports (2)"]
    assert batch_preview(current, "reviewed", (), ("wind",), label) == ({1, 2}, ["Brouillon → Relu (2)"])


def test_a_photograph_changed_by_its_status_a_theme_and_a_field_is_counted_once(
    qtbot, window, synthetic_library
):
    w = window()
    ids = [w.grid.photo_model().id_at(i) for i in range(4)]
    # all reviewed, with the port theme and the credit, but the first: a draft without either
    every = edits.same_for_all(ids, EditRequest({"status": "reviewed", "credit": "Archives du Maroc"}))
    edits.save(synthetic_library, every, "test")
    edits.save(synthetic_library, edits.same_for_all(ids, EditRequest(add_themes=("port",))), "test")
    first = {ids[0]: EditRequest({"status": "draft", "credit": ""}, remove_themes=("port",))}
    edits.save(synthetic_library, first, "test")
    got, bar = select_in_grid(qtbot, w, 4)
    assert sorted(got) == sorted(ids)
    bar.status_box.setCurrentIndex(bar.status_box.findData("reviewed"))
    bar.theme_input.setText("Ports")
    bar.add_button.click()
    bar.field_box.setCurrentIndex(bar.field_box.findData("credit"))
    bar.value_input.setText("Archives du Maroc")
    bar.set_button.click()
    preview = bar.preview_text()
    assert preview.startswith("1 photographie changera : "), preview
    assert "→ Relu (1)" in preview and "+Ports (1)" in preview and "→ Archives du Maroc (1)" in preview
