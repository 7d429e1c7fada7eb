"""The theme vocabulary as archivists change it: add, rename (labels in three languages, colour),
move in the tree, merge (re-tagging the photographs, with their history) and delete (a theme in
use only once its photographs have somewhere to go). fn(session, …); the caller commits, or
:func:`run` does it in one transaction (BEGIN IMMEDIATE on SQLite)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.orm import Session

from photobook.core.languages import LANGUAGES
from photobook.db import queries, queries_vocabulary
from photobook.db.derive import refresh_search_text
from photobook.db.models import Theme
from photobook.services.edits import EditRequest, EditResult, StaleRevision, apply_edits
from photobook.services.refusals import RefusalCode, Refused

if TYPE_CHECKING:
    from photobook.db.engine import Library

T = TypeVar("T")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _theme(session: Session, slug: str) -> Theme:
    theme = queries.theme_by_slug(session, slug)
    if theme is None:
        raise Refused(RefusalCode.THEME_UNKNOWN, slug)
    return theme


def _labels(labels: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for lang, text in labels.items():
        if lang not in LANGUAGES:
            raise Refused(RefusalCode.LANGUAGE_UNKNOWN, lang)
        out[lang] = text.strip()
    return out


def add_theme(
    session: Session, slug: str, labels: dict[str, str], parent: str | None = None, color: str | None = None
) -> Theme:
    if not _SLUG.match(slug):
        raise Refused(RefusalCode.THEME_SLUG, slug)
    if queries.theme_by_slug(session, slug) is not None:
        raise Refused(RefusalCode.THEME_TAKEN, slug)
    if color is not None and not _COLOR.match(color):
        raise Refused(RefusalCode.THEME_COLOUR, color)
    if not any(v.strip() for v in labels.values()):
        raise Refused(RefusalCode.THEME_NEEDS_LABEL)
    position = queries.last_theme_position(session) + 1
    clean = _labels(labels)
    parent_id = _theme(session, parent).id if parent is not None else None
    return queries_vocabulary.insert_theme(session, slug, position, color or "#777777", clean, parent_id)


def rename_theme(session: Session, slug: str, labels: dict[str, str], color: str | None = None) -> Theme:
    theme = _theme(session, slug)
    if color is not None and not _COLOR.match(color):
        raise Refused(RefusalCode.THEME_COLOUR, color)
    queries_vocabulary.set_theme_labels(session, theme, _labels(labels), color)
    refresh_search_text(session, sorted(queries.theme_photo_ids(session, [slug])))  # labels are searched
    return theme


def move_theme(session: Session, slug: str, parent: str | None) -> Theme:
    theme = _theme(session, slug)
    parent_id = None
    if parent is not None:
        target = _theme(session, parent)
        by_id = {t.id: t.parent_id for t in queries.themes(session)}
        anc: int | None = target.id
        while anc is not None:
            if anc == theme.id:
                raise Refused(RefusalCode.THEME_INSIDE_ITSELF, parent, slug)
            anc = by_id.get(anc)
        parent_id = target.id
    queries_vocabulary.set_parent(session, theme, parent_id)
    return theme


def merge_themes(session: Session, source: str, into: str, user: str = "") -> EditResult:
    """Every photograph of ``source`` gets ``into`` instead (with its history), ``source``'s
    sub-themes move under ``into``, and ``source`` is deleted."""
    if source == into:
        raise Refused(RefusalCode.THEME_MERGE_ITSELF, source)
    src, dst = _theme(session, source), _theme(session, into)
    ids = sorted(queries.photos_with_theme(session, src.id))
    result = apply_edits(
        session, dict.fromkeys(ids, EditRequest(add_themes=(into,), remove_themes=(source,))), user
    )
    queries_vocabulary.remove_theme(session, src.id, children_to=dst.id)
    return result


def delete_theme(session: Session, slug: str, move_to: str | None = None, user: str = "") -> EditResult:
    """Delete a theme; one in use needs ``move_to`` (its photographs are re-tagged there)."""
    theme = _theme(session, slug)
    used = queries.photos_with_theme(session, theme.id)
    if used:
        if move_to is None:
            raise Refused(RefusalCode.THEME_IN_USE, slug, count=len(used))
        return merge_themes(session, slug, move_to, user)
    queries_vocabulary.remove_theme(session, theme.id, children_to=theme.parent_id)
    return EditResult((), {})


@dataclass(frozen=True)
class ThemeSnapshot:
    """A theme as it was before a change, to put it back (the window's undo)."""

    slug: str
    parent: str | None
    color: str
    labels: dict[str, str] = field(default_factory=dict)
    children: tuple[str, ...] = ()  # its sub-themes' slugs


def snapshot(session: Session, slug: str) -> ThemeSnapshot:
    theme = _theme(session, slug)
    rows = queries.themes(session)
    slug_of = {t.id: t.slug for t in rows}
    return ThemeSnapshot(
        theme.slug,
        slug_of.get(theme.parent_id) if theme.parent_id is not None else None,
        theme.color,
        {"fr": theme.label_fr, "ar": theme.label_ar, "en": theme.label_en},
        tuple(t.slug for t in rows if t.parent_id == theme.id),
    )


def restore_theme(
    session: Session, snap: ThemeSnapshot, merged: EditResult | None = None, user: str = ""
) -> EditResult:
    """Undo a delete or a merge: the theme back with its labels, colour, place in the tree and
    sub-themes; after a merge (``merged``: what the merge did), its photographs re-tagged as they
    were — refused (:class:`~photobook.services.edits.StaleRevision`) if one was saved since."""
    add_theme(session, snap.slug, snap.labels, snap.parent, snap.color)
    for child in snap.children:
        if queries.theme_by_slug(session, child) is not None:
            move_theme(session, child, snap.slug)
    if merged is None or not merged.revisions:
        return EditResult((), {})
    try:
        return apply_edits(session, merged.inverse(), user)
    except StaleRevision as exc:  # a photograph of the merge was saved since: nothing is put back
        raise Refused(RefusalCode.THEME_UNMERGE_STALE, snap.slug, count=len(exc.photo_ids)) from exc


def run(library: Library, fn: Callable[[Session], T]) -> T:
    """``fn(session)`` in one transaction holding the write lock (BEGIN IMMEDIATE on SQLite)."""
    with library.Session() as session, session.begin():  # a write transaction (WritingSession)
        out = fn(session)
    return out
