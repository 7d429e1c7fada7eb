"""the archivist's workbench: photos.revision, photo_history

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 22:30:00.000000

- ``photos.revision``: bumped by every archivist's save; a save against an older revision is
  refused (two archivists on one catalog never silently overwrite each other). Existing
  photographs start at 1.
- ``photos.place_ar``, ``photos.place_en``: the place where its name differs in Arabic or English
  (``place`` stays the French, or only, name).
- ``photo_history``: one row per field changed by a save (photo, field, old and new value, user,
  time, the revision the save produced).

Follows 0003 (index problems as reason codes); the two touch different tables.

On SQLite the new column is a plain ALTER TABLE (no table copy, so the full-text triggers on
``photos`` and the rows referencing it stay), and the downgrade drops it in place: copying
``photos`` in batch mode would delete every caption and theme through ON DELETE CASCADE.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.add_column(sa.Column("revision", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("place_ar", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("place_en", sa.Text(), nullable=True))

    op.create_table(
        "photo_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("user_name", sa.Text(), server_default="", nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photos.id"], name=op.f("fk_photo_history_photo_id_photos"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_history")),
    )
    with op.batch_alter_table("photo_history", schema=None) as batch_op:
        batch_op.create_index("ix_photo_history_photo", ["photo_id", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_photo_history_photo", table_name="photo_history")
    op.drop_table("photo_history")
    for column in ("place_en", "place_ar", "revision"):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE photos DROP COLUMN {column}")
        else:
            op.drop_column("photos", column)
