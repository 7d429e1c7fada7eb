"""``photobook export --format xmp OUT``: one XMP sidecar per photograph, for digiKam, darktable,
Lightroom and exiftool.

``OUT/<source folder name>/<path in the source>.xmp`` (``IMG_0001.jpg.xmp``, the digiKam and
darktable convention): copied beside the originals, each sidecar is found by those tools. The
originals themselves are never opened for writing.

Fields written (the note of issue 9 lists them with the catalog field each comes from):

- ``dc:title``, ``dc:description``: lang-alt, ``x-default`` first (French, else the first language
  with a text in the fallback order), then ``fr``, ``ar``, ``en`` where written;
- ``dc:subject``: the labels of the photograph's themes in the export language, then the keywords
  that matched no theme; ``lr:hierarchicalSubject``: each theme's path from the root, "A|B";
- ``photoshop:DateCreated``: the date at its own precision ("1985", "1985-06", "1985-06-14"; a
  circa date as its year); an interval or a decade as what its first and last day share, or
  nothing when that is not even a year; ``photobook:date`` keeps the EDTF string whole;
- ``Iptc4xmpCore:Location`` and ``photoshop:City``: the place (French, else its only name);
  ``Iptc4xmpExt:LocationShown``: the place's name in each language and its coordinates;
- ``exif:GPSLatitude``/``exif:GPSLongitude``: where the camera was, when it said so;
- ``dc:rights`` (lang-alt), and ``xmpRights:WebStatement`` when the rights are a URL;
- ``photoshop:Credit``; ``dc:creator``: the photographer (neither is lang-alt in XMP: the
  French/default value);
- ``photobook:`` the EDTF date, its source, the status, the plate number, the theme slugs and the
  content hash, so that photobook can read its own sidecars back without guessing.

Written with ElementTree (every text escaped, characters XML cannot carry dropped), UTF-8.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass

from photobook.core.languages import LANGUAGES
from photobook.core.languages import fallback as fallback_order
from photobook.core.records import PhotoRecord
from photobook.db import queries
from photobook.db.engine import Library
from photobook.services.exports import (
    Destination,
    ExportState,
    Original,
    ThemeTree,
    records_with_originals,
    selected_ids,
    theme_tree,
    xml_text,
)

#: The namespace of photobook's own fields (no registered domain yet: ``.invalid`` says so).
PHOTOBOOK_NS = "http://ns.photobook.invalid/xmp/1.0/"

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "lr": "http://ns.adobe.com/lightroom/1.0/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
    "exif": "http://ns.adobe.com/exif/1.0/",
    "photobook": PHOTOBOOK_NS,
}
for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_PACKET_ID = "W5M0MpCehiHzreSzNTczkc9d"  # the XMP specification's fixed packet id


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


_PLAIN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def xmp_date(edtf: str, start: str | None, end: str | None) -> str | None:
    """``photoshop:DateCreated`` for a catalog date: its own precision when it is one year, month or
    day (a "circa" or "?" date as the date itself; the EDTF string says how sure it is); else the
    part of its first and last day that they share ("1984-03/1984-09" → "1984"); else None."""
    text = (edtf or "").strip().rstrip("~?%")
    m = _PLAIN.fullmatch(text)
    if m and (m.group(2) is None or 1 <= int(m.group(2)) <= 12):
        return text
    if not start or not end:
        return None
    for n in (10, 7, 4):
        if start[:n] == end[:n]:
            return start[:n]
    return None


def _gps(value: float, pos: str, neg: str) -> str:
    """XMP's GPS coordinate form: "DDD,MM.mmmmmmK" (degrees, decimal minutes, hemisphere)."""
    ref = pos if value >= 0 else neg
    value = abs(value)
    deg = int(value)
    return f"{deg},{(value - deg) * 60:.6f}{ref}"


def _lang_alt(parent: ET.Element, name: str, by_lang: dict[str, str], default_lang: str = "fr") -> None:
    values = {lang: xml_text(v) for lang, v in by_lang.items() if v and xml_text(v)}
    if not values:
        return
    default = next((values[c] for c in fallback_order(default_lang) if c in values), None)
    if default is None:
        default = next(iter(values.values()))
    alt = ET.SubElement(ET.SubElement(parent, _q(name)), _q("rdf:Alt"))
    ET.SubElement(alt, _q("rdf:li"), {_XML_LANG: "x-default"}).text = default
    for lang in (*LANGUAGES, *sorted(set(values) - {*LANGUAGES, "x-default"})):
        if lang in values:
            ET.SubElement(alt, _q("rdf:li"), {_XML_LANG: lang}).text = values[lang]


def _array(parent: ET.Element, name: str, kind: str, items: Iterable[str]) -> None:
    clean = [xml_text(i) for i in items if i and xml_text(i)]
    if not clean:
        return
    arr = ET.SubElement(ET.SubElement(parent, _q(name)), _q(kind))
    for item in clean:
        ET.SubElement(arr, _q("rdf:li")).text = item


def _simple(parent: ET.Element, name: str, value: str | None) -> None:
    if value and xml_text(value):
        ET.SubElement(parent, _q(name)).text = xml_text(value)


def _keywords(r: PhotoRecord) -> list[str]:
    """The keywords kept from the file that matched no theme (stored as "a, b")."""
    return [k.strip() for k in (r.keywords or "").split(",") if k.strip()]


def _is_url(text: str | None) -> bool:
    return bool(text) and re.fullmatch(r"https?://\S+", (text or "").strip()) is not None


