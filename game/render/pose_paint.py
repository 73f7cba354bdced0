"""Shaded shapes for the fighter: colour ramps, limbs as outlined capsules, the torso, trunks and boots.

One style everywhere: a dark outline, a dark side, a base tone shifted toward the light and a highlight; the light
comes from above and in front of the fighter (the figure is mirrored whole, light included). All points here are
already on the screen (y down), as floats; pygame rounds them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import pygame

from game.content.looks import Colour, Look

Point = tuple[float, float]
Ramp = tuple[Colour, Colour, Colour, Colour]  # outline, dark, base, light

OUTLINE = (26, 18, 24)
FAR_SHADE = 0.78  # the far arm and leg sit in shadow


def mix(a: Colour, b: Colour, t: float) -> Colour:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def scaled(c: Colour, k: float) -> Colour:
    return (min(255, round(c[0] * k)), min(255, round(c[1] * k)), min(255, round(c[2] * k)))


def ramp(c: Colour, far: bool = False, warm: bool = False) -> Ramp:
    base = scaled(c, FAR_SHADE) if far else c
    dark = mix(scaled(base, 0.68), (96, 30, 40) if warm else (40, 20, 60), 0.14)  # skin shades warm, cloth cool
    light = mix(base, (255, 244, 225), 0.38)  # light leans warm
    return OUTLINE, dark, base, light


@dataclass(frozen=True)
class Palette:
    skin: Ramp
    skin_far: Ramp
    trunks: Ramp
    trunks_far: Ramp
    stripe: Ramp
    waistband: Ramp
    shoes: Ramp
    shoes_far: Ramp
    sole: Ramp
    socks: Ramp
    hair: Ramp


@lru_cache(maxsize=32)
def palette(look: Look) -> Palette:
    return Palette(ramp(look.skin, warm=True), ramp(look.skin, True, True), ramp(look.trunks), ramp(look.trunks, True),
                   ramp(look.stripe), ramp(look.waistband), ramp(look.shoes), ramp(look.shoes, True),
                   ramp(look.sole), ramp(look.socks), ramp(look.hair))


def _quad(a: Point, b: Point, ra: float, rb: float) -> list[Point] | None:
    dx, dy = b[0] - a[0], b[1] - a[1]
    d = math.hypot(dx, dy)
    if d < 0.5:
        return None
    nx, ny = -dy / d, dx / d
    return [(a[0] + nx * ra, a[1] + ny * ra), (b[0] + nx * rb, b[1] + ny * rb),
            (b[0] - nx * rb, b[1] - ny * rb), (a[0] - nx * ra, a[1] - ny * ra)]


def _chain_layer(surf: pygame.Surface, col: Colour, pts: list[Point], radii: list[float],
                 grow: float, shift: Point, caps: bool = True) -> None:
    moved = [(p[0] + shift[0], p[1] + shift[1]) for p in pts]
    rs = [max(0.5, r + grow) for r in radii]
    for i in range(len(moved) - 1):
        q = _quad(moved[i], moved[i + 1], rs[i], rs[i + 1])
        if q is not None:
            pygame.draw.polygon(surf, col, q)
    if caps:
        for p, r in zip(moved, rs, strict=True):
            pygame.draw.circle(surf, col, p, r)


def limb(surf: pygame.Surface, rp: Ramp, pts: list[Point], radii: list[float], light: Point) -> None:
    """A chain of tapered capsules (upper arm + forearm, thigh + shin) with outline, shade and highlight."""
    _chain_layer(surf, rp[0], pts, radii, 1.0, (0.0, 0.0))
    _chain_layer(surf, rp[1], pts, radii, 0.0, (0.0, 0.0))
    r0 = radii[0]
    _chain_layer(surf, rp[2], pts, [r * 0.72 for r in radii], 0.0, (light[0] * r0 * 0.28, light[1] * r0 * 0.28))
    _chain_layer(surf, rp[3], pts, [r * 0.22 for r in radii], 0.0, (light[0] * r0 * 0.55, light[1] * r0 * 0.55),
                 caps=False)


def shaded_poly(surf: pygame.Surface, rp: Ramp, pts: list[Point], lit: list[Point] | None = None,
                shine: list[Point] | None = None) -> None:
    """A filled shape in its dark tone, the lit part in the base tone, an optional highlight, then the outline."""
    pygame.draw.polygon(surf, rp[1], pts)
    if lit:
        pygame.draw.polygon(surf, rp[2], lit)
    if shine:
        pygame.draw.polygon(surf, rp[3], shine)
    pygame.draw.polygon(surf, rp[0], pts, 1)


class Frame:
    """Maps a body-part frame (across, along) to the screen: an origin and two screen-space unit axes."""

    __slots__ = ("ax", "ay", "ox", "oy", "ux", "uy")

    def __init__(self, origin: Point, across: Point, along: Point) -> None:
        self.ox, self.oy = origin
        self.ax, self.ay = across
        self.ux, self.uy = along

    def at(self, a: float, u: float) -> Point:
        return self.ox + self.ax * a + self.ux * u, self.oy + self.ay * a + self.uy * u

    def poly(self, pts: list[tuple[float, float]]) -> list[Point]:
        return [self.at(a, u) for a, u in pts]


def torso(surf: pygame.Surface, pal: Palette, fr: Frame, length: float, shoulders: float, waist: float,
          chest: float, belly: float, neck_r: float, muscle: float) -> None:
    """The torso from the hips (along = 0) to the base of the neck (along = length); +across is the chest."""
    sw, ww, L = shoulders / 2, waist / 2, length
    outline = [(-ww * 0.95, -L * 0.08), (-ww * 0.98, L * 0.3), (-sw * 0.86, L * 0.66), (-sw * 0.9, L * 0.82),
               (-sw * 0.78, L * 0.94), (-sw * 0.5, L * 1.0), (-neck_r * 1.2, L * 1.04), (neck_r * 0.9, L * 1.0),
               (sw * 0.6, L * 0.97), (sw * 0.82, L * 0.9),
               (sw * 0.86 + chest, L * 0.74), (sw * 0.72 + chest * 0.6, L * 0.56), (ww + belly, L * 0.34),
               (ww * 0.98 + belly * 0.4, L * 0.08), (ww * 0.9, -L * 0.08)]
    lit = [(-ww * 0.3, -L * 0.05), (-sw * 0.25, L * 0.5), (-sw * 0.2, L * 0.92), (neck_r * 0.6, L * 0.98),
           (sw * 0.78, L * 0.88), (sw * 0.82 + chest, L * 0.74), (sw * 0.68 + chest * 0.6, L * 0.56),
           (ww * 0.94 + belly, L * 0.34), (ww * 0.9 + belly * 0.4, L * 0.06)]
    shine = [(sw * 0.15, L * 0.86), (sw * 0.62 + chest * 0.8, L * 0.78), (sw * 0.5 + chest * 0.5, L * 0.64),
             (sw * 0.2, L * 0.7)]
    shaded_poly(surf, pal.skin, fr.poly(outline), fr.poly(lit), fr.poly(shine))
    line = pal.skin[1]
    # the pectoral's lower edge, and abdominal lines for the muscular
    pygame.draw.lines(surf, line, False, fr.poly([(sw * 0.05, L * 0.6), (sw * 0.5 + chest * 0.6, L * 0.57),
                                                  (sw * 0.72 + chest * 0.6, L * 0.6)]))
    if muscle >= 0.5:
        for k in (0.46, 0.36):
            pygame.draw.line(surf, line, fr.at(ww * 0.35, L * k), fr.at(ww * 0.8 + belly, L * k))
        pygame.draw.line(surf, line, fr.at(ww * 0.45, L * 0.5), fr.at(ww * 0.5, L * 0.3))
    if muscle >= 0.8:  # the lat's edge down the back
        pygame.draw.line(surf, line, fr.at(-sw * 0.55, L * 0.78), fr.at(-ww * 0.6, L * 0.42))


def trunk_leg(surf: pygame.Surface, rp: Ramp, hip: Point, knee: Point, r: float, light: Point) -> None:
    """One leg of the trunks: a tube from the hip to a straight hem halfway down the thigh."""
    hem = (hip[0] + (knee[0] - hip[0]) * 0.42, hip[1] + (knee[1] - hip[1]) * 0.42)
    q = _quad(hip, hem, r + 1.5, r + 2.0)
    if q is None:
        return
    pygame.draw.circle(surf, rp[0], hip, r + 2.5)
    pygame.draw.polygon(surf, rp[0], _quad(hip, hem, r + 2.5, r + 3.0) or q)
    pygame.draw.circle(surf, rp[1], hip, r + 1.5)
    pygame.draw.polygon(surf, rp[1], q)
    sx, sy = light[0] * r * 0.35, light[1] * r * 0.35
    pygame.draw.polygon(surf, rp[2], [(x + sx, y + sy) for x, y in _quad(hip, hem, r * 0.9, r * 1.1) or q])
    pygame.draw.line(surf, rp[3], (hip[0] + sx * 1.6, hip[1] + sy * 1.6), (hem[0] + sx * 1.8, hem[1] + sy * 1.8))


def trunks(surf: pygame.Surface, pal: Palette, fr: Frame, length: float, waist: float, belly: float,
           near_thigh: tuple[Point, Point, float], light: Point) -> None:
    """The seat of the trunks over the hips, the near leg of the trunks, the waistband and the side stripe."""
    ww, L = waist / 2, length
    hip, knee, r = near_thigh
    seat = [(-ww * 1.02, L * 0.3), (ww * 1.0 + belly * 0.7, L * 0.3), (ww * 0.98 + belly * 0.4, L * 0.04),
            (ww * 0.6, -L * 0.1), (-ww * 0.7, -L * 0.12), (-ww * 1.0, -L * 0.0)]
    shaded_poly(surf, pal.trunks, fr.poly(seat), fr.poly([(a * 0.8 + ww * 0.15, u) for a, u in seat]))
    trunk_leg(surf, pal.trunks, hip, knee, r, light)
    band = [(-ww * 1.06, L * 0.36), (ww * 1.03 + belly * 0.72, L * 0.36), (ww * 1.02 + belly * 0.7, L * 0.25),
            (-ww * 1.06, L * 0.25)]
    lit = [band[0], band[1], (ww * 1.02 + belly * 0.71, L * 0.31), (-ww * 1.06, L * 0.31)]
    shaded_poly(surf, pal.waistband, fr.poly(band), fr.poly(lit))
    top = fr.at(-ww * 0.1, L * 0.25)
    hem = (hip[0] + (knee[0] - hip[0]) * 0.42, hip[1] + (knee[1] - hip[1]) * 0.42)
    pygame.draw.line(surf, pal.stripe[2], top, hem, 2)


def boot(surf: pygame.Surface, shoes: Ramp, sole: Ramp, socks: Ramp, knee: Point, ankle: Point,
         foot_dir: Point, down: Point, calf_r: float, ankle_h: float, foot: float, light: Point) -> None:
    """A high boxing boot: the upper around the lower shin, the shoe with its sole, a sock turned over the top."""
    up = (ankle[0] + (knee[0] - ankle[0]) * 0.42, ankle[1] + (knee[1] - ankle[1]) * 0.42)
    limb(surf, shoes, [ankle, up], [calf_r * 0.9 + 0.5, calf_r * 0.95 + 0.5], light)
    fx, fy = foot_dir
    dx, dy = down
    h, f = ankle_h, foot

    def p(a: float, b: float) -> Point:  # a along the foot, b down from the ankle
        return ankle[0] + fx * a + dx * b, ankle[1] + fy * a + dy * b

    shoe = [p(-f * 0.28, -h * 0.6), p(f * 0.2, -h * 0.5), p(f * 0.62, h * 0.05), p(f * 0.82, h * 0.5),
            p(f * 0.8, h), p(-f * 0.3, h), p(-f * 0.34, h * 0.3)]
    shaded_poly(surf, shoes, shoe, [p(-f * 0.2, -h * 0.4), p(f * 0.2, -h * 0.35), p(f * 0.6, h * 0.15),
                                    p(f * 0.7, h * 0.5), p(-f * 0.2, h * 0.5)])
    pygame.draw.polygon(surf, sole[2], [p(-f * 0.3, h * 0.72), p(f * 0.8, h * 0.72), p(f * 0.8, h),
                                        p(-f * 0.3, h)])
    sx, sy = up[0] - ankle[0], up[1] - ankle[1]
    d = math.hypot(sx, sy) or 1.0
    nx, ny = -sy / d * (calf_r + 1), sx / d * (calf_r + 1)
    pygame.draw.line(surf, socks[2], (up[0] + nx, up[1] + ny), (up[0] - nx, up[1] - ny), 3)
