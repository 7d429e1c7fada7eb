"""Desert and mining scenes: the dunes of an erg at low sun, an oasis with a kasbah, an open-cast
phosphate mine."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from .paint import Canvas, mix, noise1d, palm, person, rgba, ridge, shade, sky, streaks, tile_noise, vgradient
from .world import Camera, Sun


def dunes(cv: Canvas, p: dict) -> None:
    """Dune crests receding into haze: warm lit faces, violet shadows on the lee, a camel caravan."""
    rng = cv.rng
    W, H = cv.W, cv.H
    hz = 0.46
    haze = (244, 206, 160)
    sky(
        cv,
        [(0, (80, 120, 176)), (0.25, (150, 170, 196)), (hz - 0.04, (240, 200, 160)), (hz, haze)],
        bottom=hz + 0.01,
    )
    cv.glow((W * 0.12, H * (hz - 0.1)), W * 0.45, (255, 220, 170), 0.9)
    lit_base, shadow_base = (228, 146, 82), (150, 84, 70)
    layers = 6
    caravan_layer = p.get("caravan_layer", 3)
    for li in range(layers):
        t = li / (layers - 1)
        base = H * (hz + 0.02 + 0.1 * li + 0.06 * t * t)
        amp = H * (0.04 + 0.12 * t)
        n = 200
        prof = noise1d(n, rng, octaves=3, base=2 + li % 2)
        # sharpen into crests: |noise| makes ridges
        ys = [base - amp * max(0.0, 1 - abs(v) / 1.6) ** 1.8 for v in prof]
        pts = [(W * i / (n - 1), ys[i]) for i in range(n)]
        haze_amt = 0.7 * (1 - t) ** 1.4
        lit = mix(lit_base, haze, haze_amt)
        dark = mix(shadow_base, haze, haze_amt * 0.9)
        mask = Image.new("L", (W, H), 0)
        ImageDraw.Draw(mask).polygon([*pts, (W, H), (0, H)], fill=255)
        # the body: bright just under the crest, darker toward its foot (low sun behind the dunes)
        top = min(ys) / H
        body = vgradient(
            (W, H),
            [
                (0, shade(lit, 1.08)),
                (top, shade(lit, 1.05)),
                (min(0.999, (base + amp * 0.2) / H), shade(lit, 0.86)),
                (min(1.0, (base + amp * 1.2) / H), shade(dark, 0.9)),
                (1, shade(dark, 0.9)),
            ],
        )
        cv.img = Image.composite(body, cv.img, mask)
        # a soft shade just under the crests that fall away from the sun (low, on the left)
        lay, d = cv.layer()
        for i in range(n - 1):
            if ys[i + 1] > ys[i]:
                d.polygon(
                    [
                        pts[i],
                        pts[i + 1],
                        (pts[i + 1][0], pts[i + 1][1] + amp * 0.5),
                        (pts[i][0], pts[i][1] + amp * 0.5),
                    ],
                    fill=rgba(dark, 60),
                )
        lay = Image.composite(lay, Image.new("RGBA", (W, H), (0, 0, 0, 0)), mask)
        cv.add(lay, blur=W * 0.006)
        # the crest catches the light
        lay, d = cv.layer()
        d.line(pts, fill=rgba(shade(mix(lit, (255, 236, 200), 0.5), 1.15), 210), width=max(2, int(H * 0.002)))
        cv.add(lay, blur=1.2)
        tex = tile_noise((W // 2, H // 4), (80, 6), rng, octaves=3).resize((W, H))
        cv.tint_region(mask, tex, shade(lit, 0.9), shade(lit, 1.06), 0.2 * t)
        if li == caravan_layer:
            lay, d = cv.layer()
            i0 = int(n * 0.35)
            for k in range(p.get("camels", 5)):
                i = i0 + k * 5
                x, y = pts[i]
                _camel(d, x, y, amp * 0.28, (40, 28, 26))
                if k % 2 == 0:
                    person(d, x - amp * 0.15, y, amp * 0.22, (50, 40, 60), head=(40, 30, 30))
            cv.add(lay)
    cv.glow((W * 0.12, H * (hz - 0.1)), W * 0.2, (255, 236, 200), 0.5)


def _camel(d: ImageDraw.ImageDraw, x: float, y: float, h: float, c) -> None:
    col = rgba(c)
    bw = h * 1.1
    d.ellipse((x - bw / 2, y - h * 0.95, x + bw / 2, y - h * 0.5), fill=col)  # body
    d.ellipse((x - bw * 0.15, y - h * 1.15, x + bw * 0.2, y - h * 0.75), fill=col)  # hump
    for lx in (-0.35, -0.2, 0.2, 0.35):
        d.line((x + bw * lx, y - h * 0.6, x + bw * lx, y), fill=col, width=max(1, int(h * 0.07)))
    d.line(
        (x + bw * 0.45, y - h * 0.8, x + bw * 0.7, y - h * 1.15), fill=col, width=max(1, int(h * 0.12))
    )  # neck
    d.ellipse((x + bw * 0.62, y - h * 1.25, x + bw * 0.85, y - h * 1.08), fill=col)  # head


def oasis(cv: Canvas, p: dict) -> None:
    """A palm grove before an earthen kasbah with towers, snowy peaks of the High Atlas behind."""
    rng = cv.rng
    W, H = cv.W, cv.H
    hz = 0.5
    haze = (226, 216, 200)
    sky(cv, [(0, (60, 110, 180)), (0.3, (140, 176, 214)), (hz, haze)], bottom=hz + 0.01)
    streaks(cv, 0.1, 0.3, 4, (250, 250, 250), 70)
    peaks = ridge(cv, hz - 0.04, 0.14, (120, 110, 120), haze=0.45, haze_color=haze, rough=5, blur=1.0)
    if p.get("snow", True):
        lay, d = cv.layer()
        n = len(peaks)
        for i in range(n - 1):
            if peaks[i] < H * (hz - 0.12):
                x0, x1 = W * i / (n - 1), W * (i + 1) / (n - 1)
                d.polygon(
                    [
                        (x0, peaks[i]),
                        (x1, peaks[i + 1]),
                        (x1, H * (hz - 0.12) + (peaks[i + 1] - H * (hz - 0.16)) * 0.3),
                        (x0, H * (hz - 0.12) + (peaks[i] - H * (hz - 0.16)) * 0.3),
                    ],
                    fill=(246, 246, 250, 220),
                )
        cv.add(lay, blur=2, haze=0.35, haze_color=haze)
    ridge(cv, hz + 0.02, 0.06, (176, 130, 96), haze=0.3, haze_color=haze, rough=5, texture=0.4)
    # the kasbah: stepped earthen blocks and tapering towers with crenellations
    lay, d = cv.layer()
    earth = (190, 120, 80)
    base = H * (hz + 0.14)
    x = W * 0.3
    blocks = []
    while x < W * 0.85:
        bw = W * rng.uniform(0.04, 0.08)
        bh = H * rng.uniform(0.08, 0.18)
        blocks.append((x, bw, bh))
        x += bw * rng.uniform(0.7, 0.95)
    for x, bw, bh in blocks:
        c = mix(earth, (210, 150, 100), rng.random())
        d.rectangle((x, base - bh, x + bw, base + H * 0.05), fill=rgba(c))
        d.rectangle((x + bw * 0.75, base - bh, x + bw, base + H * 0.05), fill=rgba(shade(c, 0.72)))
        for _ in range(rng.randint(1, 3)):
            wx = x + bw * rng.uniform(0.15, 0.6)
            wy = base - bh * rng.uniform(0.3, 0.8)
            d.rectangle((wx, wy, wx + bw * 0.08, wy + bh * 0.1), fill=(50, 36, 30, 255))
    for tx in (W * 0.33, W * 0.52, W * 0.68, W * 0.83):
        tw, th = W * 0.045, H * rng.uniform(0.22, 0.28)
        c = mix(earth, (214, 150, 100), 0.3)
        d.polygon(
            [
                (tx - tw / 2, base + H * 0.05),
                (tx + tw / 2, base + H * 0.05),
                (tx + tw * 0.4, base - th),
                (tx - tw * 0.4, base - th),
            ],
            fill=rgba(c),
        )
        d.polygon(
            [
                (tx + tw * 0.15, base + H * 0.05),
                (tx + tw / 2, base + H * 0.05),
                (tx + tw * 0.4, base - th),
                (tx + tw * 0.12, base - th),
            ],
            fill=rgba(shade(c, 0.72)),
        )
        for k in range(4):  # corner merlons
            mx = tx - tw * 0.4 + k * tw * 0.8 / 3
            d.polygon(
                [(mx - tw * 0.06, base - th), (mx + tw * 0.06, base - th), (mx, base - th - tw * 0.22)],
                fill=rgba(c),
            )
        for k in range(3):  # geometric brick decoration
            yy = base - th * (0.75 - 0.08 * k)
            for m in range(4):
                xx = tx - tw * 0.3 + m * tw * 0.18
                d.polygon(
                    [(xx, yy), (xx + tw * 0.06, yy - tw * 0.08), (xx + tw * 0.12, yy)],
                    fill=rgba(shade(c, 0.7)),
                )
    cv.add(lay, haze=0.08, haze_color=haze)
    # the palm grove in front, several depths
    for depth in range(4):
        lay, d = cv.layer()
        y0 = H * (hz + 0.2 + 0.1 * depth)
        size = H * (0.12 + 0.1 * depth)
        for _ in range(14 - depth * 2):
            x = rng.uniform(-0.05, 1.05) * W
            palm(
                d,
                x,
                y0 + rng.uniform(-0.02, 0.04) * H,
                size * rng.uniform(0.8, 1.2),
                rng,
                trunk=(100 - depth * 10, 80 - depth * 8, 56),
                leaf=mix((40, 80, 40), (80, 110, 50), rng.random()),
            )
        # undergrowth: small gardens
        for _ in range(40):
            x = rng.uniform(0, W)
            r = size * rng.uniform(0.05, 0.12)
            d.ellipse(
                (x - r * 2, y0 - r, x + r * 2, y0 + r * 0.6),
                fill=rgba(mix((60, 100, 40), (120, 130, 60), rng.random())),
            )
        cv.add(lay, haze=max(0.0, 0.25 - depth * 0.08), haze_color=haze)
    lay, d = cv.layer()
    d.rectangle((0, H * 0.93, W, H), fill=(150, 110, 76, 255))
    cv.add(lay, blur=4)


def phosphate_mine(cv: Canvas, p: dict) -> None:
    """An open-cast phosphate mine seen from its rim: terraced benches curving round the pit, a haul
    road, a dragline at work, trucks, dust in the air."""
    rng = cv.rng
    W, H = cv.W, cv.H
    hz = 0.28
    haze = (226, 216, 196)
    sky(cv, [(0, (96, 136, 184)), (0.18, (170, 186, 200)), (hz, haze)], bottom=hz + 0.01)
    streaks(cv, 0.08, 0.25, 4, (246, 246, 246), 70)
    sun = Sun(azimuth=-125, elevation=38, ambient=0.5, diffuse=0.65)
    cam = Camera(cv, horizon=hz, height=70, fov_w=1.05, yaw=-8, sun=sun, fog_color=haze, visibility=5200)
    ridge(cv, hz + 0.002, 0.018, (190, 172, 140), haze=0.55, haze_color=haze, rough=4)
    gm = cam.ground_mask([(-4000, 1), (4000, 1), (4000, 5000), (-4000, 5000)])
    cam.paint_ground(
        gm, tile_noise((512, 512), (50, 50), rng, octaves=4), 0.8, (176, 154, 118), (214, 198, 162)
    )
    # the pit: an ellipse of benches stepping down toward us from the far wall; we stand on the near rim
    steps = 7
    depth = 84.0
    cx, cz = 30.0, 500.0
    rx, rz = 700.0, 340.0
    tones = [
        (204, 184, 144),
        (150, 140, 124),
        (214, 198, 160),
        (128, 120, 108),
        (196, 174, 134),
        (164, 150, 126),
        (186, 164, 126),
    ]

    def ring(k: int, shrink: float, h: float, a0: float, a1: float, n: int = 90):
        f = 1 - 0.11 * k - shrink
        return [
            (cx + rx * f * math.cos(a), h, cz + rz * f * math.sin(a))
            for a in (a0 + (a1 - a0) * i / (n - 1) for i in range(n))
        ]

    lay, d = cv.layer()
    a0, a1 = math.radians(-4), math.radians(184)  # the far half of the pit; the near rim hides the rest
    for k in range(steps):
        h_top = -depth * k / steps
        h_bot = -depth * (k + 1) / steps
        c = tones[k % len(tones)]
        top_edge = ring(k, 0.0, h_top, a0, a1)
        foot = ring(k, 0.035, h_bot, a0, a1)
        next_edge = ring(k + 1, 0.0, h_bot, a0, a1)
        # each stretch of the face is lit by how it turns to the sun (faces look toward the centre)
        for i in range(len(top_edge) - 1):
            a = a0 + (a1 - a0) * (i + 0.5) / (len(top_edge) - 1)
            nx, nz = -math.cos(a) / rx, -math.sin(a) / rz
            nn = math.hypot(nx, nz)
            k_face = cam.sun.light((nx / nn * 0.9, 0.43, nz / nn * 0.9))
            cam.face(
                d, [top_edge[i], top_edge[i + 1], foot[i + 1], foot[i]], shade(c, k_face * 0.95), cull=False
            )
        cam.face(d, foot + next_edge[::-1], shade(c, 1.06), cull=False)
        # streaks of erosion down each face
        for i in range(0, len(top_edge) - 1, 2):
            a, b = top_edge[i], foot[i]
            cam.line(d, a, b, 1.2, shade(c, 0.68 + 0.1 * ((i * 7) % 3)))
    floor = ring(steps, 0.0, -depth, 0, 2 * math.pi, 120)
    cam.face(d, floor, (150, 136, 110), cull=False)
    # the near half: its faces turn away from us, its benches stepping up toward us stay visible
    n0, n1 = math.radians(180), math.radians(360)
    for k in reversed(range(steps)):
        h_bot = -depth * (k + 1) / steps
        h_top = -depth * k / steps
        c = tones[k % len(tones)]
        cam.face(
            d,
            ring(k, 0.035, h_bot, n0, n1) + ring(k + 1, 0.0, h_bot, n0, n1)[::-1],
            shade(c, 1.0),
            cull=False,
        )
        cam.face(
            d, ring(k, 0.0, h_top, n0, n1) + ring(k, 0.035, h_bot, n0, n1)[::-1], shade(c, 0.9), cull=False
        )
    cv.add(lay)
    tex = tile_noise((W // 2, H // 2), (30, 12), rng, octaves=4).resize((W, H))
    pit = Image.new("L", (W, H), 0)
    ImageDraw.Draw(pit).polygon([cam.p3(pt) for pt in ring(0, 0.0, 0, 0, 2 * math.pi, 160)], fill=255)
    cv.tint_region(pit, tex, (140, 124, 98), (214, 198, 166), 0.4)
    # the dragline on a bench, its boom over the pit; haul trucks on the benches
    lay, d = cv.layer()
    k = 2
    f = 1 - 0.11 * k - 0.06
    bx, bz, bh = (
        cx + rx * f * math.cos(math.radians(110)),
        cz + rz * f * math.sin(math.radians(110)),
        -depth * (k + 1) / steps,
    )
    cam.box(d, bx - 14, bx + 14, bz, bz + 22, bh, bh + 14, (222, 182, 64))
    cam.box(d, bx - 7, bx + 7, bz + 5, bz + 16, bh + 14, bh + 21, (204, 164, 54))
    tip = (bx + 70, bh + 62, bz - 70)
    cam.line(d, (bx, bh + 14, bz + 4), tip, 1.6, (80, 80, 84))
    cam.line(d, (bx - 4, bh + 21, bz + 10), (bx + 8, bh + 52, bz + 4), 1.0, (80, 80, 84))
    cam.line(d, (bx + 8, bh + 52, bz + 4), tip, 0.35, (50, 50, 50))
    cam.line(d, tip, (tip[0] - 3, bh + 16, tip[2] + 2), 0.3, (50, 50, 50))
    cam.box(d, tip[0] - 8, tip[0] + 2, tip[2] - 4, tip[2] + 6, bh + 10, bh + 16, (70, 70, 72))
    for i, kk in enumerate((1, 3, 4, 5)):
        a = math.radians(rng.uniform(20, 160))
        f = 1 - 0.11 * kk - 0.07
        x, z = cx + rx * f * math.cos(a), cz + rz * f * math.sin(a)
        h = -depth * (kk + 1) / steps
        cam.box(d, x, x + 11, z, z + 6, h + 1, h + 5, (236, 196, 60))
        cam.box(d, x + 11, x + 14, z, z + 6, h + 1, h + 5.5, (206, 206, 200))
        _ = i
    cv.add(lay)
    lay, d = cv.layer()
    for _ in range(4):
        x, y = rng.uniform(0.2, 0.85) * W, rng.uniform(0.38, 0.62) * H
        r = W * rng.uniform(0.05, 0.13)
        d.ellipse((x - r, y - r * 0.35, x + r, y + r * 0.35), fill=(236, 224, 200, 80))
    cv.add(lay, blur=W * 0.02)
    # the near rim: the ground between us and the pit hides its near walls
    near = [cam.p3(pt) for pt in ring(0, 0.0, 0, math.radians(180), math.radians(360), 90)]
    lay, d = cv.layer()
    d.polygon([(0, near[0][1]), *near, (W, near[-1][1]), (W, H), (0, H)], fill=(182, 160, 124, 255))
    cv.add(lay)
    rim = Image.new("L", (W, H), 0)
    ImageDraw.Draw(rim).polygon([(0, near[0][1]), *near, (W, near[-1][1]), (W, H), (0, H)], fill=255)
    cam.paint_ground(
        rim, tile_noise((512, 512), (50, 50), rng, octaves=4), 0.8, (170, 148, 112), (212, 194, 158)
    )
    lay, d = cv.layer()
    d.line(near, fill=(120, 104, 80, 200), width=3)
    cv.add(lay, blur=1)
    _ = (person, palm, mix, ridge)
