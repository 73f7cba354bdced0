"""Vito on the kitchen wall phone: the beige phone by the doorframe, its coiled cord stretched to his ear, the
kitchen (fridge, stove, a kettle steaming, a calendar), and the window with the snow coming down. The variant
"night" is the same kitchen the night before the fight: the window dark, the stove cold, one bulb over the counter.
"""

from __future__ import annotations

import math
import random

import pygame

from game.render.cutscene import people, room
from game.render.cutscene.paint import add_glow, darken, shade, snowfall, vgradient
from game.render.cutscene.stage import Stage

WINDOW = pygame.Rect(470, 56, 100, 104)
KETTLE = (112, 150)
PHONE = pygame.Rect(270, 112, 22, 38)
VITO_X = 346


def _tiles(surf: pygame.Surface) -> None:
    top, bottom = 120, room.FLOOR_Y - 32
    for y in range(top, bottom, 10):
        for x in range(0, 250, 10):
            pygame.draw.rect(surf, (200, 208, 196), (x, y, 9, 9))
            pygame.draw.line(surf, (226, 232, 222), (x, y), (x + 8, y))


def _kitchen(surf: pygame.Surface) -> None:
    _tiles(surf)
    # fridge, round-shouldered, with magnets and a child's drawing (Rob's, forty years old)
    fridge = pygame.Rect(14, 64, 70, 174)
    pygame.draw.rect(surf, (150, 150, 140), fridge.inflate(2, 2), border_radius=10)
    pygame.draw.rect(surf, (222, 220, 204), fridge, border_radius=10)
    pygame.draw.line(surf, (170, 170, 156), (fridge.x, 118), (fridge.right - 1, 118), 2)
    pygame.draw.rect(surf, (160, 160, 150), (fridge.right - 10, 80, 4, 26))
    pygame.draw.rect(surf, (160, 160, 150), (fridge.right - 10, 128, 4, 34))
    pygame.draw.rect(surf, (246, 244, 236), (30, 128, 22, 18))
    pygame.draw.circle(surf, (240, 190, 40), (36, 134), 3)
    pygame.draw.line(surf, (60, 110, 200), (32, 143), (50, 141))
    # counter and stove with the kettle
    pygame.draw.rect(surf, (120, 84, 56), (90, 166, 160, 72))
    pygame.draw.rect(surf, (170, 160, 140), (88, 160, 164, 7))
    for x in (100, 176):
        pygame.draw.rect(surf, shade((120, 84, 56), 0.8), (x, 176, 66, 54), 1)
        pygame.draw.rect(surf, (180, 170, 140), (x + 30, 186, 8, 2))
    kx, ky = KETTLE
    pygame.draw.ellipse(surf, (180, 44, 40), (kx - 14, ky - 6, 28, 16))
    pygame.draw.rect(surf, (180, 44, 40), (kx - 12, ky - 2, 24, 10))
    pygame.draw.arc(surf, (60, 40, 40), (kx - 8, ky - 14, 16, 14), 0, math.pi, 2)
    pygame.draw.line(surf, (180, 44, 40), (kx + 12, ky + 2), (kx + 20, ky - 4), 3)
    pygame.draw.line(surf, (236, 120, 100), (kx - 10, ky - 3), (kx - 4, ky - 5))
    # the cabinets above
    for x in (90, 170):
        pygame.draw.rect(surf, (132, 94, 62), (x, 30, 76, 60))
        pygame.draw.rect(surf, shade((132, 94, 62), 0.8), (x + 4, 34, 68, 52), 1)
        pygame.draw.rect(surf, (190, 170, 120), (x + 64, 70, 3, 8))
    # the calendar with a date ringed
    pygame.draw.rect(surf, (238, 234, 220), (396, 70, 40, 52))
    pygame.draw.rect(surf, (40, 70, 140), (396, 70, 40, 16))
    for r in range(5):
        for c in range(6):
            surf.set_at((400 + c * 6, 92 + r * 6), (90, 84, 80))
    pygame.draw.circle(surf, (200, 30, 30), (418, 110), 4, 1)


