"""prefix indexes up to 20 characters: a long word's search no longer merges its every posting

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03 10:30:00.000000

Every typed word is searched as a word start (``"photographie"*``). FTS5 answers a prefix with an
index of its length as it answers a word: postings read in row order, so ``ORDER BY rowid LIMIT 200``
stops after 200 matches. A prefix with no index of its length is answered by reading and merging
every posting of every term it starts before the first row: revision 0018 indexed prefixes of 2 to
10 characters, so a word of 11 or more ("photographie", "bibliotheque", "manifestation",
"independance") was merged whole. Measured at a million photographs, "photographie" (in every
caption): its first page ~38 ms of CPU, against ~0.2 ms for "photograph".

Prefix indexes of 11 to 20 characters hold an entry only for the words that long, few of a
caption's words: built the same way from the synthetic catalog of 100,000 photographs (a 12-letter
word in every caption), the index grows from 28.8 to 29.9 MB (~4 %). Made again at a million, it
went from 445 to 434 MB (the old one had grown by inserts; this one is written in row order). Its
first page for "photographie": ~38 -> ~0.2 ms; counted: ~92 -> ~44 ms (every posting is still read).
The upgrade rewrites the index: ~2 minutes at a million photographs on a loaded 2-core machine.
Words of 21 characters or more still merge.

The index is contentless (revision 0018): it is made again from ``photos`` with the same row
numbers; the triggers of revision 0018 are unchanged (they name the table, not its options).
PostgreSQL searches with its trigram index, which this does not touch.
"""

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

_KEY = (
    "CASE WHEN photos.day_start IS NULL THEN (4194303 << 41) | photos.id ELSE (photos.day_start << 41) "
    "| (min(max(coalesce(photos.day_end, photos.day_start) - photos.day_start, 0), 4095) << 29) "
    "| photos.id END"
)
_TOKENIZE = 'tokenize="unicode61 remove_diacritics 2"'
PREFIXES = " ".join(str(n) for n in range(2, 21))
_PREFIXES_0018 = "2 3 4 5 6 7 8 9 10"


def _make(prefixes: str) -> None:
    op.execute("DROP TABLE IF EXISTS photo_fts")
    op.execute(
        f"CREATE VIRTUAL TABLE photo_fts USING fts5(search_text, content='', {_TOKENIZE}, prefix='{prefixes}')"
    )
    op.execute(f"INSERT INTO photo_fts(rowid, search_text) SELECT {_KEY}, search_text FROM photos ORDER BY 1")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _make(PREFIXES)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _make(_PREFIXES_0018)
