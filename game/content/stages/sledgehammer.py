"""Sledgehammer's parameters (`levels/training/sledgehammer.toml` [params]): the streak, the meter, the swing."""

from __future__ import annotations

from dataclasses import dataclass

from game.content.reader import Reader


@dataclass(frozen=True)
class Params:
    streak_target: int
    rise_ticks_min: int
    rise_ticks_max: int
    full_min: int
    grip_ticks: int
    swing_ticks: int
    recover_ticks: int


def read_params(r: Reader) -> Params:
    p = Params(
        streak_target=r.integer("streak_target", 1, 100),
        rise_ticks_min=r.frames("rise_ticks_min", 4, 600),
        rise_ticks_max=r.frames("rise_ticks_max", 4, 600),
        full_min=r.integer("full_min", 1, 1000),
        grip_ticks=r.integer("grip_ticks", 0, 120),
        swing_ticks=r.frames("swing_ticks", 1, 120),
        recover_ticks=r.integer("recover_ticks", 0, 240),
    )
    if p.rise_ticks_min > p.rise_ticks_max:
        r.problem("rise_ticks_min", f"expected rise_ticks_min <= rise_ticks_max, got {p.rise_ticks_min} > "
                                    f"{p.rise_ticks_max}")
    r.done()
    return p
