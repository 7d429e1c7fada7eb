"""Building a tour in the window, as a presenter preparing a talk: a tour from the selection, more
photographs added, a slide dragged into place, notes typed, a slide hidden and one removed, each
undone with Ctrl+Z; then "Present" gives the talk with its notes."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from photobook.services import tours
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings


@pytest.fixture
def window(qtbot, synthetic_library, tmp_path):
    create_application()
    i18n.set_language("fr")
    w = MainWindow(synthetic_library, Settings(tmp_path / "s.ini"), restore=False)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    w.start()
    qtbot.waitUntil(
        lambda: w.browser.loads > 0 and len(w.browser.ids) > 0 and not w.tasks.busy(), timeout=15000
    )
    yield w
    if w.presentation is not None:
        w.presentation.deck.end()
    w.close()


def stored(lib, title):
    with lib.Session() as s:
        try:
            t = tours.find(s, title)
        except tours.TourNotFound:
            return None
    return [(sl.photo_id, sl.notes, sl.hidden) for sl in t.slides]


def select_rows(w, first, last):
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    model = w.grid.model()
    sel = QItemSelection(model.index(first, 0), model.index(last, 0))
    w.grid.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert w.selected_for_tour() == [w.grid.photo_model().id_at(r) for r in range(first, last + 1)]


def settle(qtbot, w, dock, n=None):
    w.tasks.wait_idle(15000)
    qtbot.waitUntil(lambda: not w.tasks.busy(), timeout=15000)
    w.tasks.wait_idle(15000)
    if n is not None:
        qtbot.waitUntil(lambda: dock.slides.count() == n, timeout=15000)


def test_a_presenter_builds_a_tour_in_the_window_and_undoes_each_step(qtbot, window, monkeypatch):
    w, lib = window, window.library
    ids = w.browser.ids
    dock = w.tours_dock
    select_rows(w, 0, 2)  # as a Shift-click in the contact sheet does
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Sommet 2026", True)))

    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, w, dock, 3)
    assert dock.isVisible() and w.commands.toggle_tours.isChecked()
    assert stored(lib, "Sommet 2026") == [(ids[0], "", False), (ids[1], "", False), (ids[2], "", False)]
    assert dock.combo.currentText() == "Sommet 2026 (3)"

    select_rows(w, 3, 3)
    qtbot.mouseClick(dock.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w, dock, 4)
    assert [p for p, _, _ in stored(lib, "Sommet 2026")] == ids[:4]

    # the last slide dragged to the top (what a drop does to the list), then notes typed on it
    item = dock.slides.takeItem(3)
    dock.slides.insertItem(0, item)
    dock.slides.model().rowsMoved.emit(dock.slides.rootIndex(), 3, 3, dock.slides.rootIndex(), 0)
    settle(qtbot, w, dock, 4)
    assert [p for p, _, _ in stored(lib, "Sommet 2026")] == [ids[3], *ids[:3]]
    dock.slides.setCurrentRow(0)
    dock.notes.setFocus()
    qtbot.keyClicks(dock.notes, "Ouvrir sur la salle.")
    dock.slides.setFocus()  # leaving the field saves it
    settle(qtbot, w, dock)
    assert stored(lib, "Sommet 2026")[0] == (ids[3], "Ouvrir sur la salle.", False)

    dock.slides.setCurrentRow(2)
    qtbot.mouseClick(dock.hidden, Qt.MouseButton.LeftButton)
    settle(qtbot, w, dock)
    assert [h for _, _, h in stored(lib, "Sommet 2026")] == [False, False, True, False]
    dock.slides.setCurrentRow(1)
    dock.slides.setFocus()
    qtbot.keyClick(dock.slides, Qt.Key.Key_Delete)
    settle(qtbot, w, dock, 3)
    assert [p for p, _, _ in stored(lib, "Sommet 2026")] == [ids[3], ids[1], ids[2]]

    # Ctrl+Z, step by step: the removed slide back, shown again, the notes gone, the order, the
    # added photograph, and the tour itself
    def undo():
        w.commands.undo.trigger()
        settle(qtbot, w, dock)

    undo()
    assert [p for p, _, _ in stored(lib, "Sommet 2026")] == [ids[3], ids[0], ids[1], ids[2]]
    assert stored(lib, "Sommet 2026")[2][2] is True  # it came back hidden, as it was
    undo()
    assert [h for _, _, h in stored(lib, "Sommet 2026")] == [False] * 4
    undo()
    assert stored(lib, "Sommet 2026")[0][1] == ""
    undo()
    assert [p for p, _, _ in stored(lib, "Sommet 2026")] == ids[:4]
    undo()
    assert [p for p, _, _ in stored(lib, "Sommet 2026")] == ids[:3]
    undo()
    assert stored(lib, "Sommet 2026") is None
    w.commands.redo.trigger()
    settle(qtbot, w, dock, 3)
    assert [p for p, _, _ in stored(lib, "Sommet 2026")] == ids[:3]


def test_present_from_the_tours_panel_gives_the_talk_with_its_notes(qtbot, window):
    w, lib = window, window.library
    ids = w.browser.ids
    with lib.Session() as s, s.begin():
        tid = tours.create(s, "Talk", duration_s=600)
        tours.add(s, tid, ids[5:8])
        tours.set_notes(s, tid, 2, "The dam.")
    qtbot.keyClick(w, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dock = w.tours_dock
    qtbot.waitUntil(lambda: dock.slides.count() == 3, timeout=15000)
    qtbot.mouseClick(dock.present_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.presentation is not None, timeout=15000)
    deck = w.presentation.deck
    assert [sl.photo_id for sl in deck.slides] == ids[5:8] and deck.duration_s == 600
    assert deck.slides[1].notes == "The dam."
    deck.end()


def test_undoing_a_removal_brings_the_slide_back_as_it_was(qtbot, window):
    """Removed by mistake, then Ctrl+Z: the slide returns with its notes, its captions for the talk
    and its flight along the road of time, not as a bare photograph."""
    w, lib = window, window.library
    ids = w.browser.ids
    dock = w.tours_dock
    with lib.Session() as s, s.begin():
        tid = tours.create(s, "Retour")
        tours.add(s, tid, ids[:3])
        tours.set_notes(s, tid, 2, "Le barrage.")
        tours.set_caption(s, tid, 2, "ar", "السد", "")
        tours.set_transition(s, tid, 2, "fly")
    with lib.Session() as s:
        before = tours.find(s, "Retour")
    w.commands.toggle_tours.setChecked(True)
    settle(qtbot, w, dock, 3)
    dock.slides.setCurrentRow(1)
    dock.slides.setFocus()
    qtbot.keyClick(dock.slides, Qt.Key.Key_Delete)
    settle(qtbot, w, dock, 2)
    w.commands.undo.trigger()
    settle(qtbot, w, dock, 3)
    with lib.Session() as s:
        assert tours.find(s, "Retour") == before


def test_each_slide_of_the_panel_gets_its_picture(qtbot, window):
    """The thumbnails come in after the list is drawn; each slide's picture appears, a photograph
    shown twice in the tour included."""
    w, lib = window, window.library
    ids = w.browser.ids
    dock = w.tours_dock
    w.thumbs.invalidate()  # none in memory: every picture arrives after the list is drawn
    with lib.Session() as s, s.begin():
        tid = tours.create(s, "Images")
        tours.add(s, tid, [*ids[:4], ids[0]])
    w.commands.toggle_tours.setChecked(True)
    settle(qtbot, w, dock, 5)
    qtbot.waitUntil(
        lambda: all(not dock.slides.item(i).icon().isNull() for i in range(dock.slides.count())),
        timeout=15000,
    )
    assert not dock._no_icon


def test_an_older_list_of_tours_arriving_late_does_not_empty_the_choice(qtbot, window, monkeypatch):
    """Two readers run at once: the list read when the panel opened (before a new tour was
    committed) can finish after the list read once it was. It is dropped, not shown over it."""
    import threading

    from photobook.ui.views import tours_dock

    w, lib = window, window.library
    with lib.Session() as s:
        tours.add(s, tours.create(s, "Sommet 2026"), w.browser.ids[:2])
        s.commit()
    gate, calls = threading.Event(), []
    real = tours_dock._tours

    def tours_read(session):
        calls.append(1)
        if len(calls) == 1:  # the older read: it ends only once the newer one is shown
            gate.wait(10)
            return []
        return real(session)

    monkeypatch.setattr(tours_dock, "_tours", tours_read)
    dock = w.tours_dock
    dock.show()
    dock.reload()  # the older one (waits)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    dock.reload()  # the newer one
    qtbot.waitUntil(lambda: dock.combo.currentText() == "Sommet 2026 (2)", timeout=5000)
    gate.set()
    settle(qtbot, w, dock, 2)
    assert dock.combo.currentText() == "Sommet 2026 (2)"
