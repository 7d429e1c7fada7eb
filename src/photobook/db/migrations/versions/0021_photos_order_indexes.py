"""indexes in timeline order to the last tie: a filter's first page stops at its LIMIT

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-03 10:20:00.000000

``queries.photo_ids`` with a LIMIT (the CLI's ``list --limit``, exports, the spreadsheet), a contact
sheet page (``queries.ordered_page``) and the rows of the visible span (``timeline_span_rows``)
order by ``day_start, day_end, id``. The day indexes end in ``approximate`` (the timeline groups by
it), so SQLite walked them in (day_start, day_end) order but sorted the ties by id: every
photograph of one interval was read, probed for the filter's theme and sorted before the first row
came out, and a page at an offset sorted every row before it. A decade ("198X": 4,350 published
photographs at a million) is one interval. These indexes hold the ORDER BY to the last tie and
``approximate`` after it (covering for the timeline's rows).

Measured on a copy at a million photographs, CPU of the query function, median of 9, A/B against
0020 on the same machine under load: 1985-2005, Hassan II, logistics, published, LIMIT 200
11-13.5 -> 4.5-5.4 ms (SQLite alone 10.4 -> 2.8); the same over every status 19-28 -> 3.7-4.4 ms;
a contact sheet page at 400,000 of every status 94-146 -> 5-8 ms (published, at 200,000: 57-81 ->
9-10 ms); a year of the visible span 38-65 -> 29 ms. About 27 and 22 MB at a million photographs.
"""

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_photos_status_order": ["status", "day_start", "day_end", "id", "approximate"],
    "ix_photos_order": ["day_start", "day_end", "id", "approximate"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "photos", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="photos")
