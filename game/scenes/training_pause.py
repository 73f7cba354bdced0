"""The pause menu over a training stage: resume, restart (the same fixed seed), controls, back to training."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.scenes.menu import Item, MenuScene
from game.scenes.pause import resume_unless_a_pad_is_missing, shade_under

if TYPE_CHECKING:
    from game.app import App
    from game.scenes.training import TrainingScene


class TrainingPause(MenuScene):
    title = "PAUSED"
    opaque = False

    def __init__(self, app: App, stage: TrainingScene) -> None:
        super().__init__(app)
        self.stage = stage
        self.items = [
            Item("Resume", self.resume),
            Item("Restart", self.restart, note="The same stage from the start; the clock starts over. "
                                                "The reset button does it at once, without this menu."),
            Item("Leave the stage", self.leave, note="Back to the training menu; the attempt counts, as a reset "
                                                      "does."),
        ]

    def resume(self) -> None:
        resume_unless_a_pad_is_missing(self, self.stage.players)

    def draw(self, surface: pygame.Surface) -> None:
        shade_under(surface)
        super().draw(surface)

    def restart(self) -> None:
        self.app.pop()
        self.stage.restart()

    def leave(self) -> None:
        self.app.pop()
        self.stage.leave()
