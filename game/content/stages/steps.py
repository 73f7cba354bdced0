"""The museum steps' numbers (levels/training/steps.toml, `[params]`): the flights, the rhythm, the stumble and
the raised fists at the top."""

from __future__ import annotations

from dataclasses import dataclass

from game.content.reader import Reader


@dataclass(frozen=True)
class Params:
    flights: int  # flights of steps; a landing between each two, one checkpoint per flight
    steps_per_flight: int
    landing_strides: int  # flat strides across each landing
    min_interval_frames: int  # the fastest legal cadence: a sooner stride stumbles
    perfect_window_frames: int  # strides within min_interval .. min_interval + this - 1 ticks are on the beat
    stumble_frames: int  # ticks in which presses do nothing after a stumble
    raise_hold_frames: int  # ticks of both fists held at the top to stop the clock
    assist_interval_frames: int  # the cadence of hold-to-climb (assist)
    race_grace_frames: int  # a two-player race ends this long after the first raises his fists

    @property
    def steps(self) -> int:
        """Steps in all (72)."""
        return self.flights * self.steps_per_flight

    @property
    def strides(self) -> int:
        """Presses from the bottom to the top: every step, and the flat strides across each landing."""
        return self.steps + (self.flights - 1) * self.landing_strides


def read_params(r: Reader) -> Params:
    flights = r.integer("flights", 1, 12)
    per_flight = r.integer("steps_per_flight", 1, 40)
    landing = r.integer("landing_strides", 0, 10)
    min_interval = r.frames("min_interval_frames", 2, 60)
    window = r.frames("perfect_window_frames", 1, 30)
    stumble = r.frames("stumble_frames", 1, 240)
    raise_hold = r.frames("raise_hold_frames", 1, 240)
    assist = r.frames("assist_interval_frames", 2, 120)
    grace = r.frames("race_grace_frames", 1, 1200)
    if assist < min_interval:
        r.problem("assist_interval_frames",
                  f"expected at least min_interval_frames ({min_interval}), got {assist}: the assist would stumble")
    r.done()
    return Params(flights, per_flight, landing, min_interval, window, stumble, raise_hold, assist, grace)
