"""``photobook screenshot`` with the timeline moved to a view the command line cannot ask for, as a
click or a pan leaves it: the before/after pictures of ``docs/screenshots`` (issue 7).

    python tools/screenshot_view.py years 1990 2023 -- OUT.png --lang ar --size 1280x800
    python tools/screenshot_view.py card 2000 2020 -- OUT.png --lang fr --size 1280x800

``years A B``: the decimal years [A, B] in view. ``card Y0 Y1``: what clicking the card of the
years [Y0, Y1) shows (its days, with 15% on each side). The rest is ``photobook screenshot``'s
arguments. Run with ``PYTHONPATH=<an older checkout>/src`` to draw the same view as it was.
"""

from __future__ import annotations

import sys
from datetime import date


def main(argv: list[str]) -> int:
    mode, a, b, sep, *args = argv
    if mode not in ("years", "card") or sep != "--":
        raise SystemExit(__doc__)
    from photobook.core import timeline as tl
    from photobook.ui.timeline import timeline_view as tv

    if mode == "card":
        d0, d1 = date(int(a), 1, 1).toordinal(), date(int(b), 1, 1).toordinal()
        pad = (d1 - d0) * 0.15  # as a click on a card (ui.timeline.interaction) pads it
        days = (d0 - pad, d1 + pad)
    else:
        days = (tl.year_to_day(float(a)), tl.year_to_day(float(b)))
    fit = tv.TimelineView.fit

    def fit_then_move(self: tv.TimelineView, animated: bool = False) -> None:
        fit(self, False)
        self._set_range(*days)

    tv.TimelineView.fit = fit_then_move  # type: ignore[method-assign]  # the screenshot's last fit
    from photobook.cli import main as cli

    return cli(["screenshot", *args])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
