"""A photograph on a quiet background: fitted by default; in the full view, zoom (wheel, +/−) and
pan (drag, arrow keys when zoomed). Painting only scales a QPixmap already in memory."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPixmap, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

MAX_ZOOM = 8.0
STEP = 1.25


class ImageCanvas(QWidget):
    clicked = Signal()
    doubleClicked = Signal()
    zoomChanged = Signal(float)

    def __init__(
        self, parent: QWidget | None = None, interactive: bool = False, background: str = "#1b1a18"
    ) -> None:
        super().__init__(parent)
        self.interactive = interactive
        self._pixmap: QPixmap | None = None
        self._native = QSize()  # size of the photograph at 100 % (its original pixels, if known)
        self._zoom = 0.0  # 0 = fit
        self._center = QPointF(0.5, 0.5)  # point of the image at the centre of the view (0..1)
        self._drag_from: QPointF | None = None
        self._background = QColor(background)
        self._placeholder = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 90)
        if interactive:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    # --- content ------------------------------------------------------------------------------

    def set_image(
        self, image: QImage | QPixmap | None, native_size: QSize | None = None, keep_view: bool = False
    ) -> None:
        if image is None or image.isNull():
            self._pixmap = None
        else:
            self._pixmap = image if isinstance(image, QPixmap) else QPixmap.fromImage(image)
        self._native = (
            native_size
            if native_size and native_size.isValid()
            else (self._pixmap.size() if self._pixmap else QSize())
        )
        if not keep_view:
            self._zoom = 0.0
            self._center = QPointF(0.5, 0.5)
        self.update()

    def has_image(self) -> bool:
        return self._pixmap is not None

    def pixmap(self) -> QPixmap | None:
        return self._pixmap

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.update()

    # --- zoom ---------------------------------------------------------------------------------

    def fit_scale(self) -> float:
        if not self._native.isValid() or self._native.isEmpty():
            return 1.0
        return min(self.width() / self._native.width(), self.height() / self._native.height())

    def scale(self) -> float:
        return self._zoom if self._zoom > 0 else self.fit_scale()

    def is_fitted(self) -> bool:
        return self._zoom <= 0

    def set_scale(self, s: float) -> None:
        fit = self.fit_scale()
        s = max(fit, min(max(fit * MAX_ZOOM, 2.0), s))
        self._zoom = 0.0 if abs(s - fit) < 1e-6 else s
        self._clamp_center()
        self.update()
        self.zoomChanged.emit(self.scale())

    def zoom_in(self) -> None:
        self.set_scale(self.scale() * STEP)

    def zoom_out(self) -> None:
        self.set_scale(self.scale() / STEP)

    def fit(self) -> None:
        self._center = QPointF(0.5, 0.5)
        self.set_scale(self.fit_scale())

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the view by (dx, dy) screen pixels."""
        s = self.scale()
        if self._native.isEmpty() or s <= 0:
            return
        self._center = QPointF(
            self._center.x() + dx / (s * self._native.width()),
            self._center.y() + dy / (s * self._native.height()),
        )
        self._clamp_center()
        self.update()

    def _clamp_center(self) -> None:
        if self._native.isEmpty():
            return
        s = self.scale()
        w, h = self._native.width() * s, self._native.height() * s
        hx = min(0.5, self.width() / (2 * w)) if w else 0.5
        hy = min(0.5, self.height() / (2 * h)) if h else 0.5
        self._center = QPointF(min(max(self._center.x(), hx), 1 - hx), min(max(self._center.y(), hy), 1 - hy))

    def target_rect(self) -> QRectF:
        s = self.scale()
        w, h = self._native.width() * s, self._native.height() * s
        cx, cy = self._center.x() * w, self._center.y() * h
        return QRectF(self.width() / 2 - cx, self.height() / 2 - cy, w, h)

    # --- events -------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self._background)
        if self._pixmap is None:
            if self._placeholder:
                p.setPen(QColor("#8a8378"))
                p.drawText(
                    self.rect().adjusted(16, 16, -16, -16),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    self._placeholder,
                )
            return
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.drawPixmap(self.target_rect(), self._pixmap, QRectF(self._pixmap.rect()))

    def resizeEvent(self, event) -> None:
        self._clamp_center()
        super().resizeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.interactive or self._pixmap is None:
            return super().wheelEvent(event)
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_scale(self.scale() * (STEP**steps))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position()
            if self.interactive:
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.interactive and self._drag_from is not None and not self.is_fitted():
            d = event.position() - self._drag_from
            self._drag_from = event.position()
            self.pan_by(-d.x(), -d.y())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drag_from is not None:
            self._drag_from = None
            if self.interactive:
                self.setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.clicked.emit()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.doubleClicked.emit()
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event) -> None:
        if self.interactive and not self.is_fitted():
            step = 60.0
            moves = {
                Qt.Key.Key_Left: (-step, 0),
                Qt.Key.Key_Right: (step, 0),
                Qt.Key.Key_Up: (0, -step),
                Qt.Key.Key_Down: (0, step),
            }
            if event.key() in moves:
                self.pan_by(*moves[event.key()])
                event.accept()
                return
        super().keyPressEvent(event)
