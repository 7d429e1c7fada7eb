"""Edits an archivist makes to one photograph's catalogue record. fn(session, …); the caller commits.

Every setter validates first and raises :class:`EditError` with a message for the archivist; derived
columns (reigns, search text) are refreshed by :func:`finish`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from photobook import LANGUAGES
from photobook.core import dates
from photobook.db.derive import date_columns, refresh_derived
from photobook.db.models import STATUSES, Caption, Photo, Theme, photo_themes, utcnow

TEXT_FIELDS = ("photographer", "credit", "rights", "plate", "place", "notes")


class EditError(ValueError):
    pass


def set_date(session: Session, photo_id: int, text: str) -> str:
    """Set the date from what the archivist typed ("circa 1985", "années 1980", EDTF…)."""
    try:
        edtf = dates.from_human(text)
    except dates.DateError as exc:
        raise EditError(str(exc)) from None
    session.execute(update(Photo).where(Photo.id == photo_id).values(
        **date_columns(edtf), date_source="archivist" if edtf else "none", updated_at=utcnow()))
    return edtf


def set_status(session: Session, photo_ids: Sequence[int], status: str) -> None:
    if status not in STATUSES:
        raise EditError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    session.execute(update(Photo).where(Photo.id.in_(photo_ids)).values(status=status, updated_at=utcnow()))


def set_fields(session: Session, photo_id: int, **values: Any) -> None:
    unknown = set(values) - set(TEXT_FIELDS) - {"place_lat", "place_lon"}
    if unknown:
        raise EditError(f"unknown field(s): {', '.join(sorted(unknown))}")
    clean: dict[str, Any] = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in values.items()}
    for key in ("place_lat", "place_lon"):
        if clean.get(key) is not None:
            limit = 90 if key == "place_lat" else 180
            try:
                clean[key] = float(clean[key])
            except (TypeError, ValueError):
                raise EditError(f"{key} must be a number") from None
            if not -limit <= clean[key] <= limit:
                raise EditError(f"{key} out of range")
    session.execute(update(Photo).where(Photo.id == photo_id).values(**clean, updated_at=utcnow()))


def set_caption(session: Session, photo_id: int, lang: str, title: str = "", text: str = "") -> None:
    if lang not in LANGUAGES:
        raise EditError(f"unknown language {lang!r} (one of {', '.join(LANGUAGES)})")
    session.execute(delete(Caption).where(Caption.photo_id == photo_id, Caption.lang == lang))
    if title.strip() or text.strip():
        session.execute(insert(Caption).values(photo_id=photo_id, lang=lang, title=title.strip(),
                                               text=text.strip()))


def theme_ids(session: Session, slugs: Iterable[str]) -> list[int]:
    slugs = list(dict.fromkeys(slugs))
    found = dict(session.execute(select(Theme.slug, Theme.id).where(Theme.slug.in_(slugs))).all())
    unknown = [s for s in slugs if s not in found]
    if unknown:
        raise EditError(f"unknown theme(s): {', '.join(unknown)}")
    return [found[s] for s in slugs]


def set_themes(session: Session, photo_id: int, slugs: Iterable[str]) -> None:
    ids = theme_ids(session, slugs)
    session.execute(delete(photo_themes).where(photo_themes.c.photo_id == photo_id))
    if ids:
        session.execute(insert(photo_themes), [{"photo_id": photo_id, "theme_id": t} for t in ids])


def finish(session: Session, photo_ids: Sequence[int]) -> None:
    """Recompute what follows from the edits (reigns from dates, search text from captions…)."""
    refresh_derived(session, list(photo_ids))
