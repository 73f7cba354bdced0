"""Rosa's grave: a snowy cemetery under a pale winter sky, bare black trees, rows of old headstones going grey in the
distance, Rosa's granite headstone with her name and a few red flowers, and Vito kneeling in the snow before it.
Snow falls; a crow on a branch shifts now and then. The variant "gloves" is after the fight: his old gloves hang on the
headstone by their tied laces, and Vito stands before it.
"""

from __future__ import annotations

import math
import random

import pygame

from game.render.cutscene import people
from game.render.cutscene.paint import SNOW, font, mix, shade, snowfall, vgradient
from game.render.cutscene.stage import Stage

HORIZON_Y = 196
STAND_Y = 268
STONE = pygame.Rect(388, 150, 82, 112)
CROW = (150, 92)


def _tree(surf: pygame.Surface, x: float, y: float, angle: float, length: float, width: float, depth: int,
          rng: random.Random, colour: tuple[int, int, int]) -> None:
    """A bare tree, branch by branch (angle in degrees from straight up)."""
    a = math.radians(angle)
    x2, y2 = x + math.sin(a) * length, y - math.cos(a) * length
    pygame.draw.line(surf, colour, (x, y), (x2, y2), max(1, round(width)))
    if width > 2.5:
        pygame.draw.line(surf, SNOW, (x - 1, y - 1), (x2 - 1, y2 - 1))  # snow on the top of the bough
    if depth == 0:
        return
    for turn in (-1, 1):
        spread = rng.uniform(18, 38)
        _tree(surf, x2, y2, angle + turn * spread + rng.uniform(-8, 8), length * rng.uniform(0.62, 0.78),
              width * 0.66, depth - 1, rng, colour)


