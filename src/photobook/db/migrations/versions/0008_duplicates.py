"""duplicates: photos.phash, photo_alternates, photo_merges, duplicate_dismissals

Revision ID: 0008
Revises: 0005 (re-chained at merge after the other revisions of this session)
Create Date: 2026-12-02 01:00:00.000000

- ``photos.phash``: a 64-bit perceptual hash (imagehash's DCT hash of the thumbnail), signed as a
  BIGINT, indexed; NULL until the thumbnail is made (new files) or ``photobook duplicates
  --compute`` fills it from the thumbnail cache (catalogs made before this revision).
- ``photo_merges``: one row per merge of duplicates into the record kept, with what the merged
  records were (JSON), so that the window can undo it.
- ``photo_alternates``: the files of merged records, now alternates of the record kept: known to
  the catalog, so that a rescan does not add them again as new photographs.
- ``duplicate_dismissals``: pairs of photographs an archivist said are not duplicates.

On SQLite the new column is a plain ALTER TABLE and the downgrade drops it in place (copying
``photos`` in batch mode would delete every caption and theme through ON DELETE CASCADE).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phash", sa.BigInteger(), nullable=True))
    op.create_index("ix_photos_phash", "photos", ["phash"])
    op.create_table(
        "photo_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("merged", sa.JSON(), nullable=False),
        sa.Column("user_name", sa.Text(), server_default="", nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photos.id"], name=op.f("fk_photo_merges_photo_id_photos"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_merges")),
    )
    op.create_index(op.f("ix_photo_merges_photo_id"), "photo_merges", ["photo_id"])
    op.create_table(
        "photo_alternates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("merge_id", sa.Integer(), nullable=False),
        sa.Column("former_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("path_bytes", sa.LargeBinary(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=32), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("mtime_ns", sa.BigInteger(), nullable=False),
        sa.Column("pixel_width", sa.Integer(), nullable=True),
        sa.Column("pixel_height", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["merge_id"],
            ["photo_merges.id"],
            name=op.f("fk_photo_alternates_merge_id_photo_merges"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photos.id"], name=op.f("fk_photo_alternates_photo_id_photos"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_photo_alternates_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_alternates")),
        sa.UniqueConstraint("source_id", "path_bytes", name="uq_photo_alternates_source_path"),
    )
    op.create_index(op.f("ix_photo_alternates_photo_id"), "photo_alternates", ["photo_id"])
    op.create_index(op.f("ix_photo_alternates_merge_id"), "photo_alternates", ["merge_id"])
    op.create_table(
        "duplicate_dismissals",
        sa.Column("photo_a", sa.Integer(), nullable=False),
        sa.Column("photo_b", sa.Integer(), nullable=False),
        sa.Column("user_name", sa.Text(), server_default="", nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("photo_a < photo_b", name=op.f("ck_duplicate_dismissals_ordered")),
        sa.ForeignKeyConstraint(
            ["photo_a"],
            ["photos.id"],
            name=op.f("fk_duplicate_dismissals_photo_a_photos"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["photo_b"],
            ["photos.id"],
            name=op.f("fk_duplicate_dismissals_photo_b_photos"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("photo_a", "photo_b", name=op.f("pk_duplicate_dismissals")),
    )


def downgrade() -> None:
    op.drop_table("duplicate_dismissals")
    op.drop_index(op.f("ix_photo_alternates_merge_id"), table_name="photo_alternates")
    op.drop_index(op.f("ix_photo_alternates_photo_id"), table_name="photo_alternates")
    op.drop_table("photo_alternates")
    op.drop_index(op.f("ix_photo_merges_photo_id"), table_name="photo_merges")
    op.drop_table("photo_merges")
    op.drop_index("ix_photos_phash", table_name="photos")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE photos DROP COLUMN phash")
    else:
        op.drop_column("photos", "phash")
