"""The package's bytecode, written before a benchmark times a start.

A user's first start of photobook writes each module's ``.pyc`` (``pip install .`` writes them at
install time); every later start reads them. Where ``PYTHONDONTWRITEBYTECODE`` is set (as it is on
the machine the benchmarks are run on) nothing is ever written, and every start of an editable
install compiles all of photobook's modules from source again: ~0.15 s of the CLI's start and
~0.2–0.3 s of the window's first paint, on every run. The benchmarks time the start users see, so
they write the bytecode first.
"""

from __future__ import annotations

import compileall
from pathlib import Path


def write_bytecode(folder: Path | None = None) -> bool:
    """Write the ``.pyc`` of every module of the photobook package (or of ``folder``) that has none
    or a stale one (``py_compile`` writes whatever ``PYTHONDONTWRITEBYTECODE`` says); ``False``
    where one cannot be written (then each start compiles it, as it would for the user)."""
    if folder is None:
        import photobook

        folder = Path(photobook.__file__).parent
    try:
        return bool(compileall.compile_dir(folder, quiet=2, workers=1))
    except OSError:
        return False
