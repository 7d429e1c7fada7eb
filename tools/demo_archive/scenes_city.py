"""City scenes: a medina skyline at dusk, a covered souk, an avenue with a tram, a seaside mosque."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from .paint import Canvas, car, clouds, mix, palm, person, rgba, ridge, shade, sky, streaks, tile_noise
from .world import Camera, Sun, sea


def _minaret(
    d: ImageDraw.ImageDraw,
    x: float,
    base: float,
    w: float,
    h: float,
    wall,
    lit_side,
    tile=(46, 120, 90),
    light: bool = False,
    alpha: int = 255,
) -> None:
    """A Maghrebi minaret: a square shaft, a band of green tiles, merlons, a lantern and a finial."""
    top = base - h
    d.rectangle((x - w / 2, top, x + w / 2, base), fill=rgba(wall, alpha))
    d.rectangle(
        (x - w / 2, top, x - w / 2 + w * 0.35, base), fill=rgba(lit_side, alpha)
    )  # the lit face, in perspective
    # blind arches (darker panels) and the tile band
    for k in range(3):
        py = top + h * (0.12 + 0.22 * k)
        d.rounded_rectangle(
            (x - w * 0.25, py, x + w * 0.25, py + h * 0.12),
            radius=w * 0.12,
            fill=rgba(shade(wall, 0.72), alpha),
        )
    d.rectangle((x - w / 2, top + h * 0.02, x + w / 2, top + h * 0.08), fill=rgba(tile, alpha))
    m = w / 7
    for k in range(4):  # merlons
        mx = x - w / 2 + k * 2 * m
        d.polygon(
            [
                (mx, top),
                (mx + m, top),
                (mx + m, top - m * 0.9),
                (mx + m / 2, top - m * 1.4),
                (mx, top - m * 0.9),
            ],
            fill=rgba(wall, alpha),
        )
    lw, lh = w * 0.42, h * 0.2
    d.rectangle((x - lw / 2, top - lh, x + lw / 2, top), fill=rgba(wall, alpha))
    d.rectangle((x - lw / 2, top - lh, x - lw / 2 + lw * 0.35, top), fill=rgba(lit_side, alpha))
    d.rectangle(
        (x - lw * 0.18, top - lh * 0.75, x + lw * 0.18, top - lh * 0.25), fill=rgba(shade(wall, 0.6), alpha)
    )
    d.polygon(
        [(x - lw / 2, top - lh), (x, top - lh - lw * 0.45), (x + lw / 2, top - lh)], fill=rgba(tile, alpha)
    )
    d.line(
        (x, top - lh - lw * 0.4, x, top - lh - lw * 1.4),
        fill=rgba((200, 170, 90), alpha),
        width=max(1, int(w * 0.04)),
    )
    for k, r in enumerate((0.12, 0.09, 0.06)):
        cy = top - lh - lw * (0.6 + 0.28 * k)
        d.ellipse((x - w * r, cy - w * r, x + w * r, cy + w * r), fill=rgba((214, 180, 96), alpha))
    if light:
        d.ellipse(
            (x - w * 0.1, top - lh - lw * 1.55, x + w * 0.1, top - lh - lw * 1.35),
            fill=(120, 255, 150, alpha),
        )


def medina_dusk(cv: Canvas, p: dict) -> None:
    """A hillside medina at dusk: terraces of flat-roofed houses, minarets against an orange sky."""
    rng = cv.rng
    hz = 0.42
    haze = (236, 168, 120)
    sky(
        cv,
        [
            (0, (34, 44, 92)),
            (0.16, (92, 82, 130)),
            (0.3, (196, 126, 120)),
            (hz - 0.03, (246, 170, 104)),
            (hz, haze),
        ],
        bottom=hz + 0.02,
    )
    streaks(cv, 0.12, 0.3, 8, (236, 140, 120), 110)
    cv.glow((cv.W * 0.22, cv.H * hz), cv.W * 0.5, (255, 196, 120), 0.9)
    ridge(cv, hz + 0.02, 0.1, (120, 92, 110), haze=0.45, haze_color=haze, rough=5, blur=1.2)
    dishes = p.get("dishes", True)
    wall_base = (214, 192, 160)
    layers = 6
    minaret_layers = p.get("minarets", {1: [0.33], 2: [0.12, 0.7], 3: [0.9], 4: [0.46]})
    for li in range(layers):
        t = li / (layers - 1)
        base = cv.H * (hz + 0.04 + 0.11 * li + 0.05 * t * t)
        scale = cv.H * (0.03 + 0.075 * t * t + 0.02 * t)
        haze_amt = 0.62 * (1 - t) ** 1.3
        lay, d = cv.layer()
        x = -rng.uniform(0, scale)
        slope = rng.uniform(-0.05, 0.05)
        while x < cv.W:
            bw = scale * rng.uniform(1.4, 3.2)
            bh = scale * rng.uniform(0.45, 0.95)
            yb = base + slope * (x - cv.W / 2) + rng.uniform(-0.1, 0.1) * scale
            c = (
                mix(wall_base, (236, 222, 200), rng.random())
                if rng.random() < 0.7
                else mix(wall_base, (190, 150, 110), rng.random())
            )
            dark = mix(shade(c, 0.55), (70, 60, 110), 0.35)
            lit = mix(c, (255, 170, 110), 0.35)
            bottom = max(cv.H, yb)
            d.rectangle((x, yb - bh, x + bw, bottom), fill=rgba(dark))
            d.rectangle((x, yb - bh, x + bw * rng.uniform(0.2, 0.4), bottom), fill=rgba(lit))
            roof = scale * 0.22
            d.polygon(
                [
                    (x, yb - bh),
                    (x + bw, yb - bh),
                    (x + bw + roof * 0.6, yb - bh - roof),
                    (x + roof * 0.6, yb - bh - roof),
                ],
                fill=rgba(mix(dark, lit, 0.55)),
            )
            d.line(
                [(x, yb - bh), (x + bw, yb - bh)],
                fill=rgba(mix(dark, lit, 0.85)),
                width=max(1, int(scale * 0.03)),
            )
            if rng.random() < 0.3:  # a small room on the roof
                rw = bw * 0.3
                rx = x + bw * rng.uniform(0.3, 0.6)
                d.rectangle((rx, yb - bh - scale * 0.35, rx + rw, yb - bh), fill=rgba(dark))
            for _ in range(rng.randint(0, 4)):
                wx = x + bw * rng.uniform(0.1, 0.8)
                wy = yb - bh * rng.uniform(0.25, 0.85)
                ws = scale * 0.1
                lit_w = rng.random() < 0.35
                d.rectangle(
                    (wx, wy, wx + ws, wy + ws * 1.4),
                    fill=rgba((255, 206, 120) if lit_w else shade(dark, 0.6)),
                )
            if dishes and rng.random() < 0.22 and li > 1:
                dx, dy, r = x + bw * 0.7, yb - bh - scale * 0.14, scale * 0.12
                d.ellipse(
                    (dx - r, dy - r * 1.2, dx + r * 0.5, dy + r * 1.2),
                    fill=rgba(mix((230, 226, 220), lit, 0.3)),
                )
                d.line((dx, dy, dx + r, dy + r * 1.4), fill=rgba(dark), width=max(1, int(r * 0.15)))
            x += bw * rng.uniform(0.85, 1.0)
        for fx in minaret_layers.get(li, []):
            w = scale * 0.8
            _minaret(
                d,
                fx * cv.W,
                base + scale * 0.2,
                w,
                w * 4.2,
                mix(wall_base, (90, 70, 110), 0.45),
                mix(wall_base, (255, 176, 116), 0.45),
                light=li >= 3,
            )
        cv.add(lay, haze=haze_amt, haze_color=mix(haze, (130, 100, 140), 0.45 * t))
        streaks(cv, (base - scale) / cv.H, base / cv.H, 2, mix(haze, (200, 150, 150), 0.5), 60)
    # foreground: a terrace parapet in shadow and a lamp
    lay, d = cv.layer()
    d.rectangle((0, cv.H * 0.93, cv.W, cv.H), fill=(58, 46, 60, 255))
    for k in range(0, 30):
        x = k * cv.W / 29
        d.rectangle((x - cv.W * 0.006, cv.H * 0.915, x + cv.W * 0.006, cv.H * 0.93), fill=(58, 46, 60, 255))
    cv.add(lay)
    cv.glow((cv.W * 0.22, cv.H * (hz - 0.02)), cv.W * 0.2, (255, 220, 160), 0.5)


def souk(cv: Canvas, p: dict) -> None:
    """A covered market street: stalls of rugs, spices and lanterns under a slatted reed roof."""
    rng = cv.rng
    cam = Camera(
        cv,
        horizon=0.48,
        height=1.6,
        fov_w=0.9,
        yaw=p.get("yaw", 4),
        sun=Sun(azimuth=30, elevation=60, ambient=0.65),
        fog_color=(230, 200, 150),
        visibility=160,
    )
    W, H = cv.W, cv.H
    cv.img.paste((250, 226, 180), (0, 0, W, H))
    half = 2.3
    far = 90.0
    # ground: worn paving
    gm = cam.ground_mask([(-half, 1), (half, 1), (half, far), (-half, far)])
    cam.paint_ground(gm, tile_noise((512, 512), (20, 20), rng, octaves=3), 10, (120, 96, 70), (176, 150, 116))
    lay, d = cv.layer()
    # the end of the alley: bright
    cam.face(
        d, [(-half, 0, far), (half, 0, far), (half, 6, far), (-half, 6, far)], (250, 236, 206), cull=False
    )
    goods = [
        (176, 40, 40),
        (200, 110, 40),
        (220, 180, 60),
        (60, 90, 150),
        (120, 60, 120),
        (40, 110, 90),
        (230, 220, 200),
    ]
    for side in (-1, 1):
        x = side * half
        z = 2.0
        while z < far:
            ln = rng.uniform(2.5, 4.5)
            wall = mix((214, 190, 150), (236, 220, 190), rng.random())
            # wall above the shop and pillar
            pts = (
                [(x, 2.6, z), (x, 2.6, z + ln), (x, 6.5, z + ln), (x, 6.5, z)]
                if side < 0
                else [(x, 2.6, z + ln), (x, 2.6, z), (x, 6.5, z), (x, 6.5, z + ln)]
            )
            cam.face(d, pts, shade(wall, 0.9 if side < 0 else 0.8), cull=False)
            # the shop opening: a dark recess with goods
            rec = [(x, 0, z + 0.2), (x, 0, z + ln - 0.2), (x, 2.6, z + ln - 0.2), (x, 2.6, z + 0.2)]
            cam.face(d, rec, (60, 40, 30), cull=False)
            kind = rng.randrange(4)
            if kind == 0:  # hanging rugs
                n = 3
                for k in range(n):
                    z0 = z + 0.3 + k * (ln - 0.6) / n
                    c = goods[rng.randrange(len(goods))]
                    q = [
                        (x - side * 0.05, 0.3, z0),
                        (x - side * 0.05, 0.3, z0 + (ln - 0.6) / n * 0.9),
                        (x - side * 0.05, 2.4, z0 + (ln - 0.6) / n * 0.9),
                        (x - side * 0.05, 2.4, z0),
                    ]
                    cam.grid(d, q, 3, 7, lambda i, j, c=c: shade(c, 0.8 + 0.35 * ((i + j) % 2)), gap=0.12)
            elif kind == 1:  # spice cones on a counter
                cam.box(
                    d,
                    min(x, x - side * 0.8),
                    max(x, x - side * 0.8),
                    z + 0.3,
                    z + ln - 0.3,
                    0,
                    0.8,
                    (130, 96, 60),
                )
                for k in range(6):
                    zz = z + 0.5 + k * (ln - 1.0) / 6
                    c = [(190, 60, 30), (220, 150, 30), (150, 90, 40), (200, 180, 80)][k % 4]
                    a, b = cam.pt(x - side * 0.4, zz, 0.8), cam.pt(x - side * 0.4, zz + 0.35, 0.8)
                    tip = cam.pt(x - side * 0.4, zz + 0.17, 1.25)
                    d.polygon([a, b, tip], fill=rgba(cam.fog_at(c, x, zz)))
            elif kind == 2:  # lanterns hanging
                for k in range(5):
                    zz = z + 0.4 + k * (ln - 0.8) / 5
                    cx, cy = cam.pt(x - side * 0.5, zz, 2.0)
                    s = cam.scale(x, zz) * 0.22
                    d.line(
                        (cx, cy - s * 2.5, cx, cy - s), fill=(40, 30, 20, 255), width=max(1, int(s * 0.08))
                    )
                    d.polygon(
                        [(cx, cy - s), (cx + s * 0.6, cy), (cx, cy + s * 1.2), (cx - s * 0.6, cy)],
                        fill=rgba(cam.fog_at((226, 170, 70), x, zz)),
                    )
                    d.ellipse(
                        (cx - s * 0.25, cy - s * 0.1, cx + s * 0.25, cy + s * 0.5),
                        fill=rgba(cam.fog_at((255, 236, 170), x, zz)),
                    )
            else:  # slippers and leather on shelves
                for lvl in range(4):
                    h = 0.4 + lvl * 0.5
                    for k in range(10):
                        zz = z + 0.3 + k * (ln - 0.6) / 10
                        c = [(230, 200, 60), (200, 60, 50), (240, 230, 210), (120, 70, 40)][
                            (lvl + k // 3) % 4
                        ]
                        cx, cy = cam.pt(x - side * 0.1, zz, h)
                        s = cam.scale(x, zz) * 0.1
                        d.ellipse(
                            (cx - s, cy - s * 0.8, cx + s, cy + s * 0.8), fill=rgba(cam.fog_at(c, x, zz))
                        )
            z += ln
    cv.add(lay)
    # the slatted roof: reeds across the street, letting light through
    lay, d = cv.layer()
    z = 1.0
    while z < far:
        cam.face(
            d,
            [(-half, 3.3, z), (half, 3.3, z), (half, 3.3, z + 0.25), (-half, 3.3, z + 0.25)],
            (90, 70, 44),
            cull=False,
        )
        z += 0.5
    for z in range(1, int(far), 4):
        cam.line(d, (-half, 3.25, z), (half, 3.25, z), 0.1, (70, 52, 34))
    cv.add(lay)
    # shafts of light and sunny patches on the ground
    lay, d = cv.layer()
    for _ in range(14):
        z = rng.uniform(3, 40)
        xw = rng.uniform(-half + 0.3, half - 0.3)
        top_a, top_b = cam.pt(xw - 0.1, z, 3.3), cam.pt(xw + 0.1, z, 3.3)
        bot_a, bot_b = cam.pt(xw - 0.35 + 1.2, z - 0.8, 0), cam.pt(xw + 0.35 + 1.2, z - 0.8, 0)
        d.polygon([top_a, top_b, bot_b, bot_a], fill=(255, 240, 200, 40))
        d.polygon(
            cam.project_clipped(
                [
                    (xw + 0.8, 0.01, z - 1.2),
                    (xw + 1.6, 0.01, z - 1.2),
                    (xw + 1.6, 0.01, z - 0.4),
                    (xw + 0.8, 0.01, z - 0.4),
                ]
            ),
            fill=(255, 236, 190, 110),
        )
    cv.add(lay, blur=W * 0.004)
    # people walking
    lay, d = cv.layer()
    robes = [
        (120, 90, 70),
        (60, 70, 100),
        (200, 190, 170),
        (90, 60, 80),
        (150, 120, 90),
        (40, 40, 50),
        (170, 60, 60),
    ]
    folks = sorted(
        [(rng.uniform(-half + 0.4, half - 0.4), rng.uniform(7, 60)) for _ in range(p.get("people", 16))],
        key=lambda f: -f[1],
    )
    for x, z in folks:
        px, py = cam.pt(x, z)
        h = cam.scale(x, z) * rng.uniform(1.6, 1.8)
        c = cam.fog_at(robes[rng.randrange(len(robes))], x, z)
        person(d, px, py, h, c, head=cam.fog_at((80, 56, 40), x, z))
    cv.add(lay)
    cv.glow((W * 0.5, H * 0.48), W * 0.25, (255, 240, 200), 0.6)


def avenue(cv: Canvas, p: dict) -> None:
    """A city boulevard in one-point perspective: white facades, palms, a tram on its tracks (or, in
    the 1980s, traffic of small cars)."""
    rng = cv.rng
    hz = 0.5
    tram = p.get("tram", True)
    haze = (222, 224, 222)
    sky(cv, [(0, (72, 122, 186)), (0.3, (140, 178, 214)), (hz, haze)], bottom=hz + 0.01)
    clouds(cv, 0.04, 0.2, 4, (252, 252, 252), (200, 204, 212), 180)
    sun = Sun(azimuth=-60, elevation=45, ambient=0.6)
    cam = Camera(
        cv,
        horizon=hz,
        height=p.get("cam_h", 3.0),
        fov_w=1.05,
        cx=0.5,
        yaw=p.get("yaw", 6),
        x0=p.get("cam_x", -4.5),
        sun=sun,
        fog_color=haze,
        visibility=600,
    )
    half = 22.0
    far = 1500.0
    lay, d = cv.layer()
    cam.ground_poly(d, [(-half, 1), (half, 1), (half, far), (-half, far)], (110, 110, 112))
    cam.ground_poly(d, [(-half, 1), (-half + 5, 1), (-half + 5, far), (-half, far)], (196, 188, 176), h=0.15)
    cam.ground_poly(d, [(half - 5, 1), (half, 1), (half, far), (half - 5, far)], (196, 188, 176), h=0.15)
    if tram:
        cam.ground_poly(
            d, [(-4, 1), (4, 1), (4, far), (-4, far)], (150, 170, 110), h=0.1
        )  # the tram's grass bed
        for rx in (-2.9, -1.5, 1.5, 2.9):
            d.polygon(
                cam.project_clipped(
                    [
                        (rx - 0.05, 0.12, 1),
                        (rx + 0.05, 0.12, 1),
                        (rx + 0.05, 0.12, far),
                        (rx - 0.05, 0.12, far),
                    ]
                ),
                fill=(200, 200, 205, 255),
            )
    else:
        cam.ground_poly(d, [(-1.2, 1), (1.2, 1), (1.2, far), (-1.2, far)], (170, 170, 150), h=0.15)
    for lx in (-10, 10):
        for z in range(3, 600, 12):
            d.polygon(
                cam.project_clipped(
                    [
                        (lx - 0.08, 0.01, z),
                        (lx + 0.08, 0.01, z),
                        (lx + 0.08, 0.01, z + 5),
                        (lx - 0.08, 0.01, z + 5),
                    ]
                ),
                fill=(230, 230, 225, 255),
            )
    cv.add(lay)
    gm = cam.ground_mask([(-half, 1), (half, 1), (half, far), (-half, far)])
    cam.paint_ground(
        gm, tile_noise((512, 512), (30, 30), rng, octaves=3), 4, (90, 90, 94), (140, 140, 142), amount=0.35
    )
    # buildings on both sides, shadows first
    blocks = []
    for side in (-1, 1):
        z = 0.0
        while z < far:
            ln = rng.uniform(18, 34)
            h = rng.uniform(14, 26)
            blocks.append((side, z, ln, h, mix((240, 236, 226), (226, 214, 190), rng.random())))
            z += ln + rng.choice([0, 0, 6])
    smask, sd = cam.shadow_layer()
    for side, z, ln, h, _c in blocks:
        x0 = -half - 20 if side < 0 else half
        cam.box_shadow(sd, x0, x0 + 20, z, z + ln, h)
    cv.shadow(smask, blur=3, opacity=0.35, color=(50, 60, 90))
    lay, d = cv.layer()
    for side, z, ln, h, c in sorted(blocks, key=lambda b: -b[1]):
        x0 = -half - 20 if side < 0 else half

        def det(name, pts, k, h=h, side=side):
            if name not in ("left", "right"):
                return
            a, b, _c2, _e = pts
            floors = int(h / 3.2)
            z_a, z_b = a[2], b[2]
            nwin = max(1, int(abs(z_b - z_a) / 3.2))
            for f in range(1, floors):
                y = f * 3.2 + 0.9
                for wi in range(nwin):
                    t0 = (wi + 0.3) / nwin
                    t1 = (wi + 0.7) / nwin
                    za, zb = z_a + (z_b - z_a) * t0, z_a + (z_b - z_a) * t1
                    cam.face(
                        d,
                        [(a[0], y, za), (a[0], y, zb), (a[0], y + 1.6, zb), (a[0], y + 1.6, za)],
                        (70, 84, 96),
                        cull=False,
                    )
                # balconies: a thin ledge
                cam.face(
                    d,
                    [(a[0], y - 0.3, z_a), (a[0], y - 0.3, z_b), (a[0], y - 0.1, z_b), (a[0], y - 0.1, z_a)],
                    shade((230, 226, 216), 0.8),
                    cull=False,
                )
            # shop fronts
            cam.face(
                d,
                [(a[0], 0.2, z_a), (a[0], 0.2, z_b), (a[0], 2.8, z_b), (a[0], 2.8, z_a)],
                (60, 60, 64),
                cull=False,
            )

        cam.box(d, x0, x0 + 20, z, z + ln, 0, h, c, detail=det)
    cv.add(lay)
    # palms along both pavements, lamp posts and catenary poles
    lay, d = cv.layer()
    items = []
    for side in (-1, 1):
        for z in range(6, 500, 14):
            items.append(("palm", side * (half - 2.5), z))
    if tram:
        for z in range(34, 800, 30):
            items.append(("pole", 0.0, z))
    for kind, x, z in sorted(items, key=lambda it: -it[2]):
        if kind == "palm":
            px, py = cam.pt(x, z)
            palm(
                d,
                px,
                py,
                cam.scale(x, z) * 11,
                rng,
                trunk=cam.fog_at((120, 100, 80), x, z),
                leaf=cam.fog_at((50, 90, 50), x, z),
            )
        else:
            cam.line(d, (x, 0, z), (x, 7.5, z), 0.22, (80, 84, 90))
            cam.line(d, (-3.2, 6.8, z), (3.2, 6.8, z), 0.1, (80, 84, 90))
    for wx in (-2.2, 2.2) if tram else ():
        d.line([cam.pt(wx, 5, 6.3), cam.pt(wx, far, 6.3)], fill=(60, 60, 60, 200), width=2)
    cv.add(lay)
    # traffic
    lay, d = cv.layer()
    if tram:
        tz = p.get("tram_z", 24.0)
        tx0, tx1 = 0.5, 3.2
        body = (246, 246, 244)
        for seg in reversed(range(5)):
            z0 = tz + seg * 8.5
            cam.box(d, tx0 + 0.3, tx1 + 0.5, z0, z0 + 8.2, 0.35, 3.4, body, detail=_tram_windows(cam, d))
        cam.box(d, tx0 + 0.3, tx1 + 0.5, tz - 1.5, tz, 0.35, 3.2, (236, 236, 232))
        cam.face(
            d,
            [
                (tx0 + 0.5, 1.6, tz - 1.5),
                (tx1 + 0.3, 1.6, tz - 1.5),
                (tx1 + 0.3, 2.9, tz - 1.5),
                (tx0 + 0.5, 2.9, tz - 1.5),
            ],
            (40, 50, 60),
            cull=False,
        )
        cam.line(
            d, ((tx0 + tx1) / 2, 3.4, tz + 10), ((tx0 + tx1) / 2 - 0.5, 6.3, tz + 12), 0.05, (40, 40, 40)
        )
    colours = [(200, 40, 40), (230, 230, 230), (40, 60, 120), (120, 120, 125), (200, 40, 40), (30, 30, 30)]
    cars = [(rng.choice([-8.0, -5.5, 5.5, 8.0]), rng.uniform(10, 300)) for _ in range(p.get("cars", 14))]
    for x, z in sorted(cars, key=lambda c: -c[1]):
        col = colours[rng.randrange(len(colours))]
        cam.box(d, x - 0.9, x + 0.9, z, z + 4.2, 0.3, 1.0, col)
        cam.box(
            d,
            x - 0.8,
            x + 0.8,
            z + 1.0,
            z + 3.0 if not p.get("old") else z + 3.4,
            1.0,
            1.55,
            mix(col, (60, 70, 80), 0.6),
        )
    cv.add(lay)
    lay, d = cv.layer()
    for _ in range(40):
        side = rng.choice([-1, 1])
        x = side * (half - rng.uniform(0.5, 4.5))
        z = rng.uniform(4, 120)
        px, py = cam.pt(x, z, 0.15)
        person(
            d,
            px,
            py,
            cam.scale(x, z) * 1.7,
            cam.fog_at(
                [(60, 60, 80), (180, 60, 60), (220, 210, 190), (90, 110, 70), (40, 40, 40)][rng.randrange(5)],
                x,
                z,
            ),
            head=cam.fog_at((70, 50, 40), x, z),
        )
    cv.add(lay)


def _tram_windows(cam: Camera, d: ImageDraw.ImageDraw):
    def detail(name, pts, k):
        if name not in ("left", "right", "front"):
            return
        a, b, _c, _e = pts
        cam.face(
            d,
            [(a[0], 1.5, a[2]), (b[0], 1.5, b[2]), (b[0], 2.9, b[2]), (a[0], 2.9, a[2])],
            (50, 62, 76),
            cull=False,
        )
        cam.face(
            d,
            [(a[0], 0.5, a[2]), (b[0], 0.5, b[2]), (b[0], 0.9, b[2]), (a[0], 0.9, a[2])],
            (200, 70, 60),
            cull=False,
        )

    return detail


def seaside_mosque(cv: Canvas, p: dict) -> None:
    """A great mosque on the ocean front: a tall square minaret, green tiled roofs, waves on rocks;
    with ``building`` the minaret is still in scaffolding, tower cranes alongside."""
    rng = cv.rng
    hz = 0.74
    building = p.get("building", False)
    haze = (220, 224, 226)
    sky(cv, [(0, (70, 120, 184)), (0.4, (146, 182, 214)), (hz, haze)], bottom=hz + 0.01)
    clouds(cv, 0.05, 0.45, 7, (252, 252, 252), (196, 202, 212), 190)
    sun = Sun(azimuth=-70, elevation=35, ambient=0.55, diffuse=0.6)
    cam = Camera(
        cv, horizon=hz, height=4, fov_w=1.0, cx=0.5, yaw=-14, sun=sun, fog_color=haze, visibility=3500
    )
    sea(cam, (150, 176, 190), (60, 100, 120), amp=0.55, texels_per_m=1.2)
    wall = (232, 222, 204)
    lay, d = cv.layer()
    # the prayer hall and esplanade on a platform by the sea
    mx, mz = p.get("mx", -150.0), p.get("mz", 560.0)
    cam.box(d, mx - 60, mx + 360, mz, mz + 220, 0, 8, (196, 186, 170))
    if not building or p.get("stage", 1) > 0:
        cam.box(d, mx + 36, mx + 236, mz + 30, mz + 160, 8, 34, wall, detail=_arcades(cam, d))
        roof = (46, 120, 96)
        cam.face(
            d,
            [
                (mx + 36, 34, mz + 30),
                (mx + 236, 34, mz + 30),
                (mx + 236, 44, mz + 95),
                (mx + 36, 44, mz + 95),
            ],
            shade(roof, 1.1),
            cull=False,
        )
        cam.face(
            d,
            [(mx + 236, 34, mz + 30), (mx + 236, 34, mz + 160), (mx + 236, 44, mz + 95)],
            shade(roof, 0.8),
            cull=False,
        )
    h = 200.0 if not building else p.get("height", 120.0)
    w = 26.0
    cam.box(d, mx, mx + w, mz + 20, mz + 20 + w, 8, 8 + h, wall, detail=_minaret_faces(cam, d, h, building))
    if not building:
        cam.box(
            d,
            mx + w * 0.3,
            mx + w * 0.7,
            mz + 20 + w * 0.3,
            mz + 20 + w * 0.7,
            8 + h,
            8 + h + 26,
            wall,
            detail=_minaret_faces(cam, d, 26, False),
        )
        cam.face(
            d,
            [
                (mx + w * 0.3, 8 + h + 26, mz + 20 + w * 0.3),
                (mx + w * 0.7, 8 + h + 26, mz + 20 + w * 0.3),
                (mx + w * 0.5, 8 + h + 36, mz + 20 + w * 0.5),
            ],
            (46, 130, 100),
            cull=False,
        )
        cam.line(
            d,
            (mx + w / 2, 8 + h + 34, mz + 20 + w / 2),
            (mx + w / 2, 8 + h + 46, mz + 20 + w / 2),
            0.8,
            (200, 170, 90),
        )
    else:
        # scaffolding lattice and two tower cranes
        for k in range(int(h / 6)):
            cam.line(d, (mx - 1, 8 + k * 6, mz + 19), (mx + w + 1, 8 + k * 6, mz + 19), 0.25, (110, 100, 90))
        for k in range(9):
            cam.line(
                d,
                (mx - 1 + k * (w + 2) / 8, 8, mz + 19),
                (mx - 1 + k * (w + 2) / 8, 8 + h, mz + 19),
                0.25,
                (110, 100, 90),
            )
        for cx_, ch in ((mx - 40, h + 40), (mx + 70, h * 0.7)):
            cam.line(d, (cx_, 0, mz + 10), (cx_, ch, mz + 10), 2.2, (220, 180, 40))
            cam.line(d, (cx_ - 20, ch, mz + 10), (cx_ + 60, ch, mz + 10), 1.4, (220, 180, 40))
            cam.line(d, (cx_, ch + 10, mz + 10), (cx_ + 58, ch, mz + 10), 0.25, (60, 60, 60))
            cam.line(d, (cx_, ch + 10, mz + 10), (cx_ - 19, ch, mz + 10), 0.25, (60, 60, 60))
            cam.box(d, cx_ - 20, cx_ - 12, mz + 8, mz + 12, ch - 4, ch, (120, 120, 120))
    cv.add(lay)
    # a rocky shore in the foreground, surf along it
    from .paint import noise1d

    n = 200
    nz = noise1d(n, rng, octaves=6, base=5)
    prof = [cv.H * (0.9 - 0.05 * v - 0.03 * math.sin(math.pi * i / n)) for i, v in enumerate(nz)]
    pts = [(cv.W * i / (n - 1), prof[i]) for i in range(n)]
    lay, d = cv.layer()
    for k in range(4):  # foam lines on the incoming waves
        yk = cv.H * (hz + 0.02 + 0.025 * k * k / 2)
        for _ in range(14 + 6 * k):
            x = rng.uniform(-0.05, 1.0) * cv.W
            ln = cv.W * rng.uniform(0.04, 0.16) * (1 + k * 0.4)
            th = cv.H * 0.0012 * (1 + k)
            d.ellipse((x, yk - th, x + ln, yk + th), fill=(248, 250, 250, 120 + 25 * k))
    d.polygon(
        [(x, y - cv.H * 0.02) for x, y in pts] + [(cv.W, cv.H * 0.82), (0, cv.H * 0.82)],
        fill=(246, 248, 248, 120),
    )
    cv.add(lay, blur=cv.W * 0.002)
    mask = Image.new("L", (cv.W, cv.H), 0)
    ImageDraw.Draw(mask).polygon([*pts, (cv.W, cv.H), (0, cv.H)], fill=255)
    tex = tile_noise((cv.W // 2, cv.H // 2), (14, 10), rng, octaves=4).resize((cv.W, cv.H))
    cv.tint_region(mask, tex, (34, 32, 30), (128, 116, 100))
    lay, d = cv.layer()
    for x, y in pts[::3]:
        r = cv.W * rng.uniform(0.006, 0.014)
        d.ellipse((x - r * 3, y - r * 0.5, x + r * 3, y + r * 0.3), fill=(250, 252, 252, 150))
    cv.add(lay, blur=cv.W * 0.004)


def _arcades(cam: Camera, d: ImageDraw.ImageDraw):
    def detail(name, pts, k):
        if name not in ("front", "left", "right"):
            return
        a, b, _c, _e = pts
        n = max(3, int(math.hypot(b[0] - a[0], b[2] - a[2]) / 9))
        for i in range(n):
            t0, t1 = (i + 0.25) / n, (i + 0.75) / n
            p0 = (a[0] + (b[0] - a[0]) * t0, a[2] + (b[2] - a[2]) * t0)
            p1 = (a[0] + (b[0] - a[0]) * t1, a[2] + (b[2] - a[2]) * t1)
            cam.face(
                d,
                [
                    (p0[0], 10, p0[1]),
                    (p1[0], 10, p1[1]),
                    (p1[0], 22, p1[1]),
                    ((p0[0] + p1[0]) / 2, 25, (p0[1] + p1[1]) / 2),
                    (p0[0], 22, p0[1]),
                ],
                (120, 100, 80),
                cull=False,
            )

    return detail


def _minaret_faces(cam: Camera, d: ImageDraw.ImageDraw, h: float, building: bool):
    def detail(name, pts, k):
        if name == "top":
            return
        a, b, _c, _e = pts
        base = a[1]
        if building:
            return
        for lvl in range(4):
            y0 = base + h * (0.12 + 0.2 * lvl)
            cam.grid(
                d,
                [
                    (a[0] + (b[0] - a[0]) * 0.2, y0, a[2] + (b[2] - a[2]) * 0.2),
                    (a[0] + (b[0] - a[0]) * 0.8, y0, a[2] + (b[2] - a[2]) * 0.8),
                    (a[0] + (b[0] - a[0]) * 0.8, y0 + h * 0.12, a[2] + (b[2] - a[2]) * 0.8),
                    (a[0] + (b[0] - a[0]) * 0.2, y0 + h * 0.12, a[2] + (b[2] - a[2]) * 0.2),
                ],
                3,
                3,
                lambda i, j, k=k: shade((60, 130, 110), k) if (i + j) % 2 == 0 else shade((200, 180, 140), k),
                gap=0.15,
            )
        cam.face(
            d,
            [
                (a[0], base + h * 0.93, a[2]),
                (b[0], base + h * 0.93, b[2]),
                (b[0], base + h * 0.98, b[2]),
                (a[0], base + h * 0.98, a[2]),
            ],
            shade((50, 130, 100), k),
            cull=False,
        )

    return detail


_ = (ridge, car, Image)
