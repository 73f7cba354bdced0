"""Playing a bout headless: CPU controllers (or any input sources) feeding a Fight until it is over."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from game.content.library import Content
from game.sim.cpu import CpuController
from game.sim.fight import Fight, FightConfig

InputSource = Callable[[Fight], int]

MAX_TICKS = 400_000  # far beyond a 12-round fight with every count and break: a guard against a stuck loop


@dataclass
class BoutRecord:
    fight: Fight
    inputs: list[tuple[int, int]]


def cpu_source(content: Content, fighter_id: str, level: str, side: int, seed: int) -> InputSource:
    controller = CpuController(content.fighter(fighter_id), content.cpu_levels[level], side, seed)
    return controller.decide


def run_bout(content: Content, config: FightConfig, sources: tuple[InputSource, InputSource],
             record: bool = False) -> BoutRecord:
    fight = Fight(content, config)
    inputs: list[tuple[int, int]] = []
    p1, p2 = sources
    while not fight.finished and fight.s.tick < MAX_TICKS:
        frame = (p1(fight), p2(fight))
        if record:
            inputs.append(frame)
        fight.step(frame)
    return BoutRecord(fight, inputs)


def cpu_bout(content: Content, config: FightConfig, ai1: str = "normal", ai2: str = "normal",
             record: bool = False) -> BoutRecord:
    sources = (cpu_source(content, config.p1, ai1, 0, config.seed),
               cpu_source(content, config.p2, ai2, 1, config.seed))
    return run_bout(content, config, sources, record)
