"""A tiny 3-D painter: a pinhole camera over flat ground, lit boxes, cylinders and soft shadows.

Enough to give the generated scenes real perspective (things shrink toward the horizon), two-point
views (camera yaw), faces shaded by the sun's direction and shadows cast on the ground.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PIL import Image, ImageDraw

from .paint import RGB, Canvas, mix, rgba, shade

P3 = tuple[float, float, float]  # (x right, h up, z forward), metres


@dataclass
class Sun:
    """Direction *toward* the sun (azimuth: 0 = straight ahead, + = to the right; elevation above ground)."""

    azimuth: float = -40.0
    elevation: float = 35.0
    ambient: float = 0.55
    diffuse: float = 0.6

    @property
    def vec(self) -> P3:
        a, e = math.radians(self.azimuth), math.radians(self.elevation)
        return (math.sin(a) * math.cos(e), math.sin(e), math.cos(a) * math.cos(e))

    def light(self, normal: P3) -> float:
        lx, ly, lz = self.vec
        d = normal[0] * lx + normal[1] * ly + normal[2] * lz
        return self.ambient + self.diffuse * max(0.0, d)

    def ground_offset(self, h: float) -> tuple[float, float]:
        """Where the shadow of a point h metres up falls, relative to its foot (x, z)."""
        lx, ly, lz = self.vec
        ly = max(0.05, ly)
        return (-lx / ly * h, -lz / ly * h)


@dataclass
class Camera:
    cv: Canvas
    horizon: float = 0.5  # fraction of the canvas height
    height: float = 1.6  # metres
    fov_w: float = 1.0  # canvas width / focal length
    cx: float = 0.5
    yaw: float = 0.0  # degrees, + turns the view to the right
    x0: float = 0.0  # camera position
    z0: float = 0.0
    sun: Sun = field(default_factory=Sun)
    fog_color: tuple[int, int, int] = (210, 215, 220)
    visibility: float = 0.0  # metres; 0 = no fog

    def __post_init__(self) -> None:
        self.hy = self.horizon * self.cv.H
        self.px0 = self.cx * self.cv.W
        self.f = max(self.cv.W, self.cv.H) / self.fov_w  # portrait = the same lens turned upright
        self._c = math.cos(math.radians(self.yaw))
        self._s = math.sin(math.radians(self.yaw))

    def cam(self, x: float, z: float) -> tuple[float, float]:
        x, z = x - self.x0, z - self.z0
        return (x * self._c - z * self._s, x * self._s + z * self._c)

    def depth(self, x: float, z: float) -> float:
        return self.cam(x, z)[1]

    def pt(self, x: float, z: float, h: float = 0.0) -> tuple[float, float]:
        xc, zc = self.cam(x, z)
        zc = max(0.3, zc)
        return (self.px0 + self.f * xc / zc, self.hy + self.f * (self.height - h) / zc)

    def fog(self, color: Sequence[float], depth: float) -> tuple[int, int, int]:
        """Aerial perspective: colours fade toward the haze with distance."""
        if self.visibility <= 0:
            return (int(color[0]), int(color[1]), int(color[2]))
        return mix(color, self.fog_color, 1.0 - math.exp(-max(0.0, depth) / self.visibility))

    def fog_at(self, color: Sequence[float], x: float, z: float) -> tuple[int, int, int]:
        return self.fog(color, self.depth(x, z))

    def project_clipped(self, pts3: Sequence[P3], near: float = 1.0) -> list[tuple[float, float]]:
        """Project a 3-D polygon, clipped against the near plane (nothing behind the camera)."""
        cam_pts = []
        for x, h, z in pts3:
            xc, zc = self.cam(x, z)
            cam_pts.append((xc, h, zc))
        if all(p[2] >= near for p in cam_pts):
            clipped = cam_pts
        else:
            clipped = []
            n = len(cam_pts)
            for i in range(n):
                a, b = cam_pts[i], cam_pts[(i + 1) % n]
                ina, inb = a[2] >= near, b[2] >= near
                if ina:
                    clipped.append(a)
                if ina != inb:
                    t = (near - a[2]) / (b[2] - a[2])
                    clipped.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, near))
        return [
            (self.px0 + self.f * xc / zc, self.hy + self.f * (self.height - h) / zc) for xc, h, zc in clipped
        ]

    def p3(self, p: P3) -> tuple[float, float]:
        return self.pt(p[0], p[2], p[1])

    def scale(self, x: float, z: float) -> float:
        """Pixels per metre at that place."""
        return self.f / max(0.3, self.depth(x, z))

    def ground_z(self, sy: float) -> float:
        return self.f * self.height / max(1e-3, sy - self.hy)

    # --- shapes ---------------------------------------------------------------------------

    def face(
        self,
        d: ImageDraw.ImageDraw,
        pts3: Sequence[P3],
        color: Sequence[float],
        alpha: int = 255,
        cull: bool = True,
        outline: Sequence[float] | None = None,
    ) -> bool:
        """A planar polygon given counter-clockwise as seen from outside; back faces are skipped."""
        pts = self.project_clipped(pts3)
        if len(pts) < 3:
            return False
        if cull and _area(pts) >= 0:
            return False
        cx = sum(p[0] for p in pts3) / len(pts3)
        cz = sum(p[2] for p in pts3) / len(pts3)
        c = self.fog_at(color, cx, cz)
        d.polygon(
            pts, fill=rgba(c, alpha), outline=rgba(self.fog_at(outline, cx, cz), alpha) if outline else None
        )
        return True

    def grid(
        self,
        d: ImageDraw.ImageDraw,
        pts3: Sequence[P3],
        nu: int,
        nv: int,
        color_fn,
        gap: float = 0.06,
        alpha: int = 255,
    ) -> None:
        """Subdivide a quad face (a, b, c, d counter-clockwise) into nu x nv cells, each its own colour
        (``color_fn(i, j)`` → colour or None), with a thin seam between cells."""
        a, b, c, e = pts3

        def at(u: float, v: float) -> P3:
            p0 = [a[k] + (b[k] - a[k]) * u for k in range(3)]
            p1 = [e[k] + (c[k] - e[k]) * u for k in range(3)]
            return (p0[0] + (p1[0] - p0[0]) * v, p0[1] + (p1[1] - p0[1]) * v, p0[2] + (p1[2] - p0[2]) * v)

        for j in range(nv):
            i = 0
            while i < nu:
                # merge cells that would be smaller than a few pixels (far away): one face, no seams
                step = 1
                pa = self.project_clipped([at(i / nu, j / nv), at(min(nu, i + 8) / nu, j / nv)])
                if len(pa) == 2:
                    px_per_cell = math.hypot(pa[1][0] - pa[0][0], pa[1][1] - pa[0][1]) / min(8, nu - i)
                    if px_per_cell < 5:
                        step = min(nu - i, 8)
                col = color_fn(i, j)
                if col is None:
                    i += step
                    continue
                g = gap if step == 1 else gap * 0.3
                u0, u1 = (i + g / 2) / nu, (i + step - g / 2) / nu
                v0, v1 = (j + gap / 2) / nv, (j + 1 - gap / 2) / nv
                self.face(d, [at(u0, v0), at(u1, v0), at(u1, v1), at(u0, v1)], col, alpha, cull=False)
                i += step

    def box(
        self,
        d: ImageDraw.ImageDraw,
        x0: float,
        x1: float,
        z0: float,
        z1: float,
        h0: float,
        h1: float,
        color: Sequence[float],
        alpha: int = 255,
        top: Sequence[float] | None = None,
        detail=None,
    ) -> None:
        """A lit box; ``detail(face_name, pts3)`` may draw on each visible face (windows, ribs)."""
        faces = {
            "front": ([(x0, h0, z0), (x1, h0, z0), (x1, h1, z0), (x0, h1, z0)], (0, 0, -1)),
            "back": ([(x1, h0, z1), (x0, h0, z1), (x0, h1, z1), (x1, h1, z1)], (0, 0, 1)),
            "left": ([(x0, h0, z1), (x0, h0, z0), (x0, h1, z0), (x0, h1, z1)], (-1, 0, 0)),
            "right": ([(x1, h0, z0), (x1, h0, z1), (x1, h1, z1), (x1, h1, z0)], (1, 0, 0)),
            "top": ([(x0, h1, z0), (x1, h1, z0), (x1, h1, z1), (x0, h1, z1)], (0, 1, 0)),
        }
        for name, (pts, n) in faces.items():
            c = top if (name == "top" and top is not None) else color
            k = self.sun.light(n)
            if self.face(d, pts, shade(c, k), alpha) and detail is not None:
                detail(name, pts, k)

    def visible(self, pts3: Sequence[P3]) -> bool:
        return _area([self.p3(p) for p in pts3]) < 0

    def box_faces(
        self, x0: float, x1: float, z0: float, z1: float, h0: float, h1: float
    ) -> dict[str, tuple[list[P3], P3]]:
        return {
            "front": ([(x0, h0, z0), (x1, h0, z0), (x1, h1, z0), (x0, h1, z0)], (0, 0, -1)),
            "back": ([(x1, h0, z1), (x0, h0, z1), (x0, h1, z1), (x1, h1, z1)], (0, 0, 1)),
            "left": ([(x0, h0, z1), (x0, h0, z0), (x0, h1, z0), (x0, h1, z1)], (-1, 0, 0)),
            "right": ([(x1, h0, z0), (x1, h0, z1), (x1, h1, z1), (x1, h1, z0)], (1, 0, 0)),
            "top": ([(x0, h1, z0), (x1, h1, z0), (x1, h1, z1), (x0, h1, z1)], (0, 1, 0)),
        }

    def box_shadow(
        self,
        mask_draw: ImageDraw.ImageDraw,
        x0: float,
        x1: float,
        z0: float,
        z1: float,
        h1: float,
        h0: float = 0.0,
    ) -> None:
        """The box's shadow on the ground, drawn into an L mask."""
        ox, oz = self.sun.ground_offset(h1)
        bx, bz = self.sun.ground_offset(h0)
        corners = [(x0, z0), (x1, z0), (x1, z1), (x0, z1)]
        pts = [(x + bx, z + bz) for x, z in corners] + [(x + ox, z + oz) for x, z in corners]
        hull = _hull(pts)
        mask_draw.polygon([self.pt(x, z) for x, z in hull], fill=255)

    def pole_shadow(self, mask_draw: ImageDraw.ImageDraw, x: float, z: float, h: float, width: float) -> None:
        ox, oz = self.sun.ground_offset(h)
        a, b = self.pt(x, z), self.pt(x + ox, z + oz)
        mask_draw.line([a, b], fill=255, width=max(1, int(width * self.scale(x, z))))

    def cylinder(
        self,
        d: ImageDraw.ImageDraw,
        x: float,
        z: float,
        h0: float,
        h1: float,
        r0: float,
        r1: float,
        color: Sequence[float],
        alpha: int = 255,
        strips: int = 10,
    ) -> None:
        """An upright (tapered) cylinder, shaded across its width by the sun."""
        sun_side = 1 if self.sun.vec[0] * self._c - self.sun.vec[2] * self._s > 0 else -1
        bx, by = self.pt(x, z, h0)
        tx, ty = self.pt(x, z, h1)
        s = self.scale(x, z)
        wb, wt = r0 * s, r1 * s
        for i in range(strips):
            a0, a1 = -1 + 2 * i / strips, -1 + 2 * (i + 1) / strips
            mid = (a0 + a1) / 2
            k = self.sun.ambient + self.sun.diffuse * max(0.0, 0.15 + 0.85 * mid * sun_side)
            c = self.fog_at(shade(color, k), x, z)
            d.polygon(
                [(bx + a0 * wb, by), (bx + a1 * wb, by), (tx + a1 * wt, ty), (tx + a0 * wt, ty)],
                fill=rgba(c, alpha),
            )

    def line(
        self,
        d: ImageDraw.ImageDraw,
        a: P3,
        b: P3,
        width_m: float,
        color: Sequence[float],
        alpha: int = 255,
        min_px: float = 1.0,
    ) -> None:
        if self.depth(a[0], a[2]) < 1.0 or self.depth(b[0], b[2]) < 1.0:
            return
        pa, pb = self.p3(a), self.p3(b)
        mx, mz = (a[0] + b[0]) / 2, (a[2] + b[2]) / 2
        s = self.scale(mx, mz)
        d.line(
            [pa, pb],
            fill=rgba(self.fog_at(color, mx, mz), alpha),
            width=max(int(min_px), round(width_m * s)),
        )

    def beam(
        self, d: ImageDraw.ImageDraw, a: P3, b: P3, w: float, color: Sequence[float], alpha: int = 255
    ) -> None:
        """A square beam from a to b (quad drawn with width from each end's scale)."""
        if self.depth(a[0], a[2]) < 1.0 or self.depth(b[0], b[2]) < 1.0:
            return
        pa, pb = self.p3(a), self.p3(b)
        sa, sb = self.scale(a[0], a[2]) * w / 2, self.scale(b[0], b[2]) * w / 2
        dx, dy = pb[0] - pa[0], pb[1] - pa[1]
        n = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / n, dx / n
        c = self.fog_at(color, (a[0] + b[0]) / 2, (a[2] + b[2]) / 2)
        d.polygon(
            [
                (pa[0] + nx * sa, pa[1] + ny * sa),
                (pb[0] + nx * sb, pb[1] + ny * sb),
                (pb[0] - nx * sb, pb[1] - ny * sb),
                (pa[0] - nx * sa, pa[1] - ny * sa),
            ],
            fill=rgba(c, alpha),
        )

    def ground_poly(
        self,
        d: ImageDraw.ImageDraw,
        pts: Iterable[tuple[float, float]],
        color: Sequence[float],
        alpha: int = 255,
        h: float = 0.0,
        fog: bool = False,
    ) -> None:
        pts = list(pts)
        if fog:
            color = self.fog_at(color, sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
        poly = self.project_clipped([(x, h, z) for x, z in pts])
        if len(poly) >= 3:
            d.polygon(poly, fill=rgba(color, alpha))

    def ground_mask(self, pts: Iterable[tuple[float, float]], h: float = 0.0) -> Image.Image:
        m = Image.new("L", (self.cv.W, self.cv.H), 0)
        poly = self.project_clipped([(x, h, z) for x, z in pts])
        if len(poly) >= 3:
            ImageDraw.Draw(m).polygon(poly, fill=255)
        return m

    def fog_mask(self, strength: float = 1.0) -> Image.Image:
        """L image: how much haze each row of the ground gets (255 at and above the horizon)."""
        H = self.cv.H
        col = Image.new("L", (1, H))
        vals = []
        for y in range(H):
            if y <= self.hy + 0.5 or self.visibility <= 0:
                vals.append(255 if self.visibility > 0 else 0)
                continue
            zc = self.f * self.height / (y - self.hy)
            vals.append(int(255 * strength * (1.0 - math.exp(-zc / self.visibility))))
        col.putdata(vals)
        return col.resize((self.cv.W, H), Image.Resampling.NEAREST)

    def paint_ground(
        self,
        mask: Image.Image,
        tex: Image.Image,
        texels_per_m: float,
        dark: Sequence[float],
        light: Sequence[float],
        aspect: float = 1.0,
        amount: float = 1.0,
    ) -> None:
        """Fill ``mask`` with a perspective texture coloured dark→light, hazed with distance."""
        from PIL import ImageOps

        t = self.ground_texture(tex, texels_per_m, aspect=aspect)
        col = ImageOps.colorize(t, tuple(int(c) for c in dark[:3]), tuple(int(c) for c in light[:3]))
        if self.visibility > 0:
            col = Image.composite(Image.new("RGB", col.size, self.fog_color), col, self.fog_mask())
        m = mask if amount >= 1 else mask.point(lambda v: int(v * amount))
        self.cv.img = Image.composite(col, self.cv.img, m)

    def ground_texture(
        self,
        tex: Image.Image,
        texels_per_m: float,
        y0: float | None = None,
        y1: float | None = None,
        aspect: float = 1.0,
    ) -> Image.Image:
        """An L image of the canvas size: ``tex`` (tileable) laid on the ground in perspective below
        the horizon (rows from y0 to y1). ``aspect`` > 1 stretches features across the view (waves)."""
        W, H = self.cv.W, self.cv.H
        out = Image.new("L", (W, H), 128)
        tw, th = tex.size
        wide = Image.new("L", (tw * 3, th))
        for k in range(3):
            wide.paste(tex, (k * tw, 0))
        start = int(max(self.hy + 1, y0 if y0 is not None else 0))
        stop = int(min(H, y1 if y1 is not None else H))
        ku = texels_per_m / aspect
        for y in range(start, stop):
            zc = self.f * self.height / (y - self.hy)
            u0 = (-self.px0) * zc / self.f * ku
            span = W * zc / self.f * ku
            v = int(zc * texels_per_m) % th
            span = min(span, tw * 2 - 1)
            u0 = u0 % tw
            row = wide.crop((int(u0), v, int(u0 + max(1, span)), v + 1))
            out.paste(
                row.resize((W, 1), Image.Resampling.BOX if span > W else Image.Resampling.BILINEAR), (0, y)
            )
        return out

    def ribbon(
        self, path: Sequence[tuple[float, float]], width: float, h: float = 0.0, offset: float = 0.0
    ) -> list[tuple[float, float]]:
        """Screen polygon of a ground ribbon (road, canal) along a world path of (x, z)."""
        left, right = [], []
        for i, (x, z) in enumerate(path):
            a = path[max(0, i - 1)]
            b = path[min(len(path) - 1, i + 1)]
            dx, dz = b[0] - a[0], b[1] - a[1]
            n = math.hypot(dx, dz) or 1.0
            nx, nz = -dz / n, dx / n
            lw, rw = offset + width / 2, offset - width / 2
            left.append(self.pt(x + nx * lw, z + nz * lw, h))
            right.append(self.pt(x + nx * rw, z + nz * rw, h))
        return left + right[::-1]

    def shadow_layer(self) -> tuple[Image.Image, ImageDraw.ImageDraw]:
        m = Image.new("L", (self.cv.W, self.cv.H), 0)
        return m, ImageDraw.Draw(m)


def _area(pts: Sequence[tuple[float, float]]) -> float:
    a = 0.0
    for i in range(len(pts)):
        x0, y0 = pts[i]
        x1, y1 = pts[(i + 1) % len(pts)]
        a += x0 * y1 - x1 * y0
    return a / 2


def _hull(pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    pts = sorted(set(pts))
    if len(pts) <= 2:
        return pts

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def by_depth(cam: Camera, items: Iterable, key=lambda it: (it[0], it[1])) -> list:
    """Sort items far → near for the painter's algorithm (key gives an (x, z) to measure)."""
    return sorted(items, key=lambda it: -cam.depth(*key(it)))


_ = RGB  # re-exported type for scene modules


def sea(
    cam: Camera,
    far: Sequence[float],
    near: Sequence[float],
    amp: float = 0.45,
    texels_per_m: float = 10.0,
    glitter: tuple[float, Sequence[float]] | None = None,
    mask: Image.Image | None = None,
    calm: float = 1.0,
) -> None:
    """Open water below the horizon in perspective: colour gradient, waves that shrink with distance,
    haze toward the horizon, and optionally a sun glitter path at screen x fraction glitter[0]."""
    from PIL import ImageChops, ImageOps

    from .paint import radial, tile_noise, vgradient

    cv = cam.cv
    W, H = cv.W, cv.H
    hy = int(cam.hy)
    base = Image.new("RGB", (W, H), tuple(int(c) for c in far[:3]))
    base.paste(vgradient((W, H - hy), [(0, far), (0.35, mix(far, near, 0.6)), (1, near)]), (0, hy))
    tex = tile_noise((1024, 512), (40 * calm, 8), cv.rng, octaves=3, gain=0.55)
    t = cam.ground_texture(tex, texels_per_m, aspect=1.0)
    t = t.point(lambda v: int(128 + (v - 128) * amp))
    waved = ImageChops.overlay(base, Image.merge("RGB", (t, t, t)))
    if glitter is not None:
        gx, gc = glitter
        hi = cam.ground_texture(tex, texels_per_m, aspect=1.0).point(lambda v: 255 if v > 175 else 0)
        col = radial((W, H), (gx * W, hy + H * 0.06), W * 0.45, 1.2)
        m = ImageChops.multiply(hi, col)
        waved = Image.composite(Image.new("RGB", (W, H), tuple(int(c) for c in gc[:3])), waved, m)
    if cam.visibility > 0:
        waved = Image.composite(Image.new("RGB", (W, H), cam.fog_color), waved, cam.fog_mask(0.9))
    full = Image.new("L", (W, H), 0)
    full.paste(255, (0, hy, W, H))
    if mask is not None:
        full = ImageChops.multiply(full, mask)
    cv.img = Image.composite(waved, cv.img, full)
    _ = ImageOps
