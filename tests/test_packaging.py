"""The package a user installs: a wheel that carries its resources and demo archive and runs from
any folder, and the desktop files (.desktop, AppStream metainfo, icon) that validate."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import xml.etree.ElementTree as ET
import zipfile
from configparser import ConfigParser
from pathlib import Path

import pytest

from photobook.core.paths import APP_ID

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
DEMO = ROOT / "data" / "demo"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """``pip wheel .`` of this checkout, built once for the module."""
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    (whl,) = out.glob("photobook-*.whl")
    return whl


def _demo_images() -> set[str]:
    return {p.relative_to(DEMO).as_posix() for p in (DEMO / "images").rglob("*") if p.is_file()}


@pytest.mark.slow
def test_wheel_carries_fonts_translations_icon_and_the_demo_archive(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    res = "photobook/resources/"
    for font in (
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "NotoNaskhArabic-Regular.ttf",
        "NotoNaskhArabic-Bold.ttf",
        "OFL.txt",
    ):
        assert res + "fonts/" + font in names
    for lang in ("fr", "ar", "en"):
        assert f"{res}i18n/photobook_{lang}.qm" in names
    for name in ("style.qss", f"{APP_ID}.svg", f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml"):
        assert res + name in names
    # every demo image, the Arabic and accented file names too, and the catalog of its captions
    shipped = {
        n.removeprefix("photobook/data/demo/") for n in names if n.startswith("photobook/data/demo/images/")
    }
    assert shipped == _demo_images()
    assert any("صورة" in n for n in shipped)
    assert "photobook/data/demo/catalog.json" in names
    # the migrations, the licence and the window's entry without a console (Windows)
    assert "photobook/db/migrations/script.py.mako" in names
    assert "photobook/db/migrations/head_sqlite.json" in names  # a new catalog is made from it
    assert any(n.endswith(".dist-info/licenses/LICENSE") or n.endswith(".dist-info/LICENSE") for n in names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    eps = ConfigParser()
    eps.read_string(zipfile.ZipFile(wheel).read(entry_points).decode())
    assert eps["console_scripts"]["photobook"].strip() == "photobook.cli:main"
    assert eps["gui_scripts"]["photobook-gui"].strip() == "photobook.cli:gui_main"
    # sources of the translations and build leftovers stay out; the demo stays small
    assert not [n for n in names if n.endswith(".ts") or "__pycache__" in n]
    assert wheel.stat().st_size < 12 * 1024 * 1024


@pytest.mark.slow
def test_installed_wheel_opens_the_demo_in_arabic_from_the_root_folder(wheel, tmp_path):
    """The wheel installed into a fresh virtual environment, run from ``/``: the screenshot of the
    window in Arabic loads every font and translation, and the catalog holds the demo archive."""
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    fresh = env_dir / "bin" / "python"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(fresh), "install", "--no-deps", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    # the dependencies (PySide6, SQLAlchemy, …) come from this environment, after the fresh one's
    # own site-packages: photobook itself must be the installed wheel, not this checkout
    fresh_site = Path(
        subprocess.run(
            [str(fresh), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    deps = dict.fromkeys(sysconfig.get_path(k) for k in ("purelib", "platlib"))
    (fresh_site / "deps.pth").write_text("".join(f"{d}\n" for d in deps), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PHOTOBOOK_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    where = subprocess.run(
        [
            str(fresh),
            "-c",
            "import photobook; from photobook.core import paths; "
            "print(photobook.__file__); print(paths.resources_dir()); print(paths.demo_archive_dir())",
        ],
        capture_output=True,
        text=True,
        cwd="/",
        env=env,
        timeout=120,
    )
    assert where.returncode == 0, where.stderr
    for line in where.stdout.splitlines():
        assert line.startswith(str(fresh_site)), where.stdout

    photobook = env_dir / "bin" / "photobook"
    library, png = tmp_path / "library", tmp_path / "ar.png"
    shot = subprocess.run(
        [
            str(photobook),
            "--library",
            str(library),
            "screenshot",
            str(png),
            "--lang",
            "ar",
            "--size",
            "1280x800",
        ],
        capture_output=True,
        text=True,
        cwd="/",
        env=env,
        timeout=300,
    )
    assert shot.returncode == 0, shot.stderr
    assert "could not load" not in shot.stdout + shot.stderr
    assert png.stat().st_size > 50_000

    ls = subprocess.run(
        [str(photobook), "--library", str(library), "list", "--json"],
        capture_output=True,
        text=True,
        cwd="/",
        env=env,
        timeout=120,
    )
    assert ls.returncode == 0, ls.stderr
    assert len(json.loads(ls.stdout)) == len(_demo_images())


def test_desktop_file_names_the_icon_and_the_command():
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(RESOURCES / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == APP_ID
    assert desktop["Exec"].split()[0] == "photobook"
    assert desktop["Name"] == "Photobook"
    assert desktop["Comment[fr]"] and desktop["Comment[ar]"] and desktop["GenericName[ar]"]


def test_metainfo_launches_the_desktop_file():
    root = ET.parse(RESOURCES / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("project_license") == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def _validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream; .ci/run does)")
    return path


def test_desktop_file_is_valid():
    tool = _validator("desktop-file-validate")
    out = subprocess.run([tool, str(RESOURCES / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


def test_metainfo_is_valid():
    tool = _validator("appstreamcli")
    out = subprocess.run(
        [tool, "validate", "--no-net", str(RESOURCES / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "E:" not in out.stdout and "W:" not in out.stdout, out.stdout
