"""The timeline view: the archive on a time axis (see :mod:`.timeline_view`)."""

from photobook.ui.timeline.scene import ReignBand, VisibleItem
from photobook.ui.timeline.timeline_view import TimelineView

__all__ = ["ReignBand", "TimelineView", "VisibleItem", "reign_bands"]


def reign_bands(reigns, lang: str = "fr") -> list[ReignBand]:
    """ReignBands from the catalog's Reign rows (``queries.reigns(session)``), named in ``lang``."""
    return [
        ReignBand(r.slug, r.name(lang), r.start.toordinal(), r.end.toordinal() if r.end else None, r.color)
        for r in reigns
    ]
