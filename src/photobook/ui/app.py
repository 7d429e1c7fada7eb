"""Starting the desktop application: fonts, stylesheet, language, the library, the main window."""

from __future__ import annotations

import ctypes
import linecache
import logging
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from photobook.core import paths
from photobook.ui import i18n
from photobook.ui.fonts import app_font
from photobook.ui.settings import Settings

if TYPE_CHECKING:
    from photobook.db.engine import Library
    from photobook.db.fastpath import FirstView
    from photobook.db.handle import LibraryHandle
    from photobook.ui.main_window import MainWindow

log = logging.getLogger(__name__)

_FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
)


def load_fonts() -> list[str]:
    """Register the shipped fonts; returns the families that loaded."""
    families: list[str] = []
    folder = i18n.resources_dir() / "fonts"
    for name in _FONT_FILES:
        fid = QFontDatabase.addApplicationFont(str(folder / name))
        if fid < 0:
            log.warning("could not load font %s", folder / name)
            continue
        families.extend(f for f in QFontDatabase.applicationFontFamilies(fid) if f not in families)
    return families


def stylesheet() -> str:
    path = i18n.resources_dir() / "style.qss"
    try:
        # url() in a stylesheet is read from the working folder: name the resources folder
        return path.read_text(encoding="utf-8").replace("@RESOURCES@", path.parent.as_posix())
    except OSError:
        log.warning("could not load stylesheet %s", path)
        return ""


def icon() -> QIcon:
    """The application's icon (``resources/<app id>.svg``): the window's, the taskbar's."""
    return QIcon(str(paths.resources_dir() / f"{paths.APP_ID}.svg"))


#: The libraries Qt's X11 platform plugin (xcb) loads that a desktop does not always have, with the
#: Debian/Ubuntu package of each. Qt's own message names only the first, whichever is missing.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _uses_xcb(env: Mapping[str, str]) -> bool:
    """Whether Qt will start on X11: asked for by QT_QPA_PLATFORM, or its default on a Linux
    desktop that is not a Wayland session."""
    platform = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if platform:
        return platform == "xcb"
    return sys.platform.startswith("linux") and not env.get("WAYLAND_DISPLAY")


def _library_loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def xcb_hint(
    env: Mapping[str, str] | None = None, loads: Callable[[str], bool] = _library_loads
) -> str | None:
    """If Qt is about to load its xcb platform plugin and a library that plugin needs is missing,
    the message that says which packages to install (Qt then aborts with a message that names only
    libxcb-cursor0); None when nothing is missing."""
    if not _uses_xcb(os.environ if env is None else env):
        return None
    missing = [pkg for soname, pkg in XCB_LIBRARIES.items() if not loads(soname)]
    if not missing:
        return None
    return (
        "photobook: the window cannot open on X11: Qt's xcb platform plugin needs "
        f"{', '.join(missing)}. Install them, e.g. on Debian or Ubuntu:\n"
        f"    sudo apt install {' '.join(missing)}"
    )


def _imports_keep_no_source() -> None:
    """PySide6 asks of every module imported after it whether its source mentions "PySide6" (its
    ``shibokensupport.feature``, for ``from __feature__ import …``) by ``inspect.getsource``, and
    ``linecache`` then keeps every line of every such file: at start ~325 files, 270,000 lines,
    ~21 MB of the window's memory for good and 0.1–0.2 s of CPU (SQLAlchemy's modules, imported after
    the first frame, are most of it). The same question asked of the file's bytes keeps nothing.
    Where PySide6 no longer has that function, nothing is changed."""
    feature = sys.modules.get("shibokensupport.feature")
    asked = getattr(feature, "_mod_uses_pyside", None)
    if asked is None or getattr(asked, "reads_bytes", False):
        return

    def uses_pyside(module: object) -> bool:
        file = getattr(module, "__file__", None)
        if isinstance(file, str) and file.endswith(".py"):
            try:
                with open(file, "rb") as f:
                    return b"PySide6" in f.read()
            except OSError:
                pass
        return bool(asked(module))  # extension modules, source-less ones: PySide6's own answer

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    linecache.clearcache()  # what it read before


