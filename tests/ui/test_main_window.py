"""The main window as a user drives it: the archive on the timeline, filters and search applied to
every view, selection and caption, the full view, the contact sheet, keys, and what is remembered."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from sqlalchemy import select

from photobook.db import queries
from photobook.db.models import Photo
from photobook.db.queries import PhotoFilter
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings


@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "settings" / "photobook.ini"


@pytest.fixture
def make_window(qtbot, synthetic_library, settings_path):
    """Open the real main window on a library and wait until the archive is loaded."""
    create_application()
    opened: list[MainWindow] = []

    def make(lang: str = "fr", library=None, restore: bool = True) -> MainWindow:
        i18n.set_language(lang)
        w = MainWindow(library or synthetic_library, Settings(settings_path), restore=restore)
        qtbot.addWidget(w)
        if Settings(settings_path).bytes("window/geometry") is None:
            w.resize(1400, 850)
        w.show()
        w.start()
        qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
        opened.append(w)
        return w

    yield make
    for w in opened:
        w.close()
    i18n.set_language("fr")


def settle(qtbot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: not w.tasks.busy(), timeout=15000)


def places(lib, ids) -> set[str]:
    with lib.Session() as s:
        return set(s.scalars(select(Photo.place).where(Photo.id.in_(list(ids)))))


def test_the_archive_is_on_the_timeline_with_its_reigns(make_window, synthetic_library):
    w = make_window()
    assert len(w.timeline.ordered_ids()) == 300
    assert w.grid_model.rowCount() == 300
    assert "300" in w.filters.count_label.text()
    names = [cb.text() for cb in w.filters.reign_checks.values()]
    assert any("Hassan II" in n for n in names) and any("Mohammed VI" in n for n in names)
    assert w.windowTitle().startswith("Photobook")


def test_search_as_you_type_filters_the_timeline_and_the_grid(qtbot, make_window, synthetic_library):
    w = make_window()
    emitted = []
    w.browser.filterChanged.connect(emitted.append)
    w.filters.search.setFocus()
    qtbot.keyClicks(w.filters.search, "dakhla")
    # typing is debounced: one query for the whole word, not one per key
    qtbot.waitUntil(lambda: w.browser.filter.search == "dakhla", timeout=5000)
    settle(qtbot, w)
    assert len(emitted) == 1
    shown = w.timeline.ordered_ids()
    assert 0 < len(shown) < 300
    assert places(synthetic_library, shown) == {"Dakhla"}
    assert sorted(w.grid_model.ids()) == sorted(shown)
    assert str(len(shown)) in w.filters.count_label.text()


def test_a_search_without_accents_finds_accented_places(qtbot, make_window, synthetic_library):
    w = make_window()
    qtbot.keyClicks(w.filters.search, "fes")
    qtbot.waitUntil(lambda: w.browser.filter.search == "fes", timeout=5000)
    settle(qtbot, w)
    shown = w.grid_model.ids()
    assert shown and places(synthetic_library, shown) == {"Fès"}
    w.filters.search.clear()
    qtbot.waitUntil(lambda: w.browser.filter.search == "", timeout=5000)
    settle(qtbot, w)
    assert w.grid_model.rowCount() == 300


def test_filters_change_what_every_view_shows(qtbot, make_window, synthetic_library):
    w = make_window()
    w.filters.reign_checks["mohammed-vi"].setChecked(True)
    settle(qtbot, w)
    with synthetic_library.Session() as s:
        expected = queries.count(s, PhotoFilter(reigns=("mohammed-vi",)))
    assert 0 < expected < 300
    assert w.grid_model.rowCount() == expected
    assert len(w.timeline.ordered_ids()) == expected
    # a theme: its count in the tree follows the reign filter, and checking it narrows further
    idx = w.filters.themes.index_of("renewable-energy")
    n_theme = w.filters.themes.count("renewable-energy")
    with synthetic_library.Session() as s:
        assert n_theme == queries.count(s, PhotoFilter(reigns=("mohammed-vi",), themes=("renewable-energy",)))
    w.filters.themes.setData(idx, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    settle(qtbot, w)
    assert w.grid_model.rowCount() == n_theme
    # years
    w.filters.clear()
    w.filters.year_from.setValue(1990)
    w.filters.year_to.setValue(1994)
    settle(qtbot, w)
    with synthetic_library.Session() as s:
        assert w.grid_model.rowCount() == queries.count(s, PhotoFilter(year_from=1990, year_to=1994))


def test_selecting_shows_the_caption_and_enter_opens_the_full_view(qtbot, make_window):
    w = make_window()
    first = w.timeline.ordered_ids()[10]
    w.timeline.select(first)
    qtbot.waitUntil(lambda: w.caption.loaded and w.caption.photo_id == first, timeout=5000)
    assert w.caption.title_label.text()
    assert w.caption.date_label.text()
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key.Key_Return)
    assert w.in_full_view()
    assert w.full.photo_id == first
    qtbot.waitUntil(lambda: w.full.canvas.has_image(), timeout=5000)
    qtbot.keyClick(w.full.canvas, Qt.Key.Key_Plus)
    assert not w.full.canvas.is_fitted()
    qtbot.keyClick(w.full.canvas, Qt.Key.Key_0)
    assert w.full.canvas.is_fitted()
    qtbot.keyClick(w.full.canvas, Qt.Key.Key_Right)  # fitted: the arrow steps through time
    assert w.browser.selected == w.browser.neighbour(first, 1)
    qtbot.keyClick(w.full.canvas, Qt.Key.Key_Escape)
    assert not w.in_full_view()


def test_a_filter_keeps_the_selection_when_the_photograph_is_still_shown(
    qtbot, make_window, synthetic_library
):
    w = make_window()
    w.set_view("grid")
    pid = w.grid_model.id_at(100)
    w.browser.select(pid)
    with synthetic_library.Session() as s:
        place = s.get(Photo, pid).place
    w.filters.search.setText(place)
    qtbot.waitUntil(lambda: w.browser.filter.search == place, timeout=5000)
    settle(qtbot, w)
    assert w.grid_model.rowCount() < 300
    assert w.browser.selected == pid
    assert w.grid.selected_id() == pid
    assert w.timeline.selected_id() == pid
    assert w.caption.photo_id == pid


def test_a_search_that_hides_the_selection_gives_it_back_when_cleared(qtbot, make_window, synthetic_library):
    w = make_window()
    settle(qtbot, w)
    pid = w.browser.ids[10]
    w.browser.select(pid)
    w.filters.search.setText("zzzz-nothing-matches")
    qtbot.waitUntil(lambda: w.browser.filter.search == "zzzz-nothing-matches", timeout=5000)
    settle(qtbot, w)
    assert w.grid_model.rowCount() == 0
    assert w.browser.selected == pid and w.caption.photo_id == pid  # still shown in the caption panel
    w.filters.search.clear()
    qtbot.waitUntil(lambda: w.browser.filter.search == "", timeout=5000)
    settle(qtbot, w)
    assert w.browser.selected == pid
    assert w.timeline.selected_id() == pid
    assert w.grid.selected_id() == pid


def test_the_contact_sheet_shares_the_selection(qtbot, make_window):
    w = make_window()
    pid = w.timeline.ordered_ids()[42]
    w.timeline.select(pid)
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.view() == "grid"
    assert w.grid.selected_id() == pid
    qtbot.waitUntil(lambda: w.grid_model.data(w.grid_model.index_of(pid)) != "", timeout=5000)
    # moving in the grid moves the caption panel
    w.grid.setFocus()
    qtbot.keyClick(w.grid, Qt.Key.Key_Right)
    assert w.browser.selected != pid
    qtbot.waitUntil(lambda: w.caption.photo_id == w.browser.selected and w.caption.loaded, timeout=5000)
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.view() == "timeline"
    assert w.timeline.selected_id() == w.browser.selected


def test_arabic_is_right_to_left_and_the_arrows_follow(qtbot, make_window):
    w = make_window("ar")
    assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.filters.layoutDirection() == Qt.LayoutDirection.RightToLeft
    order = w.timeline.ordered_ids()
    w.timeline.select(order[5])
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key.Key_Left)  # time runs right to left: left is later
    assert w.browser.selected == order[6]
    qtbot.keyClick(w.timeline, Qt.Key.Key_Right)
    assert w.browser.selected == order[5]
    # the caption panel's own shortcuts are mirrored the same way
    assert w.commands.next.shortcut().toString() == "Left"
    w.set_language("fr")
    assert w.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert w.commands.next.shortcut().toString() == "Right"


def test_every_action_has_a_shortcut(make_window):
    w = make_window()
    a = w.commands
    for act in (
        a.add_folder,
        a.quit,
        a.show_timeline,
        a.show_grid,
        a.full_view,
        a.back,
        a.zoom_in,
        a.zoom_out,
        a.fit,
        a.go_first,
        a.go_last,
        a.previous,
        a.next,
        a.find,
        a.clear_filters,
        a.toggle_filters,
        a.toggle_caption,
        a.toggle_problems,
        a.fullscreen,
        a.shortcuts_help,
    ):
        assert not act.shortcut().isEmpty(), act.objectName()
    assert "F11" in [s.toString() for s in a.fullscreen.shortcuts()]


def test_ctrl_f_goes_to_the_search_box_and_tab_reaches_the_timeline(qtbot, make_window):
    w = make_window()
    w.timeline.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.filters.search.hasFocus()
    for _ in range(20):
        if w.timeline.hasFocus():
            break
        qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
    assert w.timeline.hasFocus()


def test_escape_clears_the_search_then_returns_to_the_photographs(qtbot, make_window):
    w = make_window()
    w.filters.focus_search()
    qtbot.keyClicks(w.filters.search, "rabat")
    qtbot.waitUntil(lambda: w.browser.filter.search == "rabat", timeout=5000)
    settle(qtbot, w)
    assert w.grid_model.rowCount() < 300
    qtbot.keyClick(w.filters.search, Qt.Key.Key_Escape)
    assert w.filters.search.text() == ""
    settle(qtbot, w)
    assert w.grid_model.rowCount() == 300
    qtbot.keyClick(w.filters.search, Qt.Key.Key_Escape)
    assert w.timeline.hasFocus()


def test_home_end_and_f6_work_from_the_keyboard(qtbot, make_window):
    w = make_window()
    order = w.timeline.ordered_ids()
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key.Key_Home)
    assert w.browser.selected == order[0]
    qtbot.keyClick(w.timeline, Qt.Key.Key_End)
    assert w.browser.selected in order[-30:]  # the last dated photograph (undated ones follow)
    w.filters.focus_search()
    qtbot.keyClick(w, Qt.Key.Key_F6)
    assert w.timeline.hasFocus()
    qtbot.keyClick(w, Qt.Key.Key_F6)
    assert w.caption.scroll.hasFocus()
    qtbot.keyClick(w, Qt.Key.Key_F6)
    assert w.filters.search.hasFocus()


def test_typing_digits_in_the_search_box_is_not_a_zoom_shortcut(qtbot, make_window):
    w = make_window()
    w.filters.focus_search()
    qtbot.keyClicks(w.filters.search, "1990-")
    assert w.filters.search.text() == "1990-"


def test_the_window_remembers_filters_view_range_and_language(qtbot, make_window, settings_path):
    w = make_window()
    w.commands.languages["en"].trigger()
    w.filters.reign_checks["hassan-ii"].setChecked(True)
    settle(qtbot, w)
    w.set_view("grid")
    w.resize(1234, 700)
    pid = w.grid_model.id_at(40)
    w.browser.select(pid)
    day = next(r[1] for r in w.browser.rows.rows if r[0] == pid)
    year = date.fromordinal(day).year
    w.timeline.set_visible_range(year - 4.0, year + 6.0)
    w.close()
    assert Settings(settings_path).language() == "en"

    again = make_window("en")
    assert again.browser.filter.reigns == ("hassan-ii",)
    assert again.filters.reign_checks["hassan-ii"].isChecked()
    assert again.view() == "grid"
    assert again.height() == 700  # (the offscreen screen is 800 px: the width is clamped to it)
    assert again.browser.selected == pid
    a, b = again.timeline.visible_range()
    assert abs(a - (year - 4)) < 0.5 and abs(b - (year + 6)) < 0.5


def test_theme_names_get_the_panel_width_the_counts_do_not_need(qtbot, make_window):
    w = make_window()
    view = w.filters.theme_view
    qtbot.waitUntil(lambda: view.model().index(0, 1).data() not in (None, ""), timeout=15000)
    counts = view.header().sectionSize(1)
    assert counts <= view.sizeHintForColumn(1) + 4  # room for "12", not for a hidden "Photographies"
    assert view.header().sectionSize(0) >= view.viewport().width() - counts - 2


def test_a_damaged_catalog_is_said_in_the_status_bar(qtbot, make_window, tmp_path, monkeypatch):
    import sqlite3

    from photobook.db.engine import open_library
    from photobook.services.synthetic import populate
    from photobook.ui import main_window

    monkeypatch.setattr(main_window, "HEALTH_CHECK_DELAY_MS", 0)
    lib = open_library(tmp_path / "damaged")
    populate(lib, 400, distinct_thumbs=4)
    lib.close()
    path = tmp_path / "damaged" / "catalog.sqlite"
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (pages,) = con.execute("PRAGMA page_count").fetchone()
    con.close()
    with open(path, "r+b") as f:  # a few pages near the end: the window still opens
        f.seek(4096 * (pages - 3))
        f.write(b"\xde\xad" * 4096)
    lib = open_library(tmp_path / "damaged")
    w = make_window(library=lib)
    qtbot.waitUntil(lambda: w.damage is not None, timeout=15000)
    message = w.statusBar().currentMessage().lower()
    assert w.damage and "endommagé" in message  # said in the window's language (French)
    w.close()
    lib.close()


def test_a_sound_catalog_says_nothing(qtbot, make_window, monkeypatch):
    from photobook.ui import main_window

    monkeypatch.setattr(main_window, "HEALTH_CHECK_DELAY_MS", 0)
    w = make_window()
    qtbot.waitUntil(lambda: w.damage is not None, timeout=15000)
    assert w.damage == []
