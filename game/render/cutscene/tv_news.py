"""The news on the old console television in Vito's front room: an anchor, a picture of Cole in the corner, a red
headline and a ticker crawling under it; Rosa's photograph on top of the set; Vito in his armchair, watching.

The screen's picture is baked once; each tick the ticker crawls, the tube flickers and its blue light plays over
the room.
"""

from __future__ import annotations

import random

import pygame

from game.render.cutscene import people, room
from game.render.cutscene.paint import add_glow, darken, font, rosa_photo, shade, vgradient
from game.render.cutscene.stage import Stage
from game.render.fighter import draw_fighter_portrait

SCREEN = pygame.Rect(196, 104, 168, 116)
TICKER = "  IRON COLE RETURNS FOR ONE LAST FIGHT  -  12 ROUNDS IN PHILADELPHIA  -  OPPONENT TO BE ANNOUNCED  -"
_ticker: list[pygame.Surface] = []


def _broadcast(stage: Stage) -> pygame.Surface:
    """The picture on the screen: studio, anchor at the desk, Cole's photo, the headline bar."""
    pic = pygame.Surface(SCREEN.size)
    vgradient(pic, pic.get_rect(), ((0.0, (24, 50, 110)), (1.0, (60, 100, 170))))
    for x in range(0, SCREEN.w, 12):  # the studio's city skyline backdrop
        h = 20 + (x * 37) % 30
        pygame.draw.rect(pic, (40, 72, 140), (x, 74 - h, 10, h))
        for wy in range(74 - h + 3, 72, 6):
            pic.set_at((x + 3, wy), (150, 190, 240))
    stage.person(pic, "anchor", people.TALKING, 56, 140, 1, "calm", 1.05, shadow=False)
    pygame.draw.rect(pic, (16, 26, 60), (0, 78, 120, 40))  # the desk
    pygame.draw.line(pic, (120, 160, 230), (0, 78), (120, 78), 2)
    if stage.take("cole"):
        inset = pygame.Rect(98, 10, 60, 52)  # Cole's picture in the corner
        pygame.draw.rect(pic, (230, 230, 230), inset.inflate(4, 4))
        vgradient(pic, inset, ((0.0, (90, 40, 30)), (1.0, (30, 14, 12))))
        draw_fighter_portrait(pic, stage.looks["cole"], inset, "calm")
        label = font(12).render("IRON COLE", True, (255, 220, 90))
        pic.blit(label, (inset.x + 2, inset.bottom - 10))
    pygame.draw.rect(pic, (180, 20, 28), (0, 82, SCREEN.w, 14))
    pic.blit(font(15).render("COLE IS BACK", True, (255, 255, 255)), (4, 84))
    live = font(12).render("LIVE", True, (255, 255, 255))
    pygame.draw.rect(pic, (200, 20, 30), (4, 6, live.get_width() + 6, 11))
    pic.blit(live, (7, 8))
    return pic


