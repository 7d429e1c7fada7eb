"""The caption panel: a museum label in the interface language, or in another language with a
discreet marker; the date in words; reign, themes, place, people; the preview image."""

from __future__ import annotations

import dataclasses

import pytest

pytest.importorskip("pytestqt")

from PIL import Image
from PySide6.QtCore import Qt

from photobook.core.records import Caption, PhotoRecord
from photobook.db import queries
from photobook.ui import i18n
from photobook.ui.models.vocabulary import load_vocabulary
from photobook.ui.tasks import TaskManager
from photobook.ui.thumbcache import ThumbnailCache
from photobook.ui.views.caption_panel import CaptionPanel, caption_text


def record(titles=None, captions=None, **over):
    """A PhotoRecord as the catalog returns it; titles and captions given per language."""
    titles, captions = titles or {}, captions or {}
    fields = {f.name: None for f in dataclasses.fields(PhotoRecord)}
    fields.update(
        id=1,
        date="1985~",
        captions={k: Caption(titles.get(k, ""), captions.get(k, "")) for k in {*titles, *captions}},
        reigns=("hassan-ii",),
        themes=("solar", "logistics"),
        place="Fès",
        photographer="A. Benali",
        credit="Archives Atlas",
        plate="pl. 12, p. 48",
        status="published",
        width=3000,
        height=2000,
    )
    fields.update(over)
    return PhotoRecord(**fields)


@pytest.fixture
def vocab(library):
    with library.Session() as s:
        return load_vocabulary(s)


@pytest.fixture
def panel(qtbot, library, vocab):
    tasks = TaskManager(library)
    thumbs = ThumbnailCache(library)
    p = CaptionPanel(tasks, thumbs)
    qtbot.addWidget(p)
    p.resize(460, 900)
    p.set_vocabulary(vocab)
    p.show()
    yield p
    tasks.shutdown()
    thumbs.close()


def test_caption_in_the_interface_language_has_no_marker(vocab):
    c = caption_text(
        record(
            titles={"fr": "Le port", "en": "The port"},
            captions={"fr": "Vue du port.", "en": "View of the port."},
        ),
        vocab,
        "fr",
    )
    assert (c.title, c.text, c.marker) == ("Le port", "Vue du port.", "")
    assert c.date == "vers 1985"
    assert c.reigns == ["Hassan II"]
    assert [label for label, _color in c.themes] == ["Solaire", "Logistique et ports"]


def test_a_missing_caption_falls_back_with_a_marker(qtbot, panel):
    panel.set_language("fr")
    panel.show_record(record(titles={"en": "The port of Tangier"}, captions={"en": "Containers at dawn."}))
    assert panel.title_label.text() == "The port of Tangier"
    assert panel.text_label.text() == "Containers at dawn."
    assert panel.marker_label.isVisible()
    assert panel.marker_label.text() == "(EN)"
    assert panel.date_label.text() == "vers 1985"
    # the English text reads left to right even when the interface is Arabic
    panel.set_language("ar")
    assert panel.marker_label.text() == "(EN)"
    assert panel.text_label.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert panel.date_label.text() == "حوالي 1985"


def test_arabic_caption_in_arabic_has_no_marker_and_reads_right_to_left(panel):
    panel.set_language("ar")
    panel.show_record(
        record(titles={"ar": "ميناء طنجة", "fr": "Le port de Tanger"}, captions={"ar": "حاويات عند الفجر"})
    )
    assert panel.title_label.text() == "ميناء طنجة"
    assert not panel.marker_label.isVisible()
    assert panel.text_label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert panel._meta_rows["reign"][1].text() == "الحسن الثاني"


def test_the_label_lists_reign_themes_place_people_and_plate(panel):
    panel.set_language("fr")
    panel.show_record(record(titles={"fr": "Centrale solaire"}))
    values = {k: v.text() for k, (_k, v) in panel._meta_rows.items() if v.isVisible()}
    assert values == {
        "reign": "Hassan II",
        "place": "Fès",
        "photographer": "A. Benali",
        "credit": "Archives Atlas",
        "plate": "pl. 12, p. 48",
        "status": panel.status_name("published"),  # every photograph says whether it is ready
    }
    chips = [
        w.text() for w in panel.chips.findChildren(type(panel.title_label)) if w.objectName() == "themeChip"
    ]
    assert chips == ["Solaire", "Logistique et ports"]
    # a record without place hides that line rather than showing an empty one
    panel.show_record(record(titles={"fr": "Sans lieu"}, place=None, themes=()))
    assert not panel._meta_rows["place"][1].isVisible()
    assert not panel.chips.isVisible()


