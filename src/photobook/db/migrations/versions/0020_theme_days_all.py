"""theme day summaries summed over statuses: per theme and date interval, every photograph whatever its
status and missing flag, the number and the smallest id; kept exact by triggers on
summary_theme_days

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03 06:40:00.000000

A theme filter's timeline at a million photographs reads the theme's rows of ``summary_theme_days``
(revision 0014) and sums them over statuses and missing flags in SQL: ~17,400 rows grouped into
~11,700, ~15 ms of CPU of a filter's 50 ms budget. The filter the window shows (a theme, every status)
reads this table instead: its rows are those ~11,700 groups, a range of its primary key in key order
(without a row id on SQLite: the key is the row), ~8 ms. A status or a "present files only" filter
still reads ``summary_theme_days``.

Each row is the sum of at most six rows of ``summary_theme_days`` (three statuses, present or
missing), so triggers on that table keep this one exact: a row of it inserted, changed or deleted
makes its interval's row here again from them. Whatever keeps ``summary_theme_days`` exact (its
triggers on photos, photo_themes and themes, in the writer's own transaction, on SQLite and
PostgreSQL) keeps this one exact with it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

TABLE = "summary_theme_days_all"
KEY = ("theme_id", "day_start", "day_end", "approximate")
_SUMS = "SELECT theme_id, day_start, day_end, approximate, sum(n), min(cover) FROM summary_theme_days"


def _made_again(row: str) -> str:
    """The interval of ``row`` (a row of ``summary_theme_days``, old or new) made again from that
    table's rows with photographs; none when it has none, or when its theme is being deleted."""
    match = " AND ".join(f"{k} = {row}.{k}" for k in KEY)
    return (
        f"DELETE FROM {TABLE} WHERE {match}; "
        f"INSERT INTO {TABLE} (theme_id, day_start, day_end, approximate, n, cover) {_SUMS} "
        f"WHERE {match} AND n > 0 AND EXISTS (SELECT 1 FROM themes WHERE id = {row}.theme_id) "
        "GROUP BY theme_id, day_start, day_end, approximate;"
    )


_KEY_CHANGED = " OR ".join(f"old.{k} IS NOT new.{k}" for k in KEY)

_SQLITE_TRIGGERS = {
    "sum_all_days_ai": f"AFTER INSERT ON summary_theme_days BEGIN {_made_again('new')} END",
    "sum_all_days_au": f"AFTER UPDATE ON summary_theme_days BEGIN {_made_again('new')} END",
    "sum_all_days_au_key": f"AFTER UPDATE ON summary_theme_days WHEN {_KEY_CHANGED} BEGIN {_made_again('old')} END",
    "sum_all_days_ad": f"AFTER DELETE ON summary_theme_days BEGIN {_made_again('old')} END",
}

# PostgreSQL: AFTER each row (at the end of the statement that changed it): the interval is made from
# the table as the statement left it, whatever order its rows changed in
_PG_FUNCTION = (
    "CREATE FUNCTION sum_all_days() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"IF TG_OP <> 'INSERT' THEN {_made_again('OLD')} END IF; "
    f"IF TG_OP <> 'DELETE' THEN {_made_again('NEW')} END IF; "
    "RETURN NULL; END $$"
)
_PG_TRIGGER = (
    "CREATE TRIGGER sum_all_days AFTER INSERT OR UPDATE OR DELETE ON summary_theme_days "
    "FOR EACH ROW EXECUTE FUNCTION sum_all_days()"
)

FILL = (
    f"INSERT INTO {TABLE} (theme_id, day_start, day_end, approximate, n, cover) {_SUMS} WHERE n > 0 "
    "GROUP BY theme_id, day_start, day_end, approximate"
)


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.Column("day_start", sa.Integer(), nullable=False),
        sa.Column("day_end", sa.Integer(), nullable=False),
        sa.Column("approximate", sa.Boolean(), nullable=False),
        sa.Column("n", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("cover", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_summary_theme_days_all_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(*KEY, name=op.f("pk_summary_theme_days_all")),
        sqlite_with_rowid=False,
    )
    op.execute(FILL)
    if op.get_bind().dialect.name == "sqlite":
        for name, body in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    else:
        op.execute(_PG_FUNCTION)
        op.execute(_PG_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS sum_all_days ON summary_theme_days")
        op.execute("DROP FUNCTION IF EXISTS sum_all_days()")
    op.drop_table(TABLE)
