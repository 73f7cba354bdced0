"""Moretti's Boxing Gym inside: old brick, the street door, a tall window of winter light with dust turning in the
beam, the ring in the back with its sagging ropes, heavy bags on chains, faded fight posters, a clock. The variants:

    ""              a winter morning: Vito shadowboxing in his sweats, Tony by the ring post with the stopwatch,
                    Danny on the bench
    viktor_arrives  the door open on the snow and a very large man ducking under its frame; Vito and Tony turn
    rob_watches     Vito sparring Danny; Rob in his office coat by the door, arms folded
    hug             father and son holding on, Danny keeping to the ring
    spring          the window green, the door propped open; Vito shows a row of kids the slip, Danny helps

The bag sways, the dust drifts (or the snow blows in at the door), a tube light flickers.
"""

from __future__ import annotations

import math
import random

import pygame

from game.render.cutscene import people
from game.render.cutscene.paint import SNOW, add_glow, bricks, font, mix, shade, snowfall, vgradient
from game.render.cutscene.stage import Stage

FLOOR_Y = 226
STAND_Y = 270
WINDOW = pygame.Rect(92, 40, 84, 132)
DOOR = pygame.Rect(14, 96, 66, FLOOR_Y - 96)
BAG_X = 270
SPRING_SKY = ((0.0, (150, 200, 236)), (1.0, (214, 236, 214)))


