"""The window's widgets (the timeline widget lives in ui/timeline)."""
