"""cleared_fields: what the archivist emptied on purpose stays empty

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 01:00:00.000000

A title, caption, place, credit… that the archivist deleted, and a camera date the archivist
cleared, came back from the file's XMP/EXIF on the next rescan and after export → new library →
import. A deletion is now a value:

- ``cleared_fields(photo_id, field)``: the text fields (history names: ``title:fr``, ``caption:ar``,
  ``place``, ``photographer``, ``themes``…) the archivist emptied; the indexer never fills them again;
- a cleared date is ``date_source = 'archivist'`` with an empty date (the indexer keeps an
  archivist's date, empty or not).

Upgrading reads the deletions already made from ``photo_history`` (the last change of a field that
emptied it, when it is still empty). Downgrading drops the table and gives a cleared date back to
the machine (``date_source = 'none'``).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_TEXT_COLUMNS = {
    "photographer": "photographer",
    "credit": "credit",
    "rights": "rights",
    "plate": "plate",
    "place": "place",
    "place:fr": "place",
    "place:ar": "place_ar",
    "place:en": "place_en",
    "notes": "notes",
}


def upgrade() -> None:
    op.create_table(
        "cleared_fields",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photos.id"], name=op.f("fk_cleared_fields_photo_id_photos"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("photo_id", "field", name=op.f("pk_cleared_fields")),
    )
    conn = op.get_bind()
    # the last history row of each (photo, field): a deletion when it emptied the field
    last = conn.execute(
        sa.text(
            "SELECT h.photo_id, h.field FROM photo_history h "
            "JOIN (SELECT photo_id, field, max(id) AS id FROM photo_history GROUP BY photo_id, field) m "
            "ON m.id = h.id WHERE h.new_value IS NULL"
        )
    ).all()
    rows = []
    for pid, name in last:
        kind, _, lang = name.partition(":")
        if name == "date":
            conn.execute(
                sa.text(
                    "UPDATE photos SET date_source = 'archivist' "
                    "WHERE id = :id AND date_source = 'none' AND date_edtf = ''"
                ),
                {"id": pid},
            )
            continue
        if kind in ("title", "caption"):
            column = "title" if kind == "title" else "text"
            still = conn.execute(
                sa.text(
                    f"SELECT count(*) FROM captions WHERE photo_id = :id AND lang = :lang AND {column} <> ''"
                ),
                {"id": pid, "lang": lang},
            ).scalar()
        elif name == "themes":
            still = conn.execute(
                sa.text("SELECT count(*) FROM photo_themes WHERE photo_id = :id"), {"id": pid}
            ).scalar()
        elif name in _TEXT_COLUMNS:
            col = _TEXT_COLUMNS[name]
            still = conn.execute(
                sa.text(f"SELECT count(*) FROM photos WHERE id = :id AND {col} IS NOT NULL AND {col} <> ''"),
                {"id": pid},
            ).scalar()
        else:
            continue
        if not still:
            rows.append({"photo_id": pid, "field": name})
    if rows:
        table = sa.table("cleared_fields", sa.column("photo_id", sa.Integer), sa.column("field", sa.String))
        op.bulk_insert(table, rows)


def downgrade() -> None:
    op.execute("UPDATE photos SET date_source = 'none' WHERE date_source = 'archivist' AND date_edtf = ''")
    op.drop_table("cleared_fields")
