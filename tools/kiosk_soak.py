"""Soak the kiosk (simulated visits, idle cycles, the attract loop) and print its memory growth as
JSON: see :mod:`photobook.ui.views.kiosk.soak`, which ``photobook bench`` also runs.

    QT_QPA_PLATFORM=offscreen python tools/kiosk_soak.py --cycles 300 --photos 5000
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if __name__ == "__main__":
    from photobook.ui.views.kiosk.soak import main

    sys.exit(main())
