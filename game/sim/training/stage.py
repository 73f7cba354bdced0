"""What every training stage shares: its config, the clock that keeps in-game time and splits, and its hash.

A stage module (`game/sim/training/<id>.py`) offers `make(content, config) -> StageSim` and `CONTROLS`, the
actions its intro card explains. Its first `step` is the first tick the player has control (the countdown before
it belongs to the scene), so in-game time is simply the number of ticks stepped up to the goal.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from typing import Protocol

from game.content.rules import TICKS_PER_SECOND
from game.content.training import StageSpec
from game.sim.events import Event
from game.sim.inputs import Action

DT = 1.0 / TICKS_PER_SECOND  # the fixed physics step of the pymunk stages: one tick
PERMILLE = 1000


@dataclass(frozen=True)
class StageConfig:
    stage: str
    seed: int = 0  # 0: the stage's own fixed seed from its data
    players: int = 1  # 2: a head-to-head race where the stage offers one (the steps)
    assist: bool = False  # the rhythm or hold alternative to mashing (accessibility)


@dataclass(frozen=True)
class Control:
    text: str  # "Climb: alternate"
    actions: tuple[Action, ...]  # the buttons it names, shown with the player's device names


@dataclass(frozen=True)
class StageResult:
    success: bool
    frames: int  # in-game time in ticks (the goal tick, or the ticks played when it ended without reaching it)
    grade: str | None
    splits: tuple[int, ...]  # the tick of each checkpoint reached
    winner: int = -1  # a two-player race: the player who finished first (-1: none or one player)
    times: tuple[int | None, ...] = ()  # a two-player race: each player's time in ticks (None: did not finish)


@dataclass
class StageClock:
    """In-game time, splits and the finish of one player's run of a stage."""

    spec: StageSpec
    tick: int = 0
    splits: list[int] = field(default_factory=list)
    finish_tick: int | None = None
    success: bool = False

    @property
    def finished(self) -> bool:
        return self.finish_tick is not None

    @property
    def frames(self) -> int:
        return self.finish_tick if self.finish_tick is not None else self.tick

    def advance(self) -> None:
        if not self.finished:
            self.tick += 1

    def split(self, events: list[Event], side: int = 0) -> None:
        """Record the next checkpoint at this tick; the last checkpoint is the goal and finishes the run."""
        if self.finished or len(self.splits) >= len(self.spec.checkpoints):
            return
        self.splits.append(self.tick)
        events.append(Event("split", side, self.spec.checkpoints[len(self.splits) - 1], len(self.splits)))
        if len(self.splits) == len(self.spec.checkpoints):
            self.finish(True, events, side)

    def finish(self, success: bool, events: list[Event], side: int = 0, why: str = "") -> None:
        """End the run at this tick: the goal reached, or not ("time_up", unless `why` names another reason)."""
        if self.finished:
            return
        self.finish_tick = self.tick
        self.success = success
        events.append(Event("finish" if success else why or "time_up", side, value=self.tick))

    def split_by_share(self, done: int, target: int, events: list[Event], side: int = 0) -> None:
        """Record every checkpoint that `done` of `target` has reached: of n checkpoints, the k-th at k/n of the
        target (the last at the target itself, the goal)."""
        n = len(self.spec.checkpoints)
        while not self.finished and len(self.splits) < n and done * n >= target * (len(self.splits) + 1):
            self.split(events, side)

    def check_time_limit(self, events: list[Event], side: int = 0) -> None:
        if not self.finished and self.tick >= self.spec.time_limit_frames:
            self.finish(False, events, side)

    def result(self, winner: int = -1) -> StageResult:
        grade = self.spec.grade(self.finish_tick) if self.success else None
        return StageResult(self.success, self.frames, grade, tuple(self.splits), winner)

    def key(self) -> tuple[object, ...]:
        return (self.tick, tuple(self.splits), self.finish_tick, self.success)


class ClockedStage:
    """What a one-player stage reads off its clock: whether it is over, and how it went."""

    clock: StageClock

    @property
    def finished(self) -> bool:
        return self.clock.finished

    def result(self) -> StageResult:
        return self.clock.result()


class StageSim(Protocol):
    """What the scene, the replays and the tests need of a stage."""

    spec: StageSpec
    config: StageConfig

    def step(self, inputs: tuple[int, int]) -> list[Event]: ...

    @property
    def finished(self) -> bool: ...

    def result(self) -> StageResult: ...

    def state_hash(self) -> str: ...

    def progress(self) -> str:
        """A short line for the HUD: "Step 36 of 72", "Damage 410 / 1000"."""
        ...


def triangle_permille(ticks: int, rise_ticks: int) -> int:
    """A meter `ticks` ticks in: up from 0 to 1000 (permille) in `rise_ticks`, back down in as many, and again."""
    pos = ticks % (2 * rise_ticks)
    if pos > rise_ticks:
        pos = 2 * rise_ticks - pos
    return pos * PERMILLE // rise_ticks


def make_rng(spec: StageSpec, config: StageConfig) -> random.Random:
    return random.Random(config.seed or spec.seed)


def digest(*parts: object) -> str:
    """A stable hash of plain values (ints, floats, strings, tuples): repr is exact for all of them."""
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def rng_key(rng: random.Random) -> str:
    return digest(rng.getstate())


def igt_text(frames: int) -> str:
    """In-game time as speedrun timers show it: m:ss.mmm, milliseconds truncated (ticks * 1000 // 60)."""
    ms = frames * 1000 // TICKS_PER_SECOND
    return f"{ms // 60000}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"
