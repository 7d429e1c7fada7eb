"""Edit ▸ Themes…: the archivist adds, renames, moves, merges and deletes themes in the window, each
change saved in the catalog through the services and undone with Ctrl+Z."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from photobook.db import queries
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings


@pytest.fixture
def manager(qtbot, synthetic_library, tmp_path):
    create_application()
    i18n.set_language("fr")
    w = MainWindow(synthetic_library, Settings(tmp_path / "s.ini"), restore=False)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
    edit_menu = w.commands.menus["edit"]
    assert w.commands.manage_themes in edit_menu.actions()
    w.commands.manage_themes.trigger()
    m = w.themes_manager
    qtbot.waitUntil(lambda: m.loads > 0, timeout=5000)
    yield w, m
    w.close()


def themes(lib):
    with lib.Session() as s:
        rows = queries.themes(s)
        slug_of = {t.id: t.slug for t in rows}
        return {t.slug: (slug_of.get(t.parent_id), t.label_fr, t.label_ar, t.label_en, t.color) for t in rows}


def own(lib, slug):
    with lib.Session() as s:
        t = queries.theme_by_slug(s, slug)
        return queries.photos_with_theme(s, t.id) if t is not None else set()


def settle(qtbot, w, m, loads):
    qtbot.waitUntil(lambda: m.loads > loads and not w.tasks.busy() and not m.editor.pending, timeout=10000)


def undo(qtbot, w, m):
    loads = m.loads
    w.commands.undo.trigger()
    settle(qtbot, w, m, loads)


def test_the_tree_shows_three_labels_colour_and_counts(manager, synthetic_library):
    _w, m = manager
    m.select("port")
    item = m.tree.currentItem()
    before = themes(synthetic_library)["port"]
    assert item.parent().data(0, Qt.ItemDataRole.UserRole + 1) == before[0] == "logistics"
    assert [item.text(m.column(lang)) for lang in ("fr", "ar", "en")] == list(before[1:4])
    assert item.text(m.column("photos")) == str(len(own(synthetic_library, "port")))
    assert not item.icon(0).isNull()  # the colour swatch
    # a theme in use cannot be deleted: it is to be merged
    assert not m.delete_button.isEnabled() and str(len(own(synthetic_library, "port"))) in m.usage.text()


def test_add_rename_move_merge_delete_each_undoable(qtbot, manager, synthetic_library):
    w, m = manager
    lib = synthetic_library
    # add, under the selected theme, with three labels and a colour
    m.select("logistics")
    m.start_new()
    qtbot.keyClicks(m.slug_edit, "docks")
    qtbot.keyClicks(m.label_edits["fr"], "Docks")
    m.label_edits["ar"].setText("الأرصفة")
    qtbot.keyClicks(m.label_edits["en"], "Docks")
    m.set_color("#336699")
    loads = m.loads
    qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w, m, loads)
    assert themes(lib)["docks"] == ("logistics", "Docks", "الأرصفة", "Docks", "#336699")
    assert m.selected_slug() == "docks"
    # the window's vocabulary follows: the editor's theme picker knows it
    qtbot.waitUntil(lambda: w.browser.vocabulary.theme("docks") is not None, timeout=5000)

    # rename: a new French label; undo puts the old one back
    m.label_edits["fr"].setText("Quais et docks")
    loads = m.loads
    qtbot.keyClick(m.label_edits["fr"], Qt.Key.Key_Return)
    settle(qtbot, w, m, loads)
    assert themes(lib)["docks"][1] == "Quais et docks"
    undo(qtbot, w, m)
    assert themes(lib)["docks"][1] == "Docks"

    # move to the top level (Move to… ▸ Top level), and back by undo
    m.select("docks")
    top = next(a for a in m.move_menu.actions() if a.objectName() == "moveTop")
    loads = m.loads
    top.trigger()
    settle(qtbot, w, m, loads)
    assert themes(lib)["docks"][0] is None
    assert m.tree.currentItem().parent() is None
    undo(qtbot, w, m)
    assert themes(lib)["docks"][0] == "logistics"

    # merge "port" into "docks": its photographs get docks, port is gone; undo brings both back
    ports = own(lib, "port")
    assert ports
    m.select("port")
    target = next(a for a in m.merge_menu.actions() if a.data() == "docks")
    loads = m.loads
    target.trigger()
    settle(qtbot, w, m, loads)
    assert "port" not in themes(lib) and own(lib, "docks") == ports
    assert m.selected_slug() == "docks" and m.tree.currentItem().text(m.column("photos")) == str(len(ports))
    undo(qtbot, w, m)
    assert themes(lib)["port"][0] == "logistics"
    assert own(lib, "port") == ports and own(lib, "docks") == set()

    # delete the unused theme; undo brings it back where it was
    m.select("docks")
    assert m.delete_button.isEnabled()
    loads = m.loads
    qtbot.mouseClick(m.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w, m, loads)
    assert "docks" not in themes(lib)
    undo(qtbot, w, m)
    assert themes(lib)["docks"] == ("logistics", "Docks", "الأرصفة", "Docks", "#336699")


def test_a_refused_change_says_why_and_keeps_what_was_typed(qtbot, manager, synthetic_library):
    w, m = manager
    m.start_new()
    qtbot.keyClicks(m.slug_edit, "Not A Slug")
    qtbot.keyClicks(m.label_edits["fr"], "Essai")
    loads = m.loads
    count = w.edits.stack.count()
    qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w, m, loads)
    assert m.message.isVisible() and m.message.text() == (  # in French, not the catalog's "slug"
        "L’identifiant d’un thème s’écrit en minuscules, chiffres et traits d’union (64 au plus), "
        "pas « Not A Slug »."
    )
    assert m.slug_edit.text() == "Not A Slug" and m.label_edits["fr"].text() == "Essai"
    assert w.edits.stack.index() == count  # the refused step is not left to undo
    # a move under its own sub-theme is refused by the catalog, and nothing moves
    before = themes(synthetic_library)
    loads = m.loads
    m.move_theme("logistics", "port")
    settle(qtbot, w, m, loads)
    assert m.message.isVisible() and themes(synthetic_library) == before
    assert (
        m.message.text()
        == "« port » est maintenant sous « logistics » : un thème ne peut pas passer sous lui-même."
    )


def test_dropping_a_theme_on_another_moves_it_there(qtbot, manager, synthetic_library):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    w, m = manager
    roots = [m.tree.topLevelItem(i) for i in range(m.tree.topLevelItemCount())]
    source = next(r for r in roots if r.childCount() == 0)
    target = next(r for r in roots if r is not source)
    slug, parent = source.data(0, Qt.ItemDataRole.UserRole + 1), target.data(0, Qt.ItemDataRole.UserRole + 1)
    m.tree.setCurrentItem(source)
    rect = m.tree.visualItemRect(target)
    got = []
    m.tree.moveRequested.connect(lambda s, p: got.append((s, p)))
    # what Qt's drag ends with: a drop onto the middle of the target row
    m.tree.dropIndicatorPosition = lambda: m.tree.DropIndicatorPosition.OnItem
    event = QDropEvent(
        QPointF(rect.center()),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    loads = m.loads
    m.tree.dropEvent(event)
    assert got == [(slug, parent)]
    settle(qtbot, w, m, loads)
    assert themes(synthetic_library)[slug][0] == parent


def test_the_catalogs_refusals_are_said_in_the_windows_language(qtbot, manager, synthetic_library):
    """Another window adds a theme "docks" and deletes "port" meanwhile: this window's add and
    rename are refused by the catalog, in French then in Arabic, not in the catalog's English."""
    from photobook.services import vocabulary as v
    from photobook.services.vocabulary import run

    w, m = manager
    lib = synthetic_library
    run(lib, lambda s: v.add_theme(s, "docks", {"fr": "Docks"}))  # the other window; this one not told
    count = w.edits.stack.index()
    m.start_new()
    qtbot.keyClicks(m.slug_edit, "docks")
    qtbot.keyClicks(m.label_edits["fr"], "Quais")
    loads = m.loads
    qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w, m, loads)
    assert m.message.isVisible() and m.message.text() == "Il y a déjà un thème « docks »."
    assert m.slug_edit.text() == "docks" and m.label_edits["fr"].text() == "Quais"
    assert themes(lib)["docks"][1] == "Docks" and w.edits.stack.index() == count
    w.set_language("ar")
    m.select("docks")  # read again since the refusal: this window knows it now
    assert m.selected_slug() == "docks"
    run(lib, lambda s: v.delete_theme(s, "docks"))  # the other window deletes it
    m.label_edits["en"].setText("Docks and quays")
    loads = m.loads
    qtbot.mouseClick(m.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w, m, loads)
    assert "docks" in m.message.text() and "unknown" not in m.message.text()
    assert "نافذة أخرى" in m.message.text()  # "in another window"
    assert w.edits.stack.index() == count