_imports_keep_no_source()  # now, before the window's modules are imported


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), with fonts, stylesheet and identity set up."""
    app = QApplication.instance()
    if app is None:
        hint = xcb_hint()
        if hint:
            print(hint, file=sys.stderr)
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("photobook")
    QCoreApplication.setApplicationName("photobook")
    # No application display name: Qt appends it to every window title that does not end with it
    # (the main window read "Photobook — photobook — Photobook"); each window says "Photobook — …"
    QGuiApplication.setDesktopFileName(paths.APP_ID)  # Wayland: the window finds its .desktop entry
    app.setWindowIcon(icon())
    if not app.property("photobook_ready"):
        load_fonts()
        app.setFont(app_font())
        app.setStyle("Fusion")
        app.setStyleSheet(stylesheet())
        app.setProperty("photobook_ready", True)
    return app


def run(library_dir: Path | None, db_url: str | None, lang: str | None, fullscreen: bool = False) -> int:
    """Open the main window on the library; on first start with an empty library, load the demo
    archive in the background (with progress). Returns the process exit code."""
    app = create_application()
    settings = Settings()
    i18n.set_language(i18n.startup_language(lang, settings.language()), app)
    try:
        window = open_window(library_dir, db_url, settings)
    except Exception as exc:
        from photobook.db.engine import LibraryError  # loaded already: the library was opened

        if not isinstance(exc, LibraryError):
            raise
        QMessageBox.critical(None, "Photobook", str(exc))
        return 2
    if fullscreen:
        window.showFullScreen()
    else:
        window.show()
    window.start(load_demo=True)
    try:
        return app.exec()
    finally:
        window.shutdown()
        window.library.close()


def open_window(
    library_dir: Path | None, db_url: str | None, settings: Settings, *, restore: bool = True
) -> MainWindow:
    """The main window on the library, ready to show, its first frame already the catalog's
    timeline, without SQLAlchemy (issue 6 §7: first paint under a second at a million photographs).

    A SQLite catalog at the newest revision is read with plain ``sqlite3`` (``db.fastpath``) in a
    thread while the window's modules load and the window is built; the library itself (engine,
    models, revision and seed checks) is opened by the first worker that needs it, after the first
    frame (``db.handle.LibraryHandle``). A catalog the fast path cannot read (none yet, an older
    revision to upgrade, PostgreSQL) is opened here first, the usual way, in a worker: an upgrade,
    a minute at a million photographs, is said meanwhile in a small window
    (:mod:`photobook.ui.upgrade_window`). Raises ``LibraryError``."""
    from photobook.core.long_lived import collect_less_often, long_lived
    from photobook.core.paths import default_library_dir
    from photobook.db.fastpath import older_revision
    from photobook.db.handle import LibraryHandle
    from photobook.ui.tasks import answer_sooner

    collect_less_often()
    answer_sooner()

    folder = Path(library_dir) if library_dir is not None else default_library_dir()
    upgrading: list[Callable[[str, str], None]] = []  # while the upgrade window's worker opens it
    handle = LibraryHandle(
        folder,
        db_url,
        opener=lambda: _open_for_window(
            folder, db_url, handle.readonly, on_upgrade=upgrading[0] if upgrading else None
        ),
    )
    reader = _FirstViewReader(folder) if db_url is None and _fast_start(settings) else None
    # the window's modules and widgets live as long as the process: out of the collector's sight,
    # which then no longer walks them all again in a full collection (~0.1 s, stalling the window)
    with long_lived():
        from photobook.ui.main_window import MainWindow

        # the revision, read by the reader first (while the window's modules were imported), or
        # read here (~4 ms) where the library is opened on this thread anyway
        older = reader.older() if reader is not None else older_revision(folder) if db_url is None else None
        if not handle.readonly and (db_url is not None or older is not None):
            # a catalog to upgrade (or a server's, which is opened before the window anyway):
            # opened in a worker; the upgrade, which can take a minute, is said meanwhile
            _open_upgrading(handle, upgrading)
            if reader is not None:  # upgraded: its first view read as usual
                reader = _FirstViewReader(folder)

        if reader is None:
            handle.open()  # raises LibraryError, before any window shows
            return MainWindow(handle, settings, restore=restore)

        def first_view() -> FirstView | None:
            view = reader.result()
            if view is None:  # the fast path could not read it: opened now, the usual way
                handle.open()  # raises LibraryError, before the window shows
            return view

        # built while the reader reads (at a million photographs the GUI thread waited ~0.2 s for
        # it, then built the window, ~0.12 s): the window asks for the view once it is built
        return MainWindow(handle, settings, restore=restore, first_view=first_view)


def _open_upgrading(handle: LibraryHandle, upgrading: list[Callable[[str, str], None]]) -> None:
    """``handle.open()`` in a worker, an upgrade said in a small window while it runs
    (:mod:`photobook.ui.upgrade_window`); raises ``LibraryError``, before any window shows."""
    from photobook.ui.upgrade_window import open_in_worker

    def open_upgrading(on_upgrade: Callable[[str, str], None]) -> None:
        upgrading.append(on_upgrade)  # what the handle's opener passes to open_library
        try:
            handle.open()
        finally:
            upgrading.clear()

    open_in_worker(open_upgrading)


def _fast_start(settings: Settings) -> bool:
    """The window starts on the whole catalog's timeline (what the fast path reads)."""
    return settings.view() == "timeline" and settings.filter().is_empty()


