"""The editor as an archivist drives it, with real key events: F2, typing a date and reading it,
a refusal, Ctrl+Enter through a day's scans, Escape, themes, undo and redo (of a batch too), and a
save refused because another archivist saved first."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QRadioButton

from photobook.db import queries
from photobook.services import edits
from photobook.services.edits import EditRequest
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings
from photobook.ui.views.editor_panel import date_reading


@pytest.fixture
def window(qtbot, synthetic_library, tmp_path):
    create_application()
    opened: list[MainWindow] = []

    def make(lang: str = "fr") -> MainWindow:
        i18n.set_language(lang)
        w = MainWindow(synthetic_library, Settings(tmp_path / "s.ini"), restore=False)
        qtbot.addWidget(w)
        w.resize(1500, 900)
        w.show()
        w.activateWindow()
        w.start()
        qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
        opened.append(w)
        return w

    yield make
    for w in opened:
        w.close()
    i18n.set_language("fr")


def record(lib, pid):
    with lib.Session() as s:
        return queries.photo_records(s, [pid])[0]


def settle(qtbot, w):
    qtbot.waitUntil(lambda: not w.tasks.busy() and not w.edits.pending, timeout=15000)


def open_editor_on(qtbot, w, index=10):
    pid = w.timeline.ordered_ids()[index]
    w.timeline.select(pid)
    w.browser.select(pid)
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: w.editor.photo_id == pid, timeout=5000)
    assert w.editor_dock.isVisible()
    assert QApplication.focusWidget() is w.editor.date_edit
    return pid


def type_into(qtbot, widget, text):
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def type_arabic(widget, text):
    """An Arabic keyboard: key events carrying the text (QTest maps Latin only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_date_reading_is_words_bounds_and_reign():
    from datetime import date

    from photobook.ui.models.vocabulary import ReignInfo, Vocabulary

    vocab = Vocabulary(
        reigns=(
            ReignInfo(
                "hassan-ii",
                {"fr": "Hassan II"},
                date(1961, 3, 3).toordinal(),
                date(1999, 7, 23).toordinal(),
                "#000",
            ),
        )
    )
    assert date_reading("vers 1985", vocab, "fr") == (True, "vers 1985 · 1984–1986 · Hassan II")
    assert date_reading("juin 1985", vocab, "fr") == (True, "juin 1985 · Hassan II")
    ok, reason = date_reading("31 juin 1985", vocab, "fr")
    assert not ok and "1985-06-31" in reason  # (its words in each language: test_date_refusals)


def test_typing_a_date_shows_its_reading_and_tab_saves_it(qtbot, window, synthetic_library):
    w = window()
    pid = open_editor_on(qtbot, w)
    type_into(qtbot, w.editor.date_edit, "vers 1985")
    assert w.editor.date_reading.text() == "vers 1985 · 1984–1986 · Hassan II"
    assert not w.editor.reading_refused()
    qtbot.keyClick(w.editor.date_edit, Qt.Key.Key_Tab)
    settle(qtbot, w)
    rec = record(synthetic_library, pid)
    assert (rec.date, rec.date_start, rec.date_end) == ("1985~", "1984-01-01", "1986-12-31")
    assert QApplication.focusWidget() is w.editor.fields["title:fr"]
    with synthetic_library.Session() as s:
        assert [(h.field, h.new) for h in queries.photo_history(s, pid)] == [("date", "1985~")]
    qtbot.waitUntil(lambda: "date" in w.editor.history_label.text(), timeout=5000)
    assert w.editor.date_edit.text() == "1985~"


def test_an_impossible_date_is_refused_in_red_and_escape_puts_it_back(qtbot, window, synthetic_library):
    w = window()
    pid = open_editor_on(qtbot, w)
    before = record(synthetic_library, pid)
    type_into(qtbot, w.editor.date_edit, "31 juin 1985")
    assert w.editor.reading_refused()
    assert w.editor.date_reading.text() == "« 1985-06-31 » : ce jour n’existe pas."  # in French
    qtbot.keyClick(w.editor.date_edit, Qt.Key.Key_Return)
    settle(qtbot, w)
    assert record(synthetic_library, pid) == before  # nothing saved
    qtbot.keyClick(w.editor.date_edit, Qt.Key.Key_Escape)
    assert w.editor.date_edit.text() == before.date
    assert not w.editor.reading_refused()


def test_ctrl_enter_captions_fifty_photographs_without_the_mouse(qtbot, window, synthetic_library):
    """A day's batch: type a title, Ctrl+Enter, and the next photograph in time is there, with the
    cursor in the same field. Only key events: no click anywhere."""
    w = window()
    first = open_editor_on(qtbot, w, index=0)
    order = w.timeline.ordered_ids()
    qtbot.keyClick(w.editor.date_edit, Qt.Key.Key_Tab)  # to the French title
    title = w.editor.fields["title:fr"]
    assert QApplication.focusWidget() is title
    for i in range(50):
        assert w.editor.photo_id == order[i]
        type_into(qtbot, title, f"Scan n° {i}")
        qtbot.keyClick(title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda i=i: w.editor.photo_id == order[i + 1], timeout=5000)
        assert QApplication.focusWidget() is title
    settle(qtbot, w)
    with synthetic_library.Session() as s:
        titles = {r.id: r.captions["fr"].title for r in queries.photo_records(s, order[:50])}
    assert titles == {order[i]: f"Scan n° {i}" for i in range(50)}
    assert first == order[0]


def test_undo_and_redo_with_the_keyboard(qtbot, window, synthetic_library):
    w = window()
    pid = open_editor_on(qtbot, w)
    before = record(synthetic_library, pid).photographer
    qtbot.keyClick(w.editor.date_edit, Qt.Key.Key_Tab)
    photographer = w.editor.fields["photographer"]
    photographer.setFocus()
    type_into(qtbot, photographer, "A. Benali")
    qtbot.keyClick(photographer, Qt.Key.Key_Return)
    settle(qtbot, w)
    assert record(synthetic_library, pid).photographer == "A. Benali"
    # nothing typed in the field: Ctrl+Z undoes the save, Ctrl+Shift+Z redoes it
    qtbot.keyClick(photographer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, w)
    assert record(synthetic_library, pid).photographer == before
    qtbot.waitUntil(lambda: photographer.text() == (before or ""), timeout=5000)
    qtbot.keyClick(
        photographer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settle(qtbot, w)
    assert record(synthetic_library, pid).photographer == "A. Benali"
    qtbot.waitUntil(lambda: photographer.text() == "A. Benali", timeout=5000)


def test_a_batch_is_one_undo_step(qtbot, window, synthetic_library):
    w = window()
    ids = w.timeline.ordered_ids()[:12]
    before = {pid: record(synthetic_library, pid).status for pid in ids}
    w.edits.submit(
        edits.same_for_all(ids, EditRequest({"status": "reviewed"}, add_themes=("port",))), "batch"
    )
    settle(qtbot, w)
    assert {record(synthetic_library, pid).status for pid in ids} == {"reviewed"}
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, w)
    assert {pid: record(synthetic_library, pid).status for pid in ids} == before
    qtbot.keyClick(
        w.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settle(qtbot, w)
    assert all(record(synthetic_library, pid).status == "reviewed" for pid in ids)
    assert all("port" in record(synthetic_library, pid).themes for pid in ids)


def test_themes_by_type_ahead_and_chips(qtbot, window, synthetic_library):
    w = window()
    pid = open_editor_on(qtbot, w)
    had = set(record(synthetic_library, pid).themes)
    slug = "wind" if "wind" not in had else "solar"
    label = {"wind": "Éolien", "solar": "Solaire"}[slug]
    w.editor.theme_input.setFocus()
    qtbot.keyClicks(w.editor.theme_input, label)
    qtbot.keyClick(w.editor.theme_input, Qt.Key.Key_Return)
    settle(qtbot, w)
    assert slug in record(synthetic_library, pid).themes
    qtbot.waitUntil(lambda: any(label in c.text() for c in chips(w)), timeout=5000)
    # the chip's × removes it
    (chip,) = [c for c in chips(w) if label in c.text()]
    chip.click()
    settle(qtbot, w)
    assert slug not in record(synthetic_library, pid).themes
    qtbot.waitUntil(lambda: not any(label in c.text() for c in chips(w)), timeout=5000)


def chips(w):
    from PySide6.QtWidgets import QToolButton

    return [c for c in w.editor.chips.findChildren(QToolButton) if c.isVisible()]


def test_a_save_after_another_archivist_saved_is_refused_and_both_versions_shown(
    qtbot, window, synthetic_library
):
    w = window()
    pid = open_editor_on(qtbot, w)
    # another archivist (another window, another machine) saves the same photograph
    edits.save(synthetic_library, {pid: EditRequest({"notes": "theirs"})}, "karim")
    notes = w.editor.fields["notes"]
    notes.setFocus()
    qtbot.keyClicks(notes, "mine")
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    settle(qtbot, w)
    assert record(synthetic_library, pid).notes == "theirs"  # nothing of mine overwrote theirs
    qtbot.waitUntil(
        lambda: w.editor.conflict_box.isVisible() and notes.toPlainText() == "theirs", timeout=5000
    )
    box = w.editor.conflict_box
    theirs = [c.text() for c in box.findChildren(QRadioButton, "conflictTheirs") if not c.isHidden()]
    mine = [c.text() for c in box.findChildren(QRadioButton, "conflictMine") if not c.isHidden()]
    assert (theirs, mine) == (["theirs"], ["mine"])
    # having seen theirs, I keep mine
    qtbot.mouseClick(w.editor.use_mine, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    rec = record(synthetic_library, pid)
    assert (rec.notes, rec.revision) == ("mine", 3)
    assert not w.editor.conflict_box.isVisible()


def test_the_conflict_view_chooses_field_by_field_themes_included(qtbot, window, synthetic_library):
    w = window()
    pid = open_editor_on(qtbot, w)
    before = record(synthetic_library, pid)
    # another archivist saves a date, notes and a theme
    other_theme = next(t.slug for t in w.editor.vocab.themes if t.slug not in before.themes)
    edits.save(
        synthetic_library,
        {pid: EditRequest({"notes": "theirs", "date": "1990"}, add_themes=(other_theme,))},
        "karim",
    )
    # meanwhile I change the notes and the date (saved together, as Ctrl+Enter does) and a theme
    w.editor.fields["notes"].setPlainText("mine")
    w.editor.date_edit.setText("vers 1985")
    w.editor.commit_all()
    mine_theme = next(t.slug for t in w.editor.vocab.themes if t.slug not in (*before.themes, other_theme))
    w.editor.change_themes(add=(mine_theme,))
    settle(qtbot, w)
    box = w.editor.conflict_box
    qtbot.waitUntil(lambda: box.isVisible() and "themes" in w.editor._conflict_mine, timeout=5000)
    assert record(synthetic_library, pid).notes == "theirs"  # nothing of mine was saved yet
    theirs = {c.text() for c in box.findChildren(QRadioButton, "conflictTheirs") if not c.isHidden()}
    assert "theirs" in theirs and any("1990" in t for t in theirs)
    mine = {c.text() for c in box.findChildren(QRadioButton, "conflictMine") if not c.isHidden()}
    assert any(t.startswith("vers 1985") for t in mine)  # the date in words, as the field reads it
    # their notes, my date, my theme
    their_notes = next(
        b for b in w.editor._conflict_mine["notes"].group().buttons() if b.objectName() == "conflictTheirs"
    )
    qtbot.waitUntil(lambda: their_notes.isVisible() and their_notes.width() > 20, timeout=5000)
    qtbot.mouseClick(their_notes, Qt.MouseButton.LeftButton, pos=QPoint(8, their_notes.height() // 2))
    assert their_notes.isChecked() and not w.editor._conflict_mine["notes"].isChecked()
    qtbot.mouseClick(w.editor.use_mine, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    after = record(synthetic_library, pid)
    assert (after.notes, after.date) == ("theirs", "1985~")
    assert other_theme in after.themes and mine_theme in after.themes
    assert not box.isVisible()


def test_keep_theirs_leaves_the_other_archivists_version(qtbot, window, synthetic_library):
    w = window()
    pid = open_editor_on(qtbot, w)
    edits.save(synthetic_library, {pid: EditRequest({"plate": "pl. 7"})}, "karim")
    plate = w.editor.fields["plate"]
    plate.setFocus()
    qtbot.keyClicks(plate, "pl. 9")
    qtbot.keyClick(plate, Qt.Key.Key_Return)
    settle(qtbot, w)
    qtbot.waitUntil(lambda: w.editor.conflict_box.isVisible(), timeout=5000)
    qtbot.mouseClick(w.editor.keep_theirs, Qt.MouseButton.LeftButton)
    assert not w.editor.conflict_box.isVisible()
    assert record(synthetic_library, pid).plate == "pl. 7" and plate.text() == "pl. 7"


def test_arabic_fields_run_right_to_left(qtbot, window):
    w = window("ar")
    open_editor_on(qtbot, w)
    assert w.editor.fields["title:ar"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.editor.fields["caption:ar"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    w.editor.date_edit.selectAll()
    for ch in "حوالي ١٩٨٥":  # an Arabic keyboard: key events carrying the text (QTest maps Latin only)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(w.editor.date_edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    assert w.editor.date_edit.text() == "حوالي ١٩٨٥"
    assert w.editor.date_reading.text().startswith("حوالي 1985")


def test_batch_edit_from_a_multiple_selection_with_preview_and_one_undo(qtbot, window, synthetic_library):
    w = window()
    w.set_view("grid")
    first = w.grid.photo_model().id_at(0)
    w.grid.select(first)
    w.grid.setFocus()
    for _ in range(11):  # Shift+Right: twelve photographs selected
        qtbot.keyClick(w.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    ids = w.grid.selected_ids()
    assert len(ids) == 12
    before = {pid: (r.status, r.themes) for pid in ids for r in [record(synthetic_library, pid)]}
    qtbot.keyClick(w.grid, Qt.Key.Key_F2)
    bar = w.editor.batch
    assert bar.isVisible()
    # (the panel, the bar with it, takes keys once the current photograph's record is there too)
    qtbot.waitUntil(lambda: len(bar.current) == 12 and bar.isEnabled(), timeout=5000)
    bar.status_box.setCurrentIndex(bar.status_box.findData("reviewed"))
    bar.theme_input.setFocus()
    qtbot.keyClicks(bar.theme_input, "Ports")
    qtbot.keyClick(bar.theme_input, Qt.Key.Key_Return)
    not_reviewed = sum(1 for s, _t in before.values() if s != "reviewed")
    without_port = sum(1 for _s, t in before.values() if "port" not in t)
    preview = bar.preview_text()
    # in French: "11 photographies changeront : Brouillon → Relu (1); Publié → Relu (7); +Ports (11)"
    assert "→ Relu" in preview and f"+Ports ({without_port})" in preview, preview
    assert (
        sum(int(p.rsplit("(", 1)[1].rstrip(")")) for p in preview.split(" : ", 1)[1].split("; ") if "→" in p)
        == not_reviewed
    )
    qtbot.mouseClick(bar.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    after = {pid: record(synthetic_library, pid) for pid in ids}
    assert all(r.status == "reviewed" and "port" in r.themes for r in after.values())
    assert w.edits.stack.count() == 1  # one step
    w.grid.setFocus()
    qtbot.keyClick(w.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, w)
    assert {pid: (r.status, r.themes) for pid in ids for r in [record(synthetic_library, pid)]} == before


def test_batch_sets_and_clears_other_fields_with_preview_and_one_undo(qtbot, window, synthetic_library):
    w = window()
    w.set_view("grid")
    ids = [w.grid.photo_model().id_at(i) for i in range(5)]
    # one of them already has the credit that will be set; two have a photographer to clear
    with synthetic_library.Session() as s, s.begin():
        edits.apply_edits(s, edits.same_for_all(ids, EditRequest({"photographer": "", "credit": ""})))
        edits.apply_edits(s, {ids[0]: EditRequest({"credit": "Archives du Maroc"})})
        edits.apply_edits(s, edits.same_for_all(ids[1:3], EditRequest({"photographer": "Flandrin"})))
    w.grid.select(ids[0])
    w.grid.setFocus()
    for _ in range(4):
        qtbot.keyClick(w.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(w.grid.selected_ids()) == sorted(ids)
    before = {pid: record(synthetic_library, pid) for pid in ids}
    qtbot.keyClick(w.grid, Qt.Key.Key_F2)
    bar = w.editor.batch
    # (the panel, the bar with it, takes keys once the current photograph's record is there too)
    qtbot.waitUntil(lambda: len(bar.current) == 5 and bar.isEnabled(), timeout=5000)
    # an impossible date is refused with its reason, and nothing is queued
    bar.field_box.setCurrentIndex(bar.field_box.findData("date"))
    bar.value_input.setFocus()
    qtbot.keyClicks(bar.value_input, "31 juin 1985")
    qtbot.keyClick(bar.value_input, Qt.Key.Key_Return)
    assert bar.refusal.isVisible() and bar.refusal.text() and bar.values == {}
    type_into(qtbot, bar.value_input, "vers 1985")
    qtbot.keyClick(bar.value_input, Qt.Key.Key_Return)
    assert bar.values == {"date": "1985~"} and not bar.refusal.isVisible()
    bar.field_box.setCurrentIndex(bar.field_box.findData("credit"))
    qtbot.keyClicks(bar.value_input, "Archives du Maroc")
    qtbot.mouseClick(bar.set_button, Qt.MouseButton.LeftButton)
    bar.field_box.setCurrentIndex(bar.field_box.findData("title:ar"))
    assert bar.value_input.layoutDirection() == Qt.LayoutDirection.RightToLeft
    type_arabic(bar.value_input, "الميناء")
    qtbot.keyClick(bar.value_input, Qt.Key.Key_Return)
    bar.field_box.setCurrentIndex(bar.field_box.findData("photographer"))
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    preview = bar.preview_text()
    # "5 photographies changeront : Date → vers 1985 (5); Crédit → Archives du Maroc (4); …"
    redated = sum(1 for r in before.values() if r.date != "1985~")
    assert f"Date → vers 1985 ({redated})" in preview, preview
    assert "→ Archives du Maroc (4)" in preview and "→ ∅ (2)" in preview, preview
    assert "→ الميناء (5)" in preview, preview
    qtbot.mouseClick(bar.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    after = {pid: record(synthetic_library, pid) for pid in ids}
    for r in after.values():
        assert (r.date, r.credit, r.photographer, r.captions["ar"].title) == (
            "1985~",
            "Archives du Maroc",
            None,
            "الميناء",
        )
    assert w.edits.stack.count() == 1  # one step
    w.grid.setFocus()
    qtbot.keyClick(w.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, w)
    undone = {pid: record(synthetic_library, pid) for pid in ids}
    for pid, r in undone.items():
        b = before[pid]
        assert (r.date, r.credit, r.photographer, r.captions.get("ar")) == (
            b.date,
            b.credit,
            b.photographer,
            b.captions.get("ar"),
        )


def test_the_place_completes_from_the_vocabulary_in_three_languages_and_links_it(
    qtbot, window, synthetic_library
):
    w = window()
    pid = open_editor_on(qtbot, w)
    field = w.editor.fields["place:en"]
    qtbot.waitUntil(lambda: bool(w.editor.place_picker.places), timeout=5000)
    field.setFocus()
    type_into(qtbot, field, "Fez")  # the English name finds Fès
    completer = field.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible(), timeout=5000)
    assert completer.currentCompletion() == "Fès · فاس · Fez"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    settle(qtbot, w)
    r = record(synthetic_library, pid)
    assert (r.place, r.places.get("ar"), r.places.get("en")) == ("Fès", "فاس", "Fez")
    with synthetic_library.Session() as s:
        assert r.place_id == queries.place_named(s, "Fès").id
    assert (w.editor.fields["place"].text(), w.editor.fields["place:ar"].text()) == ("Fès", "فاس")
    assert w.edits.stack.count() == 1  # the three names are one step
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, w)
    assert record(synthetic_library, pid).place_id != r.place_id


def test_a_gps_position_suggests_the_nearest_place(qtbot, window, synthetic_library):
    from sqlalchemy import update

    from photobook.db.models import Photo

    w = window()
    pid = w.timeline.ordered_ids()[12]
    with synthetic_library.Session() as s, s.begin():
        s.execute(
            update(Photo)
            .where(Photo.id == pid)
            .values(gps_lat=31.64, gps_lon=-8.0, place=None, place_ar=None, place_en=None, place_id=None)
        )
    w.timeline.select(pid)
    w.browser.select(pid)
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: w.editor.photo_id == pid, timeout=5000)
    button = w.editor.place_picker.suggestion
    qtbot.waitUntil(button.isVisible, timeout=5000)
    assert "Marrakech" in button.text() and "km" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    r = record(synthetic_library, pid)
    assert (r.place, r.places.get("en")) == ("Marrakech", "Marrakesh") and r.place_id is not None
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=5000)  # linked: nothing more to suggest


def test_quick_picks_reshape_and_save_the_date(qtbot, window, synthetic_library):
    w = window()
    pid = open_editor_on(qtbot, w)
    type_into(qtbot, w.editor.date_edit, "juin 1985")
    w.editor.pick_actions["circa"].trigger()
    settle(qtbot, w)
    assert w.editor.date_edit.text() == "1985~"
    assert w.editor.date_reading.text().startswith("vers 1985")
    assert record(synthetic_library, pid).date == "1985~"
    w.editor.pick_actions["decade"].trigger()
    settle(qtbot, w)
    assert record(synthetic_library, pid).date == "198X"


def test_closing_the_window_saves_the_field_being_typed(qtbot, window, synthetic_library):
    w = window()
    pid = open_editor_on(qtbot, w)
    notes = w.editor.fields["notes"]
    notes.setFocus()
    qtbot.keyClicks(notes, "typed just before closing")
    w.close()
    assert record(synthetic_library, pid).notes == "typed just before closing"


def test_the_theme_tree_lists_the_vocabulary_and_adds_a_theme(qtbot, window, synthetic_library):
    w = window("en")
    pid = open_editor_on(qtbot, w)
    had = set(record(synthetic_library, pid).themes)
    slug = "free-zones" if "free-zones" not in had else "small-business"
    # the menu is made when it opens (not when the vocabulary arrives)
    assert not w.editor.theme_menu.actions()
    w.editor.theme_menu.aboutToShow.emit()  # what Qt sends as the menu opens (▾, Alt+Down)
    # a sub-theme sits in its parent's submenu, labelled in the interface language
    (economy,) = [
        a
        for a in w.editor.theme_menu.actions()
        if a.menu() is not None and a.text() == "Economy and investment"
    ]
    assert slug in [w.editor.theme_actions[s].text() and s for s in ("free-zones", "small-business")]
    assert w.editor.theme_actions[slug] in economy.menu().actions()
    w.editor.theme_actions[slug].trigger()
    settle(qtbot, w)
    assert slug in record(synthetic_library, pid).themes


def test_screenshot_of_the_editor_in_arabic(qapp, synthetic_library, tmp_path):
    from PySide6.QtGui import QImage

    from photobook.ui import screenshot

    with synthetic_library.Session() as s:
        pid = queries.photo_ids(s)[20]
    shots = {}
    for view in ("timeline", "editor"):
        out = tmp_path / f"{view}.png"
        assert (
            screenshot.run(
                out, synthetic_library.folder, None, view=view, size=(1280, 800), lang="ar", select=pid
            )
            == 0
        )
        shots[view] = QImage(str(out))
    assert (shots["editor"].width(), shots["editor"].height()) == (1280, 800)
    # the editor dock takes a side of the window: those pixels are not the timeline's
    side = [(x, y) for x in range(0, 1280, 16) for y in range(100, 780, 16)]
    differ = sum(shots["editor"].pixel(x, y) != shots["timeline"].pixel(x, y) for x, y in side)
    assert differ > len(side) // 5


def test_a_refused_save_does_not_make_the_next_save_look_like_someone_elses(qtbot, window, synthetic_library):
    """A title too long for the catalog is refused (the reason shows); the archivist goes on to
    the caption, and that save lands: no false "someone else saved this photograph" conflict. The
    refused title stays in its field, not taken for saved: shortened, it saves on leaving."""
    w = window()
    pid = open_editor_on(qtbot, w)
    before = record(synthetic_library, pid)
    title = w.editor.fields["title:fr"]
    qtbot.keyClick(w.editor.date_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is title
    type_into(qtbot, title, "T" * 501)
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    settle(qtbot, w)
    qtbot.waitUntil(lambda: w.editor.message.isVisible(), timeout=5000)
    assert (
        w.editor.message.text() == "Titre (français) : 501 caractères ; 500 au plus."
    )  # the window's language
    assert record(synthetic_library, pid).revision == before.revision  # nothing saved
    caption = w.editor.fields["caption:fr"]
    assert QApplication.focusWidget() is caption
    type_into(qtbot, caption, "Le port au matin")
    qtbot.keyClick(caption, Qt.Key.Key_Tab)
    settle(qtbot, w)
    rec = record(synthetic_library, pid)
    assert rec.captions["fr"].text == "Le port au matin"
    assert not w.editor.conflict_box.isVisible()
    # the refused title is still there, and still to be saved once it fits
    assert title.text() == "T" * 501
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    settle(qtbot, w)
    assert record(synthetic_library, pid).captions["fr"].title == "T" * 500


def test_closing_with_an_impossible_date_still_saves_the_other_field_being_typed(
    qtbot, window, synthetic_library
):
    """A date the catalog cannot read stays red and unsaved; the notes typed after it are saved
    when the window closes, not lost with it."""
    w = window()
    pid = open_editor_on(qtbot, w)
    before = record(synthetic_library, pid)
    type_into(qtbot, w.editor.date_edit, "31 juin 1985")
    qtbot.keyClick(w.editor.date_edit, Qt.Key.Key_Tab)
    assert w.editor.reading_refused()
    notes = w.editor.fields["notes"]
    notes.setFocus()
    qtbot.keyClicks(notes, "typed just before closing")
    w.close()
    rec = record(synthetic_library, pid)
    assert rec.notes == "typed just before closing"
    assert rec.date == before.date


def test_a_field_saved_right_after_an_undo_is_not_taken_for_someone_elses_save(
    qtbot, window, synthetic_library
):
    """Ctrl+Z, then at once the next field: while the write worker is still busy (a gate the test
    holds, as a slow disk or another writer would), the undo and the new save queue up; the new
    save lands after the undo, with no false "someone else saved" conflict."""
    import threading

    w = window()
    pid = open_editor_on(qtbot, w)
    before = record(synthetic_library, pid).photographer
    photographer = w.editor.fields["photographer"]
    photographer.setFocus()
    type_into(qtbot, photographer, "A. Benali")
    qtbot.keyClick(photographer, Qt.Key.Key_Return)
    settle(qtbot, w)
    assert record(synthetic_library, pid).photographer == "A. Benali"
    gate = threading.Event()
    w.tasks.write(lambda: gate.wait(10))  # the worker is busy with something else
    qtbot.keyClick(photographer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo, queued
    plate = w.editor.fields["plate"]
    plate.setFocus()
    type_into(qtbot, plate, "pl. 12")
    qtbot.keyClick(plate, Qt.Key.Key_Return)  # saved, queued behind the undo
    gate.set()
    settle(qtbot, w)
    rec = record(synthetic_library, pid)
    assert (rec.photographer, rec.plate) == (before, "pl. 12")
    assert not w.editor.conflict_box.isVisible()
    qtbot.waitUntil(lambda: photographer.text() == (before or "") and plate.text() == "pl. 12", timeout=5000)


def test_a_theme_refused_because_someone_else_saved_first_says_so(qtbot, window, synthetic_library):
    """Adding a theme after another archivist saved the photograph is refused (nothing of theirs
    overwritten), and the panel shows it in the conflict view instead of letting it vanish."""
    w = window()
    pid = open_editor_on(qtbot, w)
    had = set(record(synthetic_library, pid).themes)
    slug = "wind" if "wind" not in had else "solar"
    label = {"wind": "Éolien", "solar": "Solaire"}[slug]
    edits.save(synthetic_library, {pid: EditRequest({"notes": "theirs"})}, "karim")
    w.editor.theme_input.setFocus()
    qtbot.keyClicks(w.editor.theme_input, label)
    qtbot.keyClick(w.editor.theme_input, Qt.Key.Key_Return)
    settle(qtbot, w)
    assert slug not in record(synthetic_library, pid).themes
    # it is not lost in silence: the conflict view shows it, to keep or to drop (the workbench's
    # field-by-field view, themes included)
    qtbot.waitUntil(
        lambda: w.editor.conflict_box.isVisible() and "themes" in w.editor._conflict_mine, timeout=5000
    )
