"""Inland scenes: a dam, a viaduct with a train, greenhouses, irrigated fields, a motorway
interchange, a cable-stayed bridge, an industrial zone."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from .paint import (
    Canvas,
    blur_fast,
    clouds,
    mix,
    noise1d,
    palm,
    person,
    rgba,
    ridge,
    shade,
    sky,
    streaks,
    tile_noise,
)
from .world import Camera, Sun, sea


def _day_sky(cv: Canvas, hz: float, haze=(216, 222, 226), clouds_n: int = 5) -> tuple[int, int, int]:
    sky(cv, [(0, (66, 114, 180)), (hz * 0.7, (138, 176, 212)), (hz, haze)], bottom=hz + 0.01)
    if clouds_n:
        clouds(cv, 0.04, hz - 0.1, clouds_n, (252, 252, 252), (196, 202, 212), 190)
    return haze


def dam(cv: Canvas, p: dict) -> None:
    """A concrete dam wall between rocky slopes, seen from downstream; water from the spillway."""
    rng = cv.rng
    hz = 0.36
    haze = _day_sky(cv, hz, (214, 218, 220), 4)
    ridge(cv, hz + 0.02, 0.1, (130, 124, 116), haze=0.55, haze_color=haze, rough=5, blur=1.0)
    W, H = cv.W, cv.H
    crest_y, foot_y = H * 0.36, H * 0.66
    left_x, right_x = W * 0.2, W * 0.82
    # the wall: slightly curved (an arch seen from below), lit on the left
    n = 60
    top = [
        (left_x + (right_x - left_x) * i / (n - 1), crest_y + H * 0.025 * math.sin(math.pi * i / (n - 1)))
        for i in range(n)
    ]
    bottom = [
        (W * 0.36 + (W * 0.66 - W * 0.36) * i / (n - 1), foot_y + H * 0.02 * math.sin(math.pi * i / (n - 1)))
        for i in range(n)
    ]
    lay, d = cv.layer()
    concrete = (196, 192, 182)
    for i in range(n - 1):
        t = i / (n - 2)
        c = shade(concrete, 1.08 - 0.3 * t)
        d.polygon([top[i], top[i + 1], bottom[i + 1], bottom[i]], fill=rgba(c))
    for k in range(1, 12):  # vertical joints
        i = int(k * (n - 1) / 12)
        d.line([top[i], bottom[i]], fill=rgba(shade(concrete, 0.8)), width=2)
    for k in range(1, 10):  # lift lines
        t = k / 10
        row = [(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) for a, b in zip(top, bottom, strict=True)]
        d.line(row, fill=rgba(shade(concrete, 0.88)), width=1)
    # crest road, parapet and lamps
    d.line(top, fill=rgba((150, 146, 140)), width=int(H * 0.012))
    for i in range(0, n, 5):
        x, y = top[i]
        d.line((x, y - H * 0.03, x, y), fill=(70, 70, 70, 255), width=2)
        d.ellipse((x - 3, y - H * 0.033, x + 3, y - H * 0.028), fill=(240, 240, 230, 255))
    d.rectangle(
        (top[4][0] - W * 0.02, top[4][1] - H * 0.05, top[4][0] + W * 0.03, top[4][1]),
        fill=(226, 220, 206, 255),
    )
    # spillway gates with falling water
    for k in range(4):
        i = 24 + k * 4
        gx0, gx1 = top[i][0], top[i + 2][0]
        gy = top[i][1] + H * 0.02
        d.rectangle((gx0, gy, gx1, gy + H * 0.03), fill=(90, 90, 92, 255))
        bi = i
        d.polygon(
            [
                (gx0, gy + H * 0.03),
                (gx1, gy + H * 0.03),
                (bottom[bi + 2][0] + W * 0.01, bottom[bi + 2][1]),
                (bottom[bi][0] - W * 0.01, bottom[bi][1]),
            ],
            fill=(236, 242, 244, 230),
        )
    cv.add(lay)
    lay, d = cv.layer()
    for _ in range(160):  # streaks in the falling water
        i = rng.randint(24, 37)
        t0 = rng.random()
        x0 = top[i][0] + (bottom[i][0] - top[i][0]) * t0
        y0 = top[i][1] + (bottom[i][1] - top[i][1]) * t0 + H * 0.03
        d.line((x0, y0, x0 + rng.uniform(-3, 3), y0 + H * 0.05), fill=(200, 214, 222, 160), width=2)
    cv.add(lay, blur=1.5)
    cv.glow((W * 0.52, foot_y), W * 0.2, (250, 252, 252), 0.8)
    # the rocky slopes of the gorge, both sides
    for side in (-1, 1):
        lay, d = cv.layer()
        nz = noise1d(50, rng, octaves=5, base=3)
        if side < 0:
            edge = [
                (
                    left_x + (W * 0.36 - left_x) * t + W * 0.02 * nz[k],
                    crest_y - H * 0.1 + (foot_y + H * 0.05 - crest_y + H * 0.1) * t,
                )
                for k, t in enumerate(i / 49 for i in range(50))
            ]
            poly = [(0, H * 0.2), *edge, (W * 0.3, H), (0, H)]
            col = (150, 128, 100)
        else:
            edge = [
                (
                    right_x + (W * 0.66 - right_x) * t + W * 0.02 * nz[k],
                    crest_y - H * 0.14 + (foot_y + H * 0.05 - crest_y + H * 0.14) * t,
                )
                for k, t in enumerate(i / 49 for i in range(50))
            ]
            poly = [(W, H * 0.16), *edge, (W * 0.72, H), (W, H)]
            col = (120, 104, 86)
        d.polygon(poly, fill=rgba(col))
        cv.add(lay)
        mask = Image.new("L", (W, H), 0)
        ImageDraw.Draw(mask).polygon(poly, fill=255)
        tex = tile_noise((W // 2, H // 2), (24, 16), rng, octaves=5).resize((W, H))
        cv.tint_region(mask, tex, shade(col, 0.55), mix(col, (200, 186, 150), 0.5))
        lay, d = cv.layer()
        for _ in range(120):
            x = rng.uniform(0, W * 0.3) if side < 0 else rng.uniform(W * 0.72, W)
            y = rng.uniform(H * 0.3, H)
            if mask.getpixel((int(x), int(y))) < 128:
                continue
            r = W * rng.uniform(0.004, 0.012)
            d.ellipse(
                (x - r, y - r * 0.7, x + r, y + r * 0.5),
                fill=rgba(mix((60, 74, 40), (100, 100, 60), rng.random()), 230),
            )
        cv.add(lay, blur=1)
    # the river below, between the slopes
    cam = Camera(cv, horizon=0.66, height=8, fov_w=1.0, fog_color=(200, 210, 210), visibility=800)
    river = Image.new("L", (W, H), 0)
    ImageDraw.Draw(river).polygon(
        [(W * 0.36, foot_y + H * 0.02), (W * 0.66, foot_y + H * 0.02), (W * 0.9, H), (W * 0.15, H)], fill=255
    )
    sea(cam, (150, 176, 180), (60, 96, 100), amp=0.6, texels_per_m=4, mask=blur_fast(river, 4))
    cv.glow((W * 0.5, foot_y + H * 0.02), W * 0.25, (240, 246, 248), 0.6)


def viaduct(cv: Canvas, p: dict) -> None:
    """A long viaduct on slender piers across a green valley, a high-speed train crossing it."""
    rng = cv.rng
    hz = 0.45
    haze = _day_sky(cv, hz, (218, 222, 222), 5)
    ridge(cv, hz + 0.01, 0.08, (120, 130, 120), haze=0.6, haze_color=haze, rough=5, blur=1.2)
    ridge(cv, hz + 0.05, 0.08, (100, 120, 80), haze=0.35, haze_color=haze, rough=5, texture=0.5)
    sun = Sun(azimuth=-120, elevation=35, ambient=0.55, diffuse=0.55)
    cam = Camera(
        cv,
        horizon=hz,
        height=62,
        fov_w=1.0,
        yaw=p.get("yaw", -20),
        x0=-40,
        sun=sun,
        fog_color=haze,
        visibility=2200,
    )
    W, H = cv.W, cv.H
    ground = cam.ground_mask([(-3000, 20), (3000, 20), (3000, 3000), (-3000, 3000)])
    cam.paint_ground(
        ground, tile_noise((512, 512), (60, 40), rng, octaves=5), 0.7, (84, 104, 52), (150, 150, 90)
    )
    lay, d = cv.layer()
    river = [(-600 + k * 20, 180 + 60 * math.sin(k / 6)) for k in range(80)]
    d.polygon(cam.ribbon(river, 22), fill=rgba(cam.fog_at((110, 140, 150), 0, 200)))
    cv.add(lay, blur=1)
    # trees in the valley
    lay, d = cv.layer()
    trees = [(rng.uniform(-500, 700), rng.uniform(60, 900)) for _ in range(260)]
    for x, z in sorted(trees, key=lambda t: -cam.depth(*t)):
        px, py = cam.pt(x, z)
        r = cam.scale(x, z) * rng.uniform(3, 6)
        c = cam.fog_at(mix((40, 70, 36), (80, 100, 50), rng.random()), x, z)
        d.ellipse((px - r * 0.2, py - r * 0.25, px + r * 1.6, py + r * 0.25), fill=rgba(shade(c, 0.55), 150))
        d.rectangle(
            (px - r * 0.08, py - r * 0.8, px + r * 0.08, py), fill=rgba(cam.fog_at((70, 56, 40), x, z))
        )
        for ox, oy, rr in ((-0.4, -1.3, 0.7), (0.4, -1.25, 0.7), (0, -1.7, 0.75)):
            d.ellipse(
                (px + ox * r - rr * r, py + oy * r - rr * r, px + ox * r + rr * r, py + oy * r + rr * r),
                fill=rgba(c),
            )
        d.ellipse((px - r * 0.7, py - r * 2.3, px + r * 0.1, py - r * 1.5), fill=rgba(shade(c, 1.2)))
    cv.add(lay)
    # the viaduct along x at z = vz, deck at height hd
    vz, hd = 260.0, 42.0
    x0, x1 = -700.0, 900.0
    lay, d = cv.layer()
    piers = list(range(int(x0), int(x1), 55))
    for px in sorted(piers, key=lambda x: -cam.depth(x, vz)):
        cam.box(d, px - 2.2, px + 2.2, vz - 3, vz + 3, 0, hd - 2.5, (214, 208, 196))
        cam.box(d, px - 3.5, px + 3.5, vz - 5.5, vz + 5.5, hd - 3.5, hd - 2.5, (200, 196, 186))
    cam.box(d, x0, x1, vz - 7, vz + 7, hd - 2.5, hd, (226, 222, 212))
    cam.box(d, x0, x1, vz - 7, vz - 6.6, hd, hd + 1.2, (236, 232, 224))
    for px in range(int(x0), int(x1), 50):  # catenary masts
        cam.line(d, (px, hd, vz + 5), (px, hd + 8, vz + 5), 0.3, (110, 110, 114))
        cam.line(d, (px, hd + 7.5, vz + 5), (px, hd + 7.5, vz - 1), 0.15, (110, 110, 114))
    cam.line(d, (x0, hd + 6.2, vz), (x1, hd + 6.2, vz), 0.05, (60, 60, 60))
    cv.add(lay)
    # the train: a string of white cars with a pointed nose, heading left
    lay, d = cv.layer()
    tx = p.get("train_x", -240.0)
    cars = 8
    for k in reversed(range(cars)):
        cx0 = tx + k * 20.5
        cam.box(
            d,
            cx0,
            cx0 + 20,
            vz - 1.5,
            vz + 1.5,
            hd + 1.0,
            hd + 4.2,
            (244, 244, 242),
            detail=_train_detail(cam, d, p.get("stripe", (120, 40, 90))),
        )
    nose = [(tx, hd + 1.0, vz - 1.5), (tx, hd + 4.2, vz - 1.5), (tx - 7, hd + 1.6, vz - 0.5)]
    cam.face(d, nose, (236, 236, 234), cull=False)
    cam.face(
        d,
        [(tx, hd + 4.2, vz - 1.5), (tx, hd + 4.2, vz + 1.5), (tx - 7, hd + 1.6, vz - 0.5)],
        (250, 250, 250),
        cull=False,
    )
    cam.face(
        d,
        [(tx - 1.2, hd + 3.2, vz - 1.45), (tx - 3.5, hd + 2.4, vz - 1.0), (tx - 1.2, hd + 2.4, vz - 1.45)],
        (40, 50, 60),
        cull=False,
    )
    cv.add(lay)
    _ = (W, H, person, palm)


def _train_detail(cam: Camera, d: ImageDraw.ImageDraw, stripe):
    def detail(name, pts, k):
        if name not in ("front", "left", "right") or name == "front":
            if name != "front":
                return
        a, b, _c, _e = pts
        if name == "front":
            cam.face(
                d,
                [
                    (a[0], a[1] + 1.9, a[2]),
                    (b[0], b[1] + 1.9, b[2]),
                    (b[0], b[1] + 2.6, b[2]),
                    (a[0], a[1] + 2.6, a[2]),
                ],
                (50, 60, 72),
                cull=False,
            )
            cam.face(
                d,
                [
                    (a[0], a[1] + 0.5, a[2]),
                    (b[0], b[1] + 0.5, b[2]),
                    (b[0], b[1] + 0.9, b[2]),
                    (a[0], a[1] + 0.9, a[2]),
                ],
                stripe,
                cull=False,
            )

    return detail


def greenhouses(cv: Canvas, p: dict) -> None:
    """Rows of plastic tunnel greenhouses on a plain, mountains behind, a track between blocks."""
    rng = cv.rng
    hz = 0.4
    haze = _day_sky(cv, hz, (222, 222, 216), 3)
    ridge(cv, hz, 0.09, (150, 130, 116), haze=0.6, haze_color=haze, rough=6, blur=1.2)
    ridge(cv, hz + 0.004, 0.04, (160, 132, 100), haze=0.42, haze_color=haze, rough=6)
    sun = Sun(azimuth=-140, elevation=45, ambient=0.62, diffuse=0.5)
    cam = Camera(
        cv,
        horizon=hz,
        height=p.get("cam_h", 14),
        fov_w=1.05,
        yaw=p.get("yaw", 22),
        sun=sun,
        fog_color=haze,
        visibility=1600,
    )
    gm = cam.ground_mask([(-3000, 2), (3000, 2), (3000, 4000), (-3000, 4000)])
    cam.paint_ground(
        gm, tile_noise((512, 512), (50, 50), rng, octaves=4), 1.5, (150, 118, 86), (196, 166, 124)
    )
    lay, d = cv.layer()
    tunnels = []
    for block in range(4):
        bx = -40 + block * 80
        for k in range(8):
            tunnels.append((bx + k * 8.5, 30.0, 260.0))
    r = 3.6
    segs = 9
    for tx, z0, z1 in sorted(tunnels, key=lambda t: -abs(cam.cam(t[0], 120)[0])):
        cx = tx + r
        for s in range(segs):
            a0 = math.pi * s / segs
            a1 = math.pi * (s + 1) / segs
            p0 = (cx - r * math.cos(a0), r * math.sin(a0) + 0.4)
            p1 = (cx - r * math.cos(a1), r * math.sin(a1) + 0.4)
            nx, ny = -math.cos((a0 + a1) / 2), math.sin((a0 + a1) / 2)
            k = cam.sun.light((nx, ny, 0))
            c = mix((210, 214, 212), (250, 252, 250), max(0.0, k - 0.6))
            q = [(p0[0], p0[1], z0), (p1[0], p1[1], z0), (p1[0], p1[1], z1), (p0[0], p0[1], z1)]
            cam.face(d, q, shade(c, 0.9 + 0.2 * k), cull=False)
            cam.grid(d, q, 1, 24, lambda i, j, c=c, k=k: shade(c, 0.88 + 0.2 * k - 0.04 * (j % 2)), gap=0.06)
        # end wall
        end = [
            (cx - r * math.cos(math.pi * s / 12), r * math.sin(math.pi * s / 12) + 0.4, z0) for s in range(13)
        ]
        cam.face(d, [(cx - r, 0, z0), *end, (cx + r, 0, z0)], (226, 230, 226), cull=False)
        cam.face(
            d,
            [
                (cx - 0.8, 0, z0 - 0.01),
                (cx + 0.8, 0, z0 - 0.01),
                (cx + 0.8, 2.2, z0 - 0.01),
                (cx - 0.8, 2.2, z0 - 0.01),
            ],
            (90, 110, 80),
            cull=False,
        )
    cv.add(lay)
    # a worker, a small truck, palms on the track
    lay, d = cv.layer()
    for x, z in ((-48.0, 40.0), (-50.0, 70.0), (-47.0, 120.0)):
        px, py = cam.pt(x, z)
        palm(
            d,
            px,
            py,
            cam.scale(x, z) * 10,
            rng,
            trunk=cam.fog_at((110, 90, 70), x, z),
            leaf=cam.fog_at((60, 96, 50), x, z),
        )
    for x, z in ((-30.0, 36.0), (-27.0, 52.0)):
        px, py = cam.pt(x, z)
        person(
            d,
            px,
            py,
            cam.scale(x, z) * 1.7,
            cam.fog_at((60, 80, 120), x, z),
            head=cam.fog_at((90, 66, 50), x, z),
        )
    cam.box(d, -34, -32, 60, 64.5, 0.3, 1.6, (240, 240, 236))
    cam.box(d, -34, -32, 64.5, 66, 0.3, 2.2, (40, 90, 160))
    cv.add(lay)


def fields(cv: Canvas, p: dict) -> None:
    """Irrigated plain: an orange grove in rows, a concrete canal running away, green fields."""
    rng = cv.rng
    hz = 0.42
    haze = _day_sky(cv, hz, (220, 224, 218), 4)
    ridge(cv, hz, 0.07, (130, 126, 120), haze=0.6, haze_color=haze, rough=5, blur=1.2)
    sun = Sun(azimuth=-110, elevation=40, ambient=0.58, diffuse=0.55)
    cam = Camera(
        cv,
        horizon=hz,
        height=4.5,
        fov_w=1.05,
        yaw=p.get("yaw", 8),
        x0=0,
        sun=sun,
        fog_color=haze,
        visibility=1400,
    )
    gm = cam.ground_mask([(-3000, 1), (3000, 1), (3000, 4000), (-3000, 4000)])
    cam.paint_ground(
        gm, tile_noise((512, 512), (50, 50), rng, octaves=4), 1.5, (104, 120, 60), (160, 160, 90)
    )
    lay, d = cv.layer()
    # crop rows on the right: stripes of green on brown soil
    soil = cam.fog_at((120, 92, 64), 0, 100)
    cam.ground_poly(d, [(6, 2), (900, 2), (900, 3000), (6, 3000)], (120, 92, 64))
    for k in range(300):
        x = 7 + k * 1.2
        d.polygon(
            cam.project_clipped([(x, 0.01, 3), (x + 0.6, 0.01, 3), (x + 0.6, 0.01, 3000), (x, 0.01, 3000)]),
            fill=rgba(cam.fog_at((70, 120, 50), x, 200)),
        )
    cv.add(lay)
    _ = soil
    # the canal: a concrete channel with water
    lay, d = cv.layer()
    d.polygon(cam.ribbon([(3.0, z) for z in range(2, 3000, 10)], 3.2), fill=(190, 188, 178, 255))
    d.polygon(cam.ribbon([(3.0, z) for z in range(2, 3000, 10)], 2.4, h=-0.01), fill=rgba((90, 130, 140)))
    d.polygon(
        cam.ribbon([(3.0, z) for z in range(2, 3000, 10)], 0.8, offset=-0.4), fill=rgba((150, 190, 200), 160)
    )
    cv.add(lay)
    # the orange grove on the left, tree rows receding
    lay, d = cv.layer()
    trees = [(-3.5 - r * 6.0, z) for r in range(40) for z in range(6, 500, 5)]
    sh = Image.new("L", (cv.W, cv.H), 0)
    sd = ImageDraw.Draw(sh)
    for x, z in trees:
        cx, cy = cam.pt(x + 1.0, z + 0.5)
        s = cam.scale(x, z)
        sd.ellipse((cx - s * 1.7, cy - s * 0.5, cx + s * 1.7, cy + s * 0.5), fill=255)
    cv.shadow(sh, blur=2, opacity=0.45, color=(40, 50, 20))
    for x, z in sorted(trees, key=lambda t: -cam.depth(*t)):
        cx, cy = cam.pt(x, z)
        s = cam.scale(x, z)
        if cx < -s * 3 or cx > cv.W * 0.6:
            continue
        c = cam.fog_at((44, 86, 40), x, z)
        d.ellipse((cx - s * 1.5, cy - s * 3.2, cx + s * 1.5, cy - s * 0.2), fill=rgba(c))
        d.ellipse((cx - s * 1.2, cy - s * 3.1, cx + s * 0.3, cy - s * 1.7), fill=rgba(shade(c, 1.3)))
        if s > 3:
            for _ in range(6):
                ox, oy = rng.uniform(-1.1, 1.1) * s, rng.uniform(-2.8, -0.6) * s
                d.ellipse(
                    (cx + ox - s * 0.12, cy + oy - s * 0.12, cx + ox + s * 0.12, cy + oy + s * 0.12),
                    fill=rgba(cam.fog_at((240, 140, 30), x, z)),
                )
        d.rectangle((cx - s * 0.1, cy - s * 0.4, cx + s * 0.1, cy), fill=rgba(cam.fog_at((80, 60, 40), x, z)))
    cv.add(lay)
    # a windbreak of eucalyptus far away, a farmhouse
    lay, d = cv.layer()
    for k in range(60):
        x = 10 + k * 8
        z = 700
        cx, cy = cam.pt(x, z)
        s = cam.scale(x, z)
        d.ellipse((cx - s * 3, cy - s * 18, cx + s * 3, cy), fill=rgba(cam.fog_at((60, 80, 60), x, z)))
    cam.box(d, 60, 80, 600, 612, 0, 6, (236, 230, 214))
    cv.add(lay)
    if p.get("farmer", True):
        lay, d = cv.layer()
        px, py = cam.pt(1.2, 14)
        person(d, px, py, cam.scale(1.2, 14) * 1.7, (150, 120, 90), head=(110, 80, 60))
        cv.add(lay)


def motorway(cv: Canvas, p: dict) -> None:
    """A motorway interchange from above: carriageways, a bridge, loop ramps, fields around."""
    rng = cv.rng
    hz = 0.24
    haze = _day_sky(cv, hz, (220, 222, 218), 2)
    ridge(cv, hz, 0.04, (140, 136, 126), haze=0.6, haze_color=haze, rough=5)
    sun = Sun(azimuth=-130, elevation=45, ambient=0.6, diffuse=0.5)
    cam = Camera(
        cv,
        horizon=hz,
        height=p.get("cam_h", 140),
        fov_w=1.1,
        yaw=p.get("yaw", 20),
        x0=-60,
        z0=-120,
        sun=sun,
        fog_color=haze,
        visibility=3000,
    )
    gm = cam.ground_mask([(-4000, -100), (4000, -100), (4000, 5000), (-4000, 5000)])
    cam.paint_ground(
        gm, tile_noise((512, 512), (40, 60), rng, octaves=5), 0.35, (120, 120, 70), (186, 170, 110)
    )
    lay, d = cv.layer()
    # field patches
    for _ in range(80):
        x, z = rng.uniform(-1500, 1500), rng.uniform(0, 3000)
        w, ln = rng.uniform(60, 200), rng.uniform(60, 200)
        c = [(110, 130, 60), (180, 160, 90), (140, 110, 70), (90, 120, 60)][rng.randrange(4)]
        cam.ground_poly(d, [(x, z), (x + w, z), (x + w, z + ln), (x, z + ln)], c, alpha=140, fog=True)
    cv.add(lay, blur=1)

    def road(path, width, h=0.0, colour=(86, 86, 90), marks=True, d=None):
        d.polygon(
            cam.ribbon(path, width + 3, h=h),
            fill=rgba(cam.fog_at((170, 166, 150), path[0][0], path[len(path) // 2][1])),
        )
        d.polygon(
            cam.ribbon(path, width, h=h), fill=rgba(cam.fog_at(colour, path[0][0], path[len(path) // 2][1]))
        )
        if marks:
            for k in range(0, len(path) - 1, 2):
                d.polygon(cam.ribbon(path[k : k + 2], 0.3, h=h + 0.01), fill=(236, 236, 230, 200))

    lay, d = cv.layer()
    main = [(0.0, z) for z in range(-80, 4000, 12)]
    # loops in the four quadrants (cloverleaf), ramps
    R = 55
    for qx, qz in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
        cx, cz = qx * (R + 20), 400 + qz * (R + 20)
        loop = [
            (cx + R * math.cos(a), cz + R * math.sin(a)) for a in [2 * math.pi * k / 48 for k in range(49)]
        ]
        road(loop, 7, marks=False, d=d)
    road([(x - 16, z) for x, z in main], 12, d=d)
    road([(x + 16, z) for x, z in main], 12, d=d)
    d.polygon(cam.ribbon(main, 18), fill=rgba(cam.fog_at((120, 140, 80), 0, 400)))
    cv.add(lay)
    # the crossing road on a bridge
    lay, d = cv.layer()
    cross = [(x, 400.0) for x in range(-2000, 2000, 12)]
    sh = Image.new("L", (cv.W, cv.H), 0)
    ImageDraw.Draw(sh).polygon(cam.ribbon([(x + 4, z + 6) for x, z in cross], 14), fill=255)
    cv.shadow(sh, blur=3, opacity=0.4, color=(30, 30, 40))
    d.polygon(cam.ribbon(cross, 14, h=0), fill=rgba((170, 164, 150)))
    d.polygon(cam.ribbon([(x, z) for x, z in cross if abs(x) < 40], 14, h=7), fill=rgba((200, 196, 186)))
    cv.add(lay)
    lay, d = cv.layer()
    road(cross, 12, h=0.02, d=d)
    bridge = [(x, z) for x, z in cross if abs(x) < 40]
    road(bridge, 12, h=7, d=d)
    cam.face(d, [(-40, 7, 393), (40, 7, 393), (40, 5.5, 393), (-40, 5.5, 393)], (150, 146, 136), cull=False)
    cv.add(lay)
    lay, d = cv.layer()
    cols = [(200, 40, 40), (240, 240, 240), (40, 60, 120), (30, 30, 30), (150, 150, 150), (240, 240, 240)]
    for _ in range(p.get("cars", 60)):
        lane = rng.choice([-20, -16.5, -13, 13, 16.5, 20])
        z = rng.uniform(-60, 2000)
        c = cols[rng.randrange(len(cols))]
        truck = rng.random() < 0.2
        cam.box(
            d,
            lane - 1.1,
            lane + 1.1,
            z,
            z + (14 if truck else 4.4),
            0.2,
            3.5 if truck else 1.4,
            c if not truck else (236, 236, 232),
        )
    cv.add(lay)


def cable_bridge(cv: Canvas, p: dict) -> None:
    """A cable-stayed bridge over a wide river: two tall pylons, fans of stays, a long deck."""
    rng = cv.rng
    hz = 0.62
    dusk = p.get("dusk", False)
    if dusk:
        haze = (240, 190, 150)
        sky(
            cv,
            [(0, (50, 60, 110)), (0.3, (160, 130, 150)), (hz - 0.05, (246, 176, 120)), (hz, haze)],
            bottom=hz + 0.01,
        )
        cv.glow((cv.W * 0.75, cv.H * hz), cv.W * 0.5, (255, 200, 140), 0.9)
    else:
        haze = _day_sky(cv, hz, (220, 224, 224), 5)
    ridge(cv, hz + 0.004, 0.04, (120, 120, 120), haze=0.5, haze_color=haze, rough=5)
    sun = Sun(azimuth=-100 if not dusk else 80, elevation=30 if not dusk else 8, ambient=0.55, diffuse=0.6)
    cam = Camera(
        cv,
        horizon=hz,
        height=6,
        fov_w=1.15,
        yaw=p.get("yaw", -14),
        x0=0,
        sun=sun,
        fog_color=haze,
        visibility=2500,
    )
    sea(
        cam,
        shade(haze, 0.85),
        (50, 80, 96) if not dusk else (90, 70, 90),
        amp=0.45,
        texels_per_m=2.5,
        glitter=(0.75, (255, 220, 170)) if dusk else None,
    )
    lay, d = cv.layer()
    # banks with buildings far away
    for _ in range(60):
        x = rng.uniform(-800, 1600)
        z = rng.uniform(1200, 1500)
        cam.box(
            d,
            x,
            x + rng.uniform(10, 30),
            z,
            z + 20,
            0,
            rng.uniform(6, 30),
            mix((230, 226, 216), (200, 190, 170), rng.random()),
        )
    cv.add(lay)
    vz, hd = 500.0, 28.0
    x0, x1 = -900.0, 1300.0
    pylons = (-60.0, 316.0)
    lay, d = cv.layer()
    for px in list(range(int(x0), int(x1), 70)):
        if min(abs(px - q) for q in pylons) > 40:
            cam.box(d, px - 2, px + 2, vz - 3, vz + 3, -2, hd - 2, (200, 196, 190))
    cam.box(d, x0, x1, vz - 14, vz + 14, hd - 2.5, hd, (226, 222, 214))
    cam.box(d, x0, x1, vz - 14.2, vz - 13.8, hd, hd + 1.3, (236, 236, 232))
    top_h = hd + 130
    for q in pylons:
        # an arch-shaped pylon: two legs from either side of the deck joining at the top
        for sz in (-1, 1):
            cam.beam(d, (q, -2, vz + sz * 26), (q, top_h - 20, vz + sz * 4), 7.0, (216, 212, 204))
        cam.beam(d, (q, top_h - 24, vz), (q, top_h, vz), 8.0, (222, 218, 210))
        for k in range(1, 16):
            for sgn in (-1, 1):
                ax = q + sgn * k * 11
                cam.line(d, (q, top_h - 4 - k * 1.8, vz - 2), (ax, hd + 0.5, vz - 12), 0.25, (250, 250, 250))
    cv.add(lay)
    lay, d = cv.layer()
    for _ in range(24):
        x = rng.uniform(x0, x1)
        cam.box(
            d,
            x,
            x + 4.4,
            vz - 10,
            vz - 8,
            hd,
            hd + 1.4,
            [(200, 40, 40), (240, 240, 240), (40, 60, 120), (30, 30, 30)][rng.randrange(4)],
        )
    cv.add(lay)
    # a reed bank in the foreground
    lay, d = cv.layer()
    for _ in range(220):
        x = rng.uniform(-0.02, 0.45) * cv.W
        y = cv.H * rng.uniform(0.92, 1.0)
        h = cv.H * rng.uniform(0.04, 0.12)
        d.line(
            (x, y, x + rng.uniform(-10, 10), y - h),
            fill=rgba(mix((70, 90, 50), (140, 130, 80), rng.random())),
            width=3,
        )
    cv.add(lay, blur=1.2)


def industrial_zone(cv: Canvas, p: dict) -> None:
    """An industrial or free-trade zone: big clad warehouses, loading docks, lorries, containers;
    with ``old`` a 1980s works with sawtooth roofs and a smoking chimney."""
    rng = cv.rng
    hz = 0.46
    old = p.get("old", False)
    haze = _day_sky(cv, hz, (222, 222, 216), 4)
    ridge(cv, hz, 0.06, (130, 130, 120), haze=0.55, haze_color=haze, rough=5, blur=1.2)
    sun = Sun(azimuth=-120, elevation=40, ambient=0.58, diffuse=0.55)
    cam = Camera(
        cv,
        horizon=hz,
        height=9,
        fov_w=1.1,
        yaw=p.get("yaw", 30),
        x0=-10,
        sun=sun,
        fog_color=haze,
        visibility=1600,
    )
    gm = cam.ground_mask([(-3000, 1), (3000, 1), (3000, 4000), (-3000, 4000)])
    cam.paint_ground(
        gm, tile_noise((512, 512), (40, 40), rng, octaves=4), 2, (118, 116, 110), (166, 162, 152)
    )
    lay, d = cv.layer()
    cam.ground_poly(d, [(-12, 1), (12, 1), (12, 3000), (-12, 3000)], (80, 80, 84))
    for z in range(4, 600, 12):
        d.polygon(
            cam.project_clipped([(-0.1, 0.01, z), (0.1, 0.01, z), (0.1, 0.01, z + 6), (-0.1, 0.01, z + 6)]),
            fill=(236, 236, 226, 255),
        )
    cv.add(lay)
    halls = [(20.0, 40.0 + k * 110, 90.0, 13.0) for k in range(6)] + [
        (-120.0, 60.0 + k * 130, 90.0, 11.0) for k in range(5)
    ]
    smask, sd = cam.shadow_layer()
    for x, z, w, h in halls:
        cam.box_shadow(sd, x, x + w, z, z + 80, h)
    cv.shadow(smask, blur=3, opacity=0.4, color=(40, 44, 60))
    lay, d = cv.layer()
    clad = (214, 216, 218) if not old else (176, 120, 90)
    for x, z, w, h in sorted(halls, key=lambda b: -cam.depth(b[0] + b[2] / 2, b[1] + 40)):

        def det(name, pts, k, h=h):
            if name == "top" or old:
                return
            a, b, _c, _e = pts
            # loading docks along the facade, a coloured band
            cam.face(
                d,
                [(a[0], h - 2.2, a[2]), (b[0], h - 2.2, b[2]), (b[0], h - 1.4, b[2]), (a[0], h - 1.4, a[2])],
                p.get("band", (40, 90, 150)),
                cull=False,
            )
            n = 8
            for i in range(n):
                t0, t1 = (i + 0.25) / n, (i + 0.7) / n
                pa = (a[0] + (b[0] - a[0]) * t0, a[2] + (b[2] - a[2]) * t0)
                pb = (a[0] + (b[0] - a[0]) * t1, a[2] + (b[2] - a[2]) * t1)
                cam.face(
                    d,
                    [(pa[0], 0.2, pa[1]), (pb[0], 0.2, pb[1]), (pb[0], 4.2, pb[1]), (pa[0], 4.2, pa[1])],
                    (70, 74, 80),
                    cull=False,
                )

        cam.box(d, x, x + w, z, z + 80, 0, h, clad, detail=det)
        if old:  # sawtooth roof
            for k in range(8):
                zz = z + k * 10
                cam.face(
                    d,
                    [(x, h, zz), (x + w, h, zz), (x + w, h + 4, zz + 2), (x, h + 4, zz + 2)],
                    (200, 210, 220),
                    cull=False,
                )
                cam.face(
                    d,
                    [(x, h + 4, zz + 2), (x + w, h + 4, zz + 2), (x + w, h, zz + 10), (x, h, zz + 10)],
                    shade(clad, 0.9),
                    cull=False,
                )
    cv.add(lay)
    lay, d = cv.layer()
    trucks = [(rng.choice([-8.0, -4.0, 4.0, 8.0]), rng.uniform(10, 400)) for _ in range(10)]
    for x, z in sorted(trucks, key=lambda t: -cam.depth(*t)):
        cam.box(
            d,
            x - 1.25,
            x + 1.25,
            z + 3,
            z + 16,
            1.2,
            4.0,
            [(236, 236, 232), (190, 60, 50), (60, 90, 150), (220, 220, 214)][rng.randrange(4)],
        )
        cam.box(
            d,
            x - 1.25,
            x + 1.25,
            z,
            z + 2.6,
            0.6,
            3.4,
            [(220, 220, 220), (40, 60, 120), (200, 40, 40)][rng.randrange(3)],
        )
        cam.face(
            d,
            [
                (x - 1.1, 2.2, z - 0.01),
                (x + 1.1, 2.2, z - 0.01),
                (x + 1.1, 3.1, z - 0.01),
                (x - 1.1, 3.1, z - 0.01),
            ],
            (50, 60, 70),
            cull=False,
        )
    cv.add(lay)
    if old:
        lay, d = cv.layer()
        cam.cylinder(d, 60, 260, 0, 60, 3.0, 2.2, (150, 100, 80), strips=8)
        cv.add(lay)
        lay, d = cv.layer()
        tx, ty = cam.pt(60, 260, 60)
        for k in range(18):
            r = cv.W * (0.01 + 0.006 * k)
            d.ellipse(
                (
                    tx + k * r * 0.9 - r,
                    ty - k * r * 0.25 - r * 0.7,
                    tx + k * r * 0.9 + r,
                    ty - k * r * 0.25 + r * 0.7,
                ),
                fill=(200, 196, 190, 130 - k * 6),
            )
        cv.add(lay, blur=cv.W * 0.006)
    else:
        lay, d = cv.layer()
        for k in range(14):
            z = 20 + k * 30
            px, py = cam.pt(-14, z)
            palm(
                d,
                px,
                py,
                cam.scale(-14, z) * 9,
                rng,
                trunk=cam.fog_at((110, 90, 70), -14, z),
                leaf=cam.fog_at((60, 96, 50), -14, z),
            )
        cv.add(lay)


def _unused() -> None:
    _ = (streaks,)
