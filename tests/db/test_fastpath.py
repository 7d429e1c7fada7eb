"""The first frame's reads without SQLAlchemy: the same rows and reigns as the ORM's queries, and
no answer (so the caller opens the library the usual way) where only a full open can give one."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import text

from photobook.db import fastpath, queries
from photobook.db.engine import CATALOG_FILE, open_library


def test_first_frame_is_what_the_queries_return(synthetic_library):
    frame = fastpath.first_frame(synthetic_library.folder)
    assert frame is not None
    with synthetic_library.Session() as s:
        assert frame.rows == queries.timeline_rows(s)
        reigns = queries.reigns(s)
    assert len(frame.rows) == 300 and frame.rows[-1][1] is None  # undated last, as on the timeline
    assert [(r.slug, r.start, r.end, r.color) for r in frame.reigns] == [
        (r.slug, r.start, r.end, r.color) for r in reigns
    ]
    assert [r.name(lang) for r in frame.reigns for lang in ("fr", "ar", "en")] == [
        r.name(lang) for r in reigns for lang in ("fr", "ar", "en")
    ]
    assert fastpath.CATALOG_FILE == CATALOG_FILE


def test_no_answer_where_the_library_must_be_opened_first(tmp_path, library):
    assert fastpath.first_frame(tmp_path / "nothing here") is None  # first start: no catalog yet
    (tmp_path / "garbage").mkdir()
    (tmp_path / "garbage" / CATALOG_FILE).write_bytes(b"not a database" * 100)
    assert fastpath.first_frame(tmp_path / "garbage") is None
    assert fastpath.first_frame(library.folder) is not None  # new, seeded, no photos
    spaced = open_library(tmp_path / "ma bibliothèque 1985")  # a folder name a URI must escape
    spaced.close()
    assert fastpath.first_frame(tmp_path / "ma bibliothèque 1985") == (
        [],
        fastpath.first_frame(library.folder).reigns,
    )
    with library.engine.begin() as conn:  # an older schema: opening upgrades it
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert fastpath.first_frame(library.folder) is None
    with library.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": fastpath.head_revision()})
        conn.execute(text("DELETE FROM reigns"))  # not seeded: opening seeds it
    assert fastpath.first_frame(library.folder) is None


def test_the_timeline_and_its_rows_load_without_sqlalchemy():
    """What the first frame needs imports no SQLAlchemy (~0.4 s of a start)."""
    code = (
        "import sys; import photobook.db.fastpath, photobook.ui.timeline, photobook.ui.thumbcache; "
        "print('sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
