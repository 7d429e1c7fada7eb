"""Files that real archives contain and that break naive indexers, made on the fly for the tests."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

from PIL import Image


def jpeg(size=(320, 240), color=(120, 90, 60), exif: Image.Exif | None = None, mode="RGB", **save) -> bytes:
    img = Image.new(mode, size, color)
    buf = io.BytesIO()
    kwargs = dict(save)
    if exif is not None:
        kwargs["exif"] = exif
    img.save(buf, "JPEG", quality=85, **kwargs)
    return buf.getvalue()


def with_app1(payload: bytes, base: bytes | None = None) -> bytes:
    """A JPEG with ``payload`` as its first APP1 segment (EXIF or XMP)."""
    base = base or jpeg()
    seg = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return base[:2] + seg + base[2:]


def tiff_exif(entries: list[tuple[int, int, int, bytes]], next_ifd: int = 0) -> bytes:
    """Raw little-endian EXIF: 'Exif\\0\\0' + TIFF header + one IFD of (tag, type, count, value4)."""
    body = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", len(entries))
    for tag, typ, count, value in entries:
        body += struct.pack("<HHI", tag, typ, count) + value.ljust(4, b"\x00")[:4]
    body += struct.pack("<I", next_ifd)
    return b"Exif\x00\x00" + body + b"\x00" * 16


def exif_with(orientation=None, original=None, make=None, model=None, digitized=None) -> Image.Exif:
    ex = Image.Exif()
    if orientation is not None:
        ex[0x0112] = orientation
    if make:
        ex[0x010F] = make
    if model:
        ex[0x0110] = model
    ifd = ex.get_ifd(0x8769)
    if original is not None:
        ifd[0x9003] = original
    if digitized is not None:
        ifd[0x9004] = digitized
    return ex


def png_bomb(width=100_000, height=100_000) -> bytes:
    """A PNG header that declares 10 gigapixels (a decompression bomb) with a tiny body."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt>
