"""The SQL of services.edits' writes: a photograph's columns, captions, themes and history.
fn(session, …); the service checks the values first (what an archivist may write) and the caller
opens the transaction. The reads (records, revisions, themes by slug) are in db.queries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, update
from sqlalchemy.orm import Session

from photobook.db.models import Caption, Photo, PhotoHistory, photo_themes, utcnow
from photobook.db.storage import chunked


def set_photo_values(session: Session, photo_ids: Sequence[int], values: Mapping[str, Any]) -> None:
    """Set columns of the photographs ``photo_ids`` (and their ``updated_at``), revision unchanged:
    the plain setters an import uses."""
    now = utcnow()
    for chunk in chunked(list(photo_ids)):
        session.execute(update(Photo).where(Photo.id.in_(chunk)).values(**values, updated_at=now))


def write_caption(session: Session, photo_id: int, lang: str, title: str, text: str) -> None:
    """The photograph's title and caption in ``lang``, in place of what it had; both empty: none."""
    session.execute(delete(Caption).where(Caption.photo_id == photo_id, Caption.lang == lang))
    if title or text:
        session.execute(insert(Caption).values(photo_id=photo_id, lang=lang, title=title, text=text))


def replace_themes(session: Session, photo_id: int, theme_ids: Sequence[int]) -> None:
    """The photograph tagged with exactly ``theme_ids``."""
    session.execute(delete(photo_themes).where(photo_themes.c.photo_id == photo_id))
    tag(session, [(photo_id, t) for t in theme_ids])


def tag(session: Session, pairs: Sequence[tuple[int, int]]) -> None:
    """Tag photographs with themes: (photo id, theme id) pairs, none of them there yet."""
    if pairs:
        session.execute(insert(photo_themes), [{"photo_id": p, "theme_id": t} for p, t in pairs])


def untag(session: Session, pairs: Sequence[tuple[int, int]]) -> None:
    """Take themes off photographs: (photo id, theme id) pairs; one DELETE per theme and chunk."""
    by_theme: dict[int, list[int]] = {}
    for pid, tid in pairs:
        by_theme.setdefault(tid, []).append(pid)
    for tid, pids in by_theme.items():
        for chunk in chunked(pids):
            session.execute(
                delete(photo_themes).where(photo_themes.c.theme_id == tid, photo_themes.c.photo_id.in_(chunk))
            )


def save_revision(
    session: Session, photo_ids: Sequence[int], values: Mapping[str, Any], now: datetime
) -> None:
    """Write ``values`` to the photographs ``photo_ids`` as their next revision (revision + 1,
    ``updated_at`` = ``now``). The rows are locked (db.queries.lock_revisions): revision + 1 is the
    one the history records."""
    for chunk in chunked(list(photo_ids)):
        session.execute(
            update(Photo)
            .where(Photo.id.in_(chunk))
            .values(**values, revision=Photo.revision + 1, updated_at=now)
        )


def add_history(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """History rows (photo_id, revision, field, old_value, new_value, user_name, at)."""
    if rows:
        session.execute(insert(PhotoHistory), list(rows))
