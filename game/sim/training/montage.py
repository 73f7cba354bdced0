"""The full montage: every training stage in story order as one run, one clock.

Every tick played counts, resets included: a RESET press starts the current stage over and the clock keeps
running; a stage that runs out of time starts over the same way. A stage finished is a split; the next stage
begins on the next tick (the scene may show a card in between without stepping, which never counts).
"""

from __future__ import annotations

from dataclasses import dataclass

from game.content.library import Content
from game.content.training import STAGE_IDS, StageSpec
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.training.registry import make_stage
from game.sim.training.stage import StageConfig, StageResult, StageSim, digest

MONTAGE = "montage"


def segment_end(run: StageSim | Montage) -> str:
    """The event that ends one of a run's segments: a stage's checkpoint ("split"); in the montage, a whole stage
    ("stage_done": its segments are the stages, so a stage's own checkpoints are not splits of it)."""
    return "stage_done" if isinstance(run, Montage) else "split"


def montage_spec(content: Content) -> StageSpec:
    """The montage as one stage: a checkpoint per stage, medal times the sums of the stages' own."""
    specs = [content.stage(s) for s in STAGE_IDS]
    return StageSpec(
        MONTAGE, "The Full Montage", "Every stage in story order, one clock: resets count.", "max_stamina", 0,
        sum(s.time_limit_frames for s in specs) * 3, sum(s.gold_frames for s in specs),
        sum(s.silver_frames for s in specs), sum(s.bronze_frames for s in specs),
        tuple(s.name for s in specs), None)


@dataclass
class _Run:
    tick: int = 0
    index: int = 0
    splits: tuple[int, ...] = ()
    resets: int = 0
    last: int = 0
    finish_tick: int | None = None


class Montage:
    def __init__(self, content: Content, assist: bool = False) -> None:
        self.content = content
        self.spec = montage_spec(content)
        self.config = StageConfig(MONTAGE, assist=assist)
        self.run = _Run()
        self.current: StageSim = self._make(0)

    def _make(self, index: int) -> StageSim:
        return make_stage(self.content, StageConfig(STAGE_IDS[index], assist=self.config.assist))

    @property
    def finished(self) -> bool:
        return self.run.finish_tick is not None

    @property
    def stage_id(self) -> str:
        return STAGE_IDS[self.run.index]

    def step(self, inputs: tuple[int, int]) -> list[Event]:
        r = self.run
        if self.finished:
            return []
        r.tick += 1
        pressed = inputs[0] & ~r.last
        r.last = inputs[0]
        if pressed & Action.RESET:
            return self._reset("reset")
        events = self.current.step((inputs[0] & ~Action.RESET, 0))
        if self.current.finished:
            if not self.current.result().success:
                return [*events, *self._reset("time_up")]
            r.splits = (*r.splits, r.tick)
            events.append(Event("stage_done", 0, self.stage_id, len(r.splits)))
            if r.index + 1 == len(STAGE_IDS):
                r.finish_tick = r.tick
                events.append(Event("finish", 0, MONTAGE, r.tick))
            else:
                r.index += 1
                self.current = self._make(r.index)
        elif r.tick >= self.spec.time_limit_frames:
            r.finish_tick = r.tick
            events.append(Event("time_up", 0, MONTAGE, r.tick))
        return events

    def _reset(self, why: str) -> list[Event]:
        self.run.resets += 1
        self.current = self._make(self.run.index)
        return [Event("reset", 0, self.stage_id, self.run.resets, why)]

    def result(self) -> StageResult:
        r = self.run
        done = r.finish_tick is not None and len(r.splits) == len(STAGE_IDS)
        frames = r.finish_tick if r.finish_tick is not None else r.tick
        return StageResult(done, frames, self.spec.grade(frames) if done else None, r.splits)

    def state_hash(self) -> str:
        r = self.run
        return digest(r.tick, r.index, r.splits, r.resets, r.last, r.finish_tick, self.current.state_hash())

    def progress(self) -> str:
        return f"Stage {self.run.index + 1} of {len(STAGE_IDS)}: {self.current.spec.name}"
