"""Revision 0004 (the workbench): photos gain a revision and a history, on SQLite and PostgreSQL;
an older catalog upgrades with its photographs intact and goes back without losing them."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, text

from photobook.db.engine import make_engine
from photobook.db.migrate import alembic_config, current_revision, upgrade_to_head
from tests.db.test_migrations import _catalog_at_0001, _diff


def _downgrade(engine, to: str) -> None:
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, to)


def _at_0002_with_data(engine) -> None:
    _catalog_at_0001(engine)
    upgrade_to_head(engine, "0002")
    with engine.begin() as con:
        con.execute(text("INSERT INTO themes (id, slug) VALUES (1, 'ports')"))
        con.execute(text("INSERT INTO photo_themes (photo_id, theme_id) VALUES (7, 1)"))


LATER_TABLES = {"tours", "tour_slides", "tour_captions"}  # added by revision 0005, after this one
LATER_TABLES |= {"photo_merges", "photo_alternates", "duplicate_dismissals"}  # and by 0008
LATER_TABLES |= {"summary_years", "summary_reigns", "summary_themes", "theme_closure"}  # revision 0009
LATER_COLUMNS = {("photos", "location"), ("photos", "sidecar_sig"), ("photos", "file_values")}  # 0006
LATER_TABLES |= {"cleared_fields"}  # and by 0007
LATER_TABLES |= {"places"}  # and by 0010 (with photos.place_id and its index)
LATER_TABLES |= {"summary_theme_days"}  # revision 0014
LATER_TABLES |= {"summary_theme_undated"}  # revision 0016
LATER_TABLES |= {"summary_theme_days_all"}  # revision 0020
LATER_COLUMNS |= {("photos", "place_id")}
LATER_COLUMNS |= {
    ("photos", f"{k}_{lang}") for k in ("photographer", "credit", "rights") for lang in ("ar", "en")
}  # 0013


def _later(d) -> bool:
    if d[0] == "add_column" and (d[2], d[3].name) in LATER_COLUMNS:  # 0006, 0010
        return True
    if d[0] == "add_index" and any((d[1].table.name, c.name) in LATER_COLUMNS for c in d[1].columns):  # 0010
        return True
    if d[0] == "add_column" and d[2] == "photos" and d[3].name == "phash":  # 0008
        return True
    obj = d[1]
    later_indexes = (
        "ix_photos_phash",
        "ix_photos_qualified_apart",
        "ix_photos_status_order",
        "ix_photos_order",
    )
    if d[0] == "add_index" and obj.name in later_indexes:  # 0008, 0015, 0021
        return True
    table = obj.name if d[0] == "add_table" else getattr(getattr(obj, "table", None), "name", None)
    if d[0] == "add_column":
        return (d[2], d[3].name) in LATER_COLUMNS
    return d[0] in ("add_table", "add_index") and table in LATER_TABLES


def _check_round_trip(engine) -> None:
    upgrade_to_head(engine, "0004")
    assert [d for d in _diff(engine) if not _later(d)] == []
    with engine.connect() as con:
        # the photograph, its caption and its theme are there, at revision 1, with no history yet
        assert con.execute(text("SELECT id, revision, status FROM photos")).all() == [(7, 1, "published")]
        assert con.execute(text("SELECT text FROM captions WHERE photo_id = 7")).scalar() == "Le port"
        assert con.execute(text("SELECT theme_id FROM photo_themes WHERE photo_id = 7")).scalar() == 1
        assert con.execute(text("SELECT count(*) FROM photo_history")).scalar() == 0
    with engine.begin() as con:
        con.execute(
            text(
                "INSERT INTO photo_history (photo_id, revision, field, old_value, new_value, user_name, at) "
                "VALUES (7, 2, 'status', 'published', 'reviewed', 'amina', CURRENT_TIMESTAMP)"
            )
        )
    _downgrade(engine, "0002")
    assert current_revision(engine) == "0002"
    insp = inspect(engine)
    assert "photo_history" not in insp.get_table_names()
    assert not {"revision", "place_ar", "place_en"} & {c["name"] for c in insp.get_columns("photos")}
    with engine.connect() as con:
        # going back keeps the photographs and what refers to them (no table copy, no cascade)
        assert con.execute(text("SELECT id, path FROM photos")).all() == [(7, "port/quai.jpg")]
        assert con.execute(text("SELECT count(*) FROM captions")).scalar() == 1
        assert con.execute(text("SELECT count(*) FROM photo_themes")).scalar() == 1


def test_sqlite_0002_to_0004_and_back(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _at_0002_with_data(engine)
    _check_round_trip(engine)
    with engine.connect() as con:  # the full-text index still follows the photographs
        assert con.execute(
            text("SELECT rowid & 536870911 FROM photo_fts WHERE photo_fts MATCH 'casablanca'")
        ).all() == [(7,)]
    engine.dispose()


@pytest.mark.postgres
def test_postgres_0002_to_0004_and_back(pg_url):
    engine = make_engine(pg_url)
    _at_0002_with_data(engine)
    _check_round_trip(engine)
    engine.dispose()
