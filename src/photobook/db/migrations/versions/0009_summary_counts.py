"""summary counts: per year, reign and theme (and status, missing), kept exact by triggers; the
timeline's middle-day indexes

Revision ID: 0009
Revises: 0012 (the head of main when this branch was rebased; re-chained by the lead at merge)
Create Date: 2026-12-02 01:00:00.000000

At a million photographs, counting per year, reign or theme with a GROUP BY over the photos takes
tens to hundreds of milliseconds (a theme count ~0.9 s). These tables hold the counts; triggers on
``photos``, ``photo_reigns``, ``photo_themes`` and ``themes`` keep them exact in the writer's own
transaction, whichever code writes (indexer, edits, imports, merges, deletions), on SQLite and on
PostgreSQL alike. ``theme_closure`` (every theme with each of its ancestors, itself included) lets a
parent theme count each photograph of its subtree once.

The triggers are created here and nowhere else: the SQL below is the schema.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0012"
branch_labels = None
depends_on = None

UNDATED = -99999  # models.UNDATED_YEAR: the year key of an undated photograph

# --- SQLite: row triggers fire at once, row after row, so an AFTER trigger sees every earlier row of
# its own statement and its own row (an INSERT OR IGNORE that ignores a row fires nothing).


def _years(sign: str, row: str) -> str:
    if sign == "+":
        return (
            f"INSERT INTO summary_years (status, missing, year, n) VALUES "
            f"({row}.status, {row}.missing, coalesce({row}.year, {UNDATED}), 1) "
            "ON CONFLICT (status, missing, year) DO UPDATE SET n = summary_years.n + 1;"
        )
    return (
        f"UPDATE summary_years SET n = n - 1 WHERE status = {row}.status AND missing = {row}.missing "
        f"AND year = coalesce({row}.year, {UNDATED});"
    )


def _photo_links(sign: str, row: str, photo: str) -> str:
    """Move the counts of the photo's reigns and theme ancestors for its (status, missing) ``row``."""
    if sign == "+":
        return (
            f"INSERT INTO summary_reigns (reign_id, status, missing, n) "
            f"SELECT reign_id, {row}.status, {row}.missing, 1 FROM photo_reigns WHERE photo_id = {photo} "
            "ON CONFLICT (reign_id, status, missing) DO UPDATE SET n = summary_reigns.n + 1; "
            f"INSERT INTO summary_themes (theme_id, status, missing, n) "
            f"SELECT DISTINCT c.ancestor_id, {row}.status, {row}.missing, 1 FROM photo_themes pt "
            f"JOIN theme_closure c ON c.theme_id = pt.theme_id WHERE pt.photo_id = {photo} "
            "ON CONFLICT (theme_id, status, missing) DO UPDATE SET n = summary_themes.n + 1;"
        )
    return (
        f"UPDATE summary_reigns SET n = n - 1 WHERE status = {row}.status AND missing = {row}.missing "
        f"AND reign_id IN (SELECT reign_id FROM photo_reigns WHERE photo_id = {photo}); "
        f"UPDATE summary_themes SET n = n - 1 WHERE status = {row}.status AND missing = {row}.missing "
        f"AND theme_id IN (SELECT c.ancestor_id FROM photo_themes pt JOIN theme_closure c "
        f"ON c.theme_id = pt.theme_id WHERE pt.photo_id = {photo});"
    )


def _reign_link(sign: str, row: str) -> str:
    if sign == "+":
        return (
            f"INSERT INTO summary_reigns (reign_id, status, missing, n) "
            f"SELECT {row}.reign_id, status, missing, 1 FROM photos WHERE id = {row}.photo_id "
            "ON CONFLICT (reign_id, status, missing) DO UPDATE SET n = summary_reigns.n + 1;"
        )
    return (
        f"UPDATE summary_reigns SET n = n - 1 WHERE reign_id = {row}.reign_id "
        f"AND status = (SELECT status FROM photos WHERE id = {row}.photo_id) "
        f"AND missing = (SELECT missing FROM photos WHERE id = {row}.photo_id);"
    )


