"""What the window remembers between sessions: geometry, language, view, filters, timeline range.

A thin typed layer over QSettings (INI format, so that a test or a screenshot can point it at a
file under a temporary folder: ``Settings(tmp_path / "photobook.ini")``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from photobook.core import languages
from photobook.core.filters import PhotoFilter

_FILTER_FIELDS = ("reigns", "themes", "year_from", "year_to", "statuses", "search")


def filter_to_json(f: PhotoFilter) -> str:
    d = {k: v for k, v in asdict(f).items() if k in _FILTER_FIELDS}
    return json.dumps(d, ensure_ascii=False)


def filter_from_json(text: str | None) -> PhotoFilter:
    if not text:
        return PhotoFilter()
    try:
        raw = json.loads(text)
    except (TypeError, ValueError):
        return PhotoFilter()
    if not isinstance(raw, dict):
        return PhotoFilter()
    kw: dict[str, Any] = {}
    names = {f.name for f in fields(PhotoFilter)}
    for k, v in raw.items():
        if k not in names or k not in _FILTER_FIELDS:
            continue
        if k in ("reigns", "themes", "statuses"):
            kw[k] = tuple(str(x) for x in v) if isinstance(v, list) else ()
        elif k in ("year_from", "year_to"):
            kw[k] = int(v) if isinstance(v, int) else None
        elif k == "search":
            kw[k] = str(v)
    return PhotoFilter(**kw)


class Settings:
    def __init__(self, path: Path | str | None = None) -> None:
        if path is not None:
            self.qs = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self.qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "photobook", "photobook"
            )

    # --- plain values ---
    def _get(self, key: str, default: Any = None) -> Any:
        return self.qs.value(key, default)

    def language(self) -> str | None:
        """The language the user chose in the menu; ``None`` until they have chosen one."""
        lang = self._get("ui/language")
        return languages.known(lang) if isinstance(lang, str) else None

    def set_language(self, lang: str) -> None:
        self.qs.setValue("ui/language", lang)

    def user_name(self) -> str:
        """The archivist's name kept in each photograph's history: set in the settings file
        (``editor/user``), else $PHOTOBOOK_USER or the OS login."""
        from photobook.core.user import default_user

        name = self._get("editor/user")
        return str(name).strip() if name and str(name).strip() else default_user()

    def set_user_name(self, name: str) -> None:
        self.qs.setValue("editor/user", name)

    def view(self) -> str:
        v = self._get("ui/view", "timeline")
        return v if v in ("timeline", "grid") else "timeline"

    def set_view(self, view: str) -> None:
        self.qs.setValue("ui/view", view)

    def bytes(self, key: str) -> QByteArray | None:
        v = self._get(key)
        return v if isinstance(v, QByteArray) and not v.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.qs.setValue(key, value)

    def filter(self) -> PhotoFilter:
        return filter_from_json(self._get("browse/filter"))

    def set_filter(self, f: PhotoFilter) -> None:
        self.qs.setValue("browse/filter", filter_to_json(f))

    def visible_range(self) -> tuple[float, float] | None:
        raw = self._get("timeline/range")
        try:
            a, b = (float(x) for x in json.loads(raw))
        except (TypeError, ValueError):
            return None
        return (a, b) if b > a else None

    def set_visible_range(self, a: float, b: float) -> None:
        self.qs.setValue("timeline/range", json.dumps([a, b]))

    def selected(self) -> int | None:
        v = self._get("browse/selected")
        try:
            return int(v) if v not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def set_selected(self, photo_id: int | None) -> None:
        self.qs.setValue("browse/selected", "" if photo_id is None else int(photo_id))

    def grid_icon_size(self) -> int:
        try:
            return max(96, min(400, int(self._get("grid/icon", 180))))
        except (TypeError, ValueError):
            return 180

    def set_grid_icon_size(self, px: int) -> None:
        self.qs.setValue("grid/icon", int(px))

    def present_screen(self) -> str | None:
        """The name of the screen last chosen for the room (a projector's name, e.g. "HDMI-1")."""
        v = self._get("present/screen")
        return str(v) if v else None

    def set_present_screen(self, name: str) -> None:
        self.qs.setValue("present/screen", name)

    def present_fade(self) -> bool:
        return str(self._get("present/fade", "true")).lower() not in ("false", "0", "no")

    def set_present_fade(self, on: bool) -> None:
        self.qs.setValue("present/fade", "true" if on else "false")

    def present_reduced_motion(self) -> bool:
        """The presenter's own reduced-motion choice (beside the system's): flights become
        cross-fades with the year counting, and there is no slow zoom."""
        return str(self._get("present/reduced_motion", "false")).lower() in ("true", "1", "yes")

    def set_present_reduced_motion(self, on: bool) -> None:
        self.qs.setValue("present/reduced_motion", "true" if on else "false")

    def present_text_scale(self) -> float:
        """The room's text size, as the presenter last set it with + and − (1.0: as designed)."""
        try:
            return min(2.0, max(0.75, float(self._get("present/text_scale", 1.0))))
        except (TypeError, ValueError):
            return 1.0

    def set_present_text_scale(self, scale: float) -> None:
        self.qs.setValue("present/text_scale", float(scale))

    def reduced_motion_setting(self) -> object:
        """``accessibility/reduced_motion`` as written (None when unset): see ``ui.motion``."""
        return self._get("accessibility/reduced_motion")

    def sync(self) -> None:
        self.qs.sync()
