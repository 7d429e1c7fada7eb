"""A small procedural painter on top of Pillow: skies, haze, perspective, textures, film looks.

Everything is deterministic: randomness comes only from the ``random.Random`` a scene is given, and
noise images are built from ``Random.randbytes`` (never ``Image.effect_noise``, which uses C ``rand()``).
Scenes are drawn at ``SS`` times the final size and downsampled, which anti-aliases the polygons.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable, Iterable, Sequence

from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter, ImageFont, ImageOps

RGB = tuple[int, int, int]
SS = 2  # supersampling factor


def mix(a: Sequence[float], b: Sequence[float], t: float) -> RGB:
    """Linear interpolation between two colours, clamped."""
    t = max(0.0, min(1.0, t))
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))  # type: ignore[return-value]


def shade(c: Sequence[float], k: float) -> RGB:
    """Darken (k < 1) or lighten (k > 1) a colour."""
    if k <= 1:
        return tuple(int(max(0, min(255, v * k))) for v in c[:3])  # type: ignore[return-value]
    return mix(c, (255, 255, 255), k - 1)


def rgba(c: Sequence[float], a: int = 255) -> tuple[int, int, int, int]:
    return (int(c[0]), int(c[1]), int(c[2]), a)


def smooth(t: float) -> float:
    t = max(0.0, min(1.0, t))
    return t * t * (3 - 2 * t)


# --- gradients and noise ----------------------------------------------------------------------


def ramp(stops: Sequence[tuple[float, Sequence[float]]], t: float) -> RGB:
    """The colour at ``t`` along a list of (position, colour) stops."""
    if t <= stops[0][0]:
        return tuple(int(v) for v in stops[0][1][:3])  # type: ignore[return-value]
    for (p0, c0), (p1, c1) in itertools.pairwise(stops):
        if t <= p1:
            return mix(
                c0, c1, smooth((t - p0) / max(1e-6, p1 - p0)) * 0.5 + (t - p0) / max(1e-6, p1 - p0) * 0.5
            )
    return tuple(int(v) for v in stops[-1][1][:3])  # type: ignore[return-value]


def vgradient(size: tuple[int, int], stops: Sequence[tuple[float, Sequence[float]]]) -> Image.Image:
    """A vertical gradient (RGB) through the stops, 0 = top, 1 = bottom."""
    w, h = size
    col = Image.new("RGB", (1, h))
    col.putdata([ramp(stops, y / max(1, h - 1)) for y in range(h)])
    return col.resize((w, h), Image.Resampling.NEAREST)


def hgradient(size: tuple[int, int], stops: Sequence[tuple[float, Sequence[float]]]) -> Image.Image:
    w, h = size
    row = Image.new("RGB", (w, 1))
    row.putdata([ramp(stops, x / max(1, w - 1)) for x in range(w)])
    return row.resize((w, h), Image.Resampling.NEAREST)


def vmask(size: tuple[int, int], stops: Sequence[tuple[float, float]]) -> Image.Image:
    """A vertical L gradient: stops are (position 0..1, value 0..255)."""
    w, h = size
    col = Image.new("L", (1, h))
    vals = []
    for y in range(h):
        t = y / max(1, h - 1)
        v = stops[-1][1]
        if t <= stops[0][0]:
            v = stops[0][1]
        else:
            for (p0, a), (p1, b) in itertools.pairwise(stops):
                if t <= p1:
                    v = a + (b - a) * smooth((t - p0) / max(1e-6, p1 - p0))
                    break
        vals.append(int(max(0, min(255, v))))
    col.putdata(vals)
    return col.resize((w, h), Image.Resampling.NEAREST)


def radial(
    size: tuple[int, int], center: tuple[float, float], radius: float, power: float = 1.0
) -> Image.Image:
    """An L image: 255 at ``center`` falling to 0 at ``radius`` (pixels), cheap (built small)."""
    w, h = size
    k = 4
    sw, sh = max(1, w // k), max(1, h // k)
    cx, cy, r = center[0] / k, center[1] / k, max(1.0, radius / k)
    base = Image.radial_gradient("L")  # 256x256: 0 in the middle, 181 at radius 128, 255 in the corners
    d = int(r * 2)
    g = base.resize((d, d), Image.Resampling.BILINEAR).point(lambda v: max(0, int(255 - v * 255 / 181)))
    if power != 1.0:
        g = g.point(lambda v: int(255 * (v / 255) ** power))
    out = Image.new("L", (sw, sh), 0)
    out.paste(g, (int(cx - r), int(cy - r)))
    return out.resize((w, h), Image.Resampling.BILINEAR)


def value_noise(size: tuple[int, int], cell: float, rng: random.Random, octaves: int = 3) -> Image.Image:
    """Smooth noise (L), features about ``cell`` pixels wide, several octaves."""
    w, h = size
    acc: Image.Image | None = None
    weight = 1.0
    total = 0.0
    for o in range(octaves):
        c = max(2.0, cell / (2**o))
        gw, gh = max(2, int(w / c) + 2), max(2, int(h / c) + 2)
        small = Image.frombytes("L", (gw, gh), rng.randbytes(gw * gh))
        layer = small.resize((int(gw * c), int(gh * c)), Image.Resampling.BICUBIC).crop((0, 0, w, h))
        if acc is None:
            acc = layer
            total = weight
        else:
            acc = Image.blend(acc, layer, weight / (total + weight))
            total += weight
        weight *= 0.5
    assert acc is not None
    return ImageOps.autocontrast(acc, cutoff=1)


def tile_noise(
    size: tuple[int, int], cell: tuple[float, float], rng: random.Random, octaves: int = 3, gain: float = 0.5
) -> Image.Image:
    """Smooth noise (L) that wraps around both edges (for textures laid in perspective)."""
    w, h = size
    acc: Image.Image | None = None
    total, weight = 0.0, 1.0
    cx, cy = cell
    for _ in range(octaves):
        gw, gh = max(2, round(w / cx)), max(2, round(h / cy))
        small = Image.frombytes("L", (gw, gh), rng.randbytes(gw * gh))
        padded = Image.new("L", (gw + 3, gh + 3))
        for ox in (0, gw):
            for oy in (0, gh):
                padded.paste(small, (ox, oy))
        sx, sy = w / gw, h / gh
        big = padded.resize((int((gw + 3) * sx), int((gh + 3) * sy)), Image.Resampling.BICUBIC)
        layer = big.crop((int(sx), int(sy), int(sx) + w, int(sy) + h))
        if acc is None:
            acc, total = layer, weight
        else:
            acc = Image.blend(acc, layer, weight / (total + weight))
            total += weight
        weight *= gain
        cx, cy = max(2.0, cx / 2), max(2.0, cy / 2)
    assert acc is not None
    return ImageOps.autocontrast(acc, cutoff=0.5)


def noise1d(n: int, rng: random.Random, octaves: int = 4, base: int = 4) -> list[float]:
    """A smooth random profile of n values in about [-1, 1] (sum of interpolated octaves)."""
    out = [0.0] * n
    amp = 1.0
    pts = base
    for _ in range(octaves):
        ctrl = [rng.uniform(-1, 1) for _ in range(pts + 2)]
        for i in range(n):
            t = i / max(1, n - 1) * pts
            k = int(t)
            f = smooth(t - k)
            out[i] += amp * (ctrl[k] * (1 - f) + ctrl[k + 1] * f)
        amp *= 0.5
        pts *= 2
    return out


# --- the canvas -------------------------------------------------------------------------------


class Canvas:
    """An RGB picture being painted back to front, at SS times the output size."""

    def __init__(self, size: tuple[int, int], rng: random.Random):
        self.out_size = size
        self.W, self.H = size[0] * SS, size[1] * SS
        self.rng = rng
        self.img = Image.new("RGB", (self.W, self.H), (128, 128, 128))

    # coordinates as fractions of the canvas
    def px(self, fx: float) -> float:
        return fx * self.W

    def py(self, fy: float) -> float:
        return fy * self.H

    def layer(self) -> tuple[Image.Image, ImageDraw.ImageDraw]:
        lay = Image.new("RGBA", (self.W, self.H), (0, 0, 0, 0))
        return lay, ImageDraw.Draw(lay)

    def add(
        self,
        lay: Image.Image,
        blur: float = 0.0,
        haze: float = 0.0,
        haze_color: Sequence[float] = (200, 210, 220),
        haze_mask: Image.Image | None = None,
        opacity: float = 1.0,
    ) -> None:
        """Composite a layer: blurred (depth of field), faded toward a haze colour (distance)."""
        if haze > 0 or haze_mask is not None:
            rgb = lay.convert("RGB")
            solid = Image.new("RGB", lay.size, tuple(int(v) for v in haze_color[:3]))
            if haze_mask is not None:
                m = haze_mask if haze <= 0 else haze_mask.point(lambda v: int(v * haze))
                rgb = Image.composite(solid, rgb, m)
            else:
                rgb = Image.blend(rgb, solid, haze)
            rgb.putalpha(lay.getchannel("A"))
            lay = rgb
        if blur > 0:
            lay = blur_fast(lay, blur)
        if opacity < 1.0:
            a = lay.getchannel("A").point(lambda v: int(v * opacity))
            lay = lay.copy()
            lay.putalpha(a)
        base = self.img.convert("RGBA")
        base.alpha_composite(lay)
        self.img = base.convert("RGB")

    def shadow(
        self, mask: Image.Image, blur: float, opacity: float, color: Sequence[float] = (20, 20, 30)
    ) -> None:
        """Darken where ``mask`` (L) is set, softly."""
        m = blur_fast(mask, blur) if blur > 0 else mask
        m = m.point(lambda v: int(v * opacity))
        self.img = Image.composite(
            Image.new("RGB", self.img.size, tuple(int(c) for c in color[:3])), self.img, m
        )

    def glow(
        self,
        center: tuple[float, float],
        radius: float,
        color: Sequence[float],
        strength: float = 1.0,
        power: float = 1.6,
    ) -> None:
        """Screen a soft light (sun, lamp, haze bloom) over the picture."""
        m = radial(self.img.size, center, radius, power).point(lambda v: int(v * strength))
        lit = ImageChops.screen(self.img, Image.new("RGB", self.img.size, tuple(int(c) for c in color[:3])))
        self.img = Image.composite(lit, self.img, m)

    def tint_region(
        self,
        mask: Image.Image,
        texture: Image.Image,
        dark: Sequence[float],
        light: Sequence[float],
        amount: float = 1.0,
    ) -> None:
        """Paint a textured fill (noise mapped dark→light) where mask (L) is set."""
        tex = ImageOps.colorize(texture, tuple(int(c) for c in dark[:3]), tuple(int(c) for c in light[:3]))
        m = mask if amount >= 1 else mask.point(lambda v: int(v * amount))
        self.img = Image.composite(tex, self.img, m)

    def finish(self) -> Image.Image:
        return self.img.resize(self.out_size, Image.Resampling.LANCZOS)


def blur_fast(im: Image.Image, radius: float) -> Image.Image:
    """Gaussian blur; large radii are done at reduced size (same look, a fraction of the cost)."""
    if radius <= 6:
        return im.filter(ImageFilter.GaussianBlur(radius))
    k = max(2, min(8, int(radius / 3)))
    w, h = im.size
    small = im.resize((max(1, w // k), max(1, h // k)), Image.Resampling.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(radius / k))
    return small.resize((w, h), Image.Resampling.BILINEAR)


# --- perspective ----------------------------------------------------------------------------


class Ground:
    """A pinhole camera over a flat ground: world (x right, z forward, metres) → canvas pixels."""

    def __init__(self, cv: Canvas, horizon: float, cam_h: float, fov_w: float = 1.0, cx: float = 0.5):
        self.cv = cv
        self.hy = horizon * cv.H
        self.cx = cx * cv.W
        self.f = cv.W / fov_w
        self.cam_h = cam_h

    def y(self, z: float, h: float = 0.0) -> float:
        """Screen y of a point at distance z and height h above ground."""
        return self.hy + self.f * (self.cam_h - h) / z

    def x(self, xw: float, z: float) -> float:
        return self.cx + self.f * xw / z

    def pt(self, xw: float, z: float, h: float = 0.0) -> tuple[float, float]:
        return (self.x(xw, z), self.y(z, h))

    def s(self, z: float) -> float:
        """Pixels per metre at distance z."""
        return self.f / z

    def z_at(self, sy: float) -> float:
        return self.f * self.cam_h / max(1e-3, sy - self.hy)

    def quad(self, x0: float, x1: float, z0: float, z1: float, h: float = 0.0) -> list[tuple[float, float]]:
        return [self.pt(x0, z0, h), self.pt(x1, z0, h), self.pt(x1, z1, h), self.pt(x0, z1, h)]

    def band(self, path: Iterable[tuple[float, float]], width: float) -> list[tuple[float, float]]:
        """A ground ribbon (road, canal) of ``width`` metres along a world path of (x, z)."""
        pts = list(path)
        left, right = [], []
        for i, (x, z) in enumerate(pts):
            a = pts[max(0, i - 1)]
            b = pts[min(len(pts) - 1, i + 1)]
            dx, dz = b[0] - a[0], b[1] - a[1]
            n = math.hypot(dx, dz) or 1.0
            nx, nz = -dz / n * width / 2, dx / n * width / 2
            if z + nz > 0.5 and z - nz > 0.5:
                left.append(self.pt(x + nx, z + nz))
                right.append(self.pt(x - nx, z - nz))
        return left + right[::-1]


# --- common elements ----------------------------------------------------------------------


def sky(cv: Canvas, stops: Sequence[tuple[float, Sequence[float]]], bottom: float = 1.0) -> None:
    """A sky gradient; stop positions are fractions of the canvas height (down to ``bottom``)."""
    g = vgradient((cv.W, int(cv.H * bottom)), [(min(1.0, pos / bottom), c) for pos, c in stops])
    cv.img.paste(g, (0, 0))


def clouds(
    cv: Canvas,
    top: float,
    bottom: float,
    n: int,
    color: Sequence[float],
    shade_c: Sequence[float],
    alpha: int = 200,
    size: float = 1.0,
) -> None:
    """Cumulus-ish clouds: clusters of blurred ellipses, lit from above, smaller near the horizon."""
    rng = cv.rng
    lay, d = cv.layer()
    for _ in range(n):
        cy = rng.uniform(top, bottom)
        depth = (cy - top) / max(1e-6, bottom - top)  # 0 high/near, 1 low/far
        scale = (1.0 - 0.65 * depth) * size
        cx = rng.uniform(-0.1, 1.1) * cv.W
        cw = rng.uniform(0.10, 0.25) * cv.W * scale
        ch = cw * rng.uniform(0.18, 0.3)
        base_y = cy * cv.H
        for _k in range(rng.randint(5, 9)):
            ex = cx + rng.uniform(-0.5, 0.5) * cw
            ew = cw * rng.uniform(0.25, 0.5)
            eh = ch * rng.uniform(0.6, 1.3)
            ey = base_y - eh * rng.uniform(0.3, 0.9)
            d.ellipse((ex - ew / 2, ey - eh / 2, ex + ew / 2, ey + eh / 2), fill=rgba(color, alpha))
        d.rectangle((cx - cw * 0.55, base_y - ch * 0.35, cx + cw * 0.55, base_y), fill=rgba(shade_c, alpha))
    cv.add(lay, blur=cv.W * 0.006)


def streaks(cv: Canvas, top: float, bottom: float, n: int, color: Sequence[float], alpha: int = 110) -> None:
    """Thin stratus / haze bands."""
    rng = cv.rng
    lay, d = cv.layer()
    for _ in range(n):
        y = rng.uniform(top, bottom) * cv.H
        x = rng.uniform(-0.2, 0.9) * cv.W
        w = rng.uniform(0.2, 0.6) * cv.W
        h = rng.uniform(0.004, 0.012) * cv.H
        d.ellipse((x, y - h, x + w, y + h), fill=rgba(color, alpha))
    cv.add(lay, blur=cv.W * 0.004)


def ridge(
    cv: Canvas,
    base: float,
    amp: float,
    color: Sequence[float],
    haze: float = 0.0,
    haze_color: Sequence[float] = (200, 210, 220),
    rough: int = 5,
    blur: float = 0.0,
    light: Sequence[float] | None = None,
    texture: float = 0.0,
    bottom: float = 1.0,
) -> list[float]:
    """A range of hills: a noisy profile filled down to ``bottom``; returns the profile's screen y."""
    rng = cv.rng
    n = 160
    prof = noise1d(n, rng, octaves=rough, base=3)
    ys = [cv.H * (base - amp * (0.5 + 0.5 * v)) for v in prof]
    pts = [(cv.W * i / (n - 1), ys[i]) for i in range(n)]
    lay, d = cv.layer()
    d.polygon([*pts, (cv.W, cv.H * bottom), (0, cv.H * bottom)], fill=rgba(color))
    if light is not None:
        # lit slopes: where the profile rises to the right (light from the left) lighten the face
        for i in range(n - 1):
            slope = ys[i] - ys[i + 1]
            if slope < 0:
                continue
            x0, x1 = pts[i][0], pts[i + 1][0]
            dep = cv.H * amp * 0.8
            d.polygon(
                [pts[i], pts[i + 1], (x1 + dep * 0.2, ys[i + 1] + dep), (x0 + dep * 0.2, ys[i] + dep)],
                fill=rgba(light, 90),
            )
    if texture > 0:
        tex = value_noise((cv.W, cv.H), cv.W * 0.02, rng, 3)
        dark = Image.new("RGBA", lay.size, rgba(shade(color, 0.6)))
        m = ImageChops.multiply(tex.point(lambda v: int(v * texture)), lay.getchannel("A"))
        lay = Image.composite(dark, lay, m)
    cv.add(lay, blur=blur, haze=haze, haze_color=haze_color)
    return ys


