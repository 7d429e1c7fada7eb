"""Cards of the timeline: clusters (a mosaic of covers and a count) and span bars (photographs dated
less precisely than the zoom, drawn over their interval). Mixed into
:class:`~photobook.ui.timeline.painter.TimelinePainter`, whose fonts, palette and scaled-pixmap cache
they use."""

from __future__ import annotations

import math
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPen, QPixmap

from photobook.core import timeline as tl
from photobook.ui.timeline import texts
from photobook.ui.timeline.scene import Frame, Scene, VisibleItem

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QFontMetricsF

    from photobook.ui.timeline.scene import Palette


@lru_cache(maxsize=8192)
def _label(start: int, end: int, approx: int, lang: str) -> str:
    return tl.span_label(start, end, approx, lang)


def _alpha(c: QColor, a: float) -> QColor:
    out = QColor(c)
    out.setAlphaF(max(0.0, min(1.0, a)))
    return out


def _mix(c: QColor, d: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        c.redF() + (d.redF() - c.redF()) * t,
        c.greenF() + (d.greenF() - c.greenF()) * t,
        c.blueF() + (d.blueF() - c.blueF()) * t,
    )


class CardsMixin:
    pal: Palette
    f_label: QFont
    f_count: QFont
    f_small: QFont
    fm_label: QFontMetricsF
    fm_count: QFontMetricsF
    fm_small: QFontMetricsF
    band_row_h: float

    _dpr: float  # the device's pixel ratio in the frame being painted (see TimelinePainter)

    def _sized(self, pm: QPixmap, w: float, h: float, crop: bool) -> QPixmap:  # see TimelinePainter
        raise NotImplementedError

    # --- clusters -------------------------------------------------------------------------------------

    def _clusters(self, p: QPainter, s: Scene, frame: Frame) -> None:
        g, L = s.geom, s.layout
        top, bottom = g.lanes_top, g.lanes_bottom
        sel_key = self._precise_selection_key(s)
        for c in L.clusters:
            x0, x1 = max(c.x0, -g.margin), min(c.x1, g.plot_w + g.margin)
            if x1 - x0 < 4:
                continue
            left = g.sx_rect(x0, x1 - x0)
            rect = QRectF(left, top, x1 - x0, bottom - top)
            selected = sel_key is not None and 2 * c.day0 <= sel_key < 2 * c.day1
            # opaque and square: a card costs a fill, not an antialiased blend over the band
            p.fillRect(rect, self.pal.card)
            p.setPen(QPen(self.pal.accent if selected else self.pal.card_edge, 2.0 if selected else 1.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
            # a mosaic of covers spread over the cluster's period, filling the card
            pad, gap = 8.0, 5.0
            foot = self.fm_count.height() + self.fm_small.height() + 14
            inner = QRectF(
                rect.left() + pad, rect.top() + pad, rect.width() - 2 * pad, rect.height() - foot - 2 * pad
            )
            rows, cols = _mosaic(
                inner.width(), inner.height(), gap, min(c.count, 40), g.box_h * 0.45, g.box_h * 0.8
            )
            picks = L.cluster_positions(c, rows * cols)
            tile_w = (inner.width() - (cols - 1) * gap) / max(cols, 1)
            tile_h = (inner.height() - (rows - 1) * gap) / max(rows, 1)
            for t, k in enumerate(picks):
                r, col = divmod(t, cols)
                if g.rtl:
                    col = cols - 1 - col
                tile = QRectF(
                    inner.left() + col * (tile_w + gap), inner.top() + r * (tile_h + gap), tile_w, tile_h
                )
                pid = s.index.rows[k][0]
                pm = s.thumbs.pixmap(pid)  # type: ignore[attr-defined]
                if pm is None:
                    p.fillRect(tile, self.pal.placeholder)
                    self._want_cover(frame, pid, tile)
                else:
                    self._draw_cover(p, pm, tile)
            # count and period, centred in the part of the card in view; where the edge leaves too
            # little of it, a shorter form of the period or none (it is in the card's tooltip),
            # never a cut one ("2020–20…", which reads "…20–2020" right to left)
            y = rect.bottom() - foot + 2
            count = _fitting(self.fm_count, (texts.number(c.count, s.lang),), rect.width() - 4)
            if count:
                p.setFont(self.f_count)
                p.setPen(self.pal.ink)
                p.drawText(
                    QRectF(rect.left(), y, rect.width(), self.fm_count.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    count,
                )
            period = _fitting(self.fm_small, _cell_forms(c.day0, c.day1, s.lang), rect.width() - 8)
            if period:
                p.setFont(self.f_small)
                p.setPen(self.pal.ink_soft)
                p.drawText(
                    QRectF(rect.left(), y + self.fm_count.height(), rect.width(), self.fm_small.height() + 4),
                    Qt.AlignmentFlag.AlignCenter,
                    period,
                )
            frame.card_words.append((count, period))
            first = (L.cluster_positions(c, 2) or [c.i])[0]
            frame.items.append(VisibleItem("cluster", s.index.rows[first][0], c.count, rect, c.day0, c.day1))

    @staticmethod
    def _precise_selection_key(s: Scene) -> int | None:
        """The selection's key when it is placed at a point at this zoom (not in a span bar)."""
        pos = s.selected_pos
        if pos is None or pos >= s.index.n_dated:
            return None
        part = s.layout.part
        if part is not None and s.index.spans()[pos] >= part.cap:
            return None
        return s.index.keys[pos]

    # --- span bars: photographs dated less precisely than the zoom ------------------------------------

    def bar_rects(self, s: Scene) -> list[QRectF]:
        """Where the span bars are drawn this frame (the succession line is broken over them: it
        would show through the faded ends of a "circa" bar, and faintly through a card's)."""
        g, L = s.geom, s.layout
        if not _has_band(L):
            return []
        out = []
        row_h = self.band_row_h
        bar_h = row_h - 6
        for bar in L.bars:
            x0, x1 = max(bar.x0, -g.margin), min(bar.x1, g.plot_w + g.margin)
            if min(x1, g.plot_w) - max(x0, 0) < bar_h * 1.5:
                continue
            out.append(QRectF(g.sx_rect(x0, x1 - x0), s.band_top + bar.row * row_h, x1 - x0, bar_h))
        return out

    def _bars(self, p: QPainter, s: Scene, frame: Frame) -> None:
        g, L = s.geom, s.layout
        if not _has_band(L):
            return
        band_top = s.band_top
        row_h = self.band_row_h
        bar_h = row_h - 6
        sel = s.selected_pos
        sel_group = None
        if sel is not None and sel < s.index.n_dated and self._precise_selection_key(s) is None:
            r = s.index.rows[sel]
            sel_group = (r[1], r[2], int(r[3]))
        p.setFont(self.f_label)
        for bar in L.bars:
            grp = bar.group
            x0, x1 = max(bar.x0, -g.margin), min(bar.x1, g.plot_w + g.margin)
            if min(x1, g.plot_w) - max(x0, 0) < bar_h * 1.5:  # a sliver at the edge: not worth a bar
                continue
            y = band_top + bar.row * row_h
            rect = QRectF(g.sx_rect(x0, x1 - x0), y, x1 - x0, bar_h)
            selected = sel_group == (grp.start, grp.end, grp.approximate)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            if grp.approximate:  # "circa": no hard ends, the bar fades out on both sides
                full0, full1 = g.sx(bar.x0), g.sx(bar.x1)
                grad = QLinearGradient(min(full0, full1), 0, max(full0, full1), 0)
                grad.setColorAt(0.0, _alpha(self.pal.card_edge, 0.0))
                grad.setColorAt(0.22, _alpha(self.pal.card_edge, 0.95))
                grad.setColorAt(0.78, _alpha(self.pal.card_edge, 0.95))
                grad.setColorAt(1.0, _alpha(self.pal.card_edge, 0.0))
                p.setBrush(QBrush(grad))
                p.setPen(QPen(self.pal.accent, 2) if selected else Qt.PenStyle.NoPen)
            else:
                p.setBrush(_alpha(self.pal.card, 0.95))
                p.setPen(QPen(self.pal.accent, 2) if selected else QPen(self.pal.card_edge, 1))
            p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), bar_h / 2, bar_h / 2)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            # contents kept in view at the visible start of the bar: tiny covers, then the words
            vis0, vis1 = max(bar.x0, 0.0), min(bar.x1, g.plot_w)
            cur = vis0 + bar_h / 2
            th = bar_h - 6
            rows_n = len(grp.members)  # fewer than its count when they are summary rows
            n_covers = min(rows_n, 3, max(0, int((vis1 - vis0 - 120) // (th * 1.5 + 3))))
            for k in range(n_covers):
                member = (
                    grp.members[(k * (rows_n - 1)) // max(1, n_covers - 1)]
                    if n_covers > 1
                    else grp.members[0]
                )
                pid = s.index.rows[member][0]
                tile = QRectF(g.sx_rect(cur, th * 1.5), y + 3, th * 1.5, th)
                pm = s.thumbs.pixmap(pid)  # type: ignore[attr-defined]
                if pm is None:
                    self._want_cover(frame, pid, tile)
                    p.fillRect(tile, self.pal.placeholder)
                else:
                    self._draw_cover(p, pm, tile)
                cur += th * 1.5 + 3
            if n_covers:
                cur += 6
            # its interval and count where they fit, else the interval alone, else no words (they
            # are in the bar's tooltip): not a cut date ("vers 20…", "1986–1…") at the view's edge
            when = _label(grp.start, grp.end, grp.approximate, s.lang)
            words = _fitting(
                self.fm_label, (f"{when}  ·  {texts.number(grp.count, s.lang)}", when), vis1 - cur - bar_h / 2
            )
            if words:
                tw = self.fm_label.horizontalAdvance(words)
                p.setPen(self.pal.accent if selected else self.pal.ink)
                p.drawText(
                    QRectF(g.sx_rect(cur, tw), y, tw + 2, bar_h),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    words,
                )
            frame.items.append(
                VisibleItem("span", s.index.rows[grp.members[0]][0], grp.count, rect, grp.start, grp.end)
            )
        if L.band_overflow:
            more = texts.more_spans(L.band_overflow)
            p.setFont(self.f_small)
            p.setPen(self.pal.ink_faint)
            mw = self.fm_small.horizontalAdvance(more) + 8
            y = band_top + min(L.band_rows, 3) * row_h
            p.drawText(
                QRectF(g.sx_rect(g.plot_w - mw, mw), y, mw, self.fm_small.height() + 4),
                Qt.AlignmentFlag.AlignCenter,
                more,
            )

    def _draw_cover(self, p: QPainter, pm: QPixmap, tile: QRectF) -> None:
        """Fill the tile with the middle of the picture (covers in a mosaic are cropped)."""
        x, y = round(tile.left()), round(tile.top())
        w, h = round(tile.right()) - x, round(tile.bottom()) - y
        if w > 0 and h > 0:
            p.drawPixmap(x, y, self._sized(pm, w, h, True))

    def _want_cover(self, frame: Frame, pid: int, tile: QRectF) -> None:
        """Ask for the thumbnail of a cover not in RAM, with the size :meth:`_draw_cover` will
        draw it at once it comes (in device pixels): the thumbnail worker scales it so with the
        decode, and the frame that shows it only blits it (scaling the covers of a batch on the
        GUI thread took 2–4 ms of one turn at start)."""
        frame.wanted.append(pid)
        x, y = round(tile.left()), round(tile.top())
        w, h = round(tile.right()) - x, round(tile.bottom()) - y
        if w > 0 and h > 0:
            dpr = self._dpr
            frame.cover_sizes[pid] = (max(1, round(w * dpr)), max(1, round(h * dpr)))


def _fitting(fm: QFontMetricsF, forms: tuple[str, ...], room: float) -> str:
    """The first of ``forms`` (longest first) that fits in ``room`` pixels whole, or ""."""
    return next((f for f in forms if fm.horizontalAdvance(f) <= room), "")


def _cell_forms(day0: int, day1: int, lang: str) -> tuple[str, ...]:
    """A cluster's period in words, then shorter: a cell within one year ("janv.–mars 1985",
    "4–10 mars 1985") may be named by its year; one of several years has no shorter form."""
    full = texts.cell_words(day0, day1, lang)
    first, last = date.fromordinal(day0), date.fromordinal(day1 - 1)
    if first.year == last.year and (first.month, first.day, last.month, last.day) != (1, 1, 12, 31):
        return (full, str(first.year))
    return (full,)


def _has_band(L: tl.Layout) -> bool:
    return bool(L.bars or L.band_overflow)


def _mosaic(w: float, h: float, gap: float, n: int, min_h: float, max_h: float) -> tuple[int, int]:
    """Rows and columns of 3:2-ish tiles, ``min_h``..``max_h`` tall where the card allows, that
    fill a w × h card with at most ``n`` tiles."""
    if n <= 0 or w < 8 or h < 8:
        return 0, 0
    best: tuple[float, int, int] = (1e9, 1, 1)
    for rows in range(1, 9):
        tile_h = (h - (rows - 1) * gap) / rows
        if tile_h < min_h and rows > 1:
            break
        for cols in range(1, 13):
            if rows * cols > n:
                break
            tile_w = (w - (cols - 1) * gap) / cols
            if tile_w < min_h:
                break
            aspect = tile_w / tile_h
            score = abs(math.log(aspect / 1.5)) + (2.0 if not 0.8 <= aspect <= 2.3 else 0.0)
            score += 0.5 if tile_h > max_h and rows * cols < n else 0.0  # big tiles only for a few
            score += 0.4 * max(0, min(n, 4) - rows * cols)  # a few photographs: show them all
            if score < best[0]:
                best = (score, rows, cols)
    return best[1], best[2]
