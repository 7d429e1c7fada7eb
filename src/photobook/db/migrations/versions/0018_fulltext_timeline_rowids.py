"""the full-text index numbers its rows in timeline order (SQLite)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02 12:05:00.000000

A search's first page is the first matches in timeline order (earliest day, then latest day, then
id; undated last, by id). With the index's rows numbered by photograph id, SQLite found them by
walking the day index and probing the set of matches (a million photographs, "tanger": ~11 ms).
Numbered in timeline order, ``ORDER BY rowid LIMIT 200`` stops after the first 200 matches in
FTS5 itself. A row's number (see ``db.queries_fulltext``)::

    day_start << 41 | min(day_end - day_start, 4095) << 29 | id      (dated)
    (2**22 - 1) << 41 | id                                           (undated)

Days are ordinals (below 2**22), ids below 2**29 (536 million; a larger id is refused). Spans
up to 4,094 days (an exact day, a month, a year, a decade like "198X") order rows by themselves;
photographs of the same first day spanning 4,095 days or more share the middle part and the query
orders those by ``day_end`` itself.
Prefix indexes of 5 to 10 characters join those of 2, 3 and 4 (revision 0017): every typed word
is searched as a word start, and FTS5 answers a prefix with no index of its length by reading and
merging every posting of every term it starts, before the first row (a million photographs,
"tanger": ~5 ms of the page's ~6 ms, and "laayoune" counted in ~12 ms where its prefix index
takes ~7 ms). Words of 11 characters or more still merge. The index grows from ~275 MB to
~430 MB at a million photographs (the synthetic catalog, with a number in every caption).

The index holds no text (``content=''``): its rows no longer match ``photos.id``, which an
external-content index requires; the triggers give it the text and the number, and move a row
when a photograph's dates change, in the same transaction as the change.

PostgreSQL searches with its trigram index (revision 0001), which this does not touch.
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_KEY = (
    "CASE WHEN {p}.day_start IS NULL THEN (4194303 << 41) | {p}.id ELSE ({p}.day_start << 41) "
    "| (min(max(coalesce({p}.day_end, {p}.day_start) - {p}.day_start, 0), 4095) << 29) | {p}.id END"
)
_NEW, _OLD = _KEY.format(p="new"), _KEY.format(p="old")
_TOO_BIG = "SELECT RAISE(ABORT, 'photo id beyond the full-text index range') WHERE new.id >= 536870912; "
_INSERT = f"INSERT INTO photo_fts(rowid, search_text) VALUES ({_NEW}, new.search_text); "
_DELETE = f"INSERT INTO photo_fts(photo_fts, rowid, search_text) VALUES ('delete', {_OLD}, old.search_text); "

TRIGGERS = {
    "photos_fts_ai": f"AFTER INSERT ON photos BEGIN {_TOO_BIG}{_INSERT}END",
    "photos_fts_ad": f"AFTER DELETE ON photos BEGIN {_DELETE}END",
    "photos_fts_au": "AFTER UPDATE OF search_text, day_start, day_end, id ON photos "
    "WHEN old.search_text IS NOT new.search_text OR old.day_start IS NOT new.day_start "
    f"OR old.day_end IS NOT new.day_end OR old.id IS NOT new.id BEGIN {_TOO_BIG}{_DELETE}{_INSERT}END",
}

# revision 0017's index and triggers (rows numbered by photograph id, text read from photos)
_TRIGGERS_0017 = {
    "photos_fts_ai": "AFTER INSERT ON photos BEGIN "
    "INSERT INTO photo_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "photos_fts_ad": "AFTER DELETE ON photos BEGIN "
    "INSERT INTO photo_fts(photo_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "photos_fts_au": "AFTER UPDATE OF search_text ON photos BEGIN "
    "INSERT INTO photo_fts(photo_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO photo_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
}
# a prefix index for every typed length from 2 to 10 characters (revision 0017 had 2, 3 and 4)
_PREFIXES = "2 3 4 5 6 7 8 9 10"
_TOKENIZE = 'tokenize="unicode61 remove_diacritics 2"'


def _drop() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS photo_fts")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    biggest = op.get_bind().exec_driver_sql("SELECT max(id) FROM photos").scalar()
    if biggest is not None and biggest >= 2**29:
        raise RuntimeError(f"photo id {biggest} is beyond the full-text index's range (2**29)")
    _drop()
    op.execute(
        f"CREATE VIRTUAL TABLE photo_fts USING fts5(search_text, content='', {_TOKENIZE}, prefix='{_PREFIXES}')"
    )
    op.execute(
        f"INSERT INTO photo_fts(rowid, search_text) SELECT {_KEY.format(p='photos')}, search_text "
        "FROM photos ORDER BY 1"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop()
    op.execute(
        "CREATE VIRTUAL TABLE photo_fts USING fts5(search_text, content='photos', "
        f"content_rowid='id', {_TOKENIZE}, prefix='2 3 4')"
    )
    op.execute("INSERT INTO photo_fts(photo_fts) VALUES ('rebuild')")
    for name, body in _TRIGGERS_0017.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
