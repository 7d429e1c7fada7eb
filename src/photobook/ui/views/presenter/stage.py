"""The room's screen: nothing but the photograph, its caption and the date in words at a size read
from the back of a hall, and the slim timeline. Painted, not laid out: sizes follow the screen's
height (at 1080 px the title is 52 px, the text and the date 34 px, the timeline's labels 24 px).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from photobook.core import dates
from photobook.core.records import PhotoRecord, caption_for
from photobook.core.tours import TourSlide
from photobook.ui.fonts import UI_FAMILIES
from photobook.ui.models.vocabulary import Vocabulary
from photobook.ui.views.presenter.deck import BLACK, WHITE, Deck, Slide, record_days
from photobook.ui.views.presenter.road import FLIGHT_S, Window, ease, flight, moment, paint_road, year_of
from photobook.ui.views.presenter.strip import StripRange, paint_strip

TITLE_PX, TEXT_PX, DATE_PX, STRIP_PX = 52, 34, 34, 24  # at a screen 1080 px high


@dataclass(frozen=True)
class SlideText:
    date: str
    title: str
    text: str
    text_lang: str


def slide_text(slide: Slide | TourSlide, record: PhotoRecord | None, lang: str) -> SlideText:
    """What the room reads: the slide's own caption if the tour gave one, else the catalogue's."""
    captions = dict(record.captions) if record is not None else {}
    captions.update({k: v for k, v in slide.captions.items() if v.title or v.text})
    used, cap = caption_for(captions, lang)
    return SlideText(
        dates.in_words(record.date, lang) if record and record.date else "", cap.title, cap.text, used
    )


def room_font(px: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(UI_FAMILIES)
    f.setPixelSize(px)
    f.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
    return f


KEN_BURNS_S = 12.0  # seconds of movement per slide
KEN_BURNS_ZOOM = 1.10  # at the end, the photograph is this much larger in its frame


def ken_burns_rect(frame: QRectF, t: float, index: int) -> QRectF:
    """Where the photograph is drawn ``t`` (0…1, eased) into its slow zoom, clipped to ``frame``:
    it grows towards a corner that alternates from slide to slide, so consecutive slides do not
    all drift the same way."""
    e = t * t * (3 - 2 * t)  # smoothstep: no jolt at the start or at the end
    s = 1.0 + (KEN_BURNS_ZOOM - 1.0) * e
    fx, fy = ((0.3, 0.35), (0.7, 0.4), (0.35, 0.65), (0.65, 0.6))[index % 4]  # the point it moves to
    w, h = frame.width() * s, frame.height() * s
    x = frame.x() - (w - frame.width()) * fx
    y = frame.y() - (h - frame.height()) * fy
    return QRectF(x, y, w, h)


class Stage(QWidget):
    """The audience window. Keys, the wheel and clicks go to the deck."""

    def __init__(
        self,
        deck: Deck,
        vocab: Vocabulary,
        lang: str,
        fade_ms: int = 0,
        parent: QWidget | None = None,
        motion: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presentStage")
        self.deck = deck
        self.vocab = vocab
        self.lang = lang
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setMinimumSize(320, 240)
        self.strip_range = StripRange.around(vocab.reigns, [])
        self.mark_x: float | None = None  # where the timeline's mark was last painted (tests)
        self.photo_rect = QRectF()
        # the cross-fade: the previous photograph fades out as the new one fades in (0 ms: a cut)
        self.fade = QVariantAnimation(self, startValue=0.0, endValue=1.0, duration=max(1, fade_ms))
        self.fade_ms = fade_ms
        self.fade.valueChanged.connect(self.update)
        self._shown: int | None = deck.index if len(deck) else None
        self._last: tuple[QPixmap, QRectF] | None = None  # the photograph as last painted
        self._leaving: tuple[QPixmap, QRectF] | None = None
        # Ken Burns: from the moment a slide shows, KEN_BURNS_S seconds of slow zoom (to
        # KEN_BURNS_ZOOM) towards a corner, alternating slide to slide; then it rests. Only the
        # photograph's rectangle is repainted, at ~30 frames a second, and only while it moves.
        self._kb_started: float | None = None
        self._kb_timer = QTimer(self, interval=33)
        self._kb_timer.timeout.connect(self._kb_tick)
        # a flight along the road of time (see presenter.road): from, to, its start, the years
        self.motion = motion  # False: reduced motion, the flight is a cross-fade with the year counting
        self.flight: tuple[Window, Window, float, int, int, int] | None = None
        self.landing: Window | None = None  # the road under the photograph while it fades in
        self._flight_timer = QTimer(self, interval=16)
        self._flight_timer.timeout.connect(self._flight_tick)
        deck.changed.connect(self._on_changed)
        deck.recordsLoaded.connect(self._update_range)

    # --- sizes --------------------------------------------------------------------------------

    def scale(self) -> float:
        return max(0.4, self.height() / 1080)

    def px(self, base: int) -> int:
        return round(base * self.scale())

    def text_px(self, base: int) -> int:
        """A text size: the screen's scale times the presenter's (+ and − in the talk)."""
        return round(base * self.scale() * self.deck.text_scale)

    def title_font(self) -> QFont:
        return room_font(self.text_px(TITLE_PX), bold=True)

    def text_font(self) -> QFont:
        return room_font(self.text_px(TEXT_PX))

    def date_font(self) -> QFont:
        return room_font(self.text_px(DATE_PX))

    def strip_font(self) -> QFont:
        return room_font(self.text_px(STRIP_PX))

    def ken_burns_progress(self) -> float | None:
        """0 → 1 through the slow zoom of the current slide; None when Ken Burns is off."""
        if not self.deck.ken_burns or self._kb_started is None or not self.motion:
            return None
        return max(0.0, min(1.0, (self.deck.clock() - self._kb_started) / KEN_BURNS_S))

    def _kb_restart(self) -> None:
        if self.deck.ken_burns:
            self._kb_started = self.deck.clock()
            self._kb_timer.start()
        else:
            self._kb_started = None
            self._kb_timer.stop()

    def _kb_tick(self) -> None:
        t = self.ken_burns_progress()
        if t is None or t >= 1.0:
            self._kb_timer.stop()
        if self._last is not None:
            self.update(self._last[1].toAlignedRect().adjusted(-1, -1, 1, 1))

    def _on_changed(self) -> None:
        if self.deck.ken_burns != (self._kb_started is not None):
            self._kb_restart()  # K pressed
        if self.deck.index != self._shown:
            before, self._shown = self._shown, self.deck.index
            self._kb_restart()
            if before is not None and self.deck.wants_flight(before, self.deck.index):
                self._take_off(before, self.deck.index)
            elif self.fade_ms > 0 and self._last is not None:
                self._leaving = self._last
                self.fade.stop()
                self.fade.start()
        self.update()

    # --- the flight along the road of time ------------------------------------------------------

    def _take_off(self, frm: int, to: int) -> None:
        a = self.deck.days[self.deck.slides[frm].photo_id]
        b = self.deck.days[self.deck.slides[to].photo_id]
        w0, w1 = moment(a), moment(b)
        y0, y1 = year_of((a[0] + a[1]) / 2), year_of((b[0] + b[1]) / 2)
        self.flight = (w0, w1, self.deck.clock(), y0, y1, self.deck.slides[to].photo_id)
        self.landing = None
        self.fade.stop()
        self._leaving = None
        self._flight_timer.start()

    def flight_progress(self) -> float | None:
        if self.flight is None:
            return None
        return max(0.0, min(1.0, (self.deck.clock() - self.flight[2]) / FLIGHT_S))

    def road_window(self) -> Window | None:
        """The stretch of road on screen now (None when the photograph is shown)."""
        t = self.flight_progress()
        if t is None or self.flight is None:
            return None
        w0, w1 = self.flight[0], self.flight[1]
        return flight(w0, w1, t) if self.motion else w1

    def flight_counter(self) -> int | None:
        """The year shown large during a flight: the road's middle, or with reduced motion a count
        from the year left to the year reached."""
        t, w = self.flight_progress(), self.road_window()
        if t is None or w is None or self.flight is None:
            return None
        if self.motion:
            return year_of(w.center)
        y0, y1 = self.flight[3], self.flight[4]
        return round(y0 + (y1 - y0) * ease(t))

    def _flight_tick(self) -> None:
        t = self.flight_progress()
        if t is not None and t >= 1.0 and self.flight is not None:
            self.landing = self.flight[1]  # landed: the photograph opens over its moment
            self.flight = None
            self._flight_timer.stop()
            self.fade.stop()
            self.fade.start()
        self.update()

    def fading(self) -> bool:
        return self.fade.state() == QVariantAnimation.State.Running

    def _update_range(self) -> None:
        days = [d[0] for d in (record_days(r) for r in self.deck.records.values()) if d]
        self.strip_range = StripRange.around(self.vocab.reigns, days)
        self.update()

    def rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        mode = self.deck.mode
        if mode in (BLACK, WHITE):
            p.fillRect(self.rect(), QColor("#000000" if mode == BLACK else "#ffffff"))
            return
        p.fillRect(self.rect(), QColor("#0b0a09"))
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        if self.flight is not None:
            self._paint_road(p)
            return
        if self.landing is not None:
            t = float(self.fade.currentValue()) if self.fading() else 1.0
            if t < 1.0:
                self._paint_road(p, self.landing, None)
                p.fillRect(self.rect(), QColor(11, 10, 9, int(255 * t)))
                p.setOpacity(t)
            else:
                self.landing = None
        slide = self.deck.current()
        record = self.deck.record(slide)
        W, H = float(self.width()), float(self.height())
        margin = self.px(48)
        strip_h = self.px(72)
        strip = QRectF(margin, H - strip_h - self.px(12), W - 2 * margin, strip_h)
        text_w = W - 2 * margin
        align = (
            Qt.AlignmentFlag.AlignRight if self.rtl() else Qt.AlignmentFlag.AlignLeft
        ) | Qt.AlignmentFlag.AlignAbsolute
        # the caption, bottom up: text, title, date
        blocks: list[tuple[QFont, str, QColor]] = []
        if slide is not None:
            t = slide_text(slide, record, self.lang)
            blocks = [
                (self.date_font(), t.date, QColor("#d9c9a8")),
                (self.title_font(), t.title, QColor("#ffffff")),
                (self.text_font(), t.text, QColor("#e8e4dc")),
            ]
        heights = []
        for font, text, _c in blocks:
            if not text:
                heights.append(0.0)
                continue
            fm = QFontMetricsF(font)
            r = fm.boundingRect(QRectF(0, 0, text_w, H), int(Qt.TextFlag.TextWordWrap), text)
            heights.append(min(r.height(), fm.lineSpacing() * 3 + 1))
        gap = self.px(10)
        caption_h = sum(heights) + gap * sum(1 for h in heights if h)
        y = strip.top() - self.px(20) - caption_h
        self.photo_rect = QRectF(
            margin, self.px(28), W - 2 * margin, max(10.0, y - self.px(20) - self.px(28))
        )
        pix = self.deck.pixmap(slide)
        if pix is not None and not pix.isNull():
            size = pix.size().toSizeF().scaled(self.photo_rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(
                self.photo_rect.center().x() - size.width() / 2,
                self.photo_rect.center().y() - size.height() / 2,
                size.width(),
                size.height(),
            )
            t = float(self.fade.currentValue()) if self.fading() else 1.0
            if self._leaving is not None and t < 1.0:
                old, old_rect = self._leaving
                p.setOpacity(1.0 - t)
                p.drawPixmap(old_rect, old, QRectF(old.rect()))
                p.setOpacity(t)
            kb = self.ken_burns_progress()
            if kb is not None and kb > 0:
                p.save()
                p.setClipRect(target)
                p.drawPixmap(ken_burns_rect(target, kb, self.deck.index), pix, QRectF(pix.rect()))
                p.restore()
            else:
                p.drawPixmap(target, pix, QRectF(pix.rect()))
            p.setOpacity(1.0)
            self._last = (pix, target)
        for (font, text, color), h in zip(blocks, heights, strict=True):
            if not h:
                continue
            p.setFont(font)
            p.setPen(color)
            p.drawText(QRectF(margin, y, text_w, h), int(align | Qt.TextFlag.TextWordWrap), text)
            y += h + gap
        days = record_days(record)
        self.mark_x = paint_strip(
            p,
            strip,
            self.strip_range,
            self.vocab.reigns,
            (days[0] + days[1]) / 2 if days else None,
            self.lang,
            self.rtl(),
            self.strip_font(),
        )
        if self.deck.typed:  # the slide number being typed, discreetly in the corner
            p.setFont(self.date_font())
            p.setPen(QColor("#ffb000"))
            p.drawText(QRectF(margin, self.px(12), text_w, self.px(60)), int(align), self.deck.typed + " ↵")

    def _paint_road(self, p: QPainter, window: Window | None = None, counter: int | None = -1) -> None:
        w = window or self.road_window()
        if w is None or self.deck.road is None:
            return
        if counter == -1:
            counter = self.flight_counter()
        target = (
            self.flight[5]
            if self.flight is not None
            else (self.deck.current().photo_id if self.deck.current() else None)
        )
        thumbs = self.deck.thumbs
        paint_road(
            p,
            QRectF(self.rect()),
            w,
            self.vocab.reigns,
            self.deck.road,
            (lambda pid: thumbs.pixmap(pid)) if thumbs is not None else (lambda pid: None),
            target,
            self.lang,
            self.rtl(),
            self.px,
            counter if counter != -1 else None,
        )

    # --- input --------------------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab is the presenter's key (the overview), not focus navigation

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.deck.handle_key(event, self.rtl()):
            event.accept()
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        dy = event.angleDelta().y()
        if dy:
            self.deck.step(-1 if dy > 0 else 1)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.deck.step(1)
        elif event.button() == Qt.MouseButton.RightButton:
            self.deck.step(-1)
        event.accept()
