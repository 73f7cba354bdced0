"""The museum steps at dawn: the city behind, the wide stone flights with their landings and balustrades, Vito in
his grey sweats striding up them, and at the top his fists raised while the camera pulls back over the skyline.

View-only. Everything drawn is a function of the simulation's state and the view's own frame counter (breath
clouds, dust and the camera's pull-back are view state and never feed back).

Geometry. The staircase is seen a little from above and from the front-left (an oblique view): it rises to the
right on screen; its width runs into the picture up and to the left (`DEPTH`), so the treads, the sunlit risers
(they face the city and the sunrise) and the near end of every step (in cool shadow) all show. World coordinates
are pixels: x to the right, h up from the street. The static layers (sky, the far towers, the near rooftops and
trees, the steps with the museum on top) are painted once into cached surfaces and blitted with parallax.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import pygame

from game.content.stages.steps import Params
from game.render.fighter import SWEATSUIT, Outfit, draw_figure
from game.render.pose import Values, blend, figure_pose
from game.render.text import DARK, GOLD, GREY, RED, WHITE, draw_text, panel
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.training.stage import igt_text
from game.sim.training.steps import Climber, StepsSim, place

if TYPE_CHECKING:
    from game.app import App

Color = tuple[int, int, int]
ToSurf = Callable[[float, float, float], tuple[float, float]]

# --- the course in world pixels ------------------------------------------------------------------------------
TREAD = 18          # run of one step
RISE = 8            # height of one step
FLAT = 26           # one stride across a landing
PLAZA = 900         # the terrace at the top, up to the museum's colonnade
STREET = 520        # the street before the first step
DEPTH = (-68.0, -30.0)  # from the near end of the steps to the far end (their width), on screen
LANE = 0.26         # where across the width he climbs (0 near end .. 1 far end)
WALL_BELOW = 140    # how far below the street the cached steps reach

# --- the camera -----------------------------------------------------------------------------------------------
ANCHOR = (250, 262)      # where his feet sit on screen while he climbs (a 640x360 view)
PULL_FRAMES = 80         # the pull-back at the top, from the raised fists
PULL_ZOOM = 0.52         # how far it pulls back (1 = the climbing view)
PULL_ANCHOR = (470, 250) # where he ends up on screen, the city laid out to his left
STRIDE_ANIM = 9          # frames a stride's animation takes on screen

# --- the light ------------------------------------------------------------------------------------------------
SKY = ((22, 26, 64), (58, 48, 104), (132, 78, 122), (226, 118, 92), (252, 184, 118), (255, 226, 170))
SUN = (255, 236, 190)
TREAD_LIT = (206, 184, 184)
RISER_LIT = (238, 168, 122)
END_SHADE = (92, 88, 122)
WALL_SHADE = (70, 66, 100)
SNOW = (236, 236, 248)

VITO_SCALE = 0.82
RACE_SCALE = 0.64  # smaller in a half of the split screen

# --- poses (facing right; "lead" limbs are the far ones; numbers as in levels/looks/poses.toml) ---------------
STAND = figure_pose(0, 0, 8, 2, 0.35, (28, 96), (18, 104), (8, 8), (-6, 6))
STAND_IN = figure_pose(0, 0, 11, 5, 0.35, (32, 100), (22, 108), (10, 14), (-6, 12))
PUSH_L = figure_pose(2, 2, 20, 6, 0.35, (-28, 74), (62, 96), (52, 84), (-16, 10))     # far knee drives up
LAND_L = figure_pose(4, 0, 15, 4, 0.35, (-12, 84), (44, 102), (32, 38), (-24, 36))    # far foot on the step
PUSH_R = figure_pose(2, 2, 20, 6, 0.35, (62, 96), (-28, 74), (-16, 10), (52, 84))
LAND_R = figure_pose(4, 0, 15, 4, 0.35, (44, 102), (-12, 84), (-24, 36), (32, 38))
TRIP = figure_pose(6, 2, 44, 18, 0.3, (96, 24), (84, 30), (44, 74), (-24, 42))        # pitching forward
DOWN = figure_pose(4, 0, 58, 24, 0.3, (108, 8), (100, 14), (78, 122), (14, 104))     # a knee and hands down
WINDED = figure_pose(0, 0, 38, 16, 0.3, (14, 22), (6, 26), (30, 42), (-8, 34))       # hands on knees
FISTS_UP = figure_pose(0, 0, -8, -16, 0.5, (146, 14), (204, 16), (16, 6), (-16, 6))  # arms up in a V
FISTS_PUMP = figure_pose(0, 2, -5, -12, 0.5, (156, 34), (196, 6), (18, 10), (-16, 8))


def _mix(a: Color, b: Color, t: float) -> Color:
    t = 0.0 if t < 0 else (1.0 if t > 1 else t)
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def _shade(c: Color, k: float) -> Color:
    return (min(255, round(c[0] * k)), min(255, round(c[1] * k)), min(255, round(c[2] * k)))


def _ease(t: float) -> float:
    t = 0.0 if t < 0 else (1.0 if t > 1 else t)
    return t * t * (3 - 2 * t)


# --- the course -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Course:
    """Where every stride puts his foot, and where every step's riser stands (world pixels, near end)."""

    risers: tuple[tuple[float, int, float], ...]  # (x of the riser, height of the tread above it, tread length)
    feet: tuple[tuple[float, int], ...]  # (x, h) of the foot after each stride count, 0 .. strides
    landings: tuple[tuple[float, float, int], ...]  # (x from, x to, h) of each landing
    top_x: float  # where the top step's tread begins
    top_h: int

    @staticmethod
    def build(p: Params) -> Course:
        risers: list[tuple[float, int, float]] = []
        feet: list[tuple[float, int]] = [(-TREAD * 1.5, 0)]
        landings: list[tuple[float, float, int]] = []
        x = 0.0
        for f in range(p.flights):
            for k in range(1, p.steps_per_flight + 1):
                h = (f * p.steps_per_flight + k) * RISE
                last = k == p.steps_per_flight
                length: float = TREAD
                if last and f < p.flights - 1:
                    length = TREAD + p.landing_strides * FLAT + TREAD * 0.5
                elif last:
                    length = PLAZA
                risers.append((x, h, length))
                feet.append((x + TREAD * 0.5, h))
                if last and f < p.flights - 1:
                    landings.append((x, x + length, h))
                    for i in range(1, p.landing_strides + 1):
                        feet.append((x + TREAD * 0.5 + i * FLAT, h))
                x += length
        top_x, top_h, _ = risers[-1]
        return Course(tuple(risers), tuple(feet), tuple(landings), top_x, top_h)


