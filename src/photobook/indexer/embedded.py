"""What files say about a photograph in the standards: XMP (embedded or in a sidecar, parsed with
defusedxml), IPTC-IIM and the text fields of EXIF.

XMP is read as RDF, in either of its two forms (a property as an attribute of ``rdf:Description``
or as a child element; structures as ``rdf:parseType="Resource"``, a nested ``rdf:Description`` or
attributes), not by searching for a few element names. What is read:

- captions: ``dc:title`` and ``dc:description`` language alternatives, each in its own language
  (a German one stays ``de``); IPTC ObjectName/Headline and Caption-Abstract; EXIF
  ImageDescription and UserComment — each only when XMP has no title (or text) at all (the Metadata
  Working Group's rule: XMP wins where both exist);
- creator, rights, credit: ``dc:creator``, ``dc:rights``, ``photoshop:Credit``; IPTC By-line,
  CopyrightNotice, Credit; EXIF Artist, Copyright;
- the date: ``photoshop:DateCreated`` and IPTC DateCreated, partial dates kept ("1985", "1985-06");
- the location: ``Iptc4xmpExt:LocationShown`` (city, sub-location, province, country and its code),
  ``Iptc4xmpCore:Location``/``CountryCode``, ``photoshop:City/State/Country``; IPTC City,
  Sub-location, Province-State, Country and its code;
- keywords: ``dc:subject``, digiKam's ``digiKam:TagsList`` ("Économie/Ports") and Lightroom's
  ``lr:hierarchicalSubject`` ("Économie|Ports") as paths; IPTC Keywords.

Layers are read best first (a sidecar, the embedded XMP, IPTC, EXIF): each fills only what the
layers before it left empty. XMP is attacker-controlled XML: defusedxml refuses entity declarations
(billion laughs) and external entities, and a packet over :data:`MAX_XMP_BYTES` is not parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from photobook.core import languages
from photobook.core.reasons import Reason, ReasonCode

_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DC = "{http://purl.org/dc/elements/1.1/}"
_PS = "{http://ns.adobe.com/photoshop/1.0/}"
_CORE = "{http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/}"
_EXT = "{http://iptc.org/std/Iptc4xmpExt/2008-02-29/}"
_DIGIKAM = "{http://www.digikam.org/ns/1.0/}"
_LR = "{http://ns.adobe.com/lightroom/1.0/}"
MAX_XMP_BYTES = 2 * 1024 * 1024
#: XMP structures nest a few levels (a LocationShown is two); anything deeper is not read.
MAX_DEPTH = 8
#: What a camera writes into ImageDescription/UserComment by itself: not a caption.
_CAMERA_DEFAULTS = re.compile(
    r"^(olympus digital camera|sony dsc|dcim|kodak .*|digital camera|minolta digital camera|"
    r"samsung .*camera.*|lg electronics|default|image|picture|untitled|ascii|unicode|<none>)$",
    re.I,
)
_DATE = re.compile(r"^\s*(\d{4})(?:[-:]?(\d{2})(?:[-:]?(\d{2}))?)?(?:[T ].*)?\s*$")

LOCATION_PARTS = ("sublocation", "city", "state", "country", "country_code")


@dataclass
class Embedded:
    captions: dict[str, dict[str, str]] = field(default_factory=dict)  # lang → {"title", "text"}
    keywords: list[str] = field(default_factory=list)
    keyword_paths: list[tuple[str, ...]] = field(default_factory=list)  # ("Économie", "Ports")
    creator: str | None = None
    rights: str | None = None
    credit: str | None = None
    location: dict[str, str] = field(default_factory=dict)  # LOCATION_PARTS → text
    date: str | None = None  # EDTF ("1985", "1985-06", "1985-06-12")
    date_source: str | None = None  # "xmp_created" | "iptc_created"
    warnings: list[Reason] = field(default_factory=list)

    def has(self, part: str) -> bool:
        """Whether a layer already gave a caption ``part`` ("title" or "text") in any language."""
        return any(c.get(part) for c in self.captions.values())


def _lang(tag: str | None) -> str:
    """An ``xml:lang`` as a caption language: one of the three, another language's primary subtag
    ("de", "es"), or "default" (x-default, none, or not a language tag)."""
    if not tag or tag.lower().startswith("x-"):
        return "default"
    known = languages.known(tag)
    if known:
        return known
    primary = tag.strip().lower().replace("_", "-").split("-")[0]
    return primary if languages.is_caption_language(primary) else "default"


# --- RDF --------------------------------------------------------------------------------------


def _text(elem: Any) -> str:
    return (elem.text or "").strip()


def _value(elem: Any, depth: int) -> Any:
    """A property element's value: text, a list (rdf:Bag/Seq), {lang: text} (rdf:Alt, as a
    ``_Alt``), or a structure {name: value}."""
    if depth > MAX_DEPTH:
        return None
    children = list(elem)
    if elem.get(f"{_RDF}parseType") == "Resource":
        return _struct(children, elem, depth)
    if not children:
        attrs = {k: v for k, v in elem.attrib.items() if not k.startswith((_RDF, "{http://www.w3.org/XML"))}
        return _Struct(attrs) if attrs else _text(elem)
    first = children[0]
    if first.tag == f"{_RDF}Alt":
        alt = _Alt()
        for li in first:
            if li.tag == f"{_RDF}li":
                text = _text(li)
                lang = _lang(li.get(_XML_LANG))
                if text and lang not in alt:
                    alt[lang] = text
        return alt
    if first.tag in (f"{_RDF}Bag", f"{_RDF}Seq"):
        items: list[Any] = []
        for li in first:
            if li.tag == f"{_RDF}li":
                v = _value(li, depth + 1)
                if v:
                    items.append(v)
        return items
    if first.tag == f"{_RDF}Description":
        return _struct(list(first), first, depth)
    return _struct(children, elem, depth)


class _Alt(dict[str, str]):
    """A language alternative."""


class _Struct(dict[str, Any]):
    """An XMP structure (a LocationShown entry)."""


def _struct(children: list[Any], holder: Any, depth: int) -> _Struct:
    out = _Struct(
        {k: v for k, v in holder.attrib.items() if not k.startswith((_RDF, "{http://www.w3.org/XML"))}
    )
    for child in children:
        if isinstance(child.tag, str):
            out.setdefault(child.tag, _value(child, depth + 1))
    return out


def xmp_properties(root: Any) -> dict[str, Any]:
    """Every top-level property of a parsed packet, by Clark name ("{ns}name"), both forms merged;
    the first occurrence of a property wins."""
    props: dict[str, Any] = {}
    rdfs = [root] if root.tag == f"{_RDF}RDF" else list(root.iter(f"{_RDF}RDF"))
    for rdf in rdfs:
        for desc in rdf:
            if desc.tag != f"{_RDF}Description":
                continue
            for name, value in desc.attrib.items():
                if not name.startswith((_RDF, "{http://www.w3.org/XML")):
                    props.setdefault(name, value.strip())
            for child in desc:
                if isinstance(child.tag, str):
                    props.setdefault(child.tag, _value(child, 1))
    return props


def _one(value: Any) -> str | None:
    """A property as one line of text: a literal, the first of a list, x-default of an Alt."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, _Alt):
        return value.get("default") or next(iter(value.values()), None)
    if isinstance(value, list):
        texts = [v for v in (_one(x) for x in value) if v]
        return ", ".join(texts) or None
    return None


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [v.strip() for v in value if isinstance(v, str) and v.strip()]
    return []


