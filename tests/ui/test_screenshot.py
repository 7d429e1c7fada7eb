"""``photobook screenshot`` renders the real window offscreen: a PNG of the requested size, with
the photographs in it (not a blank or single-colour image)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QImage

from photobook.ui import i18n, screenshot


def colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y) & 0xF8F8F8)  # 5 bits per channel: ignore anti-aliasing noise
    return len(seen)


@pytest.mark.parametrize(
    ("view", "lang"),
    [("timeline", "fr"), ("grid", "ar"), ("photo", "en"), ("present", "ar"), ("presenter", "fr")],
)
def test_screenshot_writes_a_png_of_the_requested_size(qapp, synthetic_library, tmp_path, view, lang):
    out = tmp_path / f"{view}.png"
    before = i18n.current_language()
    rc = screenshot.run(out, synthetic_library.folder, None, view=view, size=(1280, 800), lang=lang)
    assert rc == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert colours(image) > 60
    assert i18n.current_language() == before  # the application's own language is put back


def test_screenshot_rejects_an_unknown_view(synthetic_library, tmp_path):
    with pytest.raises(ValueError):
        screenshot.run(tmp_path / "x.png", synthetic_library.folder, None, view="map")
