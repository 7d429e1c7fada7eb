"""``export --format xmp``: one sidecar per photograph that exiftool (and so digiKam, darktable,
Lightroom) reads back field for field, Arabic included; files written whole, never among the
originals."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from defusedxml import ElementTree as SafeET

from photobook.cli import main
from photobook.services.export_xmp import export_xmp, xmp_date
from photobook.services.exports import Cancelled, ExportError, ExportState

from .export_fixtures import TRICKY, make_library

needs_exiftool = pytest.mark.skipif(
    shutil.which("exiftool") is None, reason="exiftool is not installed (Debian: libimage-exiftool-perl)"
)


@pytest.fixture
def exported(any_library, tmp_path):
    make_library(any_library, tmp_path / "src")
    report = export_xmp(any_library, tmp_path / "out")
    return report, tmp_path / "out" / "src"


def exiftool(root, *names):
    """{name: tags} as exiftool reads the sidecars ``names`` under ``root`` (numbers as numbers)."""
    out = subprocess.run(
        ["exiftool", "-j", "-struct", "-G1", "-n", "-XMP:all", *names],
        capture_output=True,
        check=True,
        cwd=root,
    ).stdout
    return {r.pop("SourceFile"): r for r in json.loads(out)}


def test_one_sidecar_per_photograph_mirroring_the_source_folders(exported):
    report, root = exported
    assert report.written == 5
    found = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    assert found == [
        "1985/medina.jpg.xmp",
        "1985/port.jpg.xmp",
        "noor.jpg.xmp",
        "undated.jpg.xmp",
        "wind.jpg.xmp",
    ]


@needs_exiftool
def test_exiftool_reads_every_field_back(library, tmp_path):
    make_library(library, tmp_path / "src")
    export_xmp(library, tmp_path / "out")
    root = tmp_path / "out" / "src"
    tags = exiftool(root, "1985/port.jpg.xmp", "1985/medina.jpg.xmp", "wind.jpg.xmp")
    port = tags["1985/port.jpg.xmp"]
    assert port["XMP-dc:Title"] == "Le port de Casablanca"  # x-default: French
    assert port["XMP-dc:Title-fr"] == "Le port de Casablanca"
    assert port["XMP-dc:Title-ar"] == "ميناء الدار البيضاء"
    assert port["XMP-dc:Title-en"] == "Casablanca harbour"
    assert port["XMP-dc:Description-ar"] == "الأرصفة عند الظهر."
    assert port["XMP-dc:Description-en"] == "The quays around noon."
    assert port["XMP-dc:Subject"] == ["Ports"]
    assert port["XMP-lr:HierarchicalSubject"] == ["Logistique et ports|Ports"]
    assert port["XMP-dc:Creator"] == ["Ahmed Ben Ali"]
    assert port["XMP-dc:Rights"] == "http://creativecommons.org/licenses/by/4.0/"
    assert port["XMP-xmpRights:WebStatement"] == "http://creativecommons.org/licenses/by/4.0/"
    assert port["XMP-photoshop:Credit"] == "Archives du Maroc"
    assert str(port["XMP-photoshop:DateCreated"]) == "1985"
    assert port["XMP-iptcCore:Location"] == "Casablanca"
    assert port["XMP-photoshop:City"] == "Casablanca"
    (shown,) = port["XMP-iptcExt:LocationShown"]
    assert shown["LocationName"] == "Casablanca"
    assert shown["GPSLatitude"] == pytest.approx(33.6)
    assert shown["GPSLongitude"] == pytest.approx(-7.6)
    assert str(port["XMP-photobook:Date"]) == "1985"
    assert port["XMP-photobook:Plate"] == "pl. 3"
    assert port["XMP-photobook:Status"] == "published"
    assert port["XMP-photobook:Themes"] == ["port"]

    medina = tags["1985/medina.jpg.xmp"]
    # escaped, read back as written; the control character XML cannot carry is dropped
    assert medina["XMP-dc:Title-fr"] == TRICKY.replace("\x01", "")
    assert medina["XMP-dc:Title-ar"] == "المدينة القديمة"
    # no French caption text: x-default is the next language that has one
    assert medina["XMP-dc:Description"] == "أزقة فاس"
    assert "XMP-dc:Description-fr" not in medina
    assert medina["XMP-dc:Subject"] == ["Économie et investissement", "Solaire"]
    assert medina["XMP-lr:HierarchicalSubject"] == [
        "Économie et investissement",
        "Énergies renouvelables|Solaire",
    ]
    assert medina["XMP-photoshop:DateCreated"].replace(":", "-") == "1985-06"  # a partial date stays partial
    assert medina["XMP-dc:Rights"] == "© Ministère, tous droits réservés"
    assert "XMP-xmpRights:WebStatement" not in medina
    assert medina["XMP-photoshop:Credit"] == "Fonds Hassan"

    wind = tags["wind.jpg.xmp"]
    assert wind["XMP-photobook:Date"] == "198X"  # the EDTF string whole
    assert "XMP-photoshop:DateCreated" not in wind  # a decade is not one XMP date
    assert "XMP-dc:Title" not in wind


@needs_exiftool
def test_theme_keywords_in_the_export_language(library, tmp_path):
    make_library(library, tmp_path / "src")
    export_xmp(library, tmp_path / "out", lang="ar")
    root = tmp_path / "out" / "src"
    tags = exiftool(root, "1985/medina.jpg.xmp")["1985/medina.jpg.xmp"]
    assert tags["XMP-dc:Subject"] == ["الاقتصاد والاستثمار", "الطاقة الشمسية"]
    assert tags["XMP-lr:HierarchicalSubject"] == ["الاقتصاد والاستثمار", "الطاقات المتجددة|الطاقة الشمسية"]


@pytest.mark.parametrize(
    ("edtf", "start", "end", "expected"),
    [
        ("1985", "1985-01-01", "1985-12-31", "1985"),
        ("1985-06", "1985-06-01", "1985-06-30", "1985-06"),
        ("1985-06-14", "1985-06-14", "1985-06-14", "1985-06-14"),
        ("1985~", "1984-01-01", "1986-12-31", "1985"),  # circa: its year; the EDTF says circa
        ("1985-06?", "1985-05-01", "1985-07-31", "1985-06"),
        ("1984-03/1984-09", "1984-03-01", "1984-09-30", "1984"),
        ("1985-21", "1985-03-01", "1985-05-31", "1985"),  # spring: not month 21
        ("198X", "1980-01-01", "1989-12-31", None),
        ("1984/1986", "1984-01-01", "1986-12-31", None),
        ("", None, None, None),
    ],
)
def test_partial_dates_keep_their_precision(edtf, start, end, expected):
    assert xmp_date(edtf, start, end) == expected


def test_a_stopped_export_leaves_whole_files_and_no_part(library, tmp_path):
    make_library(library, tmp_path / "src")
    state = ExportState()
    state.cancel = lambda: state.done >= 2
    with pytest.raises(Cancelled):
        export_xmp(library, tmp_path / "out", state=state)
    files = [p for p in (tmp_path / "out").rglob("*") if p.is_file()]
    assert len(files) == 2
    assert not [p for p in files if p.name.endswith(".part")]
    for p in files:
        SafeET.fromstring(p.read_bytes().split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])


def test_never_writes_inside_a_source_folder(library, tmp_path):
    root = make_library(library, tmp_path / "src")
    with pytest.raises(ExportError, match="inside the source folder"):
        export_xmp(library, root / "sidecars")
    assert not (root / "sidecars").exists()
    # nor through a link that leads into one
    (tmp_path / "link").symlink_to(root / "1985")
    with pytest.raises(ExportError, match="inside the source folder"):
        export_xmp(library, tmp_path / "link" / "x")
    assert sorted(p.name for p in (root / "1985").iterdir()) == ["medina.jpg", "port.jpg"]


def test_cli_filters_like_list(library, tmp_path, capsys):
    make_library(library, tmp_path / "src")
    lib = str(tmp_path / "library")
    assert (
        main(["--library", lib, "export", "--format", "xmp", str(tmp_path / "out"), "--theme", "economy"])
        == 0
    )
    assert [p.name for p in (tmp_path / "out").rglob("*.xmp")] == ["medina.jpg.xmp"]  # economy or below
    assert "wrote 1 XMP sidecars" in capsys.readouterr().out
    assert main(["--library", lib, "export", "--format", "xmp", str(tmp_path / "o2"), "--theme", "nope"]) == 2
    assert "unknown theme 'nope'" in capsys.readouterr().err
    # csv is the spreadsheet export now (commands/export_sheet.py, tests/services/test_spreadsheets.py)
    assert main(["--library", lib, "export", "--format", "csv", str(tmp_path / "x.csv")]) == 0
    assert (tmp_path / "x.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    capsys.readouterr()
    assert main(["--library", lib, "export", str(tmp_path / "c.json"), "--year", "1985"]) == 2
    assert not (tmp_path / "c.json").exists()


@needs_exiftool
def test_camera_gps_places_in_three_languages_keywords_and_other_languages(tmp_path):
    from photobook.core.records import Caption, PhotoRecord
    from photobook.services.export_xmp import sidecar
    from photobook.services.exports import ThemeTree

    record = PhotoRecord(
        id=1, path="a.jpg", source="/src", date="1999-07-23", date_source="exif_capture",
        date_start="1999-07-23", date_end="1999-07-23", approximate=False, year=1999, reigns=(),
        themes=("port",), captions={"de": Caption("Der Hafen", ""), "ar": Caption("", "الميناء")},
        width=10, height=10, pixel_width=10, pixel_height=10, orientation=1, format="JPEG",
        status="draft", missing=False, content_hash="ab", size=1, camera="Nikon F3",
        gps=(-33.925, 18.4241), digitised_at=None, photographer=None, credit=None, rights=None,
        plate=None, place="Tanger", place_coords=(35.7595, -5.834), notes=None,
        keywords="pêche, marché", created_at=None, updated_at=None,
        places={"fr": "Tanger", "ar": "طنجة", "en": "Tangier"},
    )  # fmt: skip
    tree = ThemeTree(
        [("logistics", None, {"fr": "Logistique", "ar": "", "en": ""}), ("port", "logistics", {})]
    )
    (tmp_path / "a.jpg.xmp").write_bytes(sidecar(record, tree, "en"))
    tags = exiftool(tmp_path, "a.jpg.xmp")["a.jpg.xmp"]
    assert tags["XMP-dc:Title-de"] == "Der Hafen"  # another language keeps its tag
    assert tags["XMP-dc:Title"] == "Der Hafen"  # and stands for x-default when it is the only one
    assert tags["XMP-dc:Description-ar"] == "الميناء"
    assert tags["XMP-exif:GPSLatitude"] == pytest.approx(-33.925)
    assert tags["XMP-exif:GPSLongitude"] == pytest.approx(18.4241)
    (shown,) = tags["XMP-iptcExt:LocationShown"]
    assert (shown["LocationName-fr"], shown["LocationName-ar"], shown["LocationName-en"]) == (
        "Tanger",
        "طنجة",
        "Tangier",
    )
    assert shown["GPSLatitude"] == pytest.approx(35.7595)
    # a theme with no label falls back to its slug, its parent to the French label
    assert tags["XMP-dc:Subject"] == ["port", "pêche", "marché"]
    assert tags["XMP-lr:HierarchicalSubject"] == ["Logistique|port"]
    assert str(tags["XMP-photoshop:DateCreated"]).replace(":", "-") == "1999-07-23"
    assert tags["XMP-photobook:DateSource"] == "exif_capture"
