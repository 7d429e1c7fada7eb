"""an index of the dated photographs whose date is neither exact nor "about" ("1981?", "1981%")

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 06:00:00.000000

Above 50,000 photographs the timeline reads summary rows, which count "1981?" with "1981~" (the
catalog's one ``approximate`` flag); ``queries.timeline_qualified_apart`` then finds the few
photographs to draw apart. Without an index that is a scan of ``photos`` (about 0.4 s at 100,000
rows, every time the timeline loads). A partial index holds only those rows: approximate, and an
EDTF text that does not end in "~". Its condition is written as the query writes it, so that SQLite
and PostgreSQL both see the query's WHERE implies it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def _where() -> sa.ColumnElement[bool]:
    approximate, edtf = sa.column("approximate", sa.Boolean), sa.column("date_edtf", sa.Text)
    return sa.and_(approximate.is_(True), edtf.not_like("%~"))


def upgrade() -> None:
    op.create_index(
        "ix_photos_qualified_apart",
        "photos",
        ["day_start", "day_end", "id"],
        sqlite_where=_where(),
        postgresql_where=_where(),
    )


def downgrade() -> None:
    op.drop_index("ix_photos_qualified_apart", table_name="photos")
