"""Painting one frame of the timeline: what is on screen only, from the layout and the RAM cache.

The look of a museum catalogue on a projector: a warm dark ground, the reigns as quiet tinted bands,
photographs and their dates first, chrome in thin warm greys, one amber accent for the selection.
Every loop here runs over what the layout put on screen (boxes, clusters, histogram buckets and
axis ticks in view), never over the archive.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from photobook.core import timeline as tl
from photobook.ui.thumbcache import cover_of
from photobook.ui.timeline import texts
from photobook.ui.timeline.cards import CardsMixin, _alpha, _label, _mix
from photobook.ui.timeline.geometry import Geometry
from photobook.ui.timeline.scene import PALETTE, Frame, Palette, Scene, VisibleItem

TICK_UNITS = (
    tl.DAY,
    tl.WEEK,
    tl.MONTH,
    tl.QUARTER,
    tl.YEAR,
    tl.FIVE_YEARS,
    tl.DECADE,
    tl.TWENTY_YEARS,
    tl.HALF_CENTURY,
    tl.CENTURY,
)


class TimelinePainter(CardsMixin):
    """Paints a :class:`Scene`. Holds the fonts (derived from the widget's, i.e. the application's)."""

    def __init__(self, palette: Palette = PALETTE, scaled_items: int = 400) -> None:
        self.pal = palette
        self._font_key: tuple | None = None
        # Thumbnails scaled (and cropped) to the size they are drawn at: a frame then blits them
        # instead of resampling each one again. Keyed by the source pixmap and the target size.
        self._scaled: OrderedDict[tuple[int, int, int, bool], QPixmap] = OrderedDict()
        self._scaled_items = scaled_items
        self._dpr = 1.0
        self._thumbs: object = None  # the frame's thumbnail cache (its covers scaled by the worker)

    def _sized(self, pm: QPixmap, w: float, h: float, crop: bool) -> QPixmap:
        """``pm`` scaled to w × h device-independent pixels (cropped to fill when ``crop``)."""
        dpr = self._dpr
        tw, th = max(1, round(w * dpr)), max(1, round(h * dpr))
        key = (pm.cacheKey(), tw, th, crop)
        out = self._scaled.get(key)
        if out is not None:
            self._scaled.move_to_end(key)
            return out
        take = getattr(self._thumbs, "take_cover", None) if crop else None
        pre = take(pm, tw, th) if take is not None else None
        if pre is not None:  # scaled by the thumbnail worker with the decode: the same pixels
            out = pre
        elif crop:
            out = cover_of(pm, tw, th)
        else:
            out = pm.scaled(
                tw, th, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        out.setDevicePixelRatio(dpr)
        self._scaled[key] = out
        if len(self._scaled) > self._scaled_items:
            self._scaled.popitem(last=False)
        return out

    def clear_scaled(self) -> None:
        self._scaled.clear()

    def set_font(self, base: QFont, height: int) -> None:
        """Fonts scaled to the window so that a projector audience can read the dates."""
        key = (base.key(), height)
        if key == self._font_key:
            return
        self._font_key = key
        px = max(11.0, min(18.0, height / 72))

        def sized(factor: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
            f = QFont(base)
            f.setPixelSize(round(px * factor))
            f.setWeight(weight)
            return f

        self.f_label = sized(0.92)
        self.f_axis = sized(1.0)
        self.f_axis_major = sized(1.08, QFont.Weight.DemiBold)
        self.f_reign = sized(1.02, QFont.Weight.DemiBold)
        self.f_reign.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
        self.f_count = sized(1.9, QFont.Weight.DemiBold)
        self.f_small = sized(0.86)
        self.f_big = sized(4.0, QFont.Weight.Light)
        self.f_sub = sized(1.35)
        self.fm_label = QFontMetricsF(self.f_label)
        self.fm_axis = QFontMetricsF(self.f_axis)
        self.fm_axis_major = QFontMetricsF(self.f_axis_major)
        self.fm_reign = QFontMetricsF(self.f_reign)
        self.fm_count = QFontMetricsF(self.f_count)
        self.fm_small = QFontMetricsF(self.f_small)
        self.fm_big = QFontMetricsF(self.f_big)
        self.fm_sub = QFontMetricsF(self.f_sub)

    @property
    def font_key(self) -> tuple | None:
        """What the fonts were derived from (changes when they do)."""
        return self._font_key

    @property
    def label_h(self) -> float:
        return self.fm_label.height() + 10

    @property
    def band_row_h(self) -> float:
        return round(self.fm_label.height() * 2.0)

    def band_height(self, rows: int, overflow: bool) -> float:
        """Room for ``rows`` rows of span bars (and the "+ n more" line)."""
        return rows * self.band_row_h + (self.fm_small.height() + 6 if overflow else 0) + 8

    # --- the frame -----------------------------------------------------------------------------------

    def paint(self, p: QPainter, s: Scene) -> Frame:
        g = s.geom
        frame = Frame()
        self._dpr = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        self._thumbs = s.thumbs
        p.fillRect(QRectF(0, 0, g.width, g.height), self.pal.ground)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # the photographs' dates are placed first: the succession lines are drawn around them
        frame.succession = self._succession_xs(s)
        shown = self._shown_photos(s)
        labels = self._photo_labels(s, shown, frame.succession)
        self._reigns(p, s, [r for _, r in labels.values()] + self.bar_rects(s))
        self._histogram(p, s, frame)
        self._axis(p, s, frame)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self._clusters(p, s, frame)
        self._bars(p, s, frame)
        self._photos(p, s, frame, shown, labels)
        if s.empty_message and not s.index.rows:
            self._nothing_dated(p, s, frame)
        self._selection_pin(p, s)
        self._header(p, s, frame)
        if g.undated_top < g.height:
            self._undated(p, s, frame)
        return frame

    def _nothing_dated(self, p: QPainter, s: Scene, frame: Frame) -> None:
        """Across the empty bands, why they are empty (the filters match nothing, or only undated
        photographs, shown below the axis), rather than leave a blank period to puzzle over."""
        g = s.geom
        rect = QRectF(g.margin * 2, g.plot_top, g.width - 4 * g.margin, g.axis_y - g.plot_top)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        p.setFont(self.f_sub)
        # on a card of its own: the reigns' succession line does not cross the words
        card = self.fm_sub.boundingRect(rect, int(flags), s.empty_message).adjusted(-18, -10, 18, 10)
        p.fillRect(card, self.pal.ground)
        p.setPen(self.pal.ink_soft)
        p.drawText(rect, flags, s.empty_message)
        frame.message = s.empty_message

    # --- reigns ----------------------------------------------------------------------------------------

    def _reigns(self, p: QPainter, s: Scene, clear: list[QRectF]) -> None:
        """The reigns' bands, names and succession lines; a line is broken over the rectangles of
        ``clear`` (the photographs' dates it could not be moved away from, the span bars)."""
        g, L = s.geom, s.layout
        top, bottom = g.plot_top, g.axis_y
        for k, band in enumerate(s.reigns):
            end = (band.end + 1) if band.end is not None else L.b + 10
            x0, x1 = max(L.x(band.start), -g.margin), min(L.x(end), g.plot_w + g.margin)
            if x1 <= x0:
                continue
            color = QColor(band.color)
            left = g.sx_rect(x0, x1 - x0)
            rect = QRectF(left, top, x1 - x0, bottom - top)
            grad = QLinearGradient(0, top, 0, bottom)  # opaque stops: a fill, no blending
            grad.setColorAt(0.0, _mix(self.pal.ground, color, 0.30))
            grad.setColorAt(0.55, _mix(self.pal.ground, color, 0.16))
            grad.setColorAt(1.0, _mix(self.pal.ground, color, 0.07))
            p.fillRect(rect, QBrush(grad))
            p.fillRect(QRectF(left, top, x1 - x0, 3), _mix(self.pal.ground, color, 0.9))
            # The name and dates, kept in view at the start of the visible part of the band.
            name = band.name.upper() if s.lang != "ar" else band.name
            if band.end is not None:
                long = f"{texts.day_words(band.start, s.lang)} – {texts.day_words(band.end, s.lang)}"
                short = f"{_year(band.start)}–{_year(band.end)}"
            else:
                long = texts.since_day(band.start, s.lang)
                short = texts.since_year(_year(band.start))
            p.setFont(self.f_reign)
            lx0 = max(x0, 0) + 10
            room = x1 - 8 - lx0
            for label in (f"{name}  ·  {long}", f"{name}  ·  {short}", name):
                w = self.fm_reign.horizontalAdvance(label)
                if w <= room:
                    p.setPen(_mix(color, self.pal.ink, 0.62))
                    p.drawText(
                        QRectF(g.sx_rect(lx0, w), top + 8, w + 2, self.fm_reign.height() + 2),
                        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                        label,
                    )
                    break
            # The succession day: a dashed line where the previous reign ends and this one begins.
            if k > 0 and 0 <= L.x(band.start + 0.5) <= g.plot_w:
                x = round(g.sx(L.x(band.start + 0.5))) + 0.5
                pen = QPen(_alpha(self.pal.ink, 0.5), 1.0, Qt.PenStyle.CustomDashLine)
                pen.setDashPattern([3, 4])
                # broken where a photograph's date could not be moved aside (a crowded lane), and
                # over the span bars
                for y0, y1 in _open_runs(x, top + 3, bottom, clear):
                    pen.setDashOffset(y0 - top - 3)  # the dashes keep their rhythm across a gap
                    p.setPen(pen)
                    p.drawLine(QPointF(x, y0), QPointF(x, y1))
                p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(self.pal.ink)
                diamond = QPainterPath()
                diamond.moveTo(x, bottom - 5)
                diamond.lineTo(x + 5, bottom)
                diamond.lineTo(x, bottom + 5)
                diamond.lineTo(x - 5, bottom)
                diamond.closeSubpath()
                p.drawPath(diamond)
                p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    # --- density -------------------------------------------------------------------------------------

    def _histogram(self, p: QPainter, s: Scene, frame: Frame) -> None:
        g, L = s.geom, s.layout
        if not s.index.rows:
            return
        h = s.index.histogram(tl.histogram_unit(L.px_per_day))
        if not h.peak:
            return
        height = g.axis_y - g.hist_top - 4
        sel_day = (
            s.index.middle(s.selected_pos)
            if s.selected_pos is not None and s.selected_pos < s.index.n_dated
            else None
        )
        bar = _alpha(self.pal.bar, 0.85)
        for k in h.slice(L.a, L.b):
            n = h.counts[k]
            if not n:
                continue
            x0, x1 = max(L.x(h.bounds[k]), -2), min(L.x(h.bounds[k + 1]), g.plot_w + 2)
            if x1 <= x0:
                continue
            w = max(1.0, x1 - x0 - (2 if x1 - x0 > 6 else 1 if x1 - x0 > 3 else 0))
            # a square-root scale: 300 scans in one year leave a year of 3 visible (the real
            # count is in the bar's tooltip)
            bh = max(2.0, height * (n / h.peak) ** 0.5)
            hit = sel_day is not None and h.bounds[k] <= sel_day < h.bounds[k + 1]
            p.fillRect(
                QRectF(g.sx_rect(x0, w), g.axis_y - bh, w, bh), _alpha(self.pal.accent, 0.8) if hit else bar
            )
            # what a pointer over the column finds: the whole height, for a short bar too
            frame.histogram.append(
                (
                    QRectF(g.sx_rect(x0, x1 - x0), g.hist_top, x1 - x0, g.axis_y - g.hist_top),
                    n,
                    int(h.bounds[k]),
                    int(h.bounds[k + 1]),
                    bh,
                )
            )

    # --- axis ----------------------------------------------------------------------------------------

    def _axis(self, p: QPainter, s: Scene, frame: Frame) -> None:
        g, L = s.geom, s.layout
        ppd = L.px_per_day
        p.setPen(QPen(self.pal.ink_faint, 1))
        p.drawLine(QPointF(g.margin - 8, g.axis_y + 0.5), QPointF(g.width - g.margin + 8, g.axis_y + 0.5))
        major = next((u for u in TICK_UNITS if u.length * ppd >= 92), TICK_UNITS[-1])
        k = TICK_UNITS.index(major)
        minor = next(
            (
                u
                for u in reversed(TICK_UNITS[:k])
                if u.length * ppd >= 7 and not (u is tl.WEEK and major.months)
            ),
            None,
        )
        if minor is not None:
            p.setPen(QPen(_alpha(self.pal.ink_faint, 0.8), 1))
            for d in minor.boundaries(L.a, L.b):
                x = L.x(d)
                if 0 <= x <= g.plot_w:
                    sx = round(g.sx(x)) + 0.5
                    p.drawLine(QPointF(sx, g.axis_y), QPointF(sx, g.axis_y + 5))
        bounds = major.boundaries(L.a, L.b)
        label_y = g.axis_y + 9
        overhang = min(g.margin * 0.6, g.margin - 10)  # a label may reach into the margin, not past it
        for i in range(len(bounds) - 1):
            d0, d1 = bounds[i], bounds[i + 1]
            x0, x1 = L.x(d0), L.x(d1)
            if 0 <= x0 <= g.plot_w:
                sx = round(g.sx(x0)) + 0.5
                p.setPen(QPen(self.pal.ink_soft, 1))
                p.drawLine(QPointF(sx, g.axis_y - 4), QPointF(sx, g.axis_y + 10))
            text, strong = self._tick_text(major, d0, s.lang, first=i == 0 or x0 < 0)
            font, fm = (self.f_axis_major, self.fm_axis_major) if strong else (self.f_axis, self.fm_axis)
            tw = fm.horizontalAdvance(text)
            if major.length > 400:
                # a span of years (5, 10, 50): its label stands on its tick, where that year begins,
                # so that "1980" is read at 1980 and not in the middle of 1980–1985
                if not 0 <= x0 <= g.plot_w:
                    continue
                cx = x0
            else:
                # a year, a month, a week: centred in its period, kept on screen while the period is
                cx = (max(x0, 0) + min(x1, g.plot_w)) / 2
                if min(x1, g.plot_w) - max(x0, 0) < tw + 8:
                    if x1 - x0 < tw + 8 and not (0 <= (x0 + x1) / 2 <= g.plot_w):
                        continue
                    cx = (x0 + x1) / 2
            cx = min(max(cx, tw / 2 - overhang), g.plot_w - tw / 2 + overhang)
            p.setFont(font)
            p.setPen(self.pal.ink if strong else self.pal.ink_soft)
            rect = QRectF(g.sx(cx) - tw / 2 - 2, label_y, tw + 4, fm.height() + 2)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            frame.axis_labels.append((text, rect.adjusted(2, 0, -2, 0)))

    @staticmethod
    def _tick_text(unit: tl.Unit, day: int, lang: str, first: bool) -> tuple[str, bool]:
        d = date.fromordinal(day)
        if unit.months >= 12:
            return str(d.year), d.year % 10 == 0 or unit.months > 12
        if unit.months:
            if d.month == 1 or first:
                return tl.axis_label(day, lang, "month", with_year=True), True
            return tl.axis_label(day, lang, "month"), False
        if d.day == 1 or first:
            return tl.axis_label(day, lang, "day"), True
        return str(d.day), False

    # --- photographs ---------------------------------------------------------------------------------

    @staticmethod
    def _shown_photos(s: Scene) -> list:
        g, bw = s.geom, s.geom.box_w
        plot_l, plot_r = -bw - g.margin, g.plot_w + g.margin
        return [b for b in s.layout.photos if b.x + bw >= plot_l and b.x <= plot_r]

    def _succession_xs(self, s: Scene) -> list[float]:
        """Where the dashed succession lines stand on screen (the days one reign gave way to the next)."""
        g, L = s.geom, s.layout
        out = []
        for band in s.reigns[1:]:
            x = L.x(band.start + 0.5)
            if 0 <= x <= g.plot_w:
                out.append(round(g.sx(x)) + 0.5)
        return out

    def _photo_labels(self, s: Scene, shown: list, lines: list[float]) -> dict[int, tuple[str, QRectF]]:
        """Each photograph's date and where it is drawn: centred under it, kept inside the view (a
        photograph cut by the edge has its date moved in, beside the part that shows), and moved
        aside from a succession line it would cross ("juillet 1999" under a photograph of July
        1999 ends just before the line of 23 July), within the room its neighbours leave it. A
        photograph less than a third of which shows gets no date."""
        g, fm = s.geom, self.fm_label
        bw, bh = g.box_w, g.box_h
        room = self._label_room(shown, g)
        reach = self._label_reach(shown, g)
        h = fm.height()
        out: dict[int, tuple[str, QRectF]] = {}
        for b in shown:
            left_edge = g.sx_rect(b.x, bw)
            if min(left_edge + bw, g.width) - max(left_edge, 0) < bw / 3:
                continue
            cx = left_edge + bw / 2
            lo, hi = reach[b.id]
            lo, hi = max(lo, 2.0), min(hi, g.width - 2.0)
            r = s.index.rows[b.index]
            text = _label(r[1], r[2], int(r[3]), s.lang)  # type: ignore[arg-type]
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, round(min(room[b.id], hi - lo)))
            if not text:
                continue
            tw = fm.horizontalAdvance(text)
            x = min(max(cx - tw / 2, lo), hi - tw)
            x = _aside(x, tw, lo, hi, lines)
            out[b.id] = (text, QRectF(x, g.lane_box_top(b.lane) + bh + 8, tw, h))
        return out

    @staticmethod
    def _label_reach(shown: list, g: Geometry) -> dict[int, tuple[float, float]]:
        """The screen x a photograph's date may span when moved aside: up to halfway to its
        neighbour in the same lane on each side (less 4 px), at most a thumbnail and a half from its
        middle, and half a thumbnail at least."""
        bw = g.box_w
        lanes: dict[int, list[tuple[float, int]]] = {}
        for b in shown:
            lanes.setdefault(b.lane, []).append((g.sx_rect(b.x, bw) + bw / 2, b.id))
        out: dict[int, tuple[float, float]] = {}
        for row in lanes.values():
            row.sort()
            for i, (cx, pid) in enumerate(row):
                left = (cx - row[i - 1][0]) / 2 - 4 if i else 1.5 * bw
                right = (row[i + 1][0] - cx) / 2 - 4 if i + 1 < len(row) else 1.5 * bw
                left, right = (max(bw / 2, min(1.5 * bw, d)) for d in (left, right))
                out[pid] = (cx - left, cx + right)
        return out

    def _photos(
        self, p: QPainter, s: Scene, frame: Frame, shown: list, labels: dict[int, tuple[str, QRectF]]
    ) -> None:
        g = s.geom
        bw, bh = g.box_w, g.box_h
        # spans first, under everything: the interval a date stands for
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for b in shown:
            y = g.lane_box_top(b.lane) + bh + 4
            x0, x1 = max(b.span0, -g.margin), min(b.span1, g.plot_w + g.margin)
            self._span(p, g, x0, x1, y, b.approximate, b.cx, b.id == s.selected)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setFont(self.f_label)
        for b in shown:
            top = g.lane_box_top(b.lane)
            box = QRectF(g.sx_rect(b.x, bw), top, bw, bh)
            pm = s.thumbs.pixmap(b.id)  # type: ignore[attr-defined]
            if pm is None:
                frame.wanted.append(b.id)
                img = QRectF(box.left() + bw * 0.04, box.top() + bh * 0.08, bw * 0.92, bh * 0.92)
                p.fillRect(img, self.pal.placeholder)
            else:
                img = self._fit(pm, box)
                x, y = round(img.left()), round(img.top())
                w, h = round(img.right()) - x, round(img.bottom()) - y
                img = QRectF(x, y, w, h)
                p.drawPixmap(x, y, self._sized(pm, w, h, False))
            if b.id == s.selected:
                p.setPen(QPen(self.pal.accent, 3))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(img.adjusted(-2.5, -2.5, 2.5, 2.5))
            elif b.id == s.hover:
                p.setPen(QPen(self.pal.hover, 1))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(img.adjusted(-1.5, -1.5, 1.5, 1.5))
            r = s.index.rows[b.index]
            label: QRectF | None = None
            if b.id in labels:
                text, label = labels[b.id]
                p.setPen(self.pal.accent if b.id == s.selected else self.pal.ink_soft)
                p.drawText(
                    label.adjusted(-2, 0, 2, 2),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    text,
                )
            frame.items.append(VisibleItem("photo", b.id, 1, img, r[1], r[2], label))  # type: ignore[arg-type]

    @staticmethod
    def _label_room(shown: list, g: Geometry) -> dict[int, float]:
        """How wide each photograph's date may be drawn, centred under it: the thumbnail's width at
        least, else up to half the way to its neighbours in the same lane on either side ("14 juin
        1992" whole where there is room, not "14 jui…" under a lone photograph), at most three
        thumbnails wide."""
        bw = g.box_w
        lanes: dict[int, list[tuple[float, int]]] = {}
        for b in shown:
            lanes.setdefault(b.lane, []).append((g.sx_rect(b.x, bw) + bw / 2, b.id))
        room: dict[int, float] = {}
        for row in lanes.values():
            row.sort()
            for i, (cx, pid) in enumerate(row):
                gaps = [cx - row[i - 1][0]] if i else []
                gaps += [row[i + 1][0] - cx] if i + 1 < len(row) else []
                near = min(gaps) - 8 if gaps else 3 * bw  # 8 px between two dates
                room[pid] = max(bw, min(3 * bw, near))
        return room

    def _span(
        self,
        p: QPainter,
        g: Geometry,
        x0: float,
        x1: float,
        y: float,
        approx: bool,
        cx: float,
        selected: bool,
    ) -> None:
        color = self.pal.accent if selected else self.pal.ink_faint
        if x1 - x0 < 5:  # a day at this zoom: a point
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawEllipse(QPointF(g.sx(cx), y), 2.2, 2.2)
            return
        sx0, sx1 = sorted((g.sx(x0), g.sx(x1)))
        if approx:
            # "circa": a soft bar that fades out towards both ends, no hard edge anywhere
            grad = QLinearGradient(sx0, 0, sx1, 0)
            grad.setColorAt(0.0, _alpha(color, 0.0))
            grad.setColorAt(0.5, _alpha(color, 0.75))
            grad.setColorAt(1.0, _alpha(color, 0.0))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(grad))
            p.drawRoundedRect(QRectF(sx0, y - 2.5, sx1 - sx0, 5), 2.5, 2.5)
        else:
            # a known interval ("198X", "1984/1986", a month): a thin bracket with ends
            p.setPen(QPen(_alpha(color, 0.85), 1.2))
            p.drawLine(QPointF(sx0, y), QPointF(sx1, y))
            p.drawLine(QPointF(sx0, y - 3), QPointF(sx0, y + 3))
            p.drawLine(QPointF(sx1, y - 3), QPointF(sx1, y + 3))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawEllipse(QPointF(g.sx(cx), y), 2.0, 2.0)

    @staticmethod
    def _fit(pm: QPixmap, box: QRectF) -> QRectF:
        """The picture fitted in its box, standing on the box's bottom edge."""
        dpr = pm.devicePixelRatio()
        pw, ph = pm.width() / dpr, pm.height() / dpr
        scale = min(box.width() / pw, box.height() / ph)
        w, h = pw * scale, ph * scale
        return QRectF(box.center().x() - w / 2, box.bottom() - h, w, h)

    def _selection_pin(self, p: QPainter, s: Scene) -> None:
        """A thin amber line from the axis up through the histogram at the selected date."""
        if s.selected_pos is None or s.selected_pos >= s.index.n_dated:
            return
        g, L = s.geom, s.layout
        if self._precise_selection_key(s) is None:  # in a span bar: mark its whole interval
            r = s.index.rows[s.selected_pos]
            x0, x1 = max(L.x(r[1]), 0), min(L.x(r[2] + 1), g.plot_w)  # type: ignore[operator]
            if x1 > x0:
                p.fillRect(
                    QRectF(g.sx_rect(x0, x1 - x0), g.axis_y - 2, x1 - x0, 4), _alpha(self.pal.accent, 0.85)
                )
            return
        x = L.x(s.index.middle(s.selected_pos))
        if not 0 <= x <= g.plot_w:
            return
        sx = g.sx(x)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(_alpha(self.pal.accent, 0.9), 1.5))
        p.drawLine(QPointF(sx, g.hist_top - 4), QPointF(sx, g.axis_y))
        path = QPainterPath()
        path.moveTo(sx, g.axis_y + 1)
        path.lineTo(sx - 6, g.axis_y + 9)
        path.lineTo(sx + 6, g.axis_y + 9)
        path.closeSubpath()
        p.fillPath(path, self.pal.accent)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    # --- header: where we are in time -----------------------------------------------------------------

    def _header(self, p: QPainter, s: Scene, frame: Frame) -> None:
        g, L = s.geom, s.layout
        p.fillRect(QRectF(0, 0, g.width, g.plot_top), self.pal.ground)
        mid = (L.a + L.b) / 2
        year = int(tl.day_to_year(mid))
        if s.level == "all":
            # the years in view, within those the photographs shown cover (the axis's margins
            # beyond them are not years of the archive); a year only a sliver of which shows at an
            # edge (under 1% of the view) is not named: clicking the card "2000–2019" shows it with
            # 15% on each side, from 18 hours before 1997 — "1997 – 2022", not "1996 – 2022"
            lo, hi = s.data_span if s.data_span is not None else (L.a, L.b)
            sliver = (L.b - L.a) * 0.01
            y0 = int(tl.day_to_year(min(max(L.a + sliver, lo), L.b)))
            y1 = int(tl.day_to_year(max(min(L.b - sliver, hi), L.a)))
            big, sub = (f"{y0} – {y1}" if y1 != y0 else str(y0)), ""
        else:
            big = str(year)
            sub = tl.decade_label(year, s.lang)
            if s.level == "month":
                d = date.fromordinal(int(mid))
                sub = f"{tl.month_label(d.year, d.month, s.lang)}  ·  {sub}"
        count = texts.count_photos(s.index.total, s.lang)
        baseline = g.header_h * 0.80
        p.setFont(self.f_big)
        p.setPen(self.pal.ink)
        bw = self.fm_big.horizontalAdvance(big)
        x = g.margin if not g.rtl else g.width - g.margin - bw
        p.drawText(QPointF(x, baseline), big)
        frame.header.append(big)
        p.setFont(self.f_sub)
        p.setPen(self.pal.ink_soft)
        # In a narrow widget the words that do not fit beside the year are left out (the count
        # first), rather than written over it.
        room = g.width - 2 * g.margin - bw
        if sub:
            sw = self.fm_sub.horizontalAdvance(sub)
            if sw + 22 <= room:
                sx = x + bw + 22 if not g.rtl else x - 22 - sw
                p.drawText(QPointF(sx, baseline), sub)
                frame.header.append(sub)
                room -= sw + 22
        cw = self.fm_sub.horizontalAdvance(count)
        if cw + 22 <= room:
            cx = g.width - g.margin - cw if not g.rtl else g.margin
            p.drawText(QPointF(cx, baseline), count)
            frame.header.append(count)

    # --- the undated lane ------------------------------------------------------------------------------

    def _undated(self, p: QPainter, s: Scene, frame: Frame) -> None:
        g = s.geom
        top = g.undated_top
        p.fillRect(QRectF(0, top, g.width, g.height - top), self.pal.ground_low)
        p.setPen(QPen(self.pal.rule, 1))
        p.drawLine(QPointF(0, top + 0.5), QPointF(g.width, top + 0.5))
        und = s.index.undated
        label = f"{s.undated_label}  ·  {texts.number(len(und), s.lang)}"
        p.setFont(self.f_reign)
        lw = self.fm_reign.horizontalAdvance(label) + 24
        box_h = g.undated_box_h
        y = top + (g.height - top - box_h) / 2
        p.setPen(self.pal.ink_soft)
        p.drawText(
            QRectF(g.sx_rect(0, lw), top, lw, g.height - top),
            Qt.AlignmentFlag.AlignVCenter
            | (Qt.AlignmentFlag.AlignRight if g.rtl else Qt.AlignmentFlag.AlignLeft),
            label,
        )
        box_w = box_h * 1.5
        x = lw + 8
        first = min(max(0, s.undated_offset), max(0, len(und) - 1))
        k = first
        n_dated = s.index.n_dated
        while k < len(und) and x + box_w <= g.plot_w:
            pid = und[k]
            box = QRectF(g.sx_rect(x, box_w), y, box_w, box_h)
            pm = s.thumbs.pixmap(pid)  # type: ignore[attr-defined]
            img = box  # a film strip: every picture cropped to the same frame
            if pm is None:
                self._want_cover(frame, pid, img)
                p.fillRect(img, self.pal.placeholder)
            else:
                self._draw_cover(p, pm, img)
            if pid == s.selected:
                p.setPen(QPen(self.pal.accent, 3))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(img.adjusted(-2.5, -2.5, 2.5, 2.5))
            frame.items.append(VisibleItem("undated", pid, 1, img))
            x += box_w + 6
            k += 1
        frame.undated_shown = (n_dated + first, n_dated + k)
        if k < len(und):
            p.setFont(self.f_small)
            p.setPen(self.pal.ink_faint)
            more = f"+{texts.number(len(und) - k, s.lang)}"
            mw = self.fm_small.horizontalAdvance(more) + 6
            p.drawText(
                QRectF(g.sx_rect(g.plot_w - mw + g.margin * 0.7, mw), top, mw, g.height - top),
                Qt.AlignmentFlag.AlignCenter,
                more,
            )