def edtf_from(raw: str | None) -> str | None:
    """photoshop:DateCreated or IPTC DateCreated as an EDTF date: "1985", "1985-06", "1985-06-12"
    (also "19850600", "1985:06:00", "1985-06-12T10:30:00+01:00"); None when it is not a date that
    can be true (month 13, before photography, in the future)."""
    from photobook.core import dates

    m = _DATE.match(raw or "")
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    edtf = year
    if month and month != "00":
        edtf += f"-{month}"
        if day and day != "00":
            edtf += f"-{day}"
    try:
        return edtf if dates.parse(edtf) is not None else None
    except dates.DateError:
        return None


def parse_xmp(data: bytes | str, into: Embedded) -> None:
    """One XMP packet (embedded or a sidecar's) into ``into``, filling what is still empty there."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    if isinstance(data, str):
        data = data.encode("utf-8", "replace")
    if len(data) > MAX_XMP_BYTES:
        into.warnings.append(Reason(ReasonCode.XMP_TOO_LARGE, {"megabytes": MAX_XMP_BYTES // (1024 * 1024)}))
        return
    start = data.find(b"<")
    if start < 0:
        return
    data = data[start:].rstrip(b"\x00 \n\r\t")
    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        into.warnings.append(Reason(ReasonCode.XMP_ENTITIES))
        return
    except (ParseError, ValueError, SyntaxError) as exc:
        into.warnings.append(Reason(ReasonCode.XMP_MALFORMED, {"detail": str(exc)[:60]}))
        return
    except LookupError as exc:  # <?xml encoding="utf-9"?>, "rot13", "zlib": the packet, not the photo
        into.warnings.append(Reason(ReasonCode.XMP_UNKNOWN_ENCODING, {"detail": str(exc)[:60]}))
        return
    except RecursionError:  # nesting deeper than the parser's stack
        into.warnings.append(Reason(ReasonCode.XMP_MALFORMED, {"detail": "nested too deeply"}))
        return
    apply_xmp(xmp_properties(root), into)


def apply_xmp(props: dict[str, Any], into: Embedded) -> None:
    """The properties of one packet into ``into`` (what an earlier layer gave stays)."""
    for part, name in (("title", f"{_DC}title"), ("text", f"{_DC}description")):
        value = props.get(name)
        alt = value if isinstance(value, _Alt) else ({"default": value} if isinstance(value, str) else {})
        if part == "title" and not alt and isinstance(props.get(f"{_PS}Headline"), str):
            alt = {"default": props[f"{_PS}Headline"]}
        for lang, text in alt.items():
            if text:
                entry = into.captions.setdefault(lang, {"title": "", "text": ""})
                entry[part] = entry[part] or text
    if not into.keywords and not into.keyword_paths:
        into.keyword_paths = _paths(props)
        flat = {k for path in into.keyword_paths for k in path}
        # digiKam and Lightroom also write each tag's names into dc:subject: a name that is part of
        # a path is that path, not a keyword of its own
        into.keywords = list(dict.fromkeys(k for k in _strings(props.get(f"{_DC}subject")) if k not in flat))
    into.creator = into.creator or _one(props.get(f"{_DC}creator"))
    into.rights = into.rights or _one(props.get(f"{_DC}rights"))
    into.credit = into.credit or _one(props.get(f"{_PS}Credit"))
    if into.date is None:
        into.date = edtf_from(_one(props.get(f"{_PS}DateCreated")))
        into.date_source = "xmp_created" if into.date else None
    location: dict[str, str | None] = {}
    shown = props.get(f"{_EXT}LocationShown")
    first = shown[0] if isinstance(shown, list) and shown else shown
    if isinstance(first, dict):
        location = {
            "sublocation": _one(first.get(f"{_EXT}Sublocation")),
            "city": _one(first.get(f"{_EXT}City")),
            "state": _one(first.get(f"{_EXT}ProvinceState")),
            "country": _one(first.get(f"{_EXT}CountryName")),
            "country_code": _one(first.get(f"{_EXT}CountryCode")),
        }
    fallback = {
        "sublocation": _one(props.get(f"{_CORE}Location")),
        "city": _one(props.get(f"{_PS}City")),
        "state": _one(props.get(f"{_PS}State")),
        "country": _one(props.get(f"{_PS}Country")),
        "country_code": _one(props.get(f"{_CORE}CountryCode")),
    }
    _fill_location(into, {k: location.get(k) or fallback[k] for k in LOCATION_PARTS})


def _paths(props: dict[str, Any]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for name, sep in ((f"{_DIGIKAM}TagsList", "/"), (f"{_LR}hierarchicalSubject", "|")):
        for item in _strings(props.get(name)):
            path = tuple(p.strip() for p in item.split(sep) if p.strip())
            if path and path not in out:
                out.append(path)
    return out


def _fill_location(into: Embedded, parts: dict[str, str | None]) -> None:
    for key in LOCATION_PARTS:
        value = parts.get(key)
        if value and key not in into.location:
            into.location[key] = value


# --- IPTC-IIM and EXIF --------------------------------------------------------------------------


def _decode(raw: bytes, utf8: bool) -> str:
    raw = raw.replace(b"\x00", b"")  # C strings: PostgreSQL refuses NUL in text
    if utf8:
        return raw.decode("utf-8", "replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _fill_caption(into: Embedded, title: str | None, text: str | None) -> None:
    """An untagged title/text from IPTC or EXIF, each only when no earlier layer has one."""
    entry = into.captions.setdefault("default", {"title": "", "text": ""})
    if title and not into.has("title"):
        entry["title"] = title
    if text and not into.has("text"):
        entry["text"] = text
    if not entry["title"] and not entry["text"]:
        del into.captions["default"]


def parse_iptc(info: dict[tuple[int, int], Any] | None, into: Embedded) -> None:
    """IPTC-IIM records from Pillow's ``IptcImagePlugin.getiptcinfo``."""
    if not info:
        return
    utf8 = b"\x1b%G" in (info.get((1, 90)) or b"")

    def values(key: tuple[int, int]) -> list[str]:
        v = info.get(key)
        if v is None:
            return []
        items = v if isinstance(v, list) else [v]
        return [
            s
            for s in (_decode(bytes(x), utf8).strip() for x in items if isinstance(x, (bytes, bytearray)))
            if s
        ]

    def one(key: tuple[int, int]) -> str | None:
        return next(iter(values(key)), None)

    _fill_caption(into, one((2, 5)) or one((2, 105)), one((2, 120)))
    if not into.keywords and not into.keyword_paths:
        into.keywords = list(dict.fromkeys(values((2, 25))))
    into.creator = into.creator or one((2, 80))
    into.credit = into.credit or one((2, 110))
    into.rights = into.rights or one((2, 116))
    if into.date is None:
        into.date = edtf_from(one((2, 55)))
        into.date_source = "iptc_created" if into.date else None
    _fill_location(
        into,
        {
            "sublocation": one((2, 92)),
            "city": one((2, 90)),
            "state": one((2, 95)),
            "country": one((2, 101)),
            "country_code": one((2, 100)),
        },
    )


