"""``photobook export --format iiif OUT --base-url URL``: a IIIF Presentation 3 manifest of the
filter (or a collection of one manifest per theme or decade) with static images beside it, ready
to be copied to a web server at ``URL`` and opened in Mirador or the Universal Viewer.

``OUT`` holds ``manifest.json`` (or ``collection.json`` and ``manifests/<theme|decade>.json``),
``full/<content hash>.jpg`` (the photograph upright, at most 3000 px on its long edge) and
``thumb/<content hash>.jpg`` (at most 400 px). The originals are only read, with the indexer's
guards: regular files only, Pillow's decompression-bomb limit, a time limit per file. A photograph
that cannot be decoded (missing, damaged, too large) is left out of the manifest and counted with
its reason. An image already in ``OUT`` (same content hash) is not decoded again.

Written per photograph (a Canvas): ``label`` (titles), ``summary`` (captions), ``metadata``
(date in words, place, photographer, themes, plate, rights in words when they are not a URI), all as
language maps ``fr``/``ar``/``en``; ``navDate`` (the first day of the date); ``rights`` (a Creative
Commons or RightsStatements.org URI, given as IIIF wants it, http://); ``requiredStatement`` (the
credit); ``thumbnail``. The manifest carries the rights and credit the photographs share.
"""

from __future__ import annotations

import functools
import io
import json
import os
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from PIL import Image

from photobook.core import dates
from photobook.core.languages import LANGUAGES
from photobook.core.reasons import Reason
from photobook.core.records import PhotoRecord
from photobook.db import queries
from photobook.db.engine import Library
from photobook.db.storage import open_regular, photo_formats
from photobook.indexer.runner import Runner
from photobook.indexer.thumbs import orient, to_rgb
from photobook.indexer.worker import FILE_SECONDS, explain, setup_pillow, time_limit
from photobook.services.exports import (
    Destination,
    ExportError,
    ExportState,
    ThemeTree,
    records_with_originals,
    selected_ids,
    theme_tree,
)

CONTEXT = "http://iiif.io/api/presentation/3/context.json"
FULL_MAX = 3000  # long edge of the full-size derivative, pixels
THUMB_MAX = 400
JPEG_QUALITY = 88
GROUPINGS = ("theme", "decade")

LangMap = dict[str, list[str]]

# the labels of the metadata a viewer shows beside the photograph, in the three languages
_LABELS: dict[str, dict[str, str]] = {
    "date": {"fr": "Date", "ar": "التاريخ", "en": "Date"},
    "place": {"fr": "Lieu", "ar": "المكان", "en": "Place"},
    "photographer": {"fr": "Photographe", "ar": "المصور", "en": "Photographer"},
    "themes": {"fr": "Thèmes", "ar": "المواضيع", "en": "Themes"},
    "plate": {"fr": "Planche", "ar": "اللوحة", "en": "Plate"},
    "rights": {"fr": "Droits", "ar": "الحقوق", "en": "Rights"},
    "credit": {"fr": "Crédit", "ar": "المصدر", "en": "Credit"},
    "archive": {"fr": "Archive photographique", "ar": "الأرشيف الفوتوغرافي", "en": "Photographic archive"},
    "no-theme": {"fr": "Sans thème", "ar": "بدون موضوع", "en": "No theme"},
}
_COUNT = {"fr": "Photographies : {n}", "ar": "عدد الصور: {n}", "en": "Photographs: {n}"}

# IIIF's rights: a Creative Commons or RightsStatements.org URI, written with http:// (the
# specification's canonical form; the validator's schema refuses https://)
_RIGHTS = re.compile(
    r"https?://(creativecommons\.org/(licenses|publicdomain)/|rightsstatements\.org/vocab/)\S*"
)


def iiif_rights(text: str | None) -> str | None:
    """The rights as IIIF's ``rights`` value, or None when they are not such a URI."""
    value = (text or "").strip()
    if not _RIGHTS.fullmatch(value):
        return None
    return "http://" + value.split("://", 1)[1]


def _lang_map(by_lang: dict[str, str]) -> LangMap:
    return {lang: [by_lang[lang]] for lang in LANGUAGES if by_lang.get(lang)}


