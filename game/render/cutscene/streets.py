"""Roadwork at dawn: a snowy Kensington street of brick row houses with white stoops, a corner bakery already lit,
a streetlamp still on, the El's girders far off against a pink sky, and Vito running past in his grey sweatsuit,
his breath smoking. Snow falls; the lamp hums; his breath puffs.
"""

from __future__ import annotations

import math
import random

import pygame

from game.render.cutscene import people
from game.render.cutscene.paint import SNOW, add_glow, bricks, font, mix, puff, shade, snowfall, vgradient
from game.render.cutscene.stage import Stage

KERB_Y = 236
STAND_Y = 262
VITO_X = 360
LAMP = (500, 96)
_mouth: list[float] = [VITO_X + 30, STAND_Y - 108]  # where his breath comes from (set when painted)


def _sky(surf: pygame.Surface) -> None:
    vgradient(surf, (0, 0, 640, KERB_Y), ((0.0, (44, 52, 96)), (0.45, (120, 100, 150)), (0.8, (232, 160, 150)),
                                          (1.0, (255, 206, 160))))
    far = (110, 92, 130)
    for x in range(0, 640, 40):  # the El's girders and a train
        pygame.draw.line(surf, far, (x, 128), (x, 150), 3)
    pygame.draw.rect(surf, far, (0, 120, 640, 8))
    for x in range(380, 560, 36):
        pygame.draw.rect(surf, far, (x, 104, 34, 16), border_radius=3)
        pygame.draw.rect(surf, (255, 220, 150), (x + 6, 108, 5, 4))
        pygame.draw.rect(surf, (255, 220, 150), (x + 20, 108, 5, 4))


