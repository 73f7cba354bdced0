"""What one panel puts in its picture: the variant of the place and who is in it.

A place's painter draws every person it can show through its Stage: `person` draws one of the cast in a pose (and
nobody the panel's cast leaves out), `take` says whether to draw someone drawn some other way (the referee, a crowd
of kids) and counts him drawn, `embrace` draws two of them holding each other. `drawn` is then who the picture really
shows, which the tests hold against the cast. View-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.content.arenas import ArenaSpec
from game.content.looks import Looks
from game.render.cutscene import people
from game.render.pose import Values
from game.render.pose_rig import Rig

HUG_GAP_PX = 46


@dataclass
class Stage:
    looks: Looks
    variant: str = ""
    cast: frozenset[str] = frozenset()
    arena: ArenaSpec | None = None  # the house of the story's fight, for the arena's panels
    drawn: set[str] = field(default_factory=set)
    layers: dict[str, pygame.Surface] = field(default_factory=dict)  # a place's own cached layers

    def take(self, who: str) -> bool:
        """Whether the cast has `who`, counting him drawn if so (for people drawn other than by `person`)."""
        if who not in self.cast:
            return False
        self.drawn.add(who)
        return True

    def person(self, surface: pygame.Surface, dress: str, pose: Values, x: int, floor_y: int, facing: int = 1,
               face: str = "calm", scale: float = 1.0, shadow: bool = True) -> Rig | None:
        """One of the cast in `pose` (see people.draw_person); `dress` is a person of people.py, whose cast id is
        its first word (vito_sweats is vito). Nothing, and None, when the panel's cast leaves him out."""
        if not self.take(dress.partition("_")[0]):
            return None
        return people.draw_person(surface, self.looks, dress, pose, x, floor_y, facing, face, scale, shadow)

    def embrace(self, surface: pygame.Surface, left: str, right: str, x: int, floor_y: int, scale: float,
                faces: tuple[str, str] = ("calm", "calm")) -> None:
        """`left` (facing right) and `right` (facing left) holding each other either side of `x`: `right` is drawn
        first, `left` over him, then `right`'s near forearm again over `left`'s back, so each holds the other."""
        layer = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        gap = round(HUG_GAP_PX * scale)  # their feet apart; their heads meet over them
        rx, lx = x + gap // 2, x - gap // 2
        rig = self.person(layer, right, people.HUG, rx, floor_y, -1, faces[1], scale)
        surface.blit(layer, (0, 0))
        self.person(surface, left, people.HUG, lx, floor_y, 1, faces[0], scale)
        if rig is None:
            return
        (ex, ey), (wx, wy) = ((rx - p[0], floor_y - p[1]) for p in (rig.rear_elbow, rig.rear_wrist))
        mid = ((ex + wx) / 2, (ey + wy) / 2)
        reach = round(7 * scale)
        arm = pygame.Rect(0, 0, 0, 0)
        arm.update(min(mid[0], wx) - reach, min(mid[1], wy) - reach, abs(wx - mid[0]) + 2 * reach,
                   abs(wy - mid[1]) + 2 * reach)
        surface.blit(layer, arm.topleft, arm)
