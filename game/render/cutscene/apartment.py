"""The apartment panels: the cold morning (Vito sitting up stiffly on the edge of the bed, Rosa's photograph on the
dresser, snow at the window, the radiator knocking and steaming) and the night before the fight (the lamp lit, Vito
at the kitchen table with his worn old gloves).
"""

from __future__ import annotations

import random

import pygame

from game.render.cutscene import people, room
from game.render.cutscene.paint import add_glow, darken, shade, snowfall, vgradient
from game.render.cutscene.stage import Stage

WINDOW = pygame.Rect(72, 52, 104, 112)
NIGHT_WINDOW = pygame.Rect(48, 52, 96, 112)


def paint_morning(stage: Stage) -> pygame.Surface:
    surf = pygame.Surface((640, 360))
    rng = random.Random(11)
    light = room.Light(night=False)
    room.walls(surf, light, rng)
    room.window(surf, WINDOW, light, rng)
    room.radiator(surf, WINDOW.x - 2, WINDOW.w + 4, light)
    room.dresser(surf, 212, 92, light, lamp=True)
    # a calendar and a framed fight poster, yellowed
    pygame.draw.rect(surf, (226, 220, 200), (246, 60, 30, 38))
    pygame.draw.rect(surf, (170, 40, 40), (246, 60, 30, 9))
    for r in range(4):
        for c in range(5):
            surf.set_at((250 + c * 5, 74 + r * 6), (90, 80, 70))
    pygame.draw.rect(surf, (80, 60, 40), (330, 40, 70, 92))
    vgradient(surf, (334, 44, 62, 84), ((0.0, (214, 190, 140)), (1.0, (184, 150, 100))))
    pygame.draw.rect(surf, (150, 40, 36), (338, 50, 54, 12))
    for i in range(4):
        pygame.draw.line(surf, (120, 90, 60), (340, 96 + i * 6), (388, 96 + i * 6))
    pygame.draw.circle(surf, (120, 84, 60), (352, 78), 7)
    pygame.draw.circle(surf, (90, 70, 60), (376, 78), 7)
    room.window_light(surf, WINDOW, light)
    seat = room.bed(surf, 420, 176, light)
    # a chair with his trousers over it
    pygame.draw.rect(surf, (92, 60, 40), (336, seat - 6, 40, 5))
    pygame.draw.line(surf, (92, 60, 40), (372, seat - 6), (374, seat - 56), 3)
    for lx in (338, 372):
        pygame.draw.line(surf, (70, 46, 32), (lx, seat - 2), (lx, room.STAND_Y - 8), 3)
    pygame.draw.polygon(surf, (60, 64, 84), ((344, seat - 8), (372, seat - 8), (370, seat + 18), (362, seat + 20)))
    # Vito on the edge of the bed, in his undershirt, stiff, looking toward the photograph
    stage.person(surf, "vito_vest", people.SIT_STIFF, 468, room.STAND_Y, -1, "hurt", 1.3)
    # slippers by the bed
    for sx in (500, 512):
        pygame.draw.ellipse(surf, (110, 70, 60), (sx, room.STAND_Y + 2, 12, 5))
    darken(surf, (0, 0, 640, 24), (20, 14, 30), 60)
    return surf


def animate_morning(surf: pygame.Surface, tick: int, stage: Stage) -> None:
    snowfall(surf, tick, WINDOW, 26, 3)
    room.steam(surf, WINDOW.x + 20, room.FLOOR_Y - 48, tick, 5, 40)
    if tick % 150 < 8:  # the radiator knocks: a little shudder of light on the pipe
        pygame.draw.line(surf, (250, 240, 220), (WINDOW.right + 4, room.FLOOR_Y - 10),
                         (WINDOW.right + 10, room.FLOOR_Y - 10), 2)


