"""Interiors: a conference hall, a data centre, an open-plan office, a car assembly hall."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from .paint import Canvas, font, mix, person, rgba, shade, tile_noise
from .world import Camera, Sun


def _moroccan_flag(d: ImageDraw.ImageDraw, x: float, y: float, w: float, alpha: int = 255) -> None:
    h = w * 2 / 3
    d.rectangle((x, y, x + w, y + h), fill=(193, 39, 45, alpha))
    cx, cy, r = x + w / 2, y + h / 2, h * 0.28
    pts = [(cx + r * math.sin(2 * math.pi * k / 5), cy - r * math.cos(2 * math.pi * k / 5)) for k in range(5)]
    order = [pts[(2 * k) % 5] for k in range(6)]
    d.line(order, fill=(0, 98, 51, alpha), width=max(1, int(h * 0.045)))


def _us_flag(d: ImageDraw.ImageDraw, x: float, y: float, w: float, alpha: int = 255) -> None:
    h = w * 10 / 19
    for k in range(13):
        d.rectangle(
            (x, y + h * k / 13, x + w, y + h * (k + 1) / 13),
            fill=(178, 34, 52, alpha) if k % 2 == 0 else (245, 245, 245, alpha),
        )
    d.rectangle((x, y, x + w * 0.4, y + h * 7 / 13), fill=(60, 59, 110, alpha))
    for i in range(6):
        for j in range(5):
            sx, sy = x + w * 0.4 * (i + 0.5) / 6, y + h * 7 / 13 * (j + 0.5) / 5
            d.point((sx, sy), fill=(255, 255, 255, alpha))


def _flag_on_pole(d: ImageDraw.ImageDraw, x: float, y_floor: float, h: float, kind: str) -> None:
    d.line((x, y_floor, x, y_floor - h), fill=(200, 180, 120, 255), width=max(2, int(h * 0.012)))
    w = h * 0.32
    # a hanging flag, slightly draped: drawn flat then squeezed
    flag = Image.new("RGBA", (int(w * 2), int(w * 2)), (0, 0, 0, 0))
    fd = ImageDraw.Draw(flag)
    (_moroccan_flag if kind == "ma" else _us_flag)(fd, 0, 0, w * 2)
    fw = int(w * 0.55)
    fh = int(w * 1.25)
    fl = (
        flag.crop((0, 0, int(w * 2), int(w * 2 * (2 / 3 if kind == "ma" else 10 / 19))))
        .rotate(-90, expand=True)
        .resize((fw, fh))
    )
    shade_strip = Image.new("L", fl.size, 0)
    sd = ImageDraw.Draw(shade_strip)
    for k in range(4):
        sd.rectangle((k * fw / 4 + fw / 8, 0, k * fw / 4 + fw / 5, fh), fill=70)
    dark = Image.new("RGBA", fl.size, (0, 0, 0, 255))
    fl = Image.composite(Image.blend(fl, dark, 0.35), fl, shade_strip)
    d._image.paste(fl, (int(x + 2), int(y_floor - h + h * 0.03)), fl)  # type: ignore[attr-defined]


def conference(cv: Canvas, p: dict) -> None:
    """A conference hall from the back rows: seats and heads, a lit stage, a big screen, flags."""
    rng = cv.rng
    W, H = cv.W, cv.H
    old = p.get("old", False)
    cam = Camera(
        cv,
        horizon=0.42,
        height=3.2,
        fov_w=1.05,
        yaw=p.get("yaw", 0),
        x0=p.get("cam_x", 1.5),
        sun=Sun(azimuth=0, elevation=70, ambient=0.8, diffuse=0.3),
        fog_color=(40, 34, 40),
        visibility=0,
    )
    room_w, depth, ceil = 15.0, 36.0, 8.0
    wall = p.get("wall", (120, 76, 52))
    cv.img.paste((30, 26, 30), (0, 0, W, H))
    lay, d = cv.layer()
    cam.face(
        d,
        [(-room_w, 0, 1), (room_w, 0, 1), (room_w, 0, depth), (-room_w, 0, depth)],
        (70, 40, 44),
        cull=False,
    )  # carpet
    cam.face(
        d,
        [(-room_w, ceil, depth), (room_w, ceil, depth), (room_w, ceil, 1), (-room_w, ceil, 1)],
        (36, 32, 36),
        cull=False,
    )
    for side in (-1, 1):
        x = side * room_w
        q = [(x, 0, 1), (x, 0, depth), (x, ceil, depth), (x, ceil, 1)]
        cam.face(d, q, wall, cull=False)
        cam.grid(d, q, 12, 3, lambda i, j: shade(wall, 0.85 + 0.15 * ((i + j) % 2)), gap=0.05)
    cam.face(
        d,
        [(-room_w, 0, depth), (room_w, 0, depth), (room_w, ceil, depth), (-room_w, ceil, depth)],
        shade(wall, 0.7),
        cull=False,
    )
    # the stage
    cam.box(d, -room_w, room_w, depth - 7, depth, 0, 1.1, (60, 44, 40))
    cam.face(
        d,
        [(-room_w, 1.1, depth - 7), (room_w, 1.1, depth - 7), (room_w, 1.1, depth), (-room_w, 1.1, depth)],
        (110, 80, 60),
        cull=False,
    )
    cv.add(lay)
    # the screen and its content
    sx0, sx1, sy0, sy1 = -6.0, 6.0, 2.4, 7.2
    scr = cam.project_clipped(
        [(sx0, sy0, depth - 0.1), (sx1, sy0, depth - 0.1), (sx1, sy1, depth - 0.1), (sx0, sy1, depth - 0.1)]
    )
    lay, d = cv.layer()
    scr_col = (232, 238, 246) if not old else (200, 196, 180)
    d.polygon(scr, fill=rgba(scr_col))
    x0, y1 = scr[0]
    x1, y0 = scr[2]
    sw, sh = x1 - x0, y1 - y0
    if p.get("screen_scene"):
        cv.add(lay)
        lay, d = cv.layer()
        _screen_picture(cv, p["screen_scene"], (x0, y0, x1, y1), rng)
        d.rectangle((x0, y1 - sh * 0.14, x1, y1), fill=(20, 20, 20, 200))
        if p.get("slide"):
            f = font(max(10, int(sh * 0.07)))
            d.text((x0 + sw * 0.04, y1 - sh * 0.115), p["slide"], font=f, fill=(255, 255, 255, 255))
    elif not old:
        d.rectangle((x0, y0, x1, y0 + sh * 0.2), fill=rgba(p.get("accent", (150, 30, 40))))
        text = p.get("slide", "")
        if text:
            f = font(max(10, int(sh * 0.08)))
            d.text((x0 + sw * 0.05, y0 + sh * 0.06), text, font=f, fill=(255, 255, 255, 255))
        # a bar chart and a few lines of text
        for k in range(6):
            bh = sh * (0.12 + 0.07 * k + rng.uniform(-0.03, 0.03))
            bx = x0 + sw * (0.55 + 0.065 * k)
            d.rectangle(
                (bx, y1 - sh * 0.1 - bh, bx + sw * 0.045, y1 - sh * 0.1), fill=(40 + 30 * k, 100, 160, 255)
            )
        for k in range(5):
            d.rectangle(
                (
                    x0 + sw * 0.06,
                    y0 + sh * (0.32 + 0.11 * k),
                    x0 + sw * (0.3 + 0.15 * ((k * 3) % 2)),
                    y0 + sh * (0.36 + 0.11 * k),
                ),
                fill=(90, 100, 120, 255),
            )
    cv.add(lay)
    cv.glow(((x0 + x1) / 2, (y0 + y1) / 2), sw * 1.1, (190, 210, 255) if not old else (230, 220, 190), 0.35)
    # banner above the screen
    banner = p.get("banner")
    if banner:
        lay, d = cv.layer()
        b = cam.project_clipped(
            [
                (-room_w * 0.8, 7.4, depth - 0.2),
                (room_w * 0.8, 7.4, depth - 0.2),
                (room_w * 0.8, 7.95, depth - 0.2),
                (-room_w * 0.8, 7.95, depth - 0.2),
            ]
        )
        d.polygon(b, fill=rgba(p.get("banner_bg", (20, 40, 90))))
        bx0, by1 = b[0]
        bx1, by0 = b[2]
        f = font(max(10, int((by1 - by0) * 0.62)))
        tb = f.getbbox(banner)
        d.text(
            ((bx0 + bx1) / 2 - (tb[2] - tb[0]) / 2, by0 + (by1 - by0 - (tb[3] - tb[1])) / 2 - tb[1]),
            banner,
            font=f,
            fill=(255, 255, 255, 255),
        )
        cv.add(lay)
    # head table or lectern, flags
    lay, d = cv.layer()
    if p.get("head_table", False):
        cam.box(d, -9, 9, depth - 5.5, depth - 4.5, 1.1, 1.9, (236, 232, 220))
        for k in range(9):
            x = -8 + k * 2
            px, py = cam.pt(x, depth - 4.0, 1.1)
            person(d, px, py, cam.scale(x, depth - 4) * 1.35, (40, 40, 50), head=(110, 80, 60))
        cam.box(d, -9, 9, depth - 5.5, depth - 4.5, 1.1, 1.9, (236, 232, 220))
    else:
        cam.box(d, -10, -8.8, depth - 5, depth - 4.2, 1.1, 2.3, (90, 60, 40))
        px, py = cam.pt(-9.4, depth - 3.6, 1.1)
        person(d, px, py, cam.scale(-9.4, depth - 3.6) * 1.8, (30, 32, 44), head=(110, 80, 60))
        cam.box(d, -10, -8.8, depth - 5, depth - 4.2, 1.1, 2.3, (90, 60, 40))
    for x, kind in p.get("flags", [(-12.5, "ma"), (12.0, "us")]):
        bx, by = cam.pt(x, depth - 2, 1.1)
        _flag_on_pole(d, bx, by, cam.scale(x, depth - 2) * 4.5, kind)
    cv.add(lay)
    # stage lights
    lay, d = cv.layer()
    for k in range(8):
        x = -room_w + 2 + k * (2 * room_w - 4) / 7
        for z in (6.0, 14.0, 22.0):
            cx, cy = cam.pt(x, z, ceil - 0.05)
            r = cam.scale(x, z) * 0.25
            d.ellipse((cx - r, cy - r * 0.4, cx + r, cy + r * 0.4), fill=(255, 240, 210, 255))
    cv.add(lay)
    if p.get("layout") == "tables":
        _round_tables(cv, cam, depth, rng, p)
        cv.glow(cam.pt(-6, depth - 4, 1.5), W * 0.2, (255, 220, 170), 0.25)
        return
    # the audience: rows of seats, heads and shoulders, far to near
    lay, d = cv.layer()
    seat = (120, 30, 40) if not old else (90, 70, 60)
    hair = [(24, 20, 18), (40, 30, 26), (70, 60, 50), (110, 100, 90), (30, 26, 24)]
    shirts = [(40, 44, 60), (200, 200, 196), (70, 50, 40), (120, 30, 40), (30, 30, 32), (90, 110, 140)]
    z = depth - 9.0
    while z > 3.0:
        for x in [-12 + 0.62 * k for k in range(40)]:
            if abs(x) < 1.0:
                continue
            cam.box(d, x - 0.26, x + 0.26, z, z + 0.12, 0.45, 1.05, seat)
            if rng.random() < p.get("fill", 0.75):
                cx, cy = cam.pt(x, z - 0.05, 1.1)
                s = cam.scale(x, z)
                d.ellipse(
                    (cx - s * 0.25, cy - s * 0.05, cx + s * 0.25, cy + s * 0.3),
                    fill=rgba(shirts[rng.randrange(len(shirts))]),
                )
                d.ellipse(
                    (cx - s * 0.1, cy - s * 0.28, cx + s * 0.1, cy + s * 0.02),
                    fill=rgba(hair[rng.randrange(len(hair))]),
                )
        z -= 1.1
    cv.add(lay)
    # a warm pool of light on the stage
    cv.glow(cam.pt(-6, depth - 4, 1.5), W * 0.2, (255, 220, 170), 0.25)


def _screen_picture(cv: Canvas, scene: str, box: tuple[float, float, float, float], rng) -> None:
    """A small picture from the book projected on the screen: another scene, printed in sepia."""
    import random as _random

    from .paint import sepia
    from .render import SCENES

    x0, y0, x1, y1 = (int(v) for v in box)
    sub = Canvas((max(8, (x1 - x0) // 2), max(8, (y1 - y0) // 2)), _random.Random(rng.randrange(1 << 30)))
    SCENES[scene](sub, {})
    pic = sepia(sub.finish()).resize((x1 - x0, y1 - y0))
    cv.img.paste(pic, (x0, y0))


def _round_tables(cv: Canvas, cam: Camera, depth: float, rng, p: dict) -> None:
    """A workshop: round tables with white cloths, people seated around them."""
    lay, d = cv.layer()
    cloth = (236, 234, 228)
    clothes = [
        (40, 44, 60),
        (200, 200, 196),
        (70, 50, 40),
        (120, 30, 40),
        (30, 30, 32),
        (90, 110, 140),
        (150, 120, 90),
    ]
    tables = [(x, z) for z in (8.0, 13.5, 19.0, 24.5) for x in (-10.0, -4.0, 2.0, 8.0)]
    for tx, tz in sorted(tables, key=lambda t: -cam.depth(*t)):
        seats = [
            (tx + 1.35 * math.cos(a), tz + 1.35 * math.sin(a))
            for a in (2 * math.pi * k / 7 + 0.3 for k in range(7))
        ]
        far = [s for s in seats if s[1] >= tz]
        near = [s for s in seats if s[1] < tz]

        def sit(sx, sz, facing_us):
            if rng.random() > p.get("fill", 0.85):
                return
            px, py = cam.pt(sx, sz, 0.45)
            s = cam.scale(sx, sz)
            c = clothes[rng.randrange(len(clothes))]
            d.rounded_rectangle(
                (px - s * 0.23, py - s * 0.75, px + s * 0.23, py), radius=s * 0.08, fill=rgba(c)
            )
            d.ellipse(
                (px - s * 0.11, py - s * 1.0, px + s * 0.11, py - s * 0.74),
                fill=rgba((110, 80, 60) if facing_us else (34, 28, 24)),
            )

        for sx, sz in sorted(far, key=lambda q: -q[1]):
            sit(sx, sz, True)
        cam.cylinder(d, tx, tz, 0, 0.74, 0.95, 0.95, cloth, strips=8)
        top = [
            cam.pt(tx + 0.95 * math.cos(a), tz + 0.95 * math.sin(a), 0.75)
            for a in (2 * math.pi * k / 24 for k in range(24))
        ]
        d.polygon(top, fill=rgba(shade(cloth, 1.05)))
        cx, cy = cam.pt(tx, tz, 0.75)
        s = cam.scale(tx, tz)
        d.rectangle(
            (cx - s * 0.05, cy - s * 0.35, cx + s * 0.05, cy), fill=(60, 120, 180, 255)
        )  # a water bottle
        for sx, sz in sorted(near, key=lambda q: -q[1]):
            sit(sx, sz, False)
    cv.add(lay)


def data_centre(cv: Canvas, p: dict) -> None:
    """A cold aisle between rows of server racks: blinking LEDs, perforated floor tiles, cable trays."""
    rng = cv.rng
    W, H = cv.W, cv.H
    cam = Camera(
        cv,
        horizon=0.5,
        height=1.55,
        fov_w=1.0,
        yaw=p.get("yaw", 3),
        x0=0.1,
        sun=Sun(azimuth=0, elevation=80, ambient=0.7, diffuse=0.3),
        fog_color=(30, 50, 70),
        visibility=60,
    )
    cv.img.paste((20, 30, 40), (0, 0, W, H))
    half, far, ceil = 0.9, 45.0, 3.2
    lay, d = cv.layer()
    floor = [(-6, 0, 1), (6, 0, 1), (6, 0, far), (-6, 0, far)]
    cam.face(d, floor, (150, 160, 170), cull=False)
    cam.grid(d, floor, 20, 74, lambda i, j: (176, 184, 192) if (i + j) % 2 else (160, 170, 180), gap=0.04)
    cam.face(d, [(-6, ceil, far), (6, ceil, far), (6, ceil, 1), (-6, ceil, 1)], (50, 60, 70), cull=False)
    for z in range(2, int(far), 3):
        cam.face(
            d,
            [
                (-0.3, ceil - 0.02, z),
                (0.3, ceil - 0.02, z),
                (0.3, ceil - 0.02, z + 1.2),
                (-0.3, ceil - 0.02, z + 1.2),
            ],
            (240, 250, 255),
            cull=False,
        )
    for tx in (-1.2, 1.2):  # yellow cable trays
        cam.face(
            d,
            [(tx - 0.3, 2.7, 1), (tx + 0.3, 2.7, 1), (tx + 0.3, 2.7, far), (tx - 0.3, 2.7, far)],
            (220, 180, 40),
            cull=False,
        )
        cam.face(
            d,
            [(tx - 0.3, 2.7, 1), (tx - 0.3, 2.7, far), (tx - 0.3, 2.85, far), (tx - 0.3, 2.85, 1)],
            (190, 150, 30),
            cull=False,
        )
    cv.add(lay)
    lay, d = cv.layer()
    for side in (-1, 1):
        x = side * half
        z = 1.5
        while z < far:
            rack_w = 0.6
            front = (
                [(x, 0, z), (x, 0, z + rack_w), (x, 2.2, z + rack_w), (x, 2.2, z)]
                if side < 0
                else [(x, 0, z + rack_w), (x, 0, z), (x, 2.2, z), (x, 2.2, z + rack_w)]
            )
            cam.face(d, front, (26, 28, 32), cull=False)
            cam.grid(d, front, 1, 20, lambda i, j: (40, 42, 48) if j % 3 else (56, 60, 68), gap=0.1)
            # LEDs
            for k in range(20):
                if rng.random() < 0.55:
                    hh = 0.15 + k * 0.1
                    zz = z + rack_w * rng.uniform(0.15, 0.85)
                    c = [(60, 255, 120), (60, 160, 255), (60, 255, 120), (255, 170, 40)][rng.randrange(4)]
                    cx, cy = cam.pt(x, zz, hh)
                    r = max(1.0, cam.scale(x, zz) * 0.012)
                    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=rgba(cam.fog_at(c, x, zz)))
            z += rack_w + 0.02
        # rack tops
        cam.face(
            d,
            [(x, 2.2, 1.5), (x, 2.2, far), (x + side * 1.1, 2.2, far), (x + side * 1.1, 2.2, 1.5)],
            (60, 62, 70),
            cull=False,
        )
    cv.add(lay)
    # a technician in the aisle
    lay, d = cv.layer()
    px, py = cam.pt(0.15, 12)
    person(
        d,
        px,
        py,
        cam.scale(0.15, 12) * 1.75,
        cam.fog_at((60, 90, 140), 0, 12),
        head=cam.fog_at((90, 66, 50), 0, 12),
    )
    cv.add(lay)
    cv.glow((W * 0.5, H * 0.45), W * 0.3, (120, 200, 255), 0.25)


def open_office(cv: Canvas, p: dict) -> None:
    """An open-plan office in a technology park: rows of desks with screens, big windows on a city."""
    rng = cv.rng
    W = cv.W
    hz = 0.46
    cam = Camera(
        cv,
        horizon=hz,
        height=1.7,
        fov_w=1.1,
        yaw=p.get("yaw", -22),
        x0=0,
        sun=Sun(azimuth=-120, elevation=40, ambient=0.7, diffuse=0.35),
        fog_color=(200, 210, 220),
        visibility=0,
    )
    from .paint import sky

    sky(cv, [(0, (110, 150, 200)), (hz, (210, 220, 226)), (1, (200, 206, 210))])
    ceil, far = 3.2, 40.0
    lay, d = cv.layer()
    # distant city through the window wall (left)
    for _ in range(40):
        x0 = -60 - rng.uniform(0, 300)
        z0 = rng.uniform(0, 600)
        cam.box(
            d,
            x0,
            x0 + rng.uniform(10, 30),
            z0,
            z0 + rng.uniform(10, 30),
            -10,
            rng.uniform(-4, 40),
            mix((200, 200, 196), (170, 180, 190), rng.random()),
        )
    cv.add(lay, haze=0.45, haze_color=(215, 222, 228))
    lay, d = cv.layer()
    floor = [(-12, 0, 0.5), (16, 0, 0.5), (16, 0, far), (-12, 0, far)]
    cam.face(d, floor, (150, 140, 130), cull=False)
    cam.face(
        d, [(-12, ceil, far), (16, ceil, far), (16, ceil, 0.5), (-12, ceil, 0.5)], (226, 228, 230), cull=False
    )
    for z in range(2, int(far), 3):
        for x in (-6, 0, 6, 12):
            cam.face(
                d,
                [
                    (x - 0.6, ceil - 0.01, z),
                    (x + 0.6, ceil - 0.01, z),
                    (x + 0.6, ceil - 0.01, z + 0.6),
                    (x - 0.6, ceil - 0.01, z + 0.6),
                ],
                (252, 252, 246),
                cull=False,
            )
    cam.face(d, [(16, 0, 0.5), (16, 0, far), (16, ceil, far), (16, ceil, 0.5)], (220, 214, 204), cull=False)
    cam.face(d, [(-12, 0, far), (16, 0, far), (16, ceil, far), (-12, ceil, far)], (210, 206, 198), cull=False)
    # window mullions on the left wall
    for z in range(1, int(far), 2):
        cam.line(d, (-12, 0, z), (-12, ceil, z), 0.08, (60, 64, 70))
    cam.line(d, (-12, 1.0, 0.5), (-12, 1.0, far), 0.06, (60, 64, 70))
    cv.add(lay)
    cv.glow(cam.pt(-12, 20, 1.5), W * 0.5, (255, 250, 235), 0.35)
    lay, d = cv.layer()
    desks = [(x, z) for x in (-8.0, -4.0, 0.0, 4.0, 8.0, 12.0) for z in range(3, 34, 3)]
    for x, z in sorted(desks, key=lambda dz: -cam.depth(dz[0], dz[1])):
        cam.box(d, x - 1.4, x + 1.4, z, z + 1.4, 0.72, 0.76, (236, 236, 232))
        cam.line(d, (x - 1.3, 0, z + 0.1), (x - 1.3, 0.72, z + 0.1), 0.05, (120, 120, 120))
        cam.line(d, (x + 1.3, 0, z + 0.1), (x + 1.3, 0.72, z + 0.1), 0.05, (120, 120, 120))
        for sx in (x - 0.7, x + 0.7):
            cam.box(d, sx - 0.3, sx + 0.3, z + 0.9, z + 0.94, 0.85, 1.2, (30, 32, 36))
            cam.face(
                d,
                [
                    (sx - 0.27, 0.88, z + 0.89),
                    (sx + 0.27, 0.88, z + 0.89),
                    (sx + 0.27, 1.17, z + 0.89),
                    (sx - 0.27, 1.17, z + 0.89),
                ],
                mix((80, 140, 200), (220, 230, 240), rng.random() * 0.5),
                cull=False,
            )
            if rng.random() < 0.7:
                px, py = cam.pt(sx, z - 0.35)
                s = cam.scale(sx, z - 0.35)
                c = [(40, 50, 80), (200, 200, 196), (120, 40, 50), (60, 90, 70), (30, 30, 30)][
                    rng.randrange(5)
                ]
                d.rounded_rectangle(
                    (px - s * 0.25, py - s * 1.25, px + s * 0.25, py - s * 0.55), radius=s * 0.1, fill=rgba(c)
                )
                d.ellipse(
                    (px - s * 0.11, py - s * 1.5, px + s * 0.11, py - s * 1.24), fill=rgba((40, 30, 26))
                )
                d.rectangle(
                    (px - s * 0.28, py - s * 0.8, px + s * 0.28, py - s * 0.45), fill=rgba((40, 40, 44))
                )
    cv.add(lay)
    # plants
    lay, d = cv.layer()
    for z in (6, 15, 24):
        x = 15
        px, py = cam.pt(x, z)
        s = cam.scale(x, z)
        d.rectangle((px - s * 0.3, py - s * 0.5, px + s * 0.3, py), fill=(230, 230, 226, 255))
        for _k in range(20):
            a = rng.uniform(-math.pi, 0)
            r = s * rng.uniform(0.3, 0.9)
            d.ellipse(
                (
                    px + math.cos(a) * r - s * 0.15,
                    py - s * 0.5 + math.sin(a) * r - s * 0.08,
                    px + math.cos(a) * r + s * 0.15,
                    py - s * 0.5 + math.sin(a) * r + s * 0.08,
                ),
                fill=(50, 110, 60, 255),
            )
    cv.add(lay)


def car_plant(cv: Canvas, p: dict) -> None:
    """An assembly hall: car bodies on a line running into the distance, orange robots, skylights."""
    rng = cv.rng
    W, H = cv.W, cv.H
    cam = Camera(
        cv,
        horizon=0.45,
        height=3.0,
        fov_w=1.1,
        yaw=p.get("yaw", 8),
        x0=-3.0,
        sun=Sun(azimuth=20, elevation=70, ambient=0.7, diffuse=0.35),
        fog_color=(190, 196, 200),
        visibility=160,
    )
    cv.img.paste((120, 126, 130), (0, 0, W, H))
    half, far, ceil = 18.0, 220.0, 12.0
    lay, d = cv.layer()
    floor = [(-half, 0, 1), (half, 0, 1), (half, 0, far), (-half, 0, far)]
    cam.face(d, floor, (150, 156, 150), cull=False)
    cv.add(lay)
    gm = cam.ground_mask([(-half, 1), (half, 1), (half, far), (-half, far)])
    cam.paint_ground(
        gm, tile_noise((512, 512), (30, 30), rng, octaves=3), 3, (120, 130, 124), (168, 176, 168), amount=0.8
    )
    lay, d = cv.layer()
    for lx in (-3.2, 3.2, -9, 9):
        d.polygon(
            cam.project_clipped(
                [(lx - 0.08, 0.01, 1), (lx + 0.08, 0.01, 1), (lx + 0.08, 0.01, far), (lx - 0.08, 0.01, far)]
            ),
            fill=rgba((230, 190, 40)),
        )
    cam.face(
        d,
        [(-half, ceil, far), (half, ceil, far), (half, ceil, 1), (-half, ceil, 1)],
        (170, 174, 176),
        cull=False,
    )
    for z in range(4, int(far), 8):  # skylights and trusses
        cam.face(
            d,
            [
                (-half, ceil - 0.02, z),
                (half, ceil - 0.02, z),
                (half, ceil - 0.02, z + 2.5),
                (-half, ceil - 0.02, z + 2.5),
            ],
            (246, 250, 252),
            cull=False,
        )
        cam.line(d, (-half, ceil - 1.2, z + 5), (half, ceil - 1.2, z + 5), 0.3, (100, 104, 110))
        for k in range(9):
            x = -half + k * 2 * half / 8
            cam.line(d, (x, ceil - 1.2, z + 5), (x + 2, ceil - 0.05, z + 5), 0.12, (100, 104, 110))
    for side in (-1, 1):
        x = side * half
        q = [(x, 0, 1), (x, 0, far), (x, ceil, far), (x, ceil, 1)]
        cam.face(d, q, (196, 200, 204), cull=False)
        cam.grid(d, q, 40, 1, lambda i, j: (190, 196, 200) if i % 2 else (206, 210, 214), gap=0.02)
        for z in range(6, int(far), 12):
            cam.line(d, (x * 0.98, 0, z), (x * 0.98, ceil, z), 0.4, (70, 110, 160))
    cv.add(lay)
    # the line: car bodies on carriers, robots on both sides
    lay, d = cv.layer()
    bodies = [(0.0, z) for z in range(10, int(far), 7)]
    robots = [(s * 2.6, z + 2) for z in range(10, 140, 14) for s in (-1, 1)]
    items = [("body", b) for b in bodies] + [("robot", r) for r in robots]
    for kind, (x, z) in sorted(items, key=lambda it: -cam.depth(it[1][0], it[1][1])):
        if kind == "body":
            col = p.get("body", (236, 236, 232))
            cam.box(d, x - 1.1, x + 1.1, z, z + 0.3, 0.4, 0.9, (60, 64, 70))
            cam.box(d, x - 0.9, x + 0.9, z - 0.1, z + 4.3, 0.9, 1.7, col)
            cam.box(d, x - 0.8, x + 0.8, z + 1.2, z + 3.0, 1.7, 2.3, shade(col, 0.95))
            cam.face(
                d,
                [
                    (x - 0.9, 1.15, z - 0.1),
                    (x + 0.9, 1.15, z - 0.1),
                    (x + 0.9, 1.55, z - 0.1),
                    (x - 0.9, 1.55, z - 0.1),
                ],
                (90, 96, 104),
                cull=False,
            )
        else:
            org = (236, 130, 30)
            cam.cylinder(d, x, z, 0, 1.0, 0.5, 0.45, (60, 60, 64), strips=6)
            arm_dir = -1 if x > 0 else 1
            cam.beam(d, (x, 1.0, z), (x, 2.4, z), 0.5, org)
            cam.beam(d, (x, 2.4, z), (x + arm_dir * 1.3, 3.1, z - 0.4), 0.4, org)
            cam.beam(d, (x + arm_dir * 1.3, 3.1, z - 0.4), (x + arm_dir * 2.0, 2.1, z - 0.6), 0.28, org)
            cam.line(
                d, (x + arm_dir * 2.0, 2.1, z - 0.6), (x + arm_dir * 2.1, 1.9, z - 0.6), 0.15, (60, 60, 60)
            )
    cv.add(lay)
    # workers in overalls
    lay, d = cv.layer()
    for _ in range(8):
        x = rng.choice([-5.5, -4.5, 4.5, 5.5])
        z = rng.uniform(12, 80)
        px, py = cam.pt(x, z)
        person(
            d,
            px,
            py,
            cam.scale(x, z) * 1.75,
            cam.fog_at((40, 60, 110), x, z),
            head=cam.fog_at((90, 66, 50), x, z),
        )
    cv.add(lay)
    cv.glow((W * 0.5, H * 0.2), W * 0.6, (255, 255, 250), 0.25)
