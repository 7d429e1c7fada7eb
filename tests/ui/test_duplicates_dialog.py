"""View ▸ Duplicates… as an archivist uses it: the groups found at indexing, reviewed side by side
with thumbnails, merged (one record left, Edit ▸ Undo puts the other back) and marked "not
duplicates" (the group is not proposed again); in French and in Arabic (right to left)."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("pytestqt")

from photobook.db import queries
from photobook.indexer.scan import index_paths
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings
from tests.near_copies import write_set


@pytest.fixture
def window(qtbot, library, tmp_path):
    root = tmp_path / "archive"
    files = write_set(root / "scans")
    shutil.copy(files["original"], root / "scans" / "copy-of-original.jpg")
    write_set(root / "other", seed=5, other_seed=1005)  # a second group, and a second other harbour
    index_paths(library, [root], workers=0)
    create_application()
    opened: list[MainWindow] = []

    def make(lang: str = "fr") -> MainWindow:
        i18n.set_language(lang)
        w = MainWindow(library, Settings(tmp_path / "s.ini"), restore=False)
        qtbot.addWidget(w)
        w.resize(1400, 900)
        w.show()
        w.start()
        qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
        opened.append(w)
        return w

    yield make, library
    for w in opened:
        w.close()
    i18n.set_language("fr")


def _open(qtbot, w):
    w.commands.duplicates.trigger()
    d = w.duplicates_dialog
    with qtbot.waitSignal(d.loaded, timeout=15000):
        pass
    return d


def _settle(qtbot, w, d):
    qtbot.waitUntil(lambda: not w.tasks.busy() and d.busy == 0, timeout=15000)


def test_groups_are_listed_and_reviewed_side_by_side_with_thumbnails(qtbot, window):
    make, _lib = window
    w = make("fr")
    assert w.commands.duplicates.text() == "&Doublons…"
    d = _open(qtbot, w)
    assert d.isVisible() and d.windowTitle() == "Doublons"
    assert d.list.count() == 2
    assert d.list.item(0).text() == "Groupe 1 · copies proches · 5 photographies"
    assert len(d.cards) == 5 and d.merge_button.isEnabled()
    paths = {c.record.path for c in d.cards}
    assert "scans/other.jpg" not in paths and "scans/half.jpg" in paths
    # the largest scan is proposed as the record to keep; the half-size scan says its pixels
    assert d.records[d.kept()].pixel_width == 960
    half = next(c for c in d.cards if c.record.path == "scans/half.jpg")
    assert "480 × 320 pixels" in half.details.text()
    qtbot.waitUntil(
        lambda: all(c.image.pixmap() is not None and not c.image.pixmap().isNull() for c in d.cards)
    )
    d.list.setCurrentRow(1)
    assert {c.record.path.split("/")[0] for c in d.cards} == {"other"}


def test_merge_leaves_one_record_and_undo_puts_the_other_back(qtbot, window):
    make, lib = window
    w = make("fr")
    d = _open(qtbot, w)
    with lib.Session() as s:
        before = queries.count(s)
    half = next(c for c in d.cards if c.record.path == "scans/half.jpg")
    half.keep.setChecked(True)
    kept = d.kept()
    with qtbot.waitSignal(d.loaded, timeout=15000):
        d.merge_button.click()
    _settle(qtbot, w, d)
    with lib.Session() as s:
        assert queries.count(s) == before - 4
        assert len(queries.alternates(s, kept)) == 4
    assert d.list.count() == 1  # the merged group is gone; the other one stays
    assert w.commands.undo.isEnabled()
    with qtbot.waitSignal(d.loaded, timeout=15000):
        w.commands.undo.trigger()
    _settle(qtbot, w, d)
    with lib.Session() as s:
        assert queries.count(s) == before and queries.alternates(s, kept) == []
    assert d.list.count() == 2


def test_not_duplicates_is_not_proposed_again(qtbot, window):
    make, lib = window
    w = make("fr")
    d = _open(qtbot, w)
    with qtbot.waitSignal(d.loaded, timeout=15000):
        d.dismiss_button.click()
    _settle(qtbot, w, d)
    assert d.list.count() == 1
    with lib.Session() as s:
        pairs = queries.dismissed_pairs(s, queries.photo_ids(s))
        assert len(pairs) == 10  # the five photographs of the group, pairwise
    w.duplicates_dialog.close()
    d = _open(qtbot, w)  # opened again: still one group
    assert d.list.count() == 1


def test_the_dialog_in_arabic_is_right_to_left_and_translated(qtbot, window):
    make, _lib = window
    w = make("ar")
    d = _open(qtbot, w)
    assert d.isRightToLeft()
    assert d.windowTitle() == "الصور المكررة"
    assert d.list.item(0).text() == "المجموعة 1 · نسخ متقاربة · 5 صور"  # ar_MA: Latin digits


def test_undoing_a_merge_after_someone_saved_the_kept_record_says_why_in_french(qtbot, window):
    """The undo of a merge is refused once someone else saved the record kept: the dialog said the
    catalog's English ("Non effectué : photograph 3 was changed by someone else (revision 2, not
    1); nothing was saved") until the groups were read again, a moment later; it now says it in
    French, and keeps saying it until the next change. The merge stays."""
    from photobook.services import edits
    from photobook.services.edits import EditRequest

    make, lib = window
    w = make("fr")
    d = _open(qtbot, w)
    kept = d.kept()
    with qtbot.waitSignal(d.loaded, timeout=15000):
        d.merge_button.click()
    _settle(qtbot, w, d)
    edits.save(lib, {kept: EditRequest({"notes": "someone else"})})
    with qtbot.waitSignal(d.loaded, timeout=15000):
        w.commands.undo.trigger()
    _settle(qtbot, w, d)
    assert d.summary.text() == (  # still said once the groups are read again
        f"Non effectué : la fusion ne peut pas être annulée, la fiche conservée (nº {kept}) a été "
        "modifiée depuis par quelqu’un d’autre."
    )
    with lib.Session() as s:
        assert len(queries.alternates(s, kept)) == 4
