"""initial catalog

Revision ID: 0001
Revises:
Create Date: 2026-11-26 19:02:50.479063
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("name_fr", sa.Text(), server_default="", nullable=False),
        sa.Column("name_ar", sa.Text(), server_default="", nullable=False),
        sa.Column("name_en", sa.Text(), server_default="", nullable=False),
        sa.Column("color", sa.String(length=16), server_default="#777777", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reigns")),
        sa.UniqueConstraint("slug", name=op.f("uq_reigns_slug")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("last_scan_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("path", name=op.f("uq_sources_path")),
    )
    op.create_table(
        "themes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("color", sa.String(length=16), server_default="#777777", nullable=False),
        sa.Column("label_fr", sa.Text(), server_default="", nullable=False),
        sa.Column("label_ar", sa.Text(), server_default="", nullable=False),
        sa.Column("label_en", sa.Text(), server_default="", nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["themes.id"], name=op.f("fk_themes_parent_id_themes"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_themes")),
        sa.UniqueConstraint("slug", name=op.f("uq_themes_slug")),
    )
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_themes_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "index_problems",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("path_bytes", sa.LargeBinary(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=16), server_default="error", nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_index_problems_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_index_problems")),
        sa.UniqueConstraint("source_id", "path_bytes", name="uq_index_problems_source_path"),
    )
    op.create_table(
        "photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("path_bytes", sa.LargeBinary(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=32), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("mtime_ns", sa.BigInteger(), nullable=False),
        sa.Column("missing", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("format", sa.String(length=16), nullable=True),
        sa.Column("pixel_width", sa.Integer(), nullable=True),
        sa.Column("pixel_height", sa.Integer(), nullable=True),
        sa.Column("orientation", sa.Integer(), server_default="1", nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("camera_make", sa.Text(), nullable=True),
        sa.Column("camera_model", sa.Text(), nullable=True),
        sa.Column("gps_lat", sa.Float(), nullable=True),
        sa.Column("gps_lon", sa.Float(), nullable=True),
        sa.Column("digitised_at", sa.String(length=32), nullable=True),
        sa.Column("date_edtf", sa.String(length=64), server_default="", nullable=False),
        sa.Column("date_source", sa.String(length=16), server_default="none", nullable=False),
        sa.Column("day_start", sa.Integer(), nullable=True),
        sa.Column("day_end", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("approximate", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("status", sa.String(length=16), server_default="draft", nullable=False),
        sa.Column("photographer", sa.Text(), nullable=True),
        sa.Column("credit", sa.Text(), nullable=True),
        sa.Column("rights", sa.Text(), nullable=True),
        sa.Column("plate", sa.Text(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("place_lat", sa.Float(), nullable=True),
        sa.Column("place_lon", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("keywords", sa.Text(), nullable=True),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "date_source IN ('archivist', 'filename', 'exif_capture', 'exif_digitised', 'none')",
            name=op.f("ck_photos_date_source"),
        ),
        sa.CheckConstraint("status IN ('draft', 'reviewed', 'published')", name=op.f("ck_photos_status")),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_photos_source_id_sources"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photos")),
        sa.UniqueConstraint("source_id", "path_bytes", name="uq_photos_source_path"),
    )
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photos_content_hash"), ["content_hash"], unique=False)
        batch_op.create_index("ix_photos_day", ["day_start", "day_end", "approximate"], unique=False)
        batch_op.create_index("ix_photos_status_day", ["status", "day_start", "day_end"], unique=False)
        batch_op.create_index("ix_photos_year", ["year"], unique=False)

    op.create_table(
        "captions",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("title", sa.Text(), server_default="", nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photos.id"], name=op.f("fk_captions_photo_id_photos"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("photo_id", "lang", name=op.f("pk_captions")),
    )
    op.create_table(
        "photo_reigns",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("reign_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photos.id"], name=op.f("fk_photo_reigns_photo_id_photos"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["reign_id"], ["reigns.id"], name=op.f("fk_photo_reigns_reign_id_reigns"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("photo_id", "reign_id", name=op.f("pk_photo_reigns")),
    )
    with op.batch_alter_table("photo_reigns", schema=None) as batch_op:
        batch_op.create_index("ix_photo_reigns_reign", ["reign_id", "photo_id"], unique=False)

    op.create_table(
        "photo_themes",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photos.id"], name=op.f("fk_photo_themes_photo_id_photos"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["themes.id"], name=op.f("fk_photo_themes_theme_id_themes"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("photo_id", "theme_id", name=op.f("pk_photo_themes")),
    )
    with op.batch_alter_table("photo_themes", schema=None) as batch_op:
        batch_op.create_index("ix_photo_themes_theme", ["theme_id", "photo_id"], unique=False)

    create_fulltext()


def downgrade() -> None:
    drop_fulltext()
    with op.batch_alter_table("photo_themes", schema=None) as batch_op:
        batch_op.drop_index("ix_photo_themes_theme")

    op.drop_table("photo_themes")
    with op.batch_alter_table("photo_reigns", schema=None) as batch_op:
        batch_op.drop_index("ix_photo_reigns_reign")

    op.drop_table("photo_reigns")
    op.drop_table("captions")
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.drop_index("ix_photos_year")
        batch_op.drop_index("ix_photos_status_day")
        batch_op.drop_index("ix_photos_day")
        batch_op.drop_index(batch_op.f("ix_photos_content_hash"))

    op.drop_table("photos")
    op.drop_table("index_problems")
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_themes_parent_id"))

    op.drop_table("themes")
    op.drop_table("sources")
    op.drop_table("reigns")


# Full-text search. On SQLite an FTS5 index over photos.search_text (already folded by
# core.text.fold: case, accents, Arabic diacritics), kept in step by triggers. On PostgreSQL a
# trigram index serves ILIKE on the same column.
_FTS_TRIGGERS = {
    "photos_fts_ai": "AFTER INSERT ON photos BEGIN "
    "INSERT INTO photo_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "photos_fts_ad": "AFTER DELETE ON photos BEGIN "
    "INSERT INTO photo_fts(photo_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "photos_fts_au": "AFTER UPDATE OF search_text ON photos BEGIN "
    "INSERT INTO photo_fts(photo_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO photo_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
}


def create_fulltext() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE photo_fts USING fts5(search_text, content='photos', "
            "content_rowid='id', tokenize=\"unicode61 remove_diacritics 2\")"
        )
        for name, body in _FTS_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_photos_search_trgm ON photos USING gin (search_text gin_trgm_ops)")


def drop_fulltext() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in _FTS_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS photo_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_photos_search_trgm")
