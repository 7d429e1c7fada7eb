"""The attract loop: while nobody is there, a slow journey across the decades — the timeline
glides from one photograph to the next (about one stop per few years), the reign bands passing,
and each stop shows the photograph large with its caption. A visible pause button (WCAG 2.2.2)
holds the journey; any other touch starts a fresh visit (handled by the window).

With reduced motion the timeline does not glide: each stop is shown at once, and the previous one
fades out over it (:data:`FADE_MS`, a change of opacity only, as reduced-motion guidelines allow)
instead of a hard cut.

:meth:`AttractView.step` moves to the next stop; the kiosk calls it from a timer, tests directly.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPoint, QRect, QSize, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photobook.core import timeline as tl
from photobook.core.records import PhotoRecord
from photobook.ui.thumbcache import ThumbnailCache
from photobook.ui.timeline import TimelineView
from photobook.ui.views.kiosk.texts import t

STOP_MS = 7000  # each stop stays this long
GLIDE_MS = 3500  # the glide from one stop to the next
FADE_MS = 700  # with reduced motion: the cross-fade from one stop to the next (nothing moves)
SPAN_YEARS = 14.0  # how much of the timeline is in view at a stop
#: Against burn-in on screens that show the loop for hours: the whole picture moves a few pixels
#: at every stop, around a small square, never far enough for a visitor to notice.
SHIFTS = ((0, 0), (3, 2), (6, 0), (3, -2), (0, -4), (-3, -2), (-6, 0), (-3, 2))
SHIFT_PX = 6
CARD_IMAGE = (600, 425)  # the photograph's card, where the screen has room for it (1920×1080)
CARD_IMAGE_MIN_H = 120
CARD_BOTTOM_PX = 30
STRIP_MIN_PX = 380  # the timeline strip above the card: its title, the span bars, a lane of photographs


def journey(rows: tl.TimelineIndex, every_years: float = 3.0, limit: int = 200) -> list[int]:
    """The stops: photographs in time order, at most one per ``every_years``, at most ``limit``."""
    stops: list[int] = []
    last = None
    for pid, d0, d1, _approx in rows.rows:
        year = tl.day_to_year((d0 + d1) / 2)
        if last is None or year - last >= every_years:
            stops.append(pid)
            last = year
    if len(stops) > limit:
        k = len(stops) / limit
        stops = [stops[int(i * k)] for i in range(limit)]
    return stops


class AttractView(QWidget):
    recordWanted = Signal(int)  # the window fetches the record and calls show_record
    imageWanted = Signal(int, int, int)  # photo id, width, height: the window decodes it, show_image
    pausedChanged = Signal(bool)

    def __init__(
        self, thumbs: ThumbnailCache, parent: QWidget | None = None, *, reduced_motion: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskAttract")
        self.lang = "fr"
        self.thumbs = thumbs
        self.reduced_motion = reduced_motion
        self.stops: list[int] = []
        self.position = -1
        self.paused = False
        self.record: PhotoRecord | None = None
        self._large: int | None = None  # the stop whose sharper picture is shown
        self._rows = tl.TimelineIndex()
        self.timeline = TimelineView(thumbs, self)
        self.timeline.setObjectName("kioskAttractTimeline")
        self.timeline.set_rows([])
        self.timeline.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.timeline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.timeline.setMinimumHeight(STRIP_MIN_PX)
        self.invite = QLabel(self)
        self.invite.setObjectName("kioskInvite")
        self.invite.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image = QLabel(self)
        self.image.setObjectName("kioskAttractImage")
        self.image.setFixedSize(*CARD_IMAGE)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(self)
        self.caption.setObjectName("kioskAttractCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.pause_button = QPushButton(self)
        self.pause_button.setObjectName("kioskPause")
        self.pause_button.setMinimumSize(140, 64)
        self.pause_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pause_button.clicked.connect(self.toggle_pause)

        card = QHBoxLayout()
        card.setContentsMargins(40, 0, 40, CARD_BOTTOM_PX)
        card.setSpacing(28)
        card.addWidget(self.image, 0)
        card.addWidget(self.caption, 1)
        card.addWidget(self.pause_button, 0, Qt.AlignmentFlag.AlignBottom)
        col = QVBoxLayout(self)
        self._col = col
        self.shift = 0  # index into SHIFTS
        col.setContentsMargins(SHIFT_PX, SHIFT_PX, SHIFT_PX, SHIFT_PX)
        col.addWidget(self.invite, 0)
        col.addWidget(self.timeline, 1)
        col.addLayout(card, 0)

        self.timer = QTimer(self)
        self.timer.setInterval(STOP_MS)
        self.timer.timeout.connect(self.step)
        self.glide = QVariantAnimation(self)
        self.glide.setEasingCurve(QEasingCurve.Type.InOutSine)
        self.glide.valueChanged.connect(self._on_glide)
        self._from = (0.0, 1.0)
        self._to = (0.0, 1.0)
        # reduced motion: the previous stop, as it was drawn, laid over the new one and faded out
        self.fade_cover = QLabel(self)
        self.fade_cover.setObjectName("kioskAttractFade")
        self.fade_cover.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self._fade_opacity = QGraphicsOpacityEffect(self.fade_cover)
        self.fade_cover.setGraphicsEffect(self._fade_opacity)
        self.fade_cover.hide()
        self.fade = QVariantAnimation(self)
        self.fade.setDuration(FADE_MS)
        self.fade.setStartValue(1.0)
        self.fade.setEndValue(0.0)
        self.fade.setEasingCurve(QEasingCurve.Type.InOutSine)
        self.fade.valueChanged.connect(self._on_fade)
        self.fade.finished.connect(self.finish_fade)
        thumbs.ready.connect(self._on_thumb)
        self.retranslate()

    # --- content -----------------------------------------------------------------------------

    def set_rows(self, rows: tl.TimelineIndex) -> None:
        self._rows = rows
        self.timeline.set_rows(rows, filtered=True)  # the published set: it ends at its last day
        self.stops = journey(rows)
        self.position = -1

    def set_reigns(self, bands: list) -> None:
        self.timeline.set_reigns(bands)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.timeline.set_language(lang)
        self.retranslate()
        if self.record is not None:
            self.show_record(self.record)

    def retranslate(self) -> None:
        self.invite.setText(t(self.lang, "explore"))
        self.pause_button.setText(t(self.lang, "play" if self.paused else "pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())
        self.timeline.setAccessibleName(t(self.lang, "timeline"))
        self.image.setAccessibleName(t(self.lang, "photo"))

    def current(self) -> int | None:
        return self.stops[self.position] if 0 <= self.position < len(self.stops) else None

    # --- the journey ---------------------------------------------------------------------------

    def start(self) -> None:
        """From the first stop, the timeline first shown whole."""
        self.paused = False
        self.retranslate()
        self.position = -1
        self.timeline.fit()
        self.step()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.glide.stop()
        self.finish_fade()

    def toggle_pause(self) -> None:
        self.paused = not self.paused
        if self.paused:
            self.timer.stop()
            self.glide.pause()
            self.finish_fade()  # held on the stop itself, not halfway through a fade
        else:
            self.timer.start()
            if self.glide.state() == QVariantAnimation.State.Paused:
                self.glide.resume()
        self.retranslate()
        self.pausedChanged.emit(self.paused)

    def step(self) -> None:
        """Glide to the next stop (after the last: the first again) and show its photograph."""
        if not self.stops:
            self.caption.setText(t(self.lang, "none"))
            return
        if self.reduced_motion:
            self._begin_fade()
        self.position = (self.position + 1) % len(self.stops)
        self.shift = (self.shift + 1) % len(SHIFTS)
        dx, dy = SHIFTS[self.shift]
        self._col.setContentsMargins(SHIFT_PX + dx, SHIFT_PX + dy, SHIFT_PX - dx, SHIFT_PX - dy)
        pid = self.stops[self.position]
        pos = self._rows.position(pid)
        if pos is not None and pos < len(self._rows.rows):
            _pid, d0, d1, _a = self._rows.rows[pos]
            mid = tl.day_to_year((d0 + d1) / 2)
            self._from = self.timeline.visible_range()
            self._to = (mid - SPAN_YEARS / 2, mid + SPAN_YEARS / 2)
            self.glide.stop()
            if self.reduced_motion or not self.isVisible():
                self._on_glide(1.0)
            else:
                self.glide.setStartValue(0.0)
                self.glide.setEndValue(1.0)
                self.glide.setDuration(GLIDE_MS)
                self.glide.start()
        self.image.clear()
        self._show_thumb(pid)
        self.recordWanted.emit(pid)
        ratio = self.devicePixelRatioF()
        self.imageWanted.emit(pid, int(self.image.width() * ratio), int(self.image.height() * ratio))

    def _begin_fade(self) -> None:
        """Lay the stop on screen over the view before it changes; the fade then uncovers the next."""
        self.finish_fade()
        if self.current() is None or not self.isVisible():
            return  # the first stop appears as the loop does; nothing to fade from
        # as it is on screen, the window's dark ground included (the view paints no ground of
        # its own: a grab of it alone is on the light default, and the fade went through grey)
        top = self.window()
        picture = top.grab(QRect(self.mapTo(top, QPoint(0, 0)), self.size()))
        self.fade_cover.setGeometry(self.rect())
        self.fade_cover.setPixmap(picture)
        self._fade_opacity.setOpacity(1.0)
        self.fade_cover.show()
        self.fade_cover.raise_()
        self.fade.start()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._fit_card(event.size().height())
        super().resizeEvent(event)
        self.finish_fade()  # the picture laid over is the old size's

    def minimumSizeHint(self) -> QSize:
        """What the view needs with the smallest card, not with the card as it is now (the card
        follows the view's height: :meth:`_fit_card`), so that the kiosk window can be smaller."""
        return QSize(super().minimumSizeHint().width(), self._room_around_card() + CARD_IMAGE_MIN_H)

    def _room_around_card(self) -> int:
        col = self._col
        return (
            self.invite.sizeHint().height()
            + STRIP_MIN_PX
            + 2 * col.spacing()
            + sum(col.getContentsMargins()[1::2])
            + CARD_BOTTOM_PX
        )

    def _fit_card(self, height: int) -> None:
        """The photograph's card gets what the strip above it leaves: 600×425 where the screen has
        room (1920×1080), smaller on a 1280×800 screen (about 410×290), so that the strip keeps
        :data:`STRIP_MIN_PX` instead of being drawn under the card."""
        w, h = CARD_IMAGE
        fit_h = max(CARD_IMAGE_MIN_H, min(h, height - self._room_around_card()))
        size = QSize(round(w * fit_h / h), fit_h)
        if size != self.image.size():
            self.image.setFixedSize(size)
            pid = self.current()
            if pid is not None:
                self._large = None  # decoded for the old size: the thumbnail, then a new decode
                self._show_thumb(pid)
                ratio = self.devicePixelRatioF()
                self.imageWanted.emit(pid, int(size.width() * ratio), int(size.height() * ratio))

    def _on_fade(self, v: object) -> None:
        self._fade_opacity.setOpacity(float(v))  # type: ignore[arg-type]

    def finish_fade(self) -> None:
        """The fade's end (or cut short): the previous stop's picture is gone."""
        if self.fade.state() != QVariantAnimation.State.Stopped:
            self.fade.stop()
        self.fade_cover.hide()
        self.fade_cover.clear()

    def fading(self) -> bool:
        return self.fade.state() == QVariantAnimation.State.Running

    def _on_glide(self, v: object) -> None:
        f = float(v)  # type: ignore[arg-type]
        a = self._from[0] + (self._to[0] - self._from[0]) * f
        b = self._from[1] + (self._to[1] - self._from[1]) * f
        self.timeline.set_visible_range(a, b)

    def show_record(self, record: PhotoRecord | None) -> None:
        from photobook.core.dates import in_words
        from photobook.core.records import caption_for

        if record is None or record.id != self.current():
            return
        self.record = record
        _used, cap = caption_for(record, self.lang)
        lines = [in_words(record.date or "", self.lang), cap.title, cap.text[:400]]
        self.caption.setText("\n".join(x for x in lines if x))

    def show_image(self, result: tuple[int, QImage | None, bool]) -> None:
        """The photograph decoded at the card's size (sharper than the thumbnail), if it is the
        current stop's; a missing or broken original keeps the thumbnail."""
        pid, image, _original = result
        if pid != self.current() or image is None or image.isNull():
            return
        self._large = pid
        ratio = self.devicePixelRatioF()
        pix = QPixmap.fromImage(image).scaled(
            self.image.size() * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        pix.setDevicePixelRatio(ratio)
        self.image.setPixmap(pix)

    def _show_thumb(self, pid: int) -> None:
        if self._large == pid:
            return  # the sharper picture is already there
        pix: QPixmap | None = self.thumbs.pixmap(pid)
        if pix is None:
            self.thumbs.request([pid])
            return
        self.image.setPixmap(
            pix.scaled(
                self.image.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _on_thumb(self, pid: int) -> None:
        if pid == self.current():
            self._show_thumb(pid)
