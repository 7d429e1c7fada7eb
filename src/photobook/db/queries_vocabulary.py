"""The SQL of the two vocabularies' managers (services.vocabulary for themes, services.places for
places): new rows, new labels and names, another parent, a theme deleted. fn(session, …); the
services check what an archivist may do first and the caller opens the transaction. The reads, and
inserting, re-parenting and removing places, are in db.queries."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from photobook.db.models import Place, Theme


def insert_theme(
    session: Session, slug: str, position: int, color: str, labels: Mapping[str, str], parent_id: int | None
) -> Theme:
    """A new theme (``labels``: {language: label}, the others empty)."""
    theme = Theme(slug=slug, position=position, color=color, parent_id=parent_id)
    for lang, label in labels.items():
        setattr(theme, f"label_{lang}", label)
    session.add(theme)
    session.flush()
    return theme


def set_theme_labels(session: Session, theme: Theme, labels: Mapping[str, str], color: str | None) -> None:
    """New labels ({language: label}; the others as they were) and, unless None, a new colour."""
    for lang, label in labels.items():
        setattr(theme, f"label_{lang}", label)
    if color is not None:
        theme.color = color
    session.flush()


def set_place_names(session: Session, place: Place, names: Mapping[str, str]) -> None:
    """New names ({language: name}; the others as they were)."""
    for lang, name in names.items():
        setattr(place, f"name_{lang}", name)
    session.flush()


def set_place_coords(session: Session, place: Place, lat: float | None, lon: float | None) -> None:
    place.lat, place.lon = lat, lon
    session.flush()


def set_parent(session: Session, row: Theme | Place, parent_id: int | None) -> None:
    """Put a theme under another (a place inside a region); None: at the top."""
    row.parent_id = parent_id
    session.flush()


def remove_theme(session: Session, theme_id: int, children_to: int | None) -> None:
    """Delete a theme, its sub-themes moving under ``children_to`` first (its photographs' tags go
    with it: the caller has re-tagged them when they were to move)."""
    session.execute(update(Theme).where(Theme.parent_id == theme_id).values(parent_id=children_to))
    session.execute(delete(Theme).where(Theme.id == theme_id))
    session.flush()
