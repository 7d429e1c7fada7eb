"""Why a file could not be catalogued, or was catalogued with a warning: a code and its values.

The indexer records a :class:`Reason` (a :class:`ReasonCode` and a few values: numbers, an EXIF
tag, a file kind, a system error) and the catalog stores exactly that. Text is made at the edge
that shows it: :func:`english` for the command line and the logs, the Qt translation files for the
window (``ui/reason_texts.py`` holds the same English sentences as translatable source strings).

Placeholders are ``{name}`` (the value as it is) or ``{name!r}`` (quoted, as Python's ``repr``).
Two value names have a meaning of their own:

- ``kind``: what a non-regular file is, one of :data:`KINDS` ("fifo", "socket", …);
- ``errno``: the symbolic name of a system error ("EACCES") beside its text ``error``, so that the
  window can say "permission denied" in its own language.

A value may itself be a reason (``thumbnail_failed`` carries its ``cause``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Union

Value = Union[str, int, float, "Reason"]


class ReasonCode(StrEnum):
    # the walk (indexer/walk.py)
    LINK_LOOP = "link_loop"
    LINK_BROKEN = "link_broken"
    LINK_LOOP_UP = "link_loop_up"
    LINK_OUTSIDE = "link_outside"
    FOLDER_UNREADABLE = "folder_unreadable"
    FOLDER_VISITED = "folder_visited"
    ENTRY_NOT_REGULAR = "entry_not_regular"
    ENTRY_UNREADABLE = "entry_unreadable"
    # reading a file (indexer/worker.py)
    DECOMPRESSION_BOMB = "decompression_bomb"
    TIMEOUT = "timeout"
    FILE_NOT_REGULAR = "file_not_regular"
    FILE_UNREADABLE = "file_unreadable"
    FILE_DISAPPEARED = "file_disappeared"
    NOT_AN_IMAGE = "not_an_image"
    OUT_OF_MEMORY = "out_of_memory"
    TRUNCATED = "truncated"
    TRUNCATED_THUMBNAIL = "truncated_thumbnail"
    UNREADABLE_IMAGE = "unreadable_image"
    VERY_LARGE_IMAGE = "very_large_image"
    EMPTY_FILE = "empty_file"
    HEIF_NEEDS_PLUGIN = "heif_needs_plugin"
    IMPOSSIBLE_SIZE = "impossible_size"
    IPTC_UNREADABLE = "iptc_unreadable"
    THUMBNAIL_FAILED = "thumbnail_failed"
    # the catalog (indexer/catalog_writer.py, indexer/scan.py)
    NOT_STORED = "not_stored"
    SOURCE_REMOVED = "source_removed"
    # EXIF (indexer/exif.py)
    EXIF_DATE_NOT_DATE = "exif_date_not_date"
    EXIF_DATE_NOT_REAL = "exif_date_not_real"
    EXIF_DATE_IMPOSSIBLE = "exif_date_impossible"
    EXIF_GPS_NOT_DMS = "exif_gps_not_dms"
    EXIF_GPS_ZERO_DENOMINATOR = "exif_gps_zero_denominator"
    EXIF_GPS_UNREADABLE = "exif_gps_unreadable"
    EXIF_GPS_OUT_OF_RANGE = "exif_gps_out_of_range"
    EXIF_IFD_LOOP = "exif_ifd_loop"
    EXIF_IMPOSSIBLE_SIZE = "exif_impossible_size"
    EXIF_TOO_MANY_ENTRIES = "exif_too_many_entries"
    EXIF_UNREADABLE = "exif_unreadable"
    EXIF_ORIENTATION_INVALID = "exif_orientation_invalid"
    # XMP (indexer/embedded.py)
    XMP_TOO_LARGE = "xmp_too_large"
    XMP_ENTITIES = "xmp_entities"
    XMP_MALFORMED = "xmp_malformed"
    XMP_UNKNOWN_ENCODING = "xmp_unknown_encoding"
    # XMP sidecars (indexer/sidecar.py): the sidecar's name and why it was refused
    SIDECAR_REFUSED = "sidecar_refused"
    # Pillow's own warnings, recognised by indexer/worker.py
    PILLOW_TAG_TOO_LARGE = "pillow_tag_too_large"
    PILLOW_TAG_OFFSET = "pillow_tag_offset"
    PILLOW_EXIF_SHORT = "pillow_exif_short"
    PILLOW_MAKERNOTE_SHORT = "pillow_makernote_short"
    PILLOW_TOO_MANY_ENTRIES = "pillow_too_many_entries"
    PILLOW_MALFORMED_MPO = "pillow_malformed_mpo"
    PILLOW_INVALID_APNG = "pillow_invalid_apng"
    PILLOW_TRUNCATED_READ = "pillow_truncated_read"
    PILLOW_WARNING = "pillow_warning"  # any other: Pillow's message, as Pillow wrote it
    # a reason stored by an older photobook that revision 0003 did not recognise
    LEGACY = "legacy"


C = ReasonCode
#: The English sentence for each code (the window's translations have these as source text).
ENGLISH: dict[ReasonCode, str] = {
    C.LINK_LOOP: "symbolic link loop; not followed",
    C.LINK_BROKEN: "broken symbolic link; skipped",
    C.LINK_LOOP_UP: "symbolic link loop (points back to a folder above it); not followed",
    C.LINK_OUTSIDE: "symbolic link to outside the source folder; not followed",
    C.FOLDER_UNREADABLE: "cannot read the folder: {error}",
    C.FOLDER_VISITED: "folder already visited (a loop); skipped",
    C.ENTRY_NOT_REGULAR: "{kind}, not a regular file; not opened",
    C.ENTRY_UNREADABLE: "cannot read: {error}",
    C.DECOMPRESSION_BOMB: "image too large to open safely (possible decompression bomb): "
    "{pixels} pixels, over the limit of {limit}",
    C.TIMEOUT: "gave up after {seconds} s (the file may be crafted to hang readers)",
    C.FILE_NOT_REGULAR: "not a regular file ({kind}); not opened",
    C.FILE_UNREADABLE: "cannot read the file: {error}",
    C.FILE_DISAPPEARED: "the file disappeared while indexing",
    C.NOT_AN_IMAGE: "not an image photobook can read (unknown or corrupt format)",
    C.OUT_OF_MEMORY: "the file declares an impossible size (out of memory)",
    C.TRUNCATED: "the image data is truncated (the file is incomplete)",
    C.TRUNCATED_THUMBNAIL: "the image data is truncated; the thumbnail shows the readable part",
    C.UNREADABLE_IMAGE: "unreadable image ({detail})",
    C.VERY_LARGE_IMAGE: "very large image (over {megapixels} megapixels)",
    C.EMPTY_FILE: "empty file (0 bytes)",
    C.HEIF_NEEDS_PLUGIN: "HEIC/HEIF needs the optional pillow-heif package ({command})",
    C.IMPOSSIBLE_SIZE: "image declares an impossible size {width} × {height}",
    C.IPTC_UNREADABLE: "IPTC unreadable ({error}); ignored",
    C.THUMBNAIL_FAILED: "thumbnail failed: {cause}",
    C.NOT_STORED: "could not be stored in the catalog: {detail}",
    C.SOURCE_REMOVED: "removed from the library by another photobook while it was being indexed",
    C.EXIF_DATE_NOT_DATE: "EXIF {tag} {value!r} is not a date; ignored",
    C.EXIF_DATE_NOT_REAL: "EXIF {tag} {value!r} is not a real date; ignored",
    C.EXIF_DATE_IMPOSSIBLE: "EXIF {tag} {value!r} is impossible; ignored",
    C.EXIF_GPS_NOT_DMS: "EXIF GPS position unreadable (needs degrees, minutes, seconds); ignored",
    C.EXIF_GPS_ZERO_DENOMINATOR: "EXIF GPS position unreadable (zero denominator); ignored",
    C.EXIF_GPS_UNREADABLE: "EXIF GPS position unreadable ({detail}); ignored",
    C.EXIF_GPS_OUT_OF_RANGE: "EXIF GPS position out of range; ignored",
    C.EXIF_IFD_LOOP: "EXIF has a loop of IFDs; ignored",
    C.EXIF_IMPOSSIBLE_SIZE: "EXIF declares an impossible size; ignored",
    C.EXIF_TOO_MANY_ENTRIES: "EXIF declares more entries than a photograph has (possibly crafted); ignored",
    C.EXIF_UNREADABLE: "EXIF unreadable ({error}); ignored",
    C.EXIF_ORIENTATION_INVALID: "EXIF orientation {value} is not valid (1–8); shown as stored",
    C.XMP_TOO_LARGE: "XMP larger than {megabytes} MB; ignored",
    C.XMP_ENTITIES: "XMP refused: it declares XML entities or a DTD (possible XML bomb)",
    C.XMP_MALFORMED: "XMP is not well-formed XML ({detail}); ignored",
    C.XMP_UNKNOWN_ENCODING: "XMP declares an unknown text encoding ({detail}); ignored",
    C.SIDECAR_REFUSED: "sidecar {sidecar!r} not read: {cause}",
    C.PILLOW_TAG_TOO_LARGE: "tag {tag}: data larger than the file; skipped",
    C.PILLOW_TAG_OFFSET: "tag offset too large",
    C.PILLOW_EXIF_SHORT: "possibly corrupt EXIF data: expected {expected} bytes, got {got}; "
    "tag {tag} skipped",
    C.PILLOW_MAKERNOTE_SHORT: "possibly corrupt EXIF MakerNote data: expected {expected} bytes, "
    "got {got}; tag {tag} skipped",
    C.PILLOW_TOO_MANY_ENTRIES: "tag {tag} has too many entries: {count}, expected {expected}",
    C.PILLOW_MALFORMED_MPO: "malformed MPO file; read as a plain JPEG",
    C.PILLOW_INVALID_APNG: "invalid APNG; the default PNG image is used if possible",
    C.PILLOW_TRUNCATED_READ: "truncated file read",
    C.PILLOW_WARNING: "{message}",
    C.LEGACY: "{text}",
}

#: What a file that is not a regular file is (the value ``kind``), in English.
KINDS: dict[str, str] = {
    "fifo": "a FIFO",
    "socket": "a socket",
    "device": "a device",
    "character_device": "a character device",
    "block_device": "a block device",
    "folder": "a folder",
    "other": "not a regular file",
}

_PLACEHOLDER = re.compile(r"\{(\w+)(!r)?\}")


def placeholders(template: str) -> set[str]:
    """The value names a sentence uses: ``{"tag", "value"}``."""
    return {m.group(1) for m in _PLACEHOLDER.finditer(template)}


def fill(template: str, show: Mapping[str, str], quoted: Mapping[str, str] | None = None) -> str:
    """``template`` with each ``{name}`` replaced by ``show[name]`` and each ``{name!r}`` by
    ``quoted[name]`` (``show[name]`` when not given). A name with no value is left as it is:
    a translation with a mistyped placeholder shows it, never raises."""

    def one(m: re.Match[str]) -> str:
        name, conv = m.group(1), m.group(2)
        table = quoted if conv and quoted is not None else show
        return table.get(name, m.group(0))

    return _PLACEHOLDER.sub(one, template)


@dataclass(frozen=True)
class Reason:
    """One reason: its code and values (JSON-friendly: text, numbers, or a nested reason)."""

    code: ReasonCode
    values: Mapping[str, Value] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """``{"code": …, "values": {…}}``: what the catalog stores and ``--json`` prints."""
        return {"code": self.code.value, "values": {k: _json_value(v) for k, v in self.values.items()}}

    @classmethod
    def from_json(cls, code: str, values: Mapping[str, Any] | None) -> Reason:
        """Back from the catalog. A code this version does not know becomes LEGACY with the
        stored values as text, so that a newer catalog still shows something."""
        try:
            rc = ReasonCode(code)
        except ValueError:
            return cls(C.LEGACY, {"text": f"{code} {dict(values or {})}"})
        return cls(rc, {k: _from_json_value(v) for k, v in (values or {}).items()})

    @property
    def english(self) -> str:
        return english(self)


def _json_value(v: Value) -> Any:
    return v.to_json() if isinstance(v, Reason) else v


def _from_json_value(v: Any) -> Value:
    if isinstance(v, dict) and "code" in v:
        return Reason.from_json(str(v["code"]), v.get("values"))
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v
    return str(v)


def english(reason: Reason) -> str:
    """The reason as an English sentence (the command line, logs)."""
    show: dict[str, str] = {}
    quoted: dict[str, str] = {}
    for name, v in reason.values.items():
        if isinstance(v, Reason):
            show[name] = english(v)
        elif name == "kind":
            show[name] = KINDS.get(str(v), str(v))
        else:
            show[name] = str(v)
        quoted[name] = repr(v) if isinstance(v, str) else show[name]
    return fill(ENGLISH[reason.code], show, quoted)


def system_error(exc: OSError) -> dict[str, Value]:
    """The values for a system error: its text and, when it has one, its errno name."""
    import errno as _errno

    code, text = exc.errno, exc.strerror or str(exc)
    if code is None and isinstance(exc, PermissionError):  # raised without one (a test, a library)
        code, text = _errno.EACCES, text or "Permission denied"
    out: dict[str, Value] = {"error": text or type(exc).__name__}
    if code is not None and code in _errno.errorcode:
        out["errno"] = _errno.errorcode[code]
    return out
