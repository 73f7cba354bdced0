"""The mitt drill's numbers (`levels/training/mitt_drill.toml` [params]). Its frame data is not here: Viktor's
punches are his own moves from levels/fighters/viktor.toml, and the counter window is the engine's."""

from __future__ import annotations

from dataclasses import dataclass

from game.content.fighters import MOVE_IDS  # the punches a fighter can be asked to throw
from game.content.reader import Reader


@dataclass(frozen=True)
class Params:
    checkpoint_counters: tuple[int, ...]
    gap_px: int
    punches: tuple[str, ...]
    first_wait_frames: int
    rest_frames: int
    rest_jitter_frames: int
    clean_pop_frames: int

    @property
    def target(self) -> int:
        return self.checkpoint_counters[-1] if self.checkpoint_counters else 1


def read_params(r: Reader) -> Params:
    marks = r.ints("checkpoint_counters", lo=1)
    if not marks:
        r.problem("checkpoint_counters", "expected at least one count (the last is the target)")
    elif list(marks) != sorted(set(marks)):
        r.problem("checkpoint_counters", f"expected rising counts, got {list(marks)}")
    gap = r.integer("gap_px", 30, 120)
    punches = r.strs("punches")
    if not punches:
        r.problem("punches", "expected at least one punch")
    for name in punches:
        if name not in MOVE_IDS:
            r.problem("punches", f"expected punches from {', '.join(MOVE_IDS)}, got {name!r}")
    first = r.frames("first_wait_frames", 1, 600)
    rest = r.frames("rest_frames", 1, 600)
    jitter = r.frames("rest_jitter_frames", 0, 600)
    pop = r.frames("clean_pop_frames", 1, 600)
    r.done()
    return Params(marks, gap, tuple(p for p in punches if p in MOVE_IDS), first, rest, jitter, pop)