def _room(surf: pygame.Surface, rng: random.Random, spring: bool) -> None:
    bricks(surf, (0, 0, 640, FLOOR_Y), rng, (120, 62, 48), 0.85)
    vgradient(surf, (0, FLOOR_Y, 640, 360 - FLOOR_Y), ((0.0, (70, 58, 50)), (1.0, (100, 84, 70))))
    for y in range(FLOOR_Y + 4, 360, 8):
        pygame.draw.line(surf, (62, 50, 44), (0, y), (640, y))
    pygame.draw.rect(surf, (40, 36, 36), (0, 0, 640, 12))  # the ceiling beam and pipes
    pygame.draw.line(surf, (96, 96, 100), (0, 18), (640, 18), 3)
    # the window: cold light, frosted panes, snow outside
    w = WINDOW
    vgradient(surf, w, SPRING_SKY if spring else ((0.0, (170, 196, 226)), (1.0, (226, 232, 240))))
    if spring:  # the tree across the street in leaf
        for cx, cy, r in ((w.x + 20, w.bottom - 30, 22), (w.x + 52, w.bottom - 44, 26), (w.x + 76, w.bottom - 24, 18)):
            pygame.draw.circle(surf, (70, 140, 70), (cx, cy), r)
            pygame.draw.circle(surf, (110, 176, 90), (cx - 5, cy - 6), r // 2)
    for x in range(w.x, w.right, w.w // 3):
        pygame.draw.line(surf, (70, 64, 60), (x, w.y), (x, w.bottom), 3)
    for y in range(w.y, w.bottom, w.h // 4):
        pygame.draw.line(surf, (70, 64, 60), (w.x, y), (w.right, y), 3)
    pygame.draw.rect(surf, (70, 64, 60), w, 4)
    pygame.draw.rect(surf, (150, 140, 130), (w.x - 6, w.bottom, w.w + 12, 6))


def _posters(surf: pygame.Surface) -> None:
    face = font(13)
    big = font(20)
    for x, y, paper, ink, top, bottom in ((196, 46, (220, 200, 150), (160, 30, 30), "MORETTI", "vs ORLOV"),
                                          (346, 56, (200, 210, 200), (30, 40, 110), "FIGHT", "NIGHT 81"),
                                          (556, 44, (226, 206, 170), (40, 40, 40), "PHILLY", "STALLION")):
        pygame.draw.rect(surf, shade(paper, 0.7), (x - 1, y - 1, 46, 62))
        pygame.draw.rect(surf, paper, (x, y, 44, 60))
        pygame.draw.rect(surf, ink, (x + 3, y + 3, 38, 16))
        word = face.render(top, True, paper)
        if word.get_width() > 36:  # MORETTI: squeezed to fit the band, not cut
            word = pygame.transform.smoothscale(word, (36, word.get_height()))
        surf.blit(word, (x + 4, y + 7))
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


def _door(surf: pygame.Surface, open_on: str) -> None:
    """The street door in the left wall: shut, or open on the snowy street ("snow") or a spring morning ("spring")."""
    d = DOOR
    pygame.draw.rect(surf, (56, 44, 40), d.inflate(10, 6).move(0, -3))  # the frame
    pygame.draw.line(surf, (120, 100, 84), (d.x - 5, d.y - 6), (d.right + 4, d.y - 6), 2)
    if not open_on:
        pygame.draw.rect(surf, (46, 70, 60), d)
        pygame.draw.rect(surf, shade((46, 70, 60), 0.7), d, 2)
        pane = pygame.Rect(d.x + 14, d.y + 14, d.w - 28, 34)  # wired glass
        pygame.draw.rect(surf, (150, 170, 186), pane)
        for k in range(pane.x + 4, pane.right, 6):
            pygame.draw.line(surf, (120, 136, 150), (k, pane.y), (k, pane.bottom - 1))
        pygame.draw.rect(surf, (170, 170, 176), (d.x + 6, d.y + 70, d.w - 12, 4))  # the push bar
        return
    sky = SPRING_SKY if open_on == "spring" else ((0.0, (86, 104, 140)), (1.0, (150, 164, 190)))
    vgradient(surf, d, sky)
    ground = (200, 196, 180) if open_on == "spring" else (228, 232, 242)
    pygame.draw.rect(surf, (120, 64, 52), (d.x, d.y + 10, d.w, 46))  # the row houses across the street
    for wx in range(d.x + 6, d.right - 6, 14):
        pygame.draw.rect(surf, (255, 214, 130) if open_on != "spring" else (170, 200, 220), (wx, d.y + 20, 6, 9))
    pygame.draw.rect(surf, ground, (d.x, d.bottom - 18, d.w, 18))
    if open_on != "spring":
        pygame.draw.line(surf, SNOW, (d.x, d.y + 10), (d.right - 1, d.y + 10), 2)
    # the door itself swung in against the wall, seen edge-on
    pygame.draw.polygon(surf, (40, 62, 54), ((d.right, d.y), (d.right + 14, d.y + 8), (d.right + 14, d.bottom + 6),
                                             (d.right, d.bottom)))


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


def paint(stage: Stage) -> pygame.Surface:
    """The room (no people: they stand in front of the swinging bag, so they are a layer of their own)."""
    surf = pygame.Surface((640, 360))
    rng = random.Random(51)
    spring = stage.variant == "spring"
    _room(surf, rng, spring)
    _posters(surf)
    _door(surf, "snow" if stage.variant == "viktor_arrives" else ("spring" if spring else ""))
    _ring(surf)
    _props(surf)
    # the beam of light across the floor: winter's pale blue, or spring's warm
    beam = pygame.Surface((640, 360))
    pygame.draw.polygon(beam, (52, 46, 30) if spring else (34, 40, 52),
                        ((WINDOW.x, WINDOW.y), (WINDOW.right, WINDOW.y), (WINDOW.right + 260, STAND_Y + 30),
                         (WINDOW.x + 130, STAND_Y + 30)))
    if stage.variant == "viktor_arrives":  # the cold falling in through the open door
        pygame.draw.polygon(beam, (30, 38, 56), ((DOOR.x, DOOR.bottom), (DOOR.right, DOOR.bottom),
                                                 (DOOR.right + 120, 360), (DOOR.x + 30, 360)))
    surf.blit(beam, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    return surf


def _tony_with_watch(layer: pygame.Surface, stage: Stage, x: int, facing: int) -> None:
    rig = stage.person(layer, "tony", people.HOLD_WATCH, x, STAND_Y, facing, "calm", 1.3)
    if rig is None:
        return
    wx, wy = x + facing * rig.lead_wrist[0], STAND_Y - rig.lead_wrist[1]
    pygame.draw.circle(layer, (40, 40, 44), (wx + 4 * facing, wy - 5), 5)  # the stopwatch in his hand
    pygame.draw.circle(layer, (230, 230, 224), (wx + 4 * facing, wy - 5), 3)
    pygame.draw.line(layer, (40, 40, 44), (wx + 4 * facing, wy - 10), (wx + 4 * facing, wy - 12), 2)


def _morning(layer: pygame.Surface, stage: Stage) -> None:
    stage.person(layer, "danny", people.SIT, 166, STAND_Y - 2, 1, "joy", 1.2)  # on the bench, wrapping up
    _tony_with_watch(layer, stage, 452, -1)
    stage.person(layer, "vito_sweats", people.SHADOWBOX, 318, STAND_Y, 1, "effort", 1.3)


def _viktor_arrives(layer: pygame.Surface, stage: Stage) -> None:
    stage.person(layer, "viktor", people.DUCK_IN, DOOR.centerx + 4, FLOOR_Y + 2, 1, "calm", 1.15)
    _tony_with_watch(layer, stage, 470, -1)
    stage.person(layer, "vito_sweats", people.STAND, 250, STAND_Y, -1, "calm", 1.3)


def _rob_watches(layer: pygame.Surface, stage: Stage) -> None:
    stage.person(layer, "rob", people.ARMS_FOLDED, 104, STAND_Y - 8, 1, "calm", 1.25)
    stage.person(layer, "danny", people.GUARD, 410, STAND_Y, -1, "calm", 1.3)
    stage.person(layer, "vito_sweats", people.SPAR, 316, STAND_Y, 1, "effort", 1.3)


def _hug(layer: pygame.Surface, stage: Stage) -> None:
    stage.person(layer, "danny", people.ARMS_FOLDED, 566, FLOOR_Y + 14, -1, "calm", 1.1)
    stage.embrace(layer, "vito_sweats", "rob", 372, STAND_Y, 1.3)


def _spring(layer: pygame.Surface, stage: Stage) -> None:
    stage.person(layer, "danny", people.HOLD_WATCH, 560, STAND_Y - 4, -1, "joy", 1.25)
    if stage.take("kids"):
        for i, (who, x) in enumerate((("kids_a", 388), ("kids_b", 438), ("kids_c", 486))):
            face = "joy" if i == 1 else "effort"
            people.draw_person(layer, stage.looks, who, people.SLIP if i == 2 else people.KID_GUARD, x,
                               STAND_Y + 4, -1, face, 1.3)
    stage.person(layer, "vito_sweats", people.SLIP, 286, STAND_Y, 1, "joy", 1.3)


VARIANTS = {"": _morning, "viktor_arrives": _viktor_arrives, "rob_watches": _rob_watches, "hug": _hug,
            "spring": _spring}


def _people(stage: Stage) -> pygame.Surface:
    layer = pygame.Surface((640, 360), pygame.SRCALPHA)
    VARIANTS[stage.variant](layer, stage)
    return layer


def animate(surf: pygame.Surface, tick: int, stage: Stage) -> None:
    spring = stage.variant == "spring"
    if not spring:
        snowfall(surf, tick, WINDOW, 16, 13, speed=0.8)
    if stage.variant == "viktor_arrives":
        snowfall(surf, tick, DOOR, 14, 5, speed=1.2, wind=0.9)
        snowfall(surf, tick, pygame.Rect(DOOR.right, DOOR.y + 30, 90, 120), 16, 6, speed=1.0, wind=1.4)
    _bag(surf, math.sin(tick * 0.05))
    layer = stage.layers.get("people")
    if layer is None:
        layer = stage.layers["people"] = _people(stage)
    surf.blit(layer, (0, 0))
    rng = random.Random(99)
    for i in range(26):  # dust turning in the light
        bx, by = rng.uniform(0, 1), rng.uniform(0, 1)
        y = WINDOW.y + 20 + (by * 200 + tick * 0.08 * (1 + i % 3)) % 200
        span = (y - WINDOW.y) / (STAND_Y - WINDOW.y)
        x = WINDOW.x + span * 130 + bx * (WINDOW.w + span * 130) + 4 * math.sin(tick * 0.02 + i)
        surf.set_at((round(x), round(y)), mix((200, 200, 190), (255, 250, 230), bx))
    if tick % 211 < 4:  # the tube light over the ring stutters
        add_glow(surf, (490, 20), 60, (60, 60, 50), 0.8)
