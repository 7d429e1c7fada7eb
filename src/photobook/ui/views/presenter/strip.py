"""The slim timeline along the bottom of the room's screen: the decades, the reigns as tinted bands,
the succession day as a dashed line, and a bright mark where this photograph stands. Right to left
in Arabic (the past on the right)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from photobook.ui.models.vocabulary import ReignInfo


@dataclass(frozen=True)
class StripRange:
    lo: int  # day ordinals
    hi: int

    @staticmethod
    def around(reigns: Sequence[ReignInfo], days: Sequence[int], today: date | None = None) -> StripRange:
        """From the decade of the first reign (or photograph) to the decade after the last one."""
        today = today or date.today()
        starts = [r.start for r in reigns] + list(days)
        ends = [today.toordinal(), *days]
        first = date.fromordinal(min(starts)).year if starts else today.year - 60
        last = date.fromordinal(max(ends)).year
        return StripRange(
            date(first - first % 10, 1, 1).toordinal(), date(last - last % 10 + 10, 1, 1).toordinal()
        )

    def x(self, rect: QRectF, day: float, rtl: bool) -> float:
        frac = (day - self.lo) / max(1, self.hi - self.lo)
        frac = min(1.0, max(0.0, frac))
        return rect.right() - frac * rect.width() if rtl else rect.left() + frac * rect.width()


def paint_strip(
    p: QPainter,
    rect: QRectF,
    rng: StripRange,
    reigns: Sequence[ReignInfo],
    day: float | None,
    lang: str,
    rtl: bool,
    font: QFont,
    light: bool = True,
) -> float | None:
    """Paint the strip into ``rect``; returns the x of the photograph's mark (None if undated)."""
    ink = QColor("#f2ede4") if light else QColor("#1b1a18")
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    band_top, band_h = rect.top() + rect.height() * 0.1, rect.height() * 0.42
    # the reigns: tinted bands with their names
    p.setFont(font)
    fm = QFontMetricsF(font)
    for r in reigns:
        end = r.end if r.end is not None else rng.hi
        if end < rng.lo or r.start > rng.hi:
            continue
        a, b = rng.x(rect, max(r.start, rng.lo), rtl), rng.x(rect, min(end, rng.hi), rtl)
        band = QRectF(min(a, b), band_top, abs(b - a), band_h)
        color = QColor(r.color)
        color.setAlpha(110)
        p.fillRect(band, color)
        name = r.name(lang)
        if fm.horizontalAdvance(name) + 16 < band.width():
            p.setPen(ink)
            p.drawText(
                band.adjusted(8, 0, -8, 0),
                Qt.AlignmentFlag.AlignVCenter
                | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignAbsolute,
                name,
            )
        if r.start > rng.lo and any(o.start < r.start for o in reigns):  # the succession day
            x = rng.x(rect, r.start, rtl)
            pen = QPen(ink, 2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(x, rect.top()), QPointF(x, band_top + band_h))
    # the decades
    p.setPen(QPen(ink, 1))
    axis_y = band_top + band_h + 2
    p.drawLine(QPointF(rect.left(), axis_y), QPointF(rect.right(), axis_y))
    y0, y1 = date.fromordinal(rng.lo).year, date.fromordinal(rng.hi).year
    for year in range(y0, y1 + 1, 10):
        x = rng.x(rect, date(year, 1, 1).toordinal(), rtl)
        p.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 6))
        label = str(year)
        w = fm.horizontalAdvance(label)
        lx = min(max(x - w / 2, rect.left()), rect.right() - w)
        p.drawText(
            QRectF(lx, axis_y + 6, w + 2, rect.bottom() - axis_y - 6), Qt.AlignmentFlag.AlignTop, label
        )
    # where we are
    mark: float | None = None
    if day is not None:
        mark = rng.x(rect, day, rtl)
        p.setPen(QPen(QColor("#ffb000"), 4))
        p.drawLine(QPointF(mark, rect.top()), QPointF(mark, axis_y))
        p.setBrush(QColor("#ffb000"))
        p.setPen(Qt.PenStyle.NoPen)
        s = rect.height() * 0.12
        p.drawPolygon(
            QPolygonF(
                [QPointF(mark - s, rect.top()), QPointF(mark + s, rect.top()), QPointF(mark, rect.top() + s)]
            )
        )
    p.restore()
    return mark