def paint(stage: Stage) -> pygame.Surface:
    surf = pygame.Surface((640, 360))
    rng = random.Random(21)
    light = room.Light(night=False)
    room.walls(surf, light, rng)
    darken(surf, (0, 0, 640, 360), (10, 14, 30), 90)  # curtains drawn: the TV is the light
    # the console set: walnut cabinet, the screen, a speaker grille, two knobs, rabbit ears
    cab = pygame.Rect(180, 90, 250, 162)
    wood = (104, 66, 40)
    pygame.draw.rect(surf, shade(wood, 0.6), cab.inflate(4, 4), border_radius=6)
    pygame.draw.rect(surf, wood, cab, border_radius=6)
    for i in range(0, cab.h, 5):
        pygame.draw.line(surf, shade(wood, 0.9 + 0.08 * (i % 3)), (cab.x + 4, cab.y + i), (cab.right - 5, cab.y + i))
    pygame.draw.line(surf, shade(wood, 1.4), (cab.x + 4, cab.y + 1), (cab.right - 5, cab.y + 1))
    pygame.draw.rect(surf, (20, 18, 20), SCREEN.inflate(12, 12), border_radius=10)
    grille = pygame.Rect(SCREEN.right + 12, SCREEN.y, cab.right - SCREEN.right - 22, 80)
    pygame.draw.rect(surf, shade(wood, 0.55), grille, border_radius=3)
    for y in range(grille.y + 3, grille.bottom - 2, 4):
        pygame.draw.line(surf, shade(wood, 0.35), (grille.x + 3, y), (grille.right - 4, y))
    for k, ky in enumerate((grille.bottom + 14, grille.bottom + 34)):
        pygame.draw.circle(surf, (40, 34, 30), (grille.centerx, ky), 7)
        pygame.draw.circle(surf, (190, 170, 120), (grille.centerx, ky), 5)
        pygame.draw.line(surf, (60, 50, 40), (grille.centerx, ky), (grille.centerx + 3 - k * 6, ky - 4), 2)
    for lx in (cab.x + 8, cab.right - 14):
        pygame.draw.rect(surf, shade(wood, 0.45), (lx, cab.bottom, 6, room.STAND_Y - cab.bottom - 10))
    pygame.draw.line(surf, (170, 170, 176), (cab.centerx + 20, cab.y - 6), (cab.centerx - 10, cab.y - 60), 2)
    pygame.draw.line(surf, (170, 170, 176), (cab.centerx + 30, cab.y - 6), (cab.centerx + 64, cab.y - 52), 2)
    pygame.draw.ellipse(surf, (60, 56, 60), (cab.centerx + 12, cab.y - 9, 26, 9))
    # Rosa beside the television, on a doily, with a small vase
    pygame.draw.ellipse(surf, (206, 202, 190), (cab.x + 14, cab.y - 4, 52, 7))
    rosa_photo(surf, cab.x + 24, cab.y - 40, 30, 38)
    pygame.draw.rect(surf, (90, 120, 150), (cab.right - 40, cab.y - 18, 10, 16), border_radius=3)
    pygame.draw.line(surf, (60, 110, 60), (cab.right - 35, cab.y - 18), (cab.right - 40, cab.y - 30), 2)
    pygame.draw.circle(surf, (220, 200, 120), (cab.right - 40, cab.y - 31), 3)
    surf.blit(_broadcast(stage), SCREEN.topleft)
    # the armchair and Vito in it, turned to the set
    chair = (70, 84, 70)
    pygame.draw.rect(surf, shade(chair, 0.8), (470, 140, 30, 110), border_radius=8)  # the back
    pygame.draw.rect(surf, chair, (470, room.STAND_Y - 40, 110, 26), border_radius=6)
    stage.person(surf, "vito", people.SIT, 520, room.STAND_Y, -1, "calm", 1.3)
    pygame.draw.rect(surf, shade(chair, 1.1), (556, room.STAND_Y - 62, 30, 58), border_radius=8)  # the arm
    pygame.draw.rect(surf, shade(chair, 0.6), (476, room.STAND_Y - 16, 104, 14))
    return surf


def _ticker_strip() -> pygame.Surface:
    if not _ticker:
        text = font(13).render(TICKER, True, (20, 20, 30))
        strip = pygame.Surface((text.get_width(), 12))
        strip.fill((240, 236, 220))
        strip.blit(text, (0, 1))
        _ticker.append(strip)
    return _ticker[0]


def animate(surf: pygame.Surface, tick: int, stage: Stage) -> None:
    strip = _ticker_strip()
    y = SCREEN.bottom - 14
    clip = surf.get_clip()
    surf.set_clip(pygame.Rect(SCREEN.x, y, SCREEN.w, 12))
    off = -((tick // 2) % strip.get_width())
    surf.blit(strip, (SCREEN.x + off, y))
    surf.blit(strip, (SCREEN.x + off + strip.get_width(), y))
    surf.set_clip(clip)
    rng = random.Random(tick // 3)
    for _ in range(3):  # the tube's noise: a few pale lines crawling
        ly = SCREEN.y + rng.randrange(SCREEN.h - 16)
        pygame.draw.line(surf, (120, 140, 170), (SCREEN.x, ly), (SCREEN.right - 1, ly))
    strength = 0.35 + 0.12 * rng.random()
    add_glow(surf, (SCREEN.centerx + 40, SCREEN.centery + 40), 230, (40, 70, 120), strength)
