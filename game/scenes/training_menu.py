"""The training menu: every stage of the montage with its medal times and personal best."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.content.training import STAGE_IDS
from game.scenes.menu import Item, MenuScene
from game.sim.training.category import category_key
from game.sim.training.montage import MONTAGE
from game.sim.training.stage import igt_text

if TYPE_CHECKING:
    from game.app import App


class TrainingMenu(MenuScene):
    title = "TRAINING"
    subtitle = "Every stage has a gold, silver and bronze time. Beat your best."

    def __init__(self, app: App, backdrop: Callable[[pygame.Surface], None] | None = None) -> None:
        super().__init__(app)
        self.backdrop = backdrop
        if app.settings.accessibility.getup_hold:  # the times beside the stages are the hold runs' own
            self.subtitle = "Hold instead of mash is on: these are its own personal bests."
        self.items = []
        for stage_id in STAGE_IDS:
            if stage_id not in app.content.training:
                continue
            spec = app.content.training[stage_id]
            self.items.append(Item(spec.name, self.opener(stage_id), value=self.best(stage_id), note=spec.goal))
        if all(s in app.content.training for s in STAGE_IDS):
            self.items.append(Item("The Full Montage", self.opener(MONTAGE), value=self.best(MONTAGE),
                                   note="Every stage in story order on one clock. Resets count."))
        if "steps" in app.content.training:
            self.items.append(Item("Steps race (2 players)", self.opener("steps", 2),
                                   note="Two players race up the museum steps, side by side on a split screen."))
        if "mitt_drill" in app.content.training:
            self.items.append(Item("Mitt drill (2 players)", self.opener("mitt_drill", 2),
                                   note="Player two holds the mitts and throws Viktor's punches; player one "
                                        "slips, blocks and counters."))
        self.items.append(Item("Back", self.back))

    def best(self, stage_id: str) -> Callable[[], str]:
        """The personal best for the setting a run would be played with now (hold instead of mash, or not)."""
        def text() -> str:
            assist = self.app.settings.accessibility.getup_hold
            best = self.app.records_store().best(category_key(stage_id, assist))
            return igt_text(best) if best is not None else "-:--.---"
        return text

    def opener(self, stage_id: str, players: int = 1) -> Callable[[], None]:
        def pick() -> None:
            from game.scenes.training import TrainingScene

            if players == 1:
                self.app.inputs.solo()
                self.app.push(TrainingScene(self.app, stage_id, players))
                return
            from game.scenes.join import JoinScene  # two players: each takes a side with a device first

            def start() -> None:
                self.app.replace(TrainingScene(self.app, stage_id, players))

            self.app.push(JoinScene(self.app, start, self.backdrop))
        return pick
