"""``export --format iiif``: manifests (and collections by theme or decade) that validate against the
IIIF Presentation 3 JSON schema, with labels, summaries and metadata in French, Arabic and English,
navDate, rights, the credit, and static images made from the originals with the indexer's guards."""

from __future__ import annotations

import copy
import json
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from photobook.cli import main
from photobook.core.reasons import ReasonCode
from photobook.indexer.scan import index_paths
from photobook.services.export_iiif import FULL_MAX, THUMB_MAX, export_iiif, iiif_rights
from photobook.services.exports import Cancelled, ExportError, ExportState

from ..indexer.hostile import exif_with, jpeg, png_bomb
from .export_fixtures import make_library

jsonschema = pytest.importorskip("jsonschema")  # pip install -e '.[test]'

SCHEMA = Path(__file__).parent.parent / "data" / "iiif" / "iiif_3_0.json"
BASE = "http://archive.example/photobook"


def validate(doc):
    """Every error the IIIF Presentation 3 schema finds in ``doc``, as text."""
    validator = jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(doc)]


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def archive(any_library, tmp_path):
    make_library(any_library, tmp_path / "src")
    return any_library, tmp_path


def canvases_by_file(manifest):
    return {
        c["label"].get("none", [None])[0] or c["label"].get("fr", [None])[0]: c for c in manifest["items"]
    }


def test_the_manifest_validates_and_carries_the_catalog(archive):
    lib, tmp = archive
    report = export_iiif(lib, tmp / "web", BASE)
    assert (report.manifests, report.canvases, report.skipped) == (1, 5, [])
    manifest = load(tmp / "web" / "manifest.json")
    assert validate(manifest) == []
    assert manifest["id"] == f"{BASE}/manifest.json"
    assert set(manifest["label"]) == {"fr", "ar", "en"}

    items = {c["id"].rsplit("/", 1)[1]: c for c in manifest["items"]}
    port = next(c for c in items.values() if c["label"].get("fr") == ["Le port de Casablanca"])
    assert port["label"] == {
        "fr": ["Le port de Casablanca"],
        "ar": ["ميناء الدار البيضاء"],
        "en": ["Casablanca harbour"],
    }
    assert port["summary"]["ar"] == ["الأرصفة عند الظهر."]
    assert port["navDate"] == "1985-01-01T00:00:00Z"
    assert port["rights"] == "http://creativecommons.org/licenses/by/4.0/"
    assert port["requiredStatement"]["value"] == {"none": ["Archives du Maroc"]}
    assert port["requiredStatement"]["label"]["ar"] == ["المصدر"]
    metadata = {m["label"]["en"][0]: m["value"] for m in port["metadata"]}
    assert metadata["Date"] == {"fr": ["1985"], "ar": ["1985"], "en": ["1985"]}
    assert metadata["Themes"] == {"fr": ["Ports"], "ar": ["الموانئ"], "en": ["Ports"]}
    assert metadata["Photographer"] == {"none": ["Ahmed Ben Ali"]}
    assert metadata["Plate"] == {"none": ["pl. 3"]}
    assert metadata["Place"]["fr"] == ["Casablanca"]

    medina = next(c for c in items.values() if c["label"].get("ar") == ["المدينة القديمة"])
    assert "rights" not in medina  # words, not a URI: shown as metadata
    assert {"fr": ["Droits"], "ar": ["الحقوق"], "en": ["Rights"]} in [m["label"] for m in medina["metadata"]]
    assert medina["navDate"] == "1985-06-01T00:00:00Z"  # the lower bound of June 1985

    undated = next(c for c in items.values() if c["label"] == {"none": ["undated.jpg"]})
    assert "navDate" not in undated
    for c in manifest["items"]:
        if "navDate" in c:
            datetime.fromisoformat(c["navDate"])  # a date-time, as the schema's format says


def test_the_schema_check_is_real(archive):
    """The validator refuses what IIIF refuses: an https Creative Commons URI, a label as text."""
    lib, tmp = archive
    export_iiif(lib, tmp / "web", BASE)
    manifest = load(tmp / "web" / "manifest.json")
    bad = copy.deepcopy(manifest)
    bad["items"][0]["rights"] = "https://creativecommons.org/licenses/by/4.0/"
    assert validate(bad)
    bad = copy.deepcopy(manifest)
    bad["label"] = "Archive"
    assert validate(bad)
    assert iiif_rights("https://creativecommons.org/licenses/by/4.0/") == (
        "http://creativecommons.org/licenses/by/4.0/"
    )
    assert (
        iiif_rights("http://rightsstatements.org/vocab/InC/1.0/")
        == "http://rightsstatements.org/vocab/InC/1.0/"
    )
    assert iiif_rights("© tous droits réservés") is None


@pytest.mark.parametrize("by", ["theme", "decade"])
def test_a_collection_of_manifests_validates(archive, by):
    lib, tmp = archive
    report = export_iiif(lib, tmp / "web", BASE, by=by)
    collection = load(tmp / "web" / "collection.json")
    assert validate(collection) == []
    manifests = sorted((tmp / "web" / "manifests").glob("*.json"))
    assert len(manifests) == report.manifests == len(collection["items"])
    for path in manifests:
        assert validate(load(path)) == [], path.name
    names = {p.stem for p in manifests}
    if by == "theme":
        assert names == {"port", "economy", "solar", "wind", "no-theme"}
        solar = load(tmp / "web" / "manifests" / "solar.json")
        assert solar["label"] == {"fr": ["Solaire"], "ar": ["الطاقة الشمسية"], "en": ["Solar"]}
        assert len(solar["items"]) == 1
    else:
        assert names == {"1980s", "undated"}
        eighties = load(tmp / "web" / "manifests" / "1980s.json")
        assert eighties["label"]["fr"] == ["années 1980"]
        assert len(eighties["items"]) == 4


