"""Per-file work, run in worker processes: metadata (hash, EXIF, XMP, IPTC, pixel size) and thumbnails.

Each function takes plain values and returns plain values (picklable), never raises for a bad file,
and is bounded in time: a file that takes longer than ``FILE_SECONDS`` is abandoned with a reason.
Files are opened read-only, non-blocking (a FIFO that slipped past the walk cannot hang the open) and
checked to be regular files before anything is read.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import multiprocessing
import os
import re
import signal
import sys
import threading
import warnings
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from PIL import Image, ImageFile, IptcImagePlugin, UnidentifiedImageError

from photobook.core.reasons import Reason, ReasonCode, system_error
from photobook.core.records import Caption, FileMeta, PhotoMeta, Unreadable
from photobook.db.storage import NotRegular, open_regular, photo_formats
from photobook.indexer.dating import date_from_path
from photobook.indexer.embedded import (
    Embedded,
    apply_exif_text,
    caption_text,
    parse_iptc,
    parse_xmp,
    resolve_default,
)
from photobook.indexer.exif import ExifInfo, read_exif, user_comment
from photobook.indexer.phash import dct, perceptual_hash
from photobook.indexer.sidecar import read_sidecars
from photobook.indexer.thumbs import THUMB_SIZE, displayed_size, make_thumbnail
from photobook.indexer.walk import SUPPORTED as SUPPORTED

HASH_SAMPLE = 64 * 1024
SAMPLE_BLOCKS, SAMPLE_BLOCK = 16, 4096
FILE_SECONDS = 60


class FileTimeout(Exception):
    pass


_alarm = True


def use_alarm(enabled: bool) -> None:
    """Turn the per-file SIGALRM limit off (or back on) in this process: for a caller that brings
    its own watchdog on the same signal, such as the fuzzing harnesses (libFuzzer's -timeout)."""
    global _alarm
    _alarm = enabled


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """SIGALRM-based limit; only possible in a process's main thread (workers always are)."""
    if (
        not _alarm
        or threading.current_thread() is not threading.main_thread()
        or not hasattr(signal, "SIGALRM")
    ):
        yield
        return

    def on_alarm(_signum: int, _frame: Any) -> None:
        raise FileTimeout

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def init_worker() -> None:
    """Worker start-up: Ctrl-C is the parent's to handle; die with the parent; optional HEIF; the
    perceptual hash's numpy imported now, while the indexing process is still starting."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    setup_pillow()
    dct()


def _die_with_parent() -> None:
    """On Linux, ask the kernel to end this worker when the indexing process dies (even by
    SIGKILL), so that an interrupted index leaves no orphan processes behind."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    # A parent killed while this worker was still starting (before the prctl) sends no signal:
    # the worker would wait for work forever, an orphan.
    parent = multiprocessing.parent_process()
    if parent is not None and os.getppid() != parent.pid:
        os._exit(1)


def setup_pillow() -> None:
    warnings.simplefilter("ignore", Image.DecompressionBombWarning)
    try:  # optional: pip install photobook[heif]
        from pillow_heif import register_heif_opener

        register_heif_opener()
    except ImportError:
        pass


def content_hash(f: io.BufferedReader, size: int) -> str:
    """A sampled content hash: BLAKE2b of the size, the first and last 64 KiB, and 16 blocks of
    4 KiB spread evenly in between.

    It recognises a moved or renamed file without reading all of it (a 24 MP scan is ~10 MB; the
    metadata pass must reach 1,000 files/s). The blocks in between matter for uncompressed scans
    (TIFF, BMP): two prints of the same size with the same white border are identical at both
    ends, never in the middle.
    """
    h = hashlib.blake2b(digest_size=16)
    h.update(size.to_bytes(8, "little"))
    f.seek(0)
    h.update(f.read(HASH_SAMPLE))
    if size > 2 * HASH_SAMPLE:
        inner = size - 2 * HASH_SAMPLE
        for k in range(SAMPLE_BLOCKS):
            f.seek(HASH_SAMPLE + inner * k // SAMPLE_BLOCKS)
            h.update(f.read(SAMPLE_BLOCK))
    if size > HASH_SAMPLE:
        f.seek(max(HASH_SAMPLE, size - HASH_SAMPLE))
        h.update(f.read(HASH_SAMPLE))
    return h.hexdigest()


_BOMB = re.compile(r"\((\d+) pixels\) exceeds limit of (\d+) pixels")


def explain(exc: BaseException) -> Reason:
    """What is wrong with the file, as a reason code and its values."""
    if isinstance(exc, Image.DecompressionBombError):
        m = _BOMB.search(str(exc))
        if m:
            return Reason(ReasonCode.DECOMPRESSION_BOMB, {"pixels": int(m[1]), "limit": int(m[2])})
    if isinstance(exc, FileTimeout):
        return Reason(ReasonCode.TIMEOUT, {"seconds": FILE_SECONDS})
    if isinstance(exc, NotRegular):
        return Reason(ReasonCode.FILE_NOT_REGULAR, {"kind": str(exc)})
    if isinstance(exc, FileNotFoundError):
        return Reason(ReasonCode.FILE_DISAPPEARED)
    if isinstance(exc, UnidentifiedImageError):
        return Reason(ReasonCode.NOT_AN_IMAGE)
    if isinstance(exc, MemoryError):
        return Reason(ReasonCode.OUT_OF_MEMORY)
    if isinstance(exc, OSError) and "truncated" in str(exc):
        return Reason(ReasonCode.TRUNCATED)
    if isinstance(exc, OSError) and (exc.strerror or isinstance(exc, PermissionError)):
        return Reason(ReasonCode.FILE_UNREADABLE, system_error(exc))
    detail = str(exc).splitlines()[0][:120] if str(exc) else ""
    return Reason(
        ReasonCode.UNREADABLE_IMAGE, {"detail": type(exc).__name__ + (": " + detail if detail else "")}
    )


def _xmp_bytes(img: Image.Image) -> bytes | None:
    for key in ("xmp", "XML:com.adobe.xmp"):
        v = img.info.get(key)
        if v:
            return v if isinstance(v, bytes) else str(v).encode("utf-8", "replace")
    tag = getattr(img, "tag_v2", None)
    if tag is not None:
        v = tag.get(700)
        if v:
            return bytes(v) if not isinstance(v, str) else v.encode()
    return None


def read_metadata(path: bytes, rel: str, sidecars: tuple[bytes, ...] = ()) -> FileMeta:
    """Everything the catalog learns from a file (and its XMP ``sidecars``, best first) without
    decoding its pixels."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with time_limit(FILE_SECONDS):
                out = _read_metadata(path, rel, sidecars)
        except Exception as exc:  # per file: Pillow and exifread raise many types
            return Unreadable(explain(exc))
    if isinstance(out, PhotoMeta):
        out = replace(out, warnings=out.warnings + tuple(_pillow_warnings(caught)))
    return out


# Pillow's warnings as it words them (Pillow 10–12), each with the code it is recorded as.
_PILLOW: list[tuple[re.Pattern[str], ReasonCode, tuple[str, ...]]] = [
    (
        re.compile(r"Tag data larger than file\. Skipping tag (\d+)"),
        ReasonCode.PILLOW_TAG_TOO_LARGE,
        ("tag",),
    ),
    (re.compile(r"Tag offset too large"), ReasonCode.PILLOW_TAG_OFFSET, ()),
    (
        re.compile(
            r"Possibly corrupt EXIF data\. +Expecting to read (\d+) bytes but only got (\d+)\. ?"
            r"Skipping tag (\d+)"
        ),
        ReasonCode.PILLOW_EXIF_SHORT,
        ("expected", "got", "tag"),
    ),
    (
        re.compile(
            r"Possibly corrupt EXIF MakerNote data\. +Expecting to read (\d+) bytes but only got (\d+)\. ?"
            r"Skipping tag (\d+)"
        ),
        ReasonCode.PILLOW_MAKERNOTE_SHORT,
        ("expected", "got", "tag"),
    ),
    (
        re.compile(r"Metadata Warning, tag (\d+) had too many entries: (\d+), expected (\d+)"),
        ReasonCode.PILLOW_TOO_MANY_ENTRIES,
        ("tag", "count", "expected"),
    ),
    (re.compile(r"Image appears to be a malformed MPO file.*"), ReasonCode.PILLOW_MALFORMED_MPO, ()),
    (re.compile(r"Invalid APNG.*"), ReasonCode.PILLOW_INVALID_APNG, ()),
    (re.compile(r"Truncated File Read"), ReasonCode.PILLOW_TRUNCATED_READ, ()),
]


def pillow_warning(message: str) -> Reason:
    """One of Pillow's warnings as a reason: a known one by its code, any other as Pillow wrote it."""
    text = message.splitlines()[0][:120] if message else ""
    for pattern, code, names in _PILLOW:
        m = pattern.fullmatch(text)
        if m:
            return Reason(code, {n: int(v) for n, v in zip(names, m.groups(), strict=True)})
    return Reason(ReasonCode.PILLOW_WARNING, {"message": text})


def _pillow_warnings(caught: list[warnings.WarningMessage]) -> list[Reason]:
    """Pillow warns (rather than raises) about some damage, e.g. "Tag data larger than file"."""
    out: list[Reason] = []
    for w in caught:
        if issubclass(w.category, Image.DecompressionBombWarning):
            reason = Reason(
                ReasonCode.VERY_LARGE_IMAGE, {"megapixels": (Image.MAX_IMAGE_PIXELS or 0) // 1_000_000}
            )
        elif issubclass(w.category, (UserWarning, RuntimeWarning)):
            reason = pillow_warning(str(w.message))
        else:
            continue
        if reason not in out:
            out.append(reason)
    return out


def _read_metadata(path: bytes, rel: str, sidecars: tuple[bytes, ...] = ()) -> FileMeta:
    f, st = open_regular(path)
    with f:
        if st.st_size == 0:
            return Unreadable(Reason(ReasonCode.EMPTY_FILE))
        digest = content_hash(f, st.st_size)
        f.seek(0)
        if rel.lower().endswith((".heic", ".heif")) and ".heif" not in Image.registered_extensions():
            return Unreadable(
                Reason(ReasonCode.HEIF_NEEDS_PLUGIN, {"command": "pip install 'photobook[heif]'"})
            )
        img = Image.open(f, formats=photo_formats())
        width, height = img.size
        if width <= 0 or height <= 0:
            return Unreadable(Reason(ReasonCode.IMPOSSIBLE_SIZE, {"width": width, "height": height}))
        fmt = img.format
        emb = Embedded()
        # best first, each layer filling what the ones before left empty: sidecars, embedded XMP,
        # IPTC-IIM, EXIF (the Metadata Working Group's order)
        sidecar_names, sidecar_sig = read_sidecars(sidecars, emb)
        xmp = _xmp_bytes(img)
        if xmp:
            parse_xmp(xmp, emb)
        try:
            parse_iptc(IptcImagePlugin.getiptcinfo(img), emb)
        except Exception as exc:
            emb.warnings.append(Reason(ReasonCode.IPTC_UNREADABLE, {"error": type(exc).__name__}))
        exif = decoded_exif(img, f)
        comment = None
        if not emb.has("text") and not caption_text(exif.description):
            raw = img.info.get("exif")
            comment = user_comment(raw if isinstance(raw, bytes) else None)
        apply_exif_text(emb, exif.description, comment, exif.artist, exif.copyright)
    resolve_default(emb)
    edtf, source, digitised = _date(exif, rel, emb)
    shown_w, shown_h = displayed_size(width, height, exif.orientation)
    return PhotoMeta(
        content_hash=digest,
        size=st.st_size,
        mtime_ns=st.st_mtime_ns,
        format=fmt,
        pixel_width=width,
        pixel_height=height,
        orientation=exif.orientation,
        width=shown_w,
        height=shown_h,
        camera_make=exif.make,
        camera_model=exif.model,
        gps=exif.gps,
        date_edtf=edtf or "",
        date_source=source or "none",
        digitised_at=digitised,
        captions={lang: Caption(c.get("title", ""), c.get("text", "")) for lang, c in emb.captions.items()},
        keywords=tuple(emb.keywords),
        keyword_paths=tuple(emb.keyword_paths),
        photographer=emb.creator,
        rights=emb.rights,
        credit=emb.credit,
        place=place_of(emb.location),
        location=dict(emb.location),
        sidecars=sidecar_names,
        sidecar_sig=sidecar_sig,
        warnings=tuple(exif.warnings + emb.warnings),
    )


#: Containers that say themselves how the image stands (HEIF's and AVIF's irot/imir boxes). Their
#: decoder hands over the EXIF that describes the pixels it returns: pillow-heif turns the pixels
#: upright and resets Orientation to 1; Pillow's AVIF plugin leaves them and writes the container's
#: turn into Orientation. The Orientation in the file's own EXIF block (an iPhone's 6) is the turn
#: the container has already made: applied again, a portrait lies on its side.
DECODER_EXIF_FORMATS = ("HEIF", "AVIF")


def decoded_exif(img: Image.Image, f: io.BufferedReader | io.BytesIO) -> ExifInfo:
    """The EXIF that goes with the pixels Pillow decodes from ``img``: the file's, or for HEIF and
    AVIF the block the decoder extracted (so a photograph is turned upright once, not twice)."""
    if img.format not in DECODER_EXIF_FORMATS:
        f.seek(0)
        return read_exif(f)
    raw = img.info.get("exif") or b""
    if isinstance(raw, Image.Exif):
        raw = raw.tobytes()
    tiff = raw[6:] if raw.startswith(b"Exif\0\0") else raw
    return read_exif(io.BytesIO(tiff)) if tiff else ExifInfo()


def place_of(location: dict[str, str]) -> str | None:
    """The one place name a record shows: the city, else the most precise part there is."""
    for key in ("city", "sublocation", "state", "country"):
        if location.get(key):
            return location[key]
    return None


def _date(exif: Any, rel: str, emb: Embedded | None = None) -> tuple[str | None, str | None, str | None]:
    """The date a file tells: the date its metadata says the photograph was made (XMP
    photoshop:DateCreated or IPTC DateCreated, often partial: "1985", "1985-06"), else its folder
    or file name ("1985/…") — an archive's own order — unless a camera's capture date falls inside
    it, which then says the same, more precisely. A camera date outside those bounds is a
    reproduction (a copy-stand photograph of an old print) and dates the copy, not the photograph."""
    from photobook.core import dates

    edtf, source, digitised = exif.dating()
    if emb is not None and emb.date:
        created, shot = dates.parse(emb.date), dates.parse(edtf) if edtf else None
        if created is not None and shot is not None and created.start <= shot.start <= created.end:
            return edtf, source, digitised
        return emb.date, emb.date_source, digitised
    path_date = date_from_path(rel)
    if path_date is None:
        return edtf, source, digitised
    if edtf is not None:
        bounds, shot = dates.parse(path_date), dates.parse(edtf)
        if bounds is not None and shot is not None and bounds.start <= shot.start <= bounds.end:
            return edtf, source, digitised
    return path_date, "filename", digitised


def metadata_task(items: list[tuple[int, bytes, str, tuple[bytes, ...]]]) -> list[tuple[int, FileMeta]]:
    """[(index, path, display path, sidecar paths)] → [(index, metadata)]."""
    return [(index, read_metadata(path, rel, sidecars)) for index, path, rel, sidecars in items]


def make_thumb(path: bytes, orientation: int, size: int = THUMB_SIZE) -> dict[str, Any]:
    """A thumbnail; a truncated file gets the readable part with a warning instead of nothing."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # metadata already reported what Pillow had to say
        return _make_thumb(path, orientation, size)


def _make_thumb(path: bytes, orientation: int, size: int) -> dict[str, Any]:
    try:
        with time_limit(FILE_SECONDS):
            try:
                return _thumb(path, orientation, size)
            except OSError as exc:
                if "truncated" not in str(exc) and "broken data stream" not in str(exc):
                    raise
            ImageFile.LOAD_TRUNCATED_IMAGES = True
            try:
                out = _thumb(path, orientation, size)
            finally:
                ImageFile.LOAD_TRUNCATED_IMAGES = False
            out["warning"] = Reason(ReasonCode.TRUNCATED_THUMBNAIL)
            return out
    except Exception as exc:
        return {"ok": False, "reason": Reason(ReasonCode.THUMBNAIL_FAILED, {"cause": explain(exc)})}


def _thumb(path: bytes, orientation: int, size: int) -> dict[str, Any]:
    f, _st = open_regular(path)
    with f:
        img = Image.open(f, formats=photo_formats())
        data, w, h = make_thumbnail(img, orientation, size)
    # the near-duplicate hash, here in the worker, from the thumbnail as the cache keeps it
    return {
        "ok": True,
        "data": data,
        "width": w,
        "height": h,
        "warning": None,
        "phash": perceptual_hash(data),
    }


def thumbnail_task(items: list[tuple[int, str, bytes, int]]) -> list[tuple[int, str, dict[str, Any]]]:
    """[(photo_id, content_hash, path, orientation)] → [(photo_id, content_hash, result)]."""
    return [(pid, digest, make_thumb(path, orientation)) for pid, digest, path, orientation in items]


def ahead_task(path: bytes, rel: str) -> tuple[FileMeta, dict[str, Any] | None]:
    """A new file's metadata and thumbnail (see :mod:`photobook.indexer.ahead`)."""
    meta = read_metadata(path, rel)
    return meta, make_thumb(path, meta.orientation) if isinstance(meta, PhotoMeta) else None
