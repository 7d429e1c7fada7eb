"""File ▸ Import spreadsheet…: the preview lists what changes and every error by line and column,
read in a worker; Import stays disabled while there is an error, and a clean file imports."""

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
def window(qtbot, synthetic_library, tmp_path):
    create_application()
    opened: list[MainWindow] = []

    def make(lang: str = "fr") -> MainWindow:
        i18n.set_language(lang)
        w = MainWindow(synthetic_library, Settings(tmp_path / "s.ini"), restore=False)
        qtbot.addWidget(w)
        w.resize(1400, 900)
        w.show()
        w.start()
        qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
        opened.append(w)
        return w

    yield make
    for w in opened:
        w.close()
    i18n.set_language("fr")


def _paths(lib, n=3):
    with lib.Session() as s:
        return [r.path for r in queries.photo_records(s, queries.photo_ids(s)[:n])]


def _records(lib):
    with lib.Session() as s:
        return [r.as_json() for r in queries.photo_records(s, queries.photo_ids(s))]


def _open(qtbot, w, path):
    """The dialog, once its preview is there (the plan comes back from the read worker by a queued
    signal: it cannot arrive before the event loop runs in waitSignal)."""
    dialog = w.import_spreadsheet(path)
    if dialog.plan is None:
        with qtbot.waitSignal(dialog.planned, timeout=15000):
            pass
    return dialog


def test_a_spreadsheet_with_errors_is_previewed_and_cannot_be_imported(
    qtbot, qtmodeltester, window, tmp_path
):
    w = window("fr")
    a, b, c = _paths(w.library)
    sheet = tmp_path / "scanner.csv"
    sheet.write_text(
        f"path,title_ar,date,themes\n{a},ميناء,1985,port\n{b},,13/13/1985,\n{c},,,nowhere\n", encoding="utf-8"
    )
    before = _records(w.library)
    dialog = _open(qtbot, w, sheet)
    qtmodeltester.check(dialog.model)
    m = dialog.model
    rows = [[m.data(m.index(r, col)) for col in range(5)] + [m.is_error(r)] for r in range(m.rowCount())]
    assert [r[0] for r in rows if r[5]] == ["3", "4"]  # the errors, by line
    assert [r[2] for r in rows if r[5]] == ["date", "themes"]  # … and column
    assert rows[0][5] and "13/13/1985" in rows[0][4] and "nowhere" in rows[1][4]  # the errors come first
    assert [r[2:5] for r in rows if r[0] == "2" and r[2] == "title_ar"] == [["title_ar", "", "ميناء"]]
    assert not dialog.import_button.isEnabled()
    assert "2 erreurs" in dialog.summary.text() or "2 error" in dialog.summary.text()
    dialog.start_import()  # refused while there are errors
    assert not w.tasks.busy()
    assert _records(w.library) == before
    dialog.reject()


def test_a_clean_spreadsheet_imports_through_the_button(qtbot, window, tmp_path):
    w = window("ar")
    a, b, _c = _paths(w.library)
    sheet = tmp_path / "clean.csv"
    sheet.write_text(
        f"path,title_ar,status\n{a},ميناء الدار البيضاء,reviewed\n{b},القصبة,\n", encoding="utf-8"
    )
    dialog = _open(qtbot, w, sheet)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=15000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done.args[0].updated == 2
    with w.library.Session() as s:
        recs = {r.path: r for r in queries.photo_records(s, queries.photo_ids(s))}
    assert recs[a].captions["ar"].title == "ميناء الدار البيضاء" and recs[a].status == "reviewed"
    assert recs[b].captions["ar"].title == "القصبة"
    assert not dialog.isVisible()


def test_the_entries_refused_in_a_json_file_are_said_in_the_windows_language(qtbot, window, tmp_path):
    import json

    w = window("fr")
    a, b, c = _paths(w.library)
    entries = [
        {"path": a, "captions": {"xx": "Le port"}},  # a language photobook does not know
        {"path": b, "themes": "port"},  # not a list
        {"path": c, "captions": {"fr": {"title": "x" * 501}}},  # a title too long for the catalog
    ]
    f = tmp_path / "autre-poste.json"
    f.write_text(
        json.dumps({"format": "photobook-catalog", "version": 1, "photos": entries}), encoding="utf-8"
    )
    dialog = _open(qtbot, w, f)
    m = dialog.model
    said = [m.data(m.index(r, 4)) for r in range(m.rowCount()) if m.is_error(r)]
    assert said == [
        "langue de légende inconnue « xx »",
        "« themes » doit être une liste de noms de thèmes",
        "Titre (français) : 501 caractères ; 500 au plus.",  # the catalog's own refusal
    ]
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_a_file_that_cannot_be_read_is_said_in_the_windows_language(qtbot, window, tmp_path):
    w = window("fr")
    cases = {
        "autre.json": (b'{"photos": []}', "ce n’est pas un catalogue photobook"),
        "tableur.xlsx": (b"pas un classeur", "ce n’est pas un classeur Excel lisible (.xlsx)"),
        "vide.csv": (b"\n\n", "il est vide : sa première ligne nomme les colonnes"),
        "ancien.json": (
            b'{"format": "photobook-catalog", "version": 7, "photos": []}',
            "c’est un catalogue de version 7 ; ce photobook lit la version 1",
        ),
    }
    for name, (data, words) in cases.items():
        f = tmp_path / name
        f.write_bytes(data)
        dialog = w.import_spreadsheet(f)
        qtbot.waitUntil(lambda d=dialog: "importé" in d.summary.text(), timeout=15000)
        assert dialog.summary.text() == f"Ce fichier ne peut pas être importé : {words}"
        assert not dialog.import_button.isEnabled()
        dialog.reject()


def test_a_system_error_reading_the_file_is_said_in_the_windows_language(
    qtbot, window, tmp_path, monkeypatch
):
    """The system's own words (English on most systems) are not put in a French or Arabic sentence
    when photobook has the error's words: permission denied is said as such."""
    import errno
    import os

    from photobook.services import transfer

    f = tmp_path / "fiches.csv"
    f.write_text("id,title_fr\n", encoding="utf-8")
    real_open = os.open

    def refused(path, *a, **kw):
        if str(path) == str(f):  # (root reads a file of mode 000: the error is made here)
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *a, **kw)

    monkeypatch.setattr(transfer.os, "open", refused)
    with pytest.raises(transfer.TransferError) as caught:
        transfer._read(f)
    assert str(caught.value) == f"cannot read {f}: Permission denied"  # the command line's sentence
    for lang, words in (
        ("fr", "Ce fichier ne peut pas être importé : il ne peut pas être lu (permission refusée)"),
        ("ar", "تتعذر قراءته (تم رفض الإذن)"),
    ):
        w = window(lang)
        dialog = w.import_spreadsheet(f)
        qtbot.waitUntil(
            lambda d=dialog: bool(d.summary.text()) and "…" not in d.summary.text(), timeout=15000
        )
        assert words in dialog.summary.text()
        assert "Permission denied" not in dialog.summary.text()
        dialog.reject()
        w.close()
