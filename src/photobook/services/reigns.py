"""Reigns are rows: an archivist (or a later historian) can correct a boundary or add a reign, and
every photograph's derived reigns follow."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from photobook.db import queries
from photobook.db.derive import refresh_reigns
from photobook.services.edits import EditError


def set_reign_bounds(session: Session, slug: str, start: date, end: date | None) -> None:
    reign = queries.reign_by_slug(session, slug)
    if reign is None:
        raise EditError(f"unknown reign {slug!r}")
    if end is not None and end < start:
        raise EditError("a reign cannot end before it starts")
    queries.set_reign_bounds(session, reign, start, end)
    refresh_reigns(session, None)
