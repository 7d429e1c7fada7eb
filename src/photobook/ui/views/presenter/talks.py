"""A talk's slides from the catalog: a saved tour's (ids, notes, captions, hidden, how each arrives)
or every photograph in time order. Apart from :mod:`.run` so that the window can read a tour
without importing the command-line program (which imports the application)."""

from __future__ import annotations

from photobook.ui.views.presenter.deck import Slide


def load_slides(session, tour: str | None) -> list[Slide]:
    """The slides of a tour (by title or id), or every photograph in time order."""
    return load_talk(session, tour)[0]


def load_talk(session, tour: str | None) -> tuple[list[Slide], int | None]:
    """(slides, target duration in seconds) of a tour, or of the whole archive (no duration)."""
    from photobook.db import queries

    if tour is None:
        return [Slide(pid) for pid in queries.photo_ids(session)], None
    from photobook.services import tours

    t = tours.find(session, tour)
    return [
        Slide(s.photo_id, s.notes, dict(s.captions), s.hidden, s.transition) for s in t.slides
    ], t.duration_s
