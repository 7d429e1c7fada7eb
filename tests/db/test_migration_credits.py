"""Revision 0013 (credits per language): from 0010 with photographs, the photographer, credit and
rights keep their one value as the French/default value and gain Arabic and English ones; going
back to 0010 keeps the French value, or the first other one where there was none, and every
photograph with what refers to it. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from photobook.db.engine import make_engine
from photobook.db.migrate import current_revision, upgrade_to_head
from tests.db.test_migration_places import _at_0005_with_data
from tests.db.test_migration_workbench import _downgrade
from tests.db.test_migrations import _diff

NEW_COLUMNS = {f"{k}_{lang}" for k in ("photographer", "credit", "rights") for lang in ("ar", "en")}


def _at_0010_with_data(engine) -> None:
    _at_0005_with_data(engine)  # photographs 7 and 8, a caption, a theme, a reign
    upgrade_to_head(engine, "0010")
    with engine.begin() as con:
        con.execute(
            text(
                "UPDATE photos SET photographer = 'H. Najibi', credit = 'Archives Atlas', "
                "rights = 'CC BY 4.0' WHERE id = 7"
            )
        )
        con.execute(text("INSERT INTO cleared_fields (photo_id, field) VALUES (8, 'photographer')"))


def _round_trip(engine) -> None:
    _at_0010_with_data(engine)
    upgrade_to_head(engine, "0013")
    assert current_revision(engine) == "0013"
    # the schema is the models' (the revisions made beside this one aside: their tables are not here)
    assert [d for d in _diff(engine) if not _from_other_revisions(d)] == []
    with engine.connect() as con:
        row = con.execute(
            text(
                "SELECT photographer, photographer_ar, photographer_en, credit, credit_ar, rights, "
                "rights_en FROM photos WHERE id = 7"
            )
        ).one()
        # the one value is kept as the French/default value; the new languages start empty
        assert tuple(row) == ("H. Najibi", None, None, "Archives Atlas", None, "CC BY 4.0", None)
    with engine.begin() as con:
        con.execute(
            text(
                "UPDATE photos SET photographer_ar = 'ح. نجيبي', credit_ar = 'أرشيف أطلس', "
                "rights_en = 'CC BY 4.0 (English)' WHERE id = 7"
            )
        )
        # photograph 8: no French value, an Arabic and an English one; an English one emptied
        con.execute(
            text(
                "UPDATE photos SET credit_ar = 'أرشيف', credit_en = 'Archive', rights_en = 'PD' WHERE id = 8"
            )
        )
        con.execute(text("INSERT INTO cleared_fields (photo_id, field) VALUES (8, 'photographer:en')"))
    _downgrade(engine, "0010")
    assert current_revision(engine) == "0010"
    insp = inspect(engine)
    assert not NEW_COLUMNS & {c["name"] for c in insp.get_columns("photos")}
    with engine.connect() as con:
        rows = con.execute(text("SELECT id, photographer, credit, rights FROM photos ORDER BY id")).all()
        # the French value stays; where there was none, the Arabic, else the English
        assert [tuple(r) for r in rows] == [
            (7, "H. Najibi", "Archives Atlas", "CC BY 4.0"),
            (8, None, "أرشيف", "PD"),
        ]
        # an Arabic or English deletion goes with its column; the French one stays
        assert con.execute(text("SELECT photo_id, field FROM cleared_fields")).all() == [(8, "photographer")]
        # going back keeps the photographs and what refers to them (no table copy, no cascade)
        assert con.execute(text("SELECT count(*) FROM captions")).scalar() == 1
        assert con.execute(text("SELECT count(*) FROM photo_themes")).scalar() == 1
        assert con.execute(text("SELECT count(*) FROM photo_reigns")).scalar() == 1
        assert con.execute(text("SELECT place_id FROM photos WHERE id = 7")).scalar() is not None
    upgrade_to_head(engine, "0013")  # and up again
    assert current_revision(engine) == "0013"


def _from_other_revisions(d) -> bool:
    """What the models have and this chain does not yet: the revisions made beside this one (re-
    chained after it at merge). Never the columns of this one."""
    if d[0] == "add_table":
        return True
    if d[0] == "add_index":
        return not any(c.name in NEW_COLUMNS for c in d[1].columns)
    if d[0] == "add_column":
        return d[3].name not in NEW_COLUMNS
    return False


def test_sqlite_0010_to_0013_and_back(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _round_trip(engine)
    engine.dispose()


@pytest.mark.postgres
def test_postgres_0010_to_0013_and_back(pg_url):
    engine = make_engine(pg_url)
    _round_trip(engine)
    engine.dispose()
