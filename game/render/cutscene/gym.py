"""Moretti's Boxing Gym inside: old brick, a tall window of winter light with dust turning in the beam, the ring
in the back with its sagging ropes, heavy bags on chains, faded fight posters, a clock; Vito shadowboxing in his
wraps and Tony by the ring post with the stopwatch. The bag sways, the dust drifts, a tube light flickers.
"""

from __future__ import annotations

import math
import random

import pygame

from game.content.looks import Looks
from game.render.cutscene import people
from game.render.cutscene.paint import add_glow, bricks, font, mix, shade, snowfall, vgradient

FLOOR_Y = 226
STAND_Y = 270
WINDOW = pygame.Rect(36, 40, 84, 132)
BAG_X = 270


def _room(surf: pygame.Surface, rng: random.Random) -> None:
    bricks(surf, (0, 0, 640, FLOOR_Y), rng, (120, 62, 48), 0.85)
    vgradient(surf, (0, FLOOR_Y, 640, 360 - FLOOR_Y), ((0.0, (70, 58, 50)), (1.0, (100, 84, 70))))
    for y in range(FLOOR_Y + 4, 360, 8):
        pygame.draw.line(surf, (62, 50, 44), (0, y), (640, y))
    pygame.draw.rect(surf, (40, 36, 36), (0, 0, 640, 12))  # the ceiling beam and pipes
    pygame.draw.line(surf, (96, 96, 100), (0, 18), (640, 18), 3)
    # the window: cold light, frosted panes, snow outside
    w = WINDOW
    vgradient(surf, w, ((0.0, (170, 196, 226)), (1.0, (226, 232, 240))))
    for x in range(w.x, w.right, w.w // 3):
        pygame.draw.line(surf, (70, 64, 60), (x, w.y), (x, w.bottom), 3)
    for y in range(w.y, w.bottom, w.h // 4):
        pygame.draw.line(surf, (70, 64, 60), (w.x, y), (w.right, y), 3)
    pygame.draw.rect(surf, (70, 64, 60), w, 4)
    pygame.draw.rect(surf, (150, 140, 130), (w.x - 6, w.bottom, w.w + 12, 6))


def _posters(surf: pygame.Surface) -> None:
    face = font(13)
    big = font(20)
    for x, y, paper, ink, top, bottom in ((140, 46, (220, 200, 150), (160, 30, 30), "MORETTI", "vs ORLOV"),
                                          (192, 60, (200, 210, 200), (30, 40, 110), "FIGHT", "NIGHT 81"),
                                          (556, 44, (226, 206, 170), (40, 40, 40), "PHILLY", "STALLION")):
        pygame.draw.rect(surf, shade(paper, 0.7), (x - 1, y - 1, 46, 62))
        pygame.draw.rect(surf, paper, (x, y, 44, 60))
        pygame.draw.rect(surf, ink, (x + 3, y + 3, 38, 16))
        surf.blit(face.render(top, True, paper), (x + 5, y + 7))
        pygame.draw.circle(surf, shade(paper, 0.7), (x + 14, y + 34), 7)
        pygame.draw.circle(surf, shade(paper, 0.6), (x + 30, y + 34), 7)
        surf.blit(face.render(bottom, True, ink), (x + 3, y + 46))
    sign = big.render("NO PAIN NO GAIN", True, (230, 220, 190))
    pygame.draw.rect(surf, (30, 40, 70), (440, 22, sign.get_width() + 12, 18))
    surf.blit(sign, (446, 25))
    # the clock
    pygame.draw.circle(surf, (40, 36, 34), (396, 44), 14)
    pygame.draw.circle(surf, (236, 232, 220), (396, 44), 12)
    pygame.draw.line(surf, (30, 30, 30), (396, 44), (396, 35), 2)
    pygame.draw.line(surf, (30, 30, 30), (396, 44), (403, 46), 2)


def _ring(surf: pygame.Surface) -> None:
    apron_y = FLOOR_Y + 4
    top = apron_y - 18
    pygame.draw.polygon(surf, (150, 40, 40), ((330, top), (660, top), (660, apron_y + 16), (330, apron_y + 16)))
    pygame.draw.rect(surf, (200, 196, 184), (330, top - 4, 330, 6))
    for px in (344, 630):
        pygame.draw.rect(surf, (50, 50, 56), (px - 3, top - 88, 7, 88))
        pygame.draw.rect(surf, (196, 40, 44), (px - 5, top - 84, 11, 78), border_radius=3)
    for i, (col, h) in enumerate((((36, 80, 186), 24), ((226, 224, 218), 46), ((196, 34, 40), 68))):
        y = top - 8 - h
        pts = [(344 + k * 286 / 10, y + 3 * math.sin(math.pi * k / 10)) for k in range(11)]
        pygame.draw.lines(surf, shade(col, 0.6), False, [(x, yy + 1) for x, yy in pts], 3)
        pygame.draw.lines(surf, col, False, pts, 2)
        del i


def _props(surf: pygame.Surface) -> None:
    # a second heavy bag in the back, the speed-bag platform, a bench with a towel, a bucket
    pygame.draw.rect(surf, (100, 90, 70), (470, 104, 60, 8))
    pygame.draw.ellipse(surf, (150, 40, 40), (492, 112, 14, 18))
    pygame.draw.rect(surf, (110, 84, 60), (130, STAND_Y - 40, 70, 6))
    for lx in (134, 192):
        pygame.draw.rect(surf, (80, 60, 44), (lx, STAND_Y - 34, 4, 26))
    pygame.draw.polygon(surf, (226, 226, 220), ((150, STAND_Y - 40), (170, STAND_Y - 40), (168, STAND_Y - 22),
                                                (156, STAND_Y - 26)))
    pygame.draw.rect(surf, (120, 130, 140), (540, STAND_Y - 24, 18, 22))
    pygame.draw.ellipse(surf, (90, 100, 110), (540, STAND_Y - 28, 18, 7))


def _bag(surf: pygame.Surface, swing: float) -> None:
    top = (BAG_X, 12)
    ax = BAG_X + swing * 8
    pygame.draw.line(surf, (120, 120, 126), top, (ax, 60), 2)
    body = pygame.Rect(0, 0, 34, 96)
    body.midtop = (round(ax), 60)
    pygame.draw.rect(surf, (80, 34, 26), body, border_radius=12)
    pygame.draw.rect(surf, (122, 50, 36), body.inflate(-14, -6), border_radius=10)
    pygame.draw.line(surf, (150, 76, 56), (body.x + 9, body.y + 8), (body.x + 9, body.bottom - 10), 2)
    for y in (body.y + 14, body.bottom - 18):
        pygame.draw.line(surf, (50, 24, 20), (body.x + 2, y), (body.right - 3, y), 2)


def paint(looks: Looks) -> pygame.Surface:
    surf = pygame.Surface((640, 360))
    rng = random.Random(51)
    _room(surf, rng)
    _posters(surf)
    _ring(surf)
    _props(surf)
    # the beam of winter light across the floor
    beam = pygame.Surface((640, 360))
    pygame.draw.polygon(beam, (34, 40, 52), ((WINDOW.x, WINDOW.y), (WINDOW.right, WINDOW.y),
                                             (WINDOW.right + 260, STAND_Y + 30), (WINDOW.x + 130, STAND_Y + 30)))
    surf.blit(beam, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    rig = people.draw_person(surf, looks, "tony", people.HOLD_WATCH, 452, STAND_Y, -1, "calm", 1.3)
    wx, wy = 452 - rig.lead_wrist[0], STAND_Y - rig.lead_wrist[1]
    pygame.draw.circle(surf, (40, 40, 44), (wx - 4, wy - 5), 5)  # the stopwatch in his hand
    pygame.draw.circle(surf, (230, 230, 224), (wx - 4, wy - 5), 3)
    pygame.draw.line(surf, (40, 40, 44), (wx - 4, wy - 10), (wx - 4, wy - 12), 2)
    people.draw_person(surf, looks, "vito_sweats", people.SHADOWBOX, 318, STAND_Y, 1, "effort", 1.3)
    return surf


def animate(surf: pygame.Surface, tick: int, looks: Looks) -> None:
    snowfall(surf, tick, WINDOW, 16, 13, speed=0.8)
    _bag(surf, math.sin(tick * 0.05))
    rng = random.Random(99)
    for i in range(26):  # dust turning in the light
        bx, by = rng.uniform(0, 1), rng.uniform(0, 1)
        y = WINDOW.y + 20 + (by * 200 + tick * 0.08 * (1 + i % 3)) % 200
        span = (y - WINDOW.y) / (STAND_Y - WINDOW.y)
        x = WINDOW.x + span * 130 + bx * (WINDOW.w + span * 130) + 4 * math.sin(tick * 0.02 + i)
        surf.set_at((round(x), round(y)), mix((200, 200, 190), (255, 250, 230), bx))
    if tick % 211 < 4:  # the tube light over the ring stutters
        add_glow(surf, (490, 20), 60, (60, 60, 50), 0.8)