<rdf:li xml:lang="fr">&lol9;</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt>
<rdf:li xml:lang="en">&xxe;</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>"""


def xmp_packet(descriptions: dict[str, str], subjects: list[str], title: str | None = None) -> bytes:
    lis = "".join(f'<rdf:li xml:lang="{k}">{v}</rdf:li>' for k, v in descriptions.items())
    subj = "".join(f"<rdf:li>{s}</rdf:li>" for s in subjects)
    t = (
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>'
        if title
        else ""
    )
    xml = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:description><rdf:Alt>{lis}</rdf:Alt></dc:description>"
        f"<dc:subject><rdf:Bag>{subj}</rdf:Bag></dc:subject>{t}"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
    return xml.encode("utf-8")


def make_hostile_archive(root: Path) -> dict[str, str]:
    """Write the hostile archive; returns {relative name: what the indexer should do}."""
    root.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str] = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        expect[name] = outcome

    put("good/1985/port.jpg", jpeg(), "ok")
    put("zero.jpg", b"", "failed")
    put("text.jpg", b"this is not an image\n" * 10, "failed")
    full = jpeg((800, 600), (10, 200, 40))
    put("truncated.jpg", full[: len(full) * 6 // 10], "warning")
    png = io.BytesIO()
    Image.new("RGB", (400, 300), (1, 2, 3)).save(png, "PNG")
    put("truncated.png", png.getvalue()[:-40], "warning")
    gif = io.BytesIO()
    Image.new("P", (200, 200), 3).save(gif, "GIF")
    put("truncated.gif", gif.getvalue()[:-10], "warning")
    # EXIF: offsets past the end, an IFD that points at itself, huge counts, wrong types
    put(
        "exif-offset.jpg",
        with_app1(tiff_exif([(0x010F, 2, 100, struct.pack("<I", 0xFFFFFF))])),
        "ok-or-warning",
    )
    put(
        "exif-loop.jpg",
        with_app1(tiff_exif([(0x0112, 3, 1, struct.pack("<H", 1))], next_ifd=8)),
        "ok-or-warning",
    )
    put("exif-subifd-loop.jpg", with_app1(tiff_exif([(0x8769, 4, 1, struct.pack("<I", 8))])), "ok-or-warning")
    put(
        "exif-huge-count.jpg",
        with_app1(tiff_exif([(0x010F, 2, 0x7FFFFFFF, struct.pack("<I", 40))])),
        "ok-or-warning",
    )
    put("exif-wrong-type.jpg", with_app1(tiff_exif([(0x0132, 3, 1, struct.pack("<H", 7))])), "ok-or-warning")
    # GPS with a zero denominator
    gps_ifd_entries = tiff_exif([(0x8825, 4, 1, struct.pack("<I", 26))])
    put("exif-gps-zero.jpg", with_app1(gps_ifd_entries), "ok-or-warning")
    for name, value in (
        ("zero-date", "0000:00:00 00:00:00"),
        ("blank-date", "    :  :     :  :  "),
        ("month13", "1985:13:01 10:00:00"),
        ("year9999", "9999:01:01 00:00:00"),
    ):
        put(
            f"dates/{name}.jpg",
            jpeg(exif=exif_with(original=value, make="Canon", model="EOS")),
            "ok-or-warning",
        )
    put(
        "dates/bytes-date.jpg",
        jpeg(exif=exif_with(make=b"\xff\xfe\x00Canon\x9c", original="1990:05:06 10:00:00")),
        "ok-or-warning",
    )
    for value in (0, 9, 65535):
        put(f"orientation-{value}.jpg", jpeg(exif=exif_with(orientation=value)), "warning")
    put("bomb.png", png_bomb(), "failed")
    put("xmp-bomb.jpg", with_app1(b"http://ns.adobe.com/xap/1.0/\x00" + BILLION_LAUGHS), "warning")
    put("xmp-xxe.jpg", with_app1(b"http://ns.adobe.com/xap/1.0/\x00" + EXTERNAL_ENTITY), "warning")
    cmyk = io.BytesIO()
    Image.new("CMYK", (300, 200), (0, 50, 100, 0)).save(cmyk, "JPEG")
    put("modes/cmyk.jpg", cmyk.getvalue(), "ok")
    p16 = io.BytesIO()
    Image.new("I;16", (300, 200), 40000).save(p16, "PNG")
    put("modes/16bit.png", p16.getvalue(), "ok")
    rgba = io.BytesIO()
    Image.new("RGBA", (300, 200), (255, 0, 0, 100)).save(rgba, "PNG")
    put("modes/alpha.png", rgba.getvalue(), "ok")
    anim = io.BytesIO()
    frames = [Image.new("P", (100, 100), i * 40) for i in range(4)]
    frames[0].save(anim, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    put("modes/animated.gif", anim.getvalue(), "ok")
    tif = io.BytesIO()
    pages = [Image.new("RGB", (200, 150), (i * 60, 0, 0)) for i in range(3)]
    pages[0].save(tif, "TIFF", save_all=True, append_images=pages[1:])
    put("modes/multipage.tif", tif.getvalue(), "ok")
    put("phone.heic", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64, "failed")
    # names
    put("names/with spaces.jpg", jpeg(), "ok")
    put("names/الدار البيضاء.jpg", jpeg(), "ok")
    put("names/fès-médina.jpg", jpeg(), "ok")
    put("names/new\nline.jpg", jpeg(), "ok")
    put("names/" + "x" * 251 + ".jpg", jpeg(), "ok")
    raw_dir = os.fsencode(root / "names")
    with open(os.path.join(raw_dir, b"latin1-\xe9t\xe9.jpg"), "wb") as f:
        f.write(jpeg((64, 64), (9, 9, 9)))
    expect["names/latin1-\udce9t\udce9.jpg"] = "ok"
    # special files
    os.mkfifo(root / "fifo.jpg")
    expect["fifo.jpg"] = "failed"
    os.symlink("/dev/zero", root / "zero-link.jpg")
    expect["zero-link.jpg"] = "failed"
    (root / "loops").mkdir()
    os.symlink(root / "loops", root / "loop-a")
    os.symlink("..", root / "loops" / "up")
    os.symlink(root / "self-link.jpg", root / "self-link.jpg")
    expect["self-link.jpg"] = "failed"
    return expect
