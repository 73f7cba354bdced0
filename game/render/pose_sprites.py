"""Pre-rendered heads and gloves, per look, size, expression and angle: painted once, then only blitted.

Each sprite is painted upright and facing right on a transparent surface centred on its pivot (the head's centre,
the glove's centre), given a one-pixel outline around its whole silhouette, and cached; rotations and mirror
images are cached too, at a few degrees' step, so a frame costs one blit per head and per glove.
"""

from __future__ import annotations

import math

import pygame

from game.content.looks import Colour, Look
from game.render.pose_paint import OUTLINE, Point, Ramp, boot, limb, mix, ramp, scaled

HEAD_STEP = 4  # degrees between cached head rotations
GLOVE_STEP = 6
SEGMENT_STEP = 4  # limb segments and boots

_base: dict[tuple[object, ...], pygame.Surface] = {}
_turned: dict[tuple[object, ...], pygame.Surface] = {}


def _outlined(fill: pygame.Surface) -> pygame.Surface:
    """The picture with a one-pixel outline round its silhouette."""
    mask = pygame.mask.from_surface(fill, 8)
    edge = mask.to_surface(setcolor=(*OUTLINE, 255), unsetcolor=(0, 0, 0, 0))
    out = pygame.Surface(fill.get_size(), pygame.SRCALPHA)
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (1, 1), (-1, 1), (1, -1)):
        out.blit(edge, (dx, dy))
    out.blit(fill, (0, 0))
    return out


def _turn(key: tuple[object, ...], base: pygame.Surface, angle: float, step: int, mirror: bool) -> pygame.Surface:
    q = round(angle / step) * step % 360
    full = (*key, q, mirror)
    hit = _turned.get(full)
    if hit is None:
        src = pygame.transform.flip(base, True, False) if mirror else base
        hit = pygame.transform.rotate(src, -q if mirror else q) if q else src
        _turned[full] = hit
    return hit


# --- limbs -------------------------------------------------------------------------------------------------


def _quantized(angle: float, step: int) -> tuple[int, float, float]:
    q = round(angle / step) * step % 360
    r = math.radians(q)
    return q, math.cos(r), -math.sin(r)  # the screen direction (y down) of a counter-clockwise angle


def segment(rp: Ramp, length: float, r0: float, r1: float, light: Point, angle: float) -> pygame.Surface:
    """One limb segment (a shaded, outlined, tapered capsule) pointing at `angle` degrees counter-clockwise on
    screen, centred on its midpoint. Its light is baked in, so it is painted, never rotated."""
    q, dx, dy = _quantized(angle, SEGMENT_STEP)
    key = ("seg", rp, round(length * 2) / 2, round(r0, 2), round(r1, 2), light, q)
    hit = _turned.get(key)
    if hit is None:
        margin = max(r0, r1) + 2
        w = int(abs(dx) * length + 2 * margin) + 2
        h = int(abs(dy) * length + 2 * margin) + 2
        hit = pygame.Surface((w, h), pygame.SRCALPHA)
        cx, cy, half = w / 2, h / 2, length / 2
        limb(hit, rp, [(cx - dx * half, cy - dy * half), (cx + dx * half, cy + dy * half)], [r0, r1], light)
        _turned[key] = hit
    return hit


def boot_sprite(rp: tuple[Ramp, Ramp, Ramp], shin: float, calf_r: float, ankle_h: float, foot: float,
                light: Point, shin_angle: float, foot_angle: float, mirror: bool) -> pygame.Surface:
    """A boot for a shin pointing up from the ankle at `shin_angle` and a foot at `foot_angle` (both counter-
    clockwise on screen), centred on the ankle; `mirror` for a fighter facing left."""
    qs, sx, sy = _quantized(shin_angle, SEGMENT_STEP)
    qf, fx, fy = _quantized(foot_angle, SEGMENT_STEP)
    key = ("boot", rp, round(shin, 1), round(calf_r, 2), round(ankle_h, 2), round(foot, 2), light, qs, qf, mirror)
    hit = _turned.get(key)
    if hit is None:
        size = int(2 * (max(shin * 0.42, foot) + calf_r + ankle_h) + 6)
        hit = pygame.Surface((size, size), pygame.SRCALPHA)
        c = size / 2
        # the sole's side: the foot's direction turned a quarter turn clockwise on screen (counter-clockwise when
        # the figure is mirrored)
        down = (fy, -fx) if mirror else (-fy, fx)
        boot(hit, rp[0], rp[1], rp[2], (c + sx * shin, c + sy * shin), (c, c), (fx, fy), down, calf_r, ankle_h,
             foot, light)
        _turned[key] = hit
    return hit


