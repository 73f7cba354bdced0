"""Watching a replay in the window: the recorded inputs drive the same scene a player would see."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from game.scenes.fight import FightScene
from game.sim.fight import FightConfig
from game.sim.replay import Frame

if TYPE_CHECKING:
    from game.app import App


class FightReplayScene(FightScene):
    """A recorded fight: both corners' inputs come from the replay, tick by tick."""

    def __init__(self, app: App, config: FightConfig, frames: Iterator[Frame]) -> None:
        super().__init__(app, config, "normal", demo=True)
        self.frames = frames
        self.labels = ("RED", "BLUE")

    def inputs(self) -> tuple[int, int]:
        return next(self.frames, (0, 0))

    def restart(self) -> None:
        self.app.pop()  # a replay is watched once; back to where it was opened from
