"""Sledgehammer: raise the hammer on a meter, release it at the top, bring it down full on the tire.

Holding the swing button raises the hammer: after a few ticks setting the grip the meter climbs (in permille) to the
top at a pace each raise draws from the stage's seeded generator, then tips past it and falls back, and climbs
again (a triangle wave). Letting go swings: at or above `full_min` it is a full swing and the streak grows; below
it, on the way up it is weak, on the way down it is late, and either breaks the streak. The hammer lands
`swing_ticks` after the release and is back up for the next raise `recover_ticks` later. Checkpoints split the
streak target evenly; reaching the target is the goal.

Assist (hold instead of mash): a press starts the raise and the next press lets it go, so no button is held.
"""

from __future__ import annotations

from enum import Enum

from game.content.library import Content
from game.content.stages.sledgehammer import Params
from game.content.training import StageSpec
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.training.stage import (
    ClockedStage,
    Control,
    StageClock,
    StageConfig,
    digest,
    make_rng,
    rng_key,
    triangle_permille,
)

SWING = int(Action.STRAIGHT | Action.UP)

CONTROLS = (
    Control("Raise the hammer: hold; let go at the top", (Action.STRAIGHT, Action.UP)),
)
ASSIST_CONTROLS = (Control("Or press to raise, press again to swing", (Action.STRAIGHT, Action.UP)),)


class Phase(Enum):
    IDLE = "idle"  # the hammer rests on the shoulder, ready
    RAISE = "raise"  # going up: the meter climbs (and tips back past the top)
    SWING = "swing"  # coming down
    RECOVER = "recover"  # the bounce off the tire and the hammer back up to the shoulder


meter_value = triangle_permille  # the meter `ticks` ticks into the climb


class Sledgehammer(ClockedStage):
    def __init__(self, spec: StageSpec, config: StageConfig) -> None:
        self.spec = spec
        self.config = config
        self.p: Params = spec.params
        self.clock = StageClock(spec)
        self.rng = make_rng(spec, config)
        self.phase = Phase.IDLE
        self.phase_ticks = 0  # ticks spent in this phase
        self.rise_ticks = self.p.rise_ticks_min  # this raise's pace
        self.meter = 0
        self.released = 0  # the meter when the hammer was let go
        self.kind = ""  # the last swing: full, weak or late
        self.streak = 0
        self.best_streak = 0
        self.swings = 0
        self.last_input = 0

    # --- the rules ---------------------------------------------------------------------------------------------

    def climb_ticks(self) -> int:
        """Ticks the meter has been climbing in this raise (the grip ticks come first)."""
        return max(0, self.phase_ticks - self.p.grip_ticks)

    def rising(self) -> bool:
        """The meter is on its way up (not tipped back past the top)."""
        return bool(self.climb_ticks() % (2 * self.rise_ticks) < self.rise_ticks)

    def swing_kind(self) -> str:
        """What letting go now would give."""
        if self.meter >= self.p.full_min:
            return "full"
        return "weak" if self.rising() else "late"

    def marks(self) -> tuple[int, ...]:
        """The streak at each checkpoint: the target split evenly, the last the target itself."""
        n = len(self.spec.checkpoints)
        return tuple(self.p.streak_target * (i + 1) // n for i in range(n))

    # --- one tick ----------------------------------------------------------------------------------------------

    def step(self, inputs: tuple[int, int]) -> list[Event]:
        events: list[Event] = []
        if self.clock.finished:
            return events
        self.clock.advance()
        held = inputs[0] & SWING
        pressed = held & ~self.last_input
        self.last_input = held
        self.phase_ticks += 1
        if self.config.assist:
            start, let_go = bool(pressed), bool(pressed)
        else:
            start, let_go = bool(held), not held
        if self.phase == Phase.IDLE and start:
            self._enter(Phase.RAISE)
            self.rise_ticks = self.rng.randint(self.p.rise_ticks_min, self.p.rise_ticks_max)
            self.meter = 0
            events.append(Event("raise", 0, value=self.rise_ticks))
        elif self.phase == Phase.RAISE:
            if let_go:
                self._let_go(events)
            else:
                self.meter = meter_value(self.climb_ticks(), self.rise_ticks)
        elif self.phase == Phase.SWING and self.phase_ticks >= self.p.swing_ticks:
            self._impact(events)
        elif self.phase == Phase.RECOVER and self.phase_ticks >= self.p.recover_ticks:
            self._enter(Phase.IDLE)
        self.clock.check_time_limit(events)
        return events

    def _enter(self, phase: Phase) -> None:
        self.phase = phase
        self.phase_ticks = 1 if phase == Phase.RAISE else 0

    def _let_go(self, events: list[Event]) -> None:
        self.kind = self.swing_kind()
        self.released = self.meter
        self._enter(Phase.SWING)
        events.append(Event("swing", 0, self.kind, self.released))

    def _impact(self, events: list[Event]) -> None:
        self.swings += 1
        if self.kind == "full":
            self.streak += 1
            self.best_streak = max(self.best_streak, self.streak)
        else:
            self.streak = 0
        self._enter(Phase.RECOVER)
        events.append(Event("hammer_hit", 0, self.kind, self.streak))
        marks = self.marks()
        while len(self.clock.splits) < len(marks) and self.streak >= marks[len(self.clock.splits)]:
            self.clock.split(events)
            if self.clock.finished:
                break

    # --- what the scene and the tests read ---------------------------------------------------------------------

    def progress(self) -> str:
        return f"Streak {self.streak} / {self.p.streak_target}"

    def state_hash(self) -> str:
        return digest(self.clock.key(), rng_key(self.rng), self.phase.value, self.phase_ticks, self.rise_ticks,
                      self.meter, self.released, self.kind, self.streak, self.best_streak, self.swings,
                      self.last_input)


def make(content: Content, config: StageConfig) -> Sledgehammer:
    return Sledgehammer(content.stage("sledgehammer"), config)


def autoplay(sim: Sledgehammer) -> tuple[int, int]:
    """The perfect pilot: raise as soon as the hammer is ready, let go on the first tick the meter is full."""
    button = int(Action.STRAIGHT)
    at_top = sim.phase == Phase.RAISE and sim.meter >= sim.p.full_min
    if sim.config.assist:  # a press to start, a press to let go; nothing held in between
        wants = sim.phase == Phase.IDLE or at_top
        return (button if wants and not sim.last_input else 0), 0
    return (0 if at_top else button), 0
