"""EXIF through exifread, turned into plain values; every oddity becomes a warning, never a crash.

Real archives hold EXIF with offsets past the end, IFD loops, huge counts, zero denominators, wrong
types, dates such as "0000:00:00 00:00:00", month 13 or year 9999, and bytes that are not text.
"""

from __future__ import annotations

import logging
import re
import struct
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, BinaryIO, cast

from photobook.core import dates
from photobook.core.reasons import Reason, ReasonCode

logging.getLogger("exifread").setLevel(logging.CRITICAL)  # it logs "no EXIF" for every PNG

_EXIF_DATE = re.compile(r"^\s*(\d{4})[:\-/.](\d{2})[:\-/.](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?")

# Scanners and film/print scanning stations: their "capture" date is the day of the scan.
_SCANNER = re.compile(
    r"scan|perfection|expression|coolscan|canoscan|plustek|opticfilm|flextight|imacon|microtek|"
    r"reflecta|pacific image|noritsu|frontier|fastfoto|workforce|officejet|scansnap|fi-\d|epson v\d",
    re.I,
)


@dataclass
class ExifInfo:
    make: str | None = None
    model: str | None = None
    software: str | None = None
    original: datetime | None = None  # DateTimeOriginal
    digitized: datetime | None = None  # DateTimeDigitized
    modified: datetime | None = None  # DateTime (IFD0)
    orientation: int = 1
    gps: tuple[float, float] | None = None
    description: str | None = None  # ImageDescription
    artist: str | None = None
    copyright: str | None = None
    warnings: list[Reason] = field(default_factory=list)

    @property
    def is_scanner(self) -> bool:
        text = " ".join(x for x in (self.make, self.model, self.software) if x)
        return bool(_SCANNER.search(text))

    @property
    def has_camera(self) -> bool:
        return bool(self.make or self.model) and not self.is_scanner

    def dating(self) -> tuple[str | None, str | None, str | None]:
        """(edtf, date_source, digitised_at): DateTimeOriginal from a camera dates the photograph;
        anything else (a scanner, no camera, only DateTimeDigitized/DateTime) is the digitised date."""
        if self.original and self.has_camera:
            digitised = self.digitized or self.modified
            return (
                self.original.date().isoformat(),
                "exif_capture",
                digitised.isoformat(timespec="seconds") if digitised else None,
            )
        digitised = self.digitized or self.original or self.modified
        return None, None, digitised.isoformat(timespec="seconds") if digitised else None


def _text(value: Any) -> str | None:
    """A tag value as clean text; bytes that are not UTF-8 are read as Latin-1 (never raise)."""
    if value is None:
        return None
    raw = getattr(value, "values", value)
    if isinstance(raw, (bytes, bytearray)):
        raw = bytes(raw)
        try:
            s = raw.decode("utf-8")
        except UnicodeDecodeError:
            s = raw.decode("latin-1")
    elif isinstance(raw, list):
        s = (
            "".join(chr(v) if isinstance(v, int) and 0 < v < 0x110000 else "" for v in raw)
            if raw and isinstance(raw[0], int)
            else " ".join(str(v) for v in raw)
        )
    else:
        s = str(raw)
    s = s.replace("\x00", "").strip()
    s = "".join(ch for ch in s if ch.isprintable() or ch in "\n\t")
    return s or None


def _date(value: Any, name: str, warnings: list[Reason]) -> datetime | None:
    s = _text(value)
    if not s or set(s) <= set("0: -"):
        return None  # blank or "0000:00:00 00:00:00": the camera had no clock set
    m = _EXIF_DATE.match(s)
    if not m:
        warnings.append(Reason(ReasonCode.EXIF_DATE_NOT_DATE, {"tag": name, "value": s[:40]}))
        return None
    y, mo, d, hh, mm, ss = (int(g) if g else 0 for g in m.groups())
    try:
        dt = datetime(y, mo, d, hh, mm, ss)
    except ValueError:
        warnings.append(Reason(ReasonCode.EXIF_DATE_NOT_REAL, {"tag": name, "value": s[:40]}))
        return None
    if not (dates.EARLIEST_PLAUSIBLE <= dt.date() <= dates.latest_plausible()):
        warnings.append(Reason(ReasonCode.EXIF_DATE_IMPOSSIBLE, {"tag": name, "value": s[:40]}))
        return None
    return dt


class _ZeroDenominator(ZeroDivisionError):
    pass


class _NotDMS(ValueError):
    pass


def _ratio(v: Any) -> float:
    num = getattr(v, "num", None)
    den = getattr(v, "den", None)
    if num is None:
        return float(v)
    if not den:
        raise _ZeroDenominator
    return float(num / den)


def _gps(tags: dict[str, Any], warnings: list[Reason]) -> tuple[float, float] | None:
    lat, lon = tags.get("GPS GPSLatitude"), tags.get("GPS GPSLongitude")
    if lat is None or lon is None:
        return None
    try:

        def deg(tag: Any) -> float:
            vals = list(tag.values)
            if len(vals) != 3:
                raise _NotDMS
            d, m, s = (_ratio(x) for x in vals)
            return d + m / 60 + s / 3600

        la, lo = deg(lat), deg(lon)
        if (_text(tags.get("GPS GPSLatitudeRef")) or "N").upper().startswith("S"):
            la = -la
        if (_text(tags.get("GPS GPSLongitudeRef")) or "E").upper().startswith("W"):
            lo = -lo
    except _ZeroDenominator:
        warnings.append(Reason(ReasonCode.EXIF_GPS_ZERO_DENOMINATOR))
        return None
    except _NotDMS:
        warnings.append(Reason(ReasonCode.EXIF_GPS_NOT_DMS))
        return None
    except (ZeroDivisionError, ValueError, TypeError, AttributeError, IndexError) as exc:
        warnings.append(
            Reason(ReasonCode.EXIF_GPS_UNREADABLE, {"detail": str(exc)[:80] or type(exc).__name__})
        )
        return None
    if not (-90 <= la <= 90 and -180 <= lo <= 180) or (la == 0 and lo == 0):
        warnings.append(Reason(ReasonCode.EXIF_GPS_OUT_OF_RANGE))
        return None
    return round(la, 6), round(lo, 6)


