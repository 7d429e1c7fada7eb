"""Two screens (Qt's offscreen platform given a laptop and a projector, in a child process since
the platform is chosen once per process): the stage fills the projector, the console the laptop,
and the clicker works from either window."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytest.importorskip("pytestqt")

SCREENS = {
    "screens": [
        {
            "name": "laptop",
            "x": 0,
            "y": 0,
            "width": 1440,
            "height": 900,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
        {
            "name": "projector",
            "x": 1440,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
    ]
}

CHILD = r"""
import json, sys, time
from PySide6.QtCore import Qt, QEventLoop
from PySide6.QtTest import QTest
from photobook.db.engine import open_library
from photobook.db import queries
from photobook.ui.app import create_application
from photobook.ui.models.vocabulary import load_vocabulary
from photobook.ui.tasks import TaskManager
from photobook.ui.thumbcache import ThumbnailCache
from photobook.ui.views.presenter import Presentation, slides_from_ids

app = create_application()
lib = open_library(sys.argv[1])
with lib.Session() as s:
    ids = queries.photo_ids(s)
    vocab = load_vocabulary(s)
tasks, thumbs = TaskManager(lib), ThumbnailCache(lib)
p = Presentation(tasks, thumbs, vocab, slides_from_ids(ids))
deadline = time.monotonic() + 20
while not p.deck.ready() and time.monotonic() < deadline:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
app.processEvents()
out = {
    "stage_screen": p.stage.screen().name(), "stage_full": p.stage.isFullScreen(),
    "stage_size": [p.stage.width(), p.stage.height()],
    "console_screen": p.console.screen().name() if p.console else None,
    "title_px": p.stage.title_font().pixelSize(), "ready": p.deck.ready(),
}
QTest.keyClick(p.console, Qt.Key.Key_PageDown)
QTest.keyClick(p.stage, Qt.Key.Key_PageDown)
out["index"] = p.deck.index
ended = []
p.ended.connect(ended.append)
QTest.keyClick(p.console, Qt.Key.Key_Escape)
out["ended_on"] = ended[0] if ended else None
out["third"] = ids[2]
tasks.shutdown(wait=True); thumbs.close(); lib.close()
print(json.dumps(out))
"""


def test_two_screens_stage_on_the_projector_console_on_the_laptop(synthetic_library, tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(synthetic_library.folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["stage_screen"] == "projector" and got["stage_full"]
    assert got["stage_size"] == [1920, 1080]
    assert got["title_px"] >= 48 and got["ready"]
    assert got["console_screen"] == "laptop"
    assert got["index"] == 2  # one step from each window
    assert got["ended_on"] == got["third"]


HOTPLUG = r"""
import json, sys, time
from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QGuiApplication
from photobook.db.engine import open_library
from photobook.db import queries
from photobook.ui.app import create_application
from photobook.ui.models.vocabulary import load_vocabulary
from photobook.ui.tasks import TaskManager
from photobook.ui.thumbcache import ThumbnailCache
from photobook.ui.views.presenter import Presentation, slides_from_ids

app = create_application()
lib = open_library(sys.argv[1])
with lib.Session() as s:
    ids = queries.photo_ids(s)
    vocab = load_vocabulary(s)
tasks, thumbs = TaskManager(lib), ThumbnailCache(lib)
p = Presentation(tasks, thumbs, vocab, slides_from_ids(ids))
laptop, projector = QGuiApplication.screens()
def state():
    app.processEvents()
    return {
        "stage": p.stage.screen().name(), "stage_full": p.stage.isFullScreen(),
        "console_visible": p.console.isVisible(),
        "console": p.console.screen().name(),
        "overview_on": "stage" if p.overview.parentWidget() is p.stage else "console",
    }
out = {"before": state()}
p.deck.step(1)
p.relayout([laptop])              # the projector's cable is pulled
out["unplugged"] = state()
p.deck.open_overview()
out["overview_visible_unplugged"] = p.overview.isVisible()
p.deck.close_overview()
p.relayout([laptop, projector])   # and plugged back in
out["replugged"] = state()
chosen = []
p.screenChosen.connect(chosen.append)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
QTest.keyClick(p.console, Qt.Key.Key_S)  # S: the presenter swaps the screens
out["swapped"] = state()
out["chosen"] = chosen
out["index"] = p.deck.index
p.deck.end()
tasks.shutdown(wait=True); thumbs.close(); lib.close()
print(json.dumps(out))
"""


def test_a_projector_unplugged_and_plugged_back_mid_talk(synthetic_library, tmp_path):
    """The handler of QGuiApplication.screenRemoved/screenAdded is given the screens left (the
    offscreen platform cannot unplug a screen): the stage fills the laptop, the console steps
    aside and the overview moves to the stage; plugged back, everything returns; the talk goes on."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, "-c", HOTPLUG, str(synthetic_library.folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["before"]["stage"] == "projector" and got["before"]["console"] == "laptop"
    assert got["unplugged"]["stage"] == "laptop" and got["unplugged"]["stage_full"]
    assert not got["unplugged"]["console_visible"] and got["unplugged"]["overview_on"] == "stage"
    assert got["overview_visible_unplugged"]
    assert got["replugged"]["stage"] == "projector" and got["replugged"]["console"] == "laptop"
    assert got["replugged"]["console_visible"] and got["replugged"]["overview_on"] == "console"
    assert got["swapped"]["stage"] == "laptop" and got["swapped"]["console"] == "projector"
    assert got["chosen"] == ["laptop"]  # remembered by the window as the room's screen
    assert got["index"] == 1  # the talk went on where it was