def test_no_caption_at_all_says_untitled(panel):
    panel.set_language("fr")
    panel.show_record(record())
    assert panel.title_label.text() == "Sans titre" or panel.title_label.text() == "Untitled"
    assert not panel.marker_label.isVisible()


def test_a_caption_of_megabytes_is_shown_shortened(panel):
    # written before the limits existed, or by another program: the label lays out 20,000
    # characters, not ten million (which took the window about a minute)
    panel.set_language("fr")
    panel.show_record(record(captions={"fr": "mot " * 2_500_000}, titles={"fr": "T" * 100_000}))
    text, title = panel.text_label.text(), panel.title_label.text()
    assert len(text) <= 20_002 and text.endswith(" …") and text.startswith("mot mot")
    assert len(title) <= 502 and title.endswith(" …")


def test_preview_shows_the_original_decoded_in_a_worker(qtbot, panel, library, tmp_path):
    from photobook.indexer.scan import index_paths

    folder = tmp_path / "originals"
    folder.mkdir()
    Image.new("RGB", (1600, 1000), (180, 120, 60)).save(folder / "1985_port.jpg", quality=85)
    index_paths(library, [folder])
    with library.Session() as s:
        pid = queries.photo_ids(s)[0]
        rec = queries.photo_records(s, [pid])[0]
    panel.show_photo(pid)
    panel.show_record(rec)
    qtbot.waitUntil(lambda: panel.image_is_original, timeout=10000)
    pix = panel.preview.pixmap()
    assert pix is not None
    # decoded at panel size, not at the original's 1600 px
    assert pix.width() <= max(panel.preview.width() * panel.devicePixelRatioF(), 320) + 1
    assert pix.toImage().pixelColor(pix.width() // 2, pix.height() // 2).red() > 150


def test_preview_falls_back_to_the_thumbnail_when_the_original_is_missing(qtbot, panel, synthetic_library):
    tasks = TaskManager(synthetic_library)
    thumbs = ThumbnailCache(synthetic_library)
    p = CaptionPanel(tasks, thumbs)
    qtbot.addWidget(p)
    p.resize(400, 700)
    p.show()
    with synthetic_library.Session() as s:
        pid = queries.photo_ids(s)[0]
    p.show_photo(pid)
    qtbot.waitUntil(lambda: p.preview.has_image(), timeout=10000)
    assert not p.image_is_original
    tasks.shutdown()
    thumbs.close()


def test_a_place_in_another_language_carries_the_captions_marker(panel):
    panel.set_language("ar")
    panel.show_record(record(titles={"ar": "ميناء"}, place="Fès", places={"fr": "Fès"}))
    assert panel._meta_rows["place"][1].text() == "\u2068Fès\u2069 (FR)"
    panel.show_record(record(titles={"ar": "ميناء"}, place="Fès", places={"fr": "Fès", "ar": "فاس"}))
    assert panel._meta_rows["place"][1].text() == "فاس"
    panel.set_language("fr")
    assert panel._meta_rows["place"][1].text() == "Fès"


def test_every_photograph_says_its_status_and_an_uncaptioned_one_its_file(panel):
    i18n.set_language("fr")
    panel.set_language("fr")
    panel.show_record(record(titles={"fr": "Centrale solaire"}, status="reviewed"))
    rows = {k: v.text() for k, (_k, v) in panel._meta_rows.items() if v.isVisible()}
    assert rows["status"] == "Relu"
    assert "file" not in rows  # a captioned photograph is named by its caption
    panel.show_record(record(status="draft", path="1985/IMG_0042.jpg", source="/archives/scans"))
    rows = {k: v.text() for k, (_k, v) in panel._meta_rows.items() if v.isVisible()}
    assert panel.title_label.text() == "Sans titre"
    assert rows["file"] == "IMG_0042.jpg"
    assert rows["folder"] == "/archives/scans/1985"
    assert rows["status"] == "Brouillon"
    i18n.set_language("ar")
    try:
        panel.set_language("ar")
        rows = {k: v.text() for k, (_k, v) in panel._meta_rows.items() if v.isVisible()}
        assert rows["status"] == "مسودة"
    finally:
        i18n.set_language("fr")