def water(
    cv: Canvas,
    top: float,
    bottom: float,
    far: Sequence[float],
    near: Sequence[float],
    ripple: Sequence[float],
    n: int = 900,
    sparkle: tuple[float, Sequence[float]] | None = None,
) -> None:
    """Water from ``top`` (horizon) to ``bottom``: gradient and ripples that grow toward the viewer."""
    rng = cv.rng
    y0, y1 = int(top * cv.H), int(bottom * cv.H)
    g = vgradient((cv.W, y1 - y0), [(0, far), (1, near)])
    cv.img.paste(g, (0, y0))
    lay, d = cv.layer()
    for _ in range(n):
        t = rng.random() ** 1.6
        y = y0 + (y1 - y0) * t
        length = cv.W * (0.004 + 0.05 * t) * rng.uniform(0.5, 1.5)
        thick = max(1.0, cv.H * 0.0015 * (0.3 + 3 * t))
        x = rng.uniform(-0.05, 1.05) * cv.W
        c = ripple if rng.random() < 0.6 else shade(near, 0.85)
        d.ellipse((x, y - thick, x + length, y + thick), fill=rgba(c, int(70 + 90 * t)))
    if sparkle is not None:
        sx, sc = sparkle
        for _ in range(n // 2):
            t = rng.random() ** 1.3
            y = y0 + (y1 - y0) * t
            spread = cv.W * (0.01 + 0.12 * t)
            x = sx * cv.W + rng.gauss(0, spread * 0.5)
            ln = cv.W * (0.003 + 0.02 * t)
            th = max(1.0, cv.H * 0.001 * (1 + 2 * t))
            d.ellipse((x - ln, y - th, x + ln, y + th), fill=rgba(sc, int(200 * (1 - t * 0.5))))
    cv.add(lay, blur=1.0)


def textured_fill(
    cv: Canvas,
    poly: Sequence[tuple[float, float]],
    dark: Sequence[float],
    light: Sequence[float],
    cell: float = 0.02,
    octaves: int = 3,
    blur: float = 0.0,
) -> Image.Image:
    """Fill a polygon with noise-textured colour; returns the mask."""
    mask = Image.new("L", (cv.W, cv.H), 0)
    ImageDraw.Draw(mask).polygon(list(poly), fill=255)
    if blur:
        mask = blur_fast(mask, blur)
    tex = value_noise((cv.W, cv.H), cv.W * cell, cv.rng, octaves)
    cv.tint_region(mask, tex, dark, light)
    return mask


def palm(
    d: ImageDraw.ImageDraw,
    x: float,
    y: float,
    h: float,
    rng: random.Random,
    trunk: Sequence[float] = (90, 70, 50),
    leaf: Sequence[float] = (40, 70, 35),
    alpha: int = 255,
) -> None:
    """A date palm: a slightly curved trunk and a crown of drooping fronds."""
    lean = rng.uniform(-0.15, 0.15) * h
    pts = []
    n = 12
    for i in range(n + 1):
        t = i / n
        pts.append((x + lean * t * t, y - h * t))
    w0, w1 = h * 0.045, h * 0.03
    left = [(px - (w0 + (w1 - w0) * i / n) / 2, py) for i, (px, py) in enumerate(pts)]
    right = [(px + (w0 + (w1 - w0) * i / n) / 2, py) for i, (px, py) in enumerate(pts)]
    d.polygon(left + right[::-1], fill=rgba(trunk, alpha))
    for i in range(1, n, 2):  # trunk rings
        px, py = pts[i]
        d.line(
            (px - w0 / 2, py, px + w0 / 2, py + h * 0.01),
            fill=rgba(shade(trunk, 0.7), alpha),
            width=max(1, int(h * 0.008)),
        )
    tx, ty = pts[-1]
    for k in range(11):
        ang = -math.pi / 2 + (k - 5) * 0.5 + rng.uniform(-0.12, 0.12)
        ln = h * rng.uniform(0.28, 0.4)
        frond = []
        for j in range(9):
            t = j / 8
            fx = tx + math.cos(ang) * ln * t
            fy = ty + math.sin(ang) * ln * t + (ln * 0.55) * t * t  # droop
            frond.append((fx, fy))
        for j in range(len(frond) - 1):
            a, b = frond[j], frond[j + 1]
            wid = h * 0.05 * (1 - j / 8) + 1
            nx, ny = -(b[1] - a[1]), (b[0] - a[0])
            nn = math.hypot(nx, ny) or 1
            nx, ny = nx / nn * wid, ny / nn * wid
            c = shade(leaf, 0.8 + 0.35 * (k % 3) / 2)
            d.polygon(
                [
                    (a[0] + nx, a[1] + ny),
                    (b[0] + nx * 0.6, b[1] + ny * 0.6),
                    (b[0] - nx * 0.2, b[1] - ny * 0.2),
                    (a[0] - nx * 0.3, a[1] - ny * 0.3),
                ],
                fill=rgba(c, alpha),
            )


def person(
    d: ImageDraw.ImageDraw,
    x: float,
    y: float,
    h: float,
    color: Sequence[float],
    head: Sequence[float] | None = None,
    alpha: int = 255,
) -> None:
    """A standing figure, feet at (x, y)."""
    w = h * 0.26
    hd = h * 0.13
    hc = head or shade(color, 0.6)
    d.rounded_rectangle(
        (x - w / 2, y - h + hd * 1.8, x + w / 2, y - h * 0.45), radius=w * 0.3, fill=rgba(color, alpha)
    )
    d.rectangle((x - w * 0.42, y - h * 0.47, x + w * 0.42, y), fill=rgba(shade(color, 0.65), alpha))
    d.ellipse((x - hd * 0.8, y - h, x + hd * 0.8, y - h + hd * 1.9), fill=rgba(hc, alpha))


def car(
    d: ImageDraw.ImageDraw,
    x: float,
    y: float,
    w: float,
    color: Sequence[float],
    facing: int = 1,
    alpha: int = 255,
    old: bool = False,
) -> None:
    """A small car seen from the side, wheels on y."""
    h = w * (0.42 if old else 0.36)
    body = (x - w / 2, y - h * 0.75, x + w / 2, y - h * 0.18)
    d.rounded_rectangle(body, radius=h * 0.18, fill=rgba(color, alpha))
    cab_x0 = x - w * (0.28 if facing > 0 else 0.18)
    cab_x1 = x + w * (0.18 if facing > 0 else 0.28)
    d.polygon(
        [
            (cab_x0 - w * 0.06, y - h * 0.72),
            (cab_x0 + w * 0.04, y - h * (1.05 if old else 1.0)),
            (cab_x1 - w * 0.04, y - h * (1.05 if old else 1.0)),
            (cab_x1 + w * 0.08, y - h * 0.72),
        ],
        fill=rgba(color, alpha),
    )
    d.polygon(
        [
            (cab_x0 - w * 0.01, y - h * 0.74),
            (cab_x0 + w * 0.06, y - h * 0.95),
            (cab_x1 - w * 0.06, y - h * 0.95),
            (cab_x1 + w * 0.03, y - h * 0.74),
        ],
        fill=rgba((60, 75, 90), alpha),
    )
    r = h * 0.22
    for wx in (x - w * 0.3, x + w * 0.3):
        d.ellipse((wx - r, y - r * 2, wx + r, y), fill=rgba((25, 25, 25), alpha))
    d.line(
        (x - w / 2, y - h * 0.45, x + w / 2, y - h * 0.45),
        fill=rgba(shade(color, 1.25), alpha),
        width=max(1, int(h * 0.05)),
    )


def box3d(
    d: ImageDraw.ImageDraw,
    x: float,
    y: float,
    w: float,
    h: float,
    depth: float,
    color: Sequence[float],
    light: float = 1.0,
    side: int = 1,
    alpha: int = 255,
    top_k: float = 1.25,
    side_k: float = 0.7,
) -> None:
    """An oblique box: front face (x..x+w, y-h..y), a side face going up-and-aside by depth."""
    dx, dy = depth * 0.7 * side, -depth * 0.45
    front = [(x, y), (x + w, y), (x + w, y - h), (x, y - h)]
    top = [(x, y - h), (x + w, y - h), (x + w + dx, y - h + dy), (x + dx, y - h + dy)]
    if side > 0:
        sidef = [(x + w, y), (x + w + dx, y + dy), (x + w + dx, y - h + dy), (x + w, y - h)]
    else:
        sidef = [(x, y), (x + dx, y + dy), (x + dx, y - h + dy), (x, y - h)]
    d.polygon(sidef, fill=rgba(shade(color, side_k * light), alpha))
    d.polygon(top, fill=rgba(shade(color, top_k * light), alpha))
    d.polygon(front, fill=rgba(shade(color, light), alpha))


def windows(
    d: ImageDraw.ImageDraw,
    x0: float,
    y0: float,
    x1: float,
    y1: float,
    cols: int,
    rows: int,
    color: Sequence[float],
    rng: random.Random,
    lit: Sequence[float] | None = None,
    p_lit: float = 0.0,
    alpha: int = 255,
    fill: float = 0.55,
) -> None:
    """A grid of windows inside a facade rectangle."""
    cw = (x1 - x0) / cols
    rh = (y1 - y0) / rows
    for r in range(rows):
        for c in range(cols):
            wx = x0 + c * cw + cw * (1 - fill) / 2
            wy = y0 + r * rh + rh * (1 - fill) / 2
            col = lit if (lit is not None and rng.random() < p_lit) else color
            d.rectangle((wx, wy, wx + cw * fill, wy + rh * fill), fill=rgba(col, alpha))


# --- the look of a print, a scan, a camera ---------------------------------------------------------


def grain(
    im: Image.Image, rng: random.Random, amount: float, size: float = 1.0, mono: bool = True
) -> Image.Image:
    """Film/sensor grain: overlay of zero-mean noise (amount in 0..1 of full range)."""
    w, h = im.size
    gw, gh = max(1, int(w / size)), max(1, int(h / size))
    n = Image.frombytes("L", (gw, gh), rng.randbytes(gw * gh))
    n2 = Image.frombytes("L", (gw, gh), rng.randbytes(gw * gh))
    n = Image.blend(n, n2, 0.5)  # triangular distribution: softer than uniform
    if (gw, gh) != (w, h):
        n = n.resize((w, h), Image.Resampling.BILINEAR)
    n = n.point(lambda v: int(128 + (v - 128) * amount * 2))
    if im.mode == "L":
        return ImageChops.overlay(im.convert("RGB"), n.convert("RGB")).convert("L")
    return ImageChops.overlay(im, n.convert("RGB"))


def vignette(im: Image.Image, strength: float) -> Image.Image:
    w, h = im.size
    g = Image.radial_gradient("L").resize((w, h), Image.Resampling.BILINEAR)  # 0 center → ~255 edge
    m = g.point(lambda v: int(255 - strength * 255 * smooth(max(0.0, (v - 70) / 200))))
    if im.mode == "L":
        return ImageChops.multiply(im, m)
    return ImageChops.multiply(im, Image.merge("RGB", (m, m, m)))


def faded_print(im: Image.Image, warmth: float = 1.0, fade: float = 0.18) -> Image.Image:
    """A colour print from the 1980s–90s after decades: warm cast, lifted blacks, soft contrast."""
    im = ImageEnhance.Color(im).enhance(0.8)
    im = ImageEnhance.Contrast(im).enhance(0.88)
    r, g, b = im.split()
    lift = int(fade * 80)
    r = r.point(lambda v: int(lift * 1.1 + v * (1 - fade * 0.25)))
    g = g.point(lambda v: int(lift * 0.95 + v * (1 - fade * 0.35) * (1 - 0.04 * warmth)))
    b = b.point(lambda v: int(lift * 0.7 + v * (1 - fade * 0.45) * (1 - 0.14 * warmth)))
    return Image.merge("RGB", (r, g, b))


def black_and_white(im: Image.Image, contrast: float = 1.15) -> Image.Image:
    g = im.convert("L")
    return ImageEnhance.Contrast(g).enhance(contrast)


def sepia(im: Image.Image) -> Image.Image:
    g = ImageEnhance.Contrast(im.convert("L")).enhance(1.05)
    return ImageOps.colorize(g, black=(38, 26, 18), white=(246, 232, 204), mid=(150, 118, 84))


def print_border(
    im: Image.Image,
    frac: float = 0.028,
    color: Sequence[float] = (242, 238, 228),
    deckle: bool = False,
    rng: random.Random | None = None,
) -> Image.Image:
    """Shrink the picture inside a thin white print border (same outer size)."""
    w, h = im.size
    b = int(min(w, h) * frac)
    inner = im.resize((w - 2 * b, h - 2 * b), Image.Resampling.LANCZOS)
    mode = im.mode
    out = Image.new(mode, (w, h), int(sum(color) / 3) if mode == "L" else tuple(int(c) for c in color[:3]))
    out.paste(inner, (b, b))
    d = ImageDraw.Draw(out)
    edge = 200 if mode == "L" else (205, 200, 190)
    d.rectangle((b - 1, b - 1, w - b, h - b), outline=edge)
    return out


_FONT_CACHE: dict[int, ImageFont.FreeTypeFont | ImageFont.ImageFont] = {}


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's own bundled font (no system fonts: the output must not depend on the machine)."""
    if size not in _FONT_CACHE:
        _FONT_CACHE[size] = ImageFont.load_default(size=size)
    return _FONT_CACHE[size]


def demo_mark(im: Image.Image, text: str = "DEMO · illustration", corner: str = "br") -> Image.Image:
    """The small, unobtrusive mark that says this is not a photograph."""
    w, h = im.size
    size = max(11, int(min(w, h) * 0.017))
    f = font(size)
    box = f.getbbox(text)
    tw, th = box[2] - box[0], box[3] - box[1]
    pad = int(size * 0.45)
    margin = int(min(w, h) * 0.022)
    x = w - margin - tw - 2 * pad if corner[1] == "r" else margin
    y = h - margin - th - 2 * pad if corner[0] == "b" else margin
    base = im.convert("RGBA")
    lay = Image.new("RGBA", base.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    d.rounded_rectangle((x, y, x + tw + 2 * pad, y + th + 2 * pad), radius=pad, fill=(0, 0, 0, 105))
    d.text((x + pad - box[0], y + pad - box[1]), text, font=f, fill=(255, 255, 255, 215))
    base.alpha_composite(lay)
    return base.convert(im.mode if im.mode in ("RGB", "L") else "RGB")


def apply_all(fns: Iterable[Callable[[Image.Image], Image.Image]], im: Image.Image) -> Image.Image:
    for fn in fns:
        im = fn(im)
    return im
