"""What every scene offers the app: handle an event, advance one tick, draw onto the 640x360 canvas."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from game.app import App


class Scene:
    opaque = True  # False: the scene below shows through (overlays such as the pause menu)

    def __init__(self, app: App) -> None:
        self.app = app

    def handle(self, event: pygame.event.Event) -> None:
        """A pygame event arrived (keys for menus; fight input is read per tick instead)."""

    def update(self) -> None:
        """One tick of 1/60 s."""

    def draw(self, surface: pygame.Surface) -> None:
        """Draw onto the logical canvas."""

    def on_focus_lost(self) -> None:
        """The window lost focus: scenes with something running pause themselves."""


def fill_backdrop(surface: pygame.Surface, backdrop: Callable[[pygame.Surface], None] | None) -> None:
    """Behind a full-screen menu: the given backdrop (the dimmed arena), or a plain dark fill."""
    if backdrop is not None:
        backdrop(surface)
    else:
        surface.fill((20, 16, 24))