def _theme_link(sign: str, row: str) -> str:
    """Count the photo once under each ancestor of the theme it gains (loses), unless another of its
    themes already counts it there. ``row``'s own link is left out of that test: SQLite's AFTER
    trigger sees it inserted, PostgreSQL's BEFORE trigger sees it not yet deleted."""
    others = (
        f"NOT EXISTS (SELECT 1 FROM photo_themes x JOIN theme_closure xc ON xc.theme_id = x.theme_id "
        f"WHERE x.photo_id = {row}.photo_id AND x.theme_id <> {row}.theme_id "
        "AND xc.ancestor_id = c.ancestor_id)"
    )
    if sign == "+":
        return (
            f"INSERT INTO summary_themes (theme_id, status, missing, n) "
            f"SELECT c.ancestor_id, p.status, p.missing, 1 FROM theme_closure c JOIN photos p "
            f"ON p.id = {row}.photo_id WHERE c.theme_id = {row}.theme_id AND {others} "
            "ON CONFLICT (theme_id, status, missing) DO UPDATE SET n = summary_themes.n + 1;"
        )
    return (
        f"UPDATE summary_themes SET n = n - 1 "
        f"WHERE status = (SELECT status FROM photos WHERE id = {row}.photo_id) "
        f"AND missing = (SELECT missing FROM photos WHERE id = {row}.photo_id) "
        f"AND theme_id IN (SELECT c.ancestor_id FROM theme_closure c WHERE c.theme_id = {row}.theme_id "
        f"AND {others});"
    )


def _theme_moved(row: str) -> str:
    """A theme got another parent: its subtree leaves its old ancestors and joins the new parent's;
    the counts of the ancestors on both sides are counted again (a rare edit; the rest stay)."""
    return (
        # forget the counts of the old and new ancestors (not of the subtree: it keeps its photos)
        f"DELETE FROM summary_themes WHERE theme_id IN "
        f"(SELECT ancestor_id FROM theme_closure WHERE theme_id = {row}.id AND ancestor_id <> {row}.id "
        f"UNION SELECT ancestor_id FROM theme_closure WHERE theme_id = {row}.parent_id); "
        # the subtree's links to the old ancestors go, links to the new ones come
        f"DELETE FROM theme_closure WHERE theme_id IN "
        f"(SELECT theme_id FROM theme_closure WHERE ancestor_id = {row}.id) AND ancestor_id IN "
        f"(SELECT ancestor_id FROM theme_closure WHERE theme_id = {row}.id AND ancestor_id <> {row}.id); "
        f"INSERT INTO theme_closure (theme_id, ancestor_id) SELECT s.theme_id, a.ancestor_id "
        f"FROM theme_closure s JOIN theme_closure a ON a.theme_id = {row}.parent_id "
        f"WHERE s.ancestor_id = {row}.id AND s.theme_id <> a.ancestor_id "
        "ON CONFLICT (theme_id, ancestor_id) DO NOTHING; "
        # count again every theme that has photographs in its subtree but no counts
        "INSERT INTO summary_themes (theme_id, status, missing, n) "
        "SELECT c.ancestor_id, p.status, p.missing, count(DISTINCT p.id) FROM theme_closure c "
        "JOIN photo_themes pt ON pt.theme_id = c.theme_id JOIN photos p ON p.id = pt.photo_id "
        "WHERE c.ancestor_id NOT IN (SELECT theme_id FROM summary_themes) "
        "GROUP BY c.ancestor_id, p.status, p.missing;"
    )


def _theme_added(row: str) -> str:
    return (
        f"INSERT INTO theme_closure (theme_id, ancestor_id) VALUES ({row}.id, {row}.id); "
        f"INSERT INTO theme_closure (theme_id, ancestor_id) "
        f"SELECT {row}.id, ancestor_id FROM theme_closure WHERE theme_id = {row}.parent_id;"
    )


def _theme_deleting(row: str) -> str:
    """Before a theme goes: its photographs lose it (counted down while the tree is whole) and its
    sub-themes become top-level themes, as the foreign key's SET NULL would make them."""
    return (
        f"DELETE FROM photo_themes WHERE theme_id = {row}.id; "
        f"UPDATE themes SET parent_id = NULL WHERE parent_id = {row}.id;"
    )


