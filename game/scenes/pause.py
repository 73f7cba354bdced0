"""The pause menu over a fight: resume, restart, controls, quit to the menu. Esc resumes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.scenes.menu import Item, MenuScene

if TYPE_CHECKING:
    from game.app import App
    from game.scenes.fight import FightScene


class PauseScene(MenuScene):
    title = "PAUSED"
    opaque = False

    def __init__(self, app: App, fight: FightScene) -> None:
        super().__init__(app)
        self.fight = fight
        self.items = [
            Item("Resume", app.pop),
            Item("Restart the fight", self.restart),
            Item("Controls", self.controls),
            Item("Quit to the menu", self.quit_to_menu, note="The fight is abandoned."),
        ]

    def draw(self, surface: pygame.Surface) -> None:
        shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        shade.fill((0, 0, 0, 140))
        surface.blit(shade, (0, 0))
        super().draw(surface)

    def restart(self) -> None:
        self.app.pop()
        self.fight.restart()

    def controls(self) -> None:
        from game.scenes.controls import ControlsScene

        self.app.push(ControlsScene(self.app, opaque=False))

    def quit_to_menu(self) -> None:
        from game.scenes.title import MainMenu

        while self.app.scenes and not isinstance(self.app.top, MainMenu):
            self.app.scenes.pop()
        if not self.app.scenes:
            from game.scenes.title import TitleScene

            self.app.push(TitleScene(self.app))
        self.app.trace("scene MainMenu")