def test_undoing_a_merge_after_another_window_saved_its_photographs_says_why_in_arabic(
    qtbot, manager, synthetic_library
):
    """ "port" merged into "docks", then another window saves its photographs: the undo is refused
    in the window's language (here Arabic, the theme's identifier isolated), not in English."""
    from photobook.services import vocabulary as v
    from photobook.services.edits import EditRequest, apply_edits
    from photobook.services.vocabulary import run

    w, m = manager
    lib = synthetic_library
    run(lib, lambda s: v.add_theme(s, "docks", {"fr": "Docks"}))
    loads = m.loads
    m.reload()
    qtbot.waitUntil(lambda: m.loads > loads, timeout=5000)
    ports = own(lib, "port")
    assert len(ports) > 1
    m.select("port")
    target = next(a for a in m.merge_menu.actions() if a.data() == "docks")
    loads = m.loads
    target.trigger()
    settle(qtbot, w, m, loads)
    assert "port" not in themes(lib)
    run(lib, lambda s: apply_edits(s, dict.fromkeys(ports, EditRequest({"title:fr": "Quai"})), "autre"))
    w.set_language("ar")
    undo(qtbot, w, m)
    text = m.message.text()
    assert m.message.isVisible() and "\u2068port\u2069" in text and "نافذة أخرى" in text
    assert "changed" not in text and "revision" not in text
    assert "port" not in themes(lib) and own(lib, "docks") == ports
