"""What every harness shares: instrumented imports, the watchdog limits, a scratch file.

A harness is run by ``tools/fuzz/run`` (or by hand: ``python tools/fuzz/fuzz_xmp.py CORPUS_DIR`` to
fuzz, ``python tools/fuzz/fuzz_xmp.py FILE`` to replay one input). An exception that escapes the
harness's ``test_one`` is a finding; libFuzzer records it with the input that caused it. Hangs over
``TIMEOUT_S`` and memory over ``RSS_LIMIT_MB`` are findings too (libFuzzer's ``-timeout`` and
``-rss_limit_mb``, set here unless given on the command line).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIMEOUT_S = 10
RSS_LIMIT_MB = 2048


def instrumented() -> AbstractContextManager[object]:
    """``with instrumented(): import …`` — coverage feedback from the app and the libraries it
    calls (Pillow, exifread, defusedxml, edtf, pyparsing …), imported for the first time here.
    Without atheris (the test suite replays the seeds through ``test_one``), a plain import."""
    try:
        import atheris
    except ImportError:
        return contextlib.nullcontext()
    return atheris.instrument_imports()


def scratch_dir() -> Path:
    """A private folder for files the readers open by path (in RAM where the system offers it)."""
    base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    path = Path(tempfile.mkdtemp(prefix="photobook-fuzz-", dir=base))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def main(test_one: Callable[[bytes], None], *, dictionary: str | None = None) -> None:
    import atheris

    args = list(sys.argv)
    flags = {a.split("=", 1)[0] for a in args[1:] if a.startswith("-")}
    if "-timeout" not in flags:
        args.append(f"-timeout={TIMEOUT_S}")
    if "-rss_limit_mb" not in flags:
        args.append(f"-rss_limit_mb={RSS_LIMIT_MB}")
    if dictionary and "-dict" not in flags:
        args.append(f"-dict={HERE / dictionary}")
    atheris.Setup(args, test_one)
    atheris.Fuzz()
