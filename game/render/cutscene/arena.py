"""Fight night in Philadelphia: the game's own arena (the packed crowd, the lights, the ring), raised so the
canvas clears the dialogue box, with the ring announcer in the middle under the lights, Vito in his red robe in
his corner and Cole across the ring. The crowd moves and the camera flashes pop as in the fight itself.
"""

from __future__ import annotations

import pygame

from game.content.looks import Looks
from game.render.arena import Arena
from game.render.cutscene import people

FLOOR_Y = 236
EXCITEMENT = 0.75
_arena: list[Arena] = []
_cast: dict[int, tuple[Looks, pygame.Surface]] = {}


def _the_arena() -> Arena:
    if not _arena:
        _arena.append(Arena(left_rope_px=90, right_rope_px=550, floor_y=FLOOR_Y, seed=3))
    return _arena[0]


def paint(looks: Looks) -> pygame.Surface:
    """The arena changes every tick (the crowd), so it is all drawn in `animate`; this is the first frame."""
    surf = pygame.Surface((640, 360))
    animate(surf, 0, looks)
    return surf


def _people(looks: Looks) -> pygame.Surface:
    layer = pygame.Surface((640, 360), pygame.SRCALPHA)
    people.draw_person(layer, looks, "vito_robe", people.GUARD, 150, FLOOR_Y, 1, "calm", 1.0)
    people.draw_person(layer, looks, "cole_ring", people.GUARD, 492, FLOOR_Y, -1, "calm", 1.0)
    rig = people.draw_person(layer, looks, "announcer", people.MIC, 320, FLOOR_Y - 2, 1, "joy", 1.0)
    wx, wy = 320 + rig.rear_wrist[0], FLOOR_Y - 2 - rig.rear_wrist[1]
    pygame.draw.line(layer, (30, 30, 34), (wx, wy), (wx + 2, wy - 8), 3)
    pygame.draw.circle(layer, (80, 80, 86), (wx + 2, wy - 10), 3)
    pygame.draw.line(layer, (20, 20, 20), (wx, wy + 2), (wx - 10, FLOOR_Y - 4), 1)  # the mic cord
    return layer


def animate(surf: pygame.Surface, tick: int, looks: Looks) -> None:
    arena = _the_arena()
    arena.draw_back(surf, tick, EXCITEMENT)
    got = _cast.get(id(looks))
    if got is None or got[0] is not looks:
        got = (looks, _people(looks))
        _cast[id(looks)] = got
    surf.blit(got[1], (0, 0))
    arena.draw_front(surf, tick)
