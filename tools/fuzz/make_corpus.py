"""Seed corpora for the harnesses, made from nothing: small images drawn with Pillow, metadata
blocks written by hand, dates and catalogs as an archivist writes them. No third-party files.

    python tools/fuzz/make_corpus.py OUT_DIR     # → OUT_DIR/<harness>/<seed>
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
import sys
from pathlib import Path

from PIL import Image, TiffImagePlugin

XMP_NS = b"http://ns.adobe.com/xap/1.0/\x00"
XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="Rabat" photoshop:Credit="Archives">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Le port</rdf:li><rdf:li xml:lang="ar">الميناء</rdf:li></rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="fr-FR">Le port de Rabat, vers 1985</rdf:li>
<rdf:li xml:lang="en">The harbour</rdf:li></rdf:Alt></dc:description>
<dc:subject><rdf:Bag><rdf:li>port</rdf:li><rdf:li>mer</rdf:li></rdf:Bag></dc:subject>
<dc:creator><rdf:Seq><rdf:li>A. Photographe</rdf:li></rdf:Seq></dc:creator>
<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© Archives</rdf:li></rdf:Alt></dc:rights>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""
XMP_BARE = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>Une fête</dc:description>'
    "</rdf:Description></rdf:RDF></x:xmpmeta>"
)
_RDF_OPEN = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
)
_RDF_CLOSE = "</rdf:RDF></x:xmpmeta>"
#: Sidecars as digiKam, Lightroom and darktable write them (element form, as exiftool writes too),
#: and in attribute form.
SIDECARS = (
    _RDF_OPEN + '<rdf:Description rdf:about="" xmlns:digiKam="http://www.digikam.org/ns/1.0/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">'
    "<digiKam:TagsList><rdf:Seq><rdf:li>Économie/Ports</rdf:li><rdf:li>Lieux/Casablanca</rdf:li></rdf:Seq>"
    "</digiKam:TagsList><dc:subject><rdf:Bag><rdf:li>Ports</rdf:li></rdf:Bag></dc:subject>"
    '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Le port</rdf:li>'
    '<rdf:li xml:lang="ar">الميناء</rdf:li></rdf:Alt></dc:description>'
    "<photoshop:DateCreated>1985</photoshop:DateCreated></rdf:Description>" + _RDF_CLOSE,
    _RDF_OPEN + '<rdf:Description rdf:about="" xmlns:lr="http://ns.adobe.com/lightroom/1.0/" '
    'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
    'xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">'
    "<lr:hierarchicalSubject><rdf:Bag><rdf:li>Économie|Zones franches</rdf:li></rdf:Bag></lr:hierarchicalSubject>"
    "<photoshop:DateCreated>1985-06-00</photoshop:DateCreated><photoshop:Headline>Tanger</photoshop:Headline>"
    "<photoshop:City>Tanger</photoshop:City><photoshop:State>Tanger-Tétouan</photoshop:State>"
    "<Iptc4xmpCore:Location>Port</Iptc4xmpCore:Location><Iptc4xmpCore:CountryCode>MA</Iptc4xmpCore:CountryCode>"
    "</rdf:Description>" + _RDF_CLOSE,
    _RDF_OPEN
    + '<rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><Iptc4xmpExt:LocationShown><rdf:Bag>'
    '<rdf:li rdf:parseType="Resource"><Iptc4xmpExt:City>Rabat</Iptc4xmpExt:City>'
    "<Iptc4xmpExt:Sublocation>Kasbah</Iptc4xmpExt:Sublocation></rdf:li>"
    '<rdf:li><rdf:Description Iptc4xmpExt:City="Salé"/></rdf:li></rdf:Bag></Iptc4xmpExt:LocationShown>'
    '<dc:title><rdf:Alt><rdf:li xml:lang="de">Der Hafen</rdf:li></rdf:Alt></dc:title>'
    "</rdf:Description>" + _RDF_CLOSE,
    _RDF_OPEN + '<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" photoshop:City="Fès" photoshop:Credit="Fonds" '
    'photoshop:DateCreated="1962-03-04T10:30:00+01:00" dc:format="image/jpeg"/>' + _RDF_CLOSE,
)
# the order of tools/fuzz/fuzz_metadata.py's EXTENSIONS: the first byte of a seed picks its extension
EXTENSIONS = (".jpg", ".png", ".tif", ".gif", ".webp", ".bmp", ".jpeg", ".heic")


def iim(charset_utf8: bool = True) -> bytes:
    def ds(record: int, dataset: int, value: bytes) -> bytes:
        return b"\x1c" + bytes([record, dataset]) + struct.pack(">H", len(value)) + value

    out = ds(1, 90, b"\x1b%G") if charset_utf8 else b""
    for dataset, value in (
        (120, "Le port de Rabat"),
        (105, "Le port"),
        (25, "port"),
        (25, "mer"),
        (80, "A. Photographe"),
        (110, "Archives"),
        (116, "© Archives"),
        (90, "Rabat"),
    ):
        out += ds(2, dataset, value.encode("utf-8" if charset_utf8 else "latin-1"))
    return out


def app(marker: int, payload: bytes, base: bytes) -> bytes:
    return base[:2] + bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload + base[2:]


def photoshop(block: bytes) -> bytes:
    res = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(block)) + block
    return b"Photoshop 3.0\x00" + res + (b"\x00" if len(block) % 2 else b"")


def exif(orientation: int = 6, gps: bool = True, make: str = "Nikon") -> Image.Exif:
    ex = Image.Exif()
    ex[0x0112] = orientation
    ex[0x010F] = make
    ex[0x0110] = "D700"
    ex[0x0131] = "photobook seeds"
    ex[0x0132] = "2010:04:05 12:00:00"
    sub = ex.get_ifd(0x8769)
    sub[0x9003] = "1985:06:14 10:30:00"
    sub[0x9004] = "2010:04:05 12:00:00"
    if gps:
        g = ex.get_ifd(0x8825)
        g[1], g[3] = "N", "W"
        g[2] = (
            TiffImagePlugin.IFDRational(34, 1),
            TiffImagePlugin.IFDRational(1, 1),
            TiffImagePlugin.IFDRational(3, 2),
        )
        g[4] = (
            TiffImagePlugin.IFDRational(6, 1),
            TiffImagePlugin.IFDRational(50, 1),
            TiffImagePlugin.IFDRational(0, 1),
        )
    return ex


def save(img: Image.Image, fmt: str, **kw: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def images() -> dict[str, tuple[str, bytes]]:
    """name → (extension, bytes): one of each format and of each piece of metadata the app reads."""
    rgb = Image.new("RGB", (24, 16), (120, 90, 60))
    for x in range(24):
        rgb.putpixel((x, x % 16), (x * 10, 200, 30))
    jpeg = save(rgb, "JPEG", quality=80)
    out = {
        "jpeg": (".jpg", jpeg),
        "jpeg_exif": (".jpg", save(rgb, "JPEG", quality=80, exif=exif())),
        "jpeg_scanner": (".jpg", save(rgb, "JPEG", exif=exif(1, False, "Epson Perfection V600"))),
        "jpeg_xmp": (".jpg", app(0xE1, XMP_NS + XMP.encode("utf-8"), jpeg)),
        "jpeg_iptc": (".jpg", app(0xED, photoshop(iim()), jpeg)),
        "jpeg_all": (
            ".jpg",
            app(
                0xED,
                photoshop(iim(False)),
                app(0xE1, XMP_NS + XMP_BARE.encode(), save(rgb, "JPEG", exif=exif(8))),
            ),
        ),
        "jpeg_progressive": (".jpeg", save(rgb, "JPEG", progressive=True)),
        "jpeg_cmyk": (".jpg", save(rgb.convert("CMYK"), "JPEG")),
        "jpeg_gray": (".jpg", save(rgb.convert("L"), "JPEG")),
        "png_rgba": (".png", save(rgb.convert("RGBA"), "PNG", exif=exif(3))),
        "png_palette": (".png", save(rgb.convert("P"), "PNG", transparency=0)),
        "png_16bit": (".png", save(rgb.convert("I;16"), "PNG")),
        "png_xmp": (".png", save(rgb, "PNG", pnginfo=_png_xmp())),
        "tiff_exif": (".tif", save(rgb, "TIFF", exif=exif(5))),
        "tiff_tags": (".tif", save(rgb, "TIFF", tiffinfo={700: XMP_BARE.encode(), 33723: iim()})),
        "tiff_lzw": (".tif", save(rgb.convert("L"), "TIFF", compression="tiff_lzw")),
        "gif_anim": (
            ".gif",
            save(rgb.convert("P"), "GIF", save_all=True, append_images=[rgb.rotate(90).convert("P")], loop=0),
        ),
        "webp_exif": (".webp", save(rgb, "WEBP", exif=exif(2), xmp=XMP_BARE.encode())),
        "bmp": (".bmp", save(rgb, "BMP")),
    }
    return out


def _png_xmp():
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", XMP_BARE)
    return info


DATES = {
    0: [
        "1985/port.jpg",
        "annees-1980/scan 012.tif",
        "vers-1985/IMG_1985.jpg",
        "1985-06-14_fete.jpg",
        "archives/1990s/19900614.png",
        "c.1962/décennie-1950/x.jpg",
        "2010/DSC01987.JPG",
        "18xx/1899.jpg",
    ],
    1: [
        "1985",
        "1985-06",
        "1985-06-14",
        "1985~",
        "1985?",
        "1985%",
        "198X",
        "19XX",
        "1984/1986",
        "1998-05/2001",
        "1985-0X",
        "../1985",
        "1985/..",
        "[1984..1986]",
        "{1984,1986}",
        "1985-21",
        "Y-12000",
    ],
    2: [
        "circa 1985",
        "c. 1985",
        "vers 1985",
        "environ 1985",
        "1980s",
        "the 1980s",
        "années 1980",
        "1984-1986",
        "1984 à 1986",
        "1984 to 1986",
        "14/06/1985",
        "14.06.1985",
        "حوالي 1985",
        "حوالي ١٩٨٥",
        "سنوات 1980",
        "1984 إلى 1986",
        "around 1984-06",
    ],
    3: ["1985~", "198X", "19XX", "1984/1986", "1985-06-14", "1985?", ""],
}


def catalogs() -> list[dict]:
    entry = {
        "path": "1985/port.jpg",
        "date": "1985~",
        "date_source": "archivist",
        "status": "to-check",
        "themes": ["port"],
        "captions": {"fr": {"title": "Le port", "text": "Le port, vers 1985"}, "ar": "الميناء"},
        "photographer": "A. Photographe",
        "place": "Rabat",
        "place_coords": [34.02, -6.83],
    }
    return [
        {"format": "photobook-catalog", "version": 1, "photos": [entry]},
        {
            "format": "photobook-catalog",
            "version": 1,
            "photos": [
                {
                    "path": "annees-1990/port.jpg",
                    "date": "199X",
                    "status": "done",
                    "captions": {"en": "Harbour"},
                },
                {"content_hash": "0" * 32, "date": "1985-0X"},
                "not an object",
            ],
        },
        {"format": "photobook-catalog", "version": 1, "photos": []},
    ]


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/">&lol3;</x:xmpmeta>'
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/">&e;</x:xmpmeta>'
)


def refused() -> dict[str, list[bytes]]:
    """Inputs each reader must refuse (or read with a warning), the app's own way. They are seeds
    like the others, and tests/test_fuzz_harnesses.py checks that each is refused: a harness that
    no longer understands how the app refuses (a reason's type, a result's shape) fails there at
    once, not as a flood of false findings in the night's run."""
    rgb = Image.new("RGB", (24, 16), (120, 90, 60))
    jpeg = save(rgb, "JPEG", quality=80)
    bomb = save(Image.new("L", (1, 1)), "PNG")
    # a PNG header announcing 60000 × 60000 pixels: a decompression bomb, refused before decoding
    bomb = bomb[:16] + struct.pack(">II", 60000, 60000) + bomb[24:]
    garbage = b"not a photograph at all, only text" * 4
    impossible_date = exif(gps=False)
    impossible_date.get_ifd(0x8769)[0x9003] = "1985:02:30 10:00:00"  # 30 February
    unreadable_gps = exif()
    unreadable_gps.get_ifd(0x8825)[2] = (
        TiffImagePlugin.IFDRational(34, 0),  # a zero denominator
        TiffImagePlugin.IFDRational(1, 1),
        TiffImagePlugin.IFDRational(3, 2),
    )
    return {
        "metadata": [
            bytes([EXTENSIONS.index(".jpg")]) + garbage,
            bytes([EXTENSIONS.index(".png")]) + bomb,
        ],
        "thumbs": [bytes([1]) + garbage, bytes([1]) + jpeg[:40]],
        "exif": [save(rgb, "JPEG", exif=impossible_date), save(rgb, "JPEG", exif=unreadable_gps)],
        "xmp": [
            BILLION_LAUGHS,
            EXTERNAL_ENTITY,
            b'<?xml version="1.0" encoding="utf-9"?><a/>',
            b"<x:xmpmeta",
        ],
        # a sidecar refused, the photograph beside it still catalogued
        "sidecar": [BILLION_LAUGHS, EXTERNAL_ENTITY, b"<x:xmpmeta"],
        "iptc": [b"\x00" + b"\x1c\x02\x78\xff\xff" + b"short"],
        "dates": [b"\x01" + b"1985-06-31", b"\x02" + b"31 juin 1985", b"\x02" + b"blah blah"],
        "import": [
            b"{not json",
            json.dumps({"format": "photobook-catalog", "version": 99, "photos": []}).encode(),
        ],
        "spreadsheet": [
            b"PK\x03\x04 a zip it is not",  # read as a workbook: refused
            "path,title_fr\n1985/port.jpg,caf\u00e9\n".encode("latin-1"),  # not UTF-8: refused
        ],
    }


