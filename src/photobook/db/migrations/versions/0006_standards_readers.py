"""read everything the standards carry: photos.location, sidecar_sig, file_values; two date sources

Revision ID: 0006
Revises: 0009
Create Date: 2026-12-02 01:20:00.000000

- ``photos.location`` (JSON): the location parts the files say (sub-location, city, province or
  state, country, country code), from IPTC/XMP;
- ``photos.sidecar_sig`` (text): the XMP sidecars' size and mtime when last read, so that a changed
  sidecar is read again on rescan even when its image is unchanged;
- ``photos.file_values`` (JSON): what the file and its sidecars said last time, so that a rescan
  refreshes only the fields the archivist has not changed;
- ``photos.date_source`` may also be ``xmp_created`` (photoshop:DateCreated) or ``iptc_created``.

Independent of the other revisions made at the same time (new columns on ``photos`` only, and
the date-source constraint): it can be re-chained after any of them.

On SQLite the columns are plain ALTER TABLEs, and the date-source CHECK constraint is widened in
place, by the procedure SQLite documents for changing a CHECK constraint (``writable_schema``, the
table's stored SQL edited, the schema version bumped): copying ``photos`` in batch mode would
delete every caption and theme through ON DELETE CASCADE and drop the full-text triggers. The
downgrade gives the dates of the two new sources the source ``none`` (the next index reads them
again) before narrowing the constraint back.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0009"
branch_labels = None
depends_on = None

_OLD = "'archivist', 'filename', 'exif_capture', 'exif_digitised', 'none'"
_NEW = "'archivist', 'filename', 'exif_capture', 'exif_digitised', 'xmp_created', 'iptc_created', 'none'"
_COLUMNS = ("file_values", "sidecar_sig", "location")


def _sqlite_check(old: str, new: str) -> None:
    bind = op.get_bind()
    sql = bind.execute(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'photos'")
    ).scalar()
    needle = f"date_source IN ({old})"
    if not sql or needle not in sql:
        return
    version = bind.execute(sa.text("PRAGMA schema_version")).scalar() or 0
    bind.execute(sa.text("PRAGMA writable_schema = ON"))
    try:
        bind.execute(
            sa.text("UPDATE sqlite_master SET sql = :sql WHERE type = 'table' AND name = 'photos'"),
            {"sql": sql.replace(needle, f"date_source IN ({new})")},
        )
        bind.execute(sa.text(f"PRAGMA schema_version = {int(version) + 1}"))
    finally:
        bind.execute(sa.text("PRAGMA writable_schema = OFF"))


def _postgres_check(values: str) -> None:
    op.drop_constraint(op.f("ck_photos_date_source"), "photos", type_="check")
    op.create_check_constraint(op.f("ck_photos_date_source"), "photos", f"date_source IN ({values})")


def upgrade() -> None:
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.add_column(sa.Column("location", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("sidecar_sig", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("file_values", sa.JSON(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_check(_OLD, _NEW)
    else:
        _postgres_check(_NEW)


def downgrade() -> None:
    op.execute("UPDATE photos SET date_source = 'none' WHERE date_source IN ('xmp_created', 'iptc_created')")
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_check(_NEW, _OLD)
        for column in _COLUMNS:
            op.execute(f"ALTER TABLE photos DROP COLUMN {column}")
    else:
        _postgres_check(_OLD)
        for column in _COLUMNS:
            op.drop_column("photos", column)
