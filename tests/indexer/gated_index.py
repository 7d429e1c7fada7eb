"""``photobook`` as a separate process, with a gate that the test which starts it controls.

    python gated_index.py MODE BATCH -- photobook arguments…

Runs the real command line (``photobook.cli.main``) with batches of ``BATCH`` files, and stops at a
known point until the test writes a line on its stdin (or closes it):

- ``after-commit``: once the first batch is committed, prints ``committed N`` on stdout and waits;
- ``in-transaction``: once the first batch is committed and the second one's rows are written in
  its still open transaction, prints ``writing N`` and waits.

The test then knows exactly what the catalog holds, and kills or interrupts the process at that
point instead of polling the catalog and racing the indexer to it.
"""

from __future__ import annotations

import sys

from photobook import cli
from photobook.indexer import scan
from photobook.indexer.catalog_writer import CatalogWriter


def _gate(line: str) -> None:
    print(line, flush=True)
    sys.stdin.readline()


def main(argv: list[str]) -> int:
    mode, batch, sep, *args = argv
    if mode not in ("after-commit", "in-transaction") or sep != "--":
        raise SystemExit("usage: gated_index.py after-commit|in-transaction BATCH -- photobook arguments")
    scan.BATCH = int(batch)
    batches = 0

    flush = scan._flush

    def gated_flush(lib, writer, actions, *rest) -> None:  # commits the batch, then tells the window
        nonlocal batches
        n = len(actions)
        flush(lib, writer, actions, *rest)
        if n:
            batches += 1
            if mode == "after-commit" and batches == 1:
                _gate(f"committed {n}")

    write = CatalogWriter._write

    def gated_write(self, session, actions, report):  # inside the batch's transaction
        ids = write(self, session, actions, report)
        if mode == "in-transaction" and batches == 1:
            session.flush()
            _gate(f"writing {len(actions)}")
        return ids

    scan._flush = gated_flush
    CatalogWriter._write = gated_write
    return cli.main(args)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