def spreadsheets() -> list[bytes]:
    """CSV as Excel and LibreOffice write it (BOM, semicolons, quoted line breaks, Arabic), a sheet
    with errors on known lines, and small XLSX workbooks made with openpyxl."""
    csvs = [
        "\ufeffpath,title_fr,title_ar,date,themes,status\r\n"
        "1985/port.jpg,Le port,ميناء,1985,port,reviewed\r\n"
        '"annees-1990/port.jpg","Le quai, \r\nsur deux lignes",,vers 1990,economy; port,\r\n',
        "name;plate;caption_en;cleared\nport.jpg;XII-3;'=1+1;title_fr date\n",
        "key,path,content_hash,plate,date,colour\nhash,,00,,,x\nplate,,,IV,13/13/1985,\nserial,a.jpg,,,,\n"
        "path,1985/port.jpg,,,,\npath,1985/port.jpg,,,,\n",
        "path\tplace_lat\tplace_lon\n1985/port.jpg\t33.5\t-7.6\nannees-1990/port.jpg\t91\tx\n",
        # lines ended by a lone CR, as Excel for the classic Mac wrote them: each is a line of its own
        "path,plate\r1985/port.jpg,IV\r\n1985/port.jpg,V\rannees-1990/port.jpg,VI\n",
    ]
    out = [c.encode("utf-8") for c in csvs]
    try:
        from openpyxl import Workbook
    except ImportError:
        return out
    for rows in (
        [
            ["path", "title_ar", "date"],
            ["1985/port.jpg", "ميناء", 1985],
            ["annees-1990/port.jpg", None, 1990.0],
        ],
        [
            ["Name", "Themes", "Date"],
            ["port.jpg", "port", "=1+1"],
            [None, None, None],
            ["x.jpg", "nowhere", True],
        ],
    ):
        wb = Workbook()
        for row in rows:
            wb.active.append(row)
        buf = io.BytesIO()
        wb.save(buf)
        out.append(buf.getvalue())
    return out


