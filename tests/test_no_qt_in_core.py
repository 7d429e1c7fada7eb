"""Qt is one room at the top: the core, the catalog, the indexer, the services and the command line
import without PySide6 (a server, a script or a test can use them without a display)."""

from __future__ import annotations

import subprocess
import sys

PACKAGES = ["photobook.core", "photobook.db", "photobook.indexer", "photobook.services", "photobook.cli"]


def test_non_ui_packages_do_not_import_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {PACKAGES!r}:\n"
        "    mod = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(getattr(mod, '__path__', []), name + '.'):\n"
        "        if '.migrations' not in info.name:\n"
        "            importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert not bad, bad\n"
        "assert 'photobook.ui' not in sys.modules\n"
        "print('ok')\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.strip() == "ok"
