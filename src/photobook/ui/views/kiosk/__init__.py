"""The kiosk: a locked-down, touch-first timeline for visitors (``photobook kiosk``)."""

from photobook.ui.views.kiosk.window import KioskWindow

__all__ = ["KioskWindow"]
