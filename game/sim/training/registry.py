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


def controls(stage_id: str) -> tuple[Control, ...]:
    found: tuple[Control, ...] = stage_module(stage_id).CONTROLS
    return found