# --- painting helpers -----------------------------------------------------------------------------------------

def _gradient(size: tuple[int, int], stops: tuple[Color, ...]) -> pygame.Surface:
    w, h = size
    surf = pygame.Surface(size)
    n = len(stops) - 1
    for y in range(h):
        u = y / max(1, h - 1) * n
        i = min(n - 1, int(u))
        pygame.draw.line(surf, _mix(stops[i], stops[i + 1], u - i), (0, y), (w, y))
    return surf


def _glow(radius: int, color: Color, strength: float) -> pygame.Surface:
    surf = pygame.Surface((radius * 2, radius * 2), pygame.SRCALPHA)
    for r in range(radius, 0, -2):
        a = round(255 * strength * (1 - r / radius) ** 2)
        pygame.draw.circle(surf, (*color, min(255, a)), (radius, radius), r)
    return surf


@lru_cache(maxsize=1)
def _beat_glow() -> pygame.Surface:
    """The glow behind the beat light while a stride is on the beat (the same every frame: made once)."""
    return _glow(18, (120, 255, 140), 0.8)


def _puff(radius: int) -> pygame.Surface:
    surf = pygame.Surface((radius * 2 + 2, radius * 2 + 2), pygame.SRCALPHA)
    for r in range(radius, 0, -1):
        a = round(200 * (1 - r / (radius + 1)) ** 0.7)
        pygame.draw.circle(surf, (246, 244, 250, a), (radius + 1, radius + 1), r)
    return surf


