"""The input display: which buttons each player holds on this tick, and a strip of the recent ticks (a piano roll,
newest on the right), one panel per player in the bottom corners. Switched on in Settings > Input display.

Any scene can use it: make an `InputDisplay(players)`, `record(frames)` once a tick with the InputFrames the
simulation got, and `draw(surface, fonts, names)` when the setting is on.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from functools import lru_cache

import pygame

from game.render.text import BLUE, GREY, RED, WHITE, Fonts, draw_text
from game.sim.inputs import Action

HISTORY_TICKS = 60
CELL = 13
ROW_PX = 2

# (action, cell caption, colour when held); the directions are drawn as arrows
SHOWN: tuple[tuple[Action, str, tuple[int, int, int]], ...] = (
    (Action.LEFT, "<", (170, 190, 220)), (Action.RIGHT, ">", (170, 190, 220)),
    (Action.UP, "^", (170, 190, 220)), (Action.DOWN, "v", (170, 190, 220)),
    (Action.BLOCK, "B", (90, 200, 120)), (Action.SLIP, "S", (90, 200, 200)),
    (Action.JAB, "1", (250, 210, 90)), (Action.STRAIGHT, "2", (250, 180, 70)),
    (Action.HOOK, "3", (250, 140, 60)), (Action.UPPERCUT, "4", (240, 110, 60)),
    (Action.POWER, "P", (240, 70, 70)),
)
PANEL_W = CELL * len(SHOWN) + 12
PANEL_H = 14 + CELL + 6 + ROW_PX * len(SHOWN) + 6


class InputDisplay:
    def __init__(self, players: int = 1, history: int = HISTORY_TICKS) -> None:
        self.players = players
        self.history: list[deque[int]] = [deque([0] * history, maxlen=history) for _ in range(players)]

    def record(self, frames: Sequence[int]) -> None:
        """This tick's InputFrames, player one first."""
        for player, line in enumerate(self.history):
            line.append(frames[player] if player < len(frames) else 0)

    def held(self, player: int) -> int:
        return self.history[player][-1]

    def draw(self, surface: pygame.Surface, fonts: Fonts, names: Sequence[str] = ("P1", "P2"),
             bottom: int = 356) -> None:
        for player in range(self.players):
            x = 6 if player == 0 else surface.get_width() - 6 - PANEL_W
            draw_input_panel(surface, fonts, self.history[player], names[player] if player < len(names) else "",
                             (x, bottom - PANEL_H), (RED, BLUE)[player % 2])


def draw_input_panel(surface: pygame.Surface, fonts: Fonts, history: Sequence[int], name: str,
                     topleft: tuple[int, int], colour: tuple[int, int, int]) -> None:
    """One player's panel: the name, the buttons held now, and the strip of recent ticks under them."""
    x, y = topleft
    surface.blit(_panel_shade(), (x, y))
    pygame.draw.rect(surface, colour, (x, y, PANEL_W, 2))
    draw_text(surface, fonts, name, (x + 6, y + 3), 13, colour, bold=True, shadow=False)
    draw_text(surface, fonts, "inputs", (x + PANEL_W - 6, y + 3), 12, GREY, "right", shadow=False)
    now = history[-1] if history else 0
    cy = y + 16
    for i, (action, caption, lit) in enumerate(SHOWN):
        cell = pygame.Rect(x + 6 + i * CELL, cy, CELL - 2, CELL - 1)
        on = bool(now & action)
        pygame.draw.rect(surface, lit if on else (40, 36, 44), cell, border_radius=2)
        ink = (20, 16, 20) if on else (120, 114, 120)
        if caption in "<>^v":
            _arrow(surface, cell, caption, ink)
        else:
            draw_text(surface, fonts, caption, (cell.centerx, cell.top + 1), 13, ink, "center", shadow=False)
    roll_y = cy + CELL + 4
    roll_w = CELL * len(SHOWN)
    pygame.draw.rect(surface, (24, 22, 28), (x + 6, roll_y - 1, roll_w - 2, ROW_PX * len(SHOWN) + 2))
    n = len(history)
    col_w = max(1, (roll_w - 2) // max(1, n))
    left = x + 6 + (roll_w - 2) - col_w * n
    for t, frame in enumerate(history):
        if not frame:
            continue
        for i, (action, _, lit) in enumerate(SHOWN):
            if frame & action:
                surface.fill(lit, (left + t * col_w, roll_y + i * ROW_PX, col_w, ROW_PX))
    pygame.draw.line(surface, WHITE, (x + 4 + roll_w - 1, roll_y - 1), (x + 4 + roll_w - 1,
                                                                          roll_y + ROW_PX * len(SHOWN)))


@lru_cache(maxsize=1)
def _panel_shade() -> pygame.Surface:
    """The dark translucent back of a panel (its size is fixed: made once)."""
    shade = pygame.Surface((PANEL_W, PANEL_H), pygame.SRCALPHA)
    shade.fill((6, 5, 8, 190))
    return shade


def _arrow(surface: pygame.Surface, cell: pygame.Rect, caption: str, ink: tuple[int, int, int]) -> None:
    cx, cy = cell.center
    r = 3
    points = {"<": [(cx - r, cy), (cx + r, cy - r), (cx + r, cy + r)],
              ">": [(cx + r, cy), (cx - r, cy - r), (cx - r, cy + r)],
              "^": [(cx, cy - r), (cx - r, cy + r), (cx + r, cy + r)],
              "v": [(cx, cy + r), (cx - r, cy - r), (cx + r, cy - r)]}[caption]
    pygame.draw.polygon(surface, ink, points)