# --- gloves -------------------------------------------------------------------------------------------------


def _paint_glove(colour: Colour, cuff: Colour, r: float) -> pygame.Surface:
    size = math.ceil(r * 4.2) + 4
    surf = pygame.Surface((size, size), pygame.SRCALPHA)
    c = size / 2
    _, dark, base, light = ramp(colour)

    def rect(x0: float, y0: float, x1: float, y1: float) -> pygame.Rect:
        return pygame.Rect(round(c + x0 * r), round(c + y0 * r), round((x1 - x0) * r), round((y1 - y0) * r))

    pygame.draw.rect(surf, dark, rect(-1.85, -0.62, -0.5, 0.64), border_radius=max(1, round(r * 0.2)))
    pygame.draw.rect(surf, base, rect(-1.85, -0.62, -0.5, 0.2))
    cr = ramp(cuff)
    pygame.draw.rect(surf, cr[2], rect(-1.45, -0.64, -1.05, 0.66))
    pygame.draw.line(surf, cr[1], (c - 1.05 * r, c - 0.6 * r), (c - 1.05 * r, c + 0.62 * r))
    pygame.draw.ellipse(surf, dark, rect(-1.08, -1.0, 1.1, 1.0))
    pygame.draw.ellipse(surf, base, rect(-0.9, -0.98, 1.05, 0.66))
    pygame.draw.ellipse(surf, light, rect(-0.2, -0.78, 0.72, -0.3))
    pygame.draw.ellipse(surf, base, rect(-0.95, -0.98, 0.2, -0.42))  # the thumb along the top
    pygame.draw.arc(surf, dark, rect(-0.95, -0.98, 0.2, -0.4), math.pi, 2 * math.pi)
    pygame.draw.arc(surf, dark, rect(0.1, -0.7, 1.0, 0.8), -math.pi / 2.5, math.pi / 3)  # the knuckle roll
    pygame.draw.circle(surf, (255, 255, 250), (c + 0.32 * r, c - 0.6 * r), max(1.0, r * 0.13))
    return _outlined(surf)


def glove(look: Look, r: float, far: bool, angle: float, mirror: bool) -> pygame.Surface:
    """A glove of radius `r` pointing at `angle` degrees (counter-clockwise from the screen's +x)."""
    key = ("glove", look.id, round(r, 2), far)
    base = _base.get(key)
    if base is None:
        colour, cuff = look.gloves, look.cuff
        if far:
            colour, cuff = scaled(colour, 0.8), scaled(cuff, 0.8)
        base = _base[key] = _paint_glove(colour, cuff, r)
    return _turn(key, base, angle, GLOVE_STEP, mirror)


# --- heads -------------------------------------------------------------------------------------------------


class _Pen:
    """Draws on a sprite in units of the head's radius, centred on the head (x toward the face, y down)."""

    def __init__(self, surf: pygame.Surface, r: float) -> None:
        self.s, self.r = surf, r
        self.cx, self.cy = surf.get_width() / 2, surf.get_height() / 2

    def p(self, x: float, y: float) -> tuple[float, float]:
        return self.cx + x * self.r, self.cy + y * self.r

    def poly(self, col: Colour, pts: list[tuple[float, float]]) -> None:
        pygame.draw.polygon(self.s, col, [self.p(x, y) for x, y in pts])

    def ellipse(self, col: Colour, x0: float, y0: float, x1: float, y1: float) -> None:
        a, b = self.p(x0, y0), self.p(x1, y1)
        pygame.draw.ellipse(self.s, col, pygame.Rect(round(a[0]), round(a[1]), max(1, round(b[0] - a[0])),
                                                     max(1, round(b[1] - a[1]))))

    def line(self, col: Colour, x0: float, y0: float, x1: float, y1: float, width: int = 1) -> None:
        pygame.draw.line(self.s, col, self.p(x0, y0), self.p(x1, y1), width)

    def dot(self, col: Colour, x: float, y: float, rad: float) -> None:
        pygame.draw.circle(self.s, col, self.p(x, y), max(1.0, rad * self.r))


