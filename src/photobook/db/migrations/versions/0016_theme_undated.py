"""the undated photographs of each theme: per theme (each photograph under every ancestor of its
themes, once), the id of every undated photograph with its status and missing flag; kept exact by
triggers like revision 0014's

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 08:30:00.000000

A theme filter at a million photographs reads its timeline from ``summary_theme_days`` (revision
0014), which has no room for the undated: their ids were found by walking every undated photograph
of the catalog (80,000 at 8 %) and probing each for the theme, ~30-75 ms of the filter's 50.
This table makes them a range of its primary key, in id order: ~1 ms for a theme's 6,000. (A
partial index of the undated was measured too: 30 ms, as it still probes every undated photograph
of the catalog; it grows with the catalog, this with the theme.)

Triggers on ``photos`` (a photograph dated or undated, its status or missing flag changed) and on
``photo_themes`` keep it in the writer's own transaction on SQLite and PostgreSQL; a theme moved in
the tree refills the themes above it on both sides (revision 0014's trigger on ``themes`` is
created again with that step after it, and goes back to 0014's on downgrade).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

TABLE = "summary_theme_undated"
_INSERT = f"INSERT INTO {TABLE} (theme_id, photo_id, status, missing) "
_SKIP = "ON CONFLICT (theme_id, photo_id) DO NOTHING"


def _revision(number: str) -> ModuleType:
    """An earlier revision's module (its trigger on ``themes`` is extended here, not copied)."""
    path = next(Path(__file__).parent.glob(f"{number}_*.py"))
    spec = importlib.util.spec_from_file_location(f"photobook_revision_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _photo_changed(new: str) -> str:
    """A photograph was dated or undated, or its status or missing flag changed: its rows go, and
    come back under every ancestor of its themes if it is undated now."""
    ancestors = (
        "SELECT c.ancestor_id FROM photo_themes pt JOIN theme_closure c ON c.theme_id = pt.theme_id "
        f"WHERE pt.photo_id = {new}.id"
    )
    return (
        f"DELETE FROM {TABLE} WHERE photo_id = {new}.id AND theme_id IN ({ancestors}); "
        f"{_INSERT}SELECT DISTINCT a.ancestor_id, {new}.id, {new}.status, {new}.missing FROM ({ancestors}) a "
        f"WHERE {new}.day_start IS NULL {_SKIP};"
    )


def _linked(new: str) -> str:
    """A theme given to a photograph: an undated one joins every ancestor of the theme (where another
    of its themes had put it already, it stays once)."""
    return (
        f"{_INSERT}SELECT c.ancestor_id, p.id, p.status, p.missing FROM theme_closure c "
        f"JOIN photos p ON p.id = {new}.photo_id WHERE c.theme_id = {new}.theme_id AND p.day_start IS NULL "
        f"{_SKIP};"
    )


def _unlinked(old: str) -> str:
    """A theme taken from a photograph: it leaves the theme's ancestors that none of its other themes
    is under (run after the link is gone, on both databases)."""
    return (
        f"DELETE FROM {TABLE} WHERE photo_id = {old}.photo_id AND theme_id IN "
        f"(SELECT c.ancestor_id FROM theme_closure c WHERE c.theme_id = {old}.theme_id AND NOT EXISTS "
        "(SELECT 1 FROM photo_themes x JOIN theme_closure xc ON xc.theme_id = x.theme_id "
        f"WHERE x.photo_id = {old}.photo_id AND x.theme_id <> {old}.theme_id AND xc.ancestor_id = c.ancestor_id));"
    )


def _fill(where: str = "") -> str:
    """Every row from scratch for the themes in ``where`` (the migration's fill, a moved theme's)."""
    return (
        f"{_INSERT}SELECT DISTINCT c.ancestor_id, p.id, p.status, p.missing FROM theme_closure c "
        "JOIN photo_themes pt ON pt.theme_id = c.theme_id JOIN photos p ON p.id = pt.photo_id "
        f"WHERE p.day_start IS NULL {where}"
    )


def _above_both_parents(old: str, new: str) -> str:
    """The themes above a moved theme, before and after its move: its old parent and that one's
    ancestors, its new parent and that one's (neither closure changes when the theme moves)."""
    return (
        f"(SELECT ancestor_id FROM theme_closure WHERE theme_id = {old}.parent_id "
        f"UNION SELECT ancestor_id FROM theme_closure WHERE theme_id = {new}.parent_id)"
    )


def _theme_moved(old: str, new: str) -> str:
    """After the closure has changed: the themes above the moved one, on both sides, filled again."""
    above = _above_both_parents(old, new)
    return f"DELETE FROM {TABLE} WHERE theme_id IN {above}; " + _fill(f"AND c.ancestor_id IN {above}") + ";"


_CHANGED_WHEN = (
    "(old.day_start IS NULL) <> (new.day_start IS NULL) OR (new.day_start IS NULL AND "
    "(old.status IS NOT new.status OR old.missing IS NOT new.missing))"
)

_SQLITE_TRIGGERS = {
    "sum_undated_photos_au": f"AFTER UPDATE OF day_start, status, missing ON photos WHEN {_CHANGED_WHEN} "
    f"BEGIN {_photo_changed('new')} END",
    "sum_undated_photo_themes_ai": f"AFTER INSERT ON photo_themes BEGIN {_linked('new')} END",
    "sum_undated_photo_themes_ad": f"AFTER DELETE ON photo_themes BEGIN {_unlinked('old')} END",
}

# PostgreSQL: every step is idempotent on the photograph's own rows (ON CONFLICT DO NOTHING, a
# delete of what no remaining link explains), so these run AFTER each row: a statement's other rows
# are then all done (a multi-row delete of one photograph's links leaves it under no theme).
_PG_FUNCTIONS = {
    "sum_undated_photos_au": (
        "AFTER UPDATE OF day_start, status, missing ON photos",
        f"IF {_CHANGED_WHEN.replace('<>', 'IS DISTINCT FROM').replace('IS NOT', 'IS DISTINCT FROM')} "
        f"THEN {_photo_changed('NEW')} END IF; RETURN NULL;".replace("old.", "OLD.").replace("new.", "NEW."),
    ),
    "sum_undated_photo_themes_ai": ("AFTER INSERT ON photo_themes", f"{_linked('NEW')} RETURN NULL;"),
    "sum_undated_photo_themes_ad": ("AFTER DELETE ON photo_themes", f"{_unlinked('OLD')} RETURN NULL;"),
}

_THEMES_AU_WHEN = "AFTER UPDATE OF parent_id ON themes WHEN old.parent_id IS NOT new.parent_id"


def _themes_au(dialect: str, with_undated: bool) -> None:
    """Revision 0014's trigger on a theme's move, with (or, going down, without) this revision's step
    after it."""
    r0009, r0014 = _revision("0009"), _revision("0014")
    if not with_undated:
        r0014._themes_au(r0009, dialect, with_days=True)
        return
    old, new = ("old", "new") if dialect == "sqlite" else ("OLD", "NEW")
    body = f"{r0014._theme_moving(new)} {r0009._theme_moved(new)} {r0014._RECOUNT} {_theme_moved(old, new)}"
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
        TABLE,
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("missing", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_summary_theme_undated_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("theme_id", "photo_id", name=op.f("pk_summary_theme_undated")),
        sqlite_with_rowid=False,
    )
    op.execute(_fill())
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name, body in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    else:
        for name, (when, body) in _PG_FUNCTIONS.items():
            op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} END $$")
            op.execute(f"CREATE TRIGGER {name} {when} FOR EACH ROW EXECUTE FUNCTION {name}()")
    _themes_au(dialect, with_undated=True)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _themes_au(dialect, with_undated=False)
    if dialect == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name, (when, _body) in _PG_FUNCTIONS.items():
            table = when.rsplit(" ON ", 1)[1]
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_table(TABLE)
