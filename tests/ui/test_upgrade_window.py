"""Opening a catalog made by an older photobook upgrades it: at a million photographs, a minute.
The window says so meanwhile (a small window, in the user's language, a busy bar), the upgrade runs
in a worker, then the main window opens on the upgraded catalog as before; a current catalog shows
no such window. The upgrade is held at its start by a gate the test opens, so that the window is
looked at while the upgrade has not finished."""

from __future__ import annotations

import sqlite3
import sys
import threading
from contextlib import closing

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication

from photobook.db import migrate
from photobook.db.engine import CATALOG_FILE, LibraryError
from photobook.db.fastpath import head_revision, older_revision
from photobook.ui import i18n, upgrade_window
from photobook.ui.app import create_application, open_window
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings
from tests.db.test_migration_workbench import _downgrade

OLD = "0020"


def _revision(folder) -> str:
    with closing(sqlite3.connect(folder / CATALOG_FILE)) as con:  # closed (`with con` only commits)
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]


@pytest.fixture
def old_folder(synthetic_library):
    """300 photographs in a catalog taken back to revision 0020, as an older photobook left it."""
    _downgrade(synthetic_library.engine, OLD)
    synthetic_library.close()
    folder = synthetic_library.folder
    assert _revision(folder) == OLD != head_revision()
    return folder


def _main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


class _Seen:
    """What the upgrade window showed, looked at while the upgrade is held at its start."""

    def __init__(self, monkeypatch) -> None:
        self.gate = threading.Event()
        self.earlier = _main_windows()  # left by other tests
        self.windows: list[dict] = []
        seen = self

        class Watched(upgrade_window.UpgradeWindow):
            def showEvent(self, event) -> None:
                super().showEvent(event)
                seen.windows.append(
                    {
                        "visible": self.isVisible(),
                        "texts": (
                            self.windowTitle(),
                            self.title.text(),
                            self.body.text(),
                            self.revisions.text(),
                        ),
                        "busy": (self.bar.minimum(), self.bar.maximum()),
                        "revision": _revision(seen.folder),  # not upgraded yet: the gate holds it
                        "main_windows": [w for w in _main_windows() if w not in seen.earlier],
                    }
                )
                seen.shown = self
                seen.gate.set()

        monkeypatch.setattr(upgrade_window, "UpgradeWindow", Watched)
        real = migrate.upgrade_to_head

        def gated(engine, revision="head", *, on_upgrade=None, **kw):
            def said(found: str, target: str) -> None:
                self.upgraded_in.append(threading.current_thread())
                on_upgrade(found, target)
                assert self.gate.wait(60), "the upgrade window did not show"

            return real(engine, revision, on_upgrade=said if on_upgrade else None, **kw)

        monkeypatch.setattr(migrate, "upgrade_to_head", gated)
        self.folder = None
        self.shown = None
        self.upgraded_in: list[threading.Thread] = []


@pytest.mark.parametrize(
    ("lang", "title", "body"),
    [
        (
            "en",
            "Updating the catalog for this version of photobook…",
            "your photographs and captions are not changed",
        ),
        (
            "fr",
            "Mise à jour du catalogue pour cette version de photobook…",
            "vos photographies et vos légendes ne sont pas modifiées",
        ),
        ("ar", "جارٍ تحديث الفهرس لهذا الإصدار من photobook…", "لن تتغيّر صورك ولا تعليقاتك"),
    ],
)
def test_an_older_catalog_is_upgraded_in_a_worker_under_a_window_that_says_so(
    qtbot, old_folder, tmp_path, monkeypatch, lang, title, body
):
    create_application()
    i18n.set_language(lang)
    seen = _Seen(monkeypatch)
    seen.folder = old_folder
    try:
        assert older_revision(old_folder) == OLD
        window = open_window(old_folder, None, Settings(path=tmp_path / "settings.ini"), restore=False)
        qtbot.addWidget(window)
    finally:
        i18n.set_language("fr")
    assert len(seen.windows) == 1
    shown = seen.windows[0]
    assert shown["visible"] and shown["main_windows"] == []  # the small window first, alone
    assert shown["revision"] == OLD  # shown before the upgrade, which was still to run
    window_title, said_title, said_body, revisions = shown["texts"]
    assert window_title.startswith("Photobook — ")
    assert said_title == title and body in said_body
    assert OLD in revisions and head_revision() in revisions
    assert shown["busy"] == (0, 0)  # a busy bar
    assert len(seen.upgraded_in) == 1 and seen.upgraded_in[0] is not threading.main_thread()  # a worker
    # then the main window, on the upgraded catalog; the small window is gone
    assert not seen.shown.isVisible()
    assert _revision(old_folder) == head_revision() and older_revision(old_folder) is None
    window.show()
    window.start(load_demo=False)
    qtbot.waitUntil(lambda: window.browser.loads > 0 and not window.tasks.busy(), timeout=30000)
    assert window.browser.count() == 300  # the archive, read from the upgraded catalog
    window.shutdown()
    window.library.close()


