"""A presentation's state: the slides, where we are, the black/white screen, the typed slide number
and the presenter's timer. Both windows (the room's stage and the presenter's console) show it and
send it their keys, so a clicker works whichever window has the focus.

The photographs' records and pictures are loaded off the GUI thread: the record and the 256 px
thumbnail of a slide are at hand at once, the full picture is decoded in a worker, and the next
slide's is decoded ahead so that a step never waits on disk.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap

from photobook.core.records import Caption, PhotoRecord
from photobook.db import queries
from photobook.ui.views.image_decode import load_photo_image

PHOTO, BLACK, WHITE = "photo", "black", "white"
TEXT_SCALE_MIN, TEXT_SCALE_MAX, TEXT_SCALE_STEP = 0.75, 2.0, 0.125
IMAGES_KEPT = 4  # decoded full pictures kept in memory: the current, the next, the two before


@dataclass(frozen=True)
class Slide:
    """One slide: a photograph, the presenter's notes, and captions that replace the catalogue's
    for this talk ({language: Caption})."""

    photo_id: int
    notes: str = ""
    captions: dict[str, Caption] = field(default_factory=dict)
    hidden: bool = False  # kept for questions: stepping passes over it; go-to and the overview reach it
    transition: str = "cut"  # "fly": the road of time flies to this slide's moment before it opens


def slides_from_ids(ids: Sequence[int]) -> list[Slide]:
    return [Slide(pid) for pid in ids]


def record_days(record: PhotoRecord | None) -> tuple[int, int] | None:
    """(first day, last day) as ordinals of a record's date, or None when it is undated."""
    if record is None or not record.date_start:
        return None
    start = date.fromisoformat(record.date_start).toordinal()
    end = date.fromisoformat(record.date_end).toordinal() if record.date_end else start
    return start, end


