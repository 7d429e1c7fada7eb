"""Revision 0010 (places): from 0005 with photographs, the vocabulary of places is seeded and a
photograph whose place is one of them is linked; going back to 0005 keeps every photograph and
what refers to it. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from photobook.db.engine import make_engine
from photobook.db.migrate import current_revision, upgrade_to_head
from tests.db.test_migration_workbench import _downgrade
from tests.db.test_migrations import _catalog_at_0001, _diff


def _at_0005_with_data(engine) -> None:
    _catalog_at_0001(engine)  # photograph 7, with a caption and a reign
    upgrade_to_head(engine, "0005")
    with engine.begin() as con:
        con.execute(text("UPDATE photos SET place = 'Casablanca', place_ar = 'الدار البيضاء' WHERE id = 7"))
        con.execute(
            text(
                "INSERT INTO photos (id, source_id, path_bytes, path, content_hash, size, mtime_ns, status, "
                "place, created_at, updated_at) VALUES (8, 1, :pb, 'x.jpg', 'def', 1, 1, 'draft', 'Nulle part', "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {"pb": b"x.jpg"},
        )
        con.execute(text("INSERT INTO themes (id, slug) VALUES (1, 'ports')"))
        con.execute(text("INSERT INTO photo_themes (photo_id, theme_id) VALUES (7, 1)"))


def _round_trip(engine) -> None:
    _at_0005_with_data(engine)
    upgrade_to_head(engine, "0010")
    assert current_revision(engine) == "0010"
    # the schema is the models' (the revisions made beside this one aside: their tables are not here)
    assert [d for d in _diff(engine) if not _from_other_revisions(d)] == []
    with engine.connect() as con:
        names = dict(con.execute(text("SELECT name_fr, name_ar FROM places")).all())
        assert names["Casablanca"] == "الدار البيضاء" and names["Dakhla"] == "الداخلة"
        casa = con.execute(
            text("SELECT id, lat, lon, parent_id FROM places WHERE name_fr = 'Casablanca'")
        ).one()
        region = con.execute(text("SELECT name_fr FROM places WHERE id = :p"), {"p": casa[3]}).scalar()
        assert region == "Casablanca-Settat" and abs(casa[1] - 33.59) < 0.01
        assert dict(con.execute(text("SELECT id, place_id FROM photos")).all()) == {7: casa[0], 8: None}
    with engine.begin() as con:  # a place added after the seed gets a new id (PostgreSQL's sequence)
        con.execute(text("INSERT INTO places (name_fr) VALUES ('Ifrane')"))
    _downgrade(engine, "0005")
    assert current_revision(engine) == "0005"
    insp = inspect(engine)
    assert "places" not in insp.get_table_names()
    assert "place_id" not in {c["name"] for c in insp.get_columns("photos")}
    with engine.connect() as con:
        # going back keeps the photographs and what refers to them (no table copy, no cascade)
        assert con.execute(text("SELECT id, place FROM photos ORDER BY id")).all() == [
            (7, "Casablanca"),
            (8, "Nulle part"),
        ]
        assert con.execute(text("SELECT count(*) FROM captions")).scalar() == 1
        assert con.execute(text("SELECT count(*) FROM photo_themes")).scalar() == 1
        assert con.execute(text("SELECT count(*) FROM photo_reigns")).scalar() == 1
    upgrade_to_head(engine, "0010")  # and up again
    assert current_revision(engine) == "0010"


def _from_other_revisions(d) -> bool:
    """What the models have and this chain does not yet: the revisions made beside this one (re-
    chained after it at merge). Never the places table, its index or photos.place_id."""
    if d[0] == "add_table":
        return d[1].name != "places"
    if d[0] == "add_index":
        return d[1].table.name != "places" and "place_id" not in d[1].name
    if d[0] == "add_column":
        return d[3].name != "place_id"
    return False


def test_sqlite_0005_to_0010_and_back(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    _round_trip(engine)
    engine.dispose()


@pytest.mark.postgres
def test_postgres_0005_to_0010_and_back(pg_url):
    engine = make_engine(pg_url)
    _round_trip(engine)
    engine.dispose()