def write(out: Path) -> dict[str, int]:
    seeds: dict[str, list[bytes]] = {
        name: []
        for name in ("metadata", "thumbs", "exif", "xmp", "iptc", "dates", "import", "sidecar", "spreadsheet")
    }
    seeds["spreadsheet"] += spreadsheets()
    for ext, data in images().values():
        seeds["metadata"].append(bytes([EXTENSIONS.index(ext)]) + data)
        seeds["thumbs"].append(bytes([6]) + data)
        seeds["exif"].append(data)
    seeds["xmp"] += [
        XMP.encode("utf-8"),
        XMP_BARE.encode(),
        XMP.replace("\ufeff", "").encode("utf-16"),
        b'<?xml version="1.0" encoding="latin-1"?>' + XMP_BARE.encode("latin-1", "replace"),
    ]
    seeds["sidecar"] += [x.encode("utf-8") for x in SIDECARS] + [XMP.encode("utf-8"), b""]
    seeds["xmp"] += [x.encode("utf-8") for x in SIDECARS]
    seeds["iptc"] += [b"\x00" + iim(), b"\x01" + iim(), b"\x00" + iim(False)]
    for mode, texts in DATES.items():
        seeds["dates"] += [bytes([mode]) + t.encode("utf-8") for t in texts]
    seeds["import"] += [json.dumps(c, ensure_ascii=False).encode("utf-8") for c in catalogs()]
    counts = {}
    refusals = refused()
    for name, items in seeds.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        for data in items:
            (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
        for data in refusals.get(name, []):
            (folder / f"refused-{hashlib.sha1(data).hexdigest()}").write_bytes(data)
        counts[name] = len(items) + len(refusals.get(name, []))
    return counts


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for name, n in write(Path(sys.argv[1])).items():
        print(f"{name}: {n} seeds")
