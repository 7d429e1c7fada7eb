"""Where things live: the library folder (catalog + thumbnail cache) and the demo archive."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "photobook"


def default_library_dir() -> Path:
    """``$PHOTOBOOK_LIBRARY``, else the user data folder (``~/.local/share/photobook`` on Linux)."""
    env = os.environ.get("PHOTOBOOK_LIBRARY")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def demo_archive_dir() -> Path | None:
    """The demo archive shipped in the repository's ``data/demo`` (an editable install)."""
    env = os.environ.get("PHOTOBOOK_DEMO")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[3] / "data" / "demo")
    for c in candidates:
        if (c / "images").is_dir():
            return c
    return None