def _label(key: str) -> LangMap:
    return {lang: [text] for lang, text in _LABELS[key].items()}


def _entry(key: str, value: LangMap) -> dict[str, LangMap]:
    return {"label": _label(key), "value": value}


def check_base_url(url: str) -> str:
    """The base URL without its trailing slash; an http(s) URL with a host, or ExportError."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ExportError(
            f"--base-url must be the http:// or https:// address the folder will be served at, not {url!r}"
        )
    return url.strip().rstrip("/")


# --- images -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Derivative:
    full: str  # path under OUT
    full_size: tuple[int, int]
    thumb: str
    thumb_size: tuple[int, int]


def _jpeg(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return buf.getvalue()


_pillow_ready = functools.cache(setup_pillow)  # HEIF when pillow-heif is there; once per process


def decode_derivatives(
    path: bytes, orientation: int
) -> tuple[bytes, tuple[int, int], bytes, tuple[int, int]]:
    """(full JPEG, its size, thumbnail JPEG, its size) of the original at ``path``, upright. Opened
    as the indexer opens it (a regular file, photographic formats only, Pillow's bomb limit, at most
    ``FILE_SECONDS``); raises what Pillow or the file system raised."""
    _pillow_ready()
    with time_limit(FILE_SECONDS), warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        f, _st = open_regular(path)
        with f, Image.open(f, formats=photo_formats()) as img:
            if img.format == "JPEG":
                img.draft("RGB", (FULL_MAX, FULL_MAX))
            img.thumbnail((FULL_MAX, FULL_MAX), Image.Resampling.LANCZOS, reducing_gap=3.0)
            img.load()  # a photograph already small enough is not loaded by thumbnail()
            full = orient(to_rgb(img), orientation)
            thumb = full.copy()
            thumb.thumbnail((THUMB_MAX, THUMB_MAX), Image.Resampling.LANCZOS)
            return _jpeg(full), full.size, _jpeg(thumb), thumb.size


def _size_of(path: bytes) -> tuple[int, int] | None:
    try:
        with Image.open(os.fsdecode(path), formats=("JPEG",)) as img:
            return img.size
    except (OSError, ValueError):
        return None


def image_names(record: PhotoRecord) -> tuple[str, str]:
    """The full image's and the thumbnail's paths under OUT, named by content hash."""
    name = re.sub(r"[^0-9A-Za-z]", "", record.content_hash) or str(record.id)
    return f"full/{name}.jpg", f"thumb/{name}.jpg"


def existing(dest: Destination, record: PhotoRecord) -> Derivative | None:
    """The photograph's images made by an earlier run (each file is whole: temp + rename)."""
    full_rel, thumb_rel = image_names(record)
    full_size = _size_of(dest.target(full_rel.encode()))
    thumb_size = _size_of(dest.target(thumb_rel.encode())) if full_size else None
    if full_size is None or thumb_size is None:
        return None
    return Derivative(full_rel, full_size, thumb_rel, thumb_size)


Decoded = tuple[bytes, tuple[int, int], bytes, tuple[int, int]]


def derivative_task(items: list[tuple[int, bytes, int]]) -> list[tuple[int, Decoded | Reason]]:
    """[(photo id, path of the original, orientation)] → [(photo id, images or why not)]; runs
    in the indexer's worker processes (or in this one), never raises for a bad file."""
    out: list[tuple[int, Decoded | Reason]] = []
    for pid, path, orientation in items:
        try:
            out.append((pid, decode_derivatives(path, orientation)))
        except Exception as exc:  # a missing, damaged or too large original: left out, with why
            out.append((pid, explain(exc)))
    return out


# --- the manifest -----------------------------------------------------------------------------------


def _nav_date(record: PhotoRecord) -> str | None:
    return f"{record.date_start}T00:00:00Z" if record.date_start else None


