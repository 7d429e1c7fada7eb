"""``photobook present``: the talk straight from the command line, without the browsing window.
The slide list (the whole archive in time order, or a saved tour: ids and notes, one query) is read
before the window opens; records and pictures then load in workers. Escape ends the program."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from photobook.ui.views.presenter.deck import Slide
from photobook.ui.views.presenter.talks import load_slides, load_talk

__all__ = ["load_slides", "load_talk", "run"]


def run(
    library_dir: Path | None,
    db_url: str | None,
    lang: str | None,
    screen: int | str | None = None,
    presenter_view: bool = False,
    tour: str | None = None,
    start: int = 0,
    fade: bool = True,
    until: str | None = None,
    ken_burns: bool = False,
    fly: bool = False,
    reduced_motion: bool = False,
) -> int:
    from PySide6.QtWidgets import QApplication

    from photobook.db.engine import open_library
    from photobook.ui import i18n
    from photobook.ui.app import create_application
    from photobook.ui.models.vocabulary import load_vocabulary
    from photobook.ui.settings import Settings
    from photobook.ui.tasks import TaskManager
    from photobook.ui.thumbcache import ThumbnailCache
    from photobook.ui.views.presenter import FADE_MS, Presentation

    app = create_application()
    settings = Settings()
    lang = i18n.set_language(lang or settings.language() or i18n.DEFAULT_LANGUAGE, app)
    from photobook.ui.upgrade_window import open_in_worker

    # a catalog left by an older photobook is upgraded first (a minute at a million photographs):
    # in a worker, said by the same small window as the main window's
    library = open_in_worker(
        lambda on_upgrade: open_library(
            library_dir, db_url, readonly=None, resident=True, on_upgrade=on_upgrade
        )
    )
    # a tour that is not there is a one-line error before any window opens
    from photobook.services.tours import TourNotFound

    try:
        with library.Session() as s:
            slides: Sequence[Slide]
            slides, duration_s = load_talk(s, tour)
            vocab = load_vocabulary(s)
    except TourNotFound as exc:
        print(f"photobook: {exc}", file=sys.stderr)
        library.close()
        return 2
    if not slides:
        print("photobook: nothing to present (no photographs)", file=sys.stderr)
        library.close()
        return 1
    # --screen: a number, or a screen's name (as the system calls it: "HDMI-1", "eDP-1")
    screen_name = settings.present_screen()
    if isinstance(screen, str) and not screen.strip().isdigit():
        names = [sc.name() for sc in app.screens()]
        if screen not in names:
            print(f"photobook: no screen called {screen!r} (connected: {', '.join(names)})", file=sys.stderr)
            library.close()
            return 2
        screen_name, screen = screen, None
    elif isinstance(screen, str):
        screen = int(screen)
    if reduced_motion:
        settings.set_present_reduced_motion(True)
    tasks = TaskManager(library)
    thumbs = ThumbnailCache(library)
    holder: list[Presentation] = []
    try:
        p = Presentation(
            tasks,
            thumbs,
            vocab,
            slides,
            start,
            lang=lang,
            screen=screen,
            presenter_view=presenter_view,
            duration_s=duration_s,
            screen_name=screen_name,
            fade_ms=FADE_MS if fade and settings.present_fade() else 0,
            motion=False if settings.present_reduced_motion() else None,
            end_at=until,
            fly=fly,
            text_scale=settings.present_text_scale(),
        )
        p.screenChosen.connect(settings.set_present_screen)
        p.ended.connect(lambda _pid: settings.set_present_text_scale(p.deck.text_scale))
        if ken_burns:
            p.deck.ken_burns = True
            p.deck.changed.emit()
        if (screen is not None or screen_name) and p.stage_screen is not None:  # remembered by name
            settings.set_present_screen(p.stage_screen.name())
        holder.append(p)
        p.ended.connect(lambda _pid: QApplication.quit())
        return app.exec()
    finally:
        tasks.shutdown(wait=True)
        thumbs.close()
        library.close()
