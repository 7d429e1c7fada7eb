"""The overview (Tab or G): every slide of the talk as a grid of numbered thumbnails, to jump to
one — a hidden slide kept for questions included (drawn dimmed). On the presenter's console, so
the room does not see the picking; on the stage only when there is no console.

Painted from the thumbnail cache (256 px, in memory): the cost grows with the cells on screen,
not with the length of the talk. Keys are the deck's (arrows, Home/End, Enter, Escape); a click
picks a slide too."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from photobook.ui.views.presenter.deck import Deck

GAP = 16
MARGIN = 32
TITLE_H = 56


class Overview(QWidget):
    def __init__(self, deck: Deck, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("presentOverview")
        self.deck = deck
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the window, which asks the deck
        self.setAccessibleName(self.tr("Overview of the slides"))
        deck.changed.connect(self._sync)
        if deck.thumbs is not None and hasattr(deck.thumbs, "ready"):
            deck.thumbs.ready.connect(self._thumb_ready)
        parent.installEventFilter(self)
        self._sync()

    def eventFilter(self, watched, event) -> bool:  # follow the window's size
        if watched is self.parent() and event.type() == event.Type.Resize and self.parentWidget() is not None:
            self.setGeometry(self.parentWidget().rect())
        return False

    def _thumb_ready(self, _photo_id: int) -> None:
        if self.isVisible():
            self.update()

    def _sync(self) -> None:
        if self.deck.overview and self.parentWidget() is not None:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
            self.show()
            self.update()
        else:
            self.hide()

    # --- geometry -------------------------------------------------------------------------------

    def _cell_size(self) -> tuple[float, float]:
        cols = self.deck.OVERVIEW_COLUMNS
        w = (self.width() - 2 * MARGIN - (cols - 1) * GAP) / cols
        return w, w * 9 / 16 + 30  # a 16:9 picture and a line for the number

    def _first_row(self) -> int:
        """The first row on screen: the picked slide's row stays in view."""
        cols = self.deck.OVERVIEW_COLUMNS
        _, ch = self._cell_size()
        rows_fit = max(1, int((self.height() - TITLE_H - MARGIN) // (ch + GAP)))
        row = self.deck.overview_index // cols
        return max(0, row - rows_fit + 1) if row >= rows_fit else 0

    def cell_rect(self, i: int) -> QRectF:
        cols = self.deck.OVERVIEW_COLUMNS
        cw, ch = self._cell_size()
        row, col = divmod(i, cols)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            col = cols - 1 - col
        row -= self._first_row()
        return QRectF(MARGIN + col * (cw + GAP), TITLE_H + row * (ch + GAP), cw, ch)

    def index_at(self, pos: QPointF) -> int | None:
        for i in range(len(self.deck.slides)):
            if self.cell_rect(i).contains(pos):
                return i
        return None

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        d = self.deck
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(12, 11, 10))
        font = QFont(self.font())
        font.setPixelSize(24)
        p.setFont(font)
        p.setPen(QColor("#efe9df"))
        title = self.tr("Slides — arrows, then Enter; Escape closes")
        p.drawText(QRect(MARGIN, 0, self.width() - 2 * MARGIN, TITLE_H), Qt.AlignmentFlag.AlignVCenter, title)
        font.setPixelSize(18)
        p.setFont(font)
        hidden = self.tr("hidden", "a slide kept for questions, skipped when stepping")
        cols = d.OVERVIEW_COLUMNS
        first = self._first_row() * cols
        _, ch = self._cell_size()
        rows_fit = int((self.height() - TITLE_H) // (ch + GAP)) + 1
        for i in range(first, min(len(d.slides), first + rows_fit * cols)):
            r = self.cell_rect(i)
            slide = d.slides[i]
            pic = QRectF(r.x(), r.y(), r.width(), r.height() - 30)
            p.setOpacity(0.35 if slide.hidden else 1.0)
            p.fillRect(pic, QColor("#2a2825"))
            pm = d.thumbs.pixmap(slide.photo_id) if d.thumbs is not None else None
            if pm is not None and not pm.isNull():
                size = pm.size().scaled(pic.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRectF(
                    pic.center().x() - size.width() / 2,
                    pic.center().y() - size.height() / 2,
                    size.width(),
                    size.height(),
                )
                p.drawPixmap(target, pm, QRectF(pm.rect()))
            p.setOpacity(1.0)
            label = f"{i + 1}  · {hidden}" if slide.hidden else f"{i + 1}"
            p.setPen(QColor("#cfc6b6"))
            p.drawText(QRectF(r.x(), pic.bottom() + 4, r.width(), 26), Qt.AlignmentFlag.AlignHCenter, label)
            if i == d.index:
                p.setPen(QPen(QColor("#efe9df"), 2))
                p.drawRect(pic.adjusted(-3, -3, 3, 3))
            if i == d.overview_index:
                p.setPen(QPen(QColor("#ffb000"), 5))
                p.drawRect(pic.adjusted(-6, -6, 6, 6))
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        i = self.index_at(event.position())
        if i is not None:
            self.deck.overview = False
            self.deck.go(i)
        event.accept()


class SlideStrip(QWidget):
    """The tour as a strip along the bottom of the presenter's console: the slides around this
    one, numbered (hidden ones dimmed), the current one outlined; a click goes there."""

    HEIGHT = 104

    def __init__(self, deck: Deck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleStrip")
        self.deck = deck
        self.setFixedHeight(self.HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Slides of the talk"))
        deck.changed.connect(self.update)
        if deck.thumbs is not None and hasattr(deck.thumbs, "ready"):
            deck.thumbs.ready.connect(self._thumb_ready)
        self._requested: tuple[int, int] | None = None

    def _thumb_ready(self, _photo_id: int) -> None:
        self.update()

    def cells(self) -> list[tuple[int, QRectF]]:
        """(slide index, where it is drawn) for the slides on the strip."""
        d = self.deck
        h = self.height() - 26
        w = h * 3 / 2
        fit = max(1, int(self.width() // (w + 8)))
        first = max(0, min(d.index - fit // 3, len(d.slides) - fit))
        out = []
        for k, i in enumerate(range(first, min(len(d.slides), first + fit))):
            x = k * (w + 8)
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                x = self.width() - x - w
            out.append((i, QRectF(x, 2, w, h)))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        d = self.deck
        p = QPainter(self)
        font = QFont(self.font())
        font.setPixelSize(16)
        p.setFont(font)
        cells = self.cells()
        if cells and d.thumbs is not None:
            span = (cells[0][0], cells[-1][0])
            if span != self._requested:  # ask once per position, not at every paint
                self._requested = span
                d.thumbs.request([d.slides[i].photo_id for i, _ in cells])
        for i, r in cells:
            slide = d.slides[i]
            p.setOpacity(0.35 if slide.hidden else 1.0)
            p.fillRect(r, QColor("#2a2825"))
            pm = d.thumbs.pixmap(slide.photo_id) if d.thumbs is not None else None
            if pm is not None and not pm.isNull():
                size = pm.size().scaled(r.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                p.drawPixmap(
                    QRectF(
                        r.center().x() - size.width() / 2,
                        r.center().y() - size.height() / 2,
                        size.width(),
                        size.height(),
                    ),
                    pm,
                    QRectF(pm.rect()),
                )
            p.setOpacity(1.0)
            p.setPen(QColor("#cfc6b6"))
            p.drawText(
                QRectF(r.x(), r.bottom() + 2, r.width(), 22), Qt.AlignmentFlag.AlignHCenter, str(i + 1)
            )
            if i == d.index:
                p.setPen(QPen(QColor("#ffb000"), 4))
                p.drawRect(r.adjusted(-2, -2, 2, 2))
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for i, r in self.cells():
            if r.contains(event.position()):
                self.deck.go(i)
                break
        event.accept()
