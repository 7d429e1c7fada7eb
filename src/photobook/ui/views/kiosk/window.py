"""The visitor's window: the timeline fills the screen, large theme chips and the language
buttons FR · ع · EN above it; a tap on a photograph opens it large with its caption (swipe, the
arrows or the Previous / Next buttons travel between photographs; Back returns). No menus,
dialogs, editing or docks; every control at least 48 px and named for screen readers.

Locked down (:mod:`.guard`): the keys that would leave are swallowed, closing is refused; staff
leave by the hidden gesture (:mod:`.gesture`) and the PIN (:mod:`.pin`). Idle (:mod:`.idle`):
"Still there?" with a countdown, then the attract loop (:mod:`.attract`); a touch then starts a
fresh visit at the whole timeline in the kiosk's default language.

Only published photographs exist here: every query goes through ``queries.public`` and records
through ``photo_records(..., published_only=True)``. A catalog that cannot be opened shows a calm
"temporarily unavailable" screen and is tried again every ``retry_s`` seconds.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from photobook.core import timeline as tl
from photobook.core.records import PhotoRecord
from photobook.db import queries
from photobook.db.engine import CatalogTooOld, Library
from photobook.ui import i18n
from photobook.ui.models.vocabulary import Vocabulary, load_vocabulary
from photobook.ui.tasks import TaskManager
from photobook.ui.thumbcache import ThumbnailCache
from photobook.ui.timeline import ReignBand, TimelineView
from photobook.ui.views.flow_layout import FlowLayout
from photobook.ui.views.full_view import FullView
from photobook.ui.views.image_decode import load_photo_image
from photobook.ui.views.kiosk.attract import AttractView
from photobook.ui.views.kiosk.countdown import COMPACT_STYLE, KIOSK_STYLE, LARGE_TEXT_STYLE, Countdown
from photobook.ui.views.kiosk.gesture import ExitGesture
from photobook.ui.views.kiosk.guard import KioskGuard
from photobook.ui.views.kiosk.idle import ACTIVE, ATTRACT, COUNTDOWN, IdleController
from photobook.ui.views.kiosk.kinetic import Inertia
from photobook.ui.views.kiosk.pin import PinGate
from photobook.ui.views.kiosk.pin_pad import PinPad
from photobook.ui.views.kiosk.schedule import SleepSchedule
from photobook.ui.views.kiosk.systemd import Watchdog
from photobook.ui.views.kiosk.texts import BUTTONS, LANGS, t
from photobook.ui.views.kiosk.unattended import Unattended

log = logging.getLogger(__name__)

CURSOR_HIDE_MS = 3000
TARGET_PX = 56  # every control at least this high (WCAG 2.5.8 asks 24, museums 44-48)
COMPACT_BELOW_PX = 900  # a window shorter than this (a 1280×800 kiosk) gets the compact bar
COMPACT_TARGET_PX = 48  # the bar's controls there: still what museums ask
SWIPE_PX = 80


class KioskWindow(Unattended, QWidget):
    """See the module documentation. ``opener`` opens the catalog (read-only, see
    ``db.engine.open_for_kiosk``); ``clock`` drives idle time and the PIN's rate limit."""

    exitRequested = Signal()

    def __init__(
        self,
        opener: Callable[[], Library],
        *,
        lang: str = "fr",
        idle_s: float = 60.0,
        countdown_s: float = 20.0,
        pin_hash: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        retry_s: float = 30.0,
        reduced_motion: bool = False,
        sleep: SleepSchedule | None = None,
        heartbeat_file: Path | None = None,
        wall_clock: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setStyleSheet(KIOSK_STYLE)
        self.default_lang = lang if lang in LANGS else "fr"
        self.lang = self.default_lang
        self._opener = opener
        self._clock = clock
        self._may_close = False
        self._reduced_motion = reduced_motion
        self.library: Library | None = None
        self.tasks: TaskManager | None = None
        self.thumbs: ThumbnailCache | None = None
        self.vocab = Vocabulary()
        self.rows = tl.TimelineIndex()
        self.theme_counts: dict[str, int] = {}
        self.theme: str | None = None
        self.photo_id: int | None = None
        self.large_text = False
        self.loads = 0  # timeline loads delivered (tests and screenshots wait on it)
        self.visits = 0
        self.compact = False  # a short window: the bar's chips and buttons smaller (resizeEvent)

        self.idle = IdleController(idle_s, countdown_s, clock, self)
        self.idle.stateChanged.connect(self._on_idle_state)
        self.idle.countdownChanged.connect(self._on_countdown)
        self.idle.freshVisit.connect(self.fresh_visit)
        self.gesture = ExitGesture(clock)
        self.gate = PinGate(pin_hash, clock)

        # --- the bar: theme chips, larger text, languages (always visible) ---
        self.chips_box = QWidget()
        self.chips_box.setObjectName("kioskChips")
        # the chips wrap onto a second row rather than slide: one sliding row left the last theme
        # name cut in half at the edge ("Infra…"), on the attract screen too, where nobody slides
        self.chips_row = FlowLayout(self.chips_box, spacing=10)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.chips_box.setSizePolicy(policy)
        self.chips_box.installEventFilter(self)  # resized: as many rows as the chips need
        self.chips: dict[str | None, QPushButton] = {}
        self.larger = self._button("kioskLarger", self.toggle_large_text, checkable=True)
        self.lang_buttons: dict[str, QPushButton] = {}
        self.bar_widget = QWidget()
        self.bar = bar = QHBoxLayout(self.bar_widget)
        bar.setContentsMargins(24, 16, 24, 8)
        bar.setSpacing(12)
        bar.addWidget(self.chips_box, 1)
        bar.addWidget(self.larger)
        for code in LANGS:
            b = self._button(
                f"kioskLang_{code}", lambda _=False, c=code: self.set_language(c), checkable=True
            )
            b.setText(BUTTONS[code])
            b.setMinimumWidth(TARGET_PX + 16)
            self.lang_buttons[code] = b
            bar.addWidget(b)

        # --- pages ---
        self.pages = QStackedWidget()
        self.browse = QWidget()
        self.browse_col = QVBoxLayout(self.browse)
        self.browse_col.setContentsMargins(0, 0, 0, 0)
        self.timeline: TimelineView | None = None
        self.photo_page = QWidget()
        self.full: FullView | None = None
        self.back = self._button("kioskBack", self.close_photo)
        self.previous = self._button("kioskPrevious", lambda: self.step(-1))
        self.next = self._button("kioskNext", lambda: self.step(+1))
        nav = QHBoxLayout()
        nav.setContentsMargins(24, 8, 24, 16)
        nav.addWidget(self.back)
        nav.addStretch(1)
        nav.addWidget(self.previous)
        nav.addWidget(self.next)
        self.photo_col = QVBoxLayout(self.photo_page)
        self.photo_col.setContentsMargins(0, 0, 0, 0)
        self.photo_col.addLayout(nav)
        self.attract: AttractView | None = None
        self.pin_pad = PinPad(self.gate)
        self.pin_pad.accepted.connect(self._exit)
        self.pin_pad.cancelled.connect(self._leave_pin)
        self.unavailable = QLabel()
        self.unavailable.setObjectName("kioskUnavailable")
        self.unavailable.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.night = QWidget()  # closed: a black screen
        self.night.setObjectName("kioskNight")
        self.night.setStyleSheet("background: black;")
        self.night.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        for page in (self.browse, self.photo_page, self.pin_pad, self.unavailable, self.night):
            self.pages.addWidget(page)

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.bar_widget)
        col.addWidget(self.pages, 1)
        self.countdown = Countdown(self)

        self.guard = KioskGuard(
            self, self._on_activity, self._on_press, self._on_release, self.idle.set_held, self._show_cursor
        )
        # the cursor is hidden a few seconds after the mouse last moved (touches never show it)
        self.cursor_hidden = False
        self._cursor_timer = QTimer(self, singleShot=True, interval=CURSOR_HIDE_MS)
        self._cursor_timer.timeout.connect(self._hide_cursor)
        self.started = datetime.now()
        self.last_error = ""
        # what the calm screen says: "unavailable", or "too_old" (a catalog the archivist's newer
        # photobook has not upgraded yet: the kiosk cannot read it, and must not upgrade it)
        self.unavailable_reason = "unavailable"
        self._logged = ""
        self.watchdog = Watchdog(self.status_line, self)
        self.heartbeat_file = heartbeat_file  # None: no file (tests); see heartbeat.heartbeat_path
        self.visits_by_day: dict[str, int] = {}
        if heartbeat_file is not None:
            self.watchdog.timer.timeout.connect(self.beat)
        self.sleep = sleep
        self.sleeping = False
        self._wall_clock = wall_clock
        self._sleep_timer = QTimer(self, interval=30_000)
        self._sleep_timer.timeout.connect(self.check_sleep)
        self._retry = QTimer(self)
        self._retry.setInterval(int(retry_s * 1000))
        self._retry.timeout.connect(self.open_catalog)
        self.set_language(self.lang)
        self.open_catalog()

    def _button(self, name: str, slot: Callable[..., object], checkable: bool = False) -> QPushButton:
        b = QPushButton()
        b.setObjectName(name)
        b.setCheckable(checkable)
        b.setMinimumHeight(COMPACT_TARGET_PX if self.compact else TARGET_PX)
        b.setMinimumWidth(TARGET_PX)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.clicked.connect(slot)
        return b

    # --- the catalog ------------------------------------------------------------------------------

    def open_catalog(self) -> bool:
        """Open the catalog; on failure show "temporarily unavailable" and try again later."""
        if self.library is not None:
            return True
        try:
            library = self._opener()
        except Exception as exc:  # LibraryError, a vanished mount, a server down: the visitor sees calm
            self.last_error = f"{datetime.now():%Y-%m-%d %H:%M} {str(exc).strip()[:200]}"
            self.unavailable_reason = "too_old" if isinstance(exc, CatalogTooOld) else "unavailable"
            self.unavailable.setText(t(self.lang, self.unavailable_reason))
            if str(exc) != self._logged:  # once per cause, not at every retry
                self._logged = str(exc)
                log.warning("kiosk: cannot open the catalog: %s", exc)
            self.pages.setCurrentWidget(self.unavailable)
            self._retry.start()
            return False
        self._retry.stop()
        self.unavailable_reason, self._logged = "unavailable", ""
        self.library = library
        self.tasks = TaskManager(library, self)
        self.tasks.failed.connect(self._on_task_failed)
        self.thumbs = ThumbnailCache(library, self)
        self.timeline = TimelineView(self.thumbs)
        self.timeline.setObjectName("kioskTimeline")
        self.timeline.set_rows([])
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.timeline.selectionChanged.connect(self._on_tap)
        self.browse_col.addWidget(self.timeline)
        # a swipe thrown across the decades glides on and slows down (none with reduced motion)
        self.inertia = Inertia(self.timeline, self._clock, enabled=not self._reduced_motion, parent=self)
        self.full = FullView(self.tasks, self.thumbs)
        self.full.hint_label.hide()
        self.full.stepRequested.connect(self.step)
        self.full.canvas.installEventFilter(self)
        self.photo_col.insertWidget(0, self.full, 1)
        self.attract = AttractView(self.thumbs, reduced_motion=self._reduced_motion)
        self.attract.recordWanted.connect(self._fetch_attract_record)
        self.attract.imageWanted.connect(self._fetch_attract_image)
        self.pages.addWidget(self.attract)
        self.pages.setCurrentWidget(self.browse)
        self.set_language(self.lang)
        self._read(load_vocabulary, self._on_vocabulary, "vocabulary")
        self.reload()
        return True

    def _on_task_failed(self, message: str) -> None:
        """Work other than the catalog's queries failed (a photograph that cannot be decoded):
        the visitor sees the placeholder; staff see it in the status line."""
        self.last_error = f"{datetime.now():%Y-%m-%d %H:%M} {message[:200]}"

    def _on_failed(self, exc: BaseException) -> None:
        """A query failed (the catalog went away): calm screen, then open it again."""
        self.last_error = f"{datetime.now():%Y-%m-%d %H:%M} {str(exc).strip()[:200]}"
        if self.pages.currentWidget() is not self.pin_pad:
            self.pages.setCurrentWidget(self.unavailable)
        self._retry.start()
        self._close_library()

    def _close_library(self) -> None:
        library = self.library
        if self.thumbs is not None:  # (its threads read the catalog too: they end first)
            self.thumbs.close()
        # a read still running (a failed catalog's other query) is not waited for: the library is
        # closed when it has ended
        if self.tasks is not None:
            self.tasks.shutdown(wait=False, then=library.close if library is not None else None)
        elif library is not None:
            library.close()
        for w in (self.timeline, self.full, self.attract):
            if w is not None:
                w.setParent(None)
                w.deleteLater()
        self.timeline = self.full = self.attract = None
        self.library = self.tasks = self.thumbs = None

    def filter(self) -> queries.PhotoFilter:
        return queries.public(queries.PhotoFilter(themes=(self.theme,) if self.theme else ()))

    def reload(self) -> None:
        if self.tasks is None:
            return
        f = self.filter()
        self._read(lambda s: tl.TimelineIndex(queries.timeline_rows(s, f)), self._on_rows, "rows")
        self._read(lambda s: queries.theme_counts(s, queries.public()), self._on_counts, "counts")

    def _read(self, fn: Callable[..., object], on_done: Callable[..., None], key: str) -> None:
        """A query of the catalog in a worker; its failure is the catalog's (see _on_failed)."""
        if self.tasks is not None:
            self.tasks.read(fn, on_done, key=key, on_error=self._on_failed)

    def _on_rows(self, rows: tl.TimelineIndex) -> None:
        self.rows = rows
        if self.timeline is not None:
            self.timeline.blockSignals(True)
            # the published photographs, not the archive: the view ends at the last one, not today
            self.timeline.set_rows(rows, filtered=True)
            self.timeline.select(None)
            self.timeline.fit()
            self.timeline.blockSignals(False)
        if self.attract is not None and not self.theme:
            self.attract.set_rows(rows)
        self.loads += 1

    def _on_counts(self, counts: dict[str, int]) -> None:
        self.theme_counts = counts
        self._build_chips()

    def _on_vocabulary(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        if self.full is not None:
            self.full.set_vocabulary(vocab)
        self._update_bands()
        self._build_chips()

    def _update_bands(self) -> None:
        bands = [ReignBand(r.slug, r.name(self.lang), r.start, r.end, r.color) for r in self.vocab.reigns]
        if self.timeline is not None:
            self.timeline.set_reigns(bands)
        if self.attract is not None:
            self.attract.set_reigns(bands)

    def _build_chips(self) -> None:
        while self.chips_row.count():
            item = self.chips_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.chips = {}
        top = [th for th in self.vocab.children(None) if self.theme_counts.get(th.slug)]
        for slug in [None, *(th.slug for th in top)]:
            b = self._button("kioskChip", lambda _=False, s=slug: self.set_theme(s), checkable=True)
            b.setChecked(slug == self.theme)
            self.chips[slug] = b
            self.chips_row.addWidget(b)
            b.show()
        self._retranslate_chips()

    def _retranslate_chips(self) -> None:
        for slug, b in self.chips.items():
            name = t(self.lang, "all_themes") if slug is None else self.vocab.theme_label(slug, self.lang)
            b.setText(name)
            b.setMinimumWidth(max(TARGET_PX, b.sizeHint().width()))  # never squeezed: the row wraps
            b.setAccessibleName(name if slug is None else t(self.lang, "theme_button", name=name))
        self._fit_chips()

    def set_theme(self, slug: str | None) -> None:
        self.theme = slug
        for s, b in self.chips.items():
            b.setChecked(s == slug)
        self.reload()

    # --- language and text size -------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        lang = lang if lang in LANGS else self.default_lang
        self.lang = lang
        app = QApplication.instance()
        if app is not None:
            i18n.set_language(lang, app)
        direction = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        for code, b in self.lang_buttons.items():
            b.setChecked(code == lang)
            b.setAccessibleName(t(code, "lang_button"))
        self.larger.setText(t(lang, "larger"))
        self.larger.setAccessibleName(t(lang, "larger_name"))
        self.back.setText(t(lang, "back"))
        self.back.setAccessibleName(t(lang, "back_name"))
        self.previous.setText(t(lang, "previous"))
        self.previous.setAccessibleName(t(lang, "previous"))
        self.next.setText(t(lang, "next"))
        self.next.setAccessibleName(t(lang, "next"))
        self.countdown.still.setText(t(lang, "still_there"))
        self.countdown.touch.setText(t(lang, "touch_continue"))
        self.unavailable.setText(t(lang, self.unavailable_reason))
        self.pin_pad.set_language(lang)
        self._retranslate_chips()
        if self.timeline is not None:
            self.timeline.set_language(lang)
            self.timeline.setAccessibleName(t(lang, "timeline"))
        if self.full is not None:
            self.full.set_language(lang)
            self.full.canvas.setAccessibleName(t(lang, "photo"))
        if self.attract is not None:
            self.attract.set_language(lang)
        self._update_bands()

    def toggle_large_text(self) -> None:
        self.large_text = not self.large_text
        self.larger.setChecked(self.large_text)
        self._restyle()

    def _restyle(self) -> None:
        style = KIOSK_STYLE + (COMPACT_STYLE if self.compact else "")
        self.setStyleSheet(style + (LARGE_TEXT_STYLE if self.large_text else ""))
        target = COMPACT_TARGET_PX if self.compact else TARGET_PX
        for b in (*self.chips.values(), self.larger, *self.lang_buttons.values()):
            b.setMinimumHeight(target)
        self.bar.setContentsMargins(24, 10 if self.compact else 16, 24, 4 if self.compact else 8)
        self._retranslate_chips()  # the chips' widths follow their text
        self.chips_row.invalidate()

    # --- the photograph, large ---------------------------------------------------------------------

    def _on_tap(self, photo_id: int) -> None:
        if photo_id >= 0:
            self.open_photo(photo_id)

    def open_photo(self, photo_id: int) -> None:
        if self.full is None or self.tasks is None:
            return
        self.photo_id = photo_id
        self.full.show_photo(photo_id, None)
        self._read(
            lambda s: queries.photo_records(s, [photo_id], published_only=True), self._on_record, "record"
        )
        self.pages.setCurrentWidget(self.photo_page)

    def _on_record(self, records: list[PhotoRecord]) -> None:
        if self.full is not None and records and records[0].id == self.photo_id:
            self.full.set_record(records[0])

    def current_record(self) -> PhotoRecord | None:
        return self.full.record if self.full is not None else None

    def step(self, direction: int) -> None:
        """The next (+1) or previous (-1) photograph in time."""
        if self.photo_id is None:
            return
        pos = self.rows.position(self.photo_id)
        if pos is None:
            return
        k = pos + direction
        if 0 <= k < len(self.rows):
            self.open_photo(self.rows.id_at(k))

    def close_photo(self) -> None:
        self.photo_id = None
        self.pages.setCurrentWidget(self.browse)
        if self.timeline is not None:
            self.timeline.blockSignals(True)
            self.timeline.select(None)
            self.timeline.blockSignals(False)

    def _fit_chips(self) -> None:
        """The chip rows as tall as the chips wrapped at the row's width need (the bar's layout
        does not ask a wrapping layout its height for a width)."""
        need = self.chips_row.heightForWidth(max(1, self.chips_box.width()))
        if need != self.chips_box.minimumHeight():
            self.chips_box.setMinimumHeight(need)

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:  # swipes on the photograph
        if obj is self.chips_box:
            if e.type() == QEvent.Type.Resize:
                self._fit_chips()
            return False
        if getattr(self, "full", None) is not None and obj is self.full.canvas:
            if e.type() == QEvent.Type.MouseButtonPress:
                self._swipe_from = e.position().x()  # type: ignore[attr-defined]
            elif (
                e.type() == QEvent.Type.MouseButtonRelease and getattr(self, "_swipe_from", None) is not None
            ):
                dx = e.position().x() - self._swipe_from  # type: ignore[attr-defined]
                self._swipe_from = None
                if abs(dx) >= SWIPE_PX and self.full.canvas.is_fitted():
                    forward = dx < 0 if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else dx > 0
                    self.step(+1 if forward else -1)
                    return True
        return super().eventFilter(obj, e)

    # --- idle, visits ---------------------------------------------------------------------------

    def _on_activity(self, receiver: QObject, may_end_idle: bool) -> bool:
        if self.sleeping:
            return True  # closed: touches do nothing (the staff gesture still works)
        if not may_end_idle:
            if self.idle.state == ACTIVE:
                self.idle.touched()
            return False
        if self.idle.state == ATTRACT and self.attract is not None:
            b = self.attract.pause_button
            if receiver is b or (isinstance(receiver, QWidget) and b.isAncestorOf(receiver)):
                return False  # the pause button works during the attract loop
        return self.idle.touched()

    def _on_idle_state(self, state: str) -> None:
        self.countdown.setVisible(state == COUNTDOWN)
        if state == COUNTDOWN:
            self.countdown.setGeometry(self.rect())
            self.countdown.raise_()
        if state == ATTRACT:
            self.show_attract()

    def _on_countdown(self, left: int) -> None:
        self.countdown.seconds.setText(t(self.lang, "seconds", n=left))

    def show_attract(self) -> None:
        if self.attract is None:
            return
        self.close_photo()
        if self.theme:
            self.set_theme(None)
        self.pages.setCurrentWidget(self.attract)
        # the chips and the language buttons do nothing there (a touch starts a fresh visit, in
        # the default language, all themes): not shown, the strip and the photograph have the room
        self.bar_widget.hide()
        # the room is the attract loop's now, not at the next layout pass: its first stop, and the
        # picture it fades from at the next, are drawn at the size it is shown at
        if (layout := self.layout()) is not None:
            layout.activate()
        self.attract.set_rows(self.rows)
        self.attract.start()

    def _fetch_attract_record(self, pid: int) -> None:
        if self.tasks is not None and self.attract is not None:
            attract = self.attract
            self._read(
                lambda s: queries.photo_records(s, [pid], published_only=True),
                lambda recs: attract.show_record(recs[0] if recs else None),
                "attract",
            )

    def _fetch_attract_image(self, pid: int, w: int, h: int) -> None:
        if self.tasks is not None and self.attract is not None and self.library is not None:
            lib, attract = self.library, self.attract
            self.tasks.read(
                lambda: load_photo_image(lib, pid, w, h),
                attract.show_image,
                key="attract-image",
                session=False,
            )

    def fresh_visit(self) -> None:
        """A new visitor: the whole timeline, all themes, the default language, normal text."""
        self.visits += 1
        day = datetime.now().date().isoformat()
        self.visits_by_day = {day: self.visits_by_day.get(day, 0) + 1}  # today's only
        self.reset_visit()

    def reset_visit(self) -> None:
        """The kiosk as a visitor first finds it (after a visit, or at opening time)."""
        if getattr(self, "inertia", None) is not None:
            self.inertia.stop()
        if self.attract is not None:
            self.attract.stop()
        self.photo_id = None
        if self.large_text:
            self.toggle_large_text()
        self.set_language(self.default_lang)
        if not self.sleeping:
            self.bar_widget.show()  # hidden by the attract loop
        self.pages.setCurrentWidget(self.browse if self.library is not None else self.unavailable)
        if self.theme:
            self.set_theme(None)
        if self.timeline is not None:
            self.timeline.fit()

    # --- the way out --------------------------------------------------------------------------------

    def _on_press(self, pos: QPointF) -> None:
        self.gesture.press(pos.x(), pos.y())

    def _on_release(self, pos: QPointF) -> None:
        if self.gesture.release(pos.x(), pos.y()):
            self.show_pin_pad()

    def show_pin_pad(self) -> None:
        self.countdown.hide()
        self.bar_widget.show()
        if self.attract is not None:
            self.attract.stop()
        self.idle.set_paused(True)
        self._before_pin = self.pages.currentWidget()
        self.pin_pad.reset()
        self.pages.setCurrentWidget(self.pin_pad)

    def _leave_pin(self) -> None:
        self.idle.set_paused(False)
        before = getattr(self, "_before_pin", None)
        if before is self.night:
            self.idle.set_paused(True)
            self.bar_widget.hide()
            self.pages.setCurrentWidget(before)
            return
        if before is self.attract or before is None:
            before = self.browse if self.library is not None else self.unavailable
        self.pages.setCurrentWidget(before)

    def _exit(self) -> None:
        self._may_close = True
        self.exitRequested.emit()
        self.close()

    # --- life -----------------------------------------------------------------------------------

    def start(self) -> None:
        """Install the guard, start the idle clock, tell systemd (after show)."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.guard)
        self.idle.start()
        self._cursor_timer.start()
        if self.heartbeat_file is not None:
            self.beat()
        if self.sleep is not None:
            self._sleep_timer.start()
            self.check_sleep()
        self.watchdog.start()

    def resizeEvent(self, e) -> None:
        self.countdown.setGeometry(self.rect())
        if (e.size().height() < COMPACT_BELOW_PX) != self.compact:
            self.compact = not self.compact
            self._restyle()
        super().resizeEvent(e)

    def closeEvent(self, e: QCloseEvent) -> None:
        if not self._may_close:
            e.ignore()  # Alt+F4, the window manager, a stray close(): the kiosk stays
            return
        self.shutdown()
        e.accept()

    def shutdown(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.guard)
        self.idle.stop()
        self._retry.stop()
        self._cursor_timer.stop()
        self._sleep_timer.stop()
        if self.cursor_hidden:
            QApplication.restoreOverrideCursor()
            self.cursor_hidden = False
        if self.watchdog.timer.isActive():
            self.watchdog.stop()
        if self.attract is not None:
            self.attract.stop()
        self._close_library()
