"""Vito's small Kensington apartment, the pieces every apartment panel shares: the papered walls, the floorboards,
the window on the snowy street, the radiator, the dresser with Rosa's photograph, the bed, a table lamp.

`Light` says whether it is the cold morning or the night (the same room, lit differently).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pygame

from game.render.cutscene.paint import (
    SNOW,
    Colour,
    add_glow,
    darken,
    mix,
    puff,
    rosa_photo,
    shade,
    vgradient,
    window_frame,
    window_view,
)

FLOOR_Y = 238  # where the back wall meets the floor
STAND_Y = 266  # the line people in the room stand on


@dataclass(frozen=True)
class Light:
    night: bool

    @property
    def wall(self) -> Colour:
        return (52, 56, 78) if self.night else (132, 128, 104)

    @property
    def sky(self) -> tuple[tuple[float, Colour], ...]:
        if self.night:
            return ((0.0, (10, 14, 34)), (1.0, (40, 46, 84)))
        return ((0.0, (96, 120, 170)), (0.7, (180, 190, 214)), (1.0, (226, 214, 206)))


def walls(surf: pygame.Surface, light: Light, rng: random.Random) -> None:
    wall = light.wall
    vgradient(surf, (0, 0, 640, FLOOR_Y), ((0.0, shade(wall, 0.7)), (0.6, wall), (1.0, shade(wall, 0.9))))
    for x in range(6, 640, 22):  # faded wallpaper stripes with a small repeating sprig
        pygame.draw.line(surf, shade(wall, 1.07), (x, 0), (x, FLOOR_Y - 30), 3)
        for y in range(14 + (x // 22 % 2) * 16, FLOOR_Y - 40, 32):
            pygame.draw.circle(surf, shade(wall, 0.9), (x + 11, y), 2)
    # the wainscot rail and the skirting board
    pygame.draw.rect(surf, shade(wall, 0.75), (0, FLOOR_Y - 32, 640, 32))
    pygame.draw.line(surf, shade(wall, 1.2), (0, FLOOR_Y - 32), (640, FLOOR_Y - 32), 2)
    pygame.draw.rect(surf, shade((96, 70, 50), 0.6 if light.night else 1.0), (0, FLOOR_Y - 6, 640, 6))
    # a water stain near the ceiling and a crack: the building is old
    darken(surf, (452, 0, 70, 22), (60, 50, 30), 40)
    pygame.draw.lines(surf, shade(wall, 0.7), False, ((600, 0), (596, 14), (602, 26), (598, 40)))
    floor(surf, light, rng)


def floor(surf: pygame.Surface, light: Light, rng: random.Random) -> None:
    wood = (96, 66, 46) if not light.night else (44, 34, 40)
    vgradient(surf, (0, FLOOR_Y, 640, 360 - FLOOR_Y), ((0.0, shade(wood, 0.8)), (1.0, shade(wood, 1.1))))
    for i, y in enumerate(range(FLOOR_Y + 6, 360, 9)):
        pygame.draw.line(surf, shade(wood, 0.72), (0, y), (640, y))
        for x in range((i * 37) % 90, 640, 90 + (i % 3) * 14):
            pygame.draw.line(surf, shade(wood, 0.7), (x, y - 8), (x, y))
    for _ in range(40):
        x, y = rng.randrange(640), rng.randrange(FLOOR_Y + 4, 360)
        pygame.draw.line(surf, shade(wood, 1.1), (x, y), (x + rng.randint(6, 20), y))


def window(surf: pygame.Surface, rect: pygame.Rect, light: Light, rng: random.Random) -> None:
    window_view(surf, rect, light.sky, rng, 0.5 if light.night else 0.15)
    window_frame(surf, rect, (210, 204, 190) if not light.night else (96, 100, 120))
    # thin curtains pulled to the sides
    cloth = (170, 150, 110) if not light.night else (70, 66, 84)
    for side in (-1, 1):
        x = rect.x - 18 if side < 0 else rect.right + 4
        for i in range(14):
            k = 0.8 + 0.25 * ((i // 3) % 2)
            pygame.draw.line(surf, shade(cloth, k), (x + i, rect.y - 12), (x + i + side * 2, rect.bottom + 24))
    pygame.draw.line(surf, (120, 110, 96), (rect.x - 24, rect.y - 13), (rect.right + 24, rect.y - 13), 3)


def window_light(surf: pygame.Surface, rect: pygame.Rect, light: Light) -> None:
    """The pale morning falling from the window onto the floor (additive)."""
    if light.night:
        colour = (14, 18, 34)
    else:
        colour = (40, 46, 60)
    layer = pygame.Surface((640, 360))
    pts = ((rect.x, rect.bottom), (rect.right, rect.bottom), (rect.right + 150, 360), (rect.x + 60, 360))
    pygame.draw.polygon(layer, colour, pts)
    surf.blit(layer, (0, 0), special_flags=pygame.BLEND_RGB_ADD)


def radiator(surf: pygame.Surface, x: int, w: int, light: Light) -> None:
    metal = (190, 186, 176) if not light.night else (84, 86, 100)
    top = FLOOR_Y - 44
    for i, fx in enumerate(range(x, x + w, 7)):
        pygame.draw.rect(surf, shade(metal, 0.7), (fx, top, 6, 42), border_radius=2)
        pygame.draw.rect(surf, metal, (fx + 1, top + 1, 3, 40), border_radius=2)
        if i % 2 == 0:
            pygame.draw.line(surf, shade(metal, 1.2), (fx + 1, top + 2), (fx + 1, top + 38))
    pygame.draw.rect(surf, shade(metal, 0.6), (x - 2, FLOOR_Y - 8, w + 2, 4))
    pygame.draw.line(surf, shade(metal, 0.5), (x + w, FLOOR_Y - 10), (x + w + 8, FLOOR_Y - 10), 3)


def dresser(surf: pygame.Surface, x: int, w: int, light: Light, lamp: bool) -> None:
    wood = (118, 76, 46) if not light.night else (64, 44, 40)
    top = FLOOR_Y - 76
    pygame.draw.rect(surf, shade(wood, 0.6), (x - 2, top, w + 4, 8))
    pygame.draw.line(surf, shade(wood, 1.3), (x - 2, top), (x + w + 1, top))
    pygame.draw.rect(surf, wood, (x, top + 8, w, 72))
    for i in range(3):
        dy = top + 12 + i * 22
        pygame.draw.rect(surf, shade(wood, 0.82), (x + 4, dy, w - 8, 19))
        pygame.draw.line(surf, shade(wood, 1.2), (x + 4, dy), (x + w - 5, dy))
        for hx in (x + w // 4, x + 3 * w // 4):
            pygame.draw.rect(surf, (196, 170, 110) if not light.night else (120, 104, 80), (hx - 3, dy + 8, 6, 3))
    pygame.draw.rect(surf, shade(wood, 0.5), (x + 2, FLOOR_Y - 4, 5, 6))
    pygame.draw.rect(surf, shade(wood, 0.5), (x + w - 7, FLOOR_Y - 4, 5, 6))
    # a doily, Rosa's photograph, a little dish for his keys
    pygame.draw.ellipse(surf, (226, 222, 206) if not light.night else (110, 106, 110), (x + 10, top - 3, 46, 6))
    rosa_photo(surf, x + 20, top - 36, 24, 31)
    pygame.draw.ellipse(surf, (150, 160, 170), (x + w - 30, top - 4, 16, 5))
    if lamp:
        table_lamp(surf, x + w - 26, top, light)


def table_lamp(surf: pygame.Surface, x: int, base_y: int, light: Light) -> None:
    pygame.draw.rect(surf, (90, 70, 50), (x - 5, base_y - 4, 10, 4))
    pygame.draw.line(surf, (140, 120, 80), (x, base_y - 4), (x, base_y - 26), 2)
    shade_col = (236, 200, 130) if light.night else (200, 186, 150)
    pygame.draw.polygon(surf, shade_col, ((x - 8, base_y - 26), (x + 8, base_y - 26), (x + 5, base_y - 40),
                                          (x - 5, base_y - 40)))
    if light.night:
        add_glow(surf, (x, base_y - 30), 90, (150, 100, 40), 0.9)
        add_glow(surf, (x, base_y - 32), 22, (255, 200, 120), 1.0)


def bed(surf: pygame.Surface, x: int, w: int, light: Light) -> int:
    """The iron bed against the right wall; returns the y of the mattress edge someone sits on."""
    iron = (60, 58, 62) if not light.night else (30, 30, 40)
    seat = STAND_Y - 30
    # headboard rails
    for i, bx in enumerate(range(x + w - 6, x + w + 40, 8)):
        pygame.draw.line(surf, iron, (bx, seat - 64 + i * 2), (bx, seat + 26), 2)
    pygame.draw.line(surf, iron, (x + w - 8, seat - 66), (x + w + 44, seat - 58), 4)
    sheet = (214, 210, 196) if not light.night else (80, 84, 110)
    blanket = (128, 48, 50) if not light.night else (60, 30, 44)
    pygame.draw.rect(surf, shade(sheet, 0.85), (x, seat - 8, w, 14), border_radius=4)
    pygame.draw.ellipse(surf, sheet, (x + w - 60, seat - 22, 60, 20))  # the pillow
    # the blanket thrown back, rumpled
    pts: list[tuple[float, float]] = [(x + 70, seat - 6)]
    for i in range(8):
        pts.append((x + 70 + i * (w - 140) / 7, seat - 12 - (6 if i % 2 else 1)))
    pts += [(x + w - 60, seat - 4), (x + w - 50, seat + 22), (x + 60, seat + 22)]
    pygame.draw.polygon(surf, blanket, pts)
    for i in range(1, 7):
        px = x + 80 + i * (w - 160) / 7
        pygame.draw.line(surf, shade(blanket, 0.72), (px, seat - 8), (px - 8, seat + 18), 2)
    pygame.draw.line(surf, shade(blanket, 1.3), pts[1], pts[8], 1)
    pygame.draw.rect(surf, shade(sheet, 0.7), (x, seat + 4, w, 20))
    pygame.draw.line(surf, iron, (x - 2, seat + 24), (x + w + 2, seat + 24), 3)
    for lx in (x, x + w):
        pygame.draw.line(surf, iron, (lx, seat - 20), (lx, STAND_Y - 2), 3)
    darken(surf, (x, seat + 26, w, STAND_Y - seat - 26), (10, 8, 12), 150)
    return seat


def steam(surf: pygame.Surface, x: int, y: int, tick: int, wisps: int = 3, height: int = 50,
          colour: Colour = (230, 232, 236)) -> None:
    """Warm air shimmering up off a radiator or a kettle."""
    import math
    for k in range(wisps):
        age = (tick + k * 37) % 90
        t = age / 90
        px = x + k * 9 + 4 * math.sin(tick * 0.06 + k * 2)
        py = y - t * height
        puff(surf, px, py, 2 + round(t * 5), mix(colour, shade(colour, 0.6), t), round(70 * (1 - t)))


def snow_on_sill(surf: pygame.Surface, rect: pygame.Rect) -> None:
    pygame.draw.ellipse(surf, SNOW, (rect.x - 6, rect.bottom - 2, rect.w + 12, 6))
