"""Energy scenes: wind turbines on a ridge, a photovoltaic field, a solar tower with heliostats,
parabolic troughs."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from .paint import Canvas, clouds, mix, rgba, ridge, shade, sky, streaks, tile_noise
from .world import Camera, Sun


def _turbine(
    d: ImageDraw.ImageDraw,
    x: float,
    y: float,
    h: float,
    angle: float,
    light_left: bool = True,
    col=(236, 238, 240),
    alpha: int = 255,
) -> None:
    """A three-bladed turbine, tower foot at (x, y), hub height h pixels, seen from the front."""
    tw0, tw1 = h * 0.045, h * 0.022
    lit, dark = col, shade(col, 0.78)
    d.polygon(
        [(x - tw0 / 2, y), (x + tw0 / 2, y), (x + tw1 / 2, y - h), (x - tw1 / 2, y - h)],
        fill=rgba(dark, alpha),
    )
    if light_left:
        d.polygon([(x - tw0 / 2, y), (x, y), (x, y - h), (x - tw1 / 2, y - h)], fill=rgba(lit, alpha))
    else:
        d.polygon([(x, y), (x + tw0 / 2, y), (x + tw1 / 2, y - h), (x, y - h)], fill=rgba(lit, alpha))
    # nacelle (seen a little from the side)
    nw, nh = h * 0.11, h * 0.035
    d.rounded_rectangle(
        (x - nw * 0.3, y - h - nh / 2, x + nw * 0.7, y - h + nh / 2),
        radius=nh * 0.4,
        fill=rgba(shade(col, 0.9), alpha),
    )
    hub = (x - nw * 0.32, y - h)
    blade = h * 0.62
    for k in range(3):
        a = angle + k * 2 * math.pi / 3
        ux, uy = math.cos(a), math.sin(a)
        px, py = -uy, ux
        pts = []
        for t, wdt in ((0.0, 0.02), (0.12, 0.055), (0.35, 0.045), (0.7, 0.025), (1.0, 0.006)):
            pts.append(
                (hub[0] + ux * blade * t + px * blade * wdt, hub[1] + uy * blade * t + py * blade * wdt)
            )
        back = [
            (hub[0] + ux * blade * t - px * blade * 0.012, hub[1] + uy * blade * t - py * blade * 0.012)
            for t in (1.0, 0.5, 0.0)
        ]
        d.polygon(pts + back, fill=rgba(shade(col, 0.95 if k else 1.0), alpha))
    r = h * 0.022
    d.ellipse((hub[0] - r, hub[1] - r, hub[0] + r, hub[1] + r), fill=rgba(shade(col, 1.05), alpha))


def wind_farm(cv: Canvas, p: dict) -> None:
    """Wind turbines along ridges that fade into the distance; a scrubby slope and a track in front."""
    rng = cv.rng
    coastal = p.get("coastal", False)
    evening = p.get("evening", False)
    hz = 0.6
    haze = (214, 220, 226) if not evening else (236, 206, 178)
    if evening:
        sky(
            cv,
            [(0, (64, 80, 130)), (0.3, (160, 140, 156)), (hz - 0.06, (240, 186, 136)), (hz, haze)],
            bottom=hz + 0.01,
        )
        cv.glow((cv.W * 0.78, cv.H * (hz - 0.06)), cv.W * 0.5, (255, 210, 150), 0.9)
        streaks(cv, 0.15, hz - 0.1, 6, (250, 200, 170), 90)
    else:
        sky(cv, [(0, (58, 104, 172)), (0.35, (124, 164, 208)), (hz, haze)], bottom=hz + 0.01)
        clouds(cv, 0.04, hz - 0.18, 9, (252, 252, 252), (186, 194, 208), 210, size=1.4)
    tcol = (240, 242, 244) if not evening else (226, 206, 192)
    if coastal:
        from .world import sea

        cam = Camera(cv, horizon=hz, height=60, fov_w=1.2, fog_color=haze, visibility=4000)
        sea(cam, (128, 158, 174), (66, 104, 126), amp=0.3, texels_per_m=1.5)
        layers = [
            (hz + 0.12, 0.05, (196, 164, 116), 0.25, 0.17, 6),
            (hz + 0.34, 0.06, (206, 176, 128), 0.05, 0.0, 0),
        ]
    else:
        layers = [
            (hz - 0.01, 0.06, (118, 128, 140), 0.62, 0.05, 9),
            (hz + 0.07, 0.1, (124, 120, 96), 0.35, 0.12, 5),
            (hz + 0.3, 0.14, (150, 128, 86), 0.0, 0.0, 0),
        ]
    for base, amp, col, hz_amt, tsize, n in layers:
        near = hz_amt < 0.1
        profile = ridge(
            cv,
            base,
            amp,
            col,
            haze=hz_amt,
            haze_color=haze,
            rough=5,
            texture=0.55 if not near else 0.0,
            blur=1.0 if hz_amt > 0.5 else 0,
        )
        if near:
            mask = Image.new("L", (cv.W, cv.H), 0)
            pts = [(cv.W * i / (len(profile) - 1), y) for i, y in enumerate(profile)]
            ImageDraw.Draw(mask).polygon([*pts, (cv.W, cv.H), (0, cv.H)], fill=255)
            tex = tile_noise((cv.W // 4, cv.H // 4), (30, 12), rng, octaves=4).resize((cv.W, cv.H))
            cv.tint_region(mask, tex, shade(col, 0.62), mix(col, (176, 170, 110), 0.4))
            _scrub(cv, pts, rng)
            continue
        lay, d = cv.layer()
        xs = [(k + 0.5 + rng.uniform(-0.25, 0.25)) / n for k in range(n)]
        for fx in xs:
            i = int(fx * (len(profile) - 1))
            x, y = fx * cv.W, profile[i] + cv.H * 0.006
            _turbine(
                d,
                x,
                y,
                cv.H * tsize * rng.uniform(0.92, 1.08),
                rng.uniform(0, 2 * math.pi),
                col=tcol,
                light_left=not evening,
            )
        cv.add(lay, haze=hz_amt * 0.85, haze_color=haze)
    if p.get("big", True) and not coastal:
        lay, d = cv.layer()
        _turbine(
            d,
            cv.W * 0.8,
            cv.H * 0.86,
            cv.H * 0.5,
            rng.uniform(0, 2 * math.pi),
            col=tcol,
            light_left=not evening,
        )
        cv.add(lay)
    if not evening:
        cv.glow((cv.W * 0.1, 0), cv.W * 0.7, (255, 246, 225), 0.35)


def _scrub(cv: Canvas, profile, rng) -> None:
    """Bushes on the near slope: more and bigger toward the viewer, each with a soft shadow."""
    top = min(y for _x, y in profile)
    lay, d = cv.layer()
    sh = Image.new("L", (cv.W, cv.H), 0)
    sd = ImageDraw.Draw(sh)
    for _ in range(650):
        x = rng.uniform(-0.02, 1.02) * cv.W
        i = min(len(profile) - 1, max(0, int(x / cv.W * (len(profile) - 1))))
        y0 = profile[i][1]
        t = rng.random() ** 0.7
        y = y0 + (cv.H - y0) * t
        r = cv.W * (0.002 + 0.012 * (y - top) / (cv.H - top))
        c = mix((54, 66, 36), (110, 112, 64), rng.random())
        sd.ellipse((x - r * 0.6, y - r * 0.2, x + r * 1.6, y + r * 0.5), fill=160)
        for _k in range(3):
            ox, oy = rng.uniform(-0.6, 0.6) * r, rng.uniform(-0.5, 0.1) * r
            d.ellipse((x + ox - r * 0.7, y + oy - r * 0.6, x + ox + r * 0.7, y + oy + r * 0.35), fill=rgba(c))
            d.ellipse(
                (x + ox - r * 0.45, y + oy - r * 0.6, x + ox + r * 0.1, y + oy - r * 0.1),
                fill=rgba(shade(c, 1.25)),
            )
    cv.shadow(sh, blur=3, opacity=0.5, color=(50, 40, 30))
    cv.add(lay, blur=1.0)
    # a dirt track climbing the slope
    lay, d = cv.layer()
    for k in range(40):
        t = k / 39
        x = cv.W * (0.3 + 0.18 * math.sin(t * 3.0))
        y = cv.H - (cv.H - top) * t * 0.95
        w = cv.W * 0.05 * (1 - t) + cv.W * 0.004
        d.ellipse((x - w, y - w * 0.25, x + w, y + w * 0.25), fill=(196, 170, 128, 210))
    cv.add(lay, blur=2)


def _desert_ground(cv: Canvas, cam: Camera, col_dark, col_light, texels=0.8) -> None:
    mask = Image.new("L", (cv.W, cv.H), 0)
    mask.paste(255, (0, int(cam.hy), cv.W, cv.H))
    cam.paint_ground(mask, tile_noise((512, 512), (64, 40), cv.rng, octaves=4), texels, col_dark, col_light)


def _atlas(cv: Canvas, hz: float, haze, snow: bool = False) -> None:
    ridge(cv, hz, 0.09, (150, 130, 120), haze=0.62, haze_color=haze, rough=6, blur=1.5)
    ridge(cv, hz + 0.003, 0.04, (170, 135, 100), haze=0.42, haze_color=haze, rough=6, blur=1.0)


def solar_pv(cv: Canvas, p: dict) -> None:
    """Rows of photovoltaic panels running into the distance across a stony desert plain."""
    hz = p.get("horizon", 0.38)
    haze = (226, 220, 210)
    sky(cv, [(0, (60, 110, 180)), (0.3, (136, 176, 214)), (hz, haze)], bottom=hz + 0.01)
    streaks(cv, 0.12, hz - 0.05, 5, (250, 250, 250), 70)
    _atlas(cv, hz, haze)
    sun = Sun(azimuth=160, elevation=55, ambient=0.5, diffuse=0.6)
    cam = Camera(
        cv,
        horizon=hz,
        height=p.get("cam_h", 24.0),
        fov_w=1.0,
        yaw=p.get("yaw", 32),
        sun=sun,
        fog_color=haze,
        visibility=1800,
    )
    _desert_ground(cv, cam, (170, 140, 104), (214, 186, 146))
    smask, sd = cam.shadow_layer()
    rows = []
    pitch = 11.0
    for r in range(60):
        z0 = 14 + r * pitch
        rows.append(z0)
    x_from, x_to = -60.0, 1400.0
    for z0 in rows:
        sd.polygon(
            [
                cam.pt(x_from, z0 + 1.5),
                cam.pt(x_to, z0 + 1.5),
                cam.pt(x_to, z0 + 5.2),
                cam.pt(x_from, z0 + 5.2),
            ],
            fill=255,
        )
    cv.shadow(smask, blur=2, opacity=0.5, color=(60, 46, 40))
    lay, d = cv.layer()
    for z0 in sorted(rows, key=lambda z: -cam.depth(200, z)):
        lo, hi = 0.6, 2.4
        depth = 3.6
        # legs
        for x in range(int(x_from), int(x_to), 12):
            if cam.depth(x, z0) < 8:
                continue
            cam.line(d, (x, 0, z0 + 0.4), (x, lo, z0 + 0.4), 0.12, (90, 90, 94))
            cam.line(d, (x, 0, z0 + depth - 0.4), (x, hi, z0 + depth - 0.4), 0.12, (90, 90, 94))
        panel = [(x_from, lo, z0), (x_to, lo, z0), (x_to, hi, z0 + depth), (x_from, hi, z0 + depth)]

        far = min(1.0, cam.depth(200, z0) / 500)

        def colour(i, j, far=far):
            base = (28, 42, 80) if j == 0 else (36, 54, 96)
            return mix(base, (150, 176, 206), 0.12 + 0.45 * far + 0.05 * ((i * 37) % 5) / 4)

        cam.face(d, panel, (70, 74, 82), cull=False)
        cam.grid(d, panel, 730, 2, colour, gap=0.05)
        cam.line(d, (x_from, lo, z0), (x_to, lo, z0), 0.05, (200, 205, 212))
    cv.add(lay)
    cv.glow((cv.W * 0.5, cv.H * hz), cv.W * 0.8, (255, 244, 225), 0.25)


def solar_tower(cv: Canvas, p: dict) -> None:
    """A concentrated-solar tower: a field of heliostats in rings, the receiver glowing at the top."""
    rng = cv.rng
    hz = 0.56
    haze = (232, 222, 206)
    sky(cv, [(0, (70, 118, 180)), (0.3, (140, 178, 212)), (hz, haze)], bottom=hz + 0.01)
    _atlas(cv, hz, haze)
    sun = Sun(azimuth=-150, elevation=50, ambient=0.55, diffuse=0.55)
    cam = Camera(cv, horizon=hz, height=26, fov_w=0.8, yaw=0, sun=sun, fog_color=haze, visibility=3500)
    _desert_ground(cv, cam, (176, 142, 104), (222, 190, 148), texels=0.5)
    tx, tz = 80.0, 1300.0
    # heliostats in rings around the tower; draw only those in front of it and to the sides
    helios = []
    for ring in range(1, 70):
        r = 100 + ring * 17
        n = int(2 * math.pi * r / 14)
        for k in range(n):
            a = 2 * math.pi * k / n + ring * 0.13
            x, z = tx + r * math.sin(a), tz - r * math.cos(a)
            if z < 60 or cam.depth(x, z) < 30:
                continue
            helios.append((x, z))
    helios.sort(key=lambda h: -cam.depth(*h))
    lay, d = cv.layer()
    # the tower is drawn among the heliostats at its depth
    drawn_tower = False
    for x, z in helios:
        if not drawn_tower and z < tz:
            _tower(cam, d, tx, tz)
            drawn_tower = True
        w, h = 7.0, 6.0
        # a mirror on a post, tilted to send the light to the tower: we see its reflecting face
        tilt = 0.75
        c = mix((104, 134, 178), (226, 234, 244), rng.random() * 0.5 + 0.35 * (z < tz))
        cam.line(d, (x, 0, z), (x, 4.5, z), 0.5, (70, 70, 74))
        q = [
            (x - w / 2, 4.5 - h * tilt / 2, z - h * 0.3),
            (x + w / 2, 4.5 - h * tilt / 2, z - h * 0.3),
            (x + w / 2, 4.5 + h * tilt / 2, z + h * 0.3),
            (x - w / 2, 4.5 + h * tilt / 2, z + h * 0.3),
        ]
        cam.face(d, q, (60, 62, 66), cull=False)
        cam.grid(d, q, 2, 2, lambda i, j, c=c: shade(c, 1.0 - 0.05 * j + 0.03 * i), gap=0.05)
    if not drawn_tower:
        _tower(cam, d, tx, tz)
    cv.add(lay)
    top = cam.pt(tx, tz, 222)
    cv.glow(top, cv.W * 0.06, (255, 255, 240), 1.0, power=1.2)
    cv.glow(top, cv.W * 0.22, (255, 236, 190), 0.5)
    cv.glow((cv.W * 0.3, 0), cv.W * 0.7, (255, 246, 225), 0.3)


def _tower(cam: Camera, d: ImageDraw.ImageDraw, tx: float, tz: float) -> None:
    cam.cylinder(d, tx, tz, 0, 205, 16, 10, (206, 200, 190), strips=14)
    for k in range(6):
        hh = 20 + k * 32
        cam.cylinder(
            d, tx, tz, hh, hh + 1.5, 16 - 6 * hh / 205, 16 - 6 * (hh + 1.5) / 205, (170, 164, 156), strips=6
        )
    cam.cylinder(d, tx, tz, 205, 240, 12, 12, (255, 250, 232), strips=8)
    cam.cylinder(d, tx, tz, 240, 250, 9, 6, (150, 150, 150), strips=6)


def troughs(cv: Canvas, p: dict) -> None:
    """Parabolic troughs: long rows of curved mirrors reflecting the sky, a receiver tube above each."""
    hz = 0.42
    haze = (230, 222, 210)
    sky(cv, [(0, (66, 116, 182)), (0.3, (138, 176, 212)), (hz, haze)], bottom=hz + 0.01)
    clouds(cv, 0.05, hz - 0.15, 4, (252, 252, 250), (200, 204, 212), 170)
    _atlas(cv, hz, haze)
    sun = Sun(azimuth=-120, elevation=50)
    cam = Camera(cv, horizon=hz, height=8, fov_w=1.1, yaw=14, x0=9, sun=sun, fog_color=haze, visibility=1800)
    _desert_ground(cv, cam, (170, 136, 100), (214, 182, 140))
    lay, d = cv.layer()
    rows = [-180 + k * 18 for k in range(24)]
    z0, z1 = 30.0, 1600.0
    for x0 in sorted(rows, key=lambda x: -abs(cam.cam(x, 200)[0])):
        # the trough opens toward +x (turned to the sun): lip high on the -x side, low on the +x side
        for z in range(int(z0), int(z1), 12):
            cam.line(d, (x0 + 2.5, 0, z), (x0 + 2.5, 2.6, z), 0.3, (100, 100, 104))
        a = [(x0, 5.0), (x0 + 1.4, 2.6), (x0 + 3.0, 2.0), (x0 + 4.6, 2.6), (x0 + 5.8, 3.8)]
        shades = [(214, 228, 242), (150, 178, 214), (92, 122, 170), (180, 200, 226)]
        for k in range(4):
            (xa, ha), (xb, hb) = a[k], a[k + 1]
            pts = [(xa, ha, z1), (xa, ha, z0), (xb, hb, z0), (xb, hb, z1)]
            cam.face(d, pts, (150, 150, 152), cull=False)
            if not cam.visible(pts) and k < 3:
                continue
            cam.grid(d, pts, 1, 130, lambda i, j, c=shades[k]: shade(c, 1.0 + 0.05 * ((j * 7) % 3)), gap=0.04)
        cam.line(d, (x0 + 3.0, 4.6, z0), (x0 + 3.0, 4.6, z1), 0.14, (50, 44, 40))
        for z in range(int(z0), int(z1), 12):
            cam.line(d, (x0 + 3.0, 2.0, z), (x0 + 3.0, 4.6, z), 0.06, (80, 80, 84))
    cv.add(lay)
    cv.glow((cv.W * 0.55, cv.H * hz), cv.W * 0.7, (255, 244, 226), 0.3)
