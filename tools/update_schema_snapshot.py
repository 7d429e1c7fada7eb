#!/usr/bin/env python3
"""Write ``src/photobook/db/migrations/head_sqlite.json``: the schema and first rows that the
migrations make on an empty SQLite catalog, from which a new catalog is made in one step
(``photobook.db.snapshot``). Run it after adding a migration; ``tests/db/test_schema_snapshot.py``
fails until it is run.

Usage: python tools/update_schema_snapshot.py
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from photobook.db import snapshot
from photobook.db.engine import open_library
from photobook.db.migrate import upgrade_to_head


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        lib = open_library(Path(tmp), upgrade=False, seed=False)
        upgrade_to_head(lib.engine, from_snapshot=False)
        lib.close()
        con = sqlite3.connect(Path(tmp) / "catalog.sqlite")
        snapshot.write(snapshot.SNAPSHOT, con)
        con.close()
    print(f"wrote {snapshot.SNAPSHOT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
