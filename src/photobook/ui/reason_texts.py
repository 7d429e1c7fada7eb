"""Index problem reasons in the interface language, through Qt's translation files.

The catalog stores a reason as a code and its values (core.reasons). Each code's English sentence
is written here once more as a translatable source string (context "IndexReason"), so that
``lupdate`` collects it into ``resources/i18n/photobook_*.ts`` like every other string of the
window; a test checks that these are exactly core.reasons.ENGLISH. Values are put in after
translation, as they were recorded; in a right-to-left window each one that is not a bare number
is isolated left to right (LRI … PDI), so that "1–8" is not shown as "8–1" and quoted Latin text
keeps its order.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from photobook.core.reasons import Reason, ReasonCode, fill

CONTEXT = "IndexReason"
LRI, PDI = "\u2066", "\u2069"
C = ReasonCode

# fmt: off
SOURCES: dict[ReasonCode, str] = {
    C.LINK_LOOP: QT_TRANSLATE_NOOP("IndexReason", "symbolic link loop; not followed"),
    C.LINK_BROKEN: QT_TRANSLATE_NOOP("IndexReason", "broken symbolic link; skipped"),
    C.LINK_LOOP_UP: QT_TRANSLATE_NOOP("IndexReason", "symbolic link loop (points back to a folder above it); not followed"),
    C.LINK_OUTSIDE: QT_TRANSLATE_NOOP("IndexReason", "symbolic link to outside the source folder; not followed"),
    C.FOLDER_UNREADABLE: QT_TRANSLATE_NOOP("IndexReason", "cannot read the folder: {error}"),
    C.FOLDER_VISITED: QT_TRANSLATE_NOOP("IndexReason", "folder already visited (a loop); skipped"),
    C.ENTRY_NOT_REGULAR: QT_TRANSLATE_NOOP("IndexReason", "{kind}, not a regular file; not opened"),
    C.ENTRY_UNREADABLE: QT_TRANSLATE_NOOP("IndexReason", "cannot read: {error}"),
    C.DECOMPRESSION_BOMB: QT_TRANSLATE_NOOP("IndexReason", "image too large to open safely (possible decompression bomb): {pixels} pixels, over the limit of {limit}"),
    C.TIMEOUT: QT_TRANSLATE_NOOP("IndexReason", "gave up after {seconds} s (the file may be crafted to hang readers)"),
    C.FILE_NOT_REGULAR: QT_TRANSLATE_NOOP("IndexReason", "not a regular file ({kind}); not opened"),
    C.FILE_UNREADABLE: QT_TRANSLATE_NOOP("IndexReason", "cannot read the file: {error}"),
    C.FILE_DISAPPEARED: QT_TRANSLATE_NOOP("IndexReason", "the file disappeared while indexing"),
    C.NOT_AN_IMAGE: QT_TRANSLATE_NOOP("IndexReason", "not an image photobook can read (unknown or corrupt format)"),
    C.OUT_OF_MEMORY: QT_TRANSLATE_NOOP("IndexReason", "the file declares an impossible size (out of memory)"),
    C.TRUNCATED: QT_TRANSLATE_NOOP("IndexReason", "the image data is truncated (the file is incomplete)"),
    C.TRUNCATED_THUMBNAIL: QT_TRANSLATE_NOOP("IndexReason", "the image data is truncated; the thumbnail shows the readable part"),
    C.UNREADABLE_IMAGE: QT_TRANSLATE_NOOP("IndexReason", "unreadable image ({detail})"),
    C.VERY_LARGE_IMAGE: QT_TRANSLATE_NOOP("IndexReason", "very large image (over {megapixels} megapixels)"),
    C.EMPTY_FILE: QT_TRANSLATE_NOOP("IndexReason", "empty file (0 bytes)"),
    C.HEIF_NEEDS_PLUGIN: QT_TRANSLATE_NOOP("IndexReason", "HEIC/HEIF needs the optional pillow-heif package ({command})"),
    C.IMPOSSIBLE_SIZE: QT_TRANSLATE_NOOP("IndexReason", "image declares an impossible size {width} × {height}"),
    C.IPTC_UNREADABLE: QT_TRANSLATE_NOOP("IndexReason", "IPTC unreadable ({error}); ignored"),
    C.THUMBNAIL_FAILED: QT_TRANSLATE_NOOP("IndexReason", "thumbnail failed: {cause}"),
    C.NOT_STORED: QT_TRANSLATE_NOOP("IndexReason", "could not be stored in the catalog: {detail}"),
    C.SOURCE_REMOVED: QT_TRANSLATE_NOOP("IndexReason", "removed from the library by another photobook while it was being indexed"),
    C.EXIF_DATE_NOT_DATE: QT_TRANSLATE_NOOP("IndexReason", "EXIF {tag} {value!r} is not a date; ignored"),
    C.EXIF_DATE_NOT_REAL: QT_TRANSLATE_NOOP("IndexReason", "EXIF {tag} {value!r} is not a real date; ignored"),
    C.EXIF_DATE_IMPOSSIBLE: QT_TRANSLATE_NOOP("IndexReason", "EXIF {tag} {value!r} is impossible; ignored"),
    C.EXIF_GPS_NOT_DMS: QT_TRANSLATE_NOOP("IndexReason", "EXIF GPS position unreadable (needs degrees, minutes, seconds); ignored"),
    C.EXIF_GPS_ZERO_DENOMINATOR: QT_TRANSLATE_NOOP("IndexReason", "EXIF GPS position unreadable (zero denominator); ignored"),
    C.EXIF_GPS_UNREADABLE: QT_TRANSLATE_NOOP("IndexReason", "EXIF GPS position unreadable ({detail}); ignored"),
    C.EXIF_GPS_OUT_OF_RANGE: QT_TRANSLATE_NOOP("IndexReason", "EXIF GPS position out of range; ignored"),
    C.EXIF_IFD_LOOP: QT_TRANSLATE_NOOP("IndexReason", "EXIF has a loop of IFDs; ignored"),
    C.EXIF_IMPOSSIBLE_SIZE: QT_TRANSLATE_NOOP("IndexReason", "EXIF declares an impossible size; ignored"),
    C.EXIF_TOO_MANY_ENTRIES: QT_TRANSLATE_NOOP("IndexReason", "EXIF declares more entries than a photograph has (possibly crafted); ignored"),
    C.EXIF_UNREADABLE: QT_TRANSLATE_NOOP("IndexReason", "EXIF unreadable ({error}); ignored"),
    C.EXIF_ORIENTATION_INVALID: QT_TRANSLATE_NOOP("IndexReason", "EXIF orientation {value} is not valid (1–8); shown as stored"),
    C.XMP_TOO_LARGE: QT_TRANSLATE_NOOP("IndexReason", "XMP larger than {megabytes} MB; ignored"),
    C.XMP_ENTITIES: QT_TRANSLATE_NOOP("IndexReason", "XMP refused: it declares XML entities or a DTD (possible XML bomb)"),
    C.XMP_MALFORMED: QT_TRANSLATE_NOOP("IndexReason", "XMP is not well-formed XML ({detail}); ignored"),
    C.XMP_UNKNOWN_ENCODING: QT_TRANSLATE_NOOP("IndexReason", "XMP declares an unknown text encoding ({detail}); ignored"),
    C.SIDECAR_REFUSED: QT_TRANSLATE_NOOP("IndexReason", "sidecar {sidecar!r} not read: {cause}"),
    C.PILLOW_TAG_TOO_LARGE: QT_TRANSLATE_NOOP("IndexReason", "tag {tag}: data larger than the file; skipped"),
    C.PILLOW_TAG_OFFSET: QT_TRANSLATE_NOOP("IndexReason", "tag offset too large"),
    C.PILLOW_EXIF_SHORT: QT_TRANSLATE_NOOP("IndexReason", "possibly corrupt EXIF data: expected {expected} bytes, got {got}; tag {tag} skipped"),
    C.PILLOW_MAKERNOTE_SHORT: QT_TRANSLATE_NOOP("IndexReason", "possibly corrupt EXIF MakerNote data: expected {expected} bytes, got {got}; tag {tag} skipped"),
    C.PILLOW_TOO_MANY_ENTRIES: QT_TRANSLATE_NOOP("IndexReason", "tag {tag} has too many entries: {count}, expected {expected}"),
    C.PILLOW_MALFORMED_MPO: QT_TRANSLATE_NOOP("IndexReason", "malformed MPO file; read as a plain JPEG"),
    C.PILLOW_INVALID_APNG: QT_TRANSLATE_NOOP("IndexReason", "invalid APNG; the default PNG image is used if possible"),
    C.PILLOW_TRUNCATED_READ: QT_TRANSLATE_NOOP("IndexReason", "truncated file read"),
    C.PILLOW_WARNING: QT_TRANSLATE_NOOP("IndexReason", "{message}"),
    C.LEGACY: QT_TRANSLATE_NOOP("IndexReason", "{text}"),
}

# The ``kind`` values (core.reasons.KINDS).
KINDS: dict[str, str] = {
    "fifo": QT_TRANSLATE_NOOP("IndexReason", "a FIFO"),
    "socket": QT_TRANSLATE_NOOP("IndexReason", "a socket"),
    "device": QT_TRANSLATE_NOOP("IndexReason", "a device"),
    "character_device": QT_TRANSLATE_NOOP("IndexReason", "a character device"),
    "block_device": QT_TRANSLATE_NOOP("IndexReason", "a block device"),
    "folder": QT_TRANSLATE_NOOP("IndexReason", "a folder"),
    "other": QT_TRANSLATE_NOOP("IndexReason", "not a regular file"),
}

# The system errors an archive meets, by errno name; any other is shown as the system wrote it.
ERRORS: dict[str, str] = {
    "EACCES": QT_TRANSLATE_NOOP("IndexReason", "permission denied"),
    "EPERM": QT_TRANSLATE_NOOP("IndexReason", "operation not permitted"),
    "ENOENT": QT_TRANSLATE_NOOP("IndexReason", "no such file or directory"),
    "EIO": QT_TRANSLATE_NOOP("IndexReason", "input/output error"),
    "ELOOP": QT_TRANSLATE_NOOP("IndexReason", "too many levels of symbolic links"),
    "EISDIR": QT_TRANSLATE_NOOP("IndexReason", "is a directory"),
    "ENOTDIR": QT_TRANSLATE_NOOP("IndexReason", "not a directory"),
    "ESTALE": QT_TRANSLATE_NOOP("IndexReason", "stale file handle"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("IndexReason", "file name too long"),
    "ENXIO": QT_TRANSLATE_NOOP("IndexReason", "no such device or address"),
    "ENOTCONN": QT_TRANSLATE_NOOP("IndexReason", "transport endpoint is not connected"),
}
# fmt: on


def system_error_text(errno_name: str, system_text: str) -> str:
    """A system error in the interface language, by its errno name; else as the system wrote it."""
    return _tr(ERRORS[errno_name]) if errno_name in ERRORS else system_text


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _isolated(text: str, rtl: bool) -> str:
    if rtl and text and not text.isdigit():
        return f"{LRI}{text}{PDI}"
    return text


def right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def reason_text(reason: Reason, rtl: bool | None = None) -> str:
    """``reason`` in the interface language (the installed Qt translators)."""
    rtl = right_to_left() if rtl is None else rtl
    show: dict[str, str] = {}
    quoted: dict[str, str] = {}
    for name, v in reason.values.items():
        if isinstance(v, Reason):
            show[name] = reason_text(v, rtl)
        elif name == "kind" and str(v) in KINDS:
            show[name] = _tr(KINDS[str(v)])
        elif name == "error" and str(reason.values.get("errno", "")) in ERRORS:
            show[name] = _tr(ERRORS[str(reason.values["errno"])])
        else:
            show[name] = _isolated(str(v), rtl)
        quoted[name] = _isolated(repr(v), rtl) if isinstance(v, str) else show[name]
    return fill(_tr(SOURCES[reason.code]), show, quoted)
