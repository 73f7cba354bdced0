"""Cole's camp in Las Vegas: a bright, clean gym with white walls and a camp banner, a window onto the dusk with a
casino's neon sign and a palm; Cole hammering the heavy bag in his black training gear; reporters at the rope with
a microphone and a shoulder camera. The neon blinks, the flashes pop, the bag jumps.
"""

from __future__ import annotations

import math
import random

import pygame

from game.render.cutscene import people
from game.render.cutscene.paint import add_glow, font, shade, vgradient
from game.render.cutscene.stage import Stage

FLOOR_Y = 226
STAND_Y = 268
WINDOW = pygame.Rect(404, 34, 200, 110)
NEON = (504, 74)
BAG_X = 262
COLE_X = 318


def _room(surf: pygame.Surface) -> None:
    vgradient(surf, (0, 0, 640, FLOOR_Y), ((0.0, (206, 206, 200)), (1.0, (236, 234, 226))))
    for x in range(0, 640, 80):
        pygame.draw.rect(surf, (220, 220, 214), (x, 0, 40, FLOOR_Y))
    vgradient(surf, (0, FLOOR_Y, 640, 360 - FLOOR_Y), ((0.0, (40, 44, 56)), (1.0, (64, 70, 86))))
    for y in range(FLOOR_Y + 6, 360, 10):  # rubber mats
        pygame.draw.line(surf, (34, 38, 48), (0, y), (640, y))
    for x in range(0, 640, 60):
        add_glow(surf, (x + 30, 6), 36, (50, 50, 44), 0.8)  # the ceiling lights
        pygame.draw.rect(surf, (255, 255, 240), (x + 14, 0, 32, 4))
    # the camp banner
    banner = pygame.Rect(40, 24, 280, 40)
    pygame.draw.rect(surf, (20, 20, 24), banner)
    pygame.draw.rect(surf, (210, 170, 60), banner, 2)
    face = font(30)
    text = face.render("IRON COLE  CAMP", True, (230, 190, 80))
    surf.blit(text, (banner.centerx - text.get_width() // 2, banner.y + 10))


def _window(surf: pygame.Surface) -> None:
    w = WINDOW
    vgradient(surf, w, ((0.0, (40, 30, 90)), (0.6, (180, 80, 120)), (1.0, (250, 160, 100))))
    rng = random.Random(4)
    clip = surf.get_clip()
    surf.set_clip(w)
    for x in range(w.x, w.right, 14):  # the Strip's towers
        h = rng.randint(30, 80)
        pygame.draw.rect(surf, (50, 30, 70), (x, w.bottom - h, 12, h))
        for wy in range(w.bottom - h + 4, w.bottom - 2, 5):
            if rng.random() < 0.5:
                surf.set_at((x + 3 + rng.randrange(6), wy), (255, 220, 140))
    px = w.x + 30  # a palm
    pygame.draw.line(surf, (30, 20, 40), (px, w.bottom), (px + 6, w.y + 40), 3)
    for a in range(0, 360, 50):
        r = math.radians(a)
        tip = (px + 6 + 18 * math.cos(r), w.y + 44 + 8 * math.sin(r))
        pygame.draw.line(surf, (30, 20, 40), (px + 6, w.y + 40), tip, 2)
    surf.set_clip(clip)
    pygame.draw.rect(surf, (230, 230, 226), w, 4)
    pygame.draw.line(surf, (230, 230, 226), (w.centerx, w.y), (w.centerx, w.bottom), 4)


def _neon(surf: pygame.Surface, on: bool) -> None:
    x, y = NEON
    colour = (255, 80, 200) if on else (90, 40, 80)
    face = font(24)
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        surf.blit(face.render("LUCKY 7", True, shade(colour, 0.6)), (x + dx, y + dy))
    surf.blit(face.render("LUCKY 7", True, colour if not on else (255, 200, 240)), (x, y))
    if on:
        add_glow(surf, (x + 36, y + 8), 44, (80, 20, 60), 1.0)
    for k in range(6):
        lit = on and k % 2 == 0
        pygame.draw.circle(surf, (255, 230, 90) if lit else (90, 80, 40), (x - 6 + k * 16, y + 24), 2)


def _bag(surf: pygame.Surface, jolt: float) -> None:
    ax = BAG_X + jolt * 6
    pygame.draw.line(surf, (140, 140, 146), (BAG_X, 0), (ax, 96), 2)
    body = pygame.Rect(0, 0, 38, 104)
    body.midtop = (round(ax), 96)
    pygame.draw.rect(surf, (20, 20, 22), body, border_radius=14)
    pygame.draw.rect(surf, (40, 40, 44), body.inflate(-16, -8), border_radius=10)
    pygame.draw.rect(surf, (210, 170, 60), (body.x, body.y + 40, body.w, 8))


def paint(stage: Stage) -> pygame.Surface:
    surf = pygame.Surface((640, 360))
    _room(surf)
    _window(surf)
    # press at the left: a TV camera on a shoulder, a reporter with a microphone, light stands
    for lx in (26, 120):
        pygame.draw.line(surf, (40, 40, 44), (lx, STAND_Y - 2), (lx, 100), 2)
        pygame.draw.rect(surf, (40, 40, 44), (lx - 10, 88, 20, 16))
        add_glow(surf, (lx + 12, 96), 40, (80, 80, 60), 0.8)
    rig = stage.person(surf, "reporter_b", people.CAMERA, 74, STAND_Y, 1, "calm", 1.2)
    if rig is not None:
        hx, hy = 74 + rig.head[0], STAND_Y - rig.head[1]
        pygame.draw.rect(surf, (30, 30, 34), (hx - 2, hy - 10, 34, 18), border_radius=3)
        pygame.draw.rect(surf, (60, 60, 66), (hx + 30, hy - 6, 8, 10))
        pygame.draw.circle(surf, (200, 30, 30), (hx + 4, hy - 6), 2)
    rig = stage.person(surf, "reporter_a", people.MIC_OUT, 160, STAND_Y, 1, "calm", 1.2)
    if rig is not None:
        wx, wy = 160 + rig.rear_wrist[0], STAND_Y - rig.rear_wrist[1]
        pygame.draw.line(surf, (30, 30, 30), (wx, wy), (wx + 10, wy - 4), 3)
        pygame.draw.circle(surf, (60, 60, 64), (wx + 12, wy - 5), 4)
    return surf


def animate(surf: pygame.Surface, tick: int, stage: Stage) -> None:
    _neon(surf, (tick // 20) % 6 != 5)
    phase = (tick // 12) % 4
    punching = phase in (1, 3)
    _bag(surf, 1.0 if punching else 0.3 * math.sin(tick * 0.3))
    frame = 1 if punching else 0
    layer = stage.layers.get(f"cole{frame}")
    if layer is None:
        layer = stage.layers[f"cole{frame}"] = paint_cole(stage, frame)
    surf.blit(layer, (0, 0))
    if tick % 53 < 3:
        add_glow(surf, (92, 150), 50, (200, 200, 220), 1.0)  # a camera flash


def paint_cole(stage: Stage, frame: int) -> pygame.Surface:
    """Cole on the bag, one of two frames (the wind-up and the punch landing), on a clear layer."""
    layer = pygame.Surface((640, 360), pygame.SRCALPHA)
    pose = people.PUNCH_BAG if frame else people.HOOK_BAG
    stage.person(layer, "cole", pose, COLE_X, STAND_Y, -1, "effort", 1.3)
    return layer