class Deck(QObject):
    changed = Signal()  # the slide, the screen mode or the typed number changed: repaint
    recordsLoaded = Signal()
    ended = Signal(object)  # the photo id of the last slide shown (or None): back to browsing
    swapRequested = Signal()  # S: the room's screen and the presenter's change places

    def __init__(
        self,
        tasks,
        thumbs,
        slides: Sequence[Slide] = (),
        start: int = 0,
        clock: Callable[[], float] = time.monotonic,
        image_size: QSize | None = None,
        parent: QObject | None = None,
        wall: Callable[[], datetime] = datetime.now,
        fly: bool = False,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.thumbs = thumbs
        self.clock = clock
        self.wall = wall  # the time of day, for a talk that must end at a given time
        self.image_size = image_size or QSize(1920, 1080)
        self.title = ""
        self.slides: list[Slide] = []
        self.index = 0
        self.mode = PHOTO
        self.typed = ""  # digits typed before Enter
        self.started_at: float | None = None  # the timer starts when slide 1 is first left
        self.duration_s: int | None = None  # the talk's target duration (a tour's), for counting down
        self.timer_mode = (
            "up"  # "up": since the start; "down": left of the duration; "until": left until end_at
        )
        self.end_at: datetime | None = None  # the time of day the talk must end (``--until HH:MM``)
        self.ken_burns = False  # a slow pan and zoom over each photograph (K; --ken-burns)
        self.text_scale = 1.0  # the room's text, larger or smaller (+ and −; remembered)
        self.fly = fly  # every step flies along the road of time (F5 on the timeline; --fly)
        self.days: dict[int, tuple[int, int]] = {}  # photo id → (first, last day), for the road
        self.road = None  # presenter.road.Road of the dated slides, once their days are read
        self.overview = False  # the overview of every slide is open (Tab or G)
        self.overview_index = 0  # the slide picked in it
        self.records: dict[int, PhotoRecord] = {}
        self.images: OrderedDict[int, QPixmap] = OrderedDict()
        self._asked_records: set[int] = set()
        self._asked_images: set[int] = set()
        self._over = False
        self.set_slides(slides, start)

    # --- content ------------------------------------------------------------------------------

    def set_slides(self, slides: Sequence[Slide], start: int = 0) -> None:
        self.slides = list(slides)
        self.index = max(0, min(start, len(self.slides) - 1)) if self.slides else 0
        self._prepare()
        self.read_days()
        self.changed.emit()

    def flies(self) -> bool:
        return self.fly or any(s.transition == "fly" for s in self.slides)

    def read_days(self) -> None:
        """The slides' dates, for the road of time (only when a step may fly): one query in the
        read pool, chunked; the road is ready when they land."""
        if not self.flies() or self.tasks is None or not self.slides:
            return
        ids = [s.photo_id for s in self.slides]
        self.tasks.read(lambda s: queries.photo_days(s, ids), self._on_days)

    def _on_days(self, days: dict[int, tuple[int, int]]) -> None:
        from photobook.ui.views.presenter.road import Card, Road

        if self._over:  # the talk ended while they were read
            return
        self.days = days
        self.road = Road([Card((a + b) / 2, pid) for pid, (a, b) in days.items()])
        self.changed.emit()

    def wants_flight(self, frm: int, to: int) -> bool:
        """A step from slide ``frm`` to ``to`` flies when the talk flies (or that slide does), both
        photographs are dated and their days are in."""
        if not (0 <= frm < len(self.slides) and 0 <= to < len(self.slides)) or frm == to:
            return False
        a, b = self.slides[frm], self.slides[to]
        return (self.fly or b.transition == "fly") and a.photo_id in self.days and b.photo_id in self.days

    def __len__(self) -> int:
        return len(self.slides)

    def current(self) -> Slide | None:
        return self.slides[self.index] if self.slides else None

    def next_slide(self) -> Slide | None:
        """The slide a click shows next: the next one that is not hidden."""
        i = self._shown_from(self.index + 1, 1)
        return self.slides[i] if i is not None else None

    def _shown_from(self, i: int, direction: int) -> int | None:
        """The first slide from ``i`` on (in ``direction``) that is not hidden."""
        while 0 <= i < len(self.slides):
            if not self.slides[i].hidden:
                return i
            i += direction
        return None

    def record(self, slide: Slide | None) -> PhotoRecord | None:
        return self.records.get(slide.photo_id) if slide is not None else None

    def pixmap(self, slide: Slide | None) -> QPixmap | None:
        """The best picture at hand: the decoded original, else the thumbnail (at once, from RAM)."""
        if slide is None:
            return None
        full = self.images.get(slide.photo_id)
        if full is not None:
            return full
        return self.thumbs.pixmap(slide.photo_id) if self.thumbs is not None else None

    def has_full_image(self, slide: Slide | None) -> bool:
        return slide is not None and slide.photo_id in self.images

    # --- moving -------------------------------------------------------------------------------

    def go(self, index: int) -> None:
        if not self.slides:
            return
        index = max(0, min(index, len(self.slides) - 1))
        if self.mode != PHOTO:  # any move brings the picture back, as in PowerPoint
            self.mode = PHOTO
        if index != self.index and self.index == 0 and self.started_at is None:
            self.started_at = self.clock()
        self.index = index
        self.typed = ""
        self._prepare()
        self.changed.emit()

    def step(self, delta: int) -> None:
        """Forward or back by ``delta`` slides, passing over hidden ones (at either end: stay)."""
        direction = 1 if delta > 0 else -1
        i = self.index
        for _ in range(abs(delta)):
            nxt = self._shown_from(i + direction, direction)
            if nxt is None:
                break
            i = nxt
        if i != self.index or self.mode != PHOTO:
            self.go(i)

    def set_end_time(self, hhmm: str) -> None:
        """The talk ends at ``HH:MM`` today (tomorrow if that time has passed): the timer counts
        down to it. ValueError for a time that is not HH:MM."""
        hour, minute = (int(x) for x in hhmm.strip().split(":"))
        now = self.wall()
        end = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
        if end <= now:
            end += timedelta(days=1)
        self.end_at = end
        self.timer_mode = "until"
        self.changed.emit()

    def set_mode(self, mode: str) -> None:
        self.mode = PHOTO if self.mode == mode else mode
        self.changed.emit()

    def elapsed(self) -> float:
        return 0.0 if self.started_at is None else max(0.0, self.clock() - self.started_at)

    def remaining(self) -> float | None:
        """Seconds left (negative once over): until the end time in "until" mode, else of the
        target duration; None without either."""
        if self.timer_mode == "until" and self.end_at is not None:
            return (self.end_at - self.wall()).total_seconds()
        return None if self.duration_s is None else self.duration_s - self.elapsed()

    def pace(self) -> float | None:
        """Seconds ahead of the plan (positive) or behind it (negative). The clock starts when the
        title (slide 1) is left, so the duration is shared evenly between slides 2…n: slide i
        (0-based) should be reached at duration × (i − 1) / (n − 1). None without a duration or
        before the talk started."""
        if not self.duration_s or self.started_at is None or len(self.slides) < 2:
            return None
        planned = self.duration_s * max(0, self.index - 1) / (len(self.slides) - 1)
        return planned - self.elapsed()

    def cycle_timer(self) -> None:
        """T: since the start → left of the duration (a tour's) → left until the end time → …"""
        modes = ["up"] + (["down"] if self.duration_s else []) + (["until"] if self.end_at else [])
        at = modes.index(self.timer_mode) if self.timer_mode in modes else 0
        self.timer_mode = modes[(at + 1) % len(modes)]
        self.changed.emit()

    # --- the overview: every slide at once, to jump (Tab or G) ------------------------------------

    def open_overview(self) -> None:
        self.overview = True
        self.overview_index = self.index
        if self.thumbs is not None:
            self.thumbs.request([s.photo_id for s in self.slides])
        self.changed.emit()

    def close_overview(self) -> None:
        self.overview = False
        self.changed.emit()

    def _overview_key(self, key: int, rtl: bool, columns: int) -> bool:
        K = Qt.Key
        moves = {
            K.Key_Right: -1 if rtl else 1,
            K.Key_Left: 1 if rtl else -1,
            K.Key_Down: columns,
            K.Key_Up: -columns,
            K.Key_PageDown: columns,
            K.Key_PageUp: -columns,
        }
        if key in moves:
            self.overview_index = max(0, min(len(self.slides) - 1, self.overview_index + moves[key]))
            self.changed.emit()
        elif key == K.Key_Home:
            self.overview_index = 0
            self.changed.emit()
        elif key == K.Key_End:
            self.overview_index = len(self.slides) - 1
            self.changed.emit()
        elif key in (K.Key_Return, K.Key_Enter, K.Key_Space):
            self.overview = False
            self.go(self.overview_index)
        elif key in (K.Key_Escape, K.Key_Tab, K.Key_G):
            self.close_overview()
        else:
            return False
        return True

    def end(self) -> None:
        if self._over:
            return
        self._over = True
        cur = self.current()
        self.ended.emit(cur.photo_id if cur is not None else None)

    # --- keys: the same in both windows -------------------------------------------------------

    OVERVIEW_COLUMNS = 6

    def handle_key(self, event: QKeyEvent, rtl: bool = False) -> bool:
        """Act on a key; True if it was one of the presenter's keys."""
        K = Qt.Key
        key = event.key()
        text = event.text()
        if self.overview:
            return self._overview_key(key, rtl, self.OVERVIEW_COLUMNS)
        if key in (K.Key_Tab, K.Key_G):
            self.open_overview()
        elif text.isdigit() and len(text) == 1:
            self.typed = (self.typed + text)[-6:]
            self.changed.emit()
        elif key in (K.Key_Return, K.Key_Enter):
            if self.typed:
                self.go(int(self.typed) - 1)
            else:
                self.step(1)
        elif key == K.Key_Escape:
            if self.typed:
                self.typed = ""
                self.changed.emit()
            else:
                self.end()
        elif key in (K.Key_Right, K.Key_Left):
            self.step(1 if (key == K.Key_Right) != rtl else -1)
        elif key in (K.Key_PageDown, K.Key_Space, K.Key_Down):
            self.step(1)
        elif key in (K.Key_PageUp, K.Key_Backspace, K.Key_Up):
            self.step(-1)
        elif key == K.Key_Home:
            self.go(self._shown_from(0, 1) or 0)
        elif key == K.Key_End:
            last = self._shown_from(len(self.slides) - 1, -1)
            self.go(len(self.slides) - 1 if last is None else last)
        elif key in (K.Key_B, K.Key_Period):
            self.set_mode(BLACK)
        elif key in (K.Key_W, K.Key_Comma):
            self.set_mode(WHITE)
        elif key == K.Key_T:
            self.cycle_timer()
        elif key == K.Key_K:
            self.ken_burns = not self.ken_burns
            self.changed.emit()
        elif key == K.Key_S:
            self.swapRequested.emit()
        elif key in (K.Key_Plus, K.Key_Equal, K.Key_Minus):
            step = -TEXT_SCALE_STEP if key == K.Key_Minus else TEXT_SCALE_STEP
            self.text_scale = round(8 * min(TEXT_SCALE_MAX, max(TEXT_SCALE_MIN, self.text_scale + step))) / 8
            self.changed.emit()
        else:
            return False
        return True

    # --- loading ahead ------------------------------------------------------------------------

    def _window(self) -> list[Slide]:
        """The slides to have ready: this one, the next, and the one before (to go back)."""
        lo, hi = max(0, self.index - 1), min(len(self.slides), self.index + 3)
        around = self.slides[lo:hi]
        cur = self.current()
        return ([cur] if cur else []) + [s for s in around if s is not cur]

    def _prepare(self) -> None:
        if not self.slides or self.tasks is None:
            return
        wanted = self._window()
        ids = [s.photo_id for s in wanted]
        if self.thumbs is not None:
            self.thumbs.request(ids)
        need = [pid for pid in ids if pid not in self.records and pid not in self._asked_records]
        if need:
            self._asked_records.update(need)
            self.tasks.read(lambda s: queries.photo_records(s, need), self._on_records)
        lib = self.tasks.library
        w, h = self.image_size.width(), self.image_size.height()
        for pid in ids[:2]:  # the current picture, then the next one: decoded ahead
            if pid in self.images or pid in self._asked_images:
                continue
            self._asked_images.add(pid)
            self.tasks.read(lambda pid=pid: load_photo_image(lib, pid, w, h), self._on_image, session=False)

    def _on_records(self, records: list[PhotoRecord]) -> None:
        if self._over:  # the talk ended while this was loading
            return
        for r in records:
            self.records[r.id] = r
        self.recordsLoaded.emit()
        self.changed.emit()

    def _on_image(self, result: tuple[int, QImage | None, bool]) -> None:
        pid, image, _original = result
        self._asked_images.discard(pid)
        if self._over:
            return
        if image is None or image.isNull():
            return
        self.images[pid] = QPixmap.fromImage(image)
        self.images.move_to_end(pid)
        while len(self.images) > IMAGES_KEPT:
            self.images.popitem(last=False)
        cur = self.current()
        nxt = self.next_slide()
        if (cur and cur.photo_id == pid) or (nxt and nxt.photo_id == pid):
            self.changed.emit()

    def ready(self) -> bool:
        """The current slide's record and full picture, and the next one's picture, are in."""
        cur, nxt = self.current(), self.next_slide()
        if cur is None:
            return True
        return (
            cur.photo_id in self.records
            and cur.photo_id not in self._asked_images
            and (nxt is None or nxt.photo_id not in self._asked_images)
        )