_SQLITE_TRIGGERS = {
    "sum_photos_ai": f"AFTER INSERT ON photos BEGIN {_years('+', 'new')} END",
    "sum_photos_au_year": "AFTER UPDATE OF status, missing, year ON photos WHEN old.status IS NOT new.status "
    "OR old.missing IS NOT new.missing OR old.year IS NOT new.year "
    f"BEGIN {_years('-', 'old')} {_years('+', 'new')} END",
    "sum_photos_au_links": "AFTER UPDATE OF status, missing ON photos WHEN old.status IS NOT new.status "
    "OR old.missing IS NOT new.missing "
    f"BEGIN {_photo_links('-', 'old', 'new.id')} {_photo_links('+', 'new', 'new.id')} END",
    "sum_photos_bd": f"BEFORE DELETE ON photos BEGIN {_years('-', 'old')} "
    "DELETE FROM photo_reigns WHERE photo_id = old.id; DELETE FROM photo_themes WHERE photo_id = old.id; END",
    "sum_photo_reigns_ai": f"AFTER INSERT ON photo_reigns BEGIN {_reign_link('+', 'new')} END",
    "sum_photo_reigns_ad": f"AFTER DELETE ON photo_reigns BEGIN {_reign_link('-', 'old')} END",
    "sum_photo_reigns_au": "AFTER UPDATE ON photo_reigns "
    f"BEGIN {_reign_link('-', 'old')} {_reign_link('+', 'new')} END",
    "sum_photo_themes_ai": f"AFTER INSERT ON photo_themes BEGIN {_theme_link('+', 'new')} END",
    "sum_photo_themes_ad": f"AFTER DELETE ON photo_themes BEGIN {_theme_link('-', 'old')} END",
    "sum_themes_ai": f"AFTER INSERT ON themes BEGIN {_theme_added('new')} END",
    "sum_themes_au": "AFTER UPDATE OF parent_id ON themes WHEN old.parent_id IS NOT new.parent_id "
    f"BEGIN {_theme_moved('new')} END",
    "sum_themes_bd": f"BEFORE DELETE ON themes BEGIN {_theme_deleting('old')} END",
}

# --- PostgreSQL: AFTER row triggers run when the whole statement is done, so a multi-row insert or
# delete of links would see all its rows at once; the link triggers run BEFORE each row instead, and
# see the rows of their statement already handled (PostgreSQL docs, "Visibility of Data Changes").
# A link that already exists (an INSERT … ON CONFLICT DO NOTHING about to skip it) is not counted.

_PG_FUNCTIONS = {
    "sum_photos_ai": ("AFTER INSERT ON photos", f"{_years('+', 'NEW')} RETURN NULL;"),
    "sum_photos_au": (
        "AFTER UPDATE OF status, missing, year ON photos",
        "IF OLD.status IS DISTINCT FROM NEW.status OR OLD.missing IS DISTINCT FROM NEW.missing "
        f"OR OLD.year IS DISTINCT FROM NEW.year THEN {_years('-', 'OLD')} {_years('+', 'NEW')} END IF; "
        "IF OLD.status IS DISTINCT FROM NEW.status OR OLD.missing IS DISTINCT FROM NEW.missing THEN "
        f"{_photo_links('-', 'OLD', 'NEW.id')} {_photo_links('+', 'NEW', 'NEW.id')} END IF; RETURN NULL;",
    ),
    "sum_photos_bd": (
        "BEFORE DELETE ON photos",
        f"{_years('-', 'OLD')} DELETE FROM photo_reigns WHERE photo_id = OLD.id; "
        "DELETE FROM photo_themes WHERE photo_id = OLD.id; RETURN OLD;",
    ),
    "sum_photo_reigns_bi": (
        "BEFORE INSERT ON photo_reigns",
        "IF NOT EXISTS (SELECT 1 FROM photo_reigns WHERE photo_id = NEW.photo_id AND reign_id = NEW.reign_id) "
        f"THEN {_reign_link('+', 'NEW')} END IF; RETURN NEW;",
    ),
    "sum_photo_reigns_bd": ("BEFORE DELETE ON photo_reigns", f"{_reign_link('-', 'OLD')} RETURN OLD;"),
    "sum_photo_reigns_bu": (
        "BEFORE UPDATE ON photo_reigns",
        f"{_reign_link('-', 'OLD')} {_reign_link('+', 'NEW')} RETURN NEW;",
    ),
    "sum_photo_themes_bi": (
        "BEFORE INSERT ON photo_themes",
        "IF NOT EXISTS (SELECT 1 FROM photo_themes WHERE photo_id = NEW.photo_id AND theme_id = NEW.theme_id) "
        f"THEN {_theme_link('+', 'NEW')} END IF; RETURN NEW;",
    ),
    "sum_photo_themes_bd": ("BEFORE DELETE ON photo_themes", f"{_theme_link('-', 'OLD')} RETURN OLD;"),
    "sum_themes_ai": ("AFTER INSERT ON themes", f"{_theme_added('NEW')} RETURN NULL;"),
    "sum_themes_au": (
        "AFTER UPDATE OF parent_id ON themes",
        f"IF OLD.parent_id IS DISTINCT FROM NEW.parent_id THEN {_theme_moved('NEW')} END IF; RETURN NULL;",
    ),
    "sum_themes_bd": ("BEFORE DELETE ON themes", f"{_theme_deleting('OLD')} RETURN OLD;"),
}


