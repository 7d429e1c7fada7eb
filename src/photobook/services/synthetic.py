"""A synthetic catalog of N photographs, for benchmarks and tests at archive scale.

Rows go in with Core bulk inserts (executemany), not ORM objects. The photos share a small pool of
generated thumbnails (``distinct_thumbs``) so that the cache stays small; everything else
(dates, approximate dates, undated photos, themes, reigns, captions in three languages, statuses)
is spread as in a real archive.
"""

from __future__ import annotations

import io
import random
from datetime import date
from typing import Any

from photobook.core.text import fold
from photobook.db import queries_synthetic
from photobook.db.derive import refresh_reigns
from photobook.db.engine import Library
from photobook.db.models import utcnow

_PLACES = [
    "Casablanca",
    "Tanger",
    "Rabat",
    "Marrakech",
    "Fès",
    "Agadir",
    "Dakhla",
    "Laâyoune",
    "Ouarzazate",
    "Oujda",
    "Kénitra",
    "Essaouira",
]
_WORDS_FR = [
    "port",
    "usine",
    "route",
    "marché",
    "champ",
    "chantier",
    "gare",
    "barrage",
    "médina",
    "centrale",
    "conférence",
    "école",
]


def _date_for(rng: random.Random) -> str:
    r = rng.random()
    y = rng.randint(1980, 2025)
    if r < 0.08:
        return ""  # undated
    if r < 0.18:
        return f"{y}~"
    if r < 0.22:
        return f"{str(y)[:3]}X"
    if r < 0.26:
        return f"{y}/{min(y + rng.randint(1, 3), 2026)}"
    if r < 0.55:
        return str(y)
    if r < 0.75:
        return f"{y}-{rng.randint(1, 12):02d}"
    d = date(y, rng.randint(1, 12), rng.randint(1, 28))
    return d.isoformat()


def synthetic_hash(k: int) -> str:
    return f"5e{k:030x}"


def make_thumbs(lib: Library, n: int, seed: int = 7) -> list[str]:
    from PIL import Image, ImageDraw

    from photobook.db.storage import ThumbStore

    rng = random.Random(seed)
    store = ThumbStore(lib.thumbs_path)
    rows = []
    for k in range(n):
        w, h = (256, 171) if k % 3 else (171, 256)
        top = (rng.randint(60, 200), rng.randint(60, 200), rng.randint(60, 220))
        img = Image.new("RGB", (w, h), top)
        draw = ImageDraw.Draw(img)
        for y in range(h // 2, h):
            f = (y - h // 2) / (h / 2)
            draw.line([(0, y), (w, y)], fill=tuple(int(c * (1 - 0.6 * f)) for c in top))
        for _ in range(6):
            x = rng.randint(0, w)
            draw.rectangle(
                [x, h // 2 - rng.randint(10, 60), x + rng.randint(8, 30), h // 2 + 20],
                fill=(rng.randint(20, 90),) * 3,
            )
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=80)
        rows.append((synthetic_hash(k), w, h, buf.getvalue()))
    store.put_many(rows)
    store.close()
    return [r[0] for r in rows]


def populate(
    lib: Library,
    n: int,
    *,
    seed: int = 1,
    distinct_thumbs: int = 997,
    batch: int = 5000,
    source_path: str = "/synthetic",
) -> list[int]:
    """Insert ``n`` synthetic photos (with captions, themes and reigns). Returns their ids."""
    from photobook.core import dates

    rng = random.Random(seed)
    hashes = make_thumbs(lib, distinct_thumbs) if distinct_thumbs else [synthetic_hash(0)]
    with lib.Session() as session:
        source_id = queries_synthetic.source_id(session, source_path)
        themes = queries_synthetic.theme_labels(session)
        start_id = queries_synthetic.last_photo_id(session) + 1
        now = utcnow()
        ids: list[int] = []
        for base in range(0, n, batch):
            photos: list[dict[str, Any]] = []
            captions: list[dict[str, Any]] = []
            links: list[dict[str, Any]] = []
            for i in range(base, min(n, base + batch)):
                pid = start_id + i
                edtf = _date_for(rng)
                b = dates.parse(edtf)
                place = rng.choice(_PLACES)
                word = rng.choice(_WORDS_FR)
                title_fr = f"{word.capitalize()} de {place}"
                text_fr = f"Vue du {word} de {place}, photographie n° {pid}."
                title_en = f"{word.capitalize()} in {place}"
                text_ar = f"صورة رقم {pid} من {place}"
                chosen = rng.sample(themes, k=rng.randint(1, 2))
                landscape = rng.random() < 0.7
                photos.append(
                    {
                        "id": pid,
                        "source_id": source_id,
                        "path_bytes": f"syn/{pid:07d}.jpg".encode(),
                        "path": f"syn/{pid:07d}.jpg",
                        "content_hash": hashes[i % len(hashes)],
                        "size": 1_000_000 + i,
                        "mtime_ns": 1_600_000_000_000_000_000 + i,
                        "missing": False,
                        "format": "JPEG",
                        "pixel_width": 6000,
                        "pixel_height": 4000,
                        "orientation": 1,
                        "width": 6000 if landscape else 4000,
                        "height": 4000 if landscape else 6000,
                        "date_edtf": edtf,
                        "date_source": "archivist" if edtf else "none",
                        "day_start": b.start if b else None,
                        "day_end": b.end if b else None,
                        "year": b.year if b else None,
                        "approximate": b.approximate if b else False,
                        "status": rng.choice(("draft", "reviewed", "published", "published")),
                        "place": place,
                        "photographer": rng.choice(("H. Najibi", "A. Benali", "Studio Atlas")),
                        "search_text": fold(
                            " ".join(
                                [
                                    title_fr,
                                    text_fr,
                                    title_en,
                                    text_ar,
                                    place,
                                    *(t[1] for t in chosen),
                                    *(t[2] for t in chosen),
                                ]
                            )
                        ),
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                captions.append({"photo_id": pid, "lang": "fr", "title": title_fr, "text": text_fr})
                captions.append({"photo_id": pid, "lang": "en", "title": title_en, "text": ""})
                if i % 3 == 0:
                    captions.append({"photo_id": pid, "lang": "ar", "title": "", "text": text_ar})
                links.extend({"photo_id": pid, "theme_id": t[0]} for t in chosen)
                ids.append(pid)
            queries_synthetic.insert_photos(session, photos, captions, links)
        refresh_reigns(session, ids)
        session.commit()
    return ids
