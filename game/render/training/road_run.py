"""The road run on screen: snowy streets at dawn scrolling past Vito in his grey sweatsuit.

Layers, back to front: the dawn sky with the low sun ahead (cached), the far skyline (cached strip, slow), the
street's buildings by neighbourhood (row houses with stoops and a corner shop; the elevated train on its girders;
warehouses; cached sprites placed along the route, at a parallax), the museum with its columns at the goal, the
pavement and the slushy road (cached tiles), the obstacles, Vito, falling snow, breath puffs and splashes, and the
meters at the bottom: breath, the cadence beat, and the route with its three neighbourhoods and the museum.
View-only: nothing here changes the simulation; placement randomness comes from the view's own Random.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import pygame

from game.render.fighter import SWEATSUIT, draw_figure
from game.render.pose import blend, figure_pose
from game.render.text import GOLD, GREY, WHITE, draw_text
from game.sim.events import Event
from game.sim.training.road_run import CLEARED, FAST, GOOD, HIT, LEFT_FOOT, SLOW, SUBPX, RoadRun

if TYPE_CHECKING:
    from game.app import App

W, H = 640, 360
HORIZON = 150  # where the far skyline stands
STREET_Y = 250  # the foot of the buildings, the back of the pavement
FLOOR_Y = 286  # the runner's feet
CURB_Y = 302
METERS_H = 32  # the strip of meters at the bottom
MID = 0.62  # the buildings scroll this much slower than the pavement
FAR = 0.12
Colour = tuple[int, int, int]

# poses of the run cycle (figure_pose numbers, see levels/looks/poses.toml)
STRIDE_A = figure_pose(x=2, lean=16, head=4, turn=0.4, lead_arm=(-38, 84), rear_arm=(52, 96),
                       lead_leg=(44, 34), rear_leg=(-34, 62))
PASSING_A = figure_pose(x=2, lift=3, lean=14, head=4, turn=0.45, lead_arm=(6, 92), rear_arm=(8, 94),
                        lead_leg=(4, 16), rear_leg=(22, 96))
STRIDE_B = figure_pose(x=2, lean=16, head=4, turn=0.5, lead_arm=(52, 96), rear_arm=(-38, 84),
                       lead_leg=(-34, 62), rear_leg=(44, 34))
PASSING_B = figure_pose(x=2, lift=3, lean=14, head=4, turn=0.45, lead_arm=(8, 94), rear_arm=(6, 92),
                        lead_leg=(22, 96), rear_leg=(4, 16))
STAND = figure_pose(x=0, lean=6, head=2, turn=0.3, lead_arm=(14, 70), rear_arm=(12, 74), lead_leg=(8, 6),
                    rear_leg=(-6, 6))
JUMP = figure_pose(x=2, lean=22, head=6, turn=0.4, lead_arm=(70, 60), rear_arm=(-20, 70), lead_leg=(78, 108),
                   rear_leg=(10, 96))
DUCK = figure_pose(x=8, lean=58, head=-10, turn=0.4, lead_arm=(60, 110), rear_arm=(30, 120), lead_leg=(70, 110),
                   rear_leg=(-6, 112))
STUMBLE = figure_pose(x=10, lean=44, head=20, turn=0.6, lead_arm=(96, 30), rear_arm=(-40, 40), lead_leg=(30, 60),
                      rear_leg=(-40, 30))
WINDED = figure_pose(x=2, lean=26, head=22, turn=0.4, lead_arm=(16, 80), rear_arm=(20, 84), lead_leg=(22, 40),
                     rear_leg=(-14, 44))


def _mix(a: Colour, b: Colour, t: float) -> Colour:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def _shade(c: Colour, k: float) -> Colour:
    return (min(255, max(0, round(c[0] * k))), min(255, max(0, round(c[1] * k))), min(255, max(0, round(c[2] * k))))


def _gradient(surface: pygame.Surface, rect: pygame.Rect, top: Colour, bottom: Colour) -> None:
    for i in range(rect.h):
        pygame.draw.line(surface, _mix(top, bottom, i / max(1, rect.h - 1)), (rect.left, rect.top + i),
                         (rect.right - 1, rect.top + i))


# --- the cached pieces (painted once and kept: a reset builds a new View, and repainting them all took ~7 ms) ---

@lru_cache(maxsize=1)
def _sky() -> pygame.Surface:
    """Dawn: night blue overhead warming to rose and gold at the horizon, the sun about to come up ahead."""
    s = pygame.Surface((W, STREET_Y + 4))
    _gradient(s, pygame.Rect(0, 0, W, 60), (30, 36, 74), (84, 74, 124))
    _gradient(s, pygame.Rect(0, 60, W, 60), (84, 74, 124), (206, 124, 124))
    _gradient(s, pygame.Rect(0, 120, W, STREET_Y + 4 - 120), (206, 124, 124), (252, 200, 140))
    glow = pygame.Surface((360, 180), pygame.SRCALPHA)
    for r in range(90, 0, -6):
        a = int(70 * (1 - r / 90) ** 1.5) + 4
        pygame.draw.ellipse(glow, (255, 214, 150, a), pygame.Rect(180 - 2 * r, 150 - r, 4 * r, 2 * r))
    s.blit(glow, (380, HORIZON - 140))
    pygame.draw.circle(s, (255, 236, 190), (560, HORIZON + 4), 14)
    rng = random.Random(3)
    for _ in range(40):  # the last stars
        x, y = rng.randrange(W), rng.randrange(50)
        s.set_at((x, y), _mix((200, 206, 240), (34, 40, 78), rng.random() * 0.6))
    for i in range(4):  # thin clouds lit from below
        cx, cy = 60 + i * 170 + rng.randrange(40), 30 + rng.randrange(50)
        for k in range(5):
            rect = pygame.Rect(cx + k * 22 - 40, cy + (k % 2) * 3, 70, 9)
            cloud = pygame.Surface(rect.size, pygame.SRCALPHA)
            pygame.draw.ellipse(cloud, (246, 170, 150, 70), cloud.get_rect())
            s.blit(cloud, rect)
    return s


@lru_cache(maxsize=2)
def _skyline(width: int) -> pygame.Surface:
    """The far city in blue haze: towers, water tanks and a steeple, a few windows lit."""
    s = pygame.Surface((width, HORIZON + 20 - 90), pygame.SRCALPHA)
    rng = random.Random(11)
    x = 0
    base = s.get_height()
    while x < width:
        w = rng.randrange(26, 70)
        h = rng.randrange(30, 96)
        col = _mix((92, 86, 128), (150, 120, 150), rng.random() * 0.4)
        pygame.draw.rect(s, col, (x, base - h, w, h))
        pygame.draw.line(s, _shade(col, 1.12), (x, base - h), (x + w - 1, base - h))
        if rng.random() < 0.25:
            pygame.draw.polygon(s, col, [(x + w // 2 - 4, base - h), (x + w // 2, base - h - 20),
                                         (x + w // 2 + 4, base - h)])
        if rng.random() < 0.3:
            pygame.draw.rect(s, _shade(col, 0.85), (x + 6, base - h - 10, 10, 10))
            pygame.draw.line(s, _shade(col, 0.85), (x + 7, base - h), (x + 7, base - h - 2))
        for _ in range(rng.randrange(0, 6)):
            wx, wy = x + rng.randrange(3, max(4, w - 4)), base - rng.randrange(6, h)
            s.fill((255, 214, 140), (wx, wy, 2, 2))
        x += w + rng.randrange(0, 6)
    haze = pygame.Surface(s.get_size(), pygame.SRCALPHA)
    _gradient(haze, haze.get_rect(), (220, 160, 150), (240, 190, 150))
    haze.set_alpha(70)
    s.blit(haze, (0, 0), special_flags=0)
    return s


def _windows(s: pygame.Surface, x0: int, y0: int, cols: int, rows: int, w: int, h: int, gx: int, gy: int,
             rng: random.Random, frame: Colour = (236, 228, 214)) -> None:
    for r in range(rows):
        for c in range(cols):
            x, y = x0 + c * gx, y0 + r * gy
            lit = rng.random() < 0.3
            glass = (255, 206, 120) if lit else _mix((60, 70, 100), (150, 120, 140), rng.random() * 0.5)
            pygame.draw.rect(s, frame, (x - 1, y - 1, w + 2, h + 2))
            pygame.draw.rect(s, glass, (x, y, w, h))
            pygame.draw.line(s, _shade(glass, 1.2), (x, y), (x + w - 1, y))
            pygame.draw.line(s, frame, (x, y + h // 2), (x + w - 1, y + h // 2))
            pygame.draw.rect(s, (246, 246, 250), (x - 2, y + h + 1, w + 4, 2))  # snow on the sill


def _snow_roof(s: pygame.Surface, x: int, y: int, w: int) -> None:
    pygame.draw.rect(s, (236, 238, 246), (x, y - 3, w, 4))
    for i in range(0, w, 7):
        pygame.draw.circle(s, (236, 238, 246), (x + i + 3, y - 2), 3)


def _row_house(rng: random.Random) -> pygame.Surface:
    """A brick row house: three floors of windows, a cornice, and a stoop of steps up to the door."""
    w, h = 88, 106
    s = pygame.Surface((w, h + 4), pygame.SRCALPHA)
    brick = rng.choice([(142, 66, 52), (126, 58, 50), (156, 84, 62), (118, 70, 62), (132, 92, 78)])
    s.fill(brick, (0, 6, w, h - 6))
    for y in range(10, h, 5):  # mortar courses
        pygame.draw.line(s, _shade(brick, 0.86), (0, y), (w - 1, y))
    pygame.draw.line(s, _shade(brick, 0.7), (w - 1, 6), (w - 1, h))
    pygame.draw.rect(s, (70, 50, 44), (0, 0, w, 8))  # cornice
    pygame.draw.rect(s, (96, 72, 60), (0, 7, w, 3))
    _snow_roof(s, 0, 2, w)
    _windows(s, 10, 18, 3, 1, 14, 20, 26, 34, rng)
    door_x = 12 if rng.random() < 0.5 else 60
    _windows(s, 40 if door_x == 12 else 10, 60, 2, 1, 14, 18, 24, 0, rng)
    pygame.draw.rect(s, (240, 232, 214), (door_x - 3, 54, 22, 40))
    pygame.draw.rect(s, rng.choice([(40, 52, 70), (70, 30, 30), (30, 56, 40)]), (door_x, 58, 16, 36))
    pygame.draw.circle(s, (220, 190, 90), (door_x + 12, 78), 1)
    for i in range(4):  # the stoop
        sy = h - 4 - i * 3
        sx = door_x - 6 - (3 - i) * 3
        pygame.draw.rect(s, (170, 160, 150), (sx, sy, 28 + (3 - i) * 6, 4))
        pygame.draw.line(s, (244, 244, 250), (sx, sy), (sx + 27 + (3 - i) * 6, sy))
    pygame.draw.line(s, (40, 36, 40), (door_x - 8, h - 14), (door_x - 8, h))  # railing
    pygame.draw.line(s, (40, 36, 40), (door_x - 8, h - 14), (door_x + 2, h - 12))
    return s


def _corner_shop(rng: random.Random) -> pygame.Surface:
    """The corner shop: a lit window under an awning, an advert painted on the brick."""
    w, h = 112, 120
    s = pygame.Surface((w, h + 4), pygame.SRCALPHA)
    brick = (150, 96, 70)
    s.fill(brick, (0, 6, w, h - 6))
    for y in range(10, h, 5):
        pygame.draw.line(s, _shade(brick, 0.86), (0, y), (w - 1, y))
    pygame.draw.rect(s, (64, 48, 42), (0, 0, w, 8))
    _snow_roof(s, 0, 2, w)
    _windows(s, 12, 18, 4, 1, 14, 20, 26, 0, rng)
    pygame.draw.rect(s, (236, 226, 196), (8, 48, w - 16, 14))  # painted advert
    pygame.draw.rect(s, (176, 44, 40), (10, 50, w - 20, 10))
    for i in range(6):
        pygame.draw.rect(s, (246, 236, 210), (16 + i * 14, 53, 8, 4))
    pygame.draw.rect(s, (30, 40, 36), (6, 70, w - 12, h - 70))
    pygame.draw.rect(s, (255, 214, 140), (12, 78, 58, 34))  # the lit shop window
    for i in range(4):
        pygame.draw.rect(s, (200, 120, 70), (16 + i * 13, 96, 9, 14))
        pygame.draw.rect(s, (120, 160, 90), (16 + i * 13, 88, 9, 6))
    pygame.draw.rect(s, (60, 40, 30), (78, 80, 20, 40))
    for i in range(0, w - 8, 12):  # the striped awning
        pygame.draw.polygon(s, (200, 40, 44) if (i // 12) % 2 == 0 else (240, 230, 220),
                            [(4 + i, 64), (16 + i, 64), (18 + i, 74), (6 + i, 74)])
    pygame.draw.line(s, (246, 246, 250), (4, 63), (w - 4, 63), 2)
    return s


def _warehouse(rng: random.Random) -> pygame.Surface:
    """A long brick warehouse: tall arched windows, a loading door and a water tank on the roof."""
    w, h = 176, 150
    s = pygame.Surface((w, h + 40), pygame.SRCALPHA)
    top = 40
    brick = rng.choice([(110, 64, 54), (96, 70, 62), (120, 80, 60)])
    s.fill(brick, (0, top, w, h))
    for y in range(top + 4, top + h, 6):
        pygame.draw.line(s, _shade(brick, 0.84), (0, y), (w - 1, y))
    for x in range(0, w, 44):  # pilasters
        pygame.draw.rect(s, _shade(brick, 0.8), (x, top, 6, h))
    _snow_roof(s, 0, top + 2, w)
    for i in range(3):
        x = 12 + i * 44
        pygame.draw.rect(s, (220, 210, 190), (x - 1, top + 18, 26, 40))
        pygame.draw.rect(s, (70, 78, 96), (x + 1, top + 20, 22, 36))
        pygame.draw.circle(s, (70, 78, 96), (x + 12, top + 22), 11, draw_top_left=True, draw_top_right=True)
        for k in range(1, 3):
            pygame.draw.line(s, (44, 46, 56), (x + 1, top + 20 + k * 12), (x + 22, top + 20 + k * 12))
        pygame.draw.line(s, (44, 46, 56), (x + 12, top + 14), (x + 12, top + 55))
    pygame.draw.rect(s, (64, 60, 56), (w - 50, top + h - 62, 40, 62))  # the loading door
    for y in range(top + h - 60, top + h, 5):
        pygame.draw.line(s, (84, 80, 74), (w - 50, y), (w - 11, y))
    pygame.draw.rect(s, (230, 226, 200), (20, top + 72, 100, 16))  # painted name
    pygame.draw.rect(s, _shade(brick, 0.9), (22, top + 74, 96, 12))
    for i in range(7):
        pygame.draw.rect(s, (236, 230, 206), (26 + i * 13, top + 77, 8, 6))
    if rng.random() < 0.7:  # a water tank on stilts
        tx = rng.randrange(20, w - 50)
        for lx in (tx + 4, tx + 26):
            pygame.draw.line(s, (50, 40, 36), (lx, top), (lx, top - 14), 2)
        pygame.draw.rect(s, (96, 70, 52), (tx, top - 38, 32, 26))
        pygame.draw.polygon(s, (80, 58, 44), [(tx - 2, top - 38), (tx + 16, top - 48), (tx + 34, top - 38)])
        pygame.draw.polygon(s, (240, 242, 248), [(tx + 2, top - 39), (tx + 16, top - 47), (tx + 30, top - 39)])
    return s


@lru_cache(maxsize=1)
def _el_segment() -> pygame.Surface:
    """One bay of the elevated train: riveted girders on lattice columns, the track deck with snow on it."""
    w, h = 120, 200
    s = pygame.Surface((w, h), pygame.SRCALPHA)
    steel = (58, 64, 74)
    deck_y = 30
    pygame.draw.rect(s, steel, (0, deck_y, w, 22))
    pygame.draw.rect(s, _shade(steel, 1.3), (0, deck_y, w, 3))
    pygame.draw.rect(s, (236, 238, 246), (0, deck_y - 4, w, 5))
    for x in range(0, w, 8):
        pygame.draw.circle(s, _shade(steel, 1.5), (x + 4, deck_y + 11), 1)
    for x in range(0, w, 12):  # the lattice of the girder
        pygame.draw.line(s, _shade(steel, 0.8), (x, deck_y + 22), (x + 12, deck_y + 40))
        pygame.draw.line(s, _shade(steel, 0.8), (x + 12, deck_y + 22), (x, deck_y + 40))
    pygame.draw.rect(s, steel, (0, deck_y + 40, w, 4))
    for cx in (10,):  # the column
        pygame.draw.rect(s, steel, (cx, deck_y + 44, 14, h - deck_y - 44))
        pygame.draw.rect(s, _shade(steel, 1.3), (cx, deck_y + 44, 3, h - deck_y - 44))
        for y in range(deck_y + 50, h, 14):
            pygame.draw.line(s, _shade(steel, 0.7), (cx, y), (cx + 13, y + 10))
        pygame.draw.polygon(s, steel, [(cx - 10, deck_y + 44), (cx + 24, deck_y + 44), (cx + 14, deck_y + 60),
                                       (cx, deck_y + 60)])
    return s


@lru_cache(maxsize=1)
def _train() -> pygame.Surface:
    """Two cars of the El, windows lit."""
    w, h = 300, 34
    s = pygame.Surface((w, h), pygame.SRCALPHA)
    for c in range(2):
        x = c * 152
        pygame.draw.rect(s, (150, 152, 160), (x, 0, 148, h - 4), border_radius=4)
        pygame.draw.rect(s, (110, 112, 122), (x, h - 12, 148, 8))
        for i in range(8):
            pygame.draw.rect(s, (255, 220, 150), (x + 8 + i * 17, 6, 11, 10))
        pygame.draw.rect(s, (236, 238, 246), (x + 2, 0, 144, 2))
    return s


@lru_cache(maxsize=1)
def _museum() -> pygame.Surface:
    """The art museum: a pediment on eight columns, lit gold by the sunrise, a flight of steps in front."""
    w, h = 520, 230
    s = pygame.Surface((w, h), pygame.SRCALPHA)
    stone = (226, 196, 150)
    base = h - 40
    pygame.draw.rect(s, _shade(stone, 0.9), (20, 70, w - 40, base - 70))
    pygame.draw.polygon(s, stone, [(10, 70), (w // 2, 18), (w - 10, 70)])
    pygame.draw.polygon(s, _shade(stone, 0.82), [(40, 64), (w // 2, 30), (w - 40, 64)])
    pygame.draw.line(s, (246, 246, 250), (10, 69), (w // 2, 17), 3)
    pygame.draw.line(s, (246, 246, 250), (w // 2, 17), (w - 10, 69), 3)
    pygame.draw.rect(s, _shade(stone, 1.05), (6, 70, w - 12, 12))
    pygame.draw.rect(s, (246, 246, 250), (6, 68, w - 12, 3))
    pygame.draw.rect(s, _shade(stone, 0.55), (60, 86, w - 120, base - 86))  # the shade behind the columns
    for i in range(8):
        x = 44 + i * (w - 100) // 7
        pygame.draw.rect(s, _shade(stone, 0.75), (x - 9, 84, 20, base - 84))
        pygame.draw.rect(s, stone, (x - 9, 84, 12, base - 84))
        pygame.draw.rect(s, _shade(stone, 1.1), (x - 7, 84, 3, base - 84))
        for fx in (x - 3, x + 2, x + 6):
            pygame.draw.line(s, _shade(stone, 0.85), (fx, 90), (fx, base - 6))
        pygame.draw.rect(s, _shade(stone, 1.05), (x - 12, 82, 26, 5))
        pygame.draw.rect(s, _shade(stone, 1.05), (x - 12, base - 5, 26, 5))
    for i in range(8):  # the steps
        y = base + i * 5
        pygame.draw.rect(s, _shade(stone, 0.95 - i * 0.02), (i * 6, y, w - i * 12, 5))
        pygame.draw.line(s, (244, 244, 248), (i * 6, y), (w - i * 6 - 1, y))
    return s


@lru_cache(maxsize=1)
def _pavement_tile() -> pygame.Surface:
    """256 px of street: snowy pavement with slabs and footprints, the curb, and the slushy road."""
    s = pygame.Surface((256, H - STREET_Y))
    rng = random.Random(5)
    _gradient(s, pygame.Rect(0, 0, 256, CURB_Y - STREET_Y), (206, 206, 222), (232, 232, 242))
    for x in range(0, 256, 64):
        pygame.draw.line(s, (190, 190, 210), (x, 2), (x - 10, CURB_Y - STREET_Y - 2))
    for _ in range(26):
        x, y = rng.randrange(256), rng.randrange(8, CURB_Y - STREET_Y - 4)
        pygame.draw.ellipse(s, (196, 198, 216), (x, y, 5, 3))
    for _ in range(7):  # snow heaped against the houses
        x = rng.randrange(-10, 250)
        pygame.draw.ellipse(s, (242, 242, 250), (x, -3, rng.randrange(20, 50), 9))
        pygame.draw.ellipse(s, (214, 216, 232), (x + 4, 3, rng.randrange(12, 30), 3))
    pygame.draw.rect(s, (160, 156, 160), (0, CURB_Y - STREET_Y, 256, 5))
    pygame.draw.line(s, (246, 246, 250), (0, CURB_Y - STREET_Y), (255, CURB_Y - STREET_Y))
    road = pygame.Rect(0, CURB_Y - STREET_Y + 5, 256, H - CURB_Y - 5)
    _gradient(s, road, (112, 108, 116), (84, 80, 90))
    for lane in (12, 30):
        pygame.draw.line(s, (134, 128, 132), (0, road.top + lane), (255, road.top + lane), 3)
        pygame.draw.line(s, (96, 92, 100), (0, road.top + lane + 3), (255, road.top + lane + 3))
    for _ in range(30):
        x, y = rng.randrange(256), rng.randrange(road.top + 2, road.bottom - 2)
        pygame.draw.ellipse(s, (140, 136, 140), (x, y, rng.randrange(4, 14), 2))
    pygame.draw.rect(s, (226, 226, 238), (0, road.top, 256, 3))  # the ploughed bank along the curb
    return s


@lru_cache(maxsize=16)
def _obstacle(kind: str, width: int) -> pygame.Surface:
    """A drawn obstacle; its sprite's bottom stands on the pavement."""
    if kind == "crate":
        s = pygame.Surface((width + 2, 30), pygame.SRCALPHA)
        wood = (168, 120, 70)
        pygame.draw.rect(s, wood, (0, 6, width, 24))
        pygame.draw.rect(s, _shade(wood, 0.7), (0, 6, width, 24), 2)
        pygame.draw.line(s, _shade(wood, 0.7), (2, 8), (width - 3, 27), 2)
        pygame.draw.line(s, _shade(wood, 1.2), (2, 17), (width - 3, 17))
        pygame.draw.rect(s, (244, 244, 250), (0, 3, width, 4), border_radius=2)
        pygame.draw.line(s, _shade(wood, 0.5), (width - 1, 7), (width - 1, 29), 2)
        return s
    if kind == "slush":
        s = pygame.Surface((width + 8, 10), pygame.SRCALPHA)
        pygame.draw.ellipse(s, (120, 118, 120), (0, 1, width + 8, 9))
        pygame.draw.ellipse(s, (150, 150, 158), (3, 2, width + 2, 6))
        pygame.draw.ellipse(s, (200, 206, 220), (8, 3, width // 3, 2))
        return s
    if kind == "sign":  # a shop sign hanging from a bracket, its board at head height
        s = pygame.Surface((width + 24, 120), pygame.SRCALPHA)
        pygame.draw.line(s, (40, 36, 40), (width + 20, 0), (width + 20, 119), 3)  # the pole
        pygame.draw.line(s, (40, 36, 40), (0, 26), (width + 20, 26), 2)
        pygame.draw.line(s, (40, 36, 40), (width + 20, 16), (width + 2, 26), 2)
        for hx in (4, width - 2):
            pygame.draw.line(s, (60, 56, 60), (hx, 26), (hx, 30))
        board = pygame.Rect(0, 30, width + 6, 18)
        pygame.draw.rect(s, (30, 90, 70), board)
        pygame.draw.rect(s, (220, 190, 110), board, 2)
        pygame.draw.rect(s, (246, 246, 250), (board.left, board.top - 2, board.w, 3))
        for i in range(3):
            pygame.draw.rect(s, (230, 220, 190), (board.left + 5 + i * 8, board.top + 6, 5, 6))
        return s
    # scaffolding: pipes and a striped board across the pavement at head height
    s = pygame.Surface((width + 6, 120), pygame.SRCALPHA)
    pipe = (150, 154, 162)
    for x in (0, width):
        pygame.draw.line(s, pipe, (x + 2, 0), (x + 2, 119), 3)
        pygame.draw.rect(s, (90, 90, 96), (x - 1, 116, 7, 4))
    pygame.draw.line(s, pipe, (0, 8), (width + 4, 8), 3)
    pygame.draw.line(s, pipe, (2, 8), (width + 2, 34), 2)
    board = pygame.Rect(0, 34, width + 6, 9)
    pygame.draw.rect(s, (176, 136, 80), board)
    pygame.draw.rect(s, (110, 80, 44), board, 1)
    pygame.draw.rect(s, (246, 246, 250), (0, 31, width + 6, 4))
    pygame.draw.rect(s, (230, 200, 40), (0, 43, width + 6, 6))
    for x in range(0, width + 6, 10):
        pygame.draw.polygon(s, (30, 30, 30), [(x, 49), (x + 5, 43), (x + 9, 43), (x + 4, 49)])
    return s


@lru_cache(maxsize=1)
def _meters_strip() -> pygame.Surface:
    """The dark strip behind the meters at the bottom (the same every frame: made once)."""
    strip = pygame.Surface((W, METERS_H), pygame.SRCALPHA)
    strip.fill((14, 12, 22, 170))
    return strip


@lru_cache(maxsize=4)
def _buildings(seed: int, ends: tuple[float, ...]) -> tuple[tuple[float, pygame.Surface, int], ...]:
    """(mid-layer x, sprite, y of its bottom) for every building along a route (its seed, and the end of each
    neighbourhood in px), by neighbourhood: painted and placed once per route."""
    rng = random.Random(seed)
    out: list[tuple[float, pygame.Surface, int]] = []
    starts = [0.0, *ends[:-1]]
    houses = [_row_house(rng) for _ in range(6)]
    sheds = [_warehouse(rng) for _ in range(3)]
    shop = _corner_shop(rng)
    for i, (a, b) in enumerate(zip(starts, ends, strict=True)):
        x = a * MID - (W if i == 0 else 0)
        stop = b * MID + (W if i == len(ends) - 1 else 0)
        placed = 0
        while x < stop:
            kind = i % 3
            if kind == 0:
                sprite = shop if placed % 9 == 5 else houses[rng.randrange(len(houses))]
            elif kind == 1:
                sprite = houses[rng.randrange(len(houses))] if rng.random() < 0.6 else shop
            else:
                sprite = sheds[rng.randrange(len(sheds))]
            out.append((x, sprite, STREET_Y + 2))
            x += sprite.get_width() + (0 if kind != 2 else rng.randrange(4, 30))
            placed += 1
    return tuple(out)


@dataclass
class _Bit:
    """A puff of breath, a splash drop or a kicked-up flake: world x (px), screen y, velocity, age."""

    x: float
    y: float
    vx: float
    vy: float
    life: int
    kind: str  # puff, drop, kick
    age: int = 0
    size: float = 3.0


class View:
    def __init__(self, app: App, sim: RoadRun) -> None:
        self.app = app
        self.sim = sim
        self.fonts = app.fonts
        self.look = app.content.looks["vito"]
        self.height_px = app.content.fighter("vito").height_px
        self.tick = 0
        self.bits: list[_Bit] = []
        self.rng = random.Random(21)
        self.sky = _sky()
        self.skyline = _skyline(1024)
        self.tile = _pavement_tile()
        self.museum = _museum()
        self.el = _el_segment()
        self.train = _train()
        self.sprites = {ob.kind.id: _obstacle(ob.kind.id, ob.kind.width_px) for ob in sim.params.obstacles}
        self.buildings = self._place_buildings()
        self.flakes = [(self.rng.random() * W, self.rng.random() * H, 0.4 + self.rng.random() * 0.9,
                        self.rng.random() * 6.28) for _ in range(110)]
        self.pop: tuple[str, int, Colour] = ("", 0, WHITE)
        self.head = (float(sim.params.runner_screen_x), float(FLOOR_Y - 80))
        self.last_judgement = ""

    # --- layout ---------------------------------------------------------------------------------------------

    def _place_buildings(self) -> tuple[tuple[float, pygame.Surface, int], ...]:
        """(mid-layer x, sprite, y of its bottom) for every building along the route, by neighbourhood."""
        return _buildings(self.sim.spec.seed, tuple(b / SUBPX for b in self.sim.boundaries()))

    def world_x(self, px: float) -> int:
        """Screen x of a point on the pavement `px` pixels along the route."""
        return round(self.sim.params.runner_screen_x + px - self.sim.pos / SUBPX)

    # --- events ---------------------------------------------------------------------------------------------

    def react(self, events: list[Event]) -> None:
        self.tick += 1
        sim = self.sim
        feet_x = sim.pos / SUBPX
        for e in events:
            if e.kind == "stride":
                self._sound("footstep")
                for _ in range(2):
                    self.bits.append(_Bit(feet_x - 4, FLOOR_Y - 1, -0.6 - self.rng.random(), -0.8 * self.rng.random(),
                                          16, "kick", size=1.5))
                if e.value == LEFT_FOOT or sim.winded:
                    self._puff(big=bool(sim.winded))
                self.last_judgement = e.target
            elif e.kind == "jump":
                self._sound("jump")
            elif e.kind == "splash":
                self._sound("slush")
                for _ in range(16):
                    a = self.rng.uniform(0.3, 2.8)
                    sp = self.rng.uniform(1.5, 3.6)
                    self.bits.append(_Bit(feet_x + 4, FLOOR_Y - 2, math.cos(a) * sp, -math.sin(a) * sp, 30, "drop",
                                          size=self.rng.uniform(1.2, 2.6)))
                self.pop = ("SPLASH!", self.tick, (180, 200, 230))
            elif e.kind == "stumble":
                self._sound("stumble")
                self.pop = ("OOF!", self.tick, (240, 120, 90))
            elif e.kind == "winded":
                self.pop = ("WINDED!", self.tick, (240, 120, 90))
                for _ in range(3):
                    self._puff(big=True)
            elif e.kind == "clear":
                if e.move == "slush":
                    for _ in range(5):
                        self.bits.append(_Bit(feet_x + 10, FLOOR_Y, self.rng.uniform(-1, 1), -self.rng.uniform(1, 2),
                                              18, "drop", size=1.4))
            elif e.kind == "split" and e.value < len(sim.spec.checkpoints):  # the last: the finish banner
                self.pop = (e.move.upper(), self.tick, GOLD)
            elif e.kind == "land":
                for _ in range(4):
                    self.bits.append(_Bit(feet_x, FLOOR_Y, self.rng.uniform(-1.5, 1.5), -self.rng.uniform(0.3, 1.2),
                                          16, "kick", size=1.6))
        for b in self.bits:
            b.age += 1
            b.x += b.vx
            b.y += b.vy
            if b.kind == "drop":
                b.vy += 0.22
            elif b.kind == "puff":
                b.vy -= 0.02
                b.size += 0.35
            else:
                b.vy += 0.08
        self.bits = [b for b in self.bits if b.age < b.life][-120:]

    def _puff(self, big: bool) -> None:
        hx, hy = self.head
        wx = hx - self.sim.params.runner_screen_x + self.sim.pos / SUBPX
        self.bits.append(_Bit(wx + 9, hy + 4, 2.2 + self.rng.random() * 0.6, -0.1 - self.rng.random() * 0.2,
                              34 if big else 24, "puff", size=3.5 if big else 2.5))

    def _sound(self, name: str) -> None:
        if self.app.audio is not None:
            self.app.audio.play(name)

    # --- drawing --------------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        sim = self.sim
        pos_px = sim.pos / SUBPX
        surface.blit(self.sky, (0, 0))
        off = int(pos_px * FAR) % self.skyline.get_width()
        y = HORIZON + 20 - self.skyline.get_height()
        surface.blit(self.skyline, (-off, y))
        surface.blit(self.skyline, (self.skyline.get_width() - off, y))
        self._draw_mid(surface, pos_px)
        self._draw_street(surface, pos_px)
        museum_x = self.world_x(sim.params.route_px - 40)
        if museum_x < W:  # at the goal: the runner finishes on its first steps
            surface.blit(self.museum, (museum_x, FLOOR_Y + 6 - self.museum.get_height()))
        self._draw_obstacles(surface, overhead=False)
        self._draw_runner(surface)
        self._draw_obstacles(surface, overhead=True)
        self._draw_bits(surface, pos_px)
        self._draw_snow(surface, pos_px)
        self._draw_meters(surface)

    def _draw_mid(self, surface: pygame.Surface, pos_px: float) -> None:
        sim = self.sim
        rx = sim.params.runner_screen_x
        scroll = pos_px * MID
        for x, sprite, bottom in self.buildings:
            sx = round(rx + x - scroll)
            if sx > W or sx + sprite.get_width() < 0:
                continue
            surface.blit(sprite, (sx, bottom - sprite.get_height()))
        ends = [b / SUBPX for b in sim.boundaries()]
        el_from, el_to = (ends[0] if len(ends) > 1 else 0.0), (ends[1] if len(ends) > 1 else 0.0)
        el_speed = 0.8  # the El stands between the buildings and the street
        if el_to > el_from:
            start = round(rx + el_from * el_speed - pos_px * el_speed)
            stop = round(rx + el_to * el_speed - pos_px * el_speed)
            seg = self.el.get_width()
            first = max(start, start + ((0 - start) // seg) * seg)
            top = STREET_Y + 4 - self.el.get_height()
            train_x = None
            if start < W and stop > 0:  # a train rumbles over once in a while
                cycle = (self.tick * 3) % 1600
                train_x = W + 100 - cycle
            for sx in range(first, min(stop, W + seg), seg):
                surface.blit(self.el, (sx, top))
            if train_x is not None and start < train_x + 300 and train_x < stop:
                clip = surface.get_clip()
                surface.set_clip(pygame.Rect(max(0, start), 0, max(0, min(W, stop) - max(0, start)), H))
                surface.blit(self.train, (train_x, top + 30 - self.train.get_height() + 2))
                surface.set_clip(clip)

    def _draw_street(self, surface: pygame.Surface, pos_px: float) -> None:
        off = int(pos_px) % self.tile.get_width()
        x = -off
        while x < W:
            surface.blit(self.tile, (x, STREET_Y))
            x += self.tile.get_width()
        # lamp posts every 300 px of route, in front of the buildings
        rx = self.sim.params.runner_screen_x
        first = int((pos_px - rx) // 300) * 300
        for lx in range(first, int(pos_px + W), 300):
            sx = self.world_x(lx)
            if -10 < sx < W + 10:
                pygame.draw.line(surface, (40, 40, 48), (sx, STREET_Y + 6), (sx, STREET_Y - 86), 3)
                pygame.draw.line(surface, (40, 40, 48), (sx, STREET_Y - 86), (sx + 12, STREET_Y - 90), 2)
                pygame.draw.circle(surface, (255, 226, 160), (sx + 13, STREET_Y - 86), 3)
                pygame.draw.rect(surface, (244, 244, 250), (sx - 3, STREET_Y - 91, 7, 3))

    def _draw_obstacles(self, surface: pygame.Surface, overhead: bool) -> None:
        """Crates and puddles before the runner (he passes over them), signs and scaffolding after (he ducks
        under them)."""
        sim = self.sim
        for i, ob in enumerate(sim.params.obstacles):
            sx = self.world_x(ob.at_px)
            if sx > W + 40 or sx + ob.kind.width_px < -40 or (ob.kind.clear == "duck") != overhead:
                continue
            sprite = self.sprites[ob.kind.id]
            if ob.kind.id == "slush":
                surface.blit(sprite, (sx - 4, FLOOR_Y - 5))
            elif ob.kind.id == "crate" and sim.status[i] == HIT:  # knocked askew
                img = pygame.transform.rotate(sprite, -12)
                surface.blit(img, (sx + 6, FLOOR_Y + 2 - img.get_height()))
            else:
                surface.blit(sprite, (sx, FLOOR_Y + 2 - sprite.get_height()))

    def _pose(self, sim: RoadRun) -> tuple[tuple[float, ...], str, float]:
        """The runner's pose, face and height off the pavement, from the simulation's stride, jump and duck."""
        p = sim.params
        if sim.air:
            t = sim.air / p.jump_frames
            return blend(PASSING_A, JUMP, min(1.0, t * 4) if t < 0.75 else (1 - t) * 4), "effort", \
                4 * p.jump_height_px * t * (1 - t)
        if sim.stumble:
            t = sim.stumble / p.stumble_frames
            return blend(STRIDE_A, STUMBLE, min(1.0, t * 1.6)), "hurt", 0.0
        if sim.duck:
            t = sim.duck / p.duck_frames
            return blend(STRIDE_B, DUCK, min(1.0, min(t, 1 - t) * 5)), "effort", 0.0
        if sim.speed == 0:
            return STAND, "calm", 0.0
        u = min(1.0, sim.since_stride / max(1, p.ideal_stride_frames))
        if sim.last_foot == LEFT_FOOT:
            pose = blend(STRIDE_A, PASSING_A, u * 2) if u < 0.5 else blend(PASSING_A, STRIDE_B, u * 2 - 1)
        else:
            pose = blend(STRIDE_B, PASSING_B, u * 2) if u < 0.5 else blend(PASSING_B, STRIDE_A, u * 2 - 1)
        if sim.winded:
            pose = blend(pose, WINDED, 0.55)
            return pose, "effort", 0.0
        bounce = 2.0 * math.sin(u * math.pi)
        return pose, ("effort" if sim.judgement == FAST else "calm"), bounce

    def _draw_runner(self, surface: pygame.Surface) -> None:
        sim = self.sim
        values, face, lift = self._pose(sim)
        x = sim.params.runner_screen_x
        # the shadow stays on the pavement while he is in the air
        if lift > 0:
            shadow = pygame.Surface((34, 7), pygame.SRCALPHA)
            pygame.draw.ellipse(shadow, (40, 40, 70, max(30, 90 - int(lift * 2))), shadow.get_rect())
            surface.blit(shadow, (x - 15, FLOOR_Y - 3))
        rig = draw_figure(surface, self.look, values, x, round(FLOOR_Y - lift), 1, face, self.height_px,
                          shadow=lift <= 0, outfit=SWEATSUIT)
        self.head = (x + rig.head[0], FLOOR_Y - lift - rig.head[1])

    def draw_ghost(self, surface: pygame.Surface, ghost: object) -> None:
        """The personal best's run, a pale runner ahead or behind by the road between them."""
        if not isinstance(ghost, RoadRun):
            return
        x = round(self.sim.params.runner_screen_x + (ghost.pos - self.sim.pos) / SUBPX)
        if not -60 < x < W + 60:
            return
        values, face, lift = self._pose(ghost)
        layer = pygame.Surface((140, 150), pygame.SRCALPHA)
        draw_figure(layer, self.look, values, 70, round(144 - lift), 1, face, self.height_px, shadow=False,
                    outfit=SWEATSUIT)
        layer.fill((170, 200, 255, 255), special_flags=pygame.BLEND_RGBA_MULT)
        layer.set_alpha(110)
        surface.blit(layer, (x - 70, FLOOR_Y - 144))

    def _draw_bits(self, surface: pygame.Surface, pos_px: float) -> None:
        rx = self.sim.params.runner_screen_x
        for b in self.bits:
            sx = rx + b.x - pos_px
            k = 1.0 - b.age / b.life
            if b.kind == "puff":
                r = int(b.size)
                puff = pygame.Surface((2 * r + 2, 2 * r + 2), pygame.SRCALPHA)
                pygame.draw.circle(puff, (246, 248, 255, int(150 * k)), (r + 1, r + 1), r)
                surface.blit(puff, (round(sx) - r, round(b.y) - r))
            elif b.kind == "drop":
                pygame.draw.circle(surface, _mix((110, 110, 120), (210, 214, 228), k), (round(sx), round(b.y)),
                                   max(1, round(b.size)))
            else:
                surface.fill((246, 246, 252), (round(sx), round(b.y), 2, 2))

    def _draw_snow(self, surface: pygame.Surface, pos_px: float) -> None:
        t = self.tick
        for i, (x0, y0, depth, phase) in enumerate(self.flakes):
            x = (x0 - pos_px * depth * 0.9 + math.sin(t * 0.03 + phase) * 6) % W
            y = (y0 + t * depth * 1.1) % H
            size = 2 if depth > 0.9 or i % 7 == 0 else 1
            surface.fill((250, 250, 255) if depth > 0.7 else (226, 222, 236), (int(x), int(y), size, size))

    def _draw_meters(self, surface: pygame.Surface) -> None:
        sim, p = self.sim, self.sim.params
        fonts = self.fonts
        surface.blit(_meters_strip(), (0, H - METERS_H))
        # breath
        draw_text(surface, fonts, "BREATH", (10, H - 30), 12, GREY)
        bar = pygame.Rect(10, H - 17, 120, 9)
        pygame.draw.rect(surface, (40, 40, 56), bar)
        share = sim.breath / max(1, p.breath_max)
        colour = (236, 96, 80) if sim.winded else _mix((236, 180, 80), (120, 200, 240), share)
        pygame.draw.rect(surface, colour, (bar.left, bar.top, round(bar.w * share), bar.h))
        pygame.draw.rect(surface, (200, 200, 220), bar, 1)
        if sim.winded and self.tick % 30 < 20:
            draw_text(surface, fonts, "WINDED", (bar.right + 6, H - 20), 14, (240, 120, 90), bold=True)
        # the cadence beat: a cursor runs up to the next stride, the green band is on the beat
        beat = pygame.Rect(200, H - 17, 140, 9)
        span = (p.ideal_stride_frames + p.good_window_frames) * 3 // 2
        draw_text(surface, fonts, "CADENCE", (beat.left, H - 30), 12, GREY)
        pygame.draw.rect(surface, (60, 40, 44), beat)
        lo = beat.left + beat.w * (p.ideal_stride_frames - p.good_window_frames) // span
        hi = beat.left + beat.w * (p.ideal_stride_frames + p.good_window_frames) // span
        pygame.draw.rect(surface, (70, 150, 90), (lo, beat.top, hi - lo, beat.h))
        mid = beat.left + beat.w * p.ideal_stride_frames // span
        pygame.draw.line(surface, (180, 240, 190), (mid, beat.top), (mid, beat.bottom - 1))
        cur = beat.left + beat.w * min(span, sim.since_stride) // span
        pygame.draw.rect(surface, WHITE, (cur - 1, beat.top - 3, 3, beat.h + 6))
        pygame.draw.rect(surface, (200, 200, 220), beat, 1)
        word = {GOOD: ("ON THE BEAT", (140, 230, 150)), FAST: ("TOO FAST", (240, 150, 90)),
                SLOW: ("TOO SLOW", (150, 170, 240))}.get(sim.judgement)
        if word is not None and sim.strides > 1:
            draw_text(surface, fonts, word[0], (beat.right + 6, H - 20), 14, word[1], bold=True)
        self._draw_route(surface, pygame.Rect(430, H - 17, 186, 9))
        # a short word over the runner
        text, at, colour = self.pop
        age = self.tick - at
        if text and age < 50:
            y = int(self.head[1]) - 30 - age // 3
            draw_text(surface, fonts, text, (p.runner_screen_x + 10, y), 20, colour, "center", bold=True)

    def _draw_route(self, surface: pygame.Surface, bar: pygame.Rect) -> None:
        """The route: three neighbourhoods as segments, the museum at the end, Vito's place on it."""
        sim = self.sim
        fonts = self.fonts
        total = max(1, sim.route_sub)
        draw_text(surface, fonts, "TO THE MUSEUM", (bar.left, H - 30), 12, GREY)
        edges = [0, *sim.boundaries()]
        colours = [(150, 84, 66), (90, 100, 120), (120, 90, 70)]
        for i in range(len(edges) - 1):
            a = bar.left + bar.w * edges[i] // total
            b = bar.left + bar.w * edges[i + 1] // total
            done = i < len(sim.clock.splits)
            pygame.draw.rect(surface, _shade(colours[i % 3], 1.3 if done else 1.0), (a, bar.top, b - a - 1, bar.h))
        pygame.draw.rect(surface, (200, 200, 220), bar, 1)
        for i, end in enumerate(sim.boundaries()[:-1]):
            x = bar.left + bar.w * end // total
            pygame.draw.line(surface, GOLD if i < len(sim.clock.splits) else WHITE, (x, bar.top - 3),
                             (x, bar.bottom + 2), 2)
        # the museum: a little pediment on columns
        mx = bar.right + 6
        pygame.draw.polygon(surface, (236, 206, 150), [(mx - 2, bar.top + 1), (mx + 6, bar.top - 5),
                                                       (mx + 14, bar.top + 1)])
        for k in range(4):
            pygame.draw.line(surface, (236, 206, 150), (mx + k * 4, bar.top + 2), (mx + k * 4, bar.bottom))
        pygame.draw.line(surface, (236, 206, 150), (mx - 2, bar.bottom), (mx + 14, bar.bottom))
        x = bar.left + bar.w * sim.pos // total
        pygame.draw.circle(surface, (30, 30, 40), (x, bar.centery), 5)
        pygame.draw.circle(surface, (200, 200, 206), (x, bar.centery), 4)
        for i, ob in enumerate(sim.params.obstacles):
            ox = bar.left + bar.w * ob.at_px * SUBPX // total
            c = (120, 220, 140) if sim.status[i] == CLEARED else ((240, 110, 90) if sim.status[i] == HIT else GREY)
            surface.fill(c, (ox, bar.bottom + 2, 2, 2))