def _skull(pen: _Pen, look: Look) -> None:
    _, dark, base, light = ramp(look.skin, warm=True)
    pen.ellipse(dark, -0.95, -1.0, 0.95, 1.0)
    pen.poly(dark, [(-0.5, 0.5), (-0.15, 0.98), (0.5, 1.0), (0.82, 0.74), (0.9, 0.2)])  # the jaw
    pen.ellipse(base, -0.7, -0.98, 0.93, 0.78)
    pen.poly(base, [(-0.1, 0.6), (0.1, 0.9), (0.5, 0.92), (0.78, 0.7), (0.88, 0.2)])
    pen.poly(base, [(0.8, -0.24), (1.14, 0.24), (0.84, 0.34)])  # the nose
    pen.ellipse(light, 0.05, -0.86, 0.7, -0.45)  # forehead
    pen.dot(light, 0.62, 0.12, 0.12)  # cheekbone
    pen.ellipse(dark, -0.36, -0.2, 0.02, 0.36)  # the ear
    pen.ellipse(base, -0.3, -0.12, -0.06, 0.26)


def _hair(pen: _Pen, look: Look, behind: bool) -> None:
    _, dark, base, light = ramp(look.hair)
    style = look.hair_style
    if style == "curly" and behind:
        for ang, rad, size in ((40, 0.95, 0.3), (70, 1.0, 0.34), (100, 1.0, 0.36), (130, 0.98, 0.36),
                               (160, 0.95, 0.34), (190, 0.9, 0.32), (215, 0.8, 0.28), (90, 0.75, 0.3),
                               (130, 0.7, 0.3)):
            x, y = math.cos(math.radians(ang)) * rad, -math.sin(math.radians(ang)) * rad
            pen.dot(dark, x, y, size)
        return
    if behind:
        return
    if style == "receding":
        pts = [(0.05, -0.98), (-0.45, -0.92), (-0.86, -0.62), (-1.0, -0.1), (-0.92, 0.42), (-0.62, 0.58),
               (-0.42, 0.18), (-0.34, -0.18), (-0.02, -0.48), (0.1, -0.78)]
        pen.poly(dark, pts)
        pen.poly(base, [(x * 0.92 + 0.02, y * 0.92 - 0.04) for x, y in pts[:4]] + [(-0.5, -0.3), (0.0, -0.7)])
        for x0, y0, x1, y1 in ((-0.2, -0.85, -0.7, -0.5), (-0.5, -0.75, -0.88, -0.2), (0.0, -0.9, -0.3, -0.6)):
            pen.line(light, x0, y0, x1, y1)
    elif style == "shaved":
        shade = mix(look.skin, look.hair, 0.38)
        pen.poly(shade, [(0.45, -0.86), (0.0, -1.0), (-0.6, -0.86), (-0.95, -0.3), (-0.9, 0.22), (-0.42, -0.12),
                         (0.08, -0.55)])
        pen.ellipse(mix(look.skin, (255, 250, 240), 0.5), -0.05, -0.9, 0.4, -0.72)
    elif style == "flattop":
        pts = [(0.64, -0.6), (0.66, -1.4), (-0.74, -1.42), (-0.98, -1.1), (-1.02, -0.2), (-0.84, 0.26),
               (-0.46, 0.02), (-0.32, -0.32), (0.22, -0.56)]
        pen.poly(dark, pts)
        pen.poly(base, [(0.56, -0.66), (0.58, -1.32), (-0.7, -1.34), (-0.9, -1.06), (-0.92, -0.3),
                        (-0.36, -0.42), (0.2, -0.64)])
        pen.poly(light, [(0.6, -1.36), (-0.7, -1.38), (-0.8, -1.24), (0.6, -1.24)])
        for x in (-0.55, -0.2, 0.15, 0.45):
            pen.line(dark, x, -1.2, x, -0.75)
    elif style == "short":
        pen.poly(dark, [(0.55, -0.72), (0.1, -1.02), (-0.6, -0.9), (-0.98, -0.3), (-0.88, 0.3), (-0.4, 0.0),
                        (0.1, -0.5)])
    elif style == "curly":
        for ang, rad in ((50, 0.9), (75, 0.98), (100, 1.0), (125, 0.98), (150, 0.94), (178, 0.86), (205, 0.7)):
            x, y = math.cos(math.radians(ang)) * rad, -math.sin(math.radians(ang)) * rad
            pen.dot(base, x, y, 0.24)
            pen.dot(light, x + 0.06, y - 0.08, 0.07)


