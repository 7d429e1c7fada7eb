"""What one frame of the timeline is made of: the widget fills a :class:`Scene`, the painter returns a
:class:`Frame` (what it drew, for hit-testing and tests). Plain data, and the palette."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from photobook.core import timeline as tl
from photobook.ui.timeline.geometry import Geometry


@dataclass(frozen=True)
class ReignBand:
    """A reign drawn behind the axis: ordinals (``end`` inclusive; ``None`` = reigning); ``name`` in
    the current language, ``color`` as "#rrggbb"."""

    slug: str
    name: str
    start: int
    end: int | None
    color: str


class VisibleItem(NamedTuple):
    """What the last frame drew, for hit-testing and tests: ``kind`` is "photo", "cluster" or
    "undated"; ``id`` is the photo (a cluster's first photo); ``rect`` is in widget pixels."""

    kind: str
    id: int
    count: int
    rect: QRectF
    day0: int | None = None  # a photo's interval, a cluster's calendar cell [day0, day1)
    day1: int | None = None
    label: QRectF | None = None  # a photo's date under it, where its text is drawn


@dataclass(frozen=True)
class Palette:
    ground: QColor = field(default_factory=lambda: QColor("#171513"))
    ground_low: QColor = field(default_factory=lambda: QColor("#12100f"))
    ink: QColor = field(default_factory=lambda: QColor("#efe8dc"))
    ink_soft: QColor = field(default_factory=lambda: QColor("#b4ab9c"))
    ink_faint: QColor = field(default_factory=lambda: QColor("#7d7568"))
    rule: QColor = field(default_factory=lambda: QColor("#4a443b"))
    card: QColor = field(default_factory=lambda: QColor("#221f1b"))
    card_edge: QColor = field(default_factory=lambda: QColor("#3d372f"))
    placeholder: QColor = field(default_factory=lambda: QColor("#2b2723"))
    bar: QColor = field(default_factory=lambda: QColor("#6d6558"))
    accent: QColor = field(default_factory=lambda: QColor("#e8b04a"))
    hover: QColor = field(default_factory=lambda: QColor("#d9d0c1"))


PALETTE = Palette()


@dataclass
class Scene:
    """Everything one frame needs; the widget fills it, the painter reads it."""

    geom: Geometry
    layout: tl.Layout
    index: tl.TimelineIndex
    reigns: list[ReignBand]
    lang: str
    level: str
    thumbs: object  # ThumbnailCache: pixmap(id) -> QPixmap | None
    selected: int | None = None
    selected_pos: int | None = None  # its place in index order (dated: an index into index.rows)
    hover: int | None = None
    undated_offset: int = 0
    undated_label: str = ""
    focused: bool = False
    band_top: float = 0.0  # the span bars' band, above the lanes (geom.lanes_top is below it)
    data_span: tuple[float, float] | None = None  # the days the photographs shown cover (title)
    #: nothing on the axis: say why ("" for nothing; a filter that matches nothing, or only undated)
    empty_message: str = ""


@dataclass
class Frame:
    items: list[VisibleItem] = field(default_factory=list)
    wanted: list[int] = field(default_factory=list)  # thumbnails to request, most wanted first
    #: of those, the ones drawn as covers: the size in device pixels each is drawn at (cropped to
    #: fill), scaled so by the thumbnail worker with the decode, not on the GUI thread when it comes
    cover_sizes: dict[int, tuple[int, int]] = field(default_factory=dict)
    undated_shown: tuple[int, int] = (0, 0)  # [first, last) undated positions on screen
    axis_labels: list[tuple[str, QRectF]] = field(default_factory=list)  # the years, months… drawn
    header: list[str] = field(default_factory=list)  # the words drawn in the header: period, count
    # the histogram's columns: (hit rect, photographs, first day, day after, bar height drawn)
    histogram: list[tuple[QRectF, int, int, int, float]] = field(default_factory=list)
    message: str = ""  # the words drawn across an axis with no photograph on it
    succession: list[float] = field(default_factory=list)  # screen x of the reigns' succession lines
    card_words: list[tuple[str, str]] = field(default_factory=list)  # each cluster's count and period drawn