def sidecar(r: PhotoRecord, themes: ThemeTree, lang: str = "fr") -> bytes:
    """The XMP sidecar of one photograph, as bytes (UTF-8, in an XMP packet)."""
    meta = ET.Element(_q("x:xmpmeta"), {_q("x:xmptk"): "photobook"})
    rdf = ET.SubElement(meta, _q("rdf:RDF"))
    d = ET.SubElement(rdf, _q("rdf:Description"), {_q("rdf:about"): ""})

    _lang_alt(d, "dc:title", {k: c.title for k, c in r.captions.items()})
    _lang_alt(d, "dc:description", {k: c.text for k, c in r.captions.items()})
    labels = [themes.by_slug[s].label(lang) if s in themes.by_slug else s for s in r.themes]
    _array(d, "dc:subject", "rdf:Bag", dict.fromkeys([*labels, *_keywords(r)]))
    _array(
        d,
        "lr:hierarchicalSubject",
        "rdf:Bag",
        ["|".join(t.label(lang).replace("|", "/") for t in themes.path(s)) or s for s in r.themes],
    )
    photographer = r.localized("photographer", "fr")[1]  # dc:creator is not lang-alt: the default
    if photographer:
        _array(d, "dc:creator", "rdf:Seq", [photographer])
    rights = r.by_lang("rights")
    if rights:
        # lang-alt: x-default is the French (or the one) value, which the readers keep filling;
        # the Arabic and English where the archivist wrote them (revision 0013)
        _lang_alt(d, "dc:rights", rights if set(rights) - {"fr"} else {"x-default": rights["fr"]})
        if r.rights and _is_url(r.rights):
            _simple(d, "xmpRights:WebStatement", r.rights.strip())
    _simple(d, "photoshop:Credit", r.localized("credit", "fr")[1])  # not lang-alt either
    _simple(d, "photoshop:DateCreated", xmp_date(r.date, r.date_start, r.date_end))

    place = r.place_in("fr")
    _simple(d, "Iptc4xmpCore:Location", place)
    _simple(d, "photoshop:City", place)
    if place or r.place_coords:
        shown = ET.SubElement(ET.SubElement(d, _q("Iptc4xmpExt:LocationShown")), _q("rdf:Bag"))
        loc = ET.SubElement(shown, _q("rdf:li"), {_q("rdf:parseType"): "Resource"})
        _lang_alt(loc, "Iptc4xmpExt:LocationName", dict(r.places) or {"fr": place})
        _simple(loc, "Iptc4xmpExt:Sublocation", place)
        if r.place_coords and r.place_coords[0] is not None and r.place_coords[1] is not None:
            _simple(loc, "exif:GPSLatitude", _gps(r.place_coords[0], "N", "S"))
            _simple(loc, "exif:GPSLongitude", _gps(r.place_coords[1], "E", "W"))
    if r.gps:
        _simple(d, "exif:GPSLatitude", _gps(r.gps[0], "N", "S"))
        _simple(d, "exif:GPSLongitude", _gps(r.gps[1], "E", "W"))

    _simple(d, "photobook:date", r.date)
    _simple(d, "photobook:dateSource", r.date_source)
    _simple(d, "photobook:status", r.status)
    _simple(d, "photobook:plate", r.plate)
    _array(d, "photobook:themes", "rdf:Bag", r.themes)
    _simple(d, "photobook:contentHash", r.content_hash)

    ET.indent(meta, space=" ")
    body = ET.tostring(meta, encoding="unicode")
    packet = f'<?xpacket begin="\ufeff" id="{_PACKET_ID}"?>\n{body}\n<?xpacket end="w"?>\n'
    return packet.encode("utf-8")


def source_folder_names(lib: Library) -> dict[int, bytes]:
    """Source id → the folder name its sidecars go under in OUT: the source folder's own name;
    two sources of the same name are told apart by their id ("photos", "photos-2")."""
    with lib.Session() as s:
        roots = queries.source_roots(s)
    out: dict[int, bytes] = {}
    taken: set[bytes] = set()
    for sid in sorted(roots):
        name = os.path.basename(roots[sid].rstrip(b"/")) or b"source"
        if name in taken:
            name = name + b"-" + str(sid).encode()
        taken.add(name)
        out[sid] = name
    return out


@dataclass(frozen=True)
class XmpReport:
    written: int
    out: str


def sidecar_path(dest: Destination, names: dict[int, bytes], original: Original) -> bytes:
    return dest.target(names[original.source_id], original.rel + b".xmp")


def export_xmp(
    lib: Library,
    out: str | os.PathLike[str],
    f: queries.PhotoFilter | None = None,
    *,
    lang: str = "fr",
    limit: int | None = None,
    state: ExportState | None = None,
) -> XmpReport:
    """Write one sidecar per photograph of ``f`` under ``out``; each file is whole (temp + rename).
    Raises :class:`~photobook.services.exports.Cancelled` when ``state.cancel()`` says so."""
    state = state or ExportState()
    dest = Destination(out, lib)
    ids = selected_ids(lib, f or queries.PhotoFilter(), limit)
    tree = theme_tree(lib)
    names = source_folder_names(lib)
    state.total = len(ids)
    written = 0
    for record, original in records_with_originals(lib, ids):
        state.check()
        path = sidecar_path(dest, names, original)
        dest.write(path, sidecar(record, tree, lang))
        written += 1
        state.step(os.fsdecode(original.rel))
    return XmpReport(written, os.fsdecode(dest.root))
