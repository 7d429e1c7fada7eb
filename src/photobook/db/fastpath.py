"""The first frame's reads, with the standard library's ``sqlite3`` alone.

Importing SQLAlchemy and the models costs ~0.4 s, more than loading 100,000 timeline rows (~60 ms):
a window that waited for them before its first paint would start at over a second. These functions
read what the first frame shows from a SQLite catalog without that import; the rest (the engine,
migrations, seeding, every other query) is imported after the first frame.

They answer only when the catalog is already at the newest revision and seeded, and return
``None`` otherwise (no catalog yet, an older schema that opening will upgrade, a PostgreSQL URL,
any SQLite error): the caller then opens the library the usual way. The SQL is the one of
:func:`photobook.db.queries.timeline_rows` and :func:`~photobook.db.queries.reigns` for an empty
filter; a test holds them to the same answers.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path
from typing import NamedTuple

from photobook.core import languages

CATALOG_FILE = "catalog.sqlite"
MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([\w-]+|None)['\"]?", re.M)

TimelineRow = tuple[int, int | None, int | None, bool]  # id, day_start, day_end, approximate


class ReignRow(NamedTuple):
    """A reign as the timeline's bands need it (the fields of ``models.Reign`` it uses)."""

    slug: str
    start: date
    end: date | None
    name_fr: str
    name_ar: str
    name_en: str
    color: str

    def name(self, lang: str) -> str:
        found = languages.pick({"fr": self.name_fr, "ar": self.name_ar, "en": self.name_en}, lang)
        return found[1] if found else self.slug


class FirstFrame(NamedTuple):
    rows: list[TimelineRow]  # every photo in timeline order, undated last
    reigns: list[ReignRow]  # by start


def head_revision() -> str | None:
    """The newest revision read from the migration files' text (no Alembic import, ~1 ms): the one
    revision no other revision names as its down_revision. None if the files are not simple."""
    revisions, downs = set(), set()
    for f in (MIGRATIONS / "versions").glob("*.py"):
        found = {m.group(1): m.group(2) for m in _REVISION.finditer(f.read_text(encoding="utf-8"))}
        if "revision" in found:
            revisions.add(found["revision"])
            downs.add(found.get("down_revision"))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def first_frame(folder: str | Path) -> FirstFrame | None:
    """The timeline rows and reign bands of the library in ``folder``, or ``None`` when only a full
    open can answer (see the module doc). Read-only: never creates, upgrades or locks anything."""
    path = Path(folder) / CATALOG_FILE
    head = head_revision()
    if head is None or not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        if con.execute("SELECT version_num FROM alembic_version").fetchall() != [(head,)]:
            return None
        reigns = [
            ReignRow(
                slug, date.fromisoformat(start), date.fromisoformat(end) if end else None, fr, ar, en, color
            )
            for slug, start, end, fr, ar, en, color in con.execute(
                'SELECT slug, start, "end", name_fr, name_ar, name_en, color FROM reigns ORDER BY start'
            )
        ]
        if not reigns:  # not seeded yet: opening seeds it
            return None
        # the covering index ix_photos_day: rows in index order, NULL days (undated) first in SQLite
        rows = con.execute(
            "SELECT id, day_start, day_end, approximate FROM photos ORDER BY day_start, day_end"
        ).fetchall()
    except (sqlite3.Error, ValueError):
        return None
    finally:
        con.close()
    k = 0
    while k < len(rows) and rows[k][1] is None:
        k += 1
    return FirstFrame(rows[k:] + rows[:k] if k else rows, reigns)
