"""The photographer and credit per language in the window (revision 0013): the caption panel and the
full view (the kiosk's) show the window's language, else the French value with the captions'
discreet marker; the editor has a field per language (Arabic right to left) saved as typed; the batch
bar sets and clears one language on many photographs."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from photobook.services import edits
from photobook.services.edits import EditRequest
from photobook.ui.views.caption_panel import caption_text
from photobook.ui.views.full_view import FullView
from tests.ui.test_caption_panel import panel, record, vocab  # noqa: F401  (fixtures)
from tests.ui.test_editor import open_editor_on, settle, type_arabic, window  # noqa: F401
from tests.ui.test_editor import record as stored

AR_NAME = "ح. نجيبي"


def credited(**over):
    return record(
        titles={"fr": "Le port"},
        photographer="H. Najibi",
        photographer_by_lang={"fr": "H. Najibi", "ar": AR_NAME},
        credit="Archives Atlas",
        credit_by_lang={"fr": "Archives Atlas", "en": "Atlas Archives"},
        **over,
    )


def test_each_window_language_shows_its_own_value_else_the_french_marked(vocab):  # noqa: F811
    ar = caption_text(credited(), vocab, "ar")
    assert (ar.photographer, ar.photographer_marker) == (AR_NAME, "")
    assert (ar.credit, ar.credit_marker) == ("Archives Atlas", "(FR)")
    en = caption_text(credited(), vocab, "en")
    assert (en.photographer, en.photographer_marker) == ("H. Najibi", "(FR)")
    assert (en.credit, en.credit_marker) == ("Atlas Archives", "")
    fr = caption_text(credited(), vocab, "fr")
    assert (fr.photographer_marker, fr.credit_marker) == ("", "")
    # a record with the one value only (as before revision 0013) is that value everywhere
    one = caption_text(record(photographer="Studio Atlas"), vocab, "ar")
    assert (one.photographer, one.photographer_marker) == ("Studio Atlas", "(FR)")


def test_the_panel_and_the_full_view_draw_the_value_with_its_marker(qtbot, panel, vocab):  # noqa: F811
    panel.show_record(credited())
    panel.set_language("en")
    _key, value = panel._meta_rows["photographer"]
    # isolated in its own direction, then the marker, as a caption's or a place's
    assert value.isVisible() and value.text() == "\u2068H. Najibi\u2069 (FR)"
    assert panel._meta_rows["credit"][1].text() == "Atlas Archives"
    panel.set_language("ar")
    assert value.text() == AR_NAME
    full = FullView(None, None)
    qtbot.addWidget(full)
    full.vocab = vocab
    full.record = credited()
    full.set_language("ar")
    line = full.credit_label.text()
    assert AR_NAME in line and "\u2068Archives Atlas\u2069 (FR)" in line
    full.set_language("fr")
    assert "H. Najibi" in full.credit_label.text() and "(FR)" not in full.credit_label.text()


def test_the_editor_has_a_field_per_language_and_saves_the_arabic_one(qtbot, window, synthetic_library):  # noqa: F811
    w = window("ar")
    pid = open_editor_on(qtbot, w)
    ed = w.editor
    names = ("photographer", "photographer:ar", "photographer:en", "credit", "credit:ar", "rights:en")
    assert all(n in ed.fields for n in names)
    assert ed.fields["photographer:ar"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert ed.fields["photographer:en"].layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert ed.keys["photographer:ar"].text() == "المصور · AR"
    field = ed.fields["photographer:ar"]
    field.setFocus()
    field.selectAll()
    type_arabic(field, AR_NAME)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field saves it
    settle(qtbot, w)
    rec = stored(synthetic_library, pid)
    assert rec.localized("photographer", "ar") == ("ar", AR_NAME)
    assert QApplication.focusWidget() is ed.fields["photographer:en"]  # Tab goes on to the English one
    # the caption panel beside it follows
    qtbot.waitUntil(lambda: w.caption.record is not None and w.caption.record.revision == rec.revision)
    assert w.caption._meta_rows["photographer"][1].text() == AR_NAME


def test_the_batch_bar_sets_and_clears_one_language_on_many(qtbot, window, synthetic_library):  # noqa: F811
    w = window()
    w.set_view("grid")
    ids = [w.grid.photo_model().id_at(i) for i in range(3)]
    with synthetic_library.Session() as s, s.begin():
        edits.apply_edits(
            s, edits.same_for_all(ids, EditRequest({"credit": "Archives", "credit:ar": "أرشيف"}))
        )
    w.grid.select(ids[0])
    w.grid.setFocus()
    for _ in range(2):
        qtbot.keyClick(w.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(w.grid, Qt.Key.Key_F2)
    bar = w.editor.batch
    # the bar's read and the current photograph's record arrive in either order; the panel (the bar
    # with it) takes keys once the record is there
    qtbot.waitUntil(lambda: len(bar.current) == 3 and bar.isEnabled(), timeout=5000)
    bar.field_box.setCurrentIndex(bar.field_box.findData("photographer:en"))
    assert bar.field_box.currentText() == "Photographe · EN"
    qtbot.keyClicks(bar.value_input, "H. Najibi")
    qtbot.keyClick(bar.value_input, Qt.Key.Key_Return)
    bar.field_box.setCurrentIndex(bar.field_box.findData("credit:ar"))
    assert bar.value_input.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    preview = bar.preview_text()
    assert "Photographe · EN → H. Najibi (3)" in preview and "Crédit · AR → ∅ (3)" in preview, preview
    # a reload re-selects the same photographs (the test's own save above makes one, at a time the
    # test does not control): what the bar knows of them stands until the new read lands
    bar.set_ids(list(reversed(bar.ids)))
    assert bar.preview_text() == preview
    qtbot.mouseClick(bar.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    for pid in ids:
        r = stored(synthetic_library, pid)
        assert r.value_in("photographer", "en") == "H. Najibi"
        assert r.credit_by_lang == {"fr": "Archives"}
    assert w.edits.stack.count() == 1  # one step


def test_the_handout_prints_each_credit_in_its_language_or_marked():
    from photobook.core.tours import TourSlide
    from photobook.ui.views.presenter.handout import LABELS, _page_html

    rec = credited()
    page = _page_html(TourSlide(1, rec.id), 1, rec, "en", LABELS["en"], False)
    assert "<td>Atlas Archives</td>" in page  # its English credit
    assert "<td>\u2068H. Najibi\u2069 (FR)</td>" in page  # no English name: the French, marked
    page = _page_html(TourSlide(1, rec.id), 1, rec, "ar", LABELS["ar"], True)
    assert f"<td>{AR_NAME}</td>" in page and "<td>\u2068Archives Atlas\u2069 (FR)</td>" in page
