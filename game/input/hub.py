"""Every input device behind one door: per tick, one InputFrame per player; for menus, one command per press.

Scenes ask `app.inputs.frame(player)` once a tick, `app.inputs.label(player, action)` for on-screen prompts, and
`app.inputs.menu(event)` to turn any device's press into a menu command.
"""

from __future__ import annotations

from enum import StrEnum

import pygame

from game.input.keyboard import SOLO, KeyBindings
from game.sim.inputs import Action


class Menu(StrEnum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    CONFIRM = "confirm"
    BACK = "back"
    PAUSE = "pause"


_MENU_KEYS = {
    pygame.K_UP: Menu.UP, pygame.K_w: Menu.UP, pygame.K_DOWN: Menu.DOWN, pygame.K_s: Menu.DOWN,
    pygame.K_LEFT: Menu.LEFT, pygame.K_a: Menu.LEFT, pygame.K_RIGHT: Menu.RIGHT, pygame.K_d: Menu.RIGHT,
    pygame.K_RETURN: Menu.CONFIRM, pygame.K_KP_ENTER: Menu.CONFIRM, pygame.K_SPACE: Menu.CONFIRM,
    pygame.K_j: Menu.CONFIRM, pygame.K_ESCAPE: Menu.BACK, pygame.K_BACKSPACE: Menu.BACK,
}


class Inputs:
    def __init__(self) -> None:
        self.keys: list[KeyBindings] = [SOLO, SOLO]

    def handle(self, event: pygame.event.Event) -> None:
        """Device bookkeeping for an event (hot-plug, held buttons)."""

    def frame(self, player: int) -> int:
        """The InputFrame of `player` (0 or 1) on this tick."""
        return self.keys[player].frame(pygame.key.get_pressed())

    def label(self, player: int, action: Action) -> str:
        """The name of the key or button that does `action` for `player`, for prompts."""
        return self.keys[player].name(action)

    def menu(self, event: pygame.event.Event) -> Menu | None:
        """The menu command a press means, from any device."""
        if event.type == pygame.KEYDOWN:
            return _MENU_KEYS.get(event.key)
        return None
