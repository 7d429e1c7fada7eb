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
# The longest text each field takes, in characters: a caption is a few paragraphs, a title one
# line. A 10 MB caption would make every view that shows it crawl.
TITLE_MAX = 500
CAPTION_MAX = 20_000
FIELD_MAX = {"photographer": 500, "credit": 500, "rights": 2_000, "plate": 200, "place": 500, "notes": 20_000}


def check_text(name: str, value: str, limit: int) -> None:
    """Refuse text a field cannot hold: too long, or with a NUL (PostgreSQL refuses it)."""
    if "\x00" in value:
        raise EditError(f"{name} contains a NUL character")
    if len(value) > limit:
        raise EditError(f"{name} is {len(value):,} characters long; at most {limit:,}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise EditError(f"{name} is not valid Unicode (a lone surrogate)") from None


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
    for key, value in values.items():
        if key in FIELD_MAX and value is not None:
            if not isinstance(value, str):
                raise EditError(f"{key} must be text")
            check_text(key, value, FIELD_MAX[key])
    clean: dict[str, Any] = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in values.items()}
    for key in ("place_lat", "place_lon"):
        if clean.get(key) is not None:
            limit = 90 if key == "place_lat" else 180
            try:
                clean[key] = float(clean[key])
            except (TypeError, ValueError, OverflowError):
                raise EditError(f"{key} must be a number") from None
            if not -limit <= clean[key] <= limit:
                raise EditError(f"{key} out of range")
    session.execute(update(Photo).where(Photo.id == photo_id).values(**clean, updated_at=utcnow()))


def set_caption(session: Session, photo_id: int, lang: str, title: str = "", text: str = "") -> None:
    if lang not in LANGUAGES:
        raise EditError(f"unknown language {lang!r} (one of {', '.join(LANGUAGES)})")
    check_text("the title", title, TITLE_MAX)
    check_text("the caption", text, CAPTION_MAX)
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
