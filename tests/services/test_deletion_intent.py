"""An archivist's deletion is a value: a title deleted and a camera date cleared stay so on rescan
and through export → a new library indexing the same files (whose XMP and EXIF still hold them) →
import, as CSV and as JSON."""

from __future__ import annotations

import json
import os

import pytest

from photobook.cli import main
from photobook.db import queries as q
from photobook.db.engine import open_library
from photobook.indexer.scan import index_paths
from photobook.services import edits

from ..indexer.hostile import exif_with, jpeg, with_app1, xmp_packet


@pytest.fixture
def archive(tmp_path):
    root = tmp_path / "scans"
    root.mkdir()
    packet = b"http://ns.adobe.com/xap/1.0/\x00" + xmp_packet(
        {"fr": "Le quai du port de Casablanca", "ar": "رصيف ميناء الدار البيضاء"}, ["port"]
    ).replace(
        b"</dc:subject>",
        b'</dc:subject><dc:title><rdf:Alt><rdf:li xml:lang="fr">Le quai</rdf:li>' + b"</rdf:Alt></dc:title>",
    )
    camera = jpeg(color=(5, 50, 90), exif=exif_with(original="1986:06:14 10:00:00", make="Nikon"))
    (root / "quai.jpg").write_bytes(with_app1(packet, camera))
    (root / "autre.jpg").write_bytes(jpeg(color=(90, 50, 5)))
    return root


def _rec(lib, path="quai.jpg"):
    with lib.Session() as s:
        return next(r for r in q.photo_records(s, q.photo_ids(s)) if r.path == path)


def _touch_and_rescan(lib, root):
    """The files look modified (same bytes, a newer mtime): the indexer reads their metadata again."""
    for f in root.iterdir():
        st = f.stat()
        os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    report = index_paths(lib, [root], workers=0)
    assert report.indexed == 2


def _as_read_from_the_file(rec):
    assert rec.captions["fr"].title == "Le quai" and rec.captions["ar"].text
    assert (rec.date, rec.date_source) == ("1986-06-14", "exif_capture")
    assert "port" in rec.themes


def _as_the_archivist_left_it(rec):
    assert "fr" not in rec.captions or rec.captions["fr"].title == ""
    assert rec.captions["fr"].text == "Le quai du port de Casablanca"  # kept: only the title went
    assert "ar" not in rec.captions  # the Arabic caption: deleted too
    assert (rec.date, rec.date_source) == ("", "archivist")
    assert rec.themes == ()


@pytest.fixture
def cleared(any_library, archive):
    index_paths(any_library, [archive], workers=0)
    rec = _rec(any_library)
    _as_read_from_the_file(rec)
    edits.save(
        any_library,
        {rec.id: edits.EditRequest({"title:fr": "", "caption:ar": "", "date": ""}, remove_themes=("port",))},
        user="amina",
    )
    _as_the_archivist_left_it(_rec(any_library))
    return any_library, archive


def test_a_rescan_never_brings_back_what_the_archivist_deleted(cleared):
    lib, root = cleared
    _touch_and_rescan(lib, root)
    _as_the_archivist_left_it(_rec(lib))
    with lib.Session() as s:
        assert q.cleared_fields(s, [_rec(lib).id]) == {_rec(lib).id: {"title:fr", "caption:ar", "themes"}}


def test_giving_a_value_again_forgets_the_deletion(cleared):
    lib, root = cleared
    pid = _rec(lib).id
    edits.save(lib, {pid: edits.EditRequest({"title:fr": "Le quai, de nouveau", "date": "1986"})})
    with lib.Session() as s:
        assert q.cleared_fields(s, [pid]) == {pid: {"caption:ar", "themes"}}
    _touch_and_rescan(lib, root)
    rec = _rec(lib)
    assert rec.captions["fr"].title == "Le quai, de nouveau" and rec.date == "1986"


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_the_deletions_survive_export_new_library_import(cleared, tmp_path, capsys, fmt):
    lib, root = cleared
    out = tmp_path / f"out.{fmt}"
    assert main(["--library", str(lib.folder), "--db", lib.url, "export", "--format", fmt, str(out)]) == 0
    if fmt == "json":
        (entry,) = [p for p in json.loads(out.read_text("utf-8"))["photos"] if p["path"] == "quai.jpg"]
        assert entry["cleared"] == ["date", "caption_ar", "themes", "title_fr"]
    second = open_library(tmp_path / "second")
    try:
        index_paths(second, [root], workers=0)
        _as_read_from_the_file(_rec(second))  # the files still hold them
        capsys.readouterr()
        assert main(["--library", str(second.folder), "import", str(out)]) == 0, capsys.readouterr()
        _as_the_archivist_left_it(_rec(second))
        _touch_and_rescan(second, root)
        _as_the_archivist_left_it(_rec(second))
        # and exported again, the deletions are still said
        again = tmp_path / f"again.{fmt}"
        assert main(["--library", str(second.folder), "export", "--format", fmt, str(again)]) == 0
        if fmt == "xlsx":
            from photobook.services.spreadsheet import read_xlsx

            assert read_xlsx(again.read_bytes()) == read_xlsx(out.read_bytes())
        else:
            assert again.read_bytes() == out.read_bytes()
    finally:
        second.close()


def test_a_spreadsheet_empties_a_field_only_when_its_cleared_column_says_so(library, archive, tmp_path):
    index_paths(library, [archive], workers=0)
    sheet = tmp_path / "s.csv"
    sheet.write_text("path,title_fr,date,cleared\nquai.jpg,,,\n", encoding="utf-8")  # empty cells: no change
    assert main(["--library", str(library.folder), "import", str(sheet)]) == 0
    _as_read_from_the_file(_rec(library))
    sheet.write_text("path,title_fr,date,cleared\nquai.jpg,,,title_fr; date\n", encoding="utf-8")
    assert main(["--library", str(library.folder), "import", str(sheet)]) == 0
    rec = _rec(library)
    assert rec.captions["fr"].title == "" and (rec.date, rec.date_source) == ("", "archivist")
    sheet.write_text("path,title_fr,cleared\nquai.jpg,Le quai,title_fr\n", encoding="utf-8")
    assert main(["--library", str(library.folder), "import", str(sheet)]) == 2  # both given and cleared


def test_a_rescan_keeps_the_deletions_of_a_record_catalogued_before_file_values(cleared):
    """A record without ``file_values`` (catalogued before they were kept) takes the file's themes
    and captions only when it has none, and never those its archivist emptied on purpose."""
    from sqlalchemy import update

    from photobook.db.models import Photo

    lib, root = cleared
    pid = _rec(lib).id
    with lib.Session() as s, s.begin():
        s.execute(update(Photo).where(Photo.id == pid).values(file_values=None))
    _touch_and_rescan(lib, root)
    _as_the_archivist_left_it(_rec(lib))
