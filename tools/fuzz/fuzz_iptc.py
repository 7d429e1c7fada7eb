"""IPTC-IIM: the block a JPEG carries in its Photoshop APP13 segment (or a TIFF in tag 33723),
read as the worker reads it: Pillow's ``getiptcinfo``, then ``parse_iptc``.

The worker turns any exception of the pair into a warning; here Pillow's are handled that way, and
what escapes ``parse_iptc`` (photobook's own code, which must cope with any record) is a finding.
The first input byte chooses the container: even → JPEG APP13, odd → TIFF tag 33723.
"""

from __future__ import annotations

import io
import struct
import sys

from _harness import instrumented, main

with instrumented():
    from PIL import Image, IptcImagePlugin

    from photobook.indexer.embedded import Embedded, parse_iptc, resolve_default

    Image.init()  # the format plugins, imported here so that they are instrumented


def _base(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (120, 90, 60)).save(buf, fmt)
    return buf.getvalue()


JPEG, TIFF_IMG = _base("JPEG"), Image.new("RGB", (8, 8), (120, 90, 60))


def in_jpeg(iim: bytes) -> bytes:
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim)) + iim
    if len(iim) % 2:
        resource += b"\x00"
    payload = b"Photoshop 3.0\x00" + resource
    payload = payload[:65533]
    return JPEG[:2] + b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload + JPEG[2:]


def in_tiff(iim: bytes) -> bytes:
    buf = io.BytesIO()
    TIFF_IMG.save(buf, "TIFF", tiffinfo={33723: iim})
    return buf.getvalue()


def test_one(data: bytes) -> None:
    if not data:
        return
    raw = in_jpeg(data[1:]) if data[0] % 2 == 0 else in_tiff(data[1:])
    img = Image.open(io.BytesIO(raw))
    emb = Embedded()
    try:
        info = IptcImagePlugin.getiptcinfo(img)
    except Exception as exc:  # the worker: "IPTC unreadable (…); ignored"
        emb.warnings.append(f"IPTC unreadable ({type(exc).__name__}); ignored")
        return
    parse_iptc(info, emb)
    resolve_default(emb)
    for caption in emb.captions.values():
        assert "\x00" not in caption["title"] + caption["text"]
    assert all(isinstance(k, str) and k for k in emb.keywords)


if __name__ == "__main__":
    sys.exit(main(test_one, dictionary="iptc.dict"))
