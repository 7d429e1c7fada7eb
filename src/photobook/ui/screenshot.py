"""``photobook screenshot``: render the real main window offscreen to a PNG, once the library has
loaded and the thumbnails are in (for documentation, and to look at what was built without a
screen). Settings go to a temporary file: the user's own are neither read nor changed."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

VIEWS = (
    "timeline",
    "grid",
    "photo",
    "editor",
    "kiosk",
    "attract",
    "present",
    "presenter",
    "overview",
    "themes",
    "places",
)


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


class NotInLibrary(LookupError):
    """A theme or photograph asked for on the command line that the library does not have."""


def _filter(library, search: str, themes: tuple[str, ...], years, select: int | None):
    """The filter the window is to show; NotInLibrary for an unknown theme or photograph."""
    from photobook.db import queries

    year_from, year_to = years if years else (None, None)
    with library.Session() as s:
        known = {t.slug for t in queries.themes(s)}
        for slug in themes:
            if slug not in known:
                raise NotInLibrary(f"unknown theme {slug!r} (known: {', '.join(sorted(known))})")
        if select is not None and not queries.photo_records(s, [select]):
            raise NotInLibrary(f"no photograph {select} in this library")
    return queries.PhotoFilter(themes=tuple(themes), year_from=year_from, year_to=year_to, search=search)


def run(
    out: Path,
    library_dir: Path | None,
    db_url: str | None,
    view: str = "timeline",
    size: tuple[int, int] = (1920, 1080),
    lang: str = "fr",
    select: int | None = None,
    tour: str | None = None,
    slide: int | None = None,
    *,
    search: str = "",
    themes: tuple[str, ...] = (),
    years: tuple[int | None, int | None] | None = None,
) -> int:
    """Write a PNG of the main window showing ``view`` ("timeline", "grid", "photo": the full view
    of the selected photograph, or "editor": the record editor open beside the timeline), or of the
    kiosk ("kiosk": the visitor's timeline; "attract": the loop shown when nobody is there) at
    ``size``, in ``lang``, with photograph ``select`` (or one the filters show, picked) selected.
    The main window's views can show the filter panel set to ``search``, ``themes`` (slugs) and
    ``years`` (from, to); a selected photograph they hide is shown marked. Returns an exit code;
    raises NotInLibrary for an unknown theme or photograph."""
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
    if view in ("kiosk", "attract"):
        try:
            return _kiosk(app, library, out, view, size, lang)
        finally:
            library.close()
    try:
        try:
            from photobook.services.demo import ensure_demo
        except ImportError:  # an installation without the demo service
            ensure_demo = None
        if ensure_demo is not None:
            ensure_demo(library)
        f = _filter(library, search, themes, years, select)
        previous_lang = i18n.current_language()
        with tempfile.TemporaryDirectory(prefix="photobook-shot-") as tmp:
            i18n.set_language(lang, app)
            window = MainWindow(library, Settings(Path(tmp) / "settings.ini"), restore=False)
            window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            window.resize(*size)
            window.show()
            window.setFixedSize(*size)
            b = window.browser
            if not f.is_empty():  # as a restored filter is: set before the first load
                window.filters.set_filter(f)
                b.filter = f
            window.start(load_demo=False)
            _wait(app, lambda: b.loads > 0 and not window.tasks.busy(), 60)
            if view in ("present", "presenter", "overview"):
                image = _presenting(app, window, library, view, size, lang, tour, slide)
            elif view == "themes":  # Edit ▸ Themes…: the manager, drawn on its own
                image = _themes_manager(app, window)
            elif view == "places":  # Edit ▸ Places…: the manager, drawn on its own
                image = _places_manager(app, window)
            else:
                image = _main_window(app, window, library, view, size, lang, select)
            ok = _save(image, out)
            window.close()
            window.deleteLater()
            app.processEvents()
            i18n.set_language(previous_lang, app)
        return 0 if ok else 1
    finally:
        library.close()


def _main_window(app, window, library, view: str, size: tuple[int, int], lang: str, select: int | None):  # type: ignore[no-untyped-def]
    """The main window showing ``view`` with photograph ``select`` (or one picked) selected."""
    b = window.browser
    pid = select if select is not None else _pick_photo(library, b.ids, lang)
    if view == "grid":
        window.set_view("grid")
    if pid is not None:
        b.select(pid)
        _wait(app, lambda: window.caption.loaded and not window.tasks.busy(), 30)
        window.timeline.fit()  # all that is shown, not just the selection's neighbourhood
        if view == "editor":
            window.toggle_editor()
            _wait(app, lambda: window.editor.record is not None and not window.tasks.busy(), 30)
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
    return image


def _themes_manager(app, window):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    manager = window.open_themes_manager()
    manager.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    _wait(app, lambda: manager.loads > 0 and not window.tasks.busy(), 30)
    manager.select(manager.vocab.themes[0].slug if manager.vocab.themes else "")
    app.processEvents()
    image = manager.grab().toImage()
    manager.close()
    return image


def _places_manager(app, window):  # type: ignore[no-untyped-def]
    """Edit ▸ Places…, with the first place that has photographs selected (its form filled)."""
    from PySide6.QtCore import Qt

    manager = window.open_places_manager()
    manager.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    _wait(app, lambda: manager.loads > 0 and not window.tasks.busy(), 30)
    used = [p for p in manager.places if p.photos and p.parent_id is not None]
    if used or manager.places:
        manager.select((used or manager.places)[0].names["fr"])
    app.processEvents()
    image = manager.grab().toImage()
    manager.close()
    return image


def _kiosk(app, library, out: Path, view: str, size: tuple[int, int], lang: str) -> int:
    """The kiosk's window (on the same catalog, opened as the kiosk opens it), or its attract loop
    stopped at a photograph with a caption in ``lang`` when there is one."""
    from PySide6.QtCore import Qt

    from photobook.db.engine import open_for_kiosk
    from photobook.ui import i18n
    from photobook.ui.views.kiosk import KioskWindow

    try:
        from photobook.services.demo import ensure_demo
    except ImportError:
        ensure_demo = None
    if ensure_demo is not None:
        ensure_demo(library)
    previous_lang = i18n.current_language()
    folder, url = library.folder, (None if library.is_sqlite else library.url)
    window = KioskWindow(lambda: open_for_kiosk(folder, url), lang=lang, reduced_motion=True)
    try:
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.setFixedSize(*size)
        window.show()
        _wait(app, lambda: window.loads > 0 and bool(window.chips) and not window.tasks.busy(), 60)
        if view == "attract":
            window.show_attract()
            attract = window.attract
            attract.timer.stop()
            pid = _pick_photo(window.library, attract.stops, lang)
            if pid in attract.stops:
                attract.position = attract.stops.index(pid) - 1
                attract.step()
            attract.finish_fade()  # the stop itself, not the previous one fading out over it
            _wait(app, lambda: bool(attract.caption.text()) and not window.tasks.busy(), 30)
        for _ in range(3):  # painting asks for thumbnails; wait for them, paint again
            window.grab()
            window.thumbs.wait_idle(20000)
            window.tasks.wait_idle(20000)
            app.processEvents()
        if view == "attract":
            attract._show_thumb(attract.current())
        image = window.grab().toImage()
        out = Path(out)
        fmt = "JPEG" if out.suffix.lower() in (".jpg", ".jpeg") else "PNG"  # as the main window's
        ok = image.save(str(out), fmt)
    finally:
        window._may_close = True
        window.close()
        window.deleteLater()
        app.processEvents()
        i18n.set_language(previous_lang, app)
    return 0 if ok else 1


def _save(image, out: Path) -> bool:
    out = Path(out)
    # the format the name says (the CLI refuses other suffixes); no folder is created
    fmt = "JPEG" if out.suffix.lower() in (".jpg", ".jpeg") else "PNG"
    return bool(image.save(str(out), fmt))


def _presenting(
    app, window, library, view: str, size: tuple[int, int], lang: str, tour: str | None, slide: int | None
):
    """The room's screen ("present"), the presenter's console ("presenter") or the console with the
    overview of the slides open ("overview") at ``size``."""
    from datetime import datetime

    from PySide6.QtCore import Qt

    from photobook.ui.views.presenter import Presentation, slides_from_ids
    from photobook.ui.views.presenter.talks import load_talk

    b = window.browser
    duration_s = None
    if tour is not None:
        with library.Session() as s:
            slides, duration_s = load_talk(s, tour)
        start = (slide or 1) - 1
    else:
        slides = slides_from_ids(b.ids)
        pid = _pick_photo(library, b.ids, lang)
        start = (slide - 1) if slide else (b.index.get(pid, 0) if pid is not None else 0)
    start_clock = time.monotonic()
    p = Presentation(
        window.tasks,
        window.thumbs,
        b.vocabulary,
        slides,
        start,
        lang=lang,
        presenter_view=view in ("presenter", "overview"),
        show=False,
        duration_s=duration_s,
        clock=lambda: start_clock + 754.0,  # a talk 12 min 34 s in: the same picture every time
        wall=lambda: datetime(2026, 5, 12, 10, 42),
    )
    p.deck.started_at = start_clock if start > 0 else None
    target = p.console if view != "present" and p.console is not None else p.stage
    target.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    target.setFixedSize(*size)
    target.show()
    _wait(app, p.deck.ready, 30)
    if view == "overview":
        p.deck.open_overview()
    for _ in range(2):
        target.grab()
        window.thumbs.wait_idle(20000)
        window.tasks.wait_idle(20000)
        app.processEvents()
    if view != "present":
        p.console.refresh()
    image = target.grab().toImage()
    for w in p.windows():
        w.close()
        w.deleteLater()
    return image