def _facial_hair(pen: _Pen, look: Look) -> None:
    if look.facial_hair == "stubble":
        pen.poly(mix(look.skin, look.hair, 0.35), [(-0.3, 0.45), (0.25, 0.4), (0.55, 0.66), (0.84, 0.7),
                                                   (0.74, 0.96), (0.1, 1.0), (-0.3, 0.78)])
    elif look.facial_hair == "moustache":
        pen.poly(ramp(look.hair)[2], [(0.5, 0.36), (0.96, 0.34), (0.94, 0.5), (0.56, 0.52)])
    elif look.facial_hair == "beard":
        pen.poly(ramp(look.hair)[2], [(-0.3, 0.3), (0.3, 0.36), (0.94, 0.4), (0.86, 1.0), (0.1, 1.08),
                                      (-0.4, 0.7)])


def _face(pen: _Pen, look: Look, face: str, bruise: int, guard: Colour) -> None:
    ink = OUTLINE
    skin_dark = ramp(look.skin, warm=True)[1]
    brow = ramp(look.hair)[1] if look.hair_style not in ("bald", "shaved") else skin_dark
    if bruise >= 1:
        pen.ellipse(mix(look.skin, (205, 60, 60), 0.45), 0.3, 0.08, 0.72, 0.36)
    if bruise >= 2:
        pen.ellipse(mix(look.skin, (110, 40, 110), 0.6), 0.26, -0.32, 0.74, 0.14)
        pen.line((190, 30, 30), 0.5, -0.44, 0.72, -0.36)
    if look.age_lines:
        pen.line(skin_dark, 0.3, -0.56, 0.7, -0.54)
        pen.line(skin_dark, 0.66, 0.28, 0.6, 0.52)
    ex, ey = 0.5, -0.12
    if face in ("calm", "effort") and bruise < 2:
        pen.ellipse((248, 246, 240), ex - 0.16, ey - 0.1, ex + 0.2, ey + 0.12)
        pen.line(ink, ex + 0.08, ey - 0.08, ex + 0.08, ey + 0.08, 2)
    elif face == "ko":
        pen.line(ink, ex - 0.14, ey - 0.14, ex + 0.16, ey + 0.14)
        pen.line(ink, ex - 0.14, ey + 0.14, ex + 0.16, ey - 0.14)
    elif face == "joy":
        pen.line(ink, ex - 0.16, ey + 0.04, ex, ey - 0.08)
        pen.line(ink, ex, ey - 0.08, ex + 0.16, ey + 0.04)
    elif face == "dazed":
        pen.line(ink, ex - 0.16, ey, ex + 0.18, ey)
        pen.dot(ink, ex + 0.02, ey + 0.08, 0.06)
    else:  # hurt, or a swollen eye
        pen.line(ink, ex - 0.16, ey - 0.08, ex + 0.16, ey + 0.04)
    low = 0.08 if face in ("effort", "hurt") else 0.0
    pen.line(brow, 0.28, -0.34 + low * 0.5, 0.72, -0.3 + low, 2)
    if face == "calm":
        pen.line(ink, 0.56, 0.56, 0.82, 0.54)
    elif face == "effort":  # teeth set on the gumshield
        pen.ellipse(ink, 0.5, 0.44, 0.88, 0.66)
        pen.ellipse(guard, 0.54, 0.47, 0.86, 0.6)
    elif face == "joy":
        pen.ellipse(ink, 0.46, 0.42, 0.9, 0.78)
        pen.ellipse((248, 246, 240), 0.52, 0.44, 0.86, 0.54)
    else:  # hurt, dazed, ko: mouth open
        pen.ellipse(ink, 0.52, 0.44, 0.86, 0.86)
        pen.ellipse(guard, 0.56, 0.46, 0.84, 0.56)


def _paint_head(look: Look, r: float, face: str, bruise: int) -> pygame.Surface:
    size = math.ceil(r * 3.3) + 4
    surf = pygame.Surface((size, size), pygame.SRCALPHA)
    pen = _Pen(surf, r)
    _hair(pen, look, behind=True)
    _skull(pen, look)
    _facial_hair(pen, look)
    _hair(pen, look, behind=False)
    _face(pen, look, face, bruise, mix(look.trunks, (255, 255, 255), 0.25))
    return _outlined(surf)


def head(look: Look, r: float, face: str, bruise: int, tilt: float, mirror: bool) -> pygame.Surface:
    """The head of radius `r`, tilted `tilt` degrees forward (chin down), mirrored for a fighter facing left."""
    key = ("head", look.id, round(r, 2), face, bruise)
    base = _base.get(key)
    if base is None:
        base = _base[key] = _paint_head(look, r, face, bruise)
    return _turn(key, base, -tilt, HEAD_STEP, mirror)
