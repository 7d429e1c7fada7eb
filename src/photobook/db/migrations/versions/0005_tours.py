"""tours: tours, tour_slides, tour_captions

Revision ID: 0005
Revises: 0004 (the head of main when this branch was rebased; re-chained if 0003 lands after)
Create Date: 2026-12-01 23:00:00.000000

A tour is a talk saved in the catalog: an ordered list of photographs with the presenter's notes and,
per language, a caption that replaces the catalogue's for the room. New tables only.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("duration_s", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tours")),
        sa.UniqueConstraint("title", name=op.f("uq_tours_title")),
    )
    op.create_table(
        "tour_slides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tour_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photos.id"], name=op.f("fk_tour_slides_photo_id_photos"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["tour_id"], ["tours.id"], name=op.f("fk_tour_slides_tour_id_tours"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tour_slides")),
    )
    op.create_index("ix_tour_slides_tour_position", "tour_slides", ["tour_id", "position"])
    op.create_index(op.f("ix_tour_slides_photo_id"), "tour_slides", ["photo_id"])
    op.create_table(
        "tour_captions",
        sa.Column("slide_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("title", sa.Text(), server_default="", nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["slide_id"],
            ["tour_slides.id"],
            name=op.f("fk_tour_captions_slide_id_tour_slides"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("slide_id", "lang", name=op.f("pk_tour_captions")),
    )


def downgrade() -> None:
    op.drop_table("tour_captions")
    op.drop_index(op.f("ix_tour_slides_photo_id"), table_name="tour_slides")
    op.drop_index("ix_tour_slides_tour_position", table_name="tour_slides")
    op.drop_table("tour_slides")
    op.drop_table("tours")
