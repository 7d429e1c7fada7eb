"""The typed records: one fallback order for captions, the JSON shape of ``photobook list``."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from photobook.core.records import Caption, PhotoMeta, PhotoRecord, Unreadable, caption_for, title_for


def test_caption_for_falls_back_in_one_order_and_says_which_language_it_used():
    caps = {"en": Caption("Port", "Containers at dawn"), "ar": Caption("ميناء", ""), "fr": Caption()}
    assert caption_for(caps, "en") == ("en", Caption("Port", "Containers at dawn"))
    # French is empty (neither title nor text): the French reader gets English before Arabic
    assert caption_for(caps, "fr") == ("en", Caption("Port", "Containers at dawn"))
    assert caption_for({"ar": Caption("", "حاويات")}, "fr") == ("ar", Caption("", "حاويات"))
    assert caption_for({"fr": Caption("Fès", "")}, "ar") == ("fr", Caption("Fès", ""))
    assert caption_for({}, "ar") == ("ar", Caption())


def test_title_for_prefers_any_title_to_a_caption_text():
    assert title_for({"fr": Caption("", "Le port"), "ar": Caption("ميناء", "")}, "fr") == "ميناء"
    assert title_for({"fr": Caption("", "Le port")}, "en") == "Le port"
    assert title_for({}, "en") == ""


def record(**over):
    fields = {f.name: None for f in dataclasses.fields(PhotoRecord)}
    fields.update(
        id=7,
        path="1985/port.jpg",
        reigns=("hassan-ii",),
        themes=(),
        gps=(33.6, -7.6),
        captions={"fr": Caption("Le port", "Casablanca"), "ar": Caption("", "الدار البيضاء")},
    )
    fields.update(over)
    return PhotoRecord(**fields)


def test_the_json_shape_of_a_record_keeps_captions_and_titles_per_language():
    out = record().as_json()
    assert out["captions"] == {"fr": "Casablanca", "ar": "الدار البيضاء"}
    assert out["titles"] == {"fr": "Le port", "ar": ""}
    assert (out["reigns"], out["themes"], out["gps"], out["place_coords"]) == (
        ["hassan-ii"],
        [],
        [33.6, -7.6],
        None,
    )
    assert list(out)[:3] == ["id", "path", "source"]


def test_records_are_frozen_and_cross_process_boundaries():
    meta = PhotoMeta(
        content_hash="ab",
        size=1,
        mtime_ns=2,
        format="JPEG",
        pixel_width=4,
        pixel_height=3,
        orientation=6,
        width=3,
        height=4,
        captions={"fr": Caption("t", "x")},
        keywords=("port",),
    )
    assert pickle.loads(pickle.dumps(meta)) == meta and meta.ok
    bad = pickle.loads(pickle.dumps(Unreadable("empty file (0 bytes)")))
    assert not bad.ok and bad.reason == "empty file (0 bytes)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        meta.size = 5  # type: ignore[misc]
