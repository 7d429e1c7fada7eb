"""The editor's defects left by last session's review, driven as an archivist would: a batch that
someone else's save overtook is refused and shown again, Ctrl+Z gives a date back with its source,
a control character is refused with its reason in the editor and the batch bar, and a Ctrl+Enter
save refused as stale keeps its conflict view reachable."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from sqlalchemy import update

from photobook.db.models import Photo
from photobook.services import edits
from photobook.services.edits import EditRequest

from . import test_editor
from .test_editor import open_editor_on, record, settle, type_into

window = test_editor.window  # the editor tests' window fixture, shared


def select_in_grid(qtbot, w, n):
    w.set_view("grid")
    ids = [w.grid.photo_model().id_at(i) for i in range(n)]
    w.grid.select(ids[0])
    w.grid.setFocus()
    for _ in range(n - 1):
        qtbot.keyClick(w.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(w.grid.selected_ids()) == sorted(ids)
    w.toggle_editor()  # F2 (the key itself is driven in test_editor)
    bar = w.editor.batch
    qtbot.waitUntil(lambda: len(bar.current) == n and bar.isVisible(), timeout=5000)
    # the themes' vocabulary is read by a worker: a theme typed before it came would be unknown;
    # and every read the selection started has landed, so none comes back over what the test types
    qtbot.waitUntil(lambda: bool(bar.vocab.themes), timeout=5000)
    settle(qtbot, w)
    qtbot.waitUntil(lambda: len(bar.current) == n, timeout=5000)
    return ids, bar


def test_a_batch_overtaken_by_someone_elses_save_is_refused_whole_and_shown_again(
    qtbot, window, synthetic_library
):
    w = window()
    ids, bar = select_in_grid(qtbot, w, 5)
    # another archivist, in another window, changes the status of one and the themes of another
    # after this batch was previewed
    edits.save(synthetic_library, {ids[1]: EditRequest({"status": "published"})}, "karim")
    edits.save(synthetic_library, {ids[3]: EditRequest(add_themes=("solar",))}, "karim")
    theirs = {pid: record(synthetic_library, pid) for pid in ids}
    bar.status_box.setCurrentIndex(bar.status_box.findData("draft"))
    bar.theme_input.setText("Solaire")
    qtbot.mouseClick(bar.add_button, Qt.MouseButton.LeftButton)
    assert bar.remove == [] and bar.add == ["solar"]
    qtbot.mouseClick(bar.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    # nothing of the batch was written: their status and their theme stand, and nothing else moved
    assert {pid: record(synthetic_library, pid) for pid in ids} == theirs
    qtbot.waitUntil(lambda: not bar.refusal.isHidden(), timeout=5000)
    assert "2 photographies" in bar.refusal.text() and "rien n'a été appliqué" in bar.refusal.text()
    assert not w.editor.conflict_box.isVisible()  # the batch's refusal is the bar's to say
    assert w.edits.stack.count() == 0 or not w.edits.stack.canUndo()
    # what was queued is back, and the preview is read again from the photographs as they are
    assert bar.status() == "draft" and bar.add == ["solar"]
    qtbot.waitUntil(lambda: bar.apply_button.isEnabled(), timeout=5000)
    assert {pid: rev for pid, (rev) in ((r.id, r.revision) for r in bar.records)} == {
        pid: theirs[pid].revision for pid in ids
    }
    qtbot.mouseClick(bar.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    after = {pid: record(synthetic_library, pid) for pid in ids}
    assert all(r.status == "draft" and "solar" in r.themes for r in after.values())
    qtbot.waitUntil(lambda: bar.refusal.isHidden(), timeout=5000)


def test_a_batch_of_this_windows_own_saves_is_not_refused(qtbot, window, synthetic_library):
    """The revisions this window's own saves moved on (a batch, then another) are not someone
    else's: the second batch, on the same preview, lands."""
    w = window()
    ids, bar = select_in_grid(qtbot, w, 4)
    bar.status_box.setCurrentIndex(bar.status_box.findData("reviewed"))
    qtbot.mouseClick(bar.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    qtbot.waitUntil(lambda: bar.apply_button.isEnabled() or len(bar.current) == 4, timeout=5000)
    assert bar.set_field("credit", "Archives du Maroc")
    qtbot.waitUntil(lambda: bar.apply_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(bar.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    after = {pid: record(synthetic_library, pid) for pid in ids}
    assert all((r.status, r.credit) == ("reviewed", "Archives du Maroc") for r in after.values())
    assert not bar.refusal.isVisible()


def test_a_control_character_is_refused_in_the_batch_bar_with_its_reason(qtbot, window, synthetic_library):
    w = window()
    _ids, bar = select_in_grid(qtbot, w, 3)
    bar.field_box.setCurrentIndex(bar.field_box.findData("credit"))
    bar.value_input.setText("Archives\x01du Maroc")
    qtbot.keyClick(bar.value_input, Qt.Key.Key_Return)
    assert not bar.refusal.isHidden() and "U+0001" in bar.refusal.text(), bar.refusal.text()
    assert bar.values == {} and not bar.apply_button.isEnabled()


def test_a_control_character_is_refused_in_the_editor_and_stays_to_be_corrected(
    qtbot, window, synthetic_library
):
    w = window()
    pid = open_editor_on(qtbot, w)
    before = record(synthetic_library, pid)
    title = w.editor.fields["title:fr"]
    title.setFocus()
    title.setText("Le quai\x1b du port")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    settle(qtbot, w)
    qtbot.waitUntil(lambda: w.editor.message.isVisible(), timeout=5000)
    assert "U+001B" in w.editor.message.text()
    assert record(synthetic_library, pid).revision == before.revision
    assert title.text() == "Le quai\x1b du port"  # still there, to correct
    title.setText("Le quai du port")
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    settle(qtbot, w)
    assert record(synthetic_library, pid).captions["fr"].title == "Le quai du port"


def test_ctrl_z_gives_a_date_back_with_where_it_came_from(qtbot, window, synthetic_library):
    w = window()
    pid = w.timeline.ordered_ids()[10]
    with synthetic_library.Session() as s, s.begin():
        s.execute(update(Photo).where(Photo.id == pid).values(date_source="exif_capture"))
    pid = open_editor_on(qtbot, w)
    before = record(synthetic_library, pid)
    assert before.date_source == "exif_capture"
    type_into(qtbot, w.editor.date_edit, "vers 1985")
    qtbot.keyClick(w.editor.date_edit, Qt.Key.Key_Return)
    settle(qtbot, w)
    assert record(synthetic_library, pid).date_source == "archivist"
    qtbot.keyClick(w.editor.date_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, w)
    rec = record(synthetic_library, pid)
    assert (rec.date, rec.date_source) == (before.date, "exif_capture")


def test_a_ctrl_enter_save_refused_as_stale_keeps_its_conflict_reachable(qtbot, window, synthetic_library):
    """Captioning with Ctrl+Enter: another archivist had saved the first photograph, so its save is
    refused after the editor moved on. The editor says so until it is looked at (other saves landing
    meanwhile do not hide it), and "Show the conflict" goes back to it, where both versions wait."""
    import threading

    from PySide6.QtWidgets import QApplication, QRadioButton

    w = window()
    first = open_editor_on(qtbot, w, index=0)
    order = w.timeline.ordered_ids()
    edits.save(synthetic_library, {first: EditRequest({"title:fr": "Le leur"})}, "karim")
    qtbot.keyClick(w.editor.date_edit, Qt.Key.Key_Tab)
    title = w.editor.fields["title:fr"]
    gate = threading.Event()
    w.tasks.write(lambda: gate.wait(10))  # the save lands after the editor has moved on
    type_into(qtbot, title, "Le mien")
    qtbot.keyClick(title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.editor.photo_id == order[1], timeout=5000)
    gate.set()
    settle(qtbot, w)
    assert record(synthetic_library, first).captions["fr"].title == "Le leur"  # theirs stands
    qtbot.waitUntil(lambda: w.editor.elsewhere_box.isVisible(), timeout=5000)
    assert w.editor.conflicts_elsewhere() == [first]
    # the next photograph's caption is saved meanwhile: the refusal is still there to look at
    type_into(qtbot, title, "Le suivant")
    qtbot.keyClick(title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.editor.photo_id == order[2], timeout=5000)
    settle(qtbot, w)
    assert record(synthetic_library, order[1]).captions["fr"].title == "Le suivant"
    assert w.editor.elsewhere_box.isVisible()
    assert "Ctrl+Entrée" in w.editor.elsewhere_label.text() or "Ctrl+Enter" in w.editor.elsewhere_label.text()
    # from the keyboard: the button, then Space
    w.editor.show_conflict.setFocus()
    assert QApplication.focusWidget() is w.editor.show_conflict
    qtbot.keyClick(w.editor.show_conflict, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.editor.photo_id == first, timeout=5000)
    box = w.editor.conflict_box

    def shown(name):
        return [c.text() for c in box.findChildren(QRadioButton, name) if c.isVisible()]

    # both versions, field by field (the rows are shown once the event loop has run)
    qtbot.waitUntil(lambda: (shown("conflictTheirs"), shown("conflictMine")) == (["Le leur"], ["Le mien"]))
    assert not w.editor.elsewhere_box.isVisible() and w.editor.conflicts_elsewhere() == []
    qtbot.mouseClick(w.editor.use_mine, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    assert record(synthetic_library, first).captions["fr"].title == "Le mien"


def test_leaving_a_photograph_with_its_conflict_view_open_keeps_it_reachable(
    qtbot, window, synthetic_library
):
    """The refusal arrived while the photograph was still shown (the conflict view open), then
    Ctrl+Enter moves on: the conflict is not dropped with the view, "Show the conflict" brings it back."""
    from PySide6.QtWidgets import QRadioButton

    w = window()
    pid = open_editor_on(qtbot, w, index=5)
    order = w.timeline.ordered_ids()
    edits.save(synthetic_library, {pid: EditRequest({"plate": "pl. 7"})}, "karim")
    plate = w.editor.fields["plate"]
    plate.setFocus()
    type_into(qtbot, plate, "pl. 9")
    qtbot.keyClick(plate, Qt.Key.Key_Tab)
    settle(qtbot, w)
    qtbot.waitUntil(lambda: w.editor.conflict_box.isVisible(), timeout=5000)
    qtbot.keyClick(w.editor.date_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.editor.photo_id == order[6], timeout=5000)
    assert not w.editor.conflict_box.isVisible()
    assert w.editor.elsewhere_box.isVisible() and w.editor.conflicts_elsewhere() == [pid]
    qtbot.mouseClick(w.editor.show_conflict, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.editor.photo_id == pid and w.editor.conflict_box.isVisible(), timeout=5000)
    box = w.editor.conflict_box
    qtbot.waitUntil(
        lambda: (
            [c.text() for c in box.findChildren(QRadioButton, "conflictMine") if c.isVisible()] == ["pl. 9"]
        )
    )
    assert record(synthetic_library, pid).plate == "pl. 7"