def _phone(surf: pygame.Surface) -> None:
    p = PHONE
    pygame.draw.rect(surf, (150, 134, 104), p.inflate(4, 4), border_radius=4)
    pygame.draw.rect(surf, (226, 212, 176), p, border_radius=4)
    for r in range(4):
        for c in range(3):
            pygame.draw.rect(surf, (190, 176, 140), (p.x + 4 + c * 5, p.y + 12 + r * 5, 3, 3))
    pygame.draw.rect(surf, (170, 154, 120), (p.x + 6, p.y + 2, 10, 6), border_radius=2)  # the empty cradle


def _cord(surf: pygame.Surface, a: tuple[float, float], b: tuple[float, float]) -> None:
    """A coiled cord sagging from the phone to the receiver."""
    n = 40
    pts = []
    for i in range(n + 1):
        t = i / n
        x = a[0] + (b[0] - a[0]) * t
        y = a[1] + (b[1] - a[1]) * t + 22 * math.sin(math.pi * t)
        coil = 2.2 * math.sin(t * 60)
        pts.append((x + coil * 0.4, y + coil))
    pygame.draw.lines(surf, (120, 106, 80), False, pts, 2)
    pygame.draw.lines(surf, (214, 200, 162), False, pts, 1)


def paint(stage: Stage) -> pygame.Surface:
    surf = pygame.Surface((640, 360))
    rng = random.Random(31)
    night = stage.variant == "night"
    light = room.Light(night=night)
    room.walls(surf, light, rng)
    vgradient(surf, (0, 0, 640, 24), ((0.0, (70, 70, 60)), (1.0, (110, 106, 88))))
    _kitchen(surf)
    room.window(surf, WINDOW, light, rng)
    room.radiator(surf, WINDOW.x, WINDOW.w, light)
    # the doorframe to the hall, dark beyond
    pygame.draw.rect(surf, (40, 34, 34), (300, 40, 70, room.FLOOR_Y - 40))
    pygame.draw.rect(surf, (190, 180, 160), (296, 36, 78, room.FLOOR_Y - 36), 4)
    _phone(surf)
    room.window_light(surf, WINDOW, light)
    rig = stage.person(surf, "vito", people.PHONE, VITO_X, room.STAND_Y, -1, "calm", 1.3)
    if rig is not None:  # the receiver in his hand at his ear, the cord back to the phone
        wx, wy = VITO_X - rig.rear_wrist[0], room.STAND_Y - rig.rear_wrist[1]
        pygame.draw.line(surf, (150, 134, 104), (wx + 4, wy + 10), (wx - 4, wy - 12), 6)
        pygame.draw.line(surf, (226, 212, 176), (wx + 4, wy + 10), (wx - 4, wy - 12), 4)
        _cord(surf, (PHONE.centerx, PHONE.bottom), (wx + 3, wy + 11))
    if night:  # the one bulb over the counter, the rest of the kitchen gone dark
        darken(surf, (0, 0, 640, 360), (4, 6, 18), 120)
        bulb = (170, 34)
        pygame.draw.line(surf, (20, 20, 24), (bulb[0], 0), bulb, 1)
        add_glow(surf, bulb, 150, (110, 80, 40), 0.9)
        add_glow(surf, bulb, 10, (255, 230, 170), 1.0)
        add_glow(surf, (VITO_X, 150), 110, (50, 36, 20), 0.8)
    else:
        add_glow(surf, (KETTLE[0], 110), 60, (40, 30, 20), 0.6)
    return surf


def animate(surf: pygame.Surface, tick: int, stage: Stage) -> None:
    if stage.variant == "night":
        snowfall(surf, tick, WINDOW, 20, 7, speed=0.7)
        return
    snowfall(surf, tick, WINDOW, 28, 7)
    room.steam(surf, KETTLE[0] + 18, KETTLE[1] - 8, tick, 4, 60, (240, 240, 244))
