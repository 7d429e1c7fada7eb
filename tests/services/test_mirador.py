"""The IIIF export opens in Mirador 4: tools/mirador_check.py serves an export from a local HTTP
server, loads it in Mirador (npm package ``mirador``, its UMD build fetched once into a cache folder)
in headless Chromium, and the page shows the manifest's and the first photograph's labels."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .export_fixtures import make_library

TOOL = Path(__file__).parents[2] / "tools" / "mirador_check.py"


def _tool():
    spec = importlib.util.spec_from_file_location("mirador_check", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_the_manifest_opens_in_mirador(library, tmp_path):
    tool = _tool()
    if tool.chromium() is None:
        pytest.skip("chromium is not installed (Debian: chromium)")
    if shutil.which("npm") is None:
        pytest.skip("npm is not installed: Mirador comes from the npm registry")
    cache = Path(os.environ.get("PHOTOBOOK_TEST_CACHE", Path.home() / ".cache" / "photobook-tests"))
    try:
        tool.mirador_js(cache)
    except subprocess.CalledProcessError as exc:  # no network on this machine
        pytest.skip(
            f"npm could not fetch mirador {tool.MIRADOR}: {exc.stderr.decode(errors='replace')[-200:]}"
        )
    make_library(library, tmp_path / "src")
    text = tool.render(str(library.folder), cache)
    # Mirador shows English from the language maps: the manifest's label and summary, and the first
    # canvas (by date: the 1980s) with its metadata
    assert "Photographic archive" in text
    assert "Photographs: 5" in text
    assert "1 of 5 • wind.jpg" in text
    assert "Date 1980s" in text
    # in Arabic, Mirador takes the manifest's Arabic label and summary
    text = tool.render(str(library.folder), cache, lang="ar")
    assert "الأرشيف الفوتوغرافي" in text
    assert "عدد الصور: 5" in text