def canvas(base: str, record: PhotoRecord, images: Derivative, themes: ThemeTree) -> dict[str, Any]:
    cid = f"{base}/canvas/{record.id}"
    w, h = images.full_size
    tw, th = images.thumb_size
    label = _lang_map({k: c.title for k, c in record.captions.items()}) or {
        "none": [os.path.basename(record.path)]
    }
    out: dict[str, Any] = {"id": cid, "type": "Canvas", "label": label, "width": w, "height": h}
    summary = _lang_map({k: c.text for k, c in record.captions.items()})
    if summary:
        out["summary"] = summary
    metadata = [_entry("date", {lang: [dates.in_words(record.date, lang)] for lang in LANGUAGES})]
    if record.place or record.places:
        metadata.append(_entry("place", {lang: [record.place_in(lang)] for lang in LANGUAGES}))
    if record.by_lang("photographer"):
        metadata.append(_entry("photographer", _value_map(record, "photographer")))
    if record.themes:
        labels = [themes.labels(s) for s in record.themes]
        metadata.append(_entry("themes", {lang: [", ".join(t[lang] for t in labels)] for lang in LANGUAGES}))
    if record.plate:
        metadata.append(_entry("plate", {"none": [record.plate]}))
    rights = iiif_rights(record.rights)
    if record.by_lang("rights") and rights is None:
        metadata.append(_entry("rights", _value_map(record, "rights")))
    out["metadata"] = metadata
    nav = _nav_date(record)
    if nav:
        out["navDate"] = nav
    if rights:
        out["rights"] = rights
    if record.by_lang("credit"):
        out["requiredStatement"] = _entry("credit", _value_map(record, "credit"))
    out["thumbnail"] = [
        {"id": f"{base}/{images.thumb}", "type": "Image", "format": "image/jpeg", "width": tw, "height": th}
    ]
    out["items"] = [
        {
            "id": f"{cid}/page",
            "type": "AnnotationPage",
            "items": [
                {
                    "id": f"{cid}/page/image",
                    "type": "Annotation",
                    "motivation": "painting",
                    "target": cid,
                    "body": {
                        "id": f"{base}/{images.full}",
                        "type": "Image",
                        "format": "image/jpeg",
                        "width": w,
                        "height": h,
                    },
                }
            ],
        }
    ]
    return out


def _value_map(record: PhotoRecord, name: str) -> LangMap:
    """A field written per language (revision 0013) as IIIF's language map: ``{"none": [value]}``
    when it has one value only, else its value in each language (with the one fallback)."""
    by_lang = record.by_lang(name)
    if set(by_lang) <= {"fr"}:
        return {"none": [by_lang["fr"]]}
    return {lang: [record.localized(name, lang)[1]] for lang in LANGUAGES}


def _shared(values: Iterable[str | None]) -> str | None:
    found = set(values)
    return found.pop() if len(found) == 1 else None


def manifest(
    base: str, name: str, label: LangMap, canvases: list[dict[str, Any]], records: list[PhotoRecord]
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "id": f"{base}/{name}",
        "type": "Manifest",
        "label": label,
        "summary": {lang: [_COUNT[lang].format(n=len(canvases))] for lang in LANGUAGES},
    }
    rights = _shared(iiif_rights(r.rights) for r in records)
    if rights:
        out["rights"] = rights
    credit = _shared(r.credit for r in records)
    if credit:
        out["requiredStatement"] = _entry("credit", {"none": [credit]})
    starts = sorted(r.date_start for r in records if r.date_start)
    if starts:
        out["navDate"] = f"{starts[0]}T00:00:00Z"
    if canvases:
        out["thumbnail"] = canvases[0]["thumbnail"]
    out["items"] = canvases
    return out


@dataclass
class IiifReport:
    out: str
    entry: str  # manifest.json or collection.json
    manifests: int = 0
    canvases: int = 0
    skipped: list[tuple[str, Reason]] = field(default_factory=list)


def _groups(record: PhotoRecord, by: str | None) -> list[str]:
    if by == "theme":
        return list(record.themes) or ["no-theme"]
    if by == "decade":
        return [f"{record.year // 10 * 10}s" if record.year is not None else "undated"]
    return [""]


def _group_label(key: str, by: str, themes: ThemeTree) -> LangMap:
    if by == "theme":
        if key == "no-theme":
            return _label("no-theme")
        return {lang: [text] for lang, text in themes.labels(key).items()}
    edtf = "" if key == "undated" else key[:3] + "X"
    return {lang: [dates.in_words(edtf, lang)] for lang in LANGUAGES}


