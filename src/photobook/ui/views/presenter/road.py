"""The timeline as the stage: the road of time, drawn full screen between two photographs of a
talk. A flight glides (about a second, eased in and out) from one photograph's moment to the next's,
rising as it goes just enough to show both, so the room sees 1985 and 2021 as places on one road
and the reign boundary pass by; then the photograph opens large.

What is drawn — the reigns as tinted bands with their names, the succession day, year labels, the
talk's photographs as cards at their dates — depends on the time window only: the cards are found
by bisection over the slides' days, at most :data:`MAX_CARDS` of them, so a frame costs the same for
a tour of twenty and for a filter of 100,000 photographs.

With reduced motion (the system's setting, ``PHOTOBOOK_REDUCED_MOTION``, or the presenter's), the
flight is a cross-fade to the destination with the year counting on screen."""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap

from photobook.core import dates
from photobook.ui.fonts import UI_FAMILIES
from photobook.ui.models.vocabulary import ReignInfo

YEAR = 365.2425
FLIGHT_S = 1.1  # short: long, swooping moves make rooms seasick
MAX_CARDS = 60


@dataclass(frozen=True)
class Window:
    """A stretch of the road: its middle and its width, in days (ordinals, fractional)."""

    center: float
    width: float

    @property
    def lo(self) -> float:
        return self.center - self.width / 2

    @property
    def hi(self) -> float:
        return self.center + self.width / 2


def moment(days: tuple[int, int]) -> Window:
    """Where a photograph lands: its date in the middle, a few years of road around it."""
    a, b = days
    return Window((a + b) / 2, max((b - a) * 3.0, 6 * YEAR))


def ease(t: float) -> float:
    """In and out (cubic): a start and a landing without a jolt."""
    t = min(1.0, max(0.0, t))
    return 4 * t * t * t if t < 0.5 else 1 - (-2 * t + 2) ** 3 / 2


def flight(w0: Window, w1: Window, t: float) -> Window:
    """The window ``t`` (0…1) into the flight from ``w0`` to ``w1``: the middle glides, and the
    width rises (in log scale) to one that shows both ends halfway, then settles."""
    e = ease(t)
    if e <= 0.0 or e >= 1.0:
        return w0 if e <= 0.0 else w1  # exactly where it left, exactly where it lands
    top = max(w0.width, w1.width, abs(w1.center - w0.center) * 1.4)
    l0, lm, l1 = math.log(w0.width), math.log(top), math.log(w1.width)
    straight = l0 + (l1 - l0) * e
    width = math.exp(straight + (lm - (l0 + l1) / 2) * 4 * e * (1 - e))  # the top halfway: both in view
    return Window(w0.center + (w1.center - w0.center) * e, width)


def year_of(day: float) -> int:
    return date.fromordinal(max(1, int(day))).year


@dataclass(frozen=True)
class Card:
    day: float
    photo_id: int


class Road:
    """The talk's photographs by date, for drawing the cards a window shows."""

    def __init__(self, cards: Sequence[Card]) -> None:
        self.cards = sorted(cards, key=lambda c: c.day)
        self.days = [c.day for c in self.cards]
        self.by_photo = {c.photo_id: c for c in self.cards}

    def within(self, w: Window) -> list[Card]:
        i, j = bisect.bisect_left(self.days, w.lo), bisect.bisect_right(self.days, w.hi)
        if j - i <= MAX_CARDS:
            return self.cards[i:j]
        step = (j - i) / MAX_CARDS  # a crowd: an even sample of it
        return [self.cards[i + int(k * step)] for k in range(MAX_CARDS)]


def _tick_step(years: float) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100):
        if years / step <= 12:
            return step
    return 200