def _aside(x: float, w: float, lo: float, hi: float, lines: list[float], pad: float = 5.0) -> float:
    """The left edge of a text ``w`` wide at ``x``, moved to the nearer side of any line in
    ``lines`` it would cross or touch, if it still fits in [lo, hi]; else where it was."""
    for line in lines:
        if x - pad < line < x + w + pad:
            sides = [c for c in (line - pad - w, line + pad) if lo <= c and c + w <= hi]
            if sides:
                x = min(sides, key=lambda c: abs(c - x))
    return x


def _open_runs(x: float, y0: float, y1: float, rects: list[QRectF]) -> list[tuple[float, float]]:
    """The parts of the vertical line at ``x`` from ``y0`` to ``y1`` that pass through none of
    ``rects`` (each widened by 3 px)."""
    cuts = sorted(
        (r.top() - 3, r.bottom() + 3) for r in rects if r.left() - 3 <= x <= r.right() + 3 and r.bottom() > y0
    )
    runs, y = [], y0
    for a, b in cuts:
        if a > y:
            runs.append((y, min(a, y1)))
        y = max(y, b)
        if y >= y1:
            break
    if y < y1:
        runs.append((y, y1))
    return [(a, b) for a, b in runs if b > a]


def _year(day: int) -> int:
    return date.fromordinal(day).year
