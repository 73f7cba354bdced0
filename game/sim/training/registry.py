"""Makes a stage's simulation from its id: each stage module offers `make(content, config)` and `CONTROLS`."""

from __future__ import annotations

import importlib
from types import ModuleType

from game.content.library import Content
from game.sim.training.stage import Control, StageConfig, StageSim


def stage_module(stage_id: str) -> ModuleType:
    return importlib.import_module(f"game.sim.training.{stage_id}")


def make_stage(content: Content, config: StageConfig) -> StageSim:
    content.stage(config.stage)  # a clear error naming the stage when it is unknown
    sim: StageSim = stage_module(config.stage).make(content, config)
    return sim


TWO_PLAYER_STAGES = ("steps", "mitt_drill")  # a race up the steps; player two holding the mitts


def two_players(stage_id: str) -> bool:
    """Whether a stage has a two-player mode."""
    return stage_id in TWO_PLAYER_STAGES


def controls(stage_id: str, player: int = 0, assist: bool = False) -> tuple[Control, ...]:
    """What the intro card lists for a player (a stage where player two has another part offers CONTROLS_P2), with
    the stage's hold alternative to mashing (ASSIST_CONTROLS) when the setting is on."""
    module = stage_module(stage_id)
    if player and hasattr(module, "CONTROLS_P2"):
        found: tuple[Control, ...] = module.CONTROLS_P2
        return found
    extra: tuple[Control, ...] = module.ASSIST_CONTROLS if assist else ()
    return (*module.CONTROLS, *extra)


def pilot_run(content: Content, config: StageConfig) -> tuple[StageSim, list[tuple[int, int]]]:
    """The stage played start to finish by its own perfect pilot: the finished run, and every tick's inputs."""
    sim = make_stage(content, config)
    pilot = stage_module(config.stage).autoplay
    frames: list[tuple[int, int]] = []
    while not sim.finished:
        frame: tuple[int, int] = pilot(sim)
        frames.append(frame)
        sim.step(frame)
    return sim, frames
