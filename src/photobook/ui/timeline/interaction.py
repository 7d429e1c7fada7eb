"""Keys, mouse, wheel and gestures on the timeline. Mixed into
:class:`~photobook.ui.timeline.timeline_view.TimelineView`, whose selection, zoom and pan they drive.

In a right-to-left layout time runs from right to left and the arrows follow the screen: Left goes
later in time.

* Left / Right: select the previous / next photograph in time (the undated come after the dated
  ones); with nothing selected, the first or last photograph in view. The view follows.
* Shift (or Alt) + Left / Right, the wheel, dragging: pan. Ctrl + wheel, a pinch, + / −: zoom,
  anchored under the pointer (or on the selection for the keys), from the whole archive down to a
  few weeks.
* Page Up / Page Down: a decade earlier / later, not past the data's ends plus a margin. Home /
  End: the first / last photograph. 0 or F: fit what is shown (what the filters chose). Enter or a double click: open the selected photograph (``activated``).
  Escape: clear the selection.
* A click selects a photograph; a click on a cluster zooms into its period.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QNativeGestureEvent, QWheelEvent
from PySide6.QtWidgets import QGestureEvent, QPinchGesture, QToolTip

from photobook.core import timeline as tl
from photobook.ui.timeline import texts

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from photobook.ui.timeline.geometry import Geometry
    from photobook.ui.timeline.scene import Frame, VisibleItem

ZOOM_STEP = 0.5  # a key press halves (or doubles) the visible span
DRAG_START_PX = 5


class TimelineInteraction:
    """Event handlers of :class:`~photobook.ui.timeline.timeline_view.TimelineView` (listed first
    among its bases, so that Qt calls these; ``super()`` is then the ``QWidget``)."""

    if TYPE_CHECKING:  # what the view provides
        activated: SignalInstance
        _index: tl.TimelineIndex
        _a: float
        _b: float
        _sel_id: int | None
        _hover: int | None
        _undated_offset: int
        _press: QPointF | None
        _press_range: tuple[float, float]
        _dragging: bool
        _frame: Frame

        def _geometry(self) -> Geometry: ...
        def _zoom(self, factor: float, anchor_x: float | None) -> None: ...
        def _key_anchor(self) -> float | None: ...
        def _px_per_day(self) -> float: ...
        def _set_range(self, a: float, b: float, fitted: bool = False) -> None: ...
        def item_at(self, pos: QPointF) -> VisibleItem | None: ...
        def language(self) -> str: ...
        def select(self, photo_id: int | None) -> None: ...
        def select_next(self) -> None: ...
        def select_previous(self) -> None: ...
        def multi_click(self, item: VisibleItem, modifiers: Qt.KeyboardModifier) -> bool: ...
        def zoom_in(self) -> None: ...
        def zoom_out(self) -> None: ...
        def fit(self) -> None: ...
        def go_first(self) -> None: ...
        def go_last(self) -> None: ...
        def pan_days(self, days: float) -> None: ...
        def user_moved(self) -> None: ...

    def event(self, e: QEvent) -> bool:
        t = e.type()
        if t == QEvent.Type.Gesture:
            return self._gesture(e)  # type: ignore[arg-type]
        if t == QEvent.Type.NativeGesture:
            ne: QNativeGestureEvent = e  # type: ignore[assignment]
            if ne.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.user_moved()
                self._zoom(1 / max(0.2, 1 + ne.value()), ne.position().x())
                return True
        if t == QEvent.Type.ToolTip:
            tip = self.tooltip_at(QPointF(e.pos()))  # type: ignore[attr-defined]
            if tip:
                QToolTip.showText(e.globalPos(), tip, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def tooltip_at(self, pos: QPointF) -> str | None:
        """What the pointer at ``pos`` is told: a photograph's date, a cluster's count and period,
        or a histogram column's real count (the bars are drawn on a square-root scale)."""
        lang = self.language()
        item = self.item_at(pos)
        if item is not None and item.day0 is not None:
            if item.kind == "photo":
                r = self._index.rows
                k = bisect_left(self._index.keys, item.day0 + item.day1)  # type: ignore[operator]
                approx = int(r[k][3]) if k < len(r) and r[k][0] == item.id else 0
                return tl.span_label(item.day0, item.day1, approx, lang)  # type: ignore[arg-type]
            return f"{texts.count_photos(item.count, lang)} · {texts.cell_words(item.day0, item.day1, lang)}"  # type: ignore[arg-type]
        if item is None:
            for rect, n, d0, d1, _h in self._frame.histogram:
                if rect.contains(pos):
                    count = max(1, round(n))
                    return f"{texts.count_photos(count, lang)} · {texts.cell_words(d0, d1, lang)}"
        return None

    def _gesture(self, e: QGestureEvent) -> bool:
        pinch = e.gesture(Qt.GestureType.PinchGesture)
        if isinstance(pinch, QPinchGesture):
            flags = pinch.changeFlags()
            if flags & QPinchGesture.ChangeFlag.ScaleFactorChanged and pinch.scaleFactor() > 0:
                self.user_moved()
                center = self.mapFromGlobal(pinch.centerPoint().toPoint())
                self._zoom(1 / pinch.scaleFactor(), float(center.x()))
            e.accept(pinch)
            return True
        return False

    def wheelEvent(self, e: QWheelEvent) -> None:
        delta = e.angleDelta()
        pos = e.position()
        g = self._geometry()
        if e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = (delta.y() or delta.x()) / 120
            if steps:
                self.user_moved()
                self._zoom(0.8**steps, pos.x())
            e.accept()
            return
        if pos.y() >= g.undated_top and self._index.undated:
            steps = -(delta.y() or delta.x()) / 120
            n = len(self._index.undated)
            self._undated_offset = int(min(max(0, self._undated_offset + round(steps * 3)), max(0, n - 1)))
            self.update()
            e.accept()
            return
        pixel = e.pixelDelta()
        span = self._b - self._a
        if not pixel.isNull():  # a trackpad: follow the fingers
            dx = pixel.x() if pixel.x() else -pixel.y()
            self.pan_days((-dx if not g.rtl else dx) / self._px_per_day())
        else:
            if delta.x():
                later = -delta.x() / 120 * (1 if not g.rtl else -1)
            else:
                later = -delta.y() / 120
            self.pan_days(later * span * 0.08)
        e.accept()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        key, mods = e.key(), e.modifiers()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        pan_mod = mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
        span = self._b - self._a
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            later = (key == Qt.Key.Key_Right) != rtl
            if pan_mod:
                self.pan_days(span * 0.125 * (1 if later else -1))
            elif later:
                self.select_next()
            else:
                self.select_previous()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key in (Qt.Key.Key_0, Qt.Key.Key_F):
            self.fit()
        elif key == Qt.Key.Key_Home:
            self.go_first()
        elif key == Qt.Key.Key_End:
            self.go_last()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._jump_decade(key == Qt.Key.Key_PageDown)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._sel_id is not None:
                self.activated.emit(self._sel_id)
        elif key == Qt.Key.Key_Escape:
            self.select(None)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and pan_mod:
            self.user_moved()
            self._zoom(ZOOM_STEP if key == Qt.Key.Key_Up else 1 / ZOOM_STEP, self._key_anchor())
        else:
            super().keyPressEvent(e)
            return
        e.accept()

    def _jump_decade(self, later: bool) -> None:
        """Page Down / Up: the view moves to start at the next (previous) decade (not past the
        data's ends plus a margin: see ``_set_range``)."""
        self.user_moved()
        span = self._b - self._a
        if span >= 10 * tl.DAYS_PER_YEAR:
            self.pan_days(10 * tl.DAYS_PER_YEAR * (1 if later else -1))
            return
        mid_year = tl.day_to_year((self._a + self._b) / 2)
        decade = int(mid_year // 10 * 10) + (10 if later else -10)
        start = tl.year_start(decade)
        self._set_range(start, start + span)

    def mousePressEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton:
            self._press = e.position()
            self._press_range = (self._a, self._b)
            self._dragging = False
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        e.accept()

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        if self._press is not None and e.buttons() & Qt.MouseButton.LeftButton:
            dx = e.position().x() - self._press.x()
            if not self._dragging and abs(dx) >= DRAG_START_PX:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging:
                self.user_moved()
                g = self._geometry()
                a, b = self._press_range
                days = (-dx if not g.rtl else dx) / (g.plot_w / (b - a))
                self._set_range(a + days, b + days)
            return
        item = self.item_at(e.position())
        hover = item.id if item is not None and item.kind != "cluster" else None
        if hover != self._hover:
            self._hover = hover
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if item is not None else Qt.CursorShape.ArrowCursor
            )
            self.update()

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if e.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        was_drag = self._dragging
        self._press, self._dragging = None, False
        self.unsetCursor()
        if was_drag:
            return
        item = self.item_at(e.position())
        if item is None:
            return
        if self.multi_click(item, e.modifiers()):  # Ctrl/Shift: several photographs (multi_select)
            return
        if item.kind == "cluster" and item.day0 is not None and item.day1 is not None:
            pad = (item.day1 - item.day0) * 0.15
            self.user_moved()
            self._set_range(item.day0 - pad, item.day1 + pad)
        else:
            self.select(item.id)

    def mouseDoubleClickEvent(self, e: QMouseEvent) -> None:
        item = self.item_at(e.position())
        if item is not None and item.kind != "cluster":
            self.select(item.id)
            self.activated.emit(item.id)
        elif item is None:
            self.user_moved()
            self._zoom(ZOOM_STEP, e.position().x())

    def leaveEvent(self, e: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(e)
