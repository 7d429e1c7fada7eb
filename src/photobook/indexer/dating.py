"""Dates from where a file sits: ``1985/…``, ``1985-06-14_…``, ``annees-1980/…``, ``vers-1985/…``.

Archives of scanned prints are usually sorted by year or decade in their folder names; a scan's EXIF
date is the day of the scan, so the path is often the only machine-readable date a photograph has.
The file name is tried first, then the folders from the nearest outwards.
"""

from __future__ import annotations

import re

from photobook.core import dates

_SEP = r"(?:^|(?<=[^0-9A-Za-z]))"  # start or a non-alphanumeric before
_END = r"(?=$|[^0-9])"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # 1985-06-14, 1985_06_14, 1985.06.14, 19850614
    (re.compile(_SEP + r"((?:18|19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])" + _END), "day"),
    # 1985-06
    (re.compile(_SEP + r"((?:18|19|20)\d{2})[-_.](0[1-9]|1[0-2])" + _END), "month"),
    # vers-1985, circa 1985, ca1985, c.1985, env 1985
    (
        re.compile(r"(?:^|[^A-Za-z])(?:vers|circa|ca|c|env|environ)[-_. ]?((?:18|19|20)\d{2})" + _END, re.I),
        "circa",
    ),
    # annees-1980, années 1980, 1980s, decennie-1980
    (
        re.compile(r"(?:ann[ée]es|annees|decennie|décennie|decade)[-_. ]?((?:18|19|20)\d)0" + _END, re.I),
        "decade",
    ),
    (re.compile(_SEP + r"((?:18|19|20)\d)0s" + r"(?=$|[^0-9A-Za-z])", re.I), "decade"),
    # a bare year: 1985
    (re.compile(_SEP + r"((?:18|19|20)\d{2})" + _END), "year"),
]


def _match(component: str) -> str | None:
    for pattern, kind in _PATTERNS:
        for m in pattern.finditer(component):
            if kind == "day":
                edtf = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
            elif kind == "month":
                edtf = f"{m.group(1)}-{m.group(2)}"
            elif kind == "circa":
                edtf = f"{m.group(1)}~"
            elif kind == "decade":
                edtf = f"{m.group(1)}X"
            else:
                edtf = m.group(1)
            try:
                if dates.parse(edtf) is not None:
                    return edtf
            except dates.DateError:
                continue  # 1985-02-30, a year in the future: not a date, try the next
    return None


# Camera and scanner counters ("IMG_1985", "DSC01987", "Scan 2001") are numbers, not years.
_COUNTER = re.compile(r"^(?:IMG|DSC[NF]?|_MG|SAM|PICT|CIMG|GOPR|DJI|MVI|SCAN|P\d{3}|PXL|VID)[-_ ]?\d+$", re.I)


def date_from_path(rel_path: str) -> str | None:
    """An EDTF date read from the file name or its folders, or None."""
    parts = [p for p in re.split(r"[\\/]", rel_path) if p]
    if not parts:
        return None
    stem = parts[-1].rsplit(".", 1)[0]
    components = [] if _COUNTER.match(stem) else [stem]
    for component in [*components, *reversed(parts[:-1])]:
        found = _match(component)
        if found:
            return found
    return None