def _house(surf: pygame.Surface, x: int, w: int, rng: random.Random, bakery: bool) -> None:
    top = 72 + rng.randint(-4, 6)
    base = rng.choice(((140, 62, 50), (124, 58, 50), (150, 76, 60), (116, 70, 64)))
    bricks(surf, (x, top, w, KERB_Y - top), rng, base, 0.9)
    pygame.draw.rect(surf, shade(base, 0.6), (x, top - 6, w, 7))  # the cornice, snow on it
    pygame.draw.rect(surf, SNOW, (x - 1, top - 9, w + 2, 4), border_radius=2)
    for row in range(2):  # upstairs windows, some lit
        wy = top + 14 + row * 44
        for wx in (x + 10, x + w - 30):
            lit = rng.random() < 0.35
            pygame.draw.rect(surf, (226, 220, 206), (wx - 2, wy - 2, 24, 32))
            pygame.draw.rect(surf, (255, 200, 120) if lit else (60, 66, 96), (wx, wy, 20, 28))
            pygame.draw.line(surf, (226, 220, 206), (wx, wy + 14), (wx + 19, wy + 14), 2)
            pygame.draw.rect(surf, SNOW, (wx - 3, wy + 29, 26, 3))
    dx = x + w // 2 - 9  # the door up a white marble stoop
    pygame.draw.rect(surf, (60, 40, 34), (dx, KERB_Y - 62, 18, 46))
    pygame.draw.rect(surf, (200, 160, 90), (dx + 2, KERB_Y - 60, 14, 6))
    for k in range(3):
        pygame.draw.rect(surf, (214, 212, 206), (dx - 4 - k * 3, KERB_Y - 16 + k * 5, 26 + k * 6, 5))
        pygame.draw.line(surf, SNOW, (dx - 4 - k * 3, KERB_Y - 16 + k * 5), (dx + 21 + k * 3, KERB_Y - 16 + k * 5), 2)
    if bakery:
        sw = pygame.Rect(x + 6, KERB_Y - 58, w - 12, 40)
        pygame.draw.rect(surf, (255, 214, 140), sw)
        for k in range(3):
            pygame.draw.ellipse(surf, (196, 130, 60), (sw.x + 8 + k * 18, sw.bottom - 12, 14, 8))
        pygame.draw.rect(surf, (40, 90, 60), (x + 2, KERB_Y - 74, w - 4, 14))
        face = font(14)
        surf.blit(face.render("BAKERY", True, (250, 240, 210)), (x + w // 2 - 18, KERB_Y - 71))
        for k in range(0, w - 4, 8):  # the awning
            pygame.draw.polygon(surf, (200, 50, 50) if k % 16 == 0 else (236, 230, 220),
                                ((x + 2 + k, KERB_Y - 60), (x + 10 + k, KERB_Y - 60), (x + 10 + k, KERB_Y - 52),
                                 (x + 2 + k, KERB_Y - 54)))


def _street(surf: pygame.Surface, rng: random.Random) -> None:
    x = -20
    i = 0
    while x < 640:
        w = 84
        _house(surf, x, w, rng, bakery=(i == 1))
        pygame.draw.line(surf, (50, 30, 28), (x + w, 70), (x + w, KERB_Y), 2)
        x += w
        i += 1
    # sidewalk, kerb, the street with tyre ruts
    vgradient(surf, (0, KERB_Y, 640, 20), ((0.0, (220, 220, 236)), (1.0, (240, 240, 250))))
    pygame.draw.rect(surf, (150, 150, 166), (0, KERB_Y + 20, 640, 3))
    vgradient(surf, (0, KERB_Y + 23, 640, 360 - KERB_Y - 23), ((0.0, (178, 178, 198)), (1.0, (206, 206, 222))))
    for y in (300, 330):
        pygame.draw.line(surf, (140, 140, 160), (0, y), (640, y), 4)
        pygame.draw.line(surf, (120, 120, 140), (0, y + 2), (640, y + 2))
    for _ in range(200):
        surf.set_at((rng.randrange(640), rng.randrange(KERB_Y, 360)), (250, 250, 255))
    # a parked car under a blanket of snow
    car = pygame.Rect(40, KERB_Y + 26, 120, 30)
    pygame.draw.rect(surf, (60, 70, 90), car, border_radius=8)
    pygame.draw.rect(surf, (70, 80, 100), (car.x + 24, car.y - 16, 66, 20), border_radius=8)
    pygame.draw.ellipse(surf, SNOW, (car.x + 20, car.y - 22, 74, 14))
    pygame.draw.ellipse(surf, SNOW, (car.x - 2, car.y - 6, 124, 12))
    for wx in (car.x + 22, car.right - 22):
        pygame.draw.circle(surf, (24, 24, 28), (wx, car.bottom), 10)


def _lamp(surf: pygame.Surface) -> None:
    x, y = LAMP
    pygame.draw.rect(surf, (36, 36, 44), (x - 2, y, 5, KERB_Y + 12 - y))
    pygame.draw.line(surf, (36, 36, 44), (x, y), (x - 18, y - 6), 3)
    pygame.draw.polygon(surf, (36, 36, 44), ((x - 28, y - 6), (x - 8, y - 6), (x - 12, y - 14), (x - 24, y - 14)))
    pygame.draw.rect(surf, SNOW, (x - 26, y - 17, 16, 3))


def paint(stage: Stage) -> pygame.Surface:
    surf = pygame.Surface((640, 360))
    rng = random.Random(61)
    _sky(surf)
    _street(surf, rng)
    _lamp(surf)
    add_glow(surf, (LAMP[0] - 18, LAMP[1] + 20), 70, (90, 70, 30), 0.8)
    # footprints behind him in the fresh snow
    for k in range(8):
        fx = VITO_X - 40 - k * 24
        surf.fill((170, 172, 196), (fx, STAND_Y - 2 + (k % 2) * 4, 6, 2))
    rig = stage.person(surf, "vito_sweats", people.RUN, VITO_X, STAND_Y, 1, "effort", 1.3)
    if rig is not None:
        _mouth[:] = [VITO_X + rig.head[0] + 14, STAND_Y - rig.head[1] + 4]
    return surf


def animate(surf: pygame.Surface, tick: int, stage: Stage) -> None:
    x, y = LAMP
    hum = 0.6 + 0.12 * math.sin(tick * 0.9) * (1 if tick % 120 < 20 else 0)
    add_glow(surf, (x - 18, y - 4), 16, (255, 220, 150), hum)
    for k in range(3 if "vito" in stage.drawn else 0):  # breath smoking from his mouth, drifting back
        age = (tick + k * 20) % 60
        t = age / 60
        puff(surf, _mouth[0] + 4 - t * 34, _mouth[1] - t * 10, 2 + round(t * 6),
             mix((250, 250, 255), (220, 220, 236), t), round(150 * (1 - t)))
    snowfall(surf, tick, pygame.Rect(0, 0, 640, 250), 90, 17)
