"""Open an exported IIIF manifest in Mirador 4 in headless Chromium and print the page's text.

    python tools/mirador_check.py LIBRARY_DIR [--lang ar] [--expect TEXT] [--screenshot PNG] [--cache DIR]

Exports the library with ``photobook export --format iiif`` into a temporary folder served by a
local HTTP server (the manifest's --base-url is that server), loads Mirador's UMD build (the npm
package ``mirador``, fetched once with ``npm pack`` into the cache folder) with the manifest, the
information panel open, and prints the rendered DOM's text; with ``--expect``, exits 1 unless that
text appears (tests/services/test_mirador.py runs it). Needs chromium and npm.
"""

from __future__ import annotations

import argparse
import functools
import html
import http.server
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
from pathlib import Path

MIRADOR = "4.0.0"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--no-first-run",
    "--mute-audio",
]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def mirador_js(cache: Path) -> Path:
    """dist/mirador.min.js of the npm package, fetched once into ``cache``."""
    target = cache / f"mirador-{MIRADOR}" / "mirador.min.js"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["npm", "pack", f"mirador@{MIRADOR}", "--pack-destination", tmp, "--silent"],
            check=True,
            capture_output=True,
            timeout=300,
        )
        (tgz,) = Path(tmp).glob("mirador-*.tgz")
        with tarfile.open(tgz) as tar:
            member = tar.extractfile("package/dist/mirador.min.js")
            assert member is not None
            part = target.with_suffix(".part")
            part.write_bytes(member.read())
            part.replace(target)
    return target


PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>mirador check</title></head>
<body><div id="viewer" style="position:absolute;inset:0"></div>
<script src="/mirador.min.js"></script>
<script>
Mirador.viewer({
  id: "viewer",
  language: "%s",
  windows: [{ manifestId: "%s", sideBarOpen: true, defaultSideBarPanel: "info" }],
  window: { sideBarOpenByDefault: true, defaultSideBarPanel: "info" },
});
</script></body></html>
"""


class _Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, js: Path, manifest_url: list[str], lang: str, **kwargs):
        self.js = js
        self.lang = lang
        self.manifest_url = manifest_url
        super().__init__(*args, **kwargs)

    def do_GET(self):
        if self.path == "/viewer.html":
            body = (PAGE % (self.lang, html.escape(self.manifest_url[0], quote=True))).encode()
            self._send(body, "text/html; charset=utf-8")
        elif self.path == "/mirador.min.js":
            self._send(self.js.read_bytes(), "application/javascript")
        else:
            super().do_GET()

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def log_message(self, *args):
        pass


def render(
    library: str, cache: Path, lang: str = "en", budget_ms: int = 20000, screenshot: Path | None = None
) -> str:
    """The text of the page Mirador rendered for the library's manifest, in Mirador's ``lang``
    (and a PNG of it at ``screenshot``)."""
    browser = chromium()
    if browser is None:
        raise RuntimeError("chromium is not installed")
    js = mirador_js(cache)
    with tempfile.TemporaryDirectory() as out:
        manifest_url: list[str] = [""]
        handler = functools.partial(_Handler, js=js, manifest_url=manifest_url, lang=lang, directory=out)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        manifest_url[0] = f"{base}/web/manifest.json"
        subprocess.run(
            [sys.executable, "-m", "photobook", "--library", library, "export", "--format", "iiif",
             os.path.join(out, "web"), "--base-url", f"{base}/web"],
            check=True, capture_output=True, timeout=600,
        )  # fmt: skip
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            with tempfile.TemporaryDirectory() as profile:
                dom = subprocess.run(
                    [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                     f"--virtual-time-budget={budget_ms}", "--dump-dom", f"{base}/viewer.html"],
                    check=True, capture_output=True, timeout=180, text=True,
                ).stdout  # fmt: skip
            if screenshot is not None:
                with tempfile.TemporaryDirectory() as profile:
                    subprocess.run(
                        [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--window-size=1400,900",
                         f"--virtual-time-budget={budget_ms}", f"--screenshot={screenshot.absolute()}",
                         f"{base}/viewer.html"],
                        check=True, capture_output=True, timeout=180,
                    )  # fmt: skip
        finally:
            server.shutdown()
            server.server_close()
    text = re.sub(r"<script.*?</script>|<style.*?</style>", " ", dom, flags=re.S)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("library")
    p.add_argument("--expect", action="append", default=[], metavar="TEXT")
    p.add_argument("--lang", default="en", help="Mirador's language (en, fr, ar…)")
    p.add_argument("--screenshot", type=Path, metavar="PNG", help="also save a picture of the page")
    p.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "photobook-tests")
    args = p.parse_args()
    text = render(args.library, args.cache, args.lang, screenshot=args.screenshot)
    print(text)
    missing = [t for t in args.expect if t not in text]
    for t in missing:
        print(f"mirador_check: {t!r} is not on the page", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