def _open_for_window(
    folder: Path, db_url: str | None, readonly: bool, on_upgrade: Callable[[str, str], None] | None = None
) -> Library:
    """Open the library (in the worker that first needs it), and load the modules the window's
    handlers use, in that worker too: every result reaches the GUI thread after them, which then
    never imports the catalog's modules itself (a stall of a second on a busy machine)."""
    from photobook.core.long_lived import long_lived

    # SQLAlchemy, the models and the catalog's modules: ~300,000 objects that live as long as the
    # process, out of the collector's sight (a full collection walking them: ~0.1 s, in a worker
    # holding the interpreter's lock, a stall of the window)
    with long_lived():
        from photobook.db.engine import open_library

        lib = open_library(
            folder, db_url, readonly=True if readonly else None, resident=True, on_upgrade=on_upgrade
        )
        import photobook.db.queries
        import photobook.services.edits
        import photobook.services.timeline_window  # noqa: F401

    return lib


class _FirstViewReader:
    """``fastpath.first_view`` in a thread of its own, started at once: SQLite reads with the GIL
    released while the GUI thread imports the window's modules and builds it."""

    def __init__(self, folder: Path) -> None:
        import threading

        from photobook.db import fastpath

        self._view: fastpath.FirstView | None = None
        self._older: str | None = None
        self._checked = threading.Event()  # the catalog's revision is known
        self._thread = threading.Thread(target=self._read, args=(folder,), name="photobook-first-view")
        self._thread.start()

    def _read(self, folder: Path) -> None:
        from photobook.db import fastpath

        try:
            # first, the revision (~4 ms): the window waits for that alone before it is built
            self._older = fastpath.older_revision(folder)
            self._checked.set()
            if self._older is None:
                self._view = fastpath.first_view(folder)
        except Exception:  # anything unexpected: the library is opened the usual way instead
            log.exception("could not read the first view of %s", folder)
        finally:
            self._checked.set()

    def older(self) -> str | None:
        """The catalog's revision when it is older than this photobook's (to upgrade), else None;
        the reader's first read, before its rows (``fastpath.older_revision``)."""
        self._checked.wait()
        return self._older

    def result(self) -> FirstView | None:
        self._thread.join()
        return self._view
