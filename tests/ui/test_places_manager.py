"""Edit ▸ Places…: the archivist searches, adds, renames, locates, moves, merges and deletes places
in the window, with the keyboard (Ctrl+F, F2, Delete, Ctrl+Z) as well as the buttons; each change is
saved in the catalog through the services and undone with Ctrl+Z."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from photobook.db import queries
from photobook.services.vocabulary import run
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings


@pytest.fixture
def manager(qtbot, synthetic_library, tmp_path):
    create_application()
    i18n.set_language("fr")
    lib = synthetic_library
    with lib.Session() as s:
        ids = queries.photo_ids(s, queries.PhotoFilter())
    run(lib, lambda s: queries.link_places(s, ids))  # the photographs placed in the vocabulary
    w = MainWindow(lib, Settings(tmp_path / "s.ini"), restore=False)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
    assert w.commands.manage_places in w.commands.menus["edit"].actions()
    w.commands.manage_places.trigger()
    m = w.places_manager
    qtbot.waitUntil(lambda: m.loads > 0, timeout=5000)
    yield w, m
    w.close()


def places(lib):
    with lib.Session() as s:
        return {r.names["fr"]: r for r in queries.places(s)}


def placed_at(lib, name):
    with lib.Session() as s:
        found = queries.place_named(s, name)
        return queries.photos_of_place(s, found.id) if found is not None else set()


def settle(qtbot, w, m, loads):
    qtbot.waitUntil(lambda: m.loads > loads and not w.tasks.busy() and not m.editor.pending, timeout=10000)


def ctrl_z(qtbot, w, m):
    loads = m.loads
    qtbot.keyClick(m.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, w, m, loads)


def test_the_tree_shows_regions_names_coordinates_and_counts(manager, synthetic_library):
    _w, m = manager
    m.select("Casablanca")
    item = m.tree.currentItem()
    casa = places(synthetic_library)["Casablanca"]
    assert item.parent().text(m.column("fr")) == "Casablanca-Settat"
    assert [item.text(m.column(lang)) for lang in ("fr", "ar", "en")] == [
        "Casablanca",
        "الدار البيضاء",
        "Casablanca",
    ]
    assert casa.photos > 0 and item.text(m.column("photos")) == str(casa.photos)
    assert "33.59" in item.text(m.column("coords"))
    # in use: it is to be merged, not deleted
    assert not m.delete_button.isEnabled() and str(casa.photos) in m.usage.text()


def test_search_as_you_type_in_any_language_with_ctrl_f(qtbot, manager):
    _w, m = manager
    m.tree.setFocus()
    qtbot.keyClick(m, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert m.search.hasFocus()
    qtbot.keyClicks(m.search, "fes")  # no accent: "Fès" and its region "Fès-Meknès"
    shown = m.visible_places()
    assert "Fès" in shown and "Fès-Meknès" in shown and "Casablanca" not in shown
    m.search.clear()
    m.search.setText("طنجة")  # Arabic names are searched too (typed with an input method)
    assert "Tanger" in m.visible_places() and "Rabat" not in m.visible_places()
    assert m.selected().names["fr"] in m.visible_places()
    m.search.clear()
    assert "Casablanca" in m.visible_places()


def test_add_rename_locate_merge_delete_each_undone_with_ctrl_z(qtbot, manager, synthetic_library):
    w, m = manager
    lib = synthetic_library
    # add Figuig in the region selected, with three names and coordinates
    m.select("Oriental")
    m.start_new()
    qtbot.keyClicks(m.name_edits["fr"], "Figuig")
    m.name_edits["ar"].setText("فكيك")
    qtbot.keyClicks(m.name_edits["en"], "Figuig")
    qtbot.keyClicks(m.lat_edit, "34,68")
    qtbot.keyClicks(m.lon_edit, "-1.91")
    loads = m.loads
    qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w, m, loads)
    oujda = places(lib)["Figuig"]
    assert (oujda.names, oujda.lat, oujda.lon, oujda.parent) == (
        {"fr": "Figuig", "ar": "فكيك", "en": "Figuig"},
        34.68,
        -1.91,
        "Oriental",
    )
    assert m.selected().names["fr"] == "Figuig"
    # the editor's place field completes from it at once
    qtbot.waitUntil(
        lambda: any(p.names["fr"] == "Figuig" for p in w.editor.place_picker.places), timeout=5000
    )

    # coordinates out of range: refused with the reason, nothing saved, nothing to undo
    count = w.edits.stack.count()
    m.lat_edit.setText("95")
    qtbot.keyClick(m.lat_edit, Qt.Key.Key_Return)
    assert m.message.isVisible() and "90" in m.message.text()
    assert places(lib)["Figuig"].lat == 34.68 and w.edits.stack.count() == count

    # F2 renames: the French name edited, Enter saves; the photographs placed there follow
    rabat = placed_at(lib, "Rabat")
    assert rabat
    m.select("Rabat")
    m.tree.setFocus()
    qtbot.keyClick(m.tree, Qt.Key.Key_F2)
    assert m.name_edits["fr"].hasFocus()
    qtbot.keyClicks(m.name_edits["fr"], "Rabat (capitale)")
    loads = m.loads
    qtbot.keyClick(m.name_edits["fr"], Qt.Key.Key_Return)
    settle(qtbot, w, m, loads)
    assert "Rabat (capitale)" in places(lib) and placed_at(lib, "Rabat (capitale)") == rabat
    with lib.Session() as s:
        assert queries.photo_records(s, [min(rabat)])[0].place == "Rabat (capitale)"
    ctrl_z(qtbot, w, m)
    assert "Rabat" in places(lib) and placed_at(lib, "Rabat") == rabat

    # clear the coordinates, then Ctrl+Z puts them back
    m.select("Figuig")
    loads = m.loads
    qtbot.mouseClick(m.clear_coords_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w, m, loads)
    assert places(lib)["Figuig"].lat is None
    ctrl_z(qtbot, w, m)
    assert (places(lib)["Figuig"].lat, places(lib)["Figuig"].lon) == (34.68, -1.91)

    # another region: the top level, and back
    m.select("Figuig")
    m.parent_box.setCurrentIndex(0)
    loads = m.loads
    qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w, m, loads)
    assert places(lib)["Figuig"].parent is None and m.tree.currentItem().parent() is None
    ctrl_z(qtbot, w, m)
    assert places(lib)["Figuig"].parent == "Oriental"

    # Delete on a place in use is refused with the reason; it is merged instead
    tanger = placed_at(lib, "Tanger")
    assert tanger
    m.select("Tanger")
    m.tree.setFocus()
    qtbot.keyClick(m.tree, Qt.Key.Key_Delete)
    assert m.message.isVisible() and "Tanger" in m.message.text()
    assert "Tanger" in places(lib)
    target = next(a for a in m.merge_menu.actions() if a.data() == "Figuig")
    loads = m.loads
    target.trigger()
    settle(qtbot, w, m, loads)
    assert "Tanger" not in places(lib) and placed_at(lib, "Figuig") == tanger
    assert m.selected().names["fr"] == "Figuig"
    assert m.tree.currentItem().text(m.column("photos")) == str(len(tanger))
    with lib.Session() as s:
        history = [(e.field, e.old, e.new) for e in queries.photo_history(s, min(tanger))]
    assert ("place", "Tanger", "Figuig") in history
    ctrl_z(qtbot, w, m)
    assert places(lib)["Tanger"].parent == "Tanger-Tétouan-Al Hoceïma"
    assert placed_at(lib, "Tanger") == tanger and placed_at(lib, "Figuig") == set()

    # Delete on an unused place deletes it; Ctrl+Z brings it back where it was
    m.select("Figuig")
    assert m.delete_button.isEnabled()
    m.tree.setFocus()
    loads = m.loads
    qtbot.keyClick(m.tree, Qt.Key.Key_Delete)
    settle(qtbot, w, m, loads)
    assert "Figuig" not in places(lib)
    ctrl_z(qtbot, w, m)
    assert places(lib)["Figuig"].parent == "Oriental" and places(lib)["Figuig"].lat == 34.68
    # and the add itself is undone last
    ctrl_z(qtbot, w, m)
    assert "Figuig" not in places(lib)


def test_a_refused_change_says_why_and_keeps_what_was_typed(qtbot, manager, synthetic_library):
    w, m = manager
    m.start_new()
    qtbot.keyClicks(m.name_edits["fr"], "Casablanca")  # already a place: said in French
    count = w.edits.stack.count()
    qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
    assert m.message.isVisible() and "Il y a déjà un lieu « Casablanca »" in m.message.text()
    assert m.name_edits["fr"].text() == "Casablanca" and w.edits.stack.index() == count
    # one the window did not know of (another window added it): the catalog refuses it
    m.places = [p for p in m.places if p.names["fr"] != "Casablanca"]
    loads = m.loads
    qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w, m, loads)
    assert m.message.isVisible() and "Casablanca" in m.message.text()
    assert m.name_edits["fr"].text() == "Casablanca" and w.edits.stack.index() == count
    m.start_new()
    m.name_edits["ar"].setText("بلا اسم")
    qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
    assert m.message.isVisible() and "français" in m.message.text() and w.edits.stack.index() == count


def test_arabic_lays_the_manager_out_right_to_left(qtbot, manager):
    w, m = manager
    w.set_language("ar")
    assert m.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert m.column("ar") == 0 and m.windowTitle() != "Places"
    w.set_language("fr")
    assert m.layoutDirection() == Qt.LayoutDirection.LeftToRight and m.column("fr") == 0


def test_screenshot_draws_the_places_manager_in_arabic(qapp, synthetic_library, tmp_path):
    from PySide6.QtGui import QImage

    from photobook.cli import main

    out = tmp_path / "places.png"
    assert (
        main(
            [
                "screenshot",
                str(out),
                "--view",
                "places",
                "--lang",
                "ar",
                "--library",
                str(synthetic_library.folder),
            ]
        )
        == 0
    )
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    assert (
        len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 30
    )


def test_saving_a_place_keeps_its_coordinates_to_the_last_digit(qtbot, manager, synthetic_library):
    """A rename alone leaves the coordinates as they were: the form shows them whole (it showed six
    significant digits, and saving wrote the rounded -107.123 back over -107.12345, ~40 m away)."""
    from photobook.services import places as pl

    w, m = manager
    lib = synthetic_library
    run(lib, lambda s: pl.edit_place(s, "Rabat", {}, coords=(34.0208867, -6.84165432)))
    loads = m.loads
    m.reload()
    qtbot.waitUntil(lambda: m.loads > loads, timeout=5000)
    m.select("Rabat")
    m.name_edits["en"].setText("Rabat, the capital")
    loads = m.loads
    qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w, m, loads)
    rabat = places(lib)["Rabat"]
    assert rabat.names["en"] == "Rabat, the capital"
    assert (rabat.lat, rabat.lon) == (34.0208867, -6.84165432)


def test_a_change_refused_by_the_catalog_keeps_the_form_and_says_why_in_french(
    qtbot, manager, synthetic_library
):
    """Another window adds "Salé-Médina" while this one renames Rabat to it: the catalog refuses,
    the message is French (not the catalog's English words), and the form still holds what was
    typed (the name, the new coordinates) to be corrected; Rabat stays selected."""
    from photobook.services import places as pl

    w, m = manager
    lib = synthetic_library
    run(lib, lambda s: pl.add_place(s, {"fr": "Salé-Médina"}))  # the other window; this one not told
    m.select("Rabat")
    count = w.edits.stack.index()
    m.name_edits["fr"].setText("Salé-Médina")
    m.name_edits["en"].setText("Sale medina")
    m.lat_edit.setText("34.04")
    m.lon_edit.setText("-6.8")
    loads = m.loads
    qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w, m, loads)
    assert m.message.isVisible() and m.message.text() == "Il y a déjà un lieu « Salé-Médina »."
    assert [m.name_edits[x].text() for x in ("fr", "ar", "en")] == ["Salé-Médina", "الرباط", "Sale medina"]
    assert (m.lat_edit.text(), m.lon_edit.text()) == ("34.04", "-6.8")
    assert m.selected().names["fr"] == "Rabat" and w.edits.stack.index() == count
    assert "Rabat" in places(lib) and places(lib)["Rabat"].names["en"] == "Rabat"
    # corrected, it is saved
    m.name_edits["fr"].setText("Rabat-Ville")
    loads = m.loads
    qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w, m, loads)
    assert places(lib)["Rabat-Ville"].names["en"] == "Sale medina" and places(lib)["Rabat-Ville"].lat == 34.04
    assert not m.message.isVisible() and m.name_edits["fr"].text() == "Rabat-Ville"


def test_a_name_taken_in_arabic_or_english_is_said_before_asking_the_catalog(qtbot, manager):
    """The French name typed is checked against the Arabic and English names too (the catalog
    refuses those as well): said in the window's language, naming the place that has it, and
    nothing goes to the catalog."""
    w, m = manager
    count = w.edits.stack.count()
    m.start_new()
    qtbot.keyClicks(m.name_edits["fr"], "Fez")  # Fès, in English
    qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
    assert m.message.text() == "« Fez » est déjà le nom anglais du lieu « Fès »."
    assert w.edits.stack.count() == count and m.name_edits["fr"].text() == "Fez"
    m.select("Tanger")
    m.name_edits["fr"].setText("مراكش")  # Marrakech, in Arabic
    qtbot.keyClick(m.name_edits["fr"], Qt.Key.Key_Return)
    assert m.message.text() == "« مراكش » est déjà le nom arabe du lieu « Marrakech »."
    assert w.edits.stack.count() == count and m.name_edits["fr"].text() == "مراكش"
    w.set_language("ar")
    m.start_new()
    m.name_edits["fr"].setText("Fez")
    qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
    # the Latin name isolated: the Arabic sentence reads right to left from its first word
    assert "\u2068Fez\u2069" in m.message.text() and "فاس" in m.message.text()
    assert w.edits.stack.count() == count


def test_undoing_a_merge_after_another_window_saved_one_of_its_photographs_says_why_in_french(
    qtbot, manager, synthetic_library
):
    """Tanger merged into Fès, then another window saves one of Tanger's photographs: Ctrl+Z
    cannot put them back. The window said the catalog's English ("photograph 12 was changed by
    someone else (revision 3, not 2)…"); it now says it in French, and nothing moves."""
    from photobook.services.edits import EditRequest, apply_edits

    w, m = manager
    lib = synthetic_library
    tanger = placed_at(lib, "Tanger")
    assert tanger
    m.select("Tanger")
    target = next(a for a in m.merge_menu.actions() if a.data() == "Fès")
    loads = m.loads
    target.trigger()
    settle(qtbot, w, m, loads)
    assert "Tanger" not in places(lib)
    run(lib, lambda s: apply_edits(s, {min(tanger): EditRequest({"title:fr": "Le port"})}, "autre"))
    ctrl_z(qtbot, w, m)
    assert m.message.isVisible()
    assert m.message.text() == (
        "La fusion de « Tanger » ne peut pas être annulée : 1 de ses photographies a été modifiée "
        "depuis dans une autre fenêtre."
    )
    assert "Tanger" not in places(lib) and tanger <= placed_at(lib, "Fès")


def test_an_arabic_or_english_name_of_another_place_is_refused_in_the_window(
    qtbot, manager, synthetic_library
):
    """A new place given Fès's Arabic name, or Tanger renamed in English to Fès's, would read as
    Fès in an Arabic (English) window: refused before asking the catalog, saying which place has
    it, with the field to correct in focus; and by the catalog if another window wrote it since."""
    from photobook.services import places as pl

    w, m = manager
    lib = synthetic_library
    count = w.edits.stack.count()
    m.start_new()
    m.name_edits["fr"].setText("Fès Jdid")
    m.name_edits["ar"].setText("فاس")
    qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
    assert m.message.text() == "« فاس » est déjà le nom arabe du lieu « Fès »."
    assert m.name_edits["ar"].hasFocus() and w.edits.stack.count() == count
    m.select("Tanger")
    m.name_edits["en"].setText("Fez")
    qtbot.keyClick(m.name_edits["en"], Qt.Key.Key_Return)
    assert m.message.text() == "« Fez » est déjà le nom anglais du lieu « Fès »."
    assert w.edits.stack.count() == count and places(lib)["Tanger"].names["en"] == "Tangier"
    # another window names Agadir "Tangier-Med" in English; this one does not know it yet
    run(lib, lambda s: pl.rename_place(s, "Agadir", {"en": "Tangier-Med"}))
    m.name_edits["en"].setText("Tangier-Med")
    loads = m.loads
    qtbot.keyClick(m.name_edits["en"], Qt.Key.Key_Return)
    settle(qtbot, w, m, loads)
    assert m.message.text() == "« Tangier-Med » est déjà le nom anglais du lieu « Agadir »."
    assert places(lib)["Tanger"].names["en"] == "Tangier" and w.edits.stack.index() == count
    w.set_language("ar")
    m.name_edits["en"].setText("Fez")
    qtbot.keyClick(m.name_edits["en"], Qt.Key.Key_Return)
    assert "\u2068Fez\u2069" in m.message.text() and "الإنجليزي" in m.message.text()
