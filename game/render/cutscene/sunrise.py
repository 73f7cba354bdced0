"""The museum steps at sunrise, seen from the top: the stone landing, the steps falling away, the long parkway
running down to the city's towers with the sun coming up behind them, and Vito sitting on the top step in his
grey sweatsuit, watching the city wake. The sun breathes, birds cross, windows light one by one.
"""

from __future__ import annotations

import math
import random

import pygame

from game.render.cutscene import people
from game.render.cutscene.paint import add_glow, mix, shade, vgradient
from game.render.cutscene.stage import Stage

HORIZON_Y = 156
LANDING_Y = 206  # the top landing's surface
TOP_X = 236  # where the top step's edge is
RISE, RUN = 9, 15
SUN = (452, 146)
VITO_X = 222
_windows: list[tuple[int, int, int]] = []  # (x, y, phase) of windows that light up, found when painted


def _sky(surf: pygame.Surface) -> None:
    vgradient(surf, (0, 0, 640, HORIZON_Y + 10), ((0.0, (60, 70, 130)), (0.4, (170, 120, 160)),
                                                  (0.75, (250, 170, 130)), (1.0, (255, 220, 160))))
    add_glow(surf, SUN, 180, (120, 70, 30), 1.0)
    add_glow(surf, SUN, 40, (255, 230, 170), 1.0)
    pygame.draw.circle(surf, (255, 240, 200), SUN, 18)
    for k, (cx, cy, w) in enumerate(((120, 60, 140), (480, 44, 180), (300, 96, 120))):  # thin lit clouds
        pygame.draw.ellipse(surf, mix((240, 170, 160), (200, 140, 170), k / 3), (cx - w // 2, cy, w, 7))
        pygame.draw.ellipse(surf, (255, 210, 180), (cx - w // 3, cy - 1, w * 2 // 3, 3))


def _city(surf: pygame.Surface, rng: random.Random) -> None:
    far = (130, 96, 120)
    x = 150
    while x < 640:  # downtown's towers, backlit
        w, h = rng.randint(14, 30), rng.randint(30, 100) if 260 < x < 520 else rng.randint(16, 50)
        pygame.draw.rect(surf, far, (x, HORIZON_Y - h, w, h))
        pygame.draw.line(surf, (230, 160, 120), (x + w - 1, HORIZON_Y - h), (x + w - 1, HORIZON_Y), 1)
        for wy in range(HORIZON_Y - h + 4, HORIZON_Y - 4, 6):
            for wx in range(x + 3, x + w - 3, 5):
                if rng.random() < 0.08:
                    _windows.append((wx, wy, rng.randrange(400)))
        x += w + rng.randint(0, 8)
    near = (84, 70, 96)
    pygame.draw.rect(surf, near, (0, HORIZON_Y - 6, 640, 8))
    for tx in range(0, 640, 9):  # the parkway's trees
        pygame.draw.ellipse(surf, near, (tx, HORIZON_Y - 14 + (tx * 7) % 6, 14, 14))


def _parkway(surf: pygame.Surface) -> None:
    vgradient(surf, (0, HORIZON_Y, 640, 360 - HORIZON_Y), ((0.0, (96, 84, 104)), (1.0, (130, 118, 128))))
    vx = SUN[0]
    for k in range(-5, 6):  # the boulevard and its lamps converging on the sun
        x0 = vx + k * 90
        pygame.draw.line(surf, (150, 130, 130) if k % 2 else (170, 150, 140), (vx + k * 4, HORIZON_Y + 2),
                         (x0, 360), 1)
    for k in range(1, 8):
        t = k / 8
        for side in (-1, 1):
            x = vx + side * (10 + t * t * 300)
            y = HORIZON_Y + 2 + t * t * (300 - HORIZON_Y)
            pygame.draw.line(surf, (60, 50, 64), (x, y), (x, y - 4 - t * 18), 1)
            pygame.draw.circle(surf, (255, 220, 160), (round(x), round(y - 4 - t * 18)), 1 + round(t))
    pygame.draw.polygon(surf, (200, 190, 190), ((vx - 6, HORIZON_Y + 2), (vx + 6, HORIZON_Y + 2), (vx + 200, 360),
                                                 (vx - 200, 360)))
    pygame.draw.line(surf, (240, 200, 170), (vx, HORIZON_Y + 2), (vx, 360), 1)


def _steps(surf: pygame.Surface) -> None:
    """The top landing at the left, the steps falling away to the lower right, seen from the side."""
    stone = (206, 192, 176)
    edge_x = TOP_X
    # the flight's side wall under the profile of the steps, then each tread lit by the low sun
    pts = [(edge_x, LANDING_Y)]
    x, y = edge_x, LANDING_Y
    while y < 360:
        pts += [(x, y + RISE), (x + RUN, y + RISE)]
        x, y = x + RUN, y + RISE
    pts += [(edge_x, 360)]
    pygame.draw.polygon(surf, shade(stone, 0.6), [*pts, (0, 360)])
    x, y = edge_x, LANDING_Y
    while y < 360:
        pygame.draw.line(surf, (255, 236, 210), (x, y + RISE), (x + RUN, y + RISE), 2)
        pygame.draw.line(surf, shade(stone, 0.8), (x, y), (x, y + RISE))
        x, y = x + RUN, y + RISE
    # the landing and the museum's columns behind it
    vgradient(surf, (0, LANDING_Y, edge_x, 360 - LANDING_Y), ((0.0, (224, 206, 188)), (1.0, (150, 140, 136))))
    pygame.draw.line(surf, (255, 236, 210), (0, LANDING_Y), (edge_x, LANDING_Y), 2)
    for cx in (8, 92):
        pygame.draw.rect(surf, (190, 178, 164), (cx, 0, 46, LANDING_Y - 10))
        for x in range(cx + 5, cx + 46, 8):
            pygame.draw.line(surf, (160, 148, 138), (x, 0), (x, LANDING_Y - 10), 2)
        pygame.draw.line(surf, (236, 220, 200), (cx + 44, 0), (cx + 44, LANDING_Y - 10), 2)
        pygame.draw.rect(surf, (210, 198, 184), (cx - 4, LANDING_Y - 12, 54, 12))


def paint(stage: Stage) -> pygame.Surface:
    surf = pygame.Surface((640, 360))
    rng = random.Random(81)
    _windows.clear()
    _sky(surf)
    _city(surf, rng)
    _parkway(surf)
    _steps(surf)
    shadow = pygame.Surface((640, 360), pygame.SRCALPHA)  # the long shadow he throws back across the landing
    pygame.draw.polygon(shadow, (60, 40, 60, 80), ((VITO_X - 16, LANDING_Y), (VITO_X + 12, LANDING_Y),
                                                  (VITO_X - 150, LANDING_Y + 14), (VITO_X - 190, LANDING_Y + 12)))
    surf.blit(shadow, (0, 0))
    # Vito on the edge of the top step, his feet down on the next ones, facing the sunrise
    stage.person(surf, "vito_sweats", people.SIT, VITO_X, LANDING_Y + 2 * RISE + 6, 1, "calm", 1.3,
                       shadow=False)
    add_glow(surf, (VITO_X + 20, LANDING_Y - 50), 50, (60, 34, 10), 0.6)  # the sun on his face
    return surf


def animate(surf: pygame.Surface, tick: int, stage: Stage) -> None:
    add_glow(surf, SUN, 26, (60, 40, 16), 0.5 + 0.2 * math.sin(tick * 0.04))
    for x, y, phase in _windows:
        if (tick + phase) % 400 < 260:
            surf.set_at((x, y), (255, 226, 150))
    for k in range(4):  # birds crossing the sky
        t = ((tick * 0.6 + k * 160) % 800) / 800
        bx = -20 + t * 700
        by = 70 + k * 12 + 6 * math.sin(t * 12 + k)
        flap = 2 if (tick // 6 + k) % 2 else -1
        pygame.draw.lines(surf, (60, 44, 70), False, ((bx - 4, by - flap), (bx, by), (bx + 4, by - flap)))
