"""``photobook screenshot --view kiosk|attract``, ``photobook kiosk --set-pin`` and the files that
start the kiosk at login."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QImage

from photobook.cli import build_parser
from photobook.ui import i18n, screenshot
from photobook.ui.views.kiosk.pin import verify_pin

ROOT = Path(__file__).resolve().parents[2]


def _colours(image: QImage, step: int = 7) -> int:
    return len(
        {
            image.pixel(x, y) & 0xF8F8F8
            for y in range(0, image.height(), step)
            for x in range(0, image.width(), step)
        }
    )


@pytest.mark.parametrize(("view", "lang"), [("kiosk", "ar"), ("attract", "fr")])
def test_screenshot_draws_the_kiosk_and_its_attract_loop(qapp, synthetic_library, tmp_path, view, lang):
    out = tmp_path / f"{view}.png"
    before = i18n.current_language()
    assert screenshot.run(out, synthetic_library.folder, None, view=view, size=(1280, 800), lang=lang) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert _colours(image) > 60  # photographs, not a blank screen
    assert i18n.current_language() == before


def test_kiosk_options():
    args = build_parser().parse_args(["kiosk", "--library", "/x", "--lang", "ar", "--idle", "90"])
    assert (args.command, str(args.library), args.lang, args.idle) == ("kiosk", "/x", "ar", 90.0)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["kiosk", "--idle", "0"])
    assert build_parser().parse_args(["kiosk", "--sleep", "19:00-09:00"]).sleep == "19:00-09:00"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["kiosk", "--sleep", "19h-9h"])


def _set_pin(tmp_path, text):
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    return subprocess.run(
        [sys.executable, "-m", "photobook", "kiosk", "--set-pin"],
        input=text,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_set_pin_stores_a_hash_never_the_digits(tmp_path):
    done = _set_pin(tmp_path, "246813\n")
    assert done.returncode == 0, done.stderr
    ini = next((tmp_path / "config").rglob("*.ini"))
    text = ini.read_text()
    assert "246813" not in text and "scrypt" in text
    stored = configparser.ConfigParser(interpolation=None)
    stored.read(ini)
    value = stored["kiosk"]["pin"]
    assert verify_pin("246813", value) and not verify_pin("246814", value)


def test_set_pin_refuses_a_short_pin(tmp_path):
    done = _set_pin(tmp_path, "12\n")
    assert done.returncode == 2
    assert "4 to 12 digits" in done.stderr and "Traceback" not in done.stderr


def test_the_systemd_unit_restarts_a_failed_kiosk_and_autostart_starts_it():
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.read(ROOT / "resources" / "kiosk" / "photobook-kiosk.service")
    assert unit["Service"]["ExecStart"].endswith("photobook kiosk")
    assert unit["Service"]["Restart"] == "on-failure"
    assert unit["Service"]["Type"] == "notify" and int(unit["Service"]["WatchdogSec"]) > 0
    assert unit["Install"]["WantedBy"] == "graphical-session.target"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(ROOT / "resources" / "kiosk" / "photobook-kiosk.desktop")
    assert entry["Desktop Entry"]["Exec"] == "photobook kiosk"
    assert entry["Desktop Entry"]["Type"] == "Application"


def test_the_kiosk_tells_systemd_it_is_ready_then_feeds_the_watchdog_from_its_event_loop(qapp, tmp_path):
    import socket

    from photobook.ui.views.kiosk.systemd import Watchdog

    path = str(tmp_path / "notify")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(path)
        server.settimeout(5)
        env = {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "30000000"}
        dog = Watchdog(lambda: "since 2026-12-01 10:00, 3 visits", env=env)
        dog.start()
        assert server.recv(4096).decode() == "READY=1\nSTATUS=since 2026-12-01 10:00, 3 visits"
        assert dog.timer.interval() == 15000  # half of WatchdogSec
        dog.timer.timeout.emit()  # what the event loop does every 15 s
        assert server.recv(4096).decode().startswith("WATCHDOG=1\n")
        dog.stop()
        assert server.recv(4096).decode() == "STOPPING=1"
    # outside systemd: nothing to notify, nothing fails
    quiet = Watchdog(lambda: "", env={})
    quiet.start()
    quiet.stop()


def test_status_reads_the_heartbeat(tmp_path):
    import json
    from datetime import datetime, timedelta

    beat = tmp_path / "kiosk-status.json"
    env = dict(os.environ, PHOTOBOOK_KIOSK_STATUS=str(beat))
    cmd = [sys.executable, "-m", "photobook", "kiosk", "--status"]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0 and "no kiosk has run here yet" in done.stdout
    now = datetime.now()
    beat.write_text(
        json.dumps(
            {
                "since": "2026-11-30T09:00:00",
                "updated": now.isoformat(),
                "visits_today": 41,
                "catalog": "open",
                "last_error": "",
            }
        )
    )
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert "kiosk: running" in done.stdout and "visits today: 41" in done.stdout
    assert "since: 2026-11-30T09:00:00" in done.stdout and "last error: none" in done.stdout
    beat.write_text(json.dumps({"since": "x", "updated": (now - timedelta(minutes=10)).isoformat()}))
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert "not running or frozen (last heartbeat 10 min ago)" in done.stdout