def paint_road(
    p: QPainter,
    rect: QRectF,
    w: Window,
    reigns: Sequence[ReignInfo],
    road: Road,
    pixmap: Callable[[int], QPixmap | None],
    target: int | None,
    lang: str,
    rtl: bool,
    px: Callable[[int], int],
    counter: int | None = None,
) -> None:
    """Paint the road through window ``w`` into ``rect``; ``target`` is the photograph landed on
    (outlined); ``counter``, a year shown large (the reduced-motion flight counts with it)."""

    def x(day: float) -> float:
        frac = (day - w.lo) / max(1e-9, w.width)
        return rect.right() - frac * rect.width() if rtl else rect.left() + frac * rect.width()

    def font(size: int, bold: bool = False) -> QFont:
        f = QFont()
        f.setFamilies(UI_FAMILIES)
        f.setPixelSize(px(size))
        f.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
        return f

    ink = QColor("#f2ede4")
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.fillRect(rect, QColor("#0b0a09"))
    align_edge = (
        Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    ) | Qt.AlignmentFlag.AlignAbsolute
    axis_y = rect.top() + rect.height() * 0.78
    # the reigns: bands from top to axis, their names at the top
    name_font = font(40, bold=True)
    p.setFont(name_font)
    fm = QFontMetricsF(name_font)
    for r in reigns:
        end = r.end if r.end is not None else w.hi + 1
        if end < w.lo or r.start > w.hi:
            continue
        a, b = x(max(r.start, w.lo)), x(min(end, w.hi))
        band = QRectF(min(a, b), rect.top(), abs(b - a), axis_y - rect.top())
        color = QColor(r.color)
        color.setAlpha(70)
        p.fillRect(band, color)
        name = r.name(lang)
        if fm.horizontalAdvance(name) + px(40) < band.width():
            p.setPen(ink)
            p.drawText(
                band.adjusted(px(20), px(16), -px(20), 0), align_edge | Qt.AlignmentFlag.AlignTop, name
            )
        if r.start > w.lo and any(o.start < r.start for o in reigns):  # the succession day
            sx = x(r.start)
            p.setPen(QPen(ink, max(2, px(3)), Qt.PenStyle.DashLine))
            p.drawLine(QPointF(sx, rect.top() + px(70)), QPointF(sx, axis_y))
            label = dates.date_words(date.fromordinal(r.start), lang)
            p.setFont(font(26))
            lw = QFontMetricsF(p.font()).horizontalAdvance(label) + px(16)
            lx = sx + px(10) if not rtl else sx - px(10) - lw
            lx = min(max(lx, rect.left()), rect.right() - lw)
            p.drawText(QRectF(lx, rect.top() + px(80), lw, px(40)), Qt.AlignmentFlag.AlignLeft, label)
            p.setFont(name_font)
    # the axis and its years
    p.setPen(QPen(ink, max(1, px(2))))
    p.drawLine(QPointF(rect.left(), axis_y), QPointF(rect.right(), axis_y))
    years = w.width / YEAR
    step = _tick_step(years)
    year_font = font(30)
    p.setFont(year_font)
    yfm = QFontMetricsF(year_font)
    first = year_of(w.lo)
    for year in range(first - first % step, year_of(w.hi) + 1, step):
        day = date(max(1, year), 1, 1).toordinal()
        if not w.lo <= day <= w.hi:
            continue
        tx = x(day)
        p.drawLine(QPointF(tx, axis_y), QPointF(tx, axis_y + px(14)))
        label = str(year)
        lw = yfm.horizontalAdvance(label)
        lx = min(max(tx - lw / 2, rect.left()), rect.right() - lw)
        p.drawText(QRectF(lx, axis_y + px(18), lw + 2, px(44)), Qt.AlignmentFlag.AlignTop, label)
    # the photographs of the talk, as cards above their dates, in up to three lanes; the one the
    # flight goes to is always drawn, last (on top), outlined
    card_w, card_h = px(220), px(150)
    lanes: list[float] = []

    def card(photo_id: int, cx: float, lane: int, outlined: bool) -> None:
        box = QRectF(cx - card_w / 2, axis_y - px(30) - (lane + 1) * (card_h + px(12)), card_w, card_h)
        p.setPen(QPen(ink, 1))
        p.drawLine(QPointF(cx, box.bottom()), QPointF(cx, axis_y))
        pm = pixmap(photo_id)
        if pm is not None and not pm.isNull():
            size = pm.size().toSizeF().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
            box = QRectF(
                box.center().x() - size.width() / 2, box.bottom() - size.height(), size.width(), size.height()
            )
            p.drawPixmap(box, pm, QRectF(pm.rect()))
        else:
            p.fillRect(box, QColor("#2a2825"))
        if outlined:
            p.setPen(QPen(QColor("#ffb000"), px(6)))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(box.adjusted(-px(5), -px(5), px(5), px(5)))

    landing = road.by_photo.get(target) if target is not None else None
    for c in road.within(w):
        if c.photo_id == target:
            continue
        cx = x(c.day)
        lane = next((k for k, edge in enumerate(lanes) if abs(cx - edge) > card_w + px(8)), None)
        if lane is None and len(lanes) < 3:
            lanes.append(cx)
            lane = len(lanes) - 1
        if lane is None:
            p.setPen(Qt.PenStyle.NoPen)  # no room: a dot on the road
            p.setBrush(ink)
            p.drawEllipse(QPointF(cx, axis_y - px(8)), px(4), px(4))
            continue
        lanes[lane] = cx
        card(c.photo_id, cx, lane, False)
    if landing is not None and w.lo <= landing.day <= w.hi:
        card(landing.photo_id, x(landing.day), 0, True)
    if counter is not None:  # the year, large, in the leading corner
        p.setFont(font(120, bold=True))
        p.setPen(QColor("#ffffff"))
        p.drawText(
            rect.adjusted(px(40), px(120), -px(40), 0), align_edge | Qt.AlignmentFlag.AlignTop, str(counter)
        )
    p.restore()