def test_images_are_capped_upright_and_served_from_the_base_url(library, tmp_path):
    make_library(library, tmp_path / "src")
    (tmp_path / "src" / "turned.jpg").write_bytes(jpeg(size=(300, 200), exif=exif_with(orientation=6)))
    index_paths(library, [tmp_path / "src"], workers=0)
    export_iiif(library, tmp_path / "web", BASE + "/")
    manifest = load(tmp_path / "web" / "manifest.json")
    assert validate(manifest) == []
    sizes = {}
    for c in manifest["items"]:
        body = c["items"][0]["items"][0]["body"]
        assert body["id"].startswith(f"{BASE}/full/")
        local = tmp_path / "web" / body["id"][len(BASE) + 1 :]
        with Image.open(local) as img:
            assert img.size == (body["width"], body["height"]) == (c["width"], c["height"])
            assert max(img.size) <= FULL_MAX
        thumb = tmp_path / "web" / c["thumbnail"][0]["id"][len(BASE) + 1 :]
        with Image.open(thumb) as img:
            assert max(img.size) <= THUMB_MAX
        sizes[c["label"].get("none", c["label"].get("fr", c["label"].get("en")))[0]] = (
            c["width"],
            c["height"],
        )
    assert sizes["Noor"] == (3000, 60)  # 5000 x 100: capped at 3000 on its long edge
    assert sizes["turned.jpg"] == (200, 300)  # EXIF orientation 6: upright
    assert not list((tmp_path / "web").rglob("*.part"))


def test_unreadable_originals_are_left_out_with_their_reason(library, tmp_path):
    root = make_library(library, tmp_path / "src")
    (root / "bomb.png").write_bytes(b"")
    Image.new("RGB", (20, 20)).save(root / "bomb.png")
    index_paths(library, [root], workers=0)
    (root / "bomb.png").write_bytes(png_bomb())  # became a decompression bomb after indexing
    (root / "undated.jpg").unlink()  # a disconnected drive
    report = export_iiif(library, tmp_path / "web", BASE)
    reasons = {path: reason.code for path, reason in report.skipped}
    assert reasons == {"bomb.png": ReasonCode.DECOMPRESSION_BOMB, "undated.jpg": ReasonCode.FILE_DISAPPEARED}
    manifest = load(tmp_path / "web" / "manifest.json")
    assert len(manifest["items"]) == report.canvases == 4
    assert validate(manifest) == []


def test_a_stopped_export_is_finished_by_the_next_run(library, tmp_path):
    make_library(library, tmp_path / "src")
    state = ExportState()
    state.cancel = lambda: state.done >= 2
    with pytest.raises(Cancelled):
        export_iiif(library, tmp_path / "web", BASE, state=state)
    assert not (tmp_path / "web" / "manifest.json").exists()
    made = {p: p.stat().st_mtime_ns for p in (tmp_path / "web").rglob("*.jpg")}
    assert len(made) == 4  # two photographs, each a full image and a thumbnail, whole
    assert not list((tmp_path / "web").rglob("*.part"))
    export_iiif(library, tmp_path / "web", BASE)
    assert validate(load(tmp_path / "web" / "manifest.json")) == []
    assert {p: p.stat().st_mtime_ns for p in made} == made  # not decoded again


def test_refusals(library, tmp_path):
    root = make_library(library, tmp_path / "src")
    with pytest.raises(ExportError, match="--base-url"):
        export_iiif(library, tmp_path / "web", "ftp://host/x")
    with pytest.raises(ExportError, match="inside the source folder"):
        export_iiif(library, root / "web", BASE)
    assert not (root / "web").exists()


def test_cli(library, tmp_path, capsys):
    make_library(library, tmp_path / "src")
    lib = str(tmp_path / "library")
    web = str(tmp_path / "web")
    assert main(["--library", lib, "export", "--format", "iiif", web]) == 2
    assert "--base-url" in capsys.readouterr().err
    assert not (tmp_path / "web").exists()
    args = ["--library", lib, "export", "--format", "iiif", web, "--base-url", BASE, "--by", "theme"]
    assert main([*args, "--status", "published"]) == 0
    assert "wrote 1 manifests in collection.json with 1 photographs" in capsys.readouterr().out
    assert validate(load(tmp_path / "web" / "collection.json")) == []
    assert main([*args, "--year", "2020"]) == 2
    assert "no photograph matches" in capsys.readouterr().err


def test_worker_processes_make_the_same_export(library, tmp_path):
    make_library(library, tmp_path / "src")
    export_iiif(library, tmp_path / "here", BASE, workers=0)
    export_iiif(library, tmp_path / "pool", BASE, workers=2)

    def files(root):
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}

    assert files(tmp_path / "pool") == files(tmp_path / "here")