#: exifread reads every entry an IFD declares (up to 65,535, each value up to 999 times) and follows
#: any chain of IFDs: a crafted 800 KB file kept it busy for minutes. Real EXIF takes a few hundred
#: reads, a multi-page TIFF's a few thousand; 100,000 is about half a second.
MAX_EXIF_READS = 100_000


class _TooMuchExif(Exception):
    pass


class _ReadBudget:
    """The file as exifread sees it, allowed ``reads`` reads."""

    def __init__(self, f: BinaryIO, reads: int) -> None:
        self._f, self._left = f, reads

    def read(self, n: int = -1) -> bytes:
        self._left -= 1
        if self._left < 0:
            raise _TooMuchExif
        return self._f.read(n)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._f.seek(offset, whence)

    def tell(self) -> int:
        return self._f.tell()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._f, name)


def read_exif(fileobj: BinaryIO) -> ExifInfo:
    """Read EXIF with exifread. Never raises for a bad file: problems become ``warnings``."""
    import exifread

    info = ExifInfo()
    try:
        budgeted = cast(BinaryIO, _ReadBudget(fileobj, MAX_EXIF_READS))  # read, seek and tell are all it uses
        tags = exifread.process_file(budgeted, details=False, extract_thumbnail=False)
    except _TooMuchExif:
        info.warnings.append(Reason(ReasonCode.EXIF_TOO_MANY_ENTRIES))
        return info
    except RecursionError:
        info.warnings.append(Reason(ReasonCode.EXIF_IFD_LOOP))
        return info
    except (MemoryError, OverflowError):
        info.warnings.append(Reason(ReasonCode.EXIF_IMPOSSIBLE_SIZE))
        return info
    except Exception as exc:  # exifread raises many types on corrupt input (ValueError, KeyError, …)
        info.warnings.append(Reason(ReasonCode.EXIF_UNREADABLE, {"error": type(exc).__name__}))
        return info
    if not tags:
        return info
    info.make = _text(tags.get("Image Make"))
    info.model = _text(tags.get("Image Model"))
    info.software = _text(tags.get("Image Software"))
    info.description = _text(tags.get("Image ImageDescription"))
    info.artist = _text(tags.get("Image Artist"))
    info.copyright = _text(tags.get("Image Copyright"))
    info.original = _date(tags.get("EXIF DateTimeOriginal"), "DateTimeOriginal", info.warnings)
    info.digitized = _date(tags.get("EXIF DateTimeDigitized"), "DateTimeDigitized", info.warnings)
    info.modified = _date(tags.get("Image DateTime"), "DateTime", info.warnings)
    orient = tags.get("Image Orientation")
    if orient is not None:
        try:
            value = int(orient.values[0])
        except (TypeError, ValueError, IndexError, AttributeError):
            value = 0
        if 1 <= value <= 8:
            info.orientation = value
        else:
            info.warnings.append(Reason(ReasonCode.EXIF_ORIENTATION_INVALID, {"value": value}))
    info.gps = _gps(tags, info.warnings)
    return info


_USER_COMMENT, _EXIF_IFD = 0x9286, 0x8769


def user_comment(raw: bytes | None) -> str | None:
    """EXIF UserComment from the raw EXIF block (``Exif\\0\\0`` + TIFF), which exifread skips unless
    asked for MakerNotes too: found through IFD0's Exif pointer, its 8-byte character code (ASCII,
    UNICODE, JIS or none) read, its text cleaned. A few struct reads, bounded; None for anything
    that is not where it should be."""
    if not raw:
        return None
    tiff = raw[6:] if raw.startswith(b"Exif\x00\x00") else raw
    e = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if e is None:
        return None
    try:

        def find(ifd: int, wanted: int) -> tuple[int, bytes] | None:
            (n,) = struct.unpack_from(e + "H", tiff, ifd)
            for i in range(min(n, 1024)):
                tag, _type, count = struct.unpack_from(e + "HHI", tiff, ifd + 2 + 12 * i)
                if tag == wanted:
                    return count, tiff[ifd + 10 + 12 * i : ifd + 14 + 12 * i]
            return None

        (ifd0,) = struct.unpack_from(e + "I", tiff, 4)
        pointer = find(ifd0, _EXIF_IFD)
        if pointer is None:
            return None
        (exif_ifd,) = struct.unpack_from(e + "I", pointer[1])
        found = find(exif_ifd, _USER_COMMENT)
        if found is None:
            return None
        count, value = found
        if count <= 4:
            data = value[:count]
        else:
            (offset,) = struct.unpack_from(e + "I", value)
            data = tiff[offset : offset + min(count, 64 * 1024)]
    except struct.error:
        return None
    if len(data) <= 8:
        return None
    code, body = data[:8], data[8:]
    if code.startswith(b"UNICODE"):
        text = body.decode("utf-16-be" if e == ">" else "utf-16-le", "replace")
    else:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            text = body.decode("latin-1")
    text = "".join(ch for ch in text.replace("\x00", "") if ch.isprintable() or ch in "\n\t").strip()
    return text or None
