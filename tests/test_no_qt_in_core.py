"""Imports run one way: core → db → indexer → services → ui → the command line (cli, bench,
``__main__``). Qt is one room at the top: the core, the catalog, the indexer, the services and the
command line import without PySide6 (a server, a script or a test can use them without a display).

Every import counts, wherever it is written (at the top of a module, inside a function, under
``TYPE_CHECKING``), and there is no list of exceptions.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import photobook

PACKAGES = ["photobook.core", "photobook.db", "photobook.indexer", "photobook.services", "photobook.cli"]
ROOT = Path(photobook.__file__).parent

# the rungs of the ladder, lowest first; a module may import from its own rung and the ones below
LADDER = ["core", "db", "indexer", "services", "ui", "entry"]
ENTRY = {"photobook.cli", "photobook.bench", "photobook.__main__"}
QT = ("PySide6", "shiboken6")


def _modules() -> dict[str, Path]:
    out = {}
    for f in sorted(ROOT.rglob("*.py")):
        parts = list(f.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = f
    return out


MODULES = _modules()


def _rung(module: str) -> int:
    if module in ENTRY or module.startswith("photobook.commands"):  # the CLI's handlers, one module each
        return LADDER.index("entry")
    parts = module.split(".")
    if module == "photobook" or parts[1] not in LADDER:
        return 0  # the package itself (its version and languages): the bottom rung
    return LADDER.index(parts[1])


def _imports(module: str) -> list[tuple[int, str]]:
    """(line, imported module) for every import in ``module``, relative ones resolved; ``from
    package import submodule`` counts as importing the submodule."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            out.extend((node.lineno, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            subs = [f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in MODULES]
            out.extend((node.lineno, s) for s in subs)
            if len(subs) < len(node.names):
                out.append((node.lineno, target))
    return out


def _graph() -> dict[str, set[str]]:
    return {m: {t for _l, t in _imports(m) if t in MODULES and t != m} for m in MODULES}


def test_imports_run_one_way_down_the_ladder():
    wrong = []
    for module in MODULES:
        for line, target in _imports(module):
            if target.split(".")[0] in QT and _rung(module) != LADDER.index("ui"):
                wrong.append(f"{module}:{line} imports {target} (Qt belongs to photobook.ui)")
            if target.startswith("photobook") and target in MODULES and _rung(target) > _rung(module):
                wrong.append(
                    f"{module}:{line} imports {target} ({LADDER[_rung(module)]} → "
                    f"{LADDER[_rung(target)]} goes up the ladder)"
                )
    assert not wrong, "\n".join(wrong)


def test_no_two_modules_import_each_other():
    """No cycles, not even through imports inside functions (``app`` ↔ ``main_window`` was one)."""
    graph = _graph()
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for t in sorted(graph[m]):
            if state.get(t) == 1:
                cycles.append(" → ".join([*stack[stack.index(t) :], t]))
            elif t not in state:
                visit(t)
        stack.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m)
    assert not cycles, "\n".join(cycles)


def test_the_rule_sees_an_import_that_goes_up(tmp_path):
    """The walker itself: a lower rung importing a higher one, inside a function, is caught."""
    MODULES["photobook.db._probe"] = probe = tmp_path / "_probe.py"
    try:
        probe.write_text("def f():\n    from photobook.services import edits\n    from ..ui import app\n")
        assert _imports("photobook.db._probe") == [(2, "photobook.services.edits"), (3, "photobook.ui.app")]
        assert [_rung(t) > _rung("photobook.db._probe") for _l, t in _imports("photobook.db._probe")] == [
            True,
            True,
        ]
    finally:
        del MODULES["photobook.db._probe"]


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
