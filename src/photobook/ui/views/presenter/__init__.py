"""Presenting to a room: the stage (fullscreen on the projector), the presenter's console, and the
deck they both show. :class:`Presentation` puts them on the screens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from photobook.ui.models.vocabulary import Vocabulary
from photobook.ui.views.presenter.console import Console
from photobook.ui.views.presenter.deck import Deck, Slide, slides_from_ids
from photobook.ui.views.presenter.overview import Overview
from photobook.ui.views.presenter.stage import Stage

__all__ = ["FADE_MS", "Deck", "Presentation", "Slide", "choose_screens", "slides_from_ids"]

FADE_MS = 250  # the cross-fade between slides, when it is on (a setting)


def choose_screens(
    count: int, primary: int, wanted: int | None, presenter_view: bool
) -> tuple[int, int | None]:
    """(the stage's screen, the console's screen or None), as indexes into the screens.

    The stage goes on the screen asked for (``--screen N``), else on the one that is not the
    primary (the projector) when two are connected; the console goes on another screen when there
    is one, or shares the stage's screen only when it was asked for (``--presenter-view``)."""
    if count <= 0:
        return 0, (0 if presenter_view else None)
    if wanted is not None and 0 <= wanted < count:
        stage = wanted
    else:
        stage = next((i for i in range(count) if i != primary), primary) if count > 1 else 0
    if count > 1:
        console = primary if primary != stage else next(i for i in range(count) if i != stage)
        return stage, console
    return stage, (stage if presenter_view else None)


