"""The timeline: the archive along a horizontal time axis, from the earliest photograph to today.

What is drawn, back to front: the reigns as tinted bands (from the catalog, :meth:`set_reigns`) with
the succession day marked; a histogram of photographs per decade, year or month (whichever is fine
enough at the zoom); the axis; the photographs as thumbnails at the middle of their date interval,
stacked in lanes, with their interval under them (a soft fading bar for an approximate date, a thin
bracket for a known interval, a dot for a day); clusters with a count where photographs are too
dense to show one by one; and a lane of their own for the undated ones, at the bottom.

Keys, mouse, wheel and pinch (:mod:`.interaction`): the arrows select the previous / next
photograph in time, the wheel and dragging pan, Ctrl + wheel, a pinch and + / − zoom, Home / End
go to the first / last photograph, 0 or F fits what is shown (the whole archive, or what the
filters chose), every card and label inside the widget (:meth:`TimelineView.fit`; kept framed when
the widget is resized, until the user zooms or pans). After a new filter the view refits to its
photographs (a short animation), unless the user zoomed or panned since the filter began
(:meth:`TimelineView.begin_filter`). Panning stops at the data's ends plus a margin.

Speed: :meth:`set_rows` sorts the rows once (:class:`photobook.core.timeline.TimelineIndex`);
a frame lays out and paints only what is in view, paints only thumbnails already in the RAM cache,
and requests the others (repainting when they arrive).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEasingCurve, QEvent, QPointF, QSize, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QWidget

from photobook.core import languages
from photobook.core import timeline as tl
from photobook.ui.tasks import FRAME
from photobook.ui.thumbcache import ThumbnailCache
from photobook.ui.timeline import texts
from photobook.ui.timeline.geometry import BOX_GAP, Geometry
from photobook.ui.timeline.interaction import ZOOM_STEP, TimelineInteraction
from photobook.ui.timeline.multi_select import TimelineMultiSelect
from photobook.ui.timeline.painter import TimelinePainter
from photobook.ui.timeline.scene import Frame, ReignBand, Scene, VisibleItem

FIT_ANIMATION_MS = 220
#: :meth:`TimelineView.after_frame`: the work waits for the frame at most this long
AFTER_FRAME_LATEST_MS = 100


def animations_wanted() -> bool:
    """Whether view changes are animated: not under the offscreen platform (tests, screenshots),
    nor when the user asked for reduced motion (:func:`photobook.ui.motion.reduced_motion`: the
    environment, the setting, Qt's hint, GNOME's or KDE's)."""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return False
    from photobook.ui import motion
    from photobook.ui.settings import Settings

    return not motion.reduced_motion(Settings().reduced_motion_setting())


class TimelineView(TimelineInteraction, TimelineMultiSelect, QWidget):
    """The archive on a time axis. See the module documentation for what it shows and its keys."""

    selectionChanged = Signal(int)  # photo id (-1: none)
    activated = Signal(int)  # double click or Enter on a photo
    visibleRangeChanged = Signal(float, float)  # decimal years shown
    locateRequested = Signal(int)  # a photo to select is inside a summary row: where is it in time?
    selectedIdsChanged = Signal(object)  # Ctrl/Shift-click: the photographs selected (multi_select)

    def __init__(self, thumbs: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumbs = thumbs
        self._index = tl.TimelineIndex()
        self._retired: list[tl.TimelineIndex] = []
        self._reigns: list[ReignBand] = []
        self._a, self._b = 0.0, 1.0
        self._has_range = False
        self._fitted = False  # showing what fit() chose: a resize frames the archive again
        self._fit_key: tuple | None = None
        self._rows_gen = 0  # counts set_rows calls: the fit range belongs to one set of rows
        self._fit_days = (0.0, 1.0)
        self._sel_id: int | None = None
        self._sel_pos: int | None = None
        self._sel_key: int | None = None  # day_start + day_end of the selection, to find it again
        self._sel_start: int | None = None  # its day_start, once located (a large catalog)
        self._hover: int | None = None
        self._lang: str | None = None
        self._undated_label: str | None = None
        self._undated_offset = 0
        self._frame = Frame()
        # the last frame as drawn, and what it was drawn from (``_drawn_key``, None once anything that
        # a frame draws may have changed: ``update``): a repaint of an unchanged frame copies it
        self._drawn: QPixmap | None = None
        self._drawn_key: tuple | None = None
        self._index_gen = 0  # a new one for each index of other photographs (in the frame's key)
        self._drawn_ids: set[int] = set()  # the photographs whose thumbnails it asked for
        self._wanted: set[int] = set()
        self._painter = TimelinePainter()
        self._geom: Geometry | None = None
        self._press: QPointF | None = None
        self._press_range = (0.0, 0.0)
        self._dragging = False
        self._pinch_anchor: QPointF | None = None
        self._filtered = False  # the rows are what a filter chose: fit() ends at their last day
        self.explain_empty = False  # with no dated photograph, say why (the main window's timeline)
        self._refit_pending = False  # a filter began: refit when its rows arrive
        self._user_moved = False  # the user zoomed or panned since the filter began
        self.animate = animations_wanted()
        self._anim = QVariantAnimation(self)
        self._anim.setDuration(FIT_ANIMATION_MS)
        self._anim.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._anim.setStartValue(0.0)
        self._anim.setEndValue(1.0)
        self._anim.valueChanged.connect(self._on_anim)
        self._anim_from = self._anim_to = (0.0, 1.0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.grabGesture(Qt.GestureType.PinchGesture)
        # Narrow enough to share a small window with the filter and caption panels (300 px each):
        # fit() frames the archive at any width.
        self.setMinimumSize(280, 300)
        self._a, self._b = self._fit_range()
        thumbs.ready.connect(self._on_thumb_ready)
        self._after_frame: dict[Callable[[], None], None] = {}  # (an ordered set)
        # a frame that is not painted after all (a window minimised meanwhile): the work waits no longer
        self._after_frame_timer = QTimer(self)
        self._after_frame_timer.setSingleShot(True)
        self._after_frame_timer.setInterval(AFTER_FRAME_LATEST_MS)
        self._after_frame_timer.timeout.connect(self._run_after_frame)

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)

    # --- data ----------------------------------------------------------------------------------------

    def set_rows(self, rows: list[tl.Row] | tl.TimelineIndex, filtered: bool | None = None) -> None:
        """Show these (id, day_start, day_end, approximate) rows (``queries.timeline_rows``), or a
        ``TimelineIndex`` of them built in a worker thread (sorting 100,000 rows is then off the
        GUI thread). Keeps the zoom and pan, and the selection if it is still there; the first
        call fits the view, and so does the first call after :meth:`begin_filter` (unless the
        user zoomed or panned meanwhile). ``filtered``: the rows are what a filter chose (not the
        whole archive), so that fitting ends at their last day rather than today."""
        if filtered is not None:
            self._filtered = filtered
        old_und = bool(self._index.undated)
        was_empty = not self._index.n_dated
        same = self._swap_index(rows if isinstance(rows, tl.TimelineIndex) else tl.TimelineIndex(rows))
        self._rows_gen += 1
        self._sel_pos = self._find(self._sel_id, self._sel_key) if self._sel_id is not None else None
        if self._sel_id is not None and self._sel_pos is None and not self._in_summary(self._sel_key):
            self._sel_id = self._sel_key = None
            self.selectionChanged.emit(-1)
        self._undated_offset = min(self._undated_offset, max(0, len(self._index.undated) - 1))
        if old_und != bool(self._index.undated):
            self._geom = None
        refit, self._refit_pending = self._refit_pending, False
        if not self._has_range or was_empty:
            self.fit()
        elif refit and not self._user_moved and self._index.n_dated:
            self.fit(animated=True)
        else:
            # a view the user chose since the filter began is kept as it is (clamped at the next pan)
            self._set_range(self._a, self._b, fitted=self._fitted, clamp=not self._user_moved)
        if same:
            # the photographs drawn already (the first load after the window's first frame, a
            # million photographs: a ~7 ms frame, drawn again the same while the first reads run):
            # the frame is drawn again only if the view or the selection moved (its key)
            super().update()
        else:
            self.update()

    def replace_index(self, index: tl.TimelineIndex) -> None:
        """The same photographs, some read in more detail (a large catalog's photographs around
        what is on screen arrived): the view, its fit and the selection stay as they are."""
        self._swap_index(index)
        if self._sel_id is not None:
            self._sel_pos = self._find(self._sel_id, self._sel_key)
            if self._sel_pos is None and self._sel_key is None:
                self._sel_pos = index.position(self._sel_id)
        self.update()

    def _swap_index(self, index: tl.TimelineIndex) -> bool:
        """Show ``index``; returns whether it holds the photographs shown already (the frame kept
        is theirs)."""
        same = index.same_photos(self._index)
        if not same:
            self._index_gen += 1
        # Freeing the old index (100,000 keys and lists) costs milliseconds: do it after the frame.
        self._retired.append(self._index)
        if len(self._retired) == 1:
            QTimer.singleShot(0, self._retired.clear)
        self._index = index
        return same

    def visible_days(self) -> tuple[float, float]:
        """The days shown, [a, b] (ordinals)."""
        return self._a, self._b

    def selected_day(self) -> float | None:
        """The middle day of the selected photograph, when known."""
        if self._sel_pos is not None and self._sel_pos < self._index.n_dated:
            return self._index.middle(self._sel_pos)
        return self._sel_key / 2 if self._sel_key is not None else None

    def selected_start(self) -> int | None:
        """The first day of the selected photograph's interval, when known."""
        if self._sel_pos is not None and self._sel_pos < self._index.n_dated:
            return self._index.rows[self._sel_pos][1]
        return self._sel_start

    def located(self, photo_id: int, day_start: int | None, day_end: int | None) -> None:
        """Where the selected photograph is in time (asked by :attr:`locateRequested`): the view
        goes there (panned, not zoomed); it is selected when its photographs arrive."""
        if photo_id != self._sel_id or self._sel_pos is not None or day_start is None or day_end is None:
            return
        self._sel_key = day_start + day_end
        self._sel_start = day_start
        self._sel_pos = self._find(photo_id, self._sel_key)
        day = self._sel_key / 2
        if not self._a <= day <= self._b:
            span = self._b - self._a
            self._set_range(day - span / 2, day + span / 2)
        self.update()

    def _in_summary(self, key: int | None) -> bool:
        """A large catalog's summary rows hold photographs of this key (twice the middle day)."""
        idx = self._index
        if not idx.summarised or key is None:
            return False
        k = bisect_left(idx.keys, key)
        return k < len(idx.keys) and idx.keys[k] == key

    def frame_needs(self) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """(histogram units, precision caps) a frame at the current zoom draws from its index
        (:meth:`TimelineIndex.prepare <photobook.core.timeline_buckets.TimelineIndex.prepare>`): a
        filter's rows, fitted, are drawn at about the same zoom, so its worker builds them ahead."""
        g = self._geometry()
        ppd = g.plot_w / max(self._b - self._a, 1e-6)
        unit = tl.cell_unit(ppd, g.box_w + BOX_GAP)
        return (tl.histogram_unit(ppd),), (tl.precision_cap(unit.length),)

    def begin_filter(self) -> None:
        """A new filter was chosen: when its rows arrive, fit them, unless the user zooms or pans
        before they do."""
        self._refit_pending = True
        self._user_moved = False

    def user_moved(self) -> None:
        """The user zoomed or panned: a filter's rows arriving later keep this view."""
        self._user_moved = True
        self._anim.stop()

    def set_reigns(self, bands: list[ReignBand]) -> None:
        reigns = sorted(bands, key=lambda r: r.start)
        if reigns == self._reigns:  # the vocabulary's arrival at start: drawn from the first view already
            return
        self._reigns = reigns
        self.update()

    def set_language(self, lang: str) -> None:
        """ "fr", "ar" or "en": the words drawn (the direction follows ``layoutDirection()``)."""
        self._lang = languages.normalise(lang)
        self.update()

    def set_texts(self, undated_label: str | None = None, lang: str | None = None) -> None:
        """Override the undated lane's label, and/or set the language of dates and counts."""
        self._undated_label = undated_label
        if lang:
            self._lang = languages.normalise(lang)
        self.update()

    def language(self) -> str:
        if self._lang:
            return self._lang
        if self.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
            return languages.normalise(self.locale().name())
        return "fr"

    # --- selection -------------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        return self._sel_id

    def select(self, photo_id: int | None) -> None:
        """Select a photograph (``None``: none) and bring it into view."""
        pos = self._index.position(photo_id) if photo_id is not None else None
        if pos is None and photo_id is not None and self._index.summarised:
            # a large catalog: the photograph may be inside a summary row; ask where it is in time
            changed = photo_id != self._sel_id
            self._sel_id, self._sel_pos, self._sel_key = photo_id, None, None
            self.update()
            self.locateRequested.emit(photo_id)
            if changed:
                self.selectionChanged.emit(photo_id)
            return
        self._select_pos(pos)

    def select_next(self) -> None:
        """The next photograph in time (after the last dated one: the first undated one)."""
        if self._sel_pos is None:
            self._select_pos(self._first_in_view(last=False))
        elif self._sel_pos + 1 < len(self._index):
            self._select_pos(self._sel_pos + 1)

    def select_previous(self) -> None:
        if self._sel_pos is None:
            self._select_pos(self._first_in_view(last=True))
        elif self._sel_pos > 0:
            self._select_pos(self._sel_pos - 1)

    def ordered_ids(self) -> list[int]:
        """Every photograph in time order (dated by the middle of their interval, then undated)."""
        return self._index.ordered_ids()

    def _first_in_view(self, last: bool) -> int | None:
        if not len(self._index):
            return None
        i, j = self._index.range_indices(self._a, self._b)
        if i < j:
            return j - 1 if last else i
        return len(self._index) - 1 if last else 0

    def _find(self, photo_id: int | None, key: int | None) -> int | None:
        """The position of ``photo_id``: by bisection on its key when known, else by the id map."""
        if photo_id is None:
            return None
        idx = self._index
        if key is not None:
            k = bisect_left(idx.keys, key)
            while k < len(idx.keys) and idx.keys[k] == key:
                if idx.rows[k][0] == photo_id:
                    return k
                k += 1
            return None
        if photo_id in idx.undated:
            return idx.n_dated + idx.undated.index(photo_id)
        return None

    def _select_pos(self, pos: int | None) -> None:
        idx = self._index
        if pos is None or not 0 <= pos < len(idx):
            new_id, key = None, None
            pos = None
        else:
            new_id = idx.id_at(pos)
            key = idx.keys[pos] if pos < idx.n_dated else None
        changed = new_id != self._sel_id
        self._sel_id, self._sel_pos, self._sel_key = new_id, pos, key
        if pos is not None:
            self._reveal(pos)
        self.update()
        if changed:
            self.selectionChanged.emit(-1 if new_id is None else new_id)

    def _reveal(self, pos: int) -> None:
        """Pan (never zoom) so that the photograph at ``pos`` is in view."""
        idx = self._index
        if pos >= idx.n_dated:
            u = pos - idx.n_dated
            first, last = self._frame.undated_shown
            shown = max(1, last - first)
            if u < self._undated_offset:
                self._undated_offset = u
            elif u >= self._undated_offset + shown:
                self._undated_offset = u - shown + 1
            return
        day = idx.middle(pos)
        span = self._b - self._a
        if not self._a <= day <= self._b:  # far away: centred on it
            self._set_range(day - span / 2, day + span / 2)
        # Its date is in view; now the whole of what shows it (a photograph slid aside to make room,
        # the cluster that holds it, its bar), unless that is wider than the view: moved just
        # enough, so that the arrow keys scroll through a zoomed-in view.
        for _ in range(3):
            _, g, layout = self._layout(self._a, self._b)
            ext = layout.item_extent(pos)
            if ext is None or ext[1] - ext[0] > g.plot_w - 2 * BOX_GAP:
                return
            if ext[0] < 0:
                shift = ext[0] - BOX_GAP
            elif ext[1] > g.plot_w:
                shift = ext[1] - g.plot_w + BOX_GAP
            else:
                return
            days = shift / layout.px_per_day
            self._set_range(self._a + days, self._b + days)

    # --- zoom and pan -----------------------------------------------------------------------------------

    def zoom_level(self) -> str:
        lo, hi = self._fit_range()
        return tl.zoom_level(self._b - self._a, hi - lo)

    def visible_range(self) -> tuple[float, float]:
        return tl.day_to_year(self._a), tl.day_to_year(self._b)

    def set_visible_range(self, a: float, b: float) -> None:
        """Show the decimal years [a, b] (clamped to the zoom limits)."""
        self._set_range(tl.year_to_day(a), tl.year_to_day(b))

    def fit(self, animated: bool = False) -> None:
        """Show every photograph shown (the archive, or what the filters chose), every card and
        label inside the widget (see :meth:`_fit_range`); ``animated``: glide there, unless
        animations are off (:func:`animations_wanted`)."""
        self._anim.stop()
        lo, hi = self._fit_range()
        if animated and self.animate and self.isVisible() and self._has_range:
            self._anim_from = (self._a, self._b)
            self._anim_to = (lo, hi)
            self._anim.start()
            return
        self._set_range(lo, hi, fitted=True)

    def animating(self) -> bool:
        """A fit animation is under way (the visible range is still moving)."""
        return self._anim.state() == QVariantAnimation.State.Running

    def _on_anim(self, t: float) -> None:
        (a0, b0), (a1, b1) = self._anim_from, self._anim_to
        t = float(t)
        if t >= 1.0:
            self._set_range(a1, b1, fitted=True)
        else:
            self._set_range(a0 + (a1 - a0) * t, b0 + (b1 - b0) * t, clamp=False)

    def zoom_in(self) -> None:
        self.user_moved()
        self._zoom(ZOOM_STEP, self._key_anchor())

    def zoom_out(self) -> None:
        self.user_moved()
        self._zoom(1 / ZOOM_STEP, self._key_anchor())

    def go_first(self) -> None:
        if self._index.n_dated:
            self._select_pos(0)
        elif len(self._index):
            self._select_pos(0)

    def go_last(self) -> None:
        if self._index.n_dated:
            self._select_pos(self._index.n_dated - 1)

    def pan_days(self, days: float) -> None:
        """Move the view later in time by ``days`` (earlier if negative)."""
        self.user_moved()
        self._set_range(self._a + days, self._b + days)

    def _fit_range(self) -> tuple[float, float]:
        """The days fit() shows: the archive's (:meth:`_data_range`), widened until everything laid
        out for them, photographs slid aside and clusters a box wide included, lies inside the
        plot (the widget less its margins). Depends on the widget's size, direction and font, so
        kept until one of them or the rows change."""
        g = self._geometry()
        key = (self._rows_gen, self._filtered, g, self._painter.font_key, date.today().toordinal())
        if key != self._fit_key:
            lo, hi = self._data_range()
            if self._index.n_dated:
                lo, hi = tl.fit_range(lambda a, b, w: self._layout(a, b, w)[2], lo, hi, g.plot_w)
            self._fit_key, self._fit_days = key, (lo, hi)
        return self._fit_days

    def data_span(self) -> tuple[float, float] | None:
        """The days the photographs shown cover: from the earliest photograph to today (or to the
        last photograph, if later); with a filter, to the last photograph's day. ``None``: none dated."""
        idx = self._index
        if not idx.n_dated:
            return None
        last = float(idx.last_day)  # type: ignore[arg-type]
        if self._filtered:
            return float(idx.first_day), last  # type: ignore[arg-type]
        return float(idx.first_day), max(float(date.today().toordinal()), idx.keys[-1] / 2)  # type: ignore[arg-type]

    def _data_range(self) -> tuple[float, float]:
        """:meth:`data_span`, a little more on both sides."""
        today = date.today().toordinal()
        span = self.data_span()
        if span is not None:
            lo, hi = span
        elif self._reigns:
            lo, hi = float(self._reigns[0].start), float(today)
        else:
            lo, hi = today - 30 * tl.DAYS_PER_YEAR, float(today)
        pad = (hi - lo) * 0.02 + 20
        return lo - pad, hi + pad

    def _limits(self) -> tuple[float, float, float]:
        lo, hi = self._fit_range()
        return lo, hi, max((hi - lo) * 1.25, tl.MIN_SPAN_DAYS * 2)

    def _set_range(self, a: float, b: float, fitted: bool = False, clamp: bool = True) -> None:
        """Show the days [a, b]: at most a little wider than :meth:`_fit_range`, and never past
        its ends (the data's ends plus the margin fit() leaves) — wider than it, centred on it.
        ``clamp=False``: as given (the frames of a fit animation, from the old rows' range)."""
        if clamp:
            lo, hi, max_span = self._limits()
            span = min(max(b - a, tl.MIN_SPAN_DAYS), max_span)
            mid = (a + b) / 2
            a, b = mid - span / 2, mid + span / 2
            data = self.data_span()
            if data is not None:
                # zoomed in, the margin past the data is the zoomed view's: room for the last
                # card and a little air, not the years fit() leaves around the whole archive
                g = self._geometry()
                margin = span * (0.05 + (g.box_w / 2 + 2 * BOX_GAP) / max(g.plot_w, 1.0))
                lo, hi = max(lo, data[0] - margin), min(hi, data[1] + margin)
            if span >= hi - lo:
                a, b = (lo + hi - span) / 2, (lo + hi + span) / 2
            elif b > hi:
                a, b = hi - span, hi
            elif a < lo:
                a, b = lo, lo + span
        changed = (a, b) != (self._a, self._b) or not self._has_range
        self._a, self._b = a, b
        self._has_range = True
        self._fitted = fitted
        if changed:
            self.update()
            self.visibleRangeChanged.emit(*self.visible_range())

    def _zoom(self, factor: float, anchor_x: float | None) -> None:
        """Scale the visible span by ``factor`` keeping the day under screen x ``anchor_x`` in place."""
        g = self._geometry()
        span = self._b - self._a
        frac = 0.5 if anchor_x is None else min(max(g.lx(anchor_x) / g.plot_w, 0.0), 1.0)
        day = self._a + frac * span
        max_span = self._limits()[2]
        new = min(max(span * factor, tl.MIN_SPAN_DAYS), max_span)
        self._set_range(day - frac * new, day - frac * new + new)

    def _key_anchor(self) -> float | None:
        """Keyboard zoom keeps the selection in place when it is in view, else the middle."""
        if self._sel_pos is not None and self._sel_pos < self._index.n_dated:
            day = self._index.middle(self._sel_pos)
            if self._a <= day <= self._b:
                g = self._geometry()
                return g.sx((day - self._a) / (self._b - self._a) * g.plot_w)
        return None

    def _day_at(self, screen_x: float) -> float:
        g = self._geometry()
        return self._a + g.lx(screen_x) / g.plot_w * (self._b - self._a)

    def _px_per_day(self) -> float:
        return self._geometry().plot_w / max(self._b - self._a, 1e-6)

    # --- what was drawn ----------------------------------------------------------------------------------

    def visible_items(self) -> list[VisibleItem]:
        """What the last paint laid out: photos, clusters and undated photos, with screen rects."""
        return list(self._frame.items)

    def title(self) -> str:
        """The large title the last paint drew ("1997 – 2026", or a year when zoomed in)."""
        return self._frame.header[0] if self._frame.header else ""

    def item_at(self, pos: QPointF) -> VisibleItem | None:
        for item in reversed(self._frame.items):
            if item.rect.adjusted(-3, -3, 3, 3).contains(pos):
                return item
        return None

    # --- painting -------------------------------------------------------------------------------------------

    def _geometry(self) -> Geometry:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        w, h = self.width(), self.height()
        g = self._geom
        has_und = bool(self._index.undated)
        if g is None or (g.width, g.height, g.rtl) != (w, h, rtl) or (g.undated_top < g.height) != has_und:
            self._painter.set_font(self.font(), h)
            g = self._geom = Geometry.compute(w, h, rtl, self._painter.label_h, has_und)
        return g

    def _layout(self, a: float, b: float, width: float | None = None) -> tuple[Geometry, Geometry, tl.Layout]:
        """The days [a, b] laid out as a frame would be (over ``width`` pixels, by default the
        plot's): the widget's geometry, the geometry with room made for a band of span bars (the
        same when there is none), and the layout."""
        g = base = self._geometry()
        w = g.plot_w if width is None else width
        layout = tl.layout(self._index, a, b, w, box_w=g.box_w, lanes=g.lanes, gap=BOX_GAP)
        if layout.bars or layout.band_overflow:
            # loosely dated photographs at this zoom: a band of span bars above the lanes
            g = base.with_band(self._painter.band_height(layout.band_rows, bool(layout.band_overflow)))
            layout = tl.layout(self._index, a, b, w, box_w=g.box_w, lanes=g.lanes, gap=BOX_GAP)
        return base, g, layout

    def update(self, *args) -> None:  # type: ignore[override]
        """Ask for a frame (Qt's ``update``): what it draws may have changed, so the last frame drawn
        is not copied again (:meth:`paintEvent`). Every change of what a frame draws comes through
        here."""
        self._drawn_key = None
        super().update(*args)

    def _frame_key(self) -> tuple:
        """What a frame is drawn from besides the changes that ask for one (:meth:`update`): a
        frame drawn from the same is the same picture."""
        return (
            self.width(),
            self.height(),
            self.devicePixelRatioF(),
            self.hasFocus(),
            self.layoutDirection(),
            self.language(),
            self.font().key(),
            self.palette().cacheKey(),
            self._index_gen,
            self._a,
            self._b,
            self._sel_id,
            self._sel_pos,
            self._hover,
            self._undated_offset,
            self._undated_label,
            self.explain_empty,
            self._filtered,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        with FRAME.drawing():  # the workers hold back meanwhile
            self._paint(event)

    def _paint(self, event: QPaintEvent) -> None:
        key = self._frame_key()
        drawn = self._drawn
        if drawn is None or key != self._drawn_key:
            # drawn on a picture of its own, kept: a repaint with nothing changed (the window
            # exposed again, a theme chosen before its photographs arrive) copies it (a million
            # photographs: ~0.3 ms instead of ~5 ms, which the filter's reader waited for)
            dpr = self.devicePixelRatioF()
            size = self.size() * dpr
            if drawn is None or drawn.size() != size or drawn.devicePixelRatioF() != dpr:
                drawn = self._drawn = QPixmap(size)
                drawn.setDevicePixelRatio(dpr)
            self._draw_frame(drawn)
            self._drawn_key = key
        p = QPainter(self)
        try:
            p.drawPixmap(event.rect(), drawn, event.rect())
        finally:
            p.end()
        if self._frame.wanted:
            self._thumbs.request(self._frame.wanted, self._frame.cover_sizes)
        if self._after_frame:
            QTimer.singleShot(0, self._run_after_frame)

    def _draw_frame(self, target: QPixmap) -> None:
        """Draw the frame on ``target`` (the widget's size), as a painter on the widget would."""
        base, g, layout = self._layout(self._a, self._b)
        asked: set[int] = set()
        scene = Scene(
            geom=g,
            layout=layout,
            index=self._index,
            reigns=self._reigns,
            lang=self.language(),
            level=self.zoom_level(),
            thumbs=_Asked(self._thumbs, asked),
            selected=self._sel_id,
            selected_pos=self._sel_pos,
            hover=self._hover,
            undated_offset=self._undated_offset,
            undated_label=self._undated_label or texts.undated(),
            focused=self.hasFocus(),
            band_top=base.lanes_top,
            data_span=self.data_span(),
            empty_message=(
                texts.empty_axis(len(self._index.undated), self._filtered)
                if self.explain_empty and not self._index.rows
                else ""
            ),
        )
        p = QPainter(target)
        try:
            # what a painter on the widget starts from (QPainter::begin on a widget)
            p.setFont(self.font())
            p.setPen(self.palette().color(self.foregroundRole()))
            p.setBackground(self.palette().brush(self.backgroundRole()))
            p.setLayoutDirection(self.layoutDirection())
            self._frame = self._painter.paint(p, scene)
            self.paint_marked(p, self._frame.items, self._painter.pal.accent)
        finally:
            p.end()
        self._wanted = set(self._frame.wanted)
        self._drawn_ids = asked

    def after_frame(self, fn: Callable[[], None]) -> None:
        """Call ``fn()`` once the frame asked for now is painted (at the next turn of the event loop
        after it, the frame shown): work that a zoom or a pan starts, a read in a worker, then does
        not take the interpreter from that frame (at a million photographs, a detail read begun
        beside it doubled the first frame after a zoom). At once when the timeline is not shown; at
        the latest after ``AFTER_FRAME_LATEST_MS``. The same ``fn`` asked for twice runs once."""
        if not self.isVisible():
            fn()
            return
        self._after_frame[fn] = None
        if not self._after_frame_timer.isActive():
            self._after_frame_timer.start()

    def _run_after_frame(self) -> None:
        self._after_frame_timer.stop()
        pending, self._after_frame = self._after_frame, {}
        for fn in pending:
            fn()

    def _on_thumb_ready(self, photo_id: int) -> None:
        if photo_id in self._drawn_ids:  # drawn without it (or with an older one): not copied again
            self._drawn_key = None
        if photo_id in self._wanted:
            self._wanted.discard(photo_id)
            self.update()

    # --- events ---------------------------------------------------------------------------------------------

    def changeEvent(self, e: QEvent) -> None:
        if e.type() in (
            QEvent.Type.LayoutDirectionChange,
            QEvent.Type.FontChange,
            QEvent.Type.LocaleChange,
            QEvent.Type.LanguageChange,
        ):
            self._geom = None
            self._refit()
            self.update()
        super().changeEvent(e)

    def resizeEvent(self, e: QResizeEvent) -> None:
        self._geom = None
        self._refit()
        super().resizeEvent(e)

    def _refit(self) -> None:
        """After a change of size, direction or font: still the whole archive if that was shown."""
        if self._fitted:
            self.fit()


class _Asked:
    """The thumbnail cache as a frame sees it, noting which photographs it asked for (a thumbnail
    arriving for one of them changes the frame; for another, it does not)."""

    __slots__ = ("_asked", "_thumbs")

    def __init__(self, thumbs: ThumbnailCache, asked: set[int]) -> None:
        self._thumbs = thumbs
        self._asked = asked

    def pixmap(self, photo_id: int) -> QPixmap | None:
        self._asked.add(photo_id)
        return self._thumbs.pixmap(photo_id)

    def take_cover(self, pm: QPixmap, width: int, height: int) -> QPixmap | None:
        """A cover the thumbnail worker scaled (:meth:`ThumbnailCache.take_cover`)."""
        return self._thumbs.take_cover(pm, width, height)


__all__ = ["ReignBand", "TimelineView", "VisibleItem"]
