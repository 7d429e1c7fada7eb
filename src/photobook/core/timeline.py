"""Timeline math without Qt: rows bucketed once, then everything a frame needs found by bisection.

The code lives in three modules; this one gathers their public names (``from photobook.core import
timeline as tl`` is how the rest of the program uses them):

* :mod:`.timeline_buckets`: days and decimal years, calendar units, zoom levels, and
  :class:`TimelineIndex` (the rows of one filter sorted once by the middle of their date interval;
  histograms; the loosely dated set apart per precision);
* :mod:`.timeline_layout`: :func:`layout` (photographs in lanes, clusters where they are too dense,
  bars for the loosely dated) and :func:`fit_range` (the whole archive framed, every card inside);
* :mod:`.timeline_labels`: dates in words for labels ("vers 1985", "années 1980", "mars 1985").

Undated photographs are kept apart (``TimelineIndex.undated``): they have no place on the axis.
"""

from __future__ import annotations

from photobook.core.timeline_buckets import (
    CELL_UNITS,
    CENTURY,
    DAY,
    DAYS_PER_YEAR,
    DECADE,
    FIVE_YEARS,
    HALF_CENTURY,
    HALF_YEAR,
    HISTOGRAM_UNITS,
    MIN_SPAN_DAYS,
    MONTH,
    NO_CAP,
    PRECISION_CAPS,
    QUARTER,
    TWENTY_YEARS,
    TWO_YEARS,
    WEEK,
    YEAR,
    ZOOM_LEVELS,
    Histogram,
    Partition,
    Row,
    SpanGroup,
    TimelineIndex,
    Unit,
    cell_unit,
    day_to_year,
    histogram_unit,
    precision_cap,
    year_start,
    year_to_day,
    zoom_level,
)
from photobook.core.timeline_labels import (
    axis_label,
    bounds_edtf,
    cell_label,
    decade_label,
    month_label,
    span_label,
)
from photobook.core.timeline_layout import ClusterBox, Layout, PhotoBox, SpanBar, fit_range, layout

__all__ = [
    "CELL_UNITS",
    "CENTURY",
    "DAY",
    "DAYS_PER_YEAR",
    "DECADE",
    "FIVE_YEARS",
    "HALF_CENTURY",
    "HALF_YEAR",
    "HISTOGRAM_UNITS",
    "MIN_SPAN_DAYS",
    "MONTH",
    "NO_CAP",
    "PRECISION_CAPS",
    "QUARTER",
    "TWENTY_YEARS",
    "TWO_YEARS",
    "WEEK",
    "YEAR",
    "ZOOM_LEVELS",
    "ClusterBox",
    "Histogram",
    "Layout",
    "Partition",
    "PhotoBox",
    "Row",
    "SpanBar",
    "SpanGroup",
    "TimelineIndex",
    "Unit",
    "axis_label",
    "bounds_edtf",
    "cell_label",
    "cell_unit",
    "day_to_year",
    "decade_label",
    "fit_range",
    "histogram_unit",
    "layout",
    "month_label",
    "precision_cap",
    "span_label",
    "year_start",
    "year_to_day",
    "zoom_level",
]