class Presentation(QObject):
    """One talk: the deck, the stage on the projector, the console on the presenter's screen."""

    ended = Signal(object)  # the photo id of the last slide shown
    screensChanged = Signal()  # the windows moved to other screens (a projector plugged in or out)
    screenChosen = Signal(str)  # the room's screen, chosen by the presenter (S swaps): remember it

    def __init__(
        self,
        tasks,
        thumbs,
        vocab: Vocabulary,
        slides: Sequence[Slide],
        start: int = 0,
        lang: str = "fr",
        screen: int | None = None,
        presenter_view: bool = False,
        clock: Callable[[], float] | None = None,
        wall: Callable[[], datetime] | None = None,
        show: bool = True,
        duration_s: int | None = None,
        screen_name: str | None = None,
        fade_ms: int = 0,
        end_at: str | None = None,
        fly: bool = False,
        motion: bool | None = None,
        text_scale: float = 1.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        screens: list[QScreen] = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        p_index = screens.index(primary) if primary in screens else 0
        if screen is None and screen_name:  # the screen chosen last time, if it is connected
            screen = next((i for i, sc in enumerate(screens) if sc.name() == screen_name), None)
        self.presenter_view = presenter_view
        self.wanted_screen = (
            screens[screen].name() if screen is not None and 0 <= screen < len(screens) else None
        )
        stage_i, console_i = choose_screens(len(screens), p_index, screen, presenter_view)
        self.stage_screen = screens[stage_i] if screens else None
        self.console_screen = screens[console_i] if (screens and console_i is not None) else None
        size = (
            self.stage_screen.size() * self.stage_screen.devicePixelRatio()
            if self.stage_screen
            else QSize(1920, 1080)
        )
        kw: dict = {"clock": clock} if clock is not None else {}
        if wall is not None:
            kw["wall"] = wall
        # every step flies along the road of time (F5 on the timeline, --fly): the deck reads the
        # slides' days once, with its slides
        self.deck = Deck(tasks, thumbs, slides, start, image_size=size, parent=self, fly=fly, **kw)
        self.deck.duration_s = duration_s
        self.deck.text_scale = text_scale
        self.deck.swapRequested.connect(self.swap_screens)
        if duration_s:
            self.deck.timer_mode = "down"  # a tour with a duration: the time left, as pdfpc does
        if end_at:
            self.deck.set_end_time(end_at)  # the talk must end at HH:MM: count down to it
        from photobook.ui.timeline.timeline_view import animations_wanted

        self.stage = Stage(
            self.deck, vocab, lang, fade_ms=fade_ms, motion=animations_wanted() if motion is None else motion
        )
        self.stage.setWindowTitle("Photobook")
        self.console: Console | None = None
        if console_i is not None:
            self.console = Console(self.deck, vocab, lang, **({"wall": wall} if wall is not None else {}))
            self.console.setWindowTitle(self.console.tr("Photobook — presenter"))
        # the overview (Tab, G) on the presenter's screen: the room does not watch the picking
        self.overview = Overview(self.deck, self.console if self.console is not None else self.stage)
        self.deck.ended.connect(self._on_end)
        # a projector plugged in or out mid-talk: the windows move, the talk goes on
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._on_screen_added)
            app.screenRemoved.connect(self._on_screen_removed)
        if show:
            self.show()

    def _on_screen_added(self, _screen: QScreen) -> None:
        self.relayout(QGuiApplication.screens())

    def _on_screen_removed(self, gone: QScreen) -> None:
        self.relayout([sc for sc in QGuiApplication.screens() if sc is not gone])

    def swap_screens(self) -> None:
        """S: the stage and the console change screens (the projector was the other one)."""
        if self.console is None or self.console_screen is None or self.console_screen is self.stage_screen:
            return
        self.stage_screen, self.console_screen = self.console_screen, self.stage_screen
        self.wanted_screen = self.stage_screen.name()
        self.show()
        self.screenChosen.emit(self.wanted_screen)
        self.screensChanged.emit()

    def relayout(self, screens: Sequence[QScreen]) -> None:
        """Put the windows on these screens as at the start: the stage on the projector (the screen
        asked for, else the one that is not the primary), the console on the other; with one screen
        left, the stage fills it and the console steps aside (the overview moves to the stage)."""
        screens = list(screens)
        if not screens or self.deck._over:
            return
        primary = QGuiApplication.primaryScreen()
        p_index = screens.index(primary) if primary in screens else 0
        wanted = next((i for i, sc in enumerate(screens) if sc.name() == self.wanted_screen), None)
        stage_i, console_i = choose_screens(len(screens), p_index, wanted, self.presenter_view)
        self.stage_screen = screens[stage_i]
        self.console_screen = screens[console_i] if console_i is not None else None
        use_console = self.console is not None and self.console_screen is not None
        if self.console is not None and not use_console:
            self.console.hide()
        host = self.console if use_console else self.stage
        if self.overview.parentWidget() is not host:
            self.overview.setParent(host)
            host.installEventFilter(self.overview)
            self.overview.setLayoutDirection(host.layoutDirection())
            self.overview._sync()
        self.show()
        self.screensChanged.emit()

    def windows(self) -> list[QWidget]:
        return [w for w in (self.stage, self.console) if w is not None]

    def show(self) -> None:
        same_screen = self.console is not None and self.console_screen is self.stage_screen
        self._place(self.stage, self.stage_screen, fullscreen=not same_screen)
        if self.console is not None and self.console_screen is not None:
            self._place(self.console, self.console_screen, fullscreen=not same_screen)
        self.stage.activateWindow()
        self.stage.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _place(w: QWidget, screen: QScreen | None, fullscreen: bool) -> None:
        if screen is not None:
            w.setGeometry(
                screen.geometry() if fullscreen else screen.availableGeometry().adjusted(40, 40, -40, -40)
            )
            if w.windowHandle() is None:
                w.winId()  # create the native window, so that it can be put on its screen
            if w.windowHandle() is not None:
                w.windowHandle().setScreen(screen)
        if fullscreen:
            w.showFullScreen()
        else:
            w.resize(1280, 720)
            w.show()

    def _on_end(self, photo_id: int | None) -> None:
        for w in self.windows():
            w.close()
            w.deleteLater()
        self.ended.emit(photo_id)
