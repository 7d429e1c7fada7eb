"""The window's memory does not keep the source of every module it imports (issue 12, the window's
RSS): PySide6 asks of each module imported after it whether it mentions "PySide6", and reading the
answer through ``inspect.getsource`` left every line of ~325 files in ``linecache`` (~21 MB)."""

from __future__ import annotations

import linecache
import sys

import pytest

pytest.importorskip("PySide6")

import photobook.ui.app  # noqa: F401 - the window's start: PySide6, then its import hook made light


def _fresh_module(tmp_path, name: str, body: str):
    (tmp_path / f"{name}.py").write_text(body, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        return __import__(name)  # an import statement's way: PySide6's hook is on __import__
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop(name, None)


def test_a_module_imported_after_qt_leaves_no_source_in_memory(tmp_path):
    module = _fresh_module(tmp_path, "pb_plain_module", "X = 1\n" + "# a line of source\n" * 2000)
    assert module.X == 1
    assert module.__file__ not in linecache.cache


def test_qt_still_tells_a_module_that_uses_it_from_one_that_does_not(tmp_path):
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide6 has no import hook")
    uses = _fresh_module(
        tmp_path, "pb_uses_qt", "from PySide6 import QtCore\nX = QtCore.Qt.AlignmentFlag.AlignLeft\n"
    )
    plain = _fresh_module(tmp_path, "pb_no_qt", "X = 2\n")
    assert feature._mod_uses_pyside(uses) is True  # a PySide module: its "no feature" default kept
    assert feature._mod_uses_pyside(plain) is False  # ignored
    assert feature._mod_uses_pyside(sys) is False  # a built-in module: PySide6's own answer
    assert uses.__file__ not in linecache.cache
