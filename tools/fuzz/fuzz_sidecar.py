"""XMP sidecars: ``worker.read_metadata`` on a small JPEG with its own XMP, with the input written
beside it as ``photo.jpg.xmp``, exactly as an index reads an original and its sidecar.

A sidecar is attacker-controlled XML next to a photograph the archive already trusts: whatever it
holds, the photograph is catalogued. Findings: an exception that escapes; the photograph not
catalogued; a warning that is not a reason naming the sidecar; a result the catalog writer cannot
take (a caption language that is not a language tag, a keyword path with an empty name, a date
that does not parse). Dictionary: ``sidecar.dict`` (RDF forms, the namespaces the readers know).
"""

from __future__ import annotations

import io
import re
import sys

from _harness import instrumented, main, scratch_dir

with instrumented():
    import defusedxml.ElementTree  # noqa: F401  (imported lazily by the readers: instrument them here)
    from PIL import Image

    from photobook.core.reasons import Reason, ReasonCode
    from photobook.indexer import worker

    Image.init()
    worker.setup_pillow()
worker.use_alarm(False)

DIR = scratch_dir()
PHOTO = DIR / "photo.jpg"
SIDECAR = DIR / "photo.jpg.xmp"
_XMP = (
    b'http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="fr">'
    b"Titre embarqu\xc3\xa9</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>"
)


def _photo() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (16, 12), (120, 90, 60)).save(buf, "JPEG")
    jpeg = buf.getvalue()
    return jpeg[:2] + b"\xff\xe1" + (len(_XMP) + 2).to_bytes(2, "big") + _XMP + jpeg[2:]


PHOTO.write_bytes(_photo())
LANG = re.compile(r"^[a-z]{2,3}$")
SOURCES = ("none", "filename", "exif_capture", "exif_digitised", "xmp_created", "iptc_created")


def test_one(data: bytes) -> None:
    SIDECAR.write_bytes(data)
    out = worker.read_metadata(bytes(PHOTO), "1985/photo.jpg", (bytes(SIDECAR),))
    assert out.ok, f"a sidecar cost the photograph: {out.reason.english}"  # type: ignore[union-attr]
    assert out.sidecars == ("photo.jpg.xmp",) and out.sidecar_sig
    for w in out.warnings:
        assert isinstance(w, Reason) and w.english
        assert w.code is ReasonCode.SIDECAR_REFUSED and w.values["sidecar"] == "photo.jpg.xmp", w
    for lang, caption in out.captions.items():
        assert LANG.match(lang), lang
        assert isinstance(caption.title, str) and isinstance(caption.text, str)
    assert all(isinstance(k, str) and k for k in out.keywords)
    assert all(path and all(isinstance(n, str) and n for n in path) for path in out.keyword_paths)
    assert all(isinstance(v, str) and v for v in out.location.values())
    for value in (out.photographer, out.rights, out.credit, out.place):
        assert value is None or (isinstance(value, str) and value)
    assert out.date_source in SOURCES
    if out.date_edtf:
        from photobook.core import dates

        assert dates.parse(out.date_edtf) is not None


if __name__ == "__main__":
    sys.exit(main(test_one, dictionary="sidecar.dict"))