def _ground(surf: pygame.Surface, rng: random.Random) -> None:
    vgradient(surf, (0, 0, 640, HORIZON_Y), ((0.0, (150, 160, 180)), (0.7, (204, 206, 214)), (1.0, (226, 222, 220))))
    for x in range(0, 640, 2):  # a far line of woods in the haze
        h = 14 + 8 * math.sin(x * 0.05) + 5 * math.sin(x * 0.17)
        pygame.draw.line(surf, (170, 172, 186), (x, HORIZON_Y - h), (x, HORIZON_Y))
    vgradient(surf, (0, HORIZON_Y, 640, 360 - HORIZON_Y), ((0.0, (214, 218, 232)), (1.0, (244, 246, 252))))
    for row, (y, s) in enumerate(((HORIZON_Y + 6, 0.4), (HORIZON_Y + 18, 0.6), (HORIZON_Y + 36, 0.85))):
        x = rng.randint(-20, 10)
        while x < 640:
            w, h = round(14 * s), round(20 * s)
            c = mix((168, 170, 184), (120, 122, 136), row / 2)
            if rng.random() < 0.2:  # a cross
                pygame.draw.rect(surf, c, (x + w // 2 - 1, y - h - 4, max(2, w // 4), h + 4))
                pygame.draw.rect(surf, c, (x, y - h + 2, w, max(2, w // 4)))
            else:
                pygame.draw.rect(surf, c, (x, y - h, w, h), border_top_left_radius=w // 2,
                                 border_top_right_radius=w // 2)
            pygame.draw.line(surf, SNOW, (x + 1, y - h), (x + w - 2, y - h), 2)
            pygame.draw.ellipse(surf, SNOW, (x - 2, y - 3, w + 4, 5))
            x += rng.randint(30, 70) if not (340 < x < 500) or row < 2 else 90
    for _ in range(120):
        surf.set_at((rng.randrange(640), rng.randrange(HORIZON_Y, 360)), (255, 255, 255))


def _headstone(surf: pygame.Surface) -> None:
    s = STONE
    granite = (120, 124, 134)
    pygame.draw.rect(surf, shade(granite, 0.75), s.move(4, 0), border_top_left_radius=30, border_top_right_radius=30)
    pygame.draw.rect(surf, granite, s, border_top_left_radius=30, border_top_right_radius=30)
    for k in range(30):  # the granite's speckle and the light from the upper left
        pygame.draw.line(surf, shade(granite, 1.12), (s.x + 4, s.y + 20 + k), (s.x + 8, s.y + 20 + k))
    rng = random.Random(5)
    for _ in range(90):
        surf.set_at((rng.randrange(s.x + 3, s.right - 3), rng.randrange(s.y + 12, s.bottom)),
                    shade(granite, rng.uniform(0.8, 1.2)))
    pygame.draw.ellipse(surf, SNOW, (s.x + 4, s.y - 4, s.w - 8, 14))
    face = font(17)
    small = font(13)
    ink = (60, 62, 72)
    for text, f, dy in (("ROSA", face, 34), ("MORETTI", face, 48), ("BELOVED WIFE", small, 68),
                        ("AND MOTHER", small, 78)):
        img = f.render(text, True, ink)
        surf.blit(img, (s.centerx - img.get_width() // 2, s.y + dy))
    pygame.draw.line(surf, ink, (s.centerx - 14, s.y + 24), (s.centerx + 14, s.y + 24))
    pygame.draw.rect(surf, shade(granite, 0.7), (s.x - 8, s.bottom - 4, s.w + 16, 8))
    pygame.draw.ellipse(surf, SNOW, (s.x - 14, s.bottom - 4, s.w + 30, 12))
    # red roses at the foot, a little snow on them
    for k, fx in enumerate((s.x + 14, s.x + 22, s.x + 30)):
        pygame.draw.line(surf, (50, 90, 50), (fx, s.bottom + 2), (fx + 2 - k * 2, s.bottom - 12), 2)
        pygame.draw.circle(surf, (180, 20, 40), (fx + 2 - k * 2, s.bottom - 13), 4)
        pygame.draw.circle(surf, (220, 60, 70), (fx + 1 - k * 2, s.bottom - 14), 2)


def paint(stage: Stage) -> pygame.Surface:
    surf = pygame.Surface((640, 360))
    rng = random.Random(71)
    _ground(surf, rng)
    _tree(surf, 560, HORIZON_Y + 20, 4, 70, 9, 6, random.Random(3), (48, 44, 50))
    _tree(surf, 40, HORIZON_Y + 30, -3, 64, 8, 6, random.Random(8), (56, 52, 58))
    _tree(surf, 250, HORIZON_Y + 4, 2, 30, 4, 5, random.Random(9), (120, 120, 132))
    _headstone(surf)
    if stage.variant == "gloves":
        _gloves(surf)
        stage.person(surf, "vito", people.STAND_BOWED, 300, STAND_Y, 1, "calm", 1.3)
        return surf
    pygame.draw.ellipse(surf, (200, 204, 220), (230, STAND_Y - 8, 200, 14))  # where he knelt, the snow pressed
    stage.person(surf, "vito", people.KNEEL, 322, STAND_Y, 1, "calm", 1.3)
    return surf


def _gloves(surf: pygame.Surface) -> None:
    """His old red gloves resting on the top of the stone, their laces tied together and hanging down its face."""
    s = STONE
    top = s.y + 1
    knot = (s.centerx, top + 12)
    for gx in (s.centerx - 24, s.centerx + 2):
        pygame.draw.lines(surf, (226, 220, 204), False, ((gx + 11, top - 2), knot), 1)
        g = (150, 34, 36)
        body = pygame.Rect(gx, top - 14, 22, 15)
        pygame.draw.ellipse(surf, shade(g, 0.6), body.move(1, 1))
        pygame.draw.ellipse(surf, g, body)
        pygame.draw.ellipse(surf, shade(g, 1.35), (gx + 4, top - 12, 8, 5))
        pygame.draw.rect(surf, (226, 220, 204), (gx + (15 if gx > s.centerx else 0), top - 11, 7, 10))  # cuff
        pygame.draw.line(surf, (84, 28, 30), (gx + 9, top - 6), (gx + 12, top - 2))  # the crack at the thumb
    pygame.draw.line(surf, (226, 220, 204), knot, (knot[0] - 2, knot[1] + 8), 1)
    pygame.draw.line(surf, (226, 220, 204), knot, (knot[0] + 3, knot[1] + 7), 1)


def animate(surf: pygame.Surface, tick: int, stage: Stage) -> None:
    x, y = _branch_for_crow()
    hop = 1 if (tick // 40) % 5 == 0 else 0
    pygame.draw.ellipse(surf, (20, 18, 22), (x - 6, y - 8 - hop, 12, 8))
    pygame.draw.circle(surf, (20, 18, 22), (x + 5, y - 10 - hop), 3)
    pygame.draw.line(surf, (80, 70, 40), (x + 8, y - 10 - hop), (x + 10, y - 9 - hop))
    pygame.draw.line(surf, (20, 18, 22), (x - 6, y - 5 - hop), (x - 10, y - 2 - hop), 2)
    snowfall(surf, tick, pygame.Rect(0, 0, 640, 250), 110, 23, speed=0.7, wind=0.15)


def _branch_for_crow() -> tuple[int, int]:
    return 548, 130
