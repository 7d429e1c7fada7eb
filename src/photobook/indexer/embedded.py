"""Captions and keywords embedded in files: XMP (parsed with defusedxml) and IPTC-IIM.

XMP ``dc:description`` and ``dc:title`` language alternatives become captions in their languages;
``dc:subject`` and IPTC keywords are matched to themes by the caller. XMP is attacker-controlled XML:
defusedxml refuses entity declarations (billion laughs) and external entities.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from photobook.core import languages
from photobook.core.reasons import Reason, ReasonCode

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "xml": "http://www.w3.org/XML/1998/namespace",
}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_DC = "{http://purl.org/dc/elements/1.1/}"
MAX_XMP_BYTES = 2 * 1024 * 1024


@dataclass
class Embedded:
    captions: dict[str, dict[str, str]] = field(default_factory=dict)  # lang → {"title", "text"}
    keywords: list[str] = field(default_factory=list)
    creator: str | None = None
    rights: str | None = None
    credit: str | None = None
    city: str | None = None
    warnings: list[Reason] = field(default_factory=list)


def _lang(tag: str | None) -> str | None:
    if not tag:
        return None
    if tag.lower().startswith("x-"):  # x-default
        return "default"
    return languages.known(tag)


def _alt(elem: Any) -> dict[str, str]:
    """rdf:Alt → {lang: text}; an x-default entry is kept as "default"."""
    out: dict[str, str] = {}
    for li in elem.iter(f"{_RDF}li"):
        text = (li.text or "").strip()
        lang = _lang(li.get(_XML_LANG)) or "default"
        if text and lang not in out:
            out[lang] = text
    if not out and (elem.text or "").strip():
        out["default"] = elem.text.strip()
    return out


def _seq(elem: Any) -> list[str]:
    return [(li.text or "").strip() for li in elem.iter(f"{_RDF}li") if (li.text or "").strip()]


def parse_xmp(data: bytes | str, into: Embedded) -> None:
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
    descriptions: dict[str, str] = {}
    titles: dict[str, str] = {}
    for elem in root.iter(f"{_DC}description"):
        descriptions.update({k: v for k, v in _alt(elem).items() if k not in descriptions})
    for elem in root.iter(f"{_DC}title"):
        titles.update({k: v for k, v in _alt(elem).items() if k not in titles})
    for elem in root.iter(f"{_DC}subject"):
        into.keywords.extend(k for k in _seq(elem) if k not in into.keywords)
    for elem in root.iter(f"{_DC}creator"):
        into.creator = into.creator or ", ".join(_seq(elem)) or None
    for elem in root.iter(f"{_DC}rights"):
        alt = _alt(elem)
        into.rights = into.rights or next(iter(alt.values()), None)
    # attributes form: <rdf:Description photoshop:Credit="…" photoshop:City="…">
    for desc in root.iter(f"{_RDF}Description"):
        into.credit = into.credit or desc.get("{http://ns.adobe.com/photoshop/1.0/}Credit")
        into.city = into.city or desc.get("{http://ns.adobe.com/photoshop/1.0/}City")
    for lang in set(descriptions) | set(titles):
        into.captions[lang] = {"title": titles.get(lang, ""), "text": descriptions.get(lang, "")}


def _decode(raw: bytes, utf8: bool) -> str:
    raw = raw.replace(b"\x00", b"")  # C strings: PostgreSQL refuses NUL in text
    if utf8:
        return raw.decode("utf-8", "replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


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

    caption = values((2, 120))
    headline = values((2, 105)) or values((2, 5))
    if caption or headline:
        into.captions.setdefault(
            "default", {"title": headline[0] if headline else "", "text": caption[0] if caption else ""}
        )
    into.keywords.extend(k for k in values((2, 25)) if k not in into.keywords)
    into.creator = into.creator or next(iter(values((2, 80))), None)
    into.credit = into.credit or next(iter(values((2, 110))), None)
    into.rights = into.rights or next(iter(values((2, 116))), None)
    into.city = into.city or next(iter(values((2, 90))), None)


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
    """Give an untagged ("default", x-default, IPTC) caption a language, unless it duplicates one."""
    default = emb.captions.pop("default", None)
    if not default:
        return
    lang = guess_language(default["text"] or default["title"])
    if lang not in emb.captions:
        emb.captions[lang] = default