class _Scenery:
    """The painted, cached layers (built once per course; about a tenth of a second)."""

    def __init__(self, course: Course) -> None:
        self.course = course
        rng = random.Random(1976)
        self.sky = self._sky()
        self.far, self.lights = self._far_city(rng)
        self.near, self.chimneys = self._near_city(rng)
        self.stairs, self.origin = self._stairs(rng)
        self.puffs = [_puff(r) for r in range(2, 15)]
        self.dust = [_puff(r) for r in range(1, 6)]

    # the sky: a dawn gradient with the sun just under the skyline on the left, and lit streaks of cloud
    SKY_SIZE = (1700, 900)
    SKY_PAR = 0.06

    def _sky(self) -> pygame.Surface:
        w, h = self.SKY_SIZE
        surf = _gradient((w, h), SKY)
        sun = _glow(340, SUN, 0.9)
        surf.blit(sun, sun.get_rect(center=(560, h - 150)))
        core = _glow(70, (255, 250, 226), 1.0)
        surf.blit(core, core.get_rect(center=(560, h - 150)))
        rng = random.Random(7)
        for i in range(16):
            cy = rng.randrange(90, h - 260)
            cx = rng.randrange(-100, w)
            length = rng.randrange(120, 380)
            t = cy / (h - 200)
            col = _mix((110, 74, 128), (255, 176, 150), t)
            cloud = pygame.Surface((length, 14), pygame.SRCALPHA)
            for k in range(5):
                pygame.draw.ellipse(cloud, (*col, 60 + 18 * k), (k * length // 12, 2 + k // 2, length - k * length // 6,
                                                               10 - k))
            lit = _mix(col, (255, 220, 180), 0.6)
            pygame.draw.line(cloud, (*lit, 150), (length // 6, 11), (length * 5 // 6, 11))
            surf.blit(cloud, (cx, cy))
            if i % 5 == 0:
                surf.blit(cloud, (cx + 60, cy + 9))
        for _ in range(40):  # the last stars, high up
            x, y = rng.randrange(w), rng.randrange(0, h // 4)
            surf.set_at((x, y), _mix((190, 196, 240), SKY[0], y / (h / 4)))
        return surf.convert() if pygame.display.get_surface() else surf

    # the far city: towers with a few lit windows and the City Hall tower, hazy against the dawn
    FAR_SIZE = (2400, 420)
    FAR_PAR = 0.16
    FAR_BASE = -40  # screen pixels from his feet down to the towers' feet, at the bottom of the steps

    def _far_city(self, rng: random.Random) -> tuple[pygame.Surface, list[tuple[int, int, int]]]:
        w, h = self.FAR_SIZE
        surf = pygame.Surface((w, h), pygame.SRCALPHA)
        lights: list[tuple[int, int, int]] = []  # (x, y, phase) of the blinking red lights on the roofs
        haze = (118, 90, 142)
        body = (74, 62, 112)
        x = 0
        while x < w:
            bw = rng.randrange(26, 70)
            bh = rng.randrange(60, 260) if rng.random() < 0.55 else rng.randrange(40, 120)
            col = _mix(body, haze, rng.random() * 0.5)
            top = h - bh
            pygame.draw.rect(surf, col, (x, top, bw, bh))
            pygame.draw.line(surf, _mix(col, (255, 170, 130), 0.5), (x, top), (x + bw - 1, top))  # the dawn edge
            pygame.draw.line(surf, _mix(col, (255, 170, 130), 0.3), (x, top), (x, h))
            if bh > 150 and rng.random() < 0.6:  # a spire or a mast
                pygame.draw.polygon(surf, col, [(x + bw // 2 - 6, top), (x + bw // 2 + 6, top),
                                                (x + bw // 2, top - rng.randrange(18, 50))])
                lights.append((x + bw // 2, top - 4, rng.randrange(60)))
            for wy in range(top + 6, h - 6, 7):  # windows: mostly dark, a few still lit before the day
                for wx in range(x + 4, x + bw - 4, 6):
                    r = rng.random()
                    if r < 0.07:
                        surf.fill(_mix((255, 210, 120), col, 0.25), (wx, wy, 2, 3))
                    elif r < 0.5:
                        surf.fill(_shade(col, 0.86), (wx, wy, 2, 3))
            x += bw + rng.randrange(-8, 14)
        # City Hall: a tower with its clock and the statue on top
        cx = 760
        base = h - 150
        tower = (86, 70, 116)
        pygame.draw.rect(surf, tower, (cx - 60, base, 120, 150))
        pygame.draw.rect(surf, tower, (cx - 18, base - 120, 36, 120))
        pygame.draw.rect(surf, _shade(tower, 1.1), (cx - 22, base - 150, 44, 34))
        pygame.draw.circle(surf, (250, 226, 170), (cx, base - 133), 9)
        pygame.draw.circle(surf, (150, 110, 90), (cx, base - 133), 9, 1)
        pygame.draw.polygon(surf, tower, [(cx - 22, base - 150), (cx + 22, base - 150), (cx + 8, base - 196),
                                          (cx - 8, base - 196)])
        pygame.draw.rect(surf, tower, (cx - 3, base - 212, 6, 16))
        pygame.draw.circle(surf, tower, (cx, base - 215), 3)
        pygame.draw.line(surf, (255, 190, 140), (cx - 22, base - 150), (cx - 8, base - 196))
        lights.append((cx, base - 220, 17))
        mist = pygame.Surface((w, 120), pygame.SRCALPHA)  # mist rising from the river at their feet
        for y in range(120):
            pygame.draw.line(mist, (210, 150, 160, y * 150 // 120), (0, y), (w, y))
        surf.blit(mist, (0, h - 120))
        return surf, lights

    # the near city: rowhouse roofs with chimneys, bare trees of the parkway, street lamps still on
    NEAR_SIZE = (2800, 260)
    NEAR_PAR = 0.34
    NEAR_BASE = 30

    def _near_city(self, rng: random.Random) -> tuple[pygame.Surface, list[tuple[int, int]]]:
        w, h = self.NEAR_SIZE
        surf = pygame.Surface((w, h), pygame.SRCALPHA)
        chimneys: list[tuple[int, int]] = []
        brick = (66, 46, 70)
        x = 0
        while x < w:
            bw = rng.randrange(50, 110)
            bh = rng.randrange(70, 130)
            top = h - bh
            col = _mix(brick, (96, 60, 80), rng.random())
            pygame.draw.rect(surf, col, (x, top, bw, bh))
            pygame.draw.rect(surf, _shade(col, 0.7), (x, top - 4, bw, 5))  # cornice
            pygame.draw.line(surf, _mix(col, (255, 180, 140), 0.45), (x, top - 4), (x + bw, top - 4))
            snow = rng.random() < 0.7
            if snow:
                pygame.draw.line(surf, SNOW, (x + 1, top - 5), (x + bw - 2, top - 5), 2)
            for k in range(rng.randrange(1, 3)):
                cx = x + rng.randrange(8, bw - 12)
                ch = rng.randrange(10, 20)
                pygame.draw.rect(surf, _shade(col, 0.8), (cx, top - 4 - ch, 7, ch))
                pygame.draw.rect(surf, _shade(col, 0.6), (cx - 1, top - 6 - ch, 9, 3))
                if snow:
                    pygame.draw.line(surf, SNOW, (cx - 1, top - 7 - ch), (cx + 7, top - 7 - ch))
                if k == 0 and rng.random() < 0.7:
                    chimneys.append((cx + 3, top - 7 - ch))
            for wy in range(top + 10, h - 10, 22):
                for wx in range(x + 8, x + bw - 10, 18):
                    lit = rng.random() < 0.22
                    c = (255, 206, 122) if lit else _shade(col, 0.6)
                    pygame.draw.rect(surf, c, (wx, wy, 8, 12))
                    if lit:
                        g = _glow(10, (255, 200, 120), 0.35)
                        surf.blit(g, (wx - 6, wy - 4))
            x += bw
        for _ in range(46):  # bare trees of the parkway in front of the houses
            tx = rng.randrange(0, w)
            self._tree(surf, rng, tx, h, rng.randrange(50, 92))
        return surf, chimneys

    @staticmethod
    def _tree(surf: pygame.Surface, rng: random.Random, x: int, base: int, height: int) -> None:
        trunk = (44, 34, 52)

        def branch(x0: float, y0: float, ang: float, length: float, width: int, depth: int) -> None:
            x1 = x0 + math.cos(ang) * length
            y1 = y0 - math.sin(ang) * length
            pygame.draw.line(surf, trunk, (x0, y0), (x1, y1), max(1, width))
            if depth <= 0:
                if rng.random() < 0.5:
                    surf.set_at((round(x1), round(y1) - 1), SNOW)
                return
            for d in (-0.5, 0.45):
                branch(x1, y1, ang + d + rng.uniform(-0.2, 0.2), length * rng.uniform(0.6, 0.78), width - 1,
                       depth - 1)

        branch(x, base, math.pi / 2 + rng.uniform(-0.1, 0.1), height * 0.36, 4, 4)

    # the steps, the landings, the balustrades and the museum on top
    def _stairs(self, rng: random.Random) -> tuple[pygame.Surface, tuple[int, int]]:
        c = self.course
        dx, dy = DEPTH
        left = -STREET + round(dx)
        right = round(c.top_x + PLAZA + 40)
        top_h = c.top_h + 320
        w = right - left
        h = top_h + WALL_BELOW
        surf = pygame.Surface((w, h), pygame.SRCALPHA)
        ox, oy = -left, top_h  # world (x, h) -> surface (x + ox, oy - h)

        def s(x: float, hh: float, d: float = 0.0) -> tuple[float, float]:
            return (x + ox + dx * d, oy - hh + dy * d)

        # the museum, far back on the terrace: a colonnade under a pediment, lit gold by the sunrise
        self._museum(surf, s, c)
        # the far balustrade: a stone rail on balusters along the far end of every step, posts at the landings
        self._balustrade(surf, s, c)
        # the street, then each step: tread (top), riser (faces the city and the sun), near end (in shadow)
        street = [s(-STREET, 0), s(0, 0), s(0, 0, 1), s(-STREET, 0, 1)]
        pygame.draw.polygon(surf, (150, 130, 150), street)
        for i in range(0, STREET, 24):  # paving joints and slush at the kerb
            pygame.draw.line(surf, (128, 110, 134), s(-i, 0), s(-i, 0, 1))
        prev_h = 0
        for i, (x, hh, length) in enumerate(c.risers):
            lit = _mix(RISER_LIT, (214, 138, 118), (i % 12) / 24)
            riser = [s(x, prev_h), s(x, hh), s(x, hh, 1), s(x, prev_h, 1)]
            pygame.draw.polygon(surf, lit, riser)
            pygame.draw.line(surf, _shade(lit, 0.8), s(x, prev_h + 1), s(x, prev_h + 1, 1))
            tread_col = _mix(TREAD_LIT, (226, 206, 200), rng.random() * 0.3)
            tread = [s(x, hh), s(x + length, hh), s(x + length, hh, 1), s(x, hh, 1)]
            pygame.draw.polygon(surf, tread_col, tread)
            pygame.draw.line(surf, _mix(tread_col, (255, 236, 214), 0.7), s(x, hh), s(x, hh, 1))  # the lit nosing
            for k in range(3):  # snow lying in the far corner and along the back of the tread
                d0 = rng.uniform(0.72, 0.96)
                d1 = min(1.0, d0 + rng.uniform(0.05, 0.2))
                xx = x + rng.uniform(2, max(3, length - 4))
                pygame.draw.line(surf, SNOW, s(xx, hh, d0), s(min(x + length - 1, xx + 3), hh, d1), 2)
                if k == 0:
                    pygame.draw.line(surf, SNOW, s(x + length - 2, hh, 0.6), s(x + length - 2, hh, 1.0))
            if length > TREAD * 2:  # a landing: big slabs
                for j in range(1, int(length // 40) + 1):
                    pygame.draw.line(surf, _shade(tread_col, 0.9), s(x + j * 40, hh), s(x + j * 40, hh, 1))
                pygame.draw.line(surf, _shade(tread_col, 0.92), s(x, hh, 0.5), s(x + length, hh, 0.5))
            prev_h = hh
        # the near end: each step's end face, then the great stone cheek wall below them
        profile: list[tuple[float, float]] = [s(-STREET, 0), s(0, 0)]
        prev_h = 0
        for x, hh, length in c.risers:
            profile += [s(x, prev_h), s(x, hh), s(x + length, hh)]
            prev_h = hh
        profile += [s(right - 1, prev_h), s(right - 1, -WALL_BELOW), s(-STREET, -WALL_BELOW)]
        wall = pygame.Surface((w, h), pygame.SRCALPHA)
        pygame.draw.polygon(wall, (255, 255, 255, 255), profile)
        tex = _gradient((w, h), (_mix(WALL_SHADE, (150, 110, 130), 0.6), WALL_SHADE, _shade(WALL_SHADE, 0.6)))
        for y in range(0, h, 12):  # ashlar courses with staggered joints
            pygame.draw.line(tex, _shade(WALL_SHADE, 0.78), (0, y), (w, y))
            off = 0 if (y // 12) % 2 else 17
            for xx in range(off, w, 34):
                pygame.draw.line(tex, _shade(WALL_SHADE, 0.78), (xx, y), (xx, y + 11))
                pygame.draw.line(tex, _shade(WALL_SHADE, 1.12), (xx + 1, y + 1), (xx + 30, y + 1))
        tex.blit(wall, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
        wall.blit(tex, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
        surf.blit(wall, (0, 0))
        prev_h = 0
        for x, hh, length in c.risers:  # the end of each step: a lighter block with its edge catching light
            end = [s(x, hh), s(x + length, hh), s(x + length, hh - RISE + 1), s(x, hh - RISE + 1)]
            pygame.draw.polygon(surf, END_SHADE, end)
            pygame.draw.line(surf, (168, 150, 176), s(x, hh), s(x + length, hh))
            pygame.draw.line(surf, _shade(END_SHADE, 0.7), s(x, hh - RISE + 1), s(x, hh))
            prev_h = hh
        # the kerb and the coping of the cheek wall: a sloping stone band under the steps' ends
        for f0 in range(0, len(c.risers)):
            x, hh, length = c.risers[f0]
            a, b = s(x, hh - RISE), s(x + length, hh - RISE)
            pygame.draw.line(surf, _shade(WALL_SHADE, 0.55), a, b, 2)
        return surf, (ox, oy)

    def _museum(self, surf: pygame.Surface, to: ToSurf, c: Course) -> None:
        x0 = c.top_x + 60
        d = 1.25  # behind the far end of the top step
        hh = c.top_h
        stone = (232, 196, 150)
        shade = (170, 128, 120)
        width = PLAZA + 60
        # the podium and its steps, the columns, the entablature and the pediment
        base = to(x0, hh, d)
        bx, by = round(base[0]), round(base[1])
        pygame.draw.rect(surf, _shade(stone, 0.8), (bx - 10, by - 16, width, 16))
        col_h = 170
        pygame.draw.rect(surf, _shade(shade, 0.7), (bx, by - 16 - col_h, width - 20, col_h))  # the dark portico
        for i in range((width - 40) // 50):
            cx = bx + 16 + i * 50
            body = pygame.Rect(cx - 9, by - 16 - col_h, 18, col_h)
            pygame.draw.rect(surf, stone, body)
            pygame.draw.rect(surf, shade, (cx + 3, body.top, 6, col_h))  # the shaded side of the column
            for fl in range(cx - 6, cx + 8, 4):
                pygame.draw.line(surf, _shade(stone, 0.9), (fl, body.top + 6), (fl, body.bottom - 4))
            pygame.draw.rect(surf, _shade(stone, 1.05), (cx - 12, body.top - 6, 24, 6))  # capital
            pygame.draw.rect(surf, _shade(stone, 0.85), (cx - 12, body.bottom - 5, 24, 5))  # base
        top = by - 16 - col_h - 6
        pygame.draw.rect(surf, stone, (bx - 14, top - 26, width - 4, 26))
        pygame.draw.line(surf, shade, (bx - 14, top - 10), (bx + width - 18, top - 10), 2)
        mid = bx + width // 2 - 16
        pygame.draw.polygon(surf, stone, [(bx - 18, top - 26), (bx + width, top - 26), (mid, top - 90)])
        pygame.draw.polygon(surf, shade, [(bx + 10, top - 30), (bx + width - 28, top - 30), (mid, top - 80)])
        pygame.draw.line(surf, (255, 236, 200), (bx - 18, top - 26), (mid, top - 90), 2)
        for k in range(5):  # figures in the pediment, in relief
            fx = mid - 80 + k * 40
            pygame.draw.circle(surf, _shade(stone, 0.95), (fx, top - 44 - (2 - abs(k - 2)) * 7), 5)
            pygame.draw.rect(surf, _shade(stone, 0.95), (fx - 4, top - 42 - (2 - abs(k - 2)) * 7, 8, 10))

    def _balustrade(self, surf: pygame.Surface, to: ToSurf, c: Course) -> None:
        stone = (204, 176, 172)
        dark = (132, 110, 134)
        rail_h = 26
        posts: list[tuple[float, int]] = []
        prev_h = 0
        for i, (x, hh, length) in enumerate(c.risers):
            n = max(1, int(length // 9))
            for k in range(n):
                bx = x + (k + 0.5) * length / n
                p0 = to(bx, hh, 1.02)
                r = pygame.Rect(0, 0, 5, rail_h - 4)
                r.midbottom = (round(p0[0]), round(p0[1]))
                pygame.draw.ellipse(surf, dark, r.inflate(0, -6).move(0, 2))
                pygame.draw.rect(surf, stone, (r.x + 1, r.y, 3, r.h))
                pygame.draw.line(surf, (240, 206, 184), (r.x + 1, r.y + 2), (r.x + 1, r.bottom - 2))
            if length > TREAD * 2 or i == 0:
                posts.append((x + length * 0.5 if i else x, hh if i else prev_h))
            prev_h = hh
        # the rail: a sloping coping along each flight, level over the landings
        line: list[tuple[float, float]] = [to(-STREET * 0.3, rail_h, 1.02)]
        for x, hh, length in c.risers:
            line.append(to(x + 4, hh + rail_h, 1.02))
            if length > TREAD:
                line.append(to(x + length - 4, hh + rail_h, 1.02))
        flights = _smooth_rail(line)
        pygame.draw.lines(surf, dark, False, [(px, py + 3) for px, py in flights], 4)
        pygame.draw.lines(surf, stone, False, flights, 4)
        pygame.draw.lines(surf, (252, 222, 196), False, [(px, py - 2) for px, py in flights], 1)
        for px, ph in posts:  # newel posts with urns at the landings
            base = to(px, ph, 1.02)
            r = pygame.Rect(0, 0, 16, rail_h + 14)
            r.midbottom = (round(base[0]), round(base[1]))
            pygame.draw.rect(surf, stone, r)
            pygame.draw.rect(surf, dark, (r.right - 5, r.y, 5, r.h))
            pygame.draw.rect(surf, (244, 214, 192), (r.x - 2, r.y - 3, r.w + 4, 4))
            pygame.draw.ellipse(surf, stone, (r.x + 1, r.y - 14, 14, 12))
            pygame.draw.rect(surf, stone, (r.x + 5, r.y - 4, 6, 3))
            pygame.draw.ellipse(surf, SNOW, (r.x + 2, r.y - 15, 12, 4))
        lamp = self._lamp()
        glow = _glow(26, (255, 214, 150), 0.45)
        for x0, x1, lh in c.landings:  # a Parkway lamp at the far side of each landing, still lit
            base = to(x0 + (x1 - x0) * 0.72, lh, 1.0)
            surf.blit(glow, (round(base[0]) - 26, round(base[1]) - 128))
            surf.blit(lamp, (round(base[0]) - 13, round(base[1]) - 120))

    @staticmethod
    def _lamp() -> pygame.Surface:
        """A Parkway lamp post: iron, with its lantern still lit at dawn."""
        surf = pygame.Surface((26, 120), pygame.SRCALPHA)
        iron = (34, 30, 42)
        pygame.draw.rect(surf, iron, (11, 20, 4, 96))
        pygame.draw.rect(surf, iron, (7, 108, 12, 12))
        pygame.draw.rect(surf, (60, 54, 70), (8, 109, 3, 10))
        pygame.draw.polygon(surf, iron, [(6, 10), (20, 10), (17, 22), (9, 22)])
        pygame.draw.rect(surf, (255, 226, 160), (9, 12, 8, 8))
        pygame.draw.polygon(surf, iron, [(5, 10), (21, 10), (13, 3)])
        pygame.draw.line(surf, SNOW, (7, 9), (19, 9))
        return surf


def _smooth_rail(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out = [points[0]]
    for p in points[1:]:
        if abs(p[0] - out[-1][0]) > 0.5 or abs(p[1] - out[-1][1]) > 0.5:
            out.append(p)
    return out


_SCENERY: dict[Params, _Scenery] = {}  # view-only cache: painting the layers once is enough


def scenery(p: Params) -> _Scenery:
    found = _SCENERY.get(p)
    if found is None:
        found = _SCENERY[p] = _Scenery(Course.build(p))
    return found


# --- the view ---------------------------------------------------------------------------------------------------

@dataclass
class _Puff:
    x: float  # world
    h: float
    vx: float
    vh: float
    age: int
    life: int
    size: float
    dust: bool = False


class _Lane:
    """One climber on screen: his camera, his breath and dust, his banner."""

    def __init__(self) -> None:
        self.puffs: list[_Puff] = []
        self.banner = ""
        self.banner_frames = 0
        self.done_frame = -1  # the view frame his fists went up (the pull-back starts)
        self.cam: tuple[float, float] | None = None


RIVAL_SUIT = Outfit(suit=(52, 62, 104), hands="fists")
GHOST_SUIT = Outfit(suit=(150, 190, 230), hands="fists")  # the personal best's ghost, pale blue


class View:
    def __init__(self, app: App, sim: StepsSim) -> None:
        self.app = app
        self.sim = sim
        self.p = sim.params
        self.scene = scenery(self.p)
        self.course = self.scene.course
        # the race: Vito against Danny, the young fighter of his gym, in a navy sweatsuit
        self.looks = (app.content.looks["vito"], app.content.looks["danny"])
        self._ghost_buf: pygame.Surface | None = None
        fighter = app.content.fighters.get("vito")
        self.height = fighter.height_px if fighter is not None else 94
        self.scale = VITO_SCALE if len(sim.climbers) == 1 else RACE_SCALE
        self.frame = 0
        self.lanes = [_Lane() for _ in sim.climbers]
        self.rng = random.Random(5)  # view-only: breath and dust jitter
        self._zoom_buf: dict[tuple[int, int], pygame.Surface] = {}

    # --- ticks ----------------------------------------------------------------------------------------------

    def react(self, events: list[Event]) -> None:
        self.frame += 1
        for e in events:
            lane = self.lanes[e.side] if 0 <= e.side < len(self.lanes) else None
            if lane is None:
                continue
            c = self.sim.climbers[e.side]
            if e.kind == "step":
                self._sound("footstep")
                x, h = self._foot(c.stride)
                for _ in range(2):
                    lane.puffs.append(_Puff(x + self.rng.uniform(-4, 4), h, self.rng.uniform(-0.3, 0.3), 0.15,
                                            0, 14, 1.5, dust=True))
                if c.stride % 2 == 0:
                    self._breathe(lane, c)
            elif e.kind == "stumble":
                self._sound("stumble")
                x, h = self._foot(c.stride)
                for _ in range(7):
                    lane.puffs.append(_Puff(x + 10 + self.rng.uniform(-8, 8), h + 2, self.rng.uniform(-0.6, 0.9),
                                            self.rng.uniform(0.2, 0.6), 0, 26, 2.5, dust=True))
                lane.banner, lane.banner_frames = "STUMBLE!", 40
            elif e.kind == "split" and e.value < len(self.sim.spec.checkpoints):
                lane.banner, lane.banner_frames = e.move.upper(), 70
            elif e.kind == "arrive":
                lane.banner, lane.banner_frames = "THE TOP!", 50
            elif e.kind == "fists_up":
                lane.done_frame = self.frame
                lane.banner, lane.banner_frames = "", 0
        for side, lane in enumerate(self.lanes):
            c = self.sim.climbers[side]
            self._follow(side)
            if lane.banner_frames > 0:
                lane.banner_frames -= 1
            # breath in the cold: a cloud every so often, faster when he is working
            every = 26 if c.stride < self.p.strides and c.stride > 0 else 40
            if (self.frame + side * 11) % every == 0:
                self._breathe(lane, c)
            alive = []
            for puff in lane.puffs:
                puff.age += 1
                puff.x += puff.vx
                puff.h += puff.vh
                if puff.age < puff.life:
                    alive.append(puff)
            lane.puffs = alive[-60:]

    def _sound(self, name: str) -> None:
        if self.app.audio is not None:
            self.app.audio.play(name)

    def _breathe(self, lane: _Lane, c: Climber) -> None:
        x, h, facing, _, _ = self._body(c)
        head_x = x + facing * 12 * self.scale
        head_h = h + self.height * self.scale * 0.86
        lane.puffs.append(_Puff(head_x, head_h, facing * 0.45 + self.rng.uniform(-0.1, 0.1), 0.22, 0, 44, 3.0))

    # --- where he is --------------------------------------------------------------------------------------------

    def _foot(self, stride: int) -> tuple[float, float]:
        x, h = self.course.feet[max(0, min(stride, len(self.course.feet) - 1))]
        return x, float(h)

    def _body(self, c: Climber) -> tuple[float, float, int, Values, str]:
        """His feet (world x, h), facing, pose and face now."""
        p = self.p
        tick = c.clock.tick
        x1, h1 = self._foot(c.stride)
        if c.stride >= p.strides:  # at the top: he turns to the city, winded, and raises his fists
            since = tick - c.arrive_tick
            if c.clock.finished and c.clock.success:
                after = self.frame - self.lanes[c.side].done_frame if self.lanes[c.side].done_frame >= 0 else 99
                pump = 0.5 + 0.5 * math.sin(after * 0.22)
                values = blend(FISTS_UP, FISTS_PUMP, pump if after > 14 else 0.0)
                return x1 + 6, h1, -1, values, "joy"
            lift = c.raised / max(1, p.raise_hold_frames)
            arrive = blend(LAND_L, WINDED, since / 10) if since < 10 else WINDED
            if lift > 0:
                return x1 + 6, h1, -1, blend(WINDED, FISTS_UP, lift * 1.15), "effort" if lift < 0.8 else "joy"
            return x1 + (6 if since > 4 else 0), h1, (-1 if since > 4 else 1), arrive, "effort"
        if c.stumble > 0 or (c.stumble_tick and tick - c.stumble_tick <= p.stumble_frames):
            u = (tick - c.stumble_tick) / max(1, p.stumble_frames)
            if u < 0.18:
                values = blend(STAND, TRIP, u / 0.18)
            elif u < 0.3:
                values = blend(TRIP, DOWN, (u - 0.18) / 0.12)
            elif u < 0.75:
                values = DOWN
            else:
                values = blend(DOWN, STAND, (u - 0.75) / 0.25)
            return x1, h1, 1, values, "hurt" if u < 0.6 else "effort"
        if c.stride == 0:
            breath = 0.5 + 0.5 * math.sin(self.frame * 0.12)
            return x1, h1, 1, blend(STAND, STAND_IN, breath), "calm"
        x0, h0 = self._foot(c.stride - 1)
        u = (tick - c.stride_tick) / STRIDE_ANIM
        k = _ease(u)
        x = x0 + (x1 - x0) * k
        h = h0 + (h1 - h0) * min(1.0, k * 1.3)
        push, land = (PUSH_L, LAND_L) if c.foot == "left" else (PUSH_R, LAND_R)
        if u < 1:
            values = blend(push, land, u)
        else:  # waiting for the next beat: settle towards standing
            values = blend(land, STAND, (u - 1) * 0.6)
        return x, h, 1, values, "effort"

    # --- drawing --------------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        if len(self.sim.climbers) == 1:
            self._draw_lane(surface, 0, (640, 360), big=True)
            return
        for side in range(2):
            area = pygame.Rect(0, side * 180, 640, 180)
            sub = surface.subsurface(area)
            self._draw_lane(sub, side, (640, 180), big=False)
        pygame.draw.line(surface, DARK, (0, 179), (640, 179), 3)
        pygame.draw.line(surface, GOLD, (0, 180), (640, 180), 1)

    def draw_ghost(self, surface: pygame.Surface, ghost: StepsSim) -> None:
        """The personal best's climber, translucent, on the same stairs and camera (one player only)."""
        if len(self.sim.climbers) != 1 or self.lanes[0].done_frame >= 0:
            return  # no ghost in a race, nor while the camera pulls back at the top
        cam_x, cam_h, zoom = self._camera(0)
        if zoom < 0.999:
            return
        x, hh, facing, values, face = self._body(ghost.climbers[0])
        fx = x + DEPTH[0] * LANE - cam_x + ANCHOR[0]
        fy = ANCHOR[1] - (hh - cam_h) + DEPTH[1] * LANE
        if self._ghost_buf is None:
            self._ghost_buf = pygame.Surface((140, 150), pygame.SRCALPHA)
        buf = self._ghost_buf
        buf.fill((0, 0, 0, 0))
        draw_figure(buf, self.looks[0], values, 70, 140, facing, face, self.height, self.scale, shadow=False,
                    outfit=GHOST_SUIT)
        buf.set_alpha(120)
        surface.blit(buf, (round(fx) - 70, round(fy) - 140))

    def _target(self, side: int) -> tuple[float, float, float]:
        """Where the camera wants to be: the world x and h under the screen's anchor (his feet), and the zoom."""
        c = self.sim.climbers[side]
        lane = self.lanes[side]
        x, h, _, _, _ = self._body(c)
        zoom = 1.0
        if c.stride >= self.p.strides:  # a little closer in while the fists rise, then the pull-back
            zoom = 1.0 - 0.08 * c.raised / max(1, self.p.raise_hold_frames)
            if lane.done_frame >= 0:
                zoom = 0.92 + (PULL_ZOOM - 0.92) * _ease((self.frame - lane.done_frame) / PULL_FRAMES)
        return x + DEPTH[0] * LANE, h - DEPTH[1] * LANE, zoom

    def _follow(self, side: int) -> None:
        """Once a tick: the camera glides after him (a stride is a small hop, not a jolt)."""
        lane = self.lanes[side]
        tx, th, _ = self._target(side)
        if lane.cam is None or abs(lane.cam[0] - tx) > 200:
            lane.cam = (tx, th)
        else:
            lane.cam = (lane.cam[0] + (tx - lane.cam[0]) * 0.35, lane.cam[1] + (th - lane.cam[1]) * 0.35)

    def _camera(self, side: int) -> tuple[float, float, float]:
        tx, th, zoom = self._target(side)
        cam = self.lanes[side].cam
        return (cam[0], cam[1], zoom) if cam is not None else (tx, th, zoom)

    def _draw_lane(self, surface: pygame.Surface, side: int, size: tuple[int, int], big: bool) -> None:
        c = self.sim.climbers[side]
        lane = self.lanes[side]
        cam_x, cam_h, zoom = self._camera(side)
        w, h = size
        anchor = (ANCHOR[0], ANCHOR[1] if big else 140)
        pull = 0.0
        if lane.done_frame >= 0:
            pull = _ease((self.frame - lane.done_frame) / PULL_FRAMES)
            anchor = (round(anchor[0] + (PULL_ANCHOR[0] - anchor[0]) * pull),
                      round(anchor[1] + ((PULL_ANCHOR[1] if big else 150) - anchor[1]) * pull))
        if zoom < 0.999:
            vw, vh = round(w / zoom), round(h / zoom)
            buf = self._zoom_buf.get((vw, vh))
            if buf is None:
                buf = self._zoom_buf[(vw, vh)] = pygame.Surface((vw, vh))
            ax, ay = anchor[0] / zoom, anchor[1] / zoom
            self._paint(buf, side, cam_x, cam_h, (ax, ay), (vw, vh), zoom)
            pygame.transform.smoothscale(buf, (w, h), surface)
        else:
            self._paint(surface, side, cam_x, cam_h, anchor, (w, h), 1.0)
        self._draw_meters(surface, side, c, lane, big)

    def _paint(self, surface: pygame.Surface, side: int, cam_x: float, cam_h: float, anchor: tuple[float, float],
               size: tuple[int, int], zoom: float) -> None:
        sc = self.scene
        w, h = size
        # world (x, h) -> screen: x - cam_x + ax, ay - (h - cam_h)
        ax, ay = anchor
        # the sky (barely moves), the far towers, the near roofs: parallax by distance
        sx = -(sc.SKY_SIZE[0] - w) / 2 + 100 - cam_x * sc.SKY_PAR
        sy = -(sc.SKY_SIZE[1] - h) + min(sc.SKY_SIZE[1] - h, cam_h * sc.SKY_PAR) - (ay - ANCHOR[1]) * 0.2
        surface.blit(sc.sky, (round(sx), round(min(0.0, sy))))
        far_x = ax - 900 - cam_x * sc.FAR_PAR
        far_y = ay + sc.FAR_BASE - sc.FAR_SIZE[1] + cam_h * sc.FAR_PAR
        surface.blit(sc.far, (round(far_x), round(far_y)))
        for lx, ly, phase in sc.lights:  # red lights blinking on the masts
            if (self.frame + phase) % 60 < 30:
                pygame.draw.circle(surface, (255, 60, 50), (round(far_x + lx), round(far_y + ly)), 1)
        near_x = ax - 1100 - cam_x * sc.NEAR_PAR
        near_y = ay + sc.NEAR_BASE - sc.NEAR_SIZE[1] + cam_h * sc.NEAR_PAR
        # chimney smoke, rising and leaning with the wind
        for i, (cx, cy) in enumerate(sc.chimneys):
            px = near_x + cx
            if px < -40 or px > w + 40:
                continue
            for k in range(5):
                t = ((self.frame + i * 17) * 0.5 + k * 18) % 90 / 90
                r = 2 + round(t * 9)
                img = sc.puffs[min(len(sc.puffs) - 1, r - 2)]
                img.set_alpha(round(200 * (1 - t)))
                surface.blit(img, (round(px + t * 26 + math.sin(t * 5 + i) * 3 - r), round(near_y + cy - t * 46 - r)))
                img.set_alpha(None)
        surface.blit(sc.near, (round(near_x), round(near_y)))
        # the steps
        ox, oy = sc.origin
        stairs_x = ax - cam_x - ox
        stairs_y = ay + cam_h - oy
        surface.blit(sc.stairs, (round(stairs_x), round(stairs_y)))
        # the climber, his breath and the dust of his strides
        c = self.sim.climbers[side]
        lane = self.lanes[side]

        def to_screen(wx: float, wh: float, d: float = LANE) -> tuple[float, float]:
            return (wx + DEPTH[0] * d - cam_x + ax, ay - (wh - cam_h) + DEPTH[1] * d)

        for puff in lane.puffs:  # dust at his feet and breath at his mouth
            t = puff.age / puff.life
            grown = puff.size + t * (6 if not puff.dust else 3)
            img = (sc.dust if puff.dust else sc.puffs)[min(4 if puff.dust else 12, max(0, round(grown) - 1))]
            img.set_alpha(round((170 if puff.dust else 220) * (1 - t)))
            px, py = to_screen(puff.x, puff.h)
            surface.blit(img, (round(px - img.get_width() / 2), round(py - img.get_height() / 2)))
            img.set_alpha(None)
        x, hh, facing, values, face = self._body(c)
        fx, fy = to_screen(x, hh)
        draw_figure(surface, self.looks[side], values, round(fx), round(fy), facing, face, self.height, self.scale,
                    outfit=SWEATSUIT if side == 0 else RIVAL_SUIT)

    # --- the meters: which foot is next, the beat, the raise -----------------------------------------------------

    def _draw_meters(self, surface: pygame.Surface, side: int, c: Climber, lane: _Lane, big: bool) -> None:
        fonts = self.app.fonts
        p = self.p
        w, h = surface.get_size()
        if lane.banner_frames > 0 and lane.banner:
            col = RED if lane.banner.startswith("STUMBLE") else GOLD
            y = (96 if big else 40) - max(0, lane.banner_frames - 60)
            draw_text(surface, fonts, lane.banner, (w // 2, y), 30 if big else 22, col, "center", bold=True)
        if not big:
            top = 8 if side else 30  # player one's half shares its top strip with the race clock
            draw_text(surface, fonts, f"P{side + 1}", (8, top), 18, GOLD, bold=True)
            draw_text(surface, fonts, self.sim.where(c), (40, top + 2), 16, WHITE)
            draw_text(surface, fonts, igt_text(c.clock.frames), (w - 8, 8), 20, WHITE, "right", bold=True)
            if self.sim.finished and self.sim.result().winner == side:
                draw_text(surface, fonts, "WINNER", (w - 8, 28), 18, GOLD, "right", bold=True)
        if c.clock.finished:
            return
        self._draw_gauge(surface, c, big)
        box = pygame.Rect(0, 0, 230 if big else 200, 40 if big else 34)
        box.midbottom = (w // 2, h - 6) if big else (w - box.w // 2 - 8, h - 6)
        panel(surface, box, 170)
        tick = c.clock.tick
        if c.stride >= p.strides:
            fill = c.raised / max(1, p.raise_hold_frames)
            keys = f"{self._label(side, Action.JAB)}+{self._label(side, Action.STRAIGHT)}"
            if self.sim.config.assist:
                keys += f" or {self._label(side, Action.UP)}"
            draw_text(surface, fonts, f"Hold {keys}: fists up!", (box.centerx, box.y + 4), 16, GOLD, "center",
                      bold=True)
            bar = pygame.Rect(box.x + 10, box.bottom - 12, box.w - 20, 6)
            pygame.draw.rect(surface, (50, 44, 40), bar)
            pygame.draw.rect(surface, GOLD, (bar.x, bar.y, round(bar.w * fill), bar.h))
            return
        since = tick - c.stride_tick if c.stride_tick else p.min_interval_frames
        stumbling = c.stumble > 0
        ready = not stumbling and since >= p.min_interval_frames
        on_beat = ready and since < p.min_interval_frames + p.perfect_window_frames
        # the feet: the next one lit
        for k, (name, action) in enumerate((("left", Action.LEFT), ("right", Action.RIGHT))):
            pad = pygame.Rect(0, 0, 40, box.h - 10)
            pad.center = (box.x + 30 + k * (box.w - 60), box.centery)
            nxt = c.foot != name and not stumbling
            col = (70, 64, 60) if not nxt else ((96, 210, 110) if ready else (150, 130, 80))
            pygame.draw.rect(surface, col, pad, border_radius=6)
            pygame.draw.rect(surface, GOLD if nxt else GREY, pad, 1, border_radius=6)
            draw_text(surface, fonts, self._label(side, action), pad.center, 15, WHITE if nxt else GREY, "center",
                      bold=nxt)
            self._foot_icon(surface, (pad.centerx, pad.top + 5), name == "left", WHITE if nxt else GREY)
        # the beat light in the middle: charging until a stride is legal, bright on the beat
        centre = (box.centerx, box.centery - 2)
        if stumbling:
            left = c.stumble / max(1, p.stumble_frames)
            pygame.draw.circle(surface, (120, 30, 30), centre, 11)
            pygame.draw.arc(surface, RED, (centre[0] - 12, centre[1] - 12, 24, 24), math.pi / 2,
                            math.pi / 2 + 2 * math.pi * left, 3)
        else:
            charge = min(1.0, since / p.min_interval_frames)
            col = (96, 230, 120) if on_beat else ((230, 200, 90) if ready else _mix((60, 40, 40), (160, 90, 60),
                                                                                      charge))
            if on_beat:
                surface.blit(_beat_glow(), (centre[0] - 18, centre[1] - 18))
            pygame.draw.circle(surface, col, centre, 10)
            pygame.draw.circle(surface, WHITE, centre, 10, 1)
            if not ready:
                pygame.draw.arc(surface, (240, 220, 160), (centre[0] - 13, centre[1] - 13, 26, 26), math.pi / 2,
                                math.pi / 2 + 2 * math.pi * charge, 2)
        streak = f"x{c.streak}" if c.streak > 1 else ""
        draw_text(surface, fonts, streak, (centre[0], box.bottom - 12), 13, GOLD, "center")
        if self.sim.config.assist:  # hold instead of mash: the key that climbs by itself
            draw_text(surface, fonts, f"or hold {self._label(side, Action.UP)} to climb", (box.centerx, box.y - 16),
                      13, WHITE, "center")

    def _label(self, side: int, action: Action) -> str:
        try:
            return self.app.inputs.label(side, action)
        except (AttributeError, KeyError):
            return action.name or "?"

    @staticmethod
    def _foot_icon(surface: pygame.Surface, at: tuple[int, int], left: bool, col: Color) -> None:
        x, y = at
        dx = -5 if left else 5
        pygame.draw.ellipse(surface, col, (x + dx - 3, y - 2, 6, 5))
        pygame.draw.circle(surface, col, (x + dx + (2 if left else -2), y - 3), 1)

    def _draw_gauge(self, surface: pygame.Surface, c: Climber, big: bool) -> None:
        """A little staircase at the bottom left: the flights, the landings passed, and where he is."""
        p = self.p
        h = surface.get_size()[1]
        per = 1
        rise = 0.5 if big else 0.34
        gap = 6
        width = p.steps * per + (p.flights - 1) * gap
        height = round(p.steps * rise)
        box = pygame.Rect(8, h - height - 22, width + 12, height + 14)
        shade = pygame.Surface(box.size, pygame.SRCALPHA)
        shade.fill((12, 10, 16, 150))
        surface.blit(shade, box)
        steps, _, _ = place(p, c.stride)
        x = box.x + 6
        base = box.bottom - 6
        for j in range(1, p.steps + 1):
            top = base - round(j * rise)
            col = GOLD if j <= steps else (86, 80, 92)
            surface.fill(col, (x, top, per, base - top))
            x += per
            if j % p.steps_per_flight == 0 and j < p.steps:
                surface.fill(col if j <= steps else (86, 80, 92), (x, top, gap, base - top))
                if j <= steps:
                    pygame.draw.line(surface, WHITE, (x + gap // 2, top - 3), (x + gap // 2, top - 1))
                x += gap
        if not c.clock.finished:
            mx = box.x + 6 + steps * per + min(p.flights - 1, steps // p.steps_per_flight) * gap
            pygame.draw.circle(surface, WHITE, (mx, base - round(steps * rise) - 4), 2)
