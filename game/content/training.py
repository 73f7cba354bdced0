"""Training stages as data: `levels/training/<id>.toml` -> a frozen `StageSpec` (goal, grades, checkpoints).

Every stage file has a `[stage]` table read here (what every stage shares: name, goal, grade times, time limit,
checkpoint names, a fixed seed) and a `[params]` table read by the stage's own module,
`game/content/stages/<id>.py`, which offers `read_params(reader) -> Params`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from game.content.reader import Reader

# Every stage, in the order the story plays them (STORY.md beats 3 to 7); the full montage runs them in this order.
STAGE_IDS = ("road_run", "steps", "heavy_bag", "speed_bag", "mitt_drill", "tire_flips", "sledgehammer")
GRADES = ("gold", "silver", "bronze")  # best first
STATS = ("max_stamina", "recovery", "power", "hand_speed", "counter_window", "body_damage", "knockdown_power")


@dataclass(frozen=True)
class StageSpec:
    id: str
    name: str  # "The Steps"
    goal: str  # one sentence for the intro card
    raises: str  # the stat a grade raises in the story (one of STATS)
    seed: int  # every run of the stage meets the same conditions
    time_limit_frames: int  # the stage ends without a grade when the clock reaches it
    gold_frames: int  # finish within this many ticks for gold ...
    silver_frames: int
    bronze_frames: int  # ... and within this one for bronze; slower is finished but ungraded
    checkpoints: tuple[str, ...]  # split names in order; the last is the goal
    params: Any  # the stage's own frozen parameters (see game/content/stages/<id>.py)

    def grade(self, frames: int | None) -> str | None:
        """The medal a finish in `frames` ticks earns (None: not finished, or slower than bronze)."""
        if frames is None:
            return None
        for name, limit in zip(GRADES, (self.gold_frames, self.silver_frames, self.bronze_frames), strict=True):
            if frames <= limit:
                return name
        return None


def read_stage(r: Reader, stage_id: str) -> StageSpec | None:
    """Read one stage file; problems are recorded on the reader (None when the stage module is unknown)."""
    s = r.table_of("stage")
    name = s.text("name")
    goal = s.text("goal")
    raises = s.text("raises", choices=STATS)
    seed = s.integer("seed", 0, 2**31 - 1)
    limit = s.frames("time_limit_frames", 60, 60 * 60 * 30)
    gold = s.frames("gold_frames", 1, 60 * 60 * 30)
    silver = s.frames("silver_frames", 1, 60 * 60 * 30)
    bronze = s.frames("bronze_frames", 1, 60 * 60 * 30)
    checkpoints = s.strs("checkpoints")
    if not checkpoints:
        s.problem("checkpoints", "expected at least one checkpoint (the last is the goal)")
    if not gold <= silver <= bronze <= limit:
        s.problem("gold_frames", f"expected gold <= silver <= bronze <= time_limit_frames, got {gold}, {silver}, "
                                 f"{bronze}, {limit}")
    s.done()
    if stage_id not in STAGE_IDS:
        r.problem("", f"no training stage called {stage_id!r} (known: {', '.join(STAGE_IDS)})")
        return None
    module = importlib.import_module(f"game.content.stages.{stage_id}")  # a stage module that fails to import says why
    params = module.read_params(r.table_of("params"))
    r.done()
    return StageSpec(stage_id, name, goal, raises, seed, limit, gold, silver, bronze, checkpoints, params)
