"""The kiosk: a locked-down, touch-first timeline for visitors (``photobook kiosk``).

The window is imported on first use, so that the plain-Python parts (PIN, schedule, gesture)
can be used by the command line without starting Qt."""

from typing import Any

__all__ = ["KioskWindow"]


def __getattr__(name: str) -> Any:
    if name == "KioskWindow":
        from photobook.ui.views.kiosk.window import KioskWindow

        return KioskWindow
    raise AttributeError(name)
