"""``photobook screenshot``: render the real main window offscreen to a PNG, once the library has
loaded and the thumbnails are in (for documentation, and to look at what was built without a
screen). Settings go to a temporary file: the user's own are neither read nor changed."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

VIEWS = ("timeline", "grid", "photo")


def _wait(app, predicate: Callable[[], bool], timeout_s: float) -> bool:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
    return True


def _pick_photo(library, ids: list[int], lang: str) -> int | None:
    """A photograph with a caption in ``lang`` if there is one (a better picture), else the first."""
    if not ids:
        return None
    from photobook.db import queries

    with library.Session() as s:
        window = ids[len(ids) // 3 :] + ids[: len(ids) // 3]
        for i in range(0, min(len(window), 4000), 500):
            chunk = window[i : i + 500]
            have = queries.captioned_in(s, chunk, lang)
            for pid in chunk:
                if pid in have:
                    return pid
    return ids[0]


def run(
    out: Path,
    library_dir: Path | None,
    db_url: str | None,
    view: str = "timeline",
    size: tuple[int, int] = (1920, 1080),
    lang: str = "fr",
) -> int:
    """Write a PNG of the main window showing ``view`` ("timeline", "grid" or "photo": the full view
    of the selected photograph) at ``size``, in ``lang``. Returns an exit code."""
    if view not in VIEWS:
        raise ValueError(f"view must be one of {', '.join(VIEWS)}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt

    from photobook.db.engine import open_library
    from photobook.ui import i18n
    from photobook.ui.app import create_application
    from photobook.ui.main_window import MainWindow
    from photobook.ui.settings import Settings

    app = create_application()
    library = open_library(library_dir, db_url)
    try:
        try:
            from photobook.services.demo import ensure_demo
        except ImportError:  # an installation without the demo service
            ensure_demo = None
        if ensure_demo is not None:
            ensure_demo(library)
        previous_lang = i18n.current_language()
        with tempfile.TemporaryDirectory(prefix="photobook-shot-") as tmp:
            i18n.set_language(lang, app)
            window = MainWindow(library, Settings(Path(tmp) / "settings.ini"), restore=False)
            window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            window.resize(*size)
            window.show()
            window.setFixedSize(*size)
            window.start(load_demo=False)
            b = window.browser
            _wait(app, lambda: b.loads > 0 and not window.tasks.busy(), 60)
            pid = _pick_photo(library, b.ids, lang)
            if view == "grid":
                window.set_view("grid")
            if pid is not None:
                b.select(pid)
                _wait(app, lambda: window.caption.loaded and not window.tasks.busy(), 30)
                window.timeline.fit()  # the whole archive, not just the selection's neighbourhood
                if view == "photo":
                    window.open_full_view()
                    _wait(app, lambda: window.full.image_is_original or not window.tasks.busy(), 30)
            for _ in range(3):  # painting asks for thumbnails; wait for them, paint again
                window.grab()
                window.thumbs.wait_idle(20000)
                window.tasks.wait_idle(20000)
                app.processEvents()
            image = window.grab().toImage()
            if image.size().width() != size[0] or image.size().height() != size[1]:
                from PySide6.QtCore import QSize

                image = image.scaled(QSize(*size))
            out = Path(out)
            # the format the name says (the CLI refuses other suffixes); no folder is created
            fmt = "JPEG" if out.suffix.lower() in (".jpg", ".jpeg") else "PNG"
            ok = image.save(str(out), fmt)
            window.close()
            window.deleteLater()
            app.processEvents()
            i18n.set_language(previous_lang, app)
        return 0 if ok else 1
    finally:
        library.close()
