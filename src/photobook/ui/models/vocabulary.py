"""The catalog's small vocabularies (reigns, themes) as plain frozen values, loaded in a worker.

They are read once per window (and again after an import) and then looked up on the GUI thread
without touching the database: a few dozen rows at most.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from photobook.core import languages

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ReignInfo:
    slug: str
    names: dict[str, str]
    start: int  # day ordinal
    end: int | None
    color: str

    def name(self, lang: str) -> str:
        found = languages.pick(self.names, lang)
        return found[1] if found else self.slug


@dataclass(frozen=True)
class ThemeInfo:
    slug: str
    parent: str | None
    color: str
    labels: dict[str, str]

    def label(self, lang: str) -> str:
        found = languages.pick(self.labels, lang)
        return found[1] if found else self.slug


@dataclass(frozen=True)
class Vocabulary:
    reigns: tuple[ReignInfo, ...] = ()
    themes: tuple[ThemeInfo, ...] = ()  # in display order, parents before their children
    _reign_by_slug: dict[str, ReignInfo] = field(default_factory=dict, compare=False, repr=False)
    _theme_by_slug: dict[str, ThemeInfo] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._reign_by_slug.update({r.slug: r for r in self.reigns})
        self._theme_by_slug.update({t.slug: t for t in self.themes})

    def reign(self, slug: str) -> ReignInfo | None:
        return self._reign_by_slug.get(slug)

    def theme(self, slug: str) -> ThemeInfo | None:
        return self._theme_by_slug.get(slug)

    def reign_name(self, slug: str, lang: str) -> str:
        r = self.reign(slug)
        return r.name(lang) if r else slug

    def theme_label(self, slug: str, lang: str) -> str:
        t = self.theme(slug)
        return t.label(lang) if t else slug

    def children(self, parent: str | None) -> list[ThemeInfo]:
        return [t for t in self.themes if t.parent == parent]


def _ordinal(d: date | None) -> int | None:
    return d.toordinal() if d is not None else None


def reign_info(r: Any) -> ReignInfo:
    """A reign row (``models.Reign``, or ``db.fastpath.ReignRow`` read for the first frame) as a
    plain value."""
    return ReignInfo(
        r.slug,
        {"fr": r.name_fr, "ar": r.name_ar, "en": r.name_en},
        r.start.toordinal(),
        _ordinal(r.end),
        r.color,
    )


def load_vocabulary(session: Session) -> Vocabulary:
    """In a worker (the catalog's modules are imported there, not by the window)."""
    from photobook.db import queries

    reigns = tuple(reign_info(r) for r in queries.reigns(session))
    return Vocabulary(reigns, themes_info(queries.themes(session)))


def themes_info(rows: Sequence[Any]) -> tuple[ThemeInfo, ...]:
    """Theme rows (``models.Theme``, or ``db.fastpath.ThemeRow`` read for the first frame), in their
    order, as plain values; a parent whose id is gone (edited data) makes its child a root rather
    than hiding it from the tree."""
    slug_of = {t.id: t.slug for t in rows}
    themes = tuple(
        ThemeInfo(
            t.slug,
            slug_of.get(t.parent_id) if t.parent_id is not None else None,
            t.color,
            {"fr": t.label_fr, "ar": t.label_ar, "en": t.label_en},
        )
        for t in rows
    )
    known = {t.slug for t in themes}
    return tuple(
        t if t.parent in known or t.parent is None else ThemeInfo(t.slug, None, t.color, t.labels)
        for t in themes
    )
