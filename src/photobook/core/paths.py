"""Where things live: the library folder (catalog + thumbnail cache), the application's resources
(fonts, stylesheet, translations, icon) and the demo archive.

``resources/`` and ``data/`` sit at the top of the repository; the build maps them to the
sub-packages ``photobook.resources`` and ``photobook.data`` (``setup.py``), so that a wheel carries
them and an editable install finds them in the checkout. Both are located with
:mod:`importlib.resources`, never relative to the current folder: the application runs from anywhere.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

APP_NAME = "photobook"
#: The application's id on the desktop: the .desktop file, the AppStream metainfo and the icon.
APP_ID = "io.github.photobook.Photobook"

#: The checkout's root, for running straight from a source tree (``PYTHONPATH=src``) without install.
_CHECKOUT = Path(__file__).resolve().parents[3]


def default_library_dir() -> Path:
    """``$PHOTOBOOK_LIBRARY``, else the user data folder (``~/.local/share/photobook`` on Linux)."""
    env = os.environ.get("PHOTOBOOK_LIBRARY")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def _package_dir(package: str, checkout_folder: str) -> Path:
    """The folder of a data package on disk: the installed package (wheel or editable install),
    else the checkout's folder of the same content."""
    try:
        root = resources.files(package)
    except ModuleNotFoundError:
        return _CHECKOUT / checkout_folder
    # photobook is installed as files (wheel or editable), never zipped: the Traversable is a Path
    return Path(str(root))


def resources_dir() -> Path:
    """The application's resources: ``fonts/``, ``i18n/*.qm``, ``style.qss``, the icon."""
    return _package_dir("photobook.resources", "resources")


def demo_archive_dir() -> Path | None:
    """The demo archive (``data/demo``, shipped in the package), or ``$PHOTOBOOK_DEMO``."""
    env = os.environ.get("PHOTOBOOK_DEMO")
    candidates = [Path(env)] if env else []
    candidates.append(_package_dir("photobook.data", "data") / "demo")
    for c in candidates:
        if (c / "images").is_dir():
            return c
    return None
