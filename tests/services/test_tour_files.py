"""A tour leaves one library and arrives in another (photographs matched by content hash), hidden
slides are kept for questions, and a tour prints as a handout of one page a slide."""

from __future__ import annotations

import json
import unicodedata

import pytest
from sqlalchemy import inspect

from photobook.cli import main
from photobook.db import queries as q
from photobook.db.engine import open_library
from photobook.indexer.scan import index_paths
from photobook.services import tours
from photobook.services.tours import TourError

from ..indexer.hostile import jpeg


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "scans"
    for i in range(5):
        (root / f"{1980 + i * 10}").mkdir(parents=True)
        (root / f"{1980 + i * 10}" / f"p{i}.jpg").write_bytes(jpeg(color=(i * 40, 90, 10)))
    return root


def _where(lib):
    return ["--db", lib.url] if not lib.is_sqlite else ["--library", lib.folder]


def test_a_tour_travels_to_another_library_by_content_hash(any_library, folder, tmp_path, capsys):
    index_paths(any_library, [folder], workers=0)
    with any_library.Session() as s:
        ids = q.photo_ids(s)
    with any_library.Session() as s, s.begin():
        tid = tours.create(s, "Quatre décennies", duration_s=600)
        tours.add(s, tid, [ids[3], ids[0], ids[4]])
        tours.set_notes(s, tid, 1, "Ouvrir sur le port.")
        tours.set_caption(s, tid, 2, "ar", "الميناء", "نص")
        tours.set_hidden(s, tid, 3, True)
    out = tmp_path / "talk.json"
    code, said, _ = run(capsys, "tour", *_where(any_library), "export", "Quatre décennies", out)
    assert code == 0 and "3 slide(s)" in said
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "photobook-tour" and [s["path"] for s in data["slides"]] == [
        "2010/p3.jpg",
        "1980/p0.jpg",
        "2020/p4.jpg",
    ]

    # another archivist's library: the same files, copied elsewhere, indexed in another order
    other_files = tmp_path / "copy"
    for sub in ("2020", "1980", "2010"):
        (other_files / sub).mkdir(parents=True)
        for f in (folder / sub).iterdir():
            (other_files / sub / f.name).write_bytes(f.read_bytes())
    other = open_library(tmp_path / "other")
    try:
        index_paths(other, [other_files], workers=0)
        code, said, _ = run(capsys, "tour", "--library", other.folder, "import", out, "--json")
        assert code == 0
        got = json.loads(said)
        with other.Session() as s:
            by_path = {p: pid for pid, p in q.relative_paths(s, q.photo_ids(s)).items()}
        assert [s["photo"] for s in got["slides"]] == [
            by_path[b"2010/p3.jpg"],
            by_path[b"1980/p0.jpg"],
            by_path[b"2020/p4.jpg"],
        ]
        assert got["title"] == "Quatre décennies" and got["duration_s"] == 600
        assert got["slides"][0]["notes"] == "Ouvrir sur le port."
        assert got["slides"][1]["captions"] == {"ar": {"title": "الميناء", "text": "نص"}}
        assert [s["hidden"] for s in got["slides"]] == [False, False, True]
        # a second import under the same title is refused; --title names it anew
        code, _, err = run(capsys, "tour", "--library", other.folder, "import", out)
        assert code == 2 and "already a tour" in err
        code, _, _ = run(capsys, "tour", "--library", other.folder, "import", out, "--title", "Bis")
        assert code == 0
    finally:
        other.close()


def test_a_tour_whose_photographs_are_elsewhere_is_refused_whole(folder, tmp_path, capsys):
    lib = open_library(tmp_path / "lib")
    try:
        index_paths(lib, [folder], workers=0)
        with lib.Session() as s:
            ids = q.photo_ids(s)
        with lib.Session() as s, s.begin():
            tid = tours.create(s, "Talk")
            tours.add(s, tid, ids[:3])
        with lib.Session() as s:
            data = tours.export_tour(s, tid)
    finally:
        lib.close()
    data["slides"][1]["content_hash"] = "f" * 32  # a photograph this library does not hold
    path = tmp_path / "t.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    other = open_library(tmp_path / "other")
    try:
        index_paths(other, [folder], workers=0)
        code, _, err = run(capsys, "tour", "--library", other.folder, "import", path)
        assert code == 2 and "1 of 3 photographs are not in this library" in err
        with other.Session() as s:
            assert q.tours(s) == []  # nothing written
        code, said, err = run(capsys, "tour", "--library", other.folder, "import", path, "--skip-missing")
        assert code == 0 and "2 slide(s)" in said and "left out" in err
    finally:
        other.close()


@pytest.mark.parametrize(
    "data, message",
    [
        ({"format": "photobook-catalog"}, "not a photobook tour"),
        ({"format": "photobook-tour", "version": 7}, "version 7"),
        (
            {"format": "photobook-tour", "version": 1, "title": "T", "slides": [{"notes": "x"}]},
            "no content_hash",
        ),
        (
            {
                "format": "photobook-tour",
                "version": 1,
                "title": "T",
                "slides": [{"content_hash": "ab", "captions": {"de": {"title": "x"}}}],
            },
            "unknown language 'de'",
        ),
    ],
)
def test_a_bad_tour_file_says_what_is_wrong(any_library, data, message):
    with pytest.raises(TourError, match=message):
        with any_library.Session() as s, s.begin():
            tours.import_tour(s, data)


