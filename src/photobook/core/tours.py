"""A tour as it crosses from the catalog to the CLI and the window: typed, frozen records."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from photobook.core.records import Caption


@dataclass(frozen=True)
class TourSlide:
    position: int  # 1 for the first slide, as the presenter counts
    photo_id: int
    notes: str = ""
    captions: dict[str, Caption] = field(default_factory=dict)  # {lang: caption for this talk}
    hidden: bool = False  # kept for questions: stepping passes over it, "go to" reaches it
    transition: str = "cut"  # "fly": the road of time flies to this slide's moment first

    def as_json(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "photo": self.photo_id,
            "notes": self.notes,
            "captions": {k: {"title": c.title, "text": c.text} for k, c in sorted(self.captions.items())},
            "hidden": self.hidden,
            "transition": self.transition,
        }


@dataclass(frozen=True)
class TourSummary:
    id: int
    title: str
    duration_s: int | None
    slide_count: int

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "duration_s": self.duration_s, "slides": self.slide_count}


@dataclass(frozen=True)
class Tour:
    id: int
    title: str
    duration_s: int | None
    slides: tuple[TourSlide, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "duration_s": self.duration_s,
            "slides": [s.as_json() for s in self.slides],
        }