def paint_night(stage: Stage) -> pygame.Surface:
    surf = pygame.Surface((640, 360))
    rng = random.Random(12)
    light = room.Light(night=True)
    room.walls(surf, light, rng)
    room.window(surf, NIGHT_WINDOW, light, rng)
    room.radiator(surf, NIGHT_WINDOW.x - 2, NIGHT_WINDOW.w + 4, light)
    room.dresser(surf, 176, 88, light, lamp=False)
    room.bed(surf, 470, 150, light)
    darken(surf, (440, 0, 200, 360), (4, 4, 12), 110)
    # the kitchen table under a hanging lamp
    lamp = (360, 96)
    pygame.draw.line(surf, (30, 28, 34), (lamp[0], 0), lamp, 1)
    pygame.draw.polygon(surf, (70, 90, 70), ((lamp[0] - 16, lamp[1] + 10), (lamp[0] + 16, lamp[1] + 10),
                                             (lamp[0] + 6, lamp[1]), (lamp[0] - 6, lamp[1])))
    cone = pygame.Surface((640, 360))
    for i in range(8, 0, -1):
        k = 9 - i
        pygame.draw.polygon(cone, (5 * k, 4 * k, 2 * k), ((lamp[0] - 14 - i, lamp[1] + 10),
                                                          (lamp[0] + 14 + i, lamp[1] + 10),
                                                          (lamp[0] + 80 + 8 * i, 300), (lamp[0] - 80 - 8 * i, 300)))
    surf.blit(cone, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    add_glow(surf, (lamp[0], lamp[1] + 12), 16, (255, 220, 150))
    top = room.STAND_Y - 54
    wood = (120, 84, 56)
    pygame.draw.rect(surf, shade(wood, 0.7), (290, top + 4, 150, 8))
    pygame.draw.rect(surf, wood, (286, top, 158, 6))
    pygame.draw.line(surf, shade(wood, 1.4), (286, top), (443, top))
    for lx in (294, 432):
        pygame.draw.rect(surf, shade(wood, 0.6), (lx, top + 12, 5, room.STAND_Y - top - 12))
    # the gloves: old red leather, cracked, laces trailing over the edge; a mug, a folded newspaper
    for gx, flip in ((348, 0), (376, 1)):
        g = (150, 34, 36)
        pygame.draw.ellipse(surf, shade(g, 0.6), (gx, top - 13, 24, 15))
        pygame.draw.ellipse(surf, g, (gx + 1, top - 14, 22, 13))
        pygame.draw.ellipse(surf, shade(g, 1.35), (gx + 5, top - 12, 8, 4))
        pygame.draw.rect(surf, (226, 220, 204), (gx + (16 if flip else 0), top - 10, 8, 9))
        pygame.draw.line(surf, (84, 28, 30), (gx + 8, top - 9), (gx + 12, top - 5))
    pygame.draw.lines(surf, (220, 214, 196), False, ((400, top - 2), (412, top), (420, top + 10), (418, top + 22)))
    pygame.draw.rect(surf, (200, 200, 190), (300, top - 12, 10, 12))
    pygame.draw.rect(surf, (190, 180, 160), (410, top - 3, 26, 3))
    # Vito on a chair at the table's end, lacing a glove on one hand
    pygame.draw.rect(surf, (70, 48, 36), (242, room.STAND_Y - 32, 34, 5))
    pygame.draw.line(surf, (70, 48, 36), (244, room.STAND_Y - 30), (240, room.STAND_Y - 86), 3)
    stage.person(surf, "vito", people.SIT_GLOVE, 262, room.STAND_Y, 1, "calm", 1.3)
    chair = (84, 58, 42)
    pygame.draw.rect(surf, chair, (236, room.STAND_Y - 26, 40, 5))
    pygame.draw.line(surf, shade(chair, 1.3), (236, room.STAND_Y - 26), (275, room.STAND_Y - 26))
    for lx in (238, 272):
        pygame.draw.line(surf, shade(chair, 0.8), (lx, room.STAND_Y - 21), (lx, room.STAND_Y), 3)
    darken(surf, (0, 0, 640, 360), (0, 0, 10), 30)
    return surf


def animate_night(surf: pygame.Surface, tick: int, stage: Stage) -> None:
    snowfall(surf, tick, NIGHT_WINDOW, 22, 5, speed=0.7)
    if tick % 97 < 3:  # the bulb flickers now and then
        darken(surf, (250, 100, 240, 180), (0, 0, 0), 40)
