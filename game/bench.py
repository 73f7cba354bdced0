"""`python -m game bench`: the performance figures of DESIGN.md, measured on this machine."""

from __future__ import annotations

import time
from typing import Any

from game.content.library import Content


def fight_ticks_per_second(content: Content) -> int:
    """A 12-round CPU-vs-CPU fight, headless; seeds are added until 12 rounds' worth of ticks have run."""
    from game.sim.bout import cpu_bout
    from game.sim.fight import FightConfig

    target = 12 * content.rules.round_frames
    ticks, seed, elapsed = 0, 0, 0.0
    while ticks < target:
        started = time.perf_counter()
        record = cpu_bout(content, FightConfig("vito", "cole", 12, seed), "normal", "normal")
        elapsed += time.perf_counter() - started
        ticks += record.fight.s.tick
        seed += 1
    return round(ticks / elapsed)


def run_bench(content: Content) -> dict[str, Any]:
    return {"fight_ticks_per_second": fight_ticks_per_second(content)}