def test_hidden_slides_show_in_the_listing(any_library, folder, capsys):
    index_paths(any_library, [folder], workers=0)
    with any_library.Session() as s:
        ids = q.photo_ids(s)
    with any_library.Session() as s, s.begin():
        tours.add(s, tours.create(s, "T"), ids[:3])
    code, _, _ = run(capsys, "tour", *_where(any_library), "hide", "T", "2")
    assert code == 0
    code, out, _ = run(capsys, "tour", *_where(any_library), "show", "T")
    assert out.splitlines()[2].endswith("(hidden)") and "(hidden)" not in out.splitlines()[1]
    run(capsys, "tour", *_where(any_library), "hide", "T", "2", "--show")
    with any_library.Session() as s:
        assert [sl.hidden for sl in tours.find(s, "T").slides] == [False, False, False]


def test_the_handout_has_one_page_a_slide(folder, tmp_path, capsys):
    pypdf = pytest.importorskip("pypdf")
    lib = open_library(tmp_path / "lib")
    try:
        index_paths(lib, [folder], workers=0)
        with lib.Session() as s:
            ids = q.photo_ids(s)
    finally:
        lib.close()
    where = ["--library", tmp_path / "lib"]
    for i, pid in enumerate(ids[:4]):
        run(capsys, "edit", *where, pid, "--title", f"ar=الميناء رقم {i}", "--title", f"fr=Le port n° {i}")
    run(capsys, "tour", *where, "create", "Handout")
    run(capsys, "tour", *where, "add", "Handout", *ids[:4])
    run(capsys, "tour", *where, "hide", "Handout", "4")
    for lang in ("fr", "ar"):
        out = tmp_path / f"handout-{lang}.pdf"
        code, said, err = run(capsys, "tour", *where, "pdf", "Handout", out, "--lang", lang)
        assert code == 0, err
        assert "3 page(s)" in said
        reader = pypdf.PdfReader(out)
        assert len(reader.pages) == 3  # the hidden slide is left out
        text = " ".join(reader.pages[1].extract_text().split())
        if lang == "fr":
            assert "Le port n° 1" in text and "Diapositive 2 / 4" in text
        else:  # shaped (presentation forms), right to left: the extractor gives the glyphs in visual order
            shown = unicodedata.normalize("NFKC", text)
            assert "الميناء"[::-1] in shown or "الميناء" in shown
    code, said, _ = run(capsys, "tour", *where, "pdf", "Handout", tmp_path / "all.pdf", "--all")
    assert "4 page(s)" in said and len(pypdf.PdfReader(tmp_path / "all.pdf").pages) == 4
    assert not list(tmp_path.glob("*.part"))


def test_the_handout_prints_the_caption_the_room_reads(folder, tmp_path, capsys):
    """A slide captioned for the talk in French only, printed in English: the handout falls back to
    the talk's caption, as the stage does, not to the catalogue's."""
    pypdf = pytest.importorskip("pypdf")
    lib = open_library(tmp_path / "lib")
    try:
        index_paths(lib, [folder], workers=0)
        with lib.Session() as s:
            pid = q.photo_ids(s)[0]
        with lib.Session() as s, s.begin():
            tid = tours.create(s, "Salle")
            tours.add(s, tid, [pid])
            tours.set_caption(s, tid, 1, "fr", "Pour la salle", "")
    finally:
        lib.close()
    where = ["--library", tmp_path / "lib"]
    run(capsys, "edit", *where, pid, "--title", "fr=Fiche du catalogue")
    out = tmp_path / "salle.pdf"
    code, _, err = run(capsys, "tour", *where, "pdf", "Salle", out, "--lang", "en")
    assert code == 0, err
    text = " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    assert "Pour la salle" in text and "Fiche du catalogue" not in text


def test_migration_0012_adds_and_removes_hidden(tmp_path):
    from alembic import command

    from photobook.db.engine import make_engine
    from photobook.db.migrate import alembic_config, upgrade_to_head

    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    upgrade_to_head(engine)
    cols = {c["name"] for c in inspect(engine).get_columns("tour_slides")}
    assert "hidden" in cols
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    assert "hidden" not in {c["name"] for c in inspect(engine).get_columns("tour_slides")}
    upgrade_to_head(engine)
    engine.dispose()


@pytest.mark.parametrize("command", [["export"], ["tour", "export", "Quatre décennies"]])
def test_a_full_disk_leaves_no_half_written_file_and_says_so(folder, tmp_path, capsys, monkeypatch, command):
    import errno
    from pathlib import Path

    lib = open_library(tmp_path / "lib")
    index_paths(lib, [folder], workers=0)
    with lib.Session() as s, s.begin():
        tours.add(s, tours.create(s, "Quatre décennies"), q.photo_ids(s))
    lib.close()
    write_text = Path.write_text

    def full(self, data, *args, **kwargs):
        if self.name.endswith(".part"):
            write_text(self, data[:10], *args, **kwargs)  # a start, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        return write_text(self, data, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full)
    out = tmp_path / "out" / "file.json"
    out.parent.mkdir()
    code, _, err = run(capsys, command[0], "--library", tmp_path / "lib", *command[1:], out)
    assert code == 3 and "is full" in err and "run again when there is space" in err
    assert list(out.parent.iterdir()) == []  # neither the file nor its .part
