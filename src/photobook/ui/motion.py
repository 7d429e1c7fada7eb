"""Whether the user asked for reduced motion: the kiosk's attract loop, its swipe inertia and the
timeline's animated fits honour it.

Qt 6.11 has no reduced-motion hint (``QStyleHints.accessibility()`` carries only the contrast
preference), so it is read where the desktop keeps it, in this order:

1. ``PHOTOBOOK_REDUCED_MOTION`` in the environment ("1" on, "0" off), for a kiosk's unit file;
2. the setting ``accessibility/reduced_motion`` (true/false), written by hand or by an installer;
3. Qt's own hint, should a later Qt have one (``QStyleHints.reduceMotion``, or on its
   ``accessibility()``);
4. GNOME: ``gsettings get org.gnome.desktop.interface enable-animations`` is ``false``;
5. KDE Plasma: ``AnimationDurationFactor=0`` in the ``[KDE]`` group of ``~/.config/kdeglobals``.

Anything else: motion is fine. Each probe is injectable, so that tests decide what the desktop says.
"""

from __future__ import annotations

import configparser
import functools
import os
import shutil
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtGui import QGuiApplication

ENV = "PHOTOBOOK_REDUCED_MOTION"
SETTING = "accessibility/reduced_motion"


def _truthy(value: object) -> bool | None:
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    return None


def qt_hint() -> bool | None:
    """Qt's reduced-motion hint, where this Qt has one (none up to 6.11)."""
    hints = QGuiApplication.styleHints()
    if hints is None:
        return None
    for owner in (hints, getattr(hints, "accessibility", lambda: None)()):
        ask = getattr(owner, "reduceMotion", None) if owner is not None else None
        if callable(ask):
            return bool(ask())
    return None


def gnome_hint(run: Callable[[list[str]], str] | None = None) -> bool | None:
    """GNOME's "Reduce animation" (Settings → Accessibility): enable-animations false."""
    if run is None:
        if shutil.which("gsettings") is None:
            return None

        def run(cmd: list[str]) -> str:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=2, check=False)
            return out.stdout if out.returncode == 0 else ""

    try:
        answer = run(["gsettings", "get", "org.gnome.desktop.interface", "enable-animations"]).strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return {"false": True, "true": False}.get(answer)


def kde_hint(kdeglobals: Path | None = None) -> bool | None:
    """KDE Plasma's animation speed set to "Instant": AnimationDurationFactor=0."""
    if kdeglobals is None:
        config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        kdeglobals = Path(config) / "kdeglobals"
    if not kdeglobals.is_file():
        return None
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(kdeglobals, encoding="utf-8")
        factor = parser.get("KDE", "AnimationDurationFactor", fallback=None)
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    if factor is None:
        return None
    try:
        return float(factor) == 0.0
    except ValueError:
        return None


@functools.cache
def desktop_hint() -> bool | None:
    """GNOME's, else KDE's answer, asked once a process (a subprocess for gsettings)."""
    said = gnome_hint()
    return said if said is not None else kde_hint()


def reduced_motion(
    setting: object = None,
    env: Mapping[str, str] | None = None,
    probes: tuple[Callable[[], bool | None], ...] | None = None,
) -> bool:
    """Whether to keep still: see the module documentation for where it is read. ``setting``: the
    value of ``accessibility/reduced_motion`` (None when unset)."""
    env = os.environ if env is None else env
    for said in (_truthy(env.get(ENV, "")), _truthy(setting) if setting is not None else None):
        if said is not None:
            return said
    for probe in probes if probes is not None else (qt_hint, desktop_hint):
        said = probe()
        if said is not None:
            return said
    return False
