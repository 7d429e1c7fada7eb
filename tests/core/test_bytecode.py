"""The benchmarks time a user's second start: photobook's modules read from their ``.pyc`` files,
even where ``PYTHONDONTWRITEBYTECODE`` is set and no start ever writes them."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from photobook.core.bytecode import write_bytecode


def test_bytecode_is_written_where_starts_never_write_it(tmp_path, monkeypatch):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    module = package / "mod.py"
    module.write_text("VALUE = 42\n")
    env = {"PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(tmp_path)}
    subprocess.run([sys.executable, "-c", "import pkg.mod"], check=True, env=env)
    cached = importlib.util.cache_from_source(str(module))
    assert not (package / "__pycache__").exists()  # a start under that setting wrote nothing

    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert write_bytecode(package)
    assert Path(cached).exists()
    # and a start reads it instead of compiling the source
    out = subprocess.run(
        [sys.executable, "-v", "-c", "import pkg.mod"], check=True, env=env, capture_output=True, text=True
    )
    assert f"code object from '{cached}'" in out.stderr
