"""Scenes by the sea: container port, fishing harbour, beach resort, Dakhla lagoon, coastal road."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from .paint import (
    Canvas,
    blur_fast,
    clouds,
    mix,
    person,
    rgba,
    ridge,
    shade,
    sky,
    streaks,
    textured_fill,
    tile_noise,
    value_noise,
    vmask,
    water,
)
from .world import Camera, Sun, sea

CONTAINER_COLOURS = [
    (160, 58, 46),
    (150, 56, 44),
    (58, 92, 140),
    (70, 110, 150),
    (190, 118, 52),
    (72, 112, 80),
    (150, 150, 146),
    (128, 52, 48),
    (44, 66, 106),
    (200, 176, 110),
    (216, 214, 206),
    (176, 170, 150),
    (96, 74, 104),
    (70, 110, 150),
]


def _sky_day(cv: Canvas, p: dict) -> tuple[int, int, int]:
    haze = p.get("haze_color", (214, 216, 214))
    sky(
        cv,
        [(0, p.get("zenith", (70, 120, 180))), (0.32, (130, 170, 210)), (p["horizon"], haze)],
        bottom=p["horizon"] + 0.01,
    )
    return haze


def port(cv: Canvas, p: dict) -> None:
    """A container terminal: the quay runs away from us, cranes in a row, stacks, a ship alongside."""
    rng = cv.rng
    modern = p.get("modern", True)
    hz = p.get("horizon", 0.42)
    haze = (222, 216, 204) if p.get("warm") else (208, 214, 220)
    sky(cv, [(0, (70, 118, 180)), (0.28, (135, 172, 210)), (hz, haze)], bottom=hz + 0.01)
    clouds(cv, 0.04, hz - 0.12, 6, (252, 252, 250), (196, 202, 212), 185)
    cv.glow((cv.W * 0.85, cv.H * 0.05), cv.W * 0.6, (255, 238, 205), 0.45)
    ridge(cv, hz - 0.008, 0.07, (118, 128, 120), haze=0.6, haze_color=haze, rough=5, blur=1.5)
    ridge(cv, hz + 0.002, 0.03, (110, 122, 104), haze=0.45, haze_color=haze, rough=5, blur=1.0)
    sun = Sun(azimuth=130, elevation=38, ambient=0.58, diffuse=0.55)
    cam = Camera(
        cv,
        horizon=hz,
        height=p.get("cam_h", 34),
        fov_w=1.0,
        cx=0.5,
        yaw=p.get("yaw", -20),
        x0=p.get("cam_x", 150),
        z0=-40,
        sun=sun,
        fog_color=haze,
        visibility=1300,
    )
    sea(cam, (120, 146, 160), (36, 66, 86), amp=0.5, texels_per_m=6)
    qx = -20.0  # quay edge; land for x < qx
    land = [(-4000, 20), (qx, 20), (qx, 6000), (-4000, 6000)]
    qmask = cam.ground_mask(land)
    cam.paint_ground(qmask, tile_noise_cached(rng), 2.0, (126, 124, 118), (174, 170, 162))
    lay, d = cv.layer()
    cam.face(
        d, [(qx, -2.5, 20), (qx, -2.5, 6000), (qx, 0.01, 6000), (qx, 0.01, 20)], (86, 84, 80), cull=False
    )
    for z in range(40, 1500, 24):  # lane markings
        d.polygon(
            cam.ribbon([(qx - 12, z), (qx - 12, z + 10)], 0.35),
            fill=rgba(cam.fog_at((236, 226, 120), qx, z), 200),
        )
    cv.add(lay)

    smask, sd = cam.shadow_layer()
    blocks = []
    if modern:
        for row in range(9):
            x0 = qx - 75 - row * 20
            for k in range(14):
                blocks.append((x0, 60 + k * 66 + (row % 2) * 12, rng.randint(2, 5)))
    else:
        for row in range(2):
            for k in range(9):
                if rng.random() < 0.45:
                    blocks.append((qx - 60 - row * 22, 80 + k * 70, rng.randint(1, 2)))
    sheds = (
        []
        if modern
        else [(qx - 150 - 60 * r, 40 + k * 130, rng.uniform(12, 16)) for r in range(2) for k in range(7)]
    )
    for x0, z0, tiers in blocks:
        cam.box_shadow(sd, x0, x0 + 12.2, z0, z0 + 48.8, tiers * 2.6)
    for x0, z0, h in sheds:
        cam.box_shadow(sd, x0, x0 + 45, z0, z0 + 110, h)
    cranes_z = [110, 190, 270, 350, 430] if modern else [60, 140, 230, 330, 440]
    for cz in cranes_z:
        for lz in (cz, cz + 17):
            for lx in (qx - 4, qx - 34):
                cam.pole_shadow(sd, lx, lz, 48 if modern else 30, 2.0)
    cv.shadow(smask, blur=cv.W * 0.003, opacity=0.42, color=(40, 44, 60))

    lay, d = cv.layer()
    for x0, z0, h in sorted(sheds, key=lambda b: -cam.depth(b[0] + 22, b[1] + 55)):
        cam.box(
            d,
            x0,
            x0 + 45,
            z0,
            z0 + 110,
            0,
            h,
            mix((196, 180, 150), (170, 160, 146), rng.random()),
            top=(150, 120, 100),
        )
        cam.face(
            d,
            [(x0 + 45, 0.2, z0 + 20), (x0 + 45, 0.2, z0 + 34), (x0 + 45, 6, z0 + 34), (x0 + 45, 6, z0 + 20)],
            (70, 64, 58),
        )
        cam.face(
            d,
            [(x0 + 45, 0.2, z0 + 70), (x0 + 45, 0.2, z0 + 84), (x0 + 45, 6, z0 + 84), (x0 + 45, 6, z0 + 70)],
            (70, 64, 58),
        )
    for x0, z0, tiers in sorted(blocks, key=lambda b: -cam.depth(b[0] + 6, b[1] + 24)):
        container_block(cam, d, x0, z0, 5, 4, tiers, rng, along_z=True)
    for cz in sorted(cranes_z, key=lambda z: -z):
        _sts_crane(cam, d, qx, cz, modern, rng, part="legs")
    cv.add(lay)
    # the ship alongside, stern toward us
    L = 340 if modern else 150
    sz0 = p.get("ship_z", 70.0)
    sx0, sx1 = qx + 3, qx + 46
    lay, d = cv.layer()
    ship_hull(cam, d, sx0, sx1, sz0, sz0 + L, 18, (30, 44, 72) if modern else (58, 50, 46))
    if modern:
        cam.box(
            d, sx0 + 4, sx1 - 4, sz0 + 8, sz0 + 26, 18, 52, (238, 238, 232), detail=_bridge_windows(cam, d)
        )
        cam.box(d, sx0 + 16, sx1 - 16, sz0 + 30, sz0 + 40, 18, 46, (196, 60, 50))
        z = sz0 + 46
        while z < sz0 + L - 40:
            container_block(
                cam, d, sx0 + 3, z, 1, 16, rng.randint(4, 8), rng, h0=18, along_z=True, cross=True
            )
            z += 13.4
    else:
        cam.box(
            d, sx0 + 6, sx1 - 6, sz0 + 8, sz0 + 26, 18, 31, (228, 224, 212), detail=_bridge_windows(cam, d)
        )
        cam.box(d, sx0 + 15, sx1 - 15, sz0 + 28, sz0 + 34, 18, 40, (40, 40, 40))
        for k in range(3):
            cam.box(d, sx0 + 8, sx1 - 8, sz0 + 45 + k * 30, sz0 + 65 + k * 30, 18, 19.5, (90, 70, 50))
        for mz in (sz0 + 60, sz0 + 110):
            cam.line(d, ((sx0 + sx1) / 2, 18, mz), ((sx0 + sx1) / 2, 42, mz), 0.8, (60, 60, 60))
            cam.line(d, ((sx0 + sx1) / 2, 20, mz), (sx0 + 2, 33, mz + 12), 0.5, (60, 60, 60))
    cv.add(lay)
    lay, d = cv.layer()
    for cz in sorted(cranes_z, key=lambda z: -z):
        _sts_crane(cam, d, qx, cz, modern, rng, part="top")
    cv.add(lay)
    if p.get("tug", True):
        lay, d = cv.layer()
        tx, tz = p.get("tug_x", 85.0), p.get("tug_z", 190.0)
        ship_hull(cam, d, tx, tx + 9, tz, tz + 26, 3.5, (190, 50, 40))
        cam.box(d, tx + 2, tx + 7, tz + 3, tz + 12, 3.5, 8, (240, 240, 236), detail=_bridge_windows(cam, d))
        cam.box(d, tx + 3.5, tx + 5.5, tz + 13, tz + 15, 3.5, 10.5, (30, 30, 30))
        cv.add(lay, blur=0.6)
        lay, d = cv.layer()
        for side in (-1, 1):  # the V of the wake spreading behind the tug
            d.line(
                [cam.pt(tx + 4.5 + side * (1 + k * 1.6), tz - k * 6) for k in range(14)],
                fill=(236, 242, 242, 130),
                width=max(2, int(cv.H * 0.003)),
            )
        d.polygon(cam.ribbon([(tx + 4.5, tz - k * 6) for k in range(8)], 3), fill=(236, 242, 242, 70))
        cv.add(lay, blur=cv.W * 0.002)


def tile_noise_cached(rng) -> Image.Image:
    from .paint import tile_noise

    return tile_noise((512, 512), (48, 48), rng, octaves=4)


def ship_hull(
    cam: Camera, d: ImageDraw.ImageDraw, x0: float, x1: float, z0: float, z1: float, h: float, colour
) -> None:
    """A hull along z: side facing +x (x1), square stern toward the camera (z0), pointed bow at z1."""
    bow = min(40.0, 0.14 * (z1 - z0))
    mid = (x0 + x1) / 2
    top = (128, 124, 118)
    cam.face(
        d, [(x0, h, z0), (x1, h, z0), (x1, h, z1 - bow), (mid, h, z1), (x0, h, z1 - bow)], top, cull=False
    )
    cam.face(
        d,
        [(x1, -0.5, z0), (x1, -0.5, z1 - bow), (x1, h, z1 - bow), (x1, h, z0)],
        shade(colour, cam.sun.light((1, 0, 0))),
    )
    cam.face(
        d,
        [(x1, -0.5, z1 - bow), (mid, -0.5, z1 - bow * 0.2), (mid, h, z1), (x1, h, z1 - bow)],
        shade(colour, cam.sun.light((0.7, 0, 0.7))),
    )
    cam.face(
        d,
        [(x0, -0.5, z1 - bow), (x0, -0.5, z0), (x0, h, z0), (x0, h, z1 - bow)],
        shade(colour, cam.sun.light((-1, 0, 0))),
    )
    cam.face(
        d,
        [(x0, -0.5, z0), (x1, -0.5, z0), (x1, h, z0), (x0, h, z0)],
        shade(colour, cam.sun.light((0, 0, -1))),
    )
    cam.face(d, [(x1, -0.5, z0), (x1, -0.5, z1 - bow), (x1, 2.4, z1 - bow), (x1, 2.4, z0)], (150, 44, 38))
    cam.face(d, [(x0, -0.5, z0), (x1, -0.5, z0), (x1, 2.4, z0), (x0, 2.4, z0)], (130, 40, 34))
    cam.line(d, (x1, h - 0.4, z0), (x1, h - 0.4, z1 - bow), 0.35, (232, 232, 228))


def container_block(
    cam: Camera,
    d: ImageDraw.ImageDraw,
    x0: float,
    z0: float,
    n_long: int,
    n_wide: int,
    tiers: int,
    rng,
    h0: float = 0.0,
    along_z: bool = False,
    cross: bool = False,
) -> None:
    """A stack of containers, n_long end to end, n_wide side by side, tiers high. Long axis along x,
    or along z with ``along_z``; with ``cross`` the boxes lie across (a ship's bay: n_wide across x)."""
    L, Wd, H = 12.2, 2.44, 2.6
    if cross:
        x1, z1 = x0 + Wd * n_wide, z0 + L * n_long
        cols_x, cols_z = n_wide, n_long
    elif along_z:
        x1, z1 = x0 + Wd * n_wide, z0 + L * n_long
        cols_x, cols_z = n_wide, n_long
    else:
        x1, z1 = x0 + L * n_long, z0 + Wd * n_wide
        cols_x, cols_z = n_long, n_wide
    h1 = h0 + H * tiers
    colours = [CONTAINER_COLOURS[rng.randrange(len(CONTAINER_COLOURS))] for _ in range(61)]

    def pick(i, j, f):
        return colours[(i * 7 + j * 13 + f * 5) % len(colours)]

    for name, (pts, n) in cam.box_faces(x0, x1, z0, z1, h0, h1).items():
        if not cam.visible(pts):
            continue
        k = cam.sun.light(n)
        cam.face(d, pts, (36, 36, 36), cull=False)
        if name in ("front", "back"):
            cam.grid(d, pts, cols_x, tiers, lambda i, j, k=k: shade(pick(i, j, 0), k), gap=0.07)
        elif name in ("left", "right"):
            cam.grid(d, pts, cols_z, tiers, lambda i, j, k=k: shade(pick(0, j, i), k), gap=0.05)
        else:
            cam.grid(
                d, pts, cols_x, cols_z, lambda i, j, k=k: shade(pick(i, tiers - 1, j), k * 0.96), gap=0.06
            )


def _bridge_windows(cam: Camera, d: ImageDraw.ImageDraw):
    """Rows of dark windows on the visible faces of a superstructure."""

    def detail(name, pts, k):
        if name == "top":
            return
        a, b, c, _e = pts
        for lvl in range(3):
            h = a[1] + (c[1] - a[1]) * (0.42 + 0.18 * lvl)
            cam.face(
                d,
                [(a[0], h, a[2]), (b[0], h, b[2]), (b[0], h + 1.1, b[2]), (a[0], h + 1.1, a[2])],
                (40, 52, 64),
                cull=False,
            )

    return detail


def _sts_crane(
    cam: Camera, d: ImageDraw.ImageDraw, qx: float, cz: float, modern: bool, rng, part: str = "all"
) -> None:
    """A ship-to-shore gantry crane on the quay edge x = qx at z = cz; the boom reaches out over the
    water (+x) and back over the land."""
    col = (58, 108, 168) if modern else (176, 84, 52)
    dark = shade(col, 0.62)
    h = 46 if modern else 30
    w = 1.8 if modern else 1.0
    legs_x = (qx - 4, qx - 34)
    r = random.Random(int(cz * 1000 + qx))
    if part == "top":
        legs_x = ()
    for lz in (cz, cz + 17) if legs_x else ():
        for lx in legs_x:
            cam.beam(d, (lx, 0, lz), (lx, h, lz), w, col)
        cam.beam(d, (legs_x[0], h, lz), (legs_x[1], h, lz), w * 1.3, shade(col, 0.9))
        cam.beam(d, (legs_x[0], h * 0.5, lz), (legs_x[1], h * 0.5, lz), w * 0.8, dark)
    for lx in legs_x:
        cam.beam(d, (lx, h, cz), (lx, h, cz + 17), w, col)
        cam.beam(d, (lx, 1.5, cz), (lx, 1.5, cz + 17), w * 1.4, dark)
    if part == "legs":
        return
    boom_h = h + 5
    bz = cz + 8.5
    reach = 64 if modern else 32
    cam.beam(d, (qx - 60, boom_h, bz), (qx + reach, boom_h, bz), 3.2 if modern else 1.6, shade(col, 1.12))
    cam.beam(d, (qx - 60, boom_h + 2.6, bz), (qx + reach - 4, boom_h + 2.6, bz), 0.7, dark)
    apex = (qx - 19, boom_h + (28 if modern else 14), bz)
    cam.line(d, (qx - 4, boom_h, bz), apex, 1.3, col)
    cam.line(d, (qx - 34, boom_h, bz), apex, 1.3, col)
    for tx in (qx + reach - 2, qx + reach * 0.55, qx + 8):
        cam.line(d, apex, (tx, boom_h + 1.5, bz), 0.22, (50, 50, 55))
    cam.line(d, apex, (qx - 58, boom_h + 1.5, bz), 0.28, (50, 50, 55))
    cam.box(d, qx - 60, qx - 44, bz - 4, bz + 4, boom_h - 1, boom_h + 6, (236, 236, 230))
    tx = qx + r.uniform(10, reach - 8)
    cam.box(d, tx - 3, tx + 3, bz - 3, bz + 3, boom_h - 3, boom_h + 1, (232, 228, 216))
    cam.line(d, (tx, boom_h - 3, bz), (tx, boom_h - r.uniform(12, 26), bz), 0.3, (40, 40, 40))


def boat(
    cam: Camera,
    d: ImageDraw.ImageDraw,
    x: float,
    z: float,
    heading: float,
    length: float,
    hull,
    trim,
    rng,
    cabin: bool = False,
    mast: bool = False,
) -> None:
    """A small wooden boat: pointed bow, transom stern, a coloured sheer strake; heading in degrees
    (0 = bow pointing away from the camera)."""
    a = math.radians(heading)
    ca, sa = math.cos(a), math.sin(a)
    B = length * 0.33

    def w(u: float, v: float, h: float):
        return (x + v * ca + u * sa, h, z + u * ca - v * sa)

    L2 = length / 2
    gun, bowh = 1.55 * length / 8, 2.5 * length / 8
    sh = L2 * 0.45  # where the bow starts to narrow
    pts_top = [w(-L2, -B / 2, gun), w(sh, -B / 2, gun), w(L2, 0, bowh), w(sh, B / 2, gun), w(-L2, B / 2, gun)]
    # interior first (seen from above), then the outside faces, back faces culled
    cam.face(d, pts_top, shade(hull, 0.45), cull=False)
    sides = [
        (
            [w(-L2, -B / 2, 0.1), w(-L2, B / 2, 0.1), w(-L2, B / 2, gun), w(-L2, -B / 2, gun)],
            (-sa, 0, -ca),
        ),  # transom
        ([w(-L2, B / 2, 0.1), w(sh, B / 2 * 0.9, 0), w(sh, B / 2, gun), w(-L2, B / 2, gun)], (ca, 0, -sa)),
        (
            [w(sh, B / 2 * 0.9, 0), w(L2, 0, 0.2), w(L2, 0, bowh), w(sh, B / 2, gun)],
            (ca * 0.7 + sa * 0.7, 0, -sa * 0.7 + ca * 0.7),
        ),
        (
            [w(L2, 0, 0.2), w(sh, -B / 2 * 0.9, 0), w(sh, -B / 2, gun), w(L2, 0, bowh)],
            (-ca * 0.7 + sa * 0.7, 0, sa * 0.7 + ca * 0.7),
        ),
        (
            [w(sh, -B / 2 * 0.9, 0), w(-L2, -B / 2, 0.1), w(-L2, -B / 2, gun), w(sh, -B / 2, gun)],
            (-ca, 0, sa),
        ),
    ]
    for pts, n in sides:
        if not cam.visible(pts):
            continue
        k = cam.sun.light(n)
        cam.face(d, pts, shade(hull, k), cull=False)
        # the coloured strake along the top of the side
        top = [pts[3], pts[2]]
        bot = [(p[0], p[1] - 0.4 * length / 8, p[2]) for p in top]
        cam.face(d, [bot[0], bot[1], top[1], top[0]], shade(trim, k), cull=False)
    if cabin:
        c = w(-L2 * 0.35, 0, gun)
        r = length * 0.1
        cam.box(d, c[0] - r, c[0] + r, c[2] - r, c[2] + r, gun, gun + length * 0.15, (236, 234, 228))
    if mast:
        m = w(0, 0, gun)
        cam.line(d, m, (m[0], gun + length * 0.6, m[2]), 0.1, (80, 64, 50))
    # reflection
    p0, p1 = cam.pt(*w(-L2, 0, 0)[::2]), cam.pt(*w(L2, 0, 0)[::2])
    s = cam.scale(x, z)
    d.rectangle(
        (min(p0[0], p1[0]), max(p0[1], p1[1]), max(p0[0], p1[0]), max(p0[1], p1[1]) + s * 0.5),
        fill=rgba(shade(hull, 0.55), 90),
    )
    _ = rng


def fishing_harbour(cv: Canvas, p: dict) -> None:
    """Blue wooden fishing boats in a harbour under the ramparts, gulls overhead."""
    rng = cv.rng
    hz = 0.5
    haze = (226, 222, 210)
    sky(cv, [(0, (88, 134, 188)), (0.3, (156, 188, 214)), (hz, haze)], bottom=hz + 0.01)
    clouds(cv, 0.05, hz - 0.15, 5, (252, 250, 246), (208, 208, 214), 170)
    sun = Sun(azimuth=-80, elevation=35, ambient=0.55, diffuse=0.55)
    cam = Camera(
        cv, horizon=hz, height=3.5, fov_w=1.0, yaw=p.get("yaw", 12), sun=sun, fog_color=haze, visibility=1200
    )
    sea(cam, (120, 146, 150), (40, 70, 76), amp=0.45, texels_per_m=5, calm=0.7)
    lay, d = cv.layer()
    # ramparts, a bastion and the white town behind, on the right
    wall = (200, 176, 136)
    for k in range(26):
        z = 240 + k * 9
        x0 = 60 + k * 1.5
        h = rng.uniform(8, 16)
        cam.box(
            d,
            x0 + 14,
            x0 + 24,
            z,
            z + 9,
            8,
            8 + h,
            mix((240, 236, 226), (220, 206, 180), rng.random()),
            detail=_house_windows(cam, d, rng),
        )
    cam.box(d, 40, 90, 200, 480, 0, 9, wall)
    for k in range(30):
        z = 200 + k * 9.3
        cam.box(d, 40, 41.2, z, z + 4.5, 9, 10.6, wall)
    cam.box(d, 30, 60, 170, 200, 0, 16, shade(wall, 0.95))
    for k in range(5):
        cam.box(d, 30, 31.2, 171 + k * 6, 174 + k * 6, 16, 17.6, wall)
    cam.cylinder(d, 26, 168, 0, 18, 6, 5.5, shade(wall, 1.0), strips=8)
    cv.add(lay)
    # jetty in the foreground left
    lay, d = cv.layer()
    cam.box(d, -60, -8, 4, 120, -1, 1.2, (150, 140, 126))
    cv.add(lay)
    boats = []
    for row in range(6):
        z = 26 + row * 13 + rng.uniform(-2, 2)
        for k in range(rng.randint(4, 7)):
            boats.append(
                (
                    -2 + k * 6.5 + rng.uniform(-1.5, 1.5) + row * 2.5,
                    z + rng.uniform(-2, 2),
                    rng.uniform(-30, 30) + (90 if rng.random() < 0.25 else 0),
                )
            )
    lay, d = cv.layer()
    blues = [(30, 80, 170), (40, 110, 190), (26, 66, 140), (60, 130, 200)]
    trims = [(220, 60, 50), (240, 200, 60), (240, 240, 235), (60, 160, 90), (230, 120, 40)]
    for x, z, hd in sorted(boats, key=lambda b: -cam.depth(b[0], b[1])):
        boat(
            cam,
            d,
            x,
            z,
            hd,
            rng.uniform(6.5, 9),
            blues[rng.randrange(4)],
            trims[rng.randrange(5)],
            rng,
            cabin=False,
            mast=rng.random() < 0.4,
        )
    cv.add(lay)
    lay, d = cv.layer()
    for _ in range(16):
        gx, gy = rng.uniform(0.05, 0.95) * cv.W, rng.uniform(0.06, 0.4) * cv.H
        s = cv.W * rng.uniform(0.005, 0.014)
        d.line(
            [
                (gx - s, gy - s * 0.3),
                (gx - s * 0.3, gy),
                (gx, gy - s * 0.1),
                (gx + s * 0.3, gy),
                (gx + s, gy - s * 0.35),
            ],
            fill=(60, 60, 60, 220),
            width=max(2, int(s * 0.15)),
        )
    cv.add(lay, blur=0.6)


def _house_windows(cam: Camera, d: ImageDraw.ImageDraw, rng):
    def detail(name, pts, k):
        if name not in ("front", "left"):
            return
        a, b, c, _e = pts
        for _ in range(2):
            t = rng.uniform(0.15, 0.7)
            hh = a[1] + (c[1] - a[1]) * rng.uniform(0.3, 0.7)
            p0 = (a[0] + (b[0] - a[0]) * t, a[2] + (b[2] - a[2]) * t)
            p1 = (a[0] + (b[0] - a[0]) * (t + 0.15), a[2] + (b[2] - a[2]) * (t + 0.15))
            cam.face(
                d,
                [(p0[0], hh, p0[1]), (p1[0], hh, p1[1]), (p1[0], hh + 1.4, p1[1]), (p0[0], hh + 1.4, p0[1])],
                (40, 90, 150) if rng.random() < 0.6 else (60, 50, 40),
                cull=False,
            )

    return detail


def beach_resort(cv: Canvas, p: dict) -> None:
    """A long beach on a bay: the sea on the left, hotels along the promenade, palms, parasols."""
    rng = cv.rng
    hz = 0.44
    warm = p.get("late", False)
    haze = (236, 214, 190) if warm else (220, 226, 228)
    sky(
        cv,
        [
            (0, (90, 130, 190) if not warm else (110, 120, 170)),
            (0.25, (150, 184, 216) if not warm else (200, 170, 170)),
            (hz, haze),
        ],
        bottom=hz + 0.01,
    )
    clouds(cv, 0.05, hz - 0.12, 4, (255, 250, 244), (214, 210, 212), 150)
    ridge(cv, hz + 0.004, 0.07, (140, 128, 106), haze=0.55, haze_color=haze, rough=4, blur=1.5)
    sun = Sun(azimuth=-100 if warm else -60, elevation=16 if warm else 40, ambient=0.6, diffuse=0.5)
    cam = Camera(
        cv, horizon=hz, height=5, fov_w=1.1, yaw=p.get("yaw", -12), sun=sun, fog_color=haze, visibility=1500
    )

    def shore(z: float) -> float:
        return -30 - 0.12 * z + 8 * math.sin(z / 90)

    sea(
        cam,
        (120, 170, 190),
        (40, 120, 150),
        amp=0.5,
        texels_per_m=4,
        glitter=(0.2, (255, 244, 220)) if warm else None,
    )
    sand = [(shore(z), z) for z in range(2, 3000, 20)] + [(4000, 3000), (4000, 2)]
    gm = cam.ground_mask(sand)
    cam.paint_ground(
        gm, tile_noise((512, 512), (40, 40), rng, octaves=4), 3, (200, 178, 142), (238, 222, 192)
    )
    lay, d = cv.layer()
    path = [(shore(z), z) for z in range(2, 2000, 6)]
    d.polygon(cam.ribbon(path, 6, offset=3), fill=(176, 154, 118, 120))  # wet sand
    d.polygon(cam.ribbon(path, 1.2, offset=-0.3), fill=(250, 252, 250, 220))  # surf
    d.polygon(cam.ribbon([(x - 12, z) for x, z in path], 1.5), fill=(240, 248, 248, 140))
    cv.add(lay, blur=1.5)
    # hotels along the promenade
    lay, d = cv.layer()
    blocks = []
    for i in range(12):
        z = 120 + i * 75
        blocks.append((60 + 0.05 * z + rng.uniform(-4, 4), z, rng.uniform(12, 22), rng.uniform(40, 65)))
    for x, z, h, w in sorted(blocks, key=lambda b: -b[1]):

        def det(name, pts, k, h=h):
            if name in ("front", "left"):
                a, b, _c, _e = pts
                for f in range(int(h / 3.2)):
                    y = f * 3.2 + 1.0
                    cam.face(
                        d,
                        [(a[0], y, a[2]), (b[0], y, b[2]), (b[0], y + 1.6, b[2]), (a[0], y + 1.6, a[2])],
                        (90, 120, 140),
                        cull=False,
                    )
                    cam.face(
                        d,
                        [
                            (a[0], y - 0.2, a[2]),
                            (b[0], y - 0.2, b[2]),
                            (b[0], y + 0.1, b[2]),
                            (a[0], y + 0.1, a[2]),
                        ],
                        (250, 250, 246),
                        cull=False,
                    )

        cam.box(d, x, x + 24, z, z + w, 0, h, (244, 240, 232), detail=det)
        for t in range(3):
            cam.box(
                d,
                x + 5 + t * 5,
                x + 24,
                z + 2,
                z + w - 2,
                h + t * 3.2,
                h + (t + 1) * 3.2,
                (240, 236, 226),
                detail=det,
            )
    cv.add(lay)
    lay, d = cv.layer()
    from .paint import palm

    items = [("palm", 52 + 0.05 * z, z) for z in range(30, 900, 26)]
    for _ in range(50):
        z = rng.uniform(8, 160)
        items.append(("parasol", rng.uniform(shore(z) + 8, 45), z))
    for _ in range(60):
        z = rng.uniform(6, 200)
        items.append(("person", rng.uniform(shore(z) - 2, 45), z))
    for kind, x, z in sorted(items, key=lambda it: -cam.depth(it[1], it[2])):
        px_, py_ = cam.pt(x, z)
        s = cam.scale(x, z)
        if kind == "palm":
            palm(
                d,
                px_,
                py_,
                s * 12,
                rng,
                trunk=cam.fog_at((110, 90, 70), x, z),
                leaf=cam.fog_at((50, 90, 45), x, z),
            )
        elif kind == "parasol":
            col = cam.fog_at(
                [(230, 70, 60), (250, 200, 60), (60, 130, 190), (240, 240, 240)][rng.randrange(4)], x, z
            )
            d.line((px_, py_, px_, py_ - s * 2.2), fill=(80, 70, 60, 255), width=max(1, int(s * 0.06)))
            d.chord((px_ - s * 1.2, py_ - s * 2.7, px_ + s * 1.2, py_ - s * 1.7), 180, 360, fill=rgba(col))
            d.ellipse((px_ - s * 1.4, py_ - s * 0.12, px_ + s * 0.6, py_ + s * 0.3), fill=(120, 100, 70, 80))
        else:
            person(
                d,
                px_,
                py_,
                s * 1.7,
                cam.fog_at(
                    [(200, 150, 120), (70, 90, 140), (180, 60, 60), (230, 230, 220)][rng.randrange(4)], x, z
                ),
                head=cam.fog_at((90, 60, 45), x, z),
            )
    cv.add(lay)
    if warm:
        cv.glow((cv.W * 0.2, cv.H * (hz - 0.05)), cv.W * 0.45, (255, 200, 140), 0.7)


def dakhla_lagoon(cv: Canvas, p: dict) -> None:
    """The Dakhla lagoon: turquoise shallows, a white dune, kites over the water."""
    rng = cv.rng
    hz = 0.47
    haze = (232, 228, 214)
    sky(cv, [(0, (56, 126, 200)), (0.3, (128, 184, 226)), (hz, haze)], bottom=hz + 0.01)
    streaks(cv, 0.08, 0.35, 6, (250, 250, 250), 80)
    ridge(cv, hz + 0.002, 0.014, (206, 176, 136), haze=0.45, haze_color=haze, rough=3)
    sun = Sun(azimuth=-40, elevation=55)
    cam = Camera(
        cv, horizon=hz, height=p.get("cam_h", 9), fov_w=1.1, yaw=0, sun=sun, fog_color=haze, visibility=2500
    )
    sea(cam, (110, 196, 196), (40, 168, 176), amp=0.4, texels_per_m=3, calm=1.4)
    lay, d = cv.layer()
    for _ in range(9):  # pale sandbanks under the water
        z = rng.uniform(60, 900)
        x = rng.uniform(-300, 300)
        w = rng.uniform(20, 120)
        d.polygon(
            cam.ribbon([(x + k * w / 6, z + math.sin(k) * 3) for k in range(7)], rng.uniform(4, 14)),
            fill=(190, 236, 222, 150),
        )
    cv.add(lay, blur=cv.W * 0.004)
    # the white dune on the left: lit face and shadowed lee side
    from .paint import noise1d

    n = 120
    nz = noise1d(n, rng, octaves=4, base=2)
    crest = [
        (
            cv.W * (-0.02 + 0.7 * i / (n - 1)),
            cv.H * (0.99 - 0.2 * math.sin(math.pi * (i / (n - 1)) ** 0.6) ** 0.8 + 0.01 * nz[i]),
        )
        for i in range(n)
    ]
    lay, d = cv.layer()
    d.polygon([*crest, (cv.W * 0.7, cv.H), (0, cv.H)], fill=(238, 228, 206, 255))
    cv.add(lay)
    peak = min(range(n), key=lambda i: crest[i][1])
    sh = Image.new("L", (cv.W, cv.H), 0)
    ImageDraw.Draw(sh).polygon(
        [*crest[peak:], (cv.W * 0.7, cv.H), (crest[peak][0] + cv.W * 0.08, cv.H)], fill=255
    )
    cv.shadow(sh, blur=cv.W * 0.01, opacity=0.3, color=(150, 140, 170))
    mask = Image.new("L", (cv.W, cv.H), 0)
    ImageDraw.Draw(mask).polygon([*crest, (cv.W * 0.7, cv.H), (0, cv.H)], fill=255)
    tex = tile_noise((cv.W // 2, cv.H // 2), (60, 8), rng, octaves=4).resize((cv.W, cv.H))
    cv.tint_region(mask, tex, (208, 192, 164), (252, 246, 232), 0.5)
    # kites: riders on the water, canopies up in the wind
    lay, d = cv.layer()
    colours = [
        (230, 50, 60),
        (250, 200, 40),
        (40, 120, 210),
        (250, 120, 30),
        (30, 180, 120),
        (240, 240, 240),
        (160, 60, 180),
    ]
    riders = [(rng.uniform(-120, 260), rng.uniform(40, 600)) for _ in range(p.get("kites", 24))]
    for x, z in sorted(riders, key=lambda r: -r[1]):
        if cam.pt(x, z)[0] < cv.W * 0.45 and cam.pt(x, z)[1] > cv.H * 0.62:
            continue
        kx, kh, kz = x + rng.uniform(-14, 14), rng.uniform(14, 22), z + rng.uniform(-6, 6)
        col = cam.fog_at(colours[rng.randrange(len(colours))], x, z)
        s = cam.scale(kx, kz)
        cx, cy = cam.pt(kx, kz, kh)
        ang = rng.uniform(-0.5, 0.5)
        outer, inner = [], []
        for k in range(13):
            t = math.pi * (0.08 + 0.84 * k / 12)
            outer.append((cx + math.cos(t + ang) * s * 5.5, cy - math.sin(t + ang) * s * 2.6))
            inner.append((cx + math.cos(t + ang) * s * 5.0, cy - math.sin(t + ang) * s * 1.4))
        d.polygon(outer + inner[::-1], fill=rgba(col, 250))
        d.line(outer, fill=rgba(shade(col, 0.7), 250), width=max(1, int(s * 0.3)))
        rx, ry = cam.pt(x, z, 1.1)
        lw = max(1, int(s * 0.05))
        d.line([outer[0], (rx, ry)], fill=(50, 50, 50, 110), width=lw)
        d.line([outer[-1], (rx, ry)], fill=(50, 50, 50, 110), width=lw)
        fx, fy = cam.pt(x, z)
        person(d, fx, fy, s * 1.7, cam.fog_at((30, 30, 40), x, z))
        d.polygon(
            [
                (fx - s * 1.2, fy),
                (fx + s * 0.5, fy),
                (fx + s * 1.4, fy + s * 0.3),
                (fx - s * 1.8, fy + s * 0.3),
            ],
            fill=(255, 255, 255, 170),
        )
    cv.add(lay)


def coastal_road(cv: Canvas, p: dict) -> None:
    """A road along the cliffs above the Mediterranean, winding away along the coast."""
    rng = cv.rng
    hz = 0.38
    haze = (214, 222, 226)
    sky(cv, [(0, (70, 120, 185)), (0.25, (140, 180, 215)), (hz, haze)], bottom=hz + 0.01)
    clouds(cv, 0.04, hz - 0.1, 4, (250, 250, 250), (200, 205, 215), 170)
    sun = Sun(azimuth=-130, elevation=45)
    cam = Camera(
        cv, horizon=hz, height=70, fov_w=1.1, yaw=p.get("yaw", 8), sun=sun, fog_color=haze, visibility=2600
    )
    sea(cam, (110, 150, 175), (30, 84, 124), amp=0.45, texels_per_m=2.5)
    ridge(
        cv, hz + 0.003, 0.12, (110, 112, 92), haze=0.55, haze_color=haze, rough=5, blur=1.0, bottom=hz + 0.02
    )

    def coast(z: float) -> float:
        return -40 + 0.25 * z + 45 * math.sin(z / 160) + 18 * math.sin(z / 53 + 1)

    zs = list(range(30, 4000, 8))
    land = [(coast(z), z) for z in zs] + [(9000, 4000), (9000, 30)]
    gm = cam.ground_mask(land)
    cam.paint_ground(gm, tile_noise((512, 512), (50, 50), rng, octaves=5), 0.6, (88, 96, 60), (168, 150, 100))
    lay, d = cv.layer()
    # cliff band along the coastline and the surf at its foot
    d.polygon(
        cam.ribbon([(coast(z), z) for z in zs], 7, offset=-2), fill=rgba(cam.fog_at((150, 128, 100), 0, 300))
    )
    d.polygon(cam.ribbon([(coast(z) - 6, z) for z in zs], 2.5), fill=(240, 246, 246, 170))
    cv.add(lay, blur=1.0)
    lay, d = cv.layer()
    path = [(coast(z) + 22 + 6 * math.sin(z / 40), z) for z in zs]
    d.polygon(cam.ribbon(path, 12), fill=(196, 184, 160, 255))
    d.polygon(cam.ribbon(path, 8), fill=(64, 64, 68, 255))
    for k in range(0, len(path) - 2, 3):
        d.polygon(cam.ribbon(path[k : k + 2], 0.3), fill=(236, 236, 226, 255))
    d.polygon(cam.ribbon(path, 0.4, offset=-4.8), fill=(220, 220, 214, 255))
    cv.add(lay)
    lay, d = cv.layer()
    for k, col in ((14, (200, 40, 40)), (48, (230, 230, 230)), (110, (40, 60, 120)), (200, (220, 220, 210))):
        x, z = path[k]
        x += 2 if k % 2 else -2
        cam.box(d, x - 0.9, x + 0.9, z, z + 4.3, 0.2, 1.2, col)
        cam.box(d, x - 0.8, x + 0.8, z + 1.1, z + 3.2, 1.2, 1.7, (60, 70, 80))
    cv.add(lay)
    lay, d = cv.layer()
    for _ in range(400):  # scrub on the slope in front
        z = rng.uniform(30, 300)
        x = rng.uniform(coast(z) + 35, coast(z) + 250)
        px_, py_ = cam.pt(x, z)
        r = cam.scale(x, z) * rng.uniform(1.5, 3.5)
        d.ellipse(
            (px_ - r, py_ - r * 0.6, px_ + r, py_ + r * 0.4),
            fill=rgba(cam.fog_at(mix((50, 66, 36), (100, 106, 60), rng.random()), x, z), 230),
        )
    cv.add(lay, blur=0.8)


_ = (blur_fast, mix, ridge, textured_fill, value_noise, vmask, water, random)
