"""systemd's service notifications, without libsystemd: ``READY=1`` once the kiosk is up, then
``WATCHDOG=1`` from the Qt event loop at half the unit's ``WatchdogSec=`` — a window whose event
loop froze stops notifying, and systemd kills and restarts it — and a ``STATUS=`` line that
``systemctl --user status photobook-kiosk`` shows to staff (since when it runs, visits, the last
error). Does nothing outside systemd (no ``NOTIFY_SOCKET``)."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer


def notify(message: str, env: Mapping[str, str] | None = None) -> bool:
    """Send ``message`` to systemd's notification socket; False when there is none or it failed."""
    address = (os.environ if env is None else env).get("NOTIFY_SOCKET", "")
    if not address:
        return False
    if address.startswith("@"):  # an abstract socket
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as s:
            s.connect(address)
            s.sendall(message.encode())
    except OSError:
        return False
    return True


def watchdog_interval_ms(env: Mapping[str, str] | None = None) -> int | None:
    """Half the watchdog period systemd asked for (``WATCHDOG_USEC``), or None without one."""
    env = os.environ if env is None else env
    usec = env.get("WATCHDOG_USEC", "")
    pid = env.get("WATCHDOG_PID", "")
    if not usec.isdigit() or (pid and pid != str(os.getpid())):
        return None
    return max(500, int(usec) // 2000)


class Watchdog(QObject):
    def __init__(
        self, status: Callable[[], str], parent: QObject | None = None, env: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self._env = env
        self._status = status
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.beat)

    def start(self) -> None:
        notify(f"READY=1\nSTATUS={self._status()}", self._env)
        interval = watchdog_interval_ms(self._env)
        self.timer.start(interval if interval is not None else 60_000)  # at least the status, each minute

    def beat(self) -> None:
        notify(f"WATCHDOG=1\nSTATUS={self._status()}", self._env)

    def stop(self) -> None:
        self.timer.stop()
        notify("STOPPING=1", self._env)
