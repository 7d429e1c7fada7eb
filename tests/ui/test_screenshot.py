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


def test_screenshot_draws_the_filtered_states_from_the_command_line(qapp, synthetic_library, tmp_path):
    from photobook import cli
    from photobook.db import queries

    with synthetic_library.Session() as s:
        hidden = queries.photo_ids(s, queries.PhotoFilter(year_from=2010, year_to=2020))[0]
    lib = str(synthetic_library.folder)
    plain, filtered = tmp_path / "plain.png", tmp_path / "filtered.png"
    assert cli.main(["screenshot", str(plain), "--library", lib, "--size", "1280x800"]) == 0
    argv = [
        "screenshot",
        str(filtered),
        "--library",
        lib,
        "--size",
        "1280x800",
        "--year",
        "1990:1994",
        "--theme",
        "renewable-energy",
        "--search",
        "a",
        "--select",
        str(hidden),
        "--lang",
        "ar",
    ]
    assert cli.main(argv) == 0
    a, b = QImage(str(plain)), QImage(str(filtered))
    assert (b.width(), b.height()) == (1280, 800) and colours(b) > 40
    assert a != b


@pytest.mark.parametrize(
    "extra", [["--theme", "no-such-theme"], ["--select", "999999"], ["--year", "1994:1990"]]
)
def test_screenshot_refuses_an_unknown_theme_or_photograph(synthetic_library, tmp_path, capsys, extra):
    from photobook import cli

    out = tmp_path / "x.png"
    with pytest.raises(SystemExit) if extra[0] == "--year" else _no_raise():
        rc = cli.main(["screenshot", str(out), "--library", str(synthetic_library.folder), *extra])
        assert rc == 2
        assert "photobook:" in capsys.readouterr().err
    assert not out.exists()


def _no_raise():
    import contextlib

    return contextlib.nullcontext()


def test_the_command_line_offers_every_view_the_screenshot_draws():
    """cli.py names the views itself (the CLI imports nothing of photobook.ui); the two lists agree."""
    import argparse

    from photobook.cli import build_parser
    from photobook.ui.screenshot import VIEWS

    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    view = next(a for a in sub.choices["screenshot"]._actions if a.dest == "view")
    assert tuple(view.choices) == VIEWS
