"""Fight night: the game's own arena (the packed crowd, the lights, the ring) dressed as the story's house, raised so
the canvas clears the dialogue box. The variants:

    ""            the introductions: the ring announcer in the middle under the lights, Vito in his red robe in his
                  corner, Cole across the ring
    instructions  the referee (the fight's own) between them, both gloves out and touching
    decision      after twelve rounds, spent and marked: the referee between them, the announcer with the cards
    interview     a reporter's microphone through the ropes at Vito, Tony beside him with the towel
    embrace       Vito and Cole holding each other up; Rob climbing through the ropes
    son           Rob holding his father in the middle of the ring, Tony beside them

The crowd moves and the camera flashes pop as in the fight itself.
"""

from __future__ import annotations

import pygame

from game.content.arenas import ArenaSpec
from game.render.arena import Arena
from game.render.cutscene import people
from game.render.cutscene.stage import Stage
from game.render.pose_rig import Rig
from game.render.referee import draw_referee

FLOOR_Y = 236
REF_BACK_PX = 14  # the referee a little up the canvas, behind the men he stands between
EXCITEMENT = {"": 0.75, "instructions": 0.8, "decision": 0.55, "interview": 0.9, "embrace": 1.0, "son": 1.0}
_arenas: dict[ArenaSpec | None, Arena] = {}


def _the_arena(spec: ArenaSpec | None) -> Arena:
    got = _arenas.get(spec)
    if got is None:
        got = _arenas[spec] = Arena(left_rope_px=90, right_rope_px=550, floor_y=FLOOR_Y, seed=3, spec=spec)
    return got


def paint(stage: Stage) -> pygame.Surface:
    """The arena changes every tick (the crowd), so it is all drawn in `animate`; this is the first frame."""
    surf = pygame.Surface((640, 360))
    animate(surf, 0, stage)
    return surf


def _mic(layer: pygame.Surface, rig: Rig, x: int, floor_y: int, facing: int, cord: bool = True) -> None:
    """A hand microphone in the rear hand (the one raised to the mouth or held out)."""
    wx, wy = x + facing * rig.rear_wrist[0], floor_y - rig.rear_wrist[1]
    pygame.draw.line(layer, (30, 30, 34), (wx, wy), (wx + 2 * facing, wy - 8), 3)
    pygame.draw.circle(layer, (80, 80, 86), (wx + 2 * facing, wy - 10), 3)
    if cord:
        pygame.draw.line(layer, (20, 20, 20), (wx, wy + 2), (wx - 10 * facing, floor_y - 4), 1)


def _introductions(layer: pygame.Surface, stage: Stage) -> None:
    stage.person(layer, "vito_robe", people.GUARD, 150, FLOOR_Y, 1, "calm", 1.0)
    stage.person(layer, "cole_ring", people.GUARD, 492, FLOOR_Y, -1, "calm", 1.0)
    rig = stage.person(layer, "announcer", people.MIC, 320, FLOOR_Y - 2, 1, "joy", 1.0)
    if rig is not None:
        _mic(layer, rig, 320, FLOOR_Y - 2, 1)


def _instructions(layer: pygame.Surface, stage: Stage) -> None:
    if stage.take("referee"):
        draw_referee(layer, 320, FLOOR_Y - REF_BACK_PX, 0, "separate")
    stage.person(layer, "vito_robe", people.TOUCH_GLOVES, 274, FLOOR_Y, 1, "calm", 1.0)
    stage.person(layer, "cole_ring", people.TOUCH_GLOVES, 368, FLOOR_Y, -1, "calm", 1.0)


def _decision(layer: pygame.Surface, stage: Stage) -> None:
    if stage.take("referee"):
        draw_referee(layer, 322, FLOOR_Y - REF_BACK_PX, 0, "watch")
    stage.person(layer, "vito_ring", people.STAND_TIRED, 252, FLOOR_Y, 1, "hurt", 1.0)
    stage.person(layer, "cole_ring", people.STAND_TIRED, 392, FLOOR_Y, -1, "effort", 1.0)
    rig = stage.person(layer, "announcer", people.MIC, 482, FLOOR_Y, -1, "calm", 1.0)
    if rig is not None:
        _mic(layer, rig, 482, FLOOR_Y, -1)
        pygame.draw.rect(layer, (236, 232, 214), (482 - 24, FLOOR_Y - 52, 9, 12))  # the cards in his other hand


def _interview(layer: pygame.Surface, stage: Stage) -> None:
    rig = stage.person(layer, "tony", people.ARMS_FOLDED, 214, FLOOR_Y, 1, "joy", 1.0)
    if rig is not None:  # the towel over his shoulder
        sx, sy = 214 + rig.neck[0], FLOOR_Y - rig.neck[1]
        pygame.draw.polygon(layer, (236, 236, 230), ((sx - 6, sy - 1), (sx + 5, sy), (sx + 3, sy + 26),
                                                     (sx - 5, sy + 24)))
    stage.person(layer, "vito_ring", people.STAND_TIRED, 302, FLOOR_Y, 1, "joy", 1.0)
    rig = stage.person(layer, "reporter_a", people.MIC_OUT, 448, FLOOR_Y + 14, -1, "calm", 1.0)
    if rig is not None:
        _mic(layer, rig, 448, FLOOR_Y + 14, -1, cord=False)


def _son(layer: pygame.Surface, stage: Stage) -> None:
    rig = stage.person(layer, "tony", people.ARMS_FOLDED, 438, FLOOR_Y, -1, "joy", 1.0)
    if rig is not None:  # the towel over his shoulder
        sx, sy = 438 - rig.neck[0], FLOOR_Y - rig.neck[1]
        pygame.draw.polygon(layer, (236, 236, 230), ((sx + 6, sy - 1), (sx - 5, sy), (sx - 3, sy + 26),
                                                     (sx + 5, sy + 24)))
    stage.embrace(layer, "vito_ring", "rob", 300, FLOOR_Y, 1.0, ("joy", "joy"))


def _embrace(layer: pygame.Surface, stage: Stage) -> None:
    stage.person(layer, "rob", people.THROUGH_ROPES, 132, FLOOR_Y + 6, 1, "joy", 1.0)
    stage.embrace(layer, "vito_ring", "cole_ring", 320, FLOOR_Y, 1.0, ("joy", "calm"))


VARIANTS = {"": _introductions, "instructions": _instructions, "decision": _decision, "interview": _interview,
            "embrace": _embrace, "son": _son}


def _people(stage: Stage) -> pygame.Surface:
    layer = pygame.Surface((640, 360), pygame.SRCALPHA)
    VARIANTS[stage.variant](layer, stage)
    return layer


def animate(surf: pygame.Surface, tick: int, stage: Stage) -> None:
    arena = _the_arena(stage.arena)
    arena.draw_back(surf, tick, EXCITEMENT[stage.variant])
    layer = stage.layers.get("people")
    if layer is None:
        layer = stage.layers["people"] = _people(stage)
    surf.blit(layer, (0, 0))
    arena.draw_front(surf, tick)
