"""covering status indexes; sources.path_bytes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 20:10:00.000000

- ``ix_photos_status_day`` gains ``approximate`` (the timeline's rows within a status come from the
  index alone) and two indexes serve the counts per year: ``ix_photos_status_year`` (status, year,
  day_start, day_end) is new and ``ix_photos_year`` gains the day bounds (a reign is a date range).
- ``sources.path_bytes``: the source folder's path as the file system's bytes, for folder names that
  are not UTF-8; filled from ``path`` for the sources already catalogued.

Index and column changes only: on SQLite, batch mode runs them as plain ALTER TABLE / CREATE INDEX
(no table is copied), so the full-text triggers on ``photos`` stay as they are.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.add_column(sa.Column("path_bytes", sa.LargeBinary(), nullable=True))

    sources = sa.table(
        "sources",
        sa.column("id", sa.Integer),
        sa.column("path", sa.Text),
        sa.column("path_bytes", sa.LargeBinary),
    )
    bind = op.get_bind()
    for sid, path in bind.execute(sa.select(sources.c.id, sources.c.path)).all():
        bind.execute(
            sources.update()
            .where(sources.c.id == sid)
            .values(path_bytes=path.encode("utf-8", "surrogateescape"))
        )

    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.drop_index("ix_photos_status_day")
        batch_op.drop_index("ix_photos_year")
        batch_op.create_index(
            "ix_photos_status_day", ["status", "day_start", "day_end", "approximate"], unique=False
        )
        batch_op.create_index(
            "ix_photos_status_year", ["status", "year", "day_start", "day_end"], unique=False
        )
        batch_op.create_index("ix_photos_year", ["year", "day_start", "day_end"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.drop_index("ix_photos_year")
        batch_op.drop_index("ix_photos_status_year")
        batch_op.drop_index("ix_photos_status_day")
        batch_op.create_index("ix_photos_year", ["year"], unique=False)
        batch_op.create_index("ix_photos_status_day", ["status", "day_start", "day_end"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        # Native DROP COLUMN (SQLite >= 3.35). Batch mode would copy ``sources`` and drop the old
        # table, and with foreign keys on that DROP deletes every photo (ON DELETE CASCADE).
        op.execute("ALTER TABLE sources DROP COLUMN path_bytes")
    else:
        op.drop_column("sources", "path_bytes")
