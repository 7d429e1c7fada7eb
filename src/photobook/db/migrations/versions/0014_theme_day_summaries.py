"""theme day summaries: per theme (each photograph under every ancestor of its themes, once) and date
interval, within a status and present or missing, the number of photographs and the smallest id;
kept exact by triggers like revision 0009's

Revision ID: 0014
Revises: 0010 (the head of main when this branch was made; re-chained by the lead at merge)
Create Date: 2026-12-02 04:40:00.000000

At a million photographs a theme filter read its timeline by looking up every photograph of the
theme (75,000 random reads for a theme of 7.5 %): the window took seconds to draw it. This table
holds what the timeline's overview needs (``queries.timeline_summary``: one row per date interval,
its count and a photograph to show as its cover) for every theme, so that a theme filter reads a
few thousand rows in key order. Triggers on ``photos`` and ``photo_themes`` keep it exact in the
writer's own transaction, on SQLite and PostgreSQL; a theme moved in the tree recounts the themes
above it (revision 0009's trigger on ``themes`` is created again with that step around it, and
goes back to what it was on downgrade). Undated photographs are not in it (no interval).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

KEY = ("day_start", "day_end", "approximate", "status", "missing")
_CONFLICT = "ON CONFLICT (theme_id, day_start, day_end, approximate, status, missing) DO UPDATE SET "


def _revision_0009() -> ModuleType:
    """Revision 0009's module (its trigger on ``themes`` is extended here, not copied)."""
    path = next(Path(__file__).parent.glob("0009_*.py"))
    spec = importlib.util.spec_from_file_location("photobook_revision_0009", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _add(values: dict[str, str], photo: str, ancestors: str, least: str) -> str:
    """Count ``photo`` (its interval and status in ``values``) under each theme of ``ancestors``."""
    cols = ", ".join(values[k] for k in KEY)
    return (
        f"INSERT INTO summary_theme_days (theme_id, {', '.join(KEY)}, n, cover) "
        f"SELECT DISTINCT a.ancestor_id, {cols}, 1, {photo} FROM ({ancestors}) a "
        f"WHERE {values['day_start']} IS NOT NULL "
        f"{_CONFLICT}n = summary_theme_days.n + 1, cover = {least}(summary_theme_days.cover, excluded.cover);"
    )


def _remove(values: dict[str, str], photo: str, ancestors: str) -> str:
    """``photo`` leaves its interval under each theme of ``ancestors``: the count goes down, a row
    at 0 goes, and a row whose cover it was takes the next smallest id of that group (one step
    along the day index, which is ordered by id within an interval). On PostgreSQL an UPDATE of
    several photographs has moved them all before its AFTER triggers run: a group they all leave
    finds no photograph and keeps its cover until the last of them takes its count to 0."""
    match = (
        " AND ".join(f"{k} = {values[k]}" for k in KEY)
        + f" AND theme_id IN (SELECT ancestor_id FROM ({ancestors}) a)"
    )
    same = " AND ".join(f"p.{k} = summary_theme_days.{k}" for k in KEY)
    return (
        f"UPDATE summary_theme_days SET n = n - 1 WHERE {match}; "
        f"DELETE FROM summary_theme_days WHERE n <= 0 AND {match}; "
        f"UPDATE summary_theme_days SET cover = coalesce((SELECT p.id FROM photos p WHERE {same} "
        f"AND p.id <> {photo} "
        "AND EXISTS (SELECT 1 FROM photo_themes x JOIN theme_closure xc ON xc.theme_id = x.theme_id "
        "WHERE x.photo_id = p.id AND xc.ancestor_id = summary_theme_days.theme_id) ORDER BY p.id LIMIT 1), cover) "
        f"WHERE cover = {photo} AND {match};"
    )


def _photo_ancestors(photo: str) -> str:
    return (
        "SELECT c.ancestor_id FROM photo_themes pt JOIN theme_closure c ON c.theme_id = pt.theme_id "
        f"WHERE pt.photo_id = {photo}"
    )


def _link_ancestors(row: str) -> str:
    """The ancestors of the linked theme under which no other theme of the photo counts it."""
    return (
        f"SELECT c.ancestor_id FROM theme_closure c WHERE c.theme_id = {row}.theme_id AND NOT EXISTS "
        f"(SELECT 1 FROM photo_themes x JOIN theme_closure xc ON xc.theme_id = x.theme_id "
        f"WHERE x.photo_id = {row}.photo_id AND x.theme_id <> {row}.theme_id AND xc.ancestor_id = c.ancestor_id)"
    )


def _row_values(row: str) -> dict[str, str]:
    return {k: f"{row}.{k}" for k in KEY}


def _photo_values(photo: str) -> dict[str, str]:
    return {k: f"(SELECT {k} FROM photos WHERE id = {photo})" for k in KEY}


def _photo_moved(least: str, old: str = "old", new: str = "new") -> str:
    """A photograph's interval, status or missing flag changed: it moves between rows."""
    anc = _photo_ancestors(f"{new}.id")
    return _remove(_row_values(old), f"{new}.id", anc) + " " + _add(_row_values(new), f"{new}.id", anc, least)


def _link(sign: str, row: str, least: str) -> str:
    values, photo, anc = _photo_values(f"{row}.photo_id"), f"{row}.photo_id", _link_ancestors(row)
    return _add(values, photo, anc, least) if sign == "+" else _remove(values, photo, anc)


def _theme_moving(row: str) -> str:
    """Before the closure changes: forget the rows of the theme's old ancestors and of its new ones."""
    return (
        f"DELETE FROM summary_theme_days WHERE theme_id IN "
        f"(SELECT ancestor_id FROM theme_closure WHERE theme_id = {row}.id AND ancestor_id <> {row}.id "
        f"UNION SELECT ancestor_id FROM theme_closure WHERE theme_id = {row}.parent_id);"
    )


#: Every row from scratch for the themes in ``where`` (the migration's fill, a moved theme's recount).
def _fill(where: str = "") -> str:
    cols = ", ".join(f"p.{k}" for k in KEY)
    return (
        f"INSERT INTO summary_theme_days (theme_id, {', '.join(KEY)}, n, cover) "
        f"SELECT c.ancestor_id, {cols}, count(DISTINCT p.id), min(p.id) FROM theme_closure c "
        "JOIN photo_themes pt ON pt.theme_id = c.theme_id JOIN photos p ON p.id = pt.photo_id "
        f"WHERE p.day_start IS NOT NULL {where} GROUP BY c.ancestor_id, {cols}"
    )


FILL = _fill()
_RECOUNT = _fill("AND c.ancestor_id NOT IN (SELECT theme_id FROM summary_theme_days)") + ";"

_MOVED_WHEN = (
    "old.day_start IS NOT new.day_start OR old.day_end IS NOT new.day_end OR old.approximate IS NOT "
    "new.approximate OR old.status IS NOT new.status OR old.missing IS NOT new.missing"
)

_SQLITE_TRIGGERS = {
    "sum_days_photos_au": f"AFTER UPDATE OF {', '.join(KEY)} ON photos WHEN {_MOVED_WHEN} "
    f"BEGIN {_photo_moved('min')} END",
    "sum_days_photo_themes_ai": f"AFTER INSERT ON photo_themes BEGIN {_link('+', 'new', 'min')} END",
    "sum_days_photo_themes_ad": f"AFTER DELETE ON photo_themes BEGIN {_link('-', 'old', 'min')} END",
}

# PostgreSQL: the link triggers run BEFORE each row, as revision 0009's do (see there why)
_PG_FUNCTIONS = {
    "sum_days_photos_au": (
        f"AFTER UPDATE OF {', '.join(KEY)} ON photos",
        f"IF {_MOVED_WHEN.replace('IS NOT', 'IS DISTINCT FROM').replace('old.', 'OLD.').replace('new.', 'NEW.')} "
        f"THEN {_photo_moved('LEAST', 'OLD', 'NEW')} END IF; RETURN NULL;",
    ),
    "sum_days_photo_themes_bi": (
        "BEFORE INSERT ON photo_themes",
        "IF NOT EXISTS (SELECT 1 FROM photo_themes WHERE photo_id = NEW.photo_id AND theme_id = NEW.theme_id) "
        f"THEN {_link('+', 'NEW', 'LEAST')} END IF; RETURN NEW;",
    ),
    "sum_days_photo_themes_bd": (
        "BEFORE DELETE ON photo_themes",
        f"{_link('-', 'OLD', 'LEAST')} RETURN OLD;",
    ),
}

_THEMES_AU_WHEN = "AFTER UPDATE OF parent_id ON themes WHEN old.parent_id IS NOT new.parent_id"


def _themes_au(r0009: ModuleType, dialect: str, with_days: bool) -> None:
    """Revision 0009's trigger on a theme's move, with (or, going down, without) this revision's
    steps before and after it."""
    row = "new" if dialect == "sqlite" else "NEW"
    body = r0009._theme_moved(row)
    if with_days:
        body = f"{_theme_moving(row)} {body} {_RECOUNT}"
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS sum_themes_au")
        op.execute(f"CREATE TRIGGER sum_themes_au {_THEMES_AU_WHEN} BEGIN {body} END")
        return
    op.execute(
        "CREATE OR REPLACE FUNCTION sum_themes_au() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF OLD.parent_id IS DISTINCT FROM NEW.parent_id THEN {body} END IF; RETURN NULL; END $$"
    )


def upgrade() -> None:
    op.create_table(
        "summary_theme_days",
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.Column("day_start", sa.Integer(), nullable=False),
        sa.Column("day_end", sa.Integer(), nullable=False),
        sa.Column("approximate", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("missing", sa.Boolean(), nullable=False),
        sa.Column("n", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("cover", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_summary_theme_days_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "theme_id",
            "day_start",
            "day_end",
            "approximate",
            "status",
            "missing",
            name=op.f("pk_summary_theme_days"),
        ),
    )
    op.execute(FILL)
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name, body in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    else:
        for name, (when, body) in _PG_FUNCTIONS.items():
            op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} END $$")
            op.execute(f"CREATE TRIGGER {name} {when} FOR EACH ROW EXECUTE FUNCTION {name}()")
    _themes_au(_revision_0009(), dialect, with_days=True)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _themes_au(_revision_0009(), dialect, with_days=False)
    if dialect == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name, (when, _body) in _PG_FUNCTIONS.items():
            table = when.rsplit(" ON ", 1)[1]
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_table("summary_theme_days")
