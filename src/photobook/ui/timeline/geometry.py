"""Where things go on the timeline widget: bands of the window, lanes, box sizes, the time ↔ x map.

Logical x runs left to right from the start of the plot; :meth:`Geometry.sx` turns it into a
screen x, mirrored when the layout is right to left (time then runs from right to left).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

LANE_GAP = 12.0
BOX_GAP = 12.0
BOX_ASPECT = 1.5  # boxes are 3:2; photographs are fitted inside, portrait ones narrower


@dataclass(frozen=True, slots=True)
class Geometry:
    width: int
    height: int
    rtl: bool
    margin: float
    header_h: float
    plot_top: float  # top of the reign bands (their labels sit here)
    lanes_top: float
    lanes_bottom: float
    lanes: int
    box_w: float
    box_h: float
    label_h: float  # the date under a thumbnail
    hist_top: float
    axis_y: float
    axis_label_h: float
    undated_top: float  # == height when there is no undated lane
    undated_box_h: float

    @classmethod
    def compute(cls, width: int, height: int, rtl: bool, label_h: float, has_undated: bool) -> Geometry:
        h = float(max(height, 200))
        margin = max(16.0, min(40.0, width * 0.018))
        header_h = max(56.0, min(132.0, h * 0.115))
        plot_top = header_h + 4
        undated_box_h = max(36.0, min(84.0, h * 0.07)) if has_undated else 0.0
        undated_h = undated_box_h + 26 if has_undated else 0.0
        axis_label_h = max(34.0, min(52.0, h * 0.045))
        axis_y = h - undated_h - axis_label_h
        hist_h = max(28.0, min(92.0, h * 0.08))
        hist_top = axis_y - hist_h
        lanes_top = plot_top + max(24.0, label_h + 12)
        lanes_bottom = hist_top - 10
        region = max(lanes_bottom - lanes_top, 40.0)
        # boxes follow the height, but in a narrow widget no wider than a third of the plot (then
        # there are more lanes of smaller boxes), so that a few cards fit side by side
        plot_w = max(1.0, width - 2 * margin)
        target = max(56.0, min(170.0, h * 0.13, plot_w / (3 * BOX_ASPECT))) + label_h + LANE_GAP
        lanes = max(1, int((region + LANE_GAP) // target))
        pitch = region / lanes
        box_h = max(24.0, pitch - label_h - LANE_GAP)
        return cls(
            width=width,
            height=height,
            rtl=rtl,
            margin=margin,
            header_h=header_h,
            plot_top=plot_top,
            lanes_top=lanes_top,
            lanes_bottom=lanes_bottom,
            lanes=lanes,
            box_w=round(box_h * BOX_ASPECT),
            box_h=round(box_h),
            label_h=label_h,
            hist_top=hist_top,
            axis_y=axis_y,
            axis_label_h=axis_label_h,
            undated_top=axis_y + axis_label_h if has_undated else float(height),
            undated_box_h=undated_box_h,
        )

    def with_band(self, band_h: float) -> Geometry:
        """The lanes moved down under a band ``band_h`` tall: boxes shrink to keep the lanes, or a
        lane is given up when they would shrink below 70%."""
        top = self.lanes_top + band_h
        region = max(self.lanes_bottom - top, 40.0)
        lanes = self.lanes
        box_h = region / lanes - self.label_h - LANE_GAP
        if box_h < 0.7 * self.box_h and lanes > 1:
            lanes -= 1
            box_h = region / lanes - self.label_h - LANE_GAP
        box_h = max(24.0, min(box_h, self.box_h))
        return replace(self, lanes_top=top, lanes=lanes, box_h=round(box_h), box_w=round(box_h * BOX_ASPECT))

    @property
    def plot_w(self) -> float:
        return max(1.0, self.width - 2 * self.margin)

    @property
    def lane_pitch(self) -> float:
        return (self.lanes_bottom - self.lanes_top) / self.lanes

    def lane_box_top(self, lane: int) -> float:
        """Top of the photograph boxes of ``lane`` (lane 0 sits just above the histogram)."""
        return self.lanes_bottom - (lane + 1) * self.lane_pitch + LANE_GAP

    def sx(self, x: float) -> float:
        """Screen x of logical x (a point)."""
        return self.width - self.margin - x if self.rtl else self.margin + x

    def sx_rect(self, x: float, w: float) -> float:
        """Screen left edge of the logical span [x, x + w]."""
        return self.width - self.margin - x - w if self.rtl else self.margin + x

    def lx(self, screen_x: float) -> float:
        """Logical x of a screen x."""
        return self.width - self.margin - screen_x if self.rtl else screen_x - self.margin
