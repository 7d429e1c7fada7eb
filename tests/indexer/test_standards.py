"""What the standards carry, read from files written by exiftool the way digiKam, Lightroom and
darktable write them (embedded and in sidecars), as ``photobook show --json`` then gives it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from photobook.cli import main
from photobook.core.records import PhotoRecord, caption_for
from photobook.db import queries
from photobook.db.engine import open_library
from photobook.indexer.scan import index_paths
from photobook.services import edits

from .hostile import exif_with, jpeg

EXIFTOOL = shutil.which("exiftool")
needs_exiftool = pytest.mark.skipif(
    EXIFTOOL is None, reason="exiftool is not installed (Debian: libimage-exiftool-perl)"
)


def exiftool(path: Path, *tags: str) -> None:
    """Write ``tags`` into ``path`` (creating it when it is a new .xmp sidecar), as exiftool does."""
    assert EXIFTOOL is not None
    args = [EXIFTOOL, "-q", "-m", "-charset", "iptc=UTF8", "-codedcharacterset=utf8"]
    if path.exists():
        args.append("-overwrite_original")
    subprocess.run([*args, *tags, str(path)], check=True, capture_output=True)


def photo(folder: Path, name: str, **exif: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(jpeg(exif=exif_with(**exif) if exif else None))
    return path


def records(lib) -> dict[str, dict]:
    with lib.Session() as s:
        return {r.path: r.as_json() for r in queries.photo_records(s, queries.photo_ids(s))}


def record(lib, path: str) -> PhotoRecord:
    with lib.Session() as s:
        (rec,) = [r for r in queries.photo_records(s, queries.photo_ids(s)) if r.path == path]
    return rec


def problems(lib) -> dict[str, list[dict]]:
    with lib.Session() as s:
        out: dict[str, list[dict]] = {}
        for p in queries.problems(s):
            out.setdefault(p["path"], []).append({"code": p["code"], "values": p["values"]})
        return out


pytestmark = needs_exiftool


# --- digiKam, Lightroom, darktable ---------------------------------------------------------------


def test_digikam_tags_list_dates_and_captions_in_element_form(any_library, tmp_path):
    root = tmp_path / "archive"
    # a copy-stand photograph (2019) of a 1985 print: the date the archive wrote wins
    img = photo(root / "1990", "port.jpg", make="Canon", model="EOS 5D", original="2019:03:12 10:00:00")
    exiftool(
        img,
        "-XMP-digiKam:TagsList=Économie/Ports",
        "-XMP-digiKam:TagsList=Lieux/Casablanca/Ancienne médina",
        "-XMP-dc:Subject=Ports",
        "-XMP-dc:Subject=Casablanca",
        "-XMP-dc:Subject=Ancienne médina",
        "-XMP-dc:Description=Le port de Casablanca",
        "-XMP-dc:Description-ar=ميناء الدار البيضاء",
        "-XMP-photoshop:DateCreated=1985",
        "-XMP-photoshop:Credit=Archives du Maroc",
        "-XMP-dc:Creator=Jean Besancenot",
        "-XMP-dc:Rights=© Archives du Maroc",
    )
    index_paths(any_library, [root], workers=0)
    r = records(any_library)["1990/port.jpg"]
    # the folder says 1990, the camera 2019: photoshop:DateCreated is the photograph's date
    assert (r["date"], r["date_source"], r["date_bounds"]) == (
        "1985",
        "xmp_created",
        ["1985-01-01", "1985-12-31"],
    )
    assert r["themes"] == ["port"]  # "Économie/Ports" by the label of a theme ("Ports")
    # the path no theme says is kept whole; its names in dc:subject are that path, not keywords
    assert r["keywords"] == "Lieux/Casablanca/Ancienne médina"
    assert r["captions"] == {"fr": "Le port de Casablanca", "ar": "ميناء الدار البيضاء"}
    assert (r["photographer"], r["credit"], r["rights"]) == (
        "Jean Besancenot",
        "Archives du Maroc",
        "© Archives du Maroc",
    )


def test_lightroom_hierarchical_subject_location_and_headline(any_library, tmp_path):
    root = tmp_path / "archive"
    # a camera date inside photoshop:DateCreated's month: the camera says the same, more precisely
    img = photo(root, "IMG_0001.jpg", make="Nikon", model="F4", original="1985:06:12 09:30:00")
    exiftool(
        img,
        "-XMP-lr:HierarchicalSubject=Économie et investissement|Zones franches",
        "-XMP-lr:HierarchicalSubject=Famille|Mariage",
        "-XMP-dc:Subject=Économie et investissement",
        "-XMP-dc:Subject=Zones franches",
        "-XMP-dc:Subject=Famille",
        "-XMP-dc:Subject=Mariage",
        "-XMP-dc:Subject=Été",
        "-XMP-photoshop:DateCreated=1985-06",
        "-XMP-photoshop:Headline=Inauguration de la zone franche",
        "-XMP-iptcCore:Location=Port de pêche",
        "-XMP-photoshop:City=Tanger",
        "-XMP-photoshop:State=Tanger-Tétouan",
        "-XMP-photoshop:Country=Maroc",
        "-XMP-iptcCore:CountryCode=MA",
    )
    index_paths(any_library, [root], workers=0)
    r = records(any_library)["IMG_0001.jpg"]
    assert (r["date"], r["date_source"]) == ("1985-06-12", "exif_capture")
    assert r["themes"] == ["free-zones"]
    assert r["keywords"] == "Famille/Mariage, Été"
    assert r["titles"] == {"fr": "Inauguration de la zone franche"}
    assert r["place"] == "Tanger"
    assert r["location"] == {
        "sublocation": "Port de pêche",
        "city": "Tanger",
        "state": "Tanger-Tétouan",
        "country": "Maroc",
        "country_code": "MA",
    }


def test_location_shown_wins_over_the_core_location(any_library, tmp_path):
    root = tmp_path / "archive"
    img = photo(root, "a.jpg")
    exiftool(
        img,
        "-XMP-photoshop:City=Casablanca",  # where the photographer stood
        "-XMP-iptcExt:LocationShownCity=Rabat",  # what the photograph shows
        "-XMP-iptcExt:LocationShownSublocation=Kasbah des Oudayas",
        "-XMP-iptcExt:LocationShownProvinceState=Rabat-Salé-Kénitra",
        "-XMP-iptcExt:LocationShownCountryName=Maroc",
        "-XMP-iptcExt:LocationShownCountryCode=MA",
    )
    index_paths(any_library, [root], workers=0)
    r = records(any_library)["a.jpg"]
    assert r["place"] == "Rabat"
    assert r["location"] == {
        "sublocation": "Kasbah des Oudayas",
        "city": "Rabat",
        "state": "Rabat-Salé-Kénitra",
        "country": "Maroc",
        "country_code": "MA",
    }


def test_attribute_form_xmp_reads_the_same(library, tmp_path):
    root = tmp_path / "archive"
    img = photo(root, "a.jpg")
    # exiftool's shorthand: simple properties as attributes of rdf:Description, as older tools wrote
    exiftool(
        img,
        "-api",
        "Compact=Shorthand",
        "-XMP-photoshop:City=Fès",
        "-XMP-photoshop:Credit=Fonds Lévy",
        "-XMP-photoshop:DateCreated=1962-03",
        "-XMP-dc:Title-fr=La médina",
    )
    assert b'photoshop:City="F' in img.read_bytes() or b"photoshop:City='F" in img.read_bytes()
    index_paths(library, [root], workers=0)
    r = records(library)["a.jpg"]
    assert (r["place"], r["credit"], r["date"], r["titles"]) == (
        "Fès",
        "Fonds Lévy",
        "1962-03",
        {"fr": "La médina"},
    )


# --- IPTC-IIM and EXIF, and who wins ------------------------------------------------------------


def test_iptc_iim_fields_and_its_partial_date(any_library, tmp_path):
    root = tmp_path / "archive"
    img = photo(root / "1990", "scan.jpg")
    exiftool(
        img,
        "-IPTC:ObjectName=Le marché",
        "-IPTC:Caption-Abstract=Le marché de Fès, un jour de fête",
        "-IPTC:By-line=Studio Lumière",
        "-IPTC:CopyrightNotice=© Studio Lumière",
        "-IPTC:Credit=Collection privée",
        "-IPTC:DateCreated=1985:06:00",  # the day unknown: IIM writes 00
        "-IPTC:Sub-location=Bab Boujloud",
        "-IPTC:City=Fès",
        "-IPTC:Province-State=Fès-Meknès",
        "-IPTC:Country-PrimaryLocationName=Maroc",
        "-IPTC:Country-PrimaryLocationCode=MAR",
        "-IPTC:Keywords=Marché",
    )
    index_paths(any_library, [root], workers=0)
    r = records(any_library)["1990/scan.jpg"]
    assert (r["date"], r["date_source"]) == ("1985-06", "iptc_created")  # above the folder's 1990
    assert r["titles"] == {"fr": "Le marché"}
    assert r["captions"] == {"fr": "Le marché de Fès, un jour de fête"}
    assert (r["photographer"], r["rights"], r["credit"]) == (
        "Studio Lumière",
        "© Studio Lumière",
        "Collection privée",
    )
    assert r["location"] == {
        "sublocation": "Bab Boujloud",
        "city": "Fès",
        "state": "Fès-Meknès",
        "country": "Maroc",
        "country_code": "MAR",
    }
    assert r["keywords"] == "Marché"


def test_xmp_wins_over_iptc_and_exif_where_both_exist(library, tmp_path):
    root = tmp_path / "archive"
    img = photo(root, "a.jpg")
    exiftool(
        img,
        "-XMP-dc:Description=La gare de Marrakech (XMP)",
        "-XMP-dc:Creator=Auteur XMP",
        "-XMP-photoshop:DateCreated=1970",
        "-IPTC:Caption-Abstract=La gare de Marrakech (IPTC)",
        "-IPTC:ObjectName=La gare",
        "-IPTC:By-line=Auteur IPTC",
        "-IPTC:CopyrightNotice=Droits IPTC",
        "-IPTC:DateCreated=1971:01:01",
        "-EXIF:ImageDescription=La gare de Marrakech (EXIF)",
        "-EXIF:Artist=Auteur EXIF",
        "-EXIF:Copyright=Droits EXIF",
    )
    index_paths(library, [root], workers=0)
    r = records(library)["a.jpg"]
    assert r["captions"] == {"fr": "La gare de Marrakech (XMP)"}
    assert r["titles"] == {"fr": "La gare"}  # XMP has no title: IPTC's ObjectName is one
    assert (r["photographer"], r["rights"]) == ("Auteur XMP", "Droits IPTC")
    assert (r["date"], r["date_source"]) == ("1970", "xmp_created")


def test_exif_text_fields_when_nothing_else_says_it(library, tmp_path):
    root = tmp_path / "archive"
    described = photo(root, "described.jpg")
    exiftool(
        described,
        "-EXIF:ImageDescription=Le barrage Al Wahda",
        "-EXIF:Artist=Ahmed B.",
        "-EXIF:Copyright=© Ahmed B.",
    )
    commented = photo(root, "commented.jpg")
    # a compact camera's own description is no caption; the photographer's comment is
    exiftool(
        commented,
        "-EXIF:ImageDescription=OLYMPUS DIGITAL CAMERA",
        "-EXIF:UserComment=Dakhla, the bay at dawn",
    )
    index_paths(library, [root], workers=0)
    r = records(library)
    assert r["described.jpg"]["captions"] == {"fr": "Le barrage Al Wahda"}
    assert (r["described.jpg"]["photographer"], r["described.jpg"]["rights"]) == ("Ahmed B.", "© Ahmed B.")
    assert r["commented.jpg"]["captions"] == {"en": "Dakhla, the bay at dawn"}


# --- languages -----------------------------------------------------------------------------------


def test_a_german_caption_keeps_its_language_and_is_shown_as_a_fallback(any_library, tmp_path):
    root = tmp_path / "archive"
    img = photo(root, "a.jpg")
    exiftool(img, "-XMP-dc:Description-de=Der Hafen von Tanger", "-XMP-dc:Title-de-CH=Hafen")
    index_paths(any_library, [root], workers=0)
    rec = record(any_library, "a.jpg")
    assert rec.as_json()["captions"] == {"de": "Der Hafen von Tanger"}
    assert rec.as_json()["titles"] == {"de": "Hafen"}
    for lang in ("fr", "ar", "en"):  # none of the three has one: the German one is shown
        assert caption_for(rec, lang) == ("de", rec.captions["de"])


def test_another_language_comes_after_the_three(any_library, tmp_path):
    root = tmp_path / "archive"
    img = photo(root, "a.jpg")
    exiftool(img, "-XMP-dc:Description-de=Der Hafen", "-XMP-dc:Description-ar=الميناء")
    index_paths(any_library, [root], workers=0)
    rec = record(any_library, "a.jpg")
    assert caption_for(rec, "fr")[0] == "ar"
    assert caption_for(rec, "en")[0] == "ar"


# --- sidecars ------------------------------------------------------------------------------------


def test_sidecars_of_both_names_override_the_embedded_values(tmp_path, capsys):
    root = tmp_path / "archive"
    dk = photo(root, "IMG_0001.jpg")
    exiftool(
        dk,
        "-XMP-dc:Title-fr=Titre embarqué",
        "-XMP-dc:Description-fr=Légende embarquée",
        "-IPTC:By-line=Embarqué",
    )
    exiftool(  # digiKam / darktable: IMG_0001.jpg.xmp
        root / "IMG_0001.jpg.xmp",
        "-XMP-dc:Title-fr=Titre du sidecar digiKam",
        "-XMP-digiKam:TagsList=Infrastructure/Barrages et eau",
        "-XMP-photoshop:DateCreated=1975-04",
    )
    lr = photo(root, "IMG_0002.JPG")
    exiftool(lr, "-XMP-dc:Creator=Embarqué")
    exiftool(  # Lightroom / Capture One: IMG_0002.xmp
        root / "IMG_0002.xmp",
        "-XMP-dc:Creator=Photographe Lightroom",
        "-XMP-lr:HierarchicalSubject=Tourisme",
        "-XMP-photoshop:City=Agadir",
    )
    exiftool(root / "seul.xmp", "-XMP-dc:Title=Un sidecar sans image")  # alone: ignored
    originals = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in root.iterdir()}
    lib = tmp_path / "lib"
    assert main(["--library", str(lib), "index", str(root), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["indexed"], summary["failed"], summary["warnings"]) == (2, [], [])
    assert main(["--library", str(lib), "list", "--json"]) == 0
    ids = {p["path"]: p["id"] for p in json.loads(capsys.readouterr().out)}
    assert set(ids) == {"IMG_0001.jpg", "IMG_0002.JPG"}

    assert main(["--library", str(lib), "show", str(ids["IMG_0001.jpg"]), "--json"]) == 0
    one = json.loads(capsys.readouterr().out)
    assert one["titles"] == {"fr": "Titre du sidecar digiKam"}  # the sidecar's
    assert one["captions"] == {"fr": "Légende embarquée"}  # what the sidecar does not say
    assert one["photographer"] == "Embarqué"
    assert (one["date"], one["date_source"], one["themes"]) == ("1975-04", "xmp_created", ["dams"])
    assert one["sidecars"] == ["IMG_0001.jpg.xmp"]

    assert main(["--library", str(lib), "show", str(ids["IMG_0002.JPG"]), "--json"]) == 0
    two = json.loads(capsys.readouterr().out)
    assert (two["photographer"], two["place"], two["themes"]) == (
        "Photographe Lightroom",
        "Agadir",
        ["tourism"],
    )
    assert two["sidecars"] == ["IMG_0002.xmp"]
    # nothing beside the originals was written, and they are as they were
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in root.iterdir()} == originals


def test_a_changed_sidecar_is_read_again_and_the_archivist_keeps_what_they_typed(any_library, tmp_path):
    root = tmp_path / "archive"
    img = photo(root, "IMG_0001.jpg")
    sidecar = root / "IMG_0001.jpg.xmp"
    exiftool(sidecar, "-XMP-dc:Title-fr=Première version", "-XMP-dc:Creator=A. Photographe")
    index_paths(any_library, [root], workers=0)
    assert records(any_library)["IMG_0001.jpg"]["titles"] == {"fr": "Première version"}

    # the image untouched, the sidecar edited in digiKam
    exiftool(sidecar, "-XMP-dc:Title-fr=Deuxième version", "-XMP-dc:Description-fr=Une légende")
    os.utime(sidecar, ns=(sidecar.stat().st_atime_ns, sidecar.stat().st_mtime_ns + 10**9))
    report = index_paths(any_library, [root], workers=0)
    assert (report.indexed, report.unchanged) == (1, 0)
    r = records(any_library)["IMG_0001.jpg"]
    assert (r["titles"], r["captions"]) == ({"fr": "Deuxième version"}, {"fr": "Une légende"})

    # the archivist changes the title; the sidecar changes again: their title stays, the rest follows
    rec = record(any_library, "IMG_0001.jpg")
    with any_library.Session() as s, s.begin():
        edits.apply_edits(s, {rec.id: edits.EditRequest({"title:fr": "Titre de l'archiviste"})})
    exiftool(
        sidecar,
        "-XMP-dc:Title-fr=Troisième version",
        "-XMP-dc:Description-fr=Légende revue",
        "-XMP-dc:Creator=B. Photographe",
    )
    os.utime(sidecar, ns=(sidecar.stat().st_atime_ns, sidecar.stat().st_mtime_ns + 2 * 10**9))
    index_paths(any_library, [root], workers=0)
    r = records(any_library)["IMG_0001.jpg"]
    assert r["titles"] == {"fr": "Titre de l'archiviste"}
    assert (r["captions"], r["photographer"]) == ({"fr": "Légende revue"}, "B. Photographe")

    # the sidecar unchanged: nothing is read again
    assert index_paths(any_library, [root], workers=0).unchanged == 1
    # the sidecar deleted: read again, the values it gave go with it
    sidecar.unlink()
    assert index_paths(any_library, [root], workers=0).indexed == 1
    r = records(any_library)["IMG_0001.jpg"]
    assert (r["titles"], r["captions"], r["photographer"], r["sidecars"]) == (
        {"fr": "Titre de l'archiviste"},
        {"fr": ""},
        None,
        [],
    )
    assert img.exists()


def test_an_archivist_date_and_an_emptied_field_stay_when_the_sidecar_changes(library, tmp_path):
    root = tmp_path / "archive"
    photo(root, "a.jpg")
    sidecar = root / "a.jpg.xmp"
    exiftool(sidecar, "-XMP-photoshop:DateCreated=1985", "-XMP-photoshop:Credit=Fonds A")
    index_paths(library, [root], workers=0)
    rec = record(library, "a.jpg")
    assert (rec.date, rec.date_source, rec.credit) == ("1985", "xmp_created", "Fonds A")
    with library.Session() as s, s.begin():
        edits.apply_edits(s, {rec.id: edits.EditRequest({"date": "1986-05", "credit": ""})})
    exiftool(sidecar, "-XMP-photoshop:DateCreated=1987", "-XMP-photoshop:Credit=Fonds B")
    os.utime(sidecar, ns=(sidecar.stat().st_atime_ns, sidecar.stat().st_mtime_ns + 10**9))
    index_paths(library, [root], workers=0)
    rec = record(library, "a.jpg")
    assert (rec.date, rec.date_source, rec.credit) == ("1986-05", "archivist", None)


HOSTILE_SIDECARS = {
    "billion laughs": (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&lol3;</dc:title>'
        b"</rdf:Description></rdf:RDF></x:xmpmeta>",
        "xmp_entities",
    ),
    "external entity": (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&xxe;</dc:title>'
        b"</rdf:Description></rdf:RDF></x:xmpmeta>",
        "xmp_entities",
    ),
    "too large": (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        + b"<!-- "
        + b"x" * (3 * 1024 * 1024)
        + b" --></rdf:RDF></x:xmpmeta>",
        "xmp_too_large",
    ),
    "not xml": (b"\x00\x01 not xml at all <<<", "xmp_malformed"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_SIDECARS))
def test_a_hostile_sidecar_is_refused_with_its_reason_and_the_photograph_catalogued(library, tmp_path, kind):
    data, cause = HOSTILE_SIDECARS[kind]
    root = tmp_path / "archive"
    img = photo(root, "a.jpg")
    exiftool(img, "-XMP-dc:Title-fr=Le titre embarqué")
    (root / "a.jpg.xmp").write_bytes(data)
    report = index_paths(library, [root], workers=0)
    assert (report.indexed, report.failed) == (1, [])
    r = records(library)["a.jpg"]
    assert r["titles"] == {"fr": "Le titre embarqué"}  # the embedded values still count
    [warning] = problems(library)["a.jpg"]
    assert warning["code"] == "sidecar_refused"
    assert warning["values"]["sidecar"] == "a.jpg.xmp"
    assert warning["values"]["cause"]["code"] == cause
    assert "/etc/passwd" not in json.dumps(r) and "root:" not in json.dumps(r)


def test_a_sidecar_that_is_a_fifo_is_refused_without_hanging(library, tmp_path):
    root = tmp_path / "archive"
    photo(root, "a.jpg")
    os.mkfifo(root / "a.xmp")
    report = index_paths(library, [root], workers=0)
    assert report.indexed == 1
    assert records(library)["a.jpg"]["sidecars"] == []


def test_a_german_caption_goes_through_export_and_import(tmp_path, capsys):
    root = tmp_path / "archive"
    img = photo(root, "a.jpg")
    exiftool(img, "-XMP-dc:Description-de=Der Hafen von Tanger")
    first, second, out = tmp_path / "first", tmp_path / "second", tmp_path / "catalog.json"
    assert main(["--library", str(first), "index", str(root)]) == 0
    assert main(["--library", str(first), "export", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["photos"][0]["captions"] == {"de": {"title": "", "text": "Der Hafen von Tanger"}}
    # into a library that has the photograph without its caption (an archivist deleted it there)
    assert main(["--library", str(second), "index", str(root)]) == 0
    with_captions = records_of(second)
    with_captions_id = with_captions["a.jpg"]["id"]
    lib = open_library(second)
    with lib.Session() as s, s.begin():
        edits.set_caption(s, with_captions_id, "de", "", "")
    lib.close()
    capsys.readouterr()
    assert main(["--library", str(second), "import", str(out)]) == 0
    assert records_of(second)["a.jpg"]["captions"] == {"de": "Der Hafen von Tanger"}


def records_of(folder: Path) -> dict[str, dict]:
    lib = open_library(folder)
    try:
        return records(lib)
    finally:
        lib.close()


def test_themes_follow_a_changed_sidecar_until_the_archivist_changes_them(library, tmp_path):
    root = tmp_path / "archive"
    photo(root, "a.jpg")
    sidecar = root / "a.jpg.xmp"

    def tag(path: str, step: int) -> None:
        exiftool(sidecar, "-XMP-digiKam:TagsList=", f"-XMP-digiKam:TagsList={path}")
        os.utime(sidecar, ns=(sidecar.stat().st_atime_ns, sidecar.stat().st_mtime_ns + step * 10**9))

    exiftool(sidecar, "-XMP-digiKam:TagsList=Économie/Ports")
    index_paths(library, [root], workers=0)
    assert records(library)["a.jpg"]["themes"] == ["port"]
    tag("Énergies renouvelables/Solaire", 1)  # retagged in digiKam
    index_paths(library, [root], workers=0)
    assert records(library)["a.jpg"]["themes"] == ["solar"]
    rec = record(library, "a.jpg")
    with library.Session() as s, s.begin():
        edits.apply_edits(s, {rec.id: edits.EditRequest({}, add_themes=("tourism",))})
    tag("Économie/Zones franches", 2)  # the archivist chose the themes now: they stay
    index_paths(library, [root], workers=0)
    assert sorted(records(library)["a.jpg"]["themes"]) == ["solar", "tourism"]
