"""The pause menu over a fight: resume, restart, controls, quit to the menu. Esc resumes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.input.keyboard import SOLO
from game.render.text import WHITE, draw_text, panel
from game.scenes.menu import Item, MenuScene
from game.sim.inputs import Action

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
        box = pygame.Rect(40, 290, 560, 38)
        panel(surface, box, 215)
        keys = SOLO
        first = (f"Move {keys.name(Action.LEFT)}/{keys.name(Action.RIGHT)}   Down {keys.name(Action.DOWN)}   "
                 f"Block {keys.name(Action.BLOCK)}   Slip {keys.name(Action.SLIP)}")
        second = (f"Jab {keys.name(Action.JAB)}   Straight {keys.name(Action.STRAIGHT)}   "
                  f"Hook {keys.name(Action.HOOK)}   Uppercut {keys.name(Action.UPPERCUT)}   "
                  f"Haymaker {keys.name(Action.POWER)}")
        draw_text(surface, self.app.fonts, first, (320, 294), 15, WHITE, "center")
        draw_text(surface, self.app.fonts, second, (320, 310), 15, WHITE, "center")

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
