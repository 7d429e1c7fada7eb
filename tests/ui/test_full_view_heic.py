"""The full view of a phone's HEIC photograph: the original opens upright in the window's process,
where the indexer (and its pillow-heif set-up) may never have run."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytest.importorskip("pillow_heif")

from tests.indexer.test_heic import phone_heic

SHOW = """
import sys
from photobook.ui.views.image_decode import decode_file
img = decode_file(sys.argv[1].encode(), 1200, 800, 1)  # orientation 1: what the catalogue stores
if img is None:
    print("none")
else:
    top, bottom = img.pixelColor(img.width() // 2, 3), img.pixelColor(img.width() // 2, img.height() - 4)
    print(img.width(), img.height(), top.red(), top.green(), bottom.green())
"""


def test_the_full_view_shows_a_phone_heic_upright_in_a_fresh_process(tmp_path):
    path = tmp_path / "IMG_4021.HEIC"
    path.write_bytes(phone_heic())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", SHOW, str(path)], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    width, height, top_red, top_green, bottom_green = (int(v) for v in out.stdout.split())
    assert (width, height) == (80, 120)  # the original's pixels (not the thumbnail), a portrait
    assert top_red > 200 and top_green < 60 and bottom_green > 200  # red at the top: turned once
