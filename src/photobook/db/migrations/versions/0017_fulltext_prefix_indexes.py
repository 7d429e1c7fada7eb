"""the full-text index keeps prefix indexes of 2, 3 and 4 characters (SQLite)

Revision ID: 0017
Revises: 0015
Create Date: 2026-12-02 08:15:00.000000

Every typed word is searched as the start of a word (``core.text.fts_query``: "port" finds "ports").
Without a prefix index FTS5 answers such a query by reading and merging the posting lists of every
term that starts with it, each time: at a million photographs "port tanger" spent 13 ms of its
16 ms there ("port" and "ports", 230,000 postings). A prefix index keeps those merged lists for
prefixes of 2, 3 and 4 characters, the short words where the merge is widest; longer words start
few terms. FTS5 sets its prefix indexes when the table is created, so the table is created again
and rebuilt from ``photos.search_text`` (a million photographs: ~8 s of CPU, +120 MB).

PostgreSQL searches with its trigram index (revision 0001), which this does not touch.
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# the triggers of revision 0001, which keep the index in step with photos.search_text
_TRIGGERS = {
    "photos_fts_ai": "AFTER INSERT ON photos BEGIN "
    "INSERT INTO photo_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "photos_fts_ad": "AFTER DELETE ON photos BEGIN "
    "INSERT INTO photo_fts(photo_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "photos_fts_au": "AFTER UPDATE OF search_text ON photos BEGIN "
    "INSERT INTO photo_fts(photo_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO photo_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
}


def _recreate(options: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS photo_fts")
    op.execute(
        "CREATE VIRTUAL TABLE photo_fts USING fts5(search_text, content='photos', "
        f"content_rowid='id', tokenize=\"unicode61 remove_diacritics 2\"{options})"
    )
    op.execute("INSERT INTO photo_fts(photo_fts) VALUES ('rebuild')")
    for name, body in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def upgrade() -> None:
    _recreate(", prefix='2 3 4'")


def downgrade() -> None:
    _recreate("")
