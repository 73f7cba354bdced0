"""Dr. Hallam's office: pale green walls, an X-ray light box glowing with Vito's chest and knee films, diplomas,
a desk, the exam table with its paper, the doctor in his white coat and Vito sitting on the table's edge.
The light box's tube hums and flickers; snow drifts past the blinds.
"""

from __future__ import annotations

import math

import pygame

from game.render.cutscene import people
from game.render.cutscene.paint import add_glow, shade, snowfall, vgradient
from game.render.cutscene.stage import Stage

FLOOR_Y = 236
STAND_Y = 266
LIGHTBOX = pygame.Rect(218, 58, 132, 86)
WINDOW = pygame.Rect(28, 52, 92, 110)


def _walls(surf: pygame.Surface) -> None:
    vgradient(surf, (0, 0, 640, FLOOR_Y), ((0.0, (118, 140, 128)), (1.0, (160, 180, 164))))
    pygame.draw.rect(surf, (120, 136, 126), (0, FLOOR_Y - 8, 640, 8))
    vgradient(surf, (0, FLOOR_Y, 640, 124), ((0.0, (150, 150, 142)), (1.0, (180, 180, 170))))
    for x in range(0, 640, 24):  # linoleum squares
        for i, y in enumerate(range(FLOOR_Y, 360, 24)):
            if (x // 24 + i) % 2 == 0:
                pygame.draw.rect(surf, (166, 166, 158), (x, y, 24, 24))
    pygame.draw.rect(surf, (214, 220, 214), (0, 0, 640, 10))  # the ceiling's edge


def _window(surf: pygame.Surface) -> None:
    w = WINDOW
    vgradient(surf, w, ((0.0, (150, 170, 200)), (1.0, (214, 220, 230))))
    pygame.draw.rect(surf, (236, 238, 236), w.inflate(8, 8), 4)
    for y in range(w.y + 4, w.bottom - 30, 7):  # blinds half-down
        pygame.draw.rect(surf, (226, 222, 206), (w.x, y, w.w, 5))
        pygame.draw.line(surf, (180, 176, 160), (w.x, y + 5), (w.right - 1, y + 5))
    pygame.draw.line(surf, (200, 200, 190), (w.right - 6, w.y), (w.right - 6, w.bottom - 20))


def _lightbox(surf: pygame.Surface) -> None:
    b = LIGHTBOX
    pygame.draw.rect(surf, (90, 96, 100), b.inflate(10, 10), border_radius=3)
    pygame.draw.rect(surf, (214, 232, 240), b)
    for i, film in enumerate((pygame.Rect(b.x + 6, b.y + 6, 58, 74), pygame.Rect(b.x + 68, b.y + 6, 58, 74))):
        pygame.draw.rect(surf, (22, 30, 40), film)
        cx = film.centerx
        if i == 0:  # a chest: spine, ribs, the heart's shadow
            pygame.draw.line(surf, (180, 196, 210), (cx, film.y + 6), (cx, film.bottom - 6), 3)
            for k in range(6):
                y = film.y + 12 + k * 9
                for side in (-1, 1):
                    pygame.draw.arc(surf, (150, 170, 190), (cx - 26 if side < 0 else cx, y - 4, 26, 14),
                                    (0.1 if side > 0 else 1.6) * math.pi / 1, (0.9 if side > 0 else 2.4) * math.pi / 1)
            pygame.draw.ellipse(surf, (90, 104, 120), (cx - 4, film.y + 32, 18, 20))
        else:  # a knee, the joint worn narrow
            pygame.draw.line(surf, (190, 206, 220), (cx - 4, film.y + 4), (cx - 2, film.y + 34), 9)
            pygame.draw.line(surf, (190, 206, 220), (cx - 1, film.y + 40), (cx + 1, film.bottom - 4), 8)
            pygame.draw.ellipse(surf, (200, 214, 226), (cx - 12, film.y + 28, 22, 10))
            pygame.draw.ellipse(surf, (200, 214, 226), (cx - 10, film.y + 38, 20, 8))
            pygame.draw.circle(surf, (170, 186, 200), (cx + 10, film.y + 34), 4)
            pygame.draw.circle(surf, (240, 80, 60), (cx - 1, film.y + 38), 6, 1)  # the doctor's red circle
    add_glow(surf, b.center, 110, (40, 54, 64), 0.9)


def _furniture(surf: pygame.Surface) -> None:
    # diplomas
    for x, y in ((392, 60), (436, 66)):
        pygame.draw.rect(surf, (70, 50, 36), (x, y, 36, 28))
        pygame.draw.rect(surf, (236, 230, 206), (x + 3, y + 3, 30, 22))
        for k in range(3):
            pygame.draw.line(surf, (150, 140, 120), (x + 7, y + 9 + k * 5), (x + 28, y + 9 + k * 5))
        pygame.draw.circle(surf, (200, 50, 40), (x + 26, y + 21), 2)
    # a desk with a lamp, papers, a jar of tongue depressors
    pygame.draw.rect(surf, (110, 80, 56), (120, STAND_Y - 62, 100, 8))
    pygame.draw.rect(surf, (92, 66, 46), (124, STAND_Y - 54, 30, 54))
    pygame.draw.rect(surf, (92, 66, 46), (190, STAND_Y - 54, 26, 54))
    pygame.draw.rect(surf, (236, 234, 226), (150, STAND_Y - 66, 30, 4))
    pygame.draw.rect(surf, (190, 220, 230), (196, STAND_Y - 80, 10, 18))
    for k in range(4):
        pygame.draw.line(surf, (220, 200, 160), (198 + k * 2, STAND_Y - 86), (199 + k * 2, STAND_Y - 70))
    # the exam table: padded top, white paper roll, steel legs, a step
    top = STAND_Y - 46
    pygame.draw.rect(surf, (70, 90, 100), (400, top, 190, 14), border_radius=4)
    pygame.draw.rect(surf, (240, 240, 236), (420, top - 2, 170, 6))
    pygame.draw.rect(surf, (180, 184, 190), (410, top + 14, 170, 18))
    for lx in (414, 570):
        pygame.draw.rect(surf, (150, 154, 160), (lx, top + 32, 6, STAND_Y - top - 32))
    pygame.draw.rect(surf, (150, 154, 160), (440, STAND_Y - 14, 40, 8))
    # a skeleton's stand would be a cliche: a scale, with the weight slid far over
    pygame.draw.rect(surf, (190, 194, 200), (610, 120, 6, STAND_Y - 124))
    pygame.draw.rect(surf, (160, 164, 170), (596, STAND_Y - 8, 36, 8))
    pygame.draw.rect(surf, (90, 94, 100), (582, 120, 44, 4))
    pygame.draw.rect(surf, (230, 230, 236), (586, 117, 6, 6))


def paint(stage: Stage) -> pygame.Surface:
    surf = pygame.Surface((640, 360))
    _walls(surf)
    _window(surf)
    _furniture(surf)
    _lightbox(surf)
    rig = stage.person(surf, "doctor", people.TALKING, 320, STAND_Y, 1, "calm", 1.3)
    # Vito on the table, in his undershirt, feet dangling over the step
    stage.person(surf, "vito_vest", people.SIT, 460, STAND_Y - 16, -1, "calm", 1.3, shadow=False)
    # his shirt and jacket folded on the end of the table
    pygame.draw.rect(surf, (92, 74, 64), (546, STAND_Y - 56, 34, 8), border_radius=3)
    pygame.draw.rect(surf, (200, 200, 210), (550, STAND_Y - 61, 26, 6), border_radius=3)
    if rig is not None:  # the stethoscope round the doctor's neck
        nx, ny = 320 + rig.neck[0], STAND_Y - rig.neck[1]
        tube = ((nx - 6, ny), (nx - 4, ny + 16), (nx + 2, ny + 22), (nx + 6, ny + 4))
        pygame.draw.lines(surf, (40, 40, 46), False, tube, 2)
        pygame.draw.circle(surf, (190, 194, 200), (nx + 2, ny + 24), 3)
    return surf


def animate(surf: pygame.Surface, tick: int, stage: Stage) -> None:
    snowfall(surf, tick, pygame.Rect(WINDOW.x, WINDOW.bottom - 30, WINDOW.w, 30), 10, 9)
    if (tick // 5) % 23 == 0:  # the tube in the light box stutters
        layer = pygame.Surface(LIGHTBOX.size, pygame.SRCALPHA)
        layer.fill((0, 10, 20, 70))
        surf.blit(layer, LIGHTBOX.topleft)
    else:
        add_glow(surf, LIGHTBOX.center, 40, shade((20, 26, 30), 1.0), 0.3 + 0.1 * math.sin(tick * 0.7))