def create_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, body in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
        return
    for name, (when, body) in _PG_FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} END $$")
        op.execute(f"CREATE TRIGGER {name} {when} FOR EACH ROW EXECUTE FUNCTION {name}()")


def drop_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        return
    for name, (when, _body) in _PG_FUNCTIONS.items():
        table = when.rsplit(" ON ", 1)[1]
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")


#: The counts from scratch (the migration fills the tables with them; tests compare with them).
FILL = (
    "INSERT INTO theme_closure (theme_id, ancestor_id) "
    "WITH RECURSIVE up(theme_id, ancestor_id, depth) AS ("
    " SELECT id, id, 0 FROM themes"
    " UNION ALL SELECT up.theme_id, t.parent_id, up.depth + 1 FROM up JOIN themes t ON t.id = up.ancestor_id"
    " WHERE t.parent_id IS NOT NULL AND up.depth < 64)"
    " SELECT DISTINCT theme_id, ancestor_id FROM up",
    f"INSERT INTO summary_years (status, missing, year, n) SELECT status, missing, coalesce(year, {UNDATED}), "
    f"count(*) FROM photos GROUP BY status, missing, coalesce(year, {UNDATED})",
    "INSERT INTO summary_reigns (reign_id, status, missing, n) SELECT pr.reign_id, p.status, p.missing, "
    "count(*) FROM photo_reigns pr JOIN photos p ON p.id = pr.photo_id GROUP BY pr.reign_id, p.status, p.missing",
    "INSERT INTO summary_themes (theme_id, status, missing, n) SELECT c.ancestor_id, p.status, p.missing, "
    "count(DISTINCT p.id) FROM theme_closure c JOIN photo_themes pt ON pt.theme_id = c.theme_id "
    "JOIN photos p ON p.id = pt.photo_id GROUP BY c.ancestor_id, p.status, p.missing",
)


def upgrade() -> None:
    op.create_table(
        "summary_years",
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("missing", sa.Boolean(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("n", sa.BigInteger(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("status", "missing", "year", name=op.f("pk_summary_years")),
    )
    op.create_table(
        "summary_reigns",
        sa.Column("reign_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("missing", sa.Boolean(), nullable=False),
        sa.Column("n", sa.BigInteger(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["reign_id"], ["reigns.id"], name=op.f("fk_summary_reigns_reign_id_reigns"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("reign_id", "status", "missing", name=op.f("pk_summary_reigns")),
    )
    op.create_table(
        "summary_themes",
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("missing", sa.Boolean(), nullable=False),
        sa.Column("n", sa.BigInteger(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["themes.id"], name=op.f("fk_summary_themes_theme_id_themes"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("theme_id", "status", "missing", name=op.f("pk_summary_themes")),
    )
    op.create_table(
        "theme_closure",
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.Column("ancestor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ancestor_id"],
            ["themes.id"],
            name=op.f("fk_theme_closure_ancestor_id_themes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["themes.id"], name=op.f("fk_theme_closure_theme_id_themes"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("theme_id", "ancestor_id", name=op.f("pk_theme_closure")),
    )
    op.create_index("ix_theme_closure_ancestor", "theme_closure", ["ancestor_id", "theme_id"])
    photos = sa.table("photos", sa.column("status"), sa.column("day_start"), sa.column("day_end"))
    mid = photos.c.day_start + photos.c.day_end
    op.create_index("ix_photos_mid", "photos", [mid, "id", "day_start", "day_end", "approximate"])
    op.create_index(
        "ix_photos_status_mid", "photos", ["status", mid, "id", "day_start", "day_end", "approximate"]
    )
    for statement in FILL:
        op.execute(statement)
    create_triggers()


def downgrade() -> None:
    drop_triggers()
    op.drop_index("ix_photos_status_mid", table_name="photos")
    op.drop_index("ix_photos_mid", table_name="photos")
    op.drop_index("ix_theme_closure_ancestor", table_name="theme_closure")
    op.drop_table("theme_closure")
    op.drop_table("summary_themes")
    op.drop_table("summary_reigns")
    op.drop_table("summary_years")