def _json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def export_iiif(
    lib: Library,
    out: str | os.PathLike[str],
    base_url: str,
    f: queries.PhotoFilter | None = None,
    *,
    by: str | None = None,
    limit: int | None = None,
    workers: int | None = 0,
    state: ExportState | None = None,
) -> IiifReport:
    """Write the manifest (or the collection and its manifests) and the images under ``out``; the
    images are decoded in ``workers`` processes (None: one per core; 0: in this process).
    Raises :class:`~photobook.services.exports.Cancelled` when ``state.cancel()`` says so; the
    images written until then are whole and are reused by the next run."""
    if by not in (None, *GROUPINGS):
        raise ExportError(f"--by takes {' or '.join(GROUPINGS)}, not {by!r}")
    base = check_base_url(base_url)
    state = state or ExportState()
    ids = selected_ids(lib, f or queries.PhotoFilter(), limit)
    if not ids:
        raise ExportError("no photograph matches the filters: nothing to export")
    dest = Destination(out, lib)
    tree = theme_tree(lib)
    state.total = len(ids)
    report = IiifReport(os.fsdecode(dest.root), "collection.json" if by else "manifest.json")
    pairs = list(records_with_originals(lib, ids))
    images: dict[int, Derivative] = {}
    todo: list[tuple[int, bytes, int]] = []
    for record, original in pairs:
        state.check()
        found = existing(dest, record)
        if found is None:
            todo.append((record.id, original.path, record.orientation or 1))
        else:
            images[record.id] = found
            state.step(record.path)
    by_id = {record.id: record for record, _original in pairs}
    failed: dict[int, Reason] = {}
    chunks = [todo[i : i + 2] for i in range(0, len(todo), 2)]
    with Runner(workers, in_process=workers == 0 or len(todo) < 4) as runner:
        for pid, result in runner.run(derivative_task, chunks, state.cancel):
            record = by_id[pid]
            if isinstance(result, Reason):
                failed[pid] = result
            else:
                full, full_size, thumb, thumb_size = result
                full_rel, thumb_rel = image_names(record)
                dest.write(dest.target(full_rel.encode()), full)
                dest.write(dest.target(thumb_rel.encode()), thumb)
                images[pid] = Derivative(full_rel, full_size, thumb_rel, thumb_size)
            state.step(record.path)
    state.check()  # the runner stops early when cancelled

    groups: dict[str, tuple[list[dict[str, Any]], list[PhotoRecord]]] = {}
    for record, _original in pairs:
        if record.id in failed:
            report.skipped.append((record.path, failed[record.id]))
            continue
        c = canvas(base, record, images[record.id], tree)
        report.canvases += 1
        for key in _groups(record, by):
            canvases, records = groups.setdefault(key, ([], []))
            canvases.append(c)
            records.append(record)
    if not report.canvases:
        raise ExportError(
            f"none of the {len(ids)} photographs could be read"
            + (f" (first: {report.skipped[0][0]}: {report.skipped[0][1].english})" if report.skipped else "")
        )
    if by is None:
        canvases, records = groups[""]
        dest.write(
            dest.target(b"manifest.json"),
            _json(manifest(base, "manifest.json", _label("archive"), canvases, records)),
        )
        report.manifests = 1
        return report
    order = {slug: i for i, slug in enumerate(tree.order)}
    keys = sorted(groups, key=lambda k: (k in ("no-theme", "undated"), order.get(k, 0), k))
    items = []
    for key in keys:
        canvases, records = groups[key]
        name = f"manifests/{quote(key, safe='')}.json"
        label = _group_label(key, by, tree)
        dest.write(dest.target(name.encode()), _json(manifest(base, name, label, canvases, records)))
        item: dict[str, Any] = {"id": f"{base}/{name}", "type": "Manifest", "label": label}
        if canvases:
            item["thumbnail"] = canvases[0]["thumbnail"]
        items.append(item)
    collection = {
        "@context": CONTEXT,
        "id": f"{base}/collection.json",
        "type": "Collection",
        "label": _label("archive"),
        "summary": {lang: [_COUNT[lang].format(n=report.canvases)] for lang in LANGUAGES},
        "items": items,
    }
    dest.write(dest.target(b"collection.json"), _json(collection))
    report.manifests = len(items)
    return report
