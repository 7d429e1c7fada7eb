"""The kiosk's heartbeat file, for staff: since when it runs, the visits today, the last error and
when it last beat (a stale time means a frozen or stopped kiosk). Written once a minute, atomically
(a ~200-byte file); read by ``photobook kiosk --status``. Plain Python (no Qt)."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any


def heartbeat_path() -> Path:
    """``$PHOTOBOOK_KIOSK_STATUS``, else ``kiosk-status.json`` in the user's state folder
    (``~/.local/state/photobook`` on Linux): never in the library, which the kiosk does not write."""
    env = os.environ.get("PHOTOBOOK_KIOSK_STATUS")
    if env:
        return Path(env)
    from platformdirs import user_state_dir

    return Path(user_state_dir("photobook", appauthor=False)) / "kiosk-status.json"


def write_heartbeat(status: dict[str, Any], path: Path | None = None) -> bool:
    path = path or heartbeat_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(json.dumps(status, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(path)
    except OSError:  # a full or read-only disk must not stop the kiosk
        return False
    return True


def read_heartbeat(path: Path | None = None) -> dict[str, Any] | None:
    try:
        data = json.loads((path or heartbeat_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def describe(status: dict[str, Any] | None, now: datetime | None = None) -> str:
    """The lines ``photobook kiosk --status`` prints."""
    if status is None:
        return "no kiosk has run here yet (no heartbeat file)"
    now = now or datetime.now()
    try:
        age = (now - datetime.fromisoformat(str(status.get("updated")))).total_seconds()
    except ValueError:
        age = float("inf")
    state = "running" if age < 180 else f"not running or frozen (last heartbeat {int(age // 60)} min ago)"
    return (
        f"kiosk: {state}\n"
        f"since: {status.get('since')}\n"
        f"visits today: {status.get('visits_today')}\n"
        f"catalog: {status.get('catalog')}\n"
        f"last error: {status.get('last_error') or 'none'}"
    )
