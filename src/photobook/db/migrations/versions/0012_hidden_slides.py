"""tour slides can be hidden (kept for questions, skipped when stepping) and can fly

Revision ID: 0012
Revises: 0008
Create Date: 2026-12-02 01:00:00.000000

A hidden slide stays in its place in the tour. Stepping through a talk passes over it; going to its
number, or picking it in the overview, shows it. A slide's transition is "cut" (as every existing
slide) or "fly": the road of time flies to its moment before it opens.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tour_slides") as batch:
        batch.add_column(sa.Column("hidden", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch.add_column(sa.Column("transition", sa.String(length=8), server_default="cut", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("tour_slides") as batch:
        batch.drop_column("transition")
        batch.drop_column("hidden")