def test_a_current_catalog_opens_without_the_upgrade_window(qtbot, synthetic_library, tmp_path, monkeypatch):
    create_application()
    folder = synthetic_library.folder
    synthetic_library.close()
    seen = _Seen(monkeypatch)
    seen.folder = folder
    window = open_window(folder, None, Settings(path=tmp_path / "settings.ini"), restore=False)
    qtbot.addWidget(window)
    assert seen.windows == []
    assert not any(isinstance(w, upgrade_window.UpgradeWindow) for w in QApplication.topLevelWidgets())
    window.shutdown()
    window.library.close()


def test_a_failed_upgrade_is_the_usual_library_error_and_the_window_goes(
    qtbot, old_folder, tmp_path, monkeypatch
):
    create_application()
    seen = _Seen(monkeypatch)
    seen.folder = old_folder

    def broken(engine, revision="head", *, on_upgrade=None, **kw):
        on_upgrade("0020", head_revision())
        assert seen.gate.wait(60)
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(migrate, "upgrade_to_head", broken)
    with pytest.raises(LibraryError, match="disk I/O error"):
        open_window(old_folder, None, Settings(path=tmp_path / "settings.ini"), restore=False)
    assert len(seen.windows) == 1 and not seen.shown.isVisible()
    assert _revision(old_folder) == OLD


@pytest.mark.postgres
def test_a_shared_postgresql_catalog_is_upgraded_under_the_window_too(qtbot, pg_url, tmp_path, monkeypatch):
    from photobook.db.engine import open_library
    from photobook.db.migrate import current_revision
    from photobook.services.synthetic import populate

    lib = open_library(tmp_path / "library", pg_url)
    populate(lib, 20, distinct_thumbs=2)
    _downgrade(lib.engine, OLD)
    create_application()
    seen = _Seen(monkeypatch)
    seen.folder = None
    monkeypatch.setattr(sys.modules[__name__], "_revision", lambda _folder: current_revision(lib.engine))
    try:
        window = open_window(tmp_path / "library", pg_url, Settings(path=tmp_path / "s.ini"), restore=False)
        qtbot.addWidget(window)
        assert len(seen.windows) == 1 and seen.windows[0]["revision"] == OLD
        assert seen.upgraded_in[0] is not threading.main_thread()
        assert current_revision(lib.engine) == head_revision() and not seen.shown.isVisible()
        window.shutdown()
        window.library.close()
    finally:
        lib.close()


def test_photobook_present_says_the_upgrade_of_an_older_catalog_too(qtbot, old_folder, tmp_path, monkeypatch):
    # ``photobook present`` straight from the command line, on a catalog an older photobook left:
    # the same small window while a worker upgrades it, then the talk
    import photobook.ui.settings
    import photobook.ui.views.presenter as presenter
    from photobook.ui.views.presenter.run import run

    create_application()
    seen = _Seen(monkeypatch)
    seen.folder = old_folder
    monkeypatch.setattr(photobook.ui.settings, "Settings", lambda: Settings(path=tmp_path / "s.ini"))
    opened: list[presenter.Presentation] = []

    class Opened(presenter.Presentation):  # the talk, looked at once it is open
        def __init__(self, *args, **kw) -> None:
            super().__init__(*args, **kw)
            opened.append(self)

    monkeypatch.setattr(presenter, "Presentation", Opened)
    # the application's own event loop is not run in a test (its end would end the test session's)
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 0)
    assert run(old_folder, None, "fr", fade=False) == 0
    shown = [len(p.deck.slides) for p in opened]
    for p in opened:
        p.deck.end()
    assert len(seen.windows) == 1 and seen.windows[0]["visible"]
    assert seen.windows[0]["revision"] == OLD  # shown before the upgrade ran
    assert len(seen.upgraded_in) == 1 and seen.upgraded_in[0] is not threading.main_thread()
    assert _revision(old_folder) == head_revision()
    assert shown == [300]  # then the talk, on the upgraded catalog
