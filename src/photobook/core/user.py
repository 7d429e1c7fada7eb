"""Who is working: the archivist's name kept in each photograph's history.

In ``core`` (no SQLAlchemy) so that the window can name its user before the edit service is
imported (its first frame is painted without it); ``services.edits`` re-exports it.
"""

from __future__ import annotations

import getpass
import os


def default_user() -> str:
    """The archivist's name for the history: $PHOTOBOOK_USER, else the OS login."""
    name = os.environ.get("PHOTOBOOK_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
