"""First start: the reigns and the theme vocabulary as rows (data, not code)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from photobook.core.reigns import SEED_REIGNS
from photobook.core.themes import SEED_THEMES
from photobook.db.models import Reign, Theme


def seed_catalog(session: Session) -> None:
    """Insert the seed reigns and themes when the catalog has none (never overwrites edits)."""
    if session.scalar(select(Reign.id).limit(1)) is None:
        session.add_all(Reign(**row) for row in SEED_REIGNS)
    if session.scalar(select(Theme.id).limit(1)) is None:
        by_slug: dict[str, Theme] = {}
        for pos, (slug, parent, colour, fr, ar, en, _kw) in enumerate(SEED_THEMES):
            theme = Theme(slug=slug, color=colour, label_fr=fr, label_ar=ar, label_en=en, position=pos)
            if parent:
                theme.parent_id = None
                session.add(theme)
                session.flush()
                theme.parent_id = by_slug[parent].id
            session.add(theme)
            session.flush()
            by_slug[slug] = theme
    session.flush()
