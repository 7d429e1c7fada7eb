"""credits per language: the photographer, the credit and the rights in Arabic and English

Revision ID: 0013
Revises: 0010
Create Date: 2026-12-02 04:30:00.000000

As the place has been since revision 0004: ``photos.photographer``, ``photos.credit`` and
``photos.rights`` stay the French (or the one, "any language") value, and each gains ``_ar`` and
``_en`` columns, where the archivist writes it otherwise in Arabic or English. Existing values are
kept as they are (the French/default value); the new columns start empty.

On SQLite the columns are plain ALTER TABLEs (no copy of ``photos``, whose copy would delete every
caption and theme through ON DELETE CASCADE), and the downgrade drops them in place. Going back keeps
the French value, or where there was none the first other one (Arabic, then English), as the one
value; the deletions of an Arabic or English value (``cleared_fields``) go with the columns.
The summary triggers (revision 0009) do not read these columns and are left alone.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0010"
branch_labels = None
depends_on = None

FIELDS = ("photographer", "credit", "rights")
LANGS = ("ar", "en")


def upgrade() -> None:
    for name in FIELDS:
        for lang in LANGS:
            op.add_column("photos", sa.Column(f"{name}_{lang}", sa.Text(), nullable=True))


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name in FIELDS:
        # the one value left: the French, else the Arabic, else the English
        op.execute(
            f"UPDATE photos SET {name} = COALESCE(NULLIF({name}, ''), {name}_ar, {name}_en) "
            f"WHERE ({name} IS NULL OR {name} = '') AND ({name}_ar IS NOT NULL OR {name}_en IS NOT NULL)"
        )
        op.execute(f"DELETE FROM cleared_fields WHERE field IN ('{name}:ar', '{name}:en')")
        for lang in reversed(LANGS):
            if sqlite:
                op.execute(f"ALTER TABLE photos DROP COLUMN {name}_{lang}")  # in place: see above
            else:
                op.drop_column("photos", f"{name}_{lang}")
