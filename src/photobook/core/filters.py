"""What a view asks the catalog for: :class:`PhotoFilter`, a plain frozen dataclass.

It lives in ``core`` (no SQLAlchemy) so that the window can name a filter, keep it in its
settings and compare it, before the database layer is imported: the first frame is painted
without SQLAlchemy, the ORM models or the queries (issue 6 §7). ``db.queries`` turns it into SQL
and re-exports it, so ``queries.PhotoFilter`` keeps working.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

#: A photograph's workflow status, in order (``photos.status``).
STATUSES = ("draft", "reviewed", "published")

#: What a visitor may see (the kiosk): published photographs only.
PUBLIC_STATUSES = ("published",)


@dataclass(frozen=True)
class PhotoFilter:
    reigns: tuple[str, ...] = ()  # reign slugs (any of)
    themes: tuple[str, ...] = ()  # theme slugs, each with its sub-themes (any of)
    year_from: int | None = None
    year_to: int | None = None
    statuses: tuple[str, ...] = ()  # empty = all
    search: str = ""
    undated: bool | None = None  # True: only undated; False: only dated; None: both
    include_missing: bool = True
    ids: tuple[int, ...] | None = None  # restrict to these (a tour, a selection)
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    problems: bool = False  # only the catalogued photographs the indexer recorded a problem for

    def without_themes(self) -> PhotoFilter:
        return replace(self, themes=())

    def is_empty(self) -> bool:
        return self == PhotoFilter()


def public(f: PhotoFilter = PhotoFilter()) -> PhotoFilter:
    """``f`` narrowed to the published photographs (the kiosk): drafts and reviewed photographs are
    neither counted, searched nor shown, whatever statuses ``f`` asked for."""
    return replace(f, statuses=PUBLIC_STATUSES)
