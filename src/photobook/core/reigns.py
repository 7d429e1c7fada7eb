"""Reigns are data (rows in the catalog); this module only knows how to intersect them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Reign:
    id: int
    slug: str
    start: int  # ordinal day, inclusive
    end: int | None  # ordinal day, inclusive; None = reigning


def reigns_for(start: int | None, end: int | None, reigns: Iterable[Reign]) -> list[Reign]:
    """Every reign whose days overlap [start, end]; an undated photo belongs to none.

    The succession day (23 July 1999) belongs to both reigns, and so does any date that could
    fall on either side of it ("1999", "1998/2001", "circa 1999") until an archivist narrows it.
    """
    if start is None or end is None:
        return []
    return [r for r in reigns if start <= (r.end if r.end is not None else 10**7) and end >= r.start]


#: The seed rows: the two kings of the book. Names in French, Arabic and English.
SEED_REIGNS: Sequence[dict[str, Any]] = (
    {
        "slug": "hassan-ii",
        "start": date(1961, 3, 3),
        "end": date(1999, 7, 23),
        "name_fr": "Hassan II",
        "name_ar": "الحسن الثاني",
        "name_en": "Hassan II",
        "color": "#8c2f39",
    },
    {
        "slug": "mohammed-vi",
        "start": date(1999, 7, 23),
        "end": None,
        "name_fr": "Mohammed VI",
        "name_ar": "محمد السادس",
        "name_en": "Mohammed VI",
        "color": "#1f6f5c",
    },
)