def caption_text(value: str | None) -> str | None:
    """EXIF text as a caption: None for what a camera writes by itself ("OLYMPUS DIGITAL CAMERA")."""
    if not value or _CAMERA_DEFAULTS.match(value.strip()):
        return None
    return value.strip() or None


def apply_exif_text(
    into: Embedded,
    description: str | None,
    user_comment: str | None,
    artist: str | None,
    copyright_: str | None,
) -> None:
    """EXIF's text fields, the last layer: a caption only where no XMP or IPTC one exists."""
    _fill_caption(into, None, caption_text(description) or caption_text(user_comment))
    into.creator = into.creator or artist or None
    into.rights = into.rights or copyright_ or None


# --- languages ----------------------------------------------------------------------------------


def guess_language(text: str) -> str:
    """Captions without a language tag: Arabic script → ar; French accents/words → fr; else en."""
    if any("\u0600" <= ch <= "\u06ff" for ch in text):
        return "ar"
    lowered = f" {text.lower()} "
    french = sum(
        w in lowered
        for w in (" le ", " la ", " les ", " de ", " des ", " du ", " à ", " et ", " une ", " au ")
    )
    if french >= 1 or any(ch in text for ch in "éèêàçùôî"):
        return "fr"
    return "en"


def resolve_default(emb: Embedded) -> None:
    """Give an untagged ("default", x-default, IPTC, EXIF) caption a language, unless it repeats a
    tagged one (x-default is usually a copy of one language) or that language already has one."""
    default = emb.captions.pop("default", None)
    if not default:
        return
    if any(
        (default["title"] or c["title"]) == c["title"] and (default["text"] or c["text"]) == c["text"]
        for c in emb.captions.values()
    ):
        return
    lang = guess_language(default["text"] or default["title"])
    if lang not in emb.captions:
        emb.captions[lang] = default
