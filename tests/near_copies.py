"""Photographs and their near-copies, made with Pillow for the duplicate tests: a harbour drawn
from a seed (sky, quay with buildings, boats with masts, grain), then a scan at half the
resolution, a crop of 3 % (centred), a re-save at JPEG quality 60, and a different photograph of the same
harbour (another seed: the same kind of scene, other boats and buildings)."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

SIZE = (960, 640)


def harbour(seed: int, size: tuple[int, int] = SIZE) -> Image.Image:
    rnd = random.Random(seed)
    w, h = size
    img = Image.new("RGB", size)
    d = ImageDraw.Draw(img)
    horizon = int(h * rnd.uniform(0.35, 0.55))
    for y in range(horizon):
        c = int(120 + 100 * y / horizon)
        d.line([(0, y), (w, y)], fill=(c - 40, c - 10, 230))
    for y in range(horizon, h):
        c = int(60 + 60 * (y - horizon) / (h - horizon))
        d.line([(0, y), (w, y)], fill=(20, c, c + 60))
    for _ in range(rnd.randint(6, 12)):  # buildings on the quay
        x, bw, bh = rnd.randint(0, w), rnd.randint(40, 160), rnd.randint(40, 220)
        g = rnd.randint(150, 240)
        d.rectangle([x, horizon - bh, x + bw, horizon], fill=(g, g - 20, g - 50))
        for wy in range(horizon - bh + 10, horizon - 10, 25):
            for wx in range(x + 8, x + bw - 8, 20):
                d.rectangle([wx, wy, wx + 8, wy + 12], fill=(40, 40, 60))
    for _ in range(rnd.randint(4, 9)):  # boats
        x, y, bl = rnd.randint(0, w), rnd.randint(horizon + 20, h - 40), rnd.randint(60, 200)
        d.polygon(
            [(x, y), (x + bl, y), (x + bl - 20, y + 30), (x + 20, y + 30)],
            fill=(rnd.randint(80, 200), 40, 30),
        )
        d.line([(x + bl // 2, y), (x + bl // 2, y - rnd.randint(60, 150))], fill=(30, 30, 30), width=4)
    img = img.filter(ImageFilter.GaussianBlur(1))
    return Image.blend(img, Image.effect_noise(size, 20).convert("RGB"), 0.08)


def variants(seed: int, other_seed: int) -> dict[str, tuple[Image.Image, int]]:
    """{name: (image, JPEG quality)}: the original, its near-copies, and another photograph."""
    a = harbour(seed)
    w, h = a.size
    dx, dy = int(w * 0.015), int(h * 0.015)
    return {
        "original": (a, 92),
        "half": (a.resize((w // 2, h // 2), Image.Resampling.LANCZOS), 92),
        # 3 % of each side's length trimmed, half on each edge, as a scanner's frame is reset
        "crop": (a.crop((dx, dy, w - dx, h - dy)), 92),
        "q60": (a, 60),
        "other": (harbour(other_seed), 92),
    }


def write_set(folder: Path, seed: int = 3, other_seed: int = 1003) -> dict[str, Path]:
    """The original and its near-copies as files in ``folder``: {name: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, (img, quality) in variants(seed, other_seed).items():
        path = folder / f"{name}.jpg"
        img.save(path, "JPEG", quality=quality)
        out[name] = path
    return out
