"""The catalog's transactions behave as SQLAlchemy documents them, on SQLite too."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import select

from photobook.db.engine import open_library
from photobook.db.models import Reign


def test_rolling_back_undoes_a_released_savepoint(library):
    with library.Session() as s:
        s.begin()
        with s.begin_nested():
            s.execute(Reign.__table__.update().values(name_en="CHANGED"))
        s.rollback()
    with library.Session() as s:
        assert "CHANGED" not in s.scalars(select(Reign.name_en)).all()


def test_two_processes_opening_a_new_library_at_once(tmp_path):
    code = (
        "import sys; from photobook.db.engine import open_library; "
        "open_library(sys.argv[1]).close(); print('ok')"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(tmp_path / "lib")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], results
    lib = open_library(tmp_path / "lib")
    with lib.Session() as s:
        assert len(s.scalars(select(Reign)).all()) == 2  # seeded once
    lib.close()
