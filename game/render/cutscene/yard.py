"""The yard behind the gym (the training yard's own backdrop, raised so the ground clears the dialogue box): the
tractor tire lying in the snow with the sledgehammer against it, Vito in his sweats getting his breath back, Tony
in the back door with his arms folded. The burn barrel's fire flickers, breath smokes, snow falls.
"""

from __future__ import annotations

import math

import pygame

from game.render.cutscene import people
from game.render.cutscene.paint import SNOW, add_glow, puff, snowfall
from game.render.cutscene.stage import Stage
from game.render.training.yard import WALL_BASE_Y, draw_tire, yard_backdrop

LIFT = 44  # the backdrop is drawn this much higher than in the training stage
CAM_X = 40
STAND_Y = 262
VITO_X = 452
BARREL = (407 - CAM_X, WALL_BASE_Y - 26 - LIFT)
_mouth: list[float] = [VITO_X + 14, STAND_Y - 110]


def paint(stage: Stage) -> pygame.Surface:
    surf = pygame.Surface((640, 360))
    back = yard_backdrop(1000)
    surf.blit(back, (0, -LIFT), pygame.Rect(CAM_X, 0, 640, 360))
    surf.blit(back, (0, 360 - LIFT), pygame.Rect(CAM_X, 360 - LIFT, 640, LIFT))  # more snow under the raised yard
    stage.person(surf, "tony", people.ARMS_FOLDED, 292 - CAM_X + 18, WALL_BASE_Y - LIFT + 2, 1, "calm", 1.0)
    draw_tire(surf, 556, STAND_Y - 8, 0.0, 120, 26)
    pygame.draw.ellipse(surf, SNOW, (496, STAND_Y + 2, 130, 8))
    # the sledgehammer leaning on the tire
    pygame.draw.line(surf, (120, 86, 52), (516, STAND_Y - 2), (548, STAND_Y - 66), 4)
    pygame.draw.line(surf, (160, 120, 80), (517, STAND_Y - 3), (548, STAND_Y - 65), 1)
    pygame.draw.rect(surf, (70, 70, 78), (510, STAND_Y - 6, 22, 12), border_radius=2)
    rig = stage.person(surf, "vito_sweats", people.STAND_TIRED, VITO_X, STAND_Y, 1, "effort", 1.3)
    if rig is not None:
        _mouth[:] = [VITO_X + rig.head[0] + 14, STAND_Y - rig.head[1] + 4]
    return surf


def animate(surf: pygame.Surface, tick: int, stage: Stage) -> None:
    x, y = BARREL
    for i, (dx, h, col) in enumerate(((-6, 12, (236, 90, 30)), (0, 17, (250, 150, 40)), (6, 11, (236, 100, 34)),
                                      (0, 9, (255, 226, 120)))):
        hh = h + 3 * math.sin(tick * 0.37 + i * 1.9)
        sway = 2 * math.sin(tick * 0.21 + i)
        pygame.draw.polygon(surf, col, ((x + dx - 5, y + 2), (x + dx + 5, y + 2), (x + dx + sway, y - hh)))
    add_glow(surf, (x, y - 6), 34, (70, 36, 10), 0.7 + 0.2 * math.sin(tick * 0.5))
    for k in range(3 if "vito" in stage.drawn else 0):  # his breath, hard, in the cold
        age = (tick + k * 16) % 48
        t = age / 48
        puff(surf, _mouth[0] + t * 22, _mouth[1] - t * 12, 2 + round(t * 7), (246, 248, 255), round(170 * (1 - t)))
    snowfall(surf, tick, pygame.Rect(0, 0, 640, 250), 70, 29)
