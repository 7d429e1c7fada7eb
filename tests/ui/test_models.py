"""The window's item models: each passes pytest-qt's model tester; the contact sheet's model holds
ids only and fetches its rows lazily (never from ``flags()``)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QPixmap

from photobook.db import queries
from photobook.ui.models.photo_list import DateRole, IdRole, PhotoListModel
from photobook.ui.models.problems import ProblemsModel
from photobook.ui.models.theme_tree import SlugRole, ThemeTreeModel
from photobook.ui.models.vocabulary import load_vocabulary
from photobook.ui.tasks import TaskManager
from photobook.ui.thumbcache import ThumbnailCache


@pytest.fixture
def tasks(qapp, synthetic_library):
    tm = TaskManager(synthetic_library)
    yield tm
    tm.shutdown()


@pytest.fixture
def thumbs(qapp, synthetic_library):
    cache = ThumbnailCache(synthetic_library)
    yield cache
    cache.close()


@pytest.fixture
def ids(synthetic_library):
    with synthetic_library.Session() as s:
        return queries.photo_ids(s)


def test_photo_list_model_passes_the_model_tester(qtmodeltester, qtbot, tasks, thumbs, ids):
    model = PhotoListModel(tasks, thumbs)
    model.set_ids(ids)
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=10000)
    qtmodeltester.check(model)  # again, with the fetched rows
    model.set_ids(ids[:17])
    qtmodeltester.check(model)


def test_flags_never_fetch_and_data_is_fetched_lazily_in_blocks(qtbot, tasks, ids, monkeypatch):
    model = PhotoListModel(tasks, None)
    model.set_ids(ids)
    calls = []
    real_read = tasks.read
    monkeypatch.setattr(tasks, "read", lambda *a, **k: (calls.append(a), real_read(*a, **k))[1])
    for row in range(model.rowCount()):
        model.flags(model.index(row, 0))
        assert model.data(model.index(row, 0), IdRole) == ids[row]
    qtbot.wait(0)  # let the coalescing timer run, if anything had been asked for
    assert calls == []
    # asking for text starts one fetch per block of rows, not one per row
    idx = model.index(5, 0)
    assert model.data(idx) == ""
    for row in range(20):
        model.data(model.index(row, 0))
    with qtbot.waitSignal(model.dataChanged, timeout=10000):
        pass
    assert len(calls) == 1
    qtbot.waitUntil(lambda: model.data(idx) != "", timeout=10000)
    with tasks.library.Session() as s:
        rec = queries.photo_records(s, [ids[5]])[0]
    from photobook.core import dates

    assert model.data(idx, DateRole) == dates.in_words(rec.date, "fr")
    model.set_language("en")
    assert model.data(idx) == dates.in_words(rec.date, "en")


def test_thumbnails_arrive_and_repaint_their_row(qtbot, tasks, thumbs, ids):
    model = PhotoListModel(tasks, thumbs)
    model.set_ids(ids)
    idx = model.index(3, 0)
    assert model.data(idx, Qt.ItemDataRole.DecorationRole) is None  # nothing in RAM yet: asked for
    with qtbot.waitSignal(
        model.dataChanged,
        timeout=10000,
        check_params_cb=lambda a, b, roles: (
            a.row() <= 3 <= b.row() and Qt.ItemDataRole.DecorationRole in roles
        ),
    ):
        pass
    assert isinstance(model.data(idx, Qt.ItemDataRole.DecorationRole), QPixmap)


def test_theme_tree_model_passes_the_model_tester(qtmodeltester, qtbot, synthetic_library):
    with synthetic_library.Session() as s:
        vocab = load_vocabulary(s)
        counts = queries.theme_counts(s)
    model = ThemeTreeModel(lang="fr")
    qtmodeltester.check(model)
    model.set_vocabulary(vocab)
    model.set_counts(counts)
    qtmodeltester.check(model)
    # parents come before their children, with their counts
    energy = model.index_of("renewable-energy")
    assert energy.isValid() and model.rowCount(energy) >= 2
    child = model.index(0, 0, energy)
    assert model.parent(child) == energy
    assert model.data(child, SlugRole) in ("solar", "wind")
    assert model.data(model.index_of("renewable-energy", 1)) == str(counts["renewable-energy"])
    assert model.data(energy) == "Énergies renouvelables"
    model.set_language("ar")
    assert model.data(energy) == "الطاقات المتجددة"
    model.set_counts({**counts, "renewable-energy": 7})  # the counts under another filter
    assert model.data(model.index_of("renewable-energy", 1)) == "7"
    assert model.data(energy, Qt.ItemDataRole.AccessibleTextRole) == "الطاقات المتجددة, 7"
    # a search of many photographs: its counts estimated on one photograph in 20, said as such
    model.set_counts({**counts, "renewable-energy": 75_080, "solar": 20, "wind": 0}, every=20)
    number = model.index_of("renewable-energy", 1)
    assert model.data(number) == "≈\u202f" + QLocale().toString(75_000)  # two significant digits
    assert "20" in model.data(number, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index_of("solar", 1)) == "≈\u202f20"
    assert model.data(model.index_of("wind", 1)) == ""  # none in the sample
    model.set_counts({**counts, "renewable-energy": 75_080})  # counted again, one by one
    assert model.data(number) == QLocale().toString(75_080)
    assert not model.data(number, Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.checkedChanged) as sig:
        assert model.setData(child, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert sig.args[0] == (model.data(child, SlugRole),)
    assert Qt.CheckState(model.data(child, Qt.ItemDataRole.CheckStateRole)) == Qt.CheckState.Checked
    qtmodeltester.check(model)


def test_problems_model_passes_the_model_tester(qtmodeltester):
    model = ProblemsModel()
    qtmodeltester.check(model)
    model.set_problems(
        [
            {
                "source": "/photos",
                "path": "a/broken.jpg",
                "severity": "error",
                "code": "legacy",
                "values": {"text": "truncated JPEG"},
                "seen_at": "2026-01-01T10:00:00",
            },
            {
                "source": "/photos",
                "path": "b/odd.tif",
                "severity": "warning",
                "code": "exif_date_impossible",
                "values": {"tag": "DateTime", "value": "2999:01:01 00:00:00"},
                "seen_at": "2026-01-01T10:00:01",
            },
        ]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 2)).strip("\u2066\u2069") == "truncated JPEG"  # in any language
    assert "2999:01:01 00:00:00" in model.data(model.index(1, 2))
    assert model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole) == (
        "EXIF DateTime '2999:01:01 00:00:00' is impossible; ignored"
    )
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.index(0, 0).parent() == QModelIndex()


def test_problem_paths_stay_left_to_right_in_arabic():
    model = ProblemsModel()
    model.set_problems(
        [
            {
                "source": "/tmp/photos",
                "path": "a/empty.jpg",
                "severity": "error",
                "code": "empty_file",
                "values": {},
                "seen_at": "2026-01-01T10:00:00",
            }
        ]
    )
    for column in (1, 3):  # file, folder: isolated left to right (LRI … PDI)
        text = model.data(model.index(0, column))
        assert text.startswith("\u2066") and text.endswith("\u2069")
    assert model.data(model.index(0, 3)).strip("\u2066\u2069") == "/tmp/photos"
    assert "0" in model.data(model.index(0, 2))
