"""For the archivist while browsing: undated and problem filters with counts, a warning mark on the
contact sheet, a problem row that selects its photograph, the problems dock leaving the theme list
its rows, and the contact sheet keeping the selection in view when zoomed."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from sqlalchemy import select

from photobook.db.models import IndexProblem, Photo
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.models.photo_list import ProblemRole
from photobook.ui.settings import Settings


@pytest.fixture
def warned_library(synthetic_library):
    with synthetic_library.Session() as s:
        photos = s.scalars(select(Photo).where(Photo.day_start.is_not(None)).order_by(Photo.id)).all()
        for p in (photos[4], photos[7]):
            s.add(
                IndexProblem(
                    source_id=p.source_id,
                    path_bytes=p.path_bytes,
                    path=p.path,
                    severity="warning",
                    code="truncated",
                    params={},
                )
            )
        s.commit()
        synthetic_library.warned = [photos[4].id, photos[7].id]
    return synthetic_library


@pytest.fixture
def window(qtbot, warned_library, tmp_path):
    create_application()
    i18n.set_language("fr")
    w = MainWindow(warned_library, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(w)
    w.resize(1600, 960)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
    yield w
    w.close()


def test_undated_and_problem_filters_with_their_counts(window, qtbot):
    w = window
    qtbot.waitUntil(lambda: "(" in w.filters.problems_check.text(), timeout=5000)
    assert w.filters.problems_check.text() == "Problèmes  (2)"
    n_undated = int(w.filters.undated_check.text().split("(")[1].rstrip(")"))
    assert n_undated > 0
    w.filters.problems_check.setChecked(True)
    qtbot.waitUntil(lambda: sorted(w.browser.ids) == sorted(w.library.warned), timeout=5000)
    w.filters.problems_check.setChecked(False)
    w.filters.undated_check.setChecked(True)
    qtbot.waitUntil(lambda: len(w.browser.ids) == n_undated, timeout=5000)
    assert w.browser.filter.undated is True


def test_the_contact_sheet_marks_photographs_with_problems(window, qtbot):
    w = window
    w.set_view("grid")
    model = w.grid_model
    rows = [model.index(model._rows[pid], 0) for pid in w.library.warned]
    for idx in rows:
        idx.data()  # the view asks: the block is fetched
    qtbot.waitUntil(lambda: all(idx.data(ProblemRole) for idx in rows), timeout=5000)
    others = [model.index(r, 0) for r in range(model.rowCount()) if model.id_at(r) not in w.library.warned]
    assert not any(i.data(ProblemRole) for i in others[:50])


def test_the_problems_are_read_when_their_dock_opens(window, qtbot):
    """A start with the dock closed (the default) does not read the index problems (the filter
    panel's "Problems (2)" counts them); opening the dock does, and lists them."""
    w = window
    assert not w.problems.isVisible()
    assert w.browser.problems == [] and w.problems.model.rowCount() == 0
    qtbot.waitUntil(lambda: w.filters.problems_check.text() == "Problèmes  (2)", timeout=5000)
    w.commands.toggle_problems.setChecked(True)
    qtbot.waitUntil(lambda: w.problems.model.rowCount() == 2, timeout=5000)
    assert w.problems.isVisible()


def test_double_clicking_a_problem_row_selects_its_photograph(window, qtbot):
    w = window
    w.commands.toggle_problems.setChecked(True)
    qtbot.waitUntil(lambda: w.problems.model.rowCount() == 2, timeout=5000)
    # the filters hide it: they are cleared so that it is shown
    w.filters.undated_check.setChecked(True)
    qtbot.waitUntil(lambda: w.library.warned[0] not in w.browser.index, timeout=5000)
    row = next(
        r for r in range(2) if w.problems.model.problem(r)["path"].endswith(_path_of(w, w.library.warned[0]))
    )
    w.problems.table.doubleClicked.emit(w.problems.model.index(row, 1))
    qtbot.waitUntil(lambda: w.browser.selected == w.library.warned[0], timeout=5000)
    qtbot.waitUntil(lambda: w.library.warned[0] in w.browser.index, timeout=5000)
    qtbot.waitUntil(lambda: w.timeline.selected_id() == w.library.warned[0], timeout=5000)


def _path_of(w, pid):
    with w.library.Session() as s:
        return s.get(Photo, pid).path


def test_the_problems_dock_leaves_the_theme_list_its_rows(window, qtbot):
    w = window
    before = w.filters.theme_view.height()
    w.commands.toggle_problems.setChecked(True)
    qtbot.waitUntil(lambda: w.problems.isVisible(), timeout=3000)
    qtbot.wait(50)
    row_h = w.filters.theme_view.sizeHintForRow(0)
    assert w.filters.theme_view.height() >= min(before, 8 * row_h)
    assert w.problems.height() < w.height() / 2


def test_zooming_the_contact_sheet_keeps_the_selection_in_view(window, qtbot):
    w = window
    w.set_view("grid")
    pid = w.browser.ids[250]
    w.browser.select(pid)
    idx = w.grid_model.index(w.grid_model._rows[pid], 0)

    def in_view():
        rect = w.grid.visualRect(idx)
        return rect.isValid() and w.grid.viewport().rect().intersects(rect)

    qtbot.waitUntil(in_view, timeout=5000)
    for zoom in (w.grid.zoom_in, w.grid.zoom_in, w.grid.zoom_in, w.grid.zoom_out):
        zoom()
        qtbot.waitUntil(in_view, timeout=5000)
        assert w.grid.selected_id() == pid
