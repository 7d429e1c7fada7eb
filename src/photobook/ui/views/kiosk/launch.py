"""``photobook kiosk``: the visitor's window, fullscreen and frameless on the primary screen, on a
catalog opened read-only; ``photobook kiosk --set-pin`` stores the staff PIN (hashed)."""

from __future__ import annotations

from pathlib import Path

from photobook.ui.settings import Settings
from photobook.ui.views.kiosk.pin import KEY, hash_pin


def set_pin(pin: str, settings: Settings | None = None) -> None:
    """Store ``pin`` hashed (scrypt) in the settings; raises ValueError if it is not 4-12 digits."""
    settings = settings or Settings()
    settings.qs.setValue(KEY, hash_pin(pin))
    settings.qs.sync()


def stored_pin(settings: Settings | None = None) -> str | None:
    value = (settings or Settings()).qs.value(KEY)
    return str(value) if value else None


def run(
    library_dir: Path | None, db_url: str | None, lang: str | None, idle_s: float, sleep: str | None = None
) -> int:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from photobook.db.engine import open_for_kiosk
    from photobook.ui.app import create_application
    from photobook.ui.views.kiosk.heartbeat import heartbeat_path
    from photobook.ui.views.kiosk.schedule import SleepSchedule
    from photobook.ui.views.kiosk.window import KioskWindow

    app = create_application()
    from photobook.ui.motion import reduced_motion
    from photobook.ui.settings import Settings

    # the environment, the setting, Qt's hint, else GNOME's or KDE's (ui.motion)
    reduced = reduced_motion(Settings().reduced_motion_setting())
    window = KioskWindow(
        lambda: open_for_kiosk(library_dir, db_url),
        lang=lang or "fr",
        idle_s=idle_s,
        pin_hash=stored_pin(),
        reduced_motion=reduced,
        sleep=SleepSchedule.parse(sleep) if sleep else None,
        heartbeat_file=heartbeat_path(),
    )
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()
    window.start()
    assert isinstance(app, QApplication)
    try:
        return app.exec()
    finally:
        window.shutdown()
