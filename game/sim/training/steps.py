"""The museum steps: stride up the flights, left and right in rhythm, then raise both fists at the top.

One press of LEFT or RIGHT is one stride: up a step, or across a landing. A stride is legal when it comes at least
`min_interval_frames` after the last one and with the other foot; otherwise he stumbles: for `stumble_frames`
ticks presses do nothing, and afterwards either foot may lead. Pressing both feet on one tick stumbles too. So the
perfect cadence is exactly one stride every `min_interval_frames` ticks, and strides within the perfect window
(`min_interval_frames` .. + `perfect_window_frames` - 1 ticks) are on the beat (a streak, for the show).

Reaching each landing splits; on the top step, holding JAB and STRAIGHT together for `raise_hold_frames` ticks
(counted from the tick after the last stride; letting go starts the count over) raises his fists and stops the
clock. The perfect run's time is therefore 1 + (strides - 1) * min_interval_frames + raise_hold_frames.

Assist ("hold instead of mash"): holding UP strides by itself every `assist_interval_frames` ticks with the other
foot, and holding UP at the top raises the fists. Presses still work as usual alongside it.

Two players race side by side, each with his own climber and clock; neither has priority: both are read from the
same tick's inputs and nothing one does touches the other. The winner is the first to raise his fists; a tie on
the same tick goes to the one with fewer stumbles, then the one who reached the top step first, and after that it
is a dead heat (no winner). The race ends when both have raised their fists, or `race_grace_frames` after the
first did: one still climbing then has not finished (a "did_not_finish" event, and no time).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from game.content.errors import ContentError, Problem
from game.content.library import Content
from game.content.stages.steps import Params
from game.content.training import StageSpec
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.training.stage import Control, StageClock, StageConfig, StageResult, digest

LEFT = int(Action.LEFT)
RIGHT = int(Action.RIGHT)
FEET = LEFT | RIGHT
FISTS = int(Action.JAB | Action.STRAIGHT)
UP = int(Action.UP)

CONTROLS: tuple[Control, ...] = (
    Control("Climb: alternate feet in rhythm", (Action.LEFT, Action.RIGHT)),
    Control("At the top: hold both fists up", (Action.JAB, Action.STRAIGHT)),
)
ASSIST_CONTROLS = (Control("Or climb by holding", (Action.UP,)),)


@dataclass
class Climber:
    """One player's run up the steps."""

    side: int
    clock: StageClock
    stride: int = 0  # strides taken: 0 at the foot of the steps .. Params.strides on the top step
    foot: str = ""  # the foot of the last stride: "left", "right", or "" (none yet, or back on his feet)
    stride_tick: int = 0  # the tick of the last stride (0: none yet)
    stumble: int = 0  # ticks of stumble left (presses do nothing)
    stumble_tick: int = 0  # the tick of the last stumble (0: none yet)
    stumble_kind: str = ""  # early, same_foot, both_feet
    stumbles: int = 0
    streak: int = 0  # strides on the beat in a row
    best_streak: int = 0
    arrive_tick: int = 0  # the tick he reached the top step (0: not yet)
    raised: int = 0  # ticks the fists have been held up at the top
    prev: int = 0  # last tick's input frame (a press is a bit set now and not then)

    def key(self) -> tuple[object, ...]:
        return (self.side, self.clock.key(), self.stride, self.foot, self.stride_tick, self.stumble,
                self.stumble_tick, self.stumble_kind, self.stumbles, self.streak, self.best_streak,
                self.arrive_tick, self.raised, self.prev)


def place(p: Params, stride: int) -> tuple[int, int, int]:
    """Where a stride count stands: (steps climbed, landing strides taken on the current landing, flight index).

    The landing after flight f is reached by its flight's last step; its strides follow before flight f + 1."""
    block = p.steps_per_flight + p.landing_strides
    flight, r = divmod(stride, block)
    if flight >= p.flights:  # only the top itself (stride == strides) can land here when landing_strides == 0
        return p.steps, 0, p.flights - 1
    if r <= p.steps_per_flight:
        return flight * p.steps_per_flight + r, 0, flight
    return (flight + 1) * p.steps_per_flight, r - p.steps_per_flight, flight


def landing_strides_at(p: Params) -> tuple[int, ...]:
    """The stride counts that arrive on a landing (each one a checkpoint)."""
    block = p.steps_per_flight + p.landing_strides
    return tuple(f * block + p.steps_per_flight for f in range(p.flights - 1))


def perfect_frames(p: Params) -> int:
    """The fastest run the rules allow: the first stride on tick 1, one every min interval, then the raise."""
    return 1 + (p.strides - 1) * p.min_interval_frames + p.raise_hold_frames


class StepsSim:
    def __init__(self, spec: StageSpec, config: StageConfig) -> None:
        self.spec = spec
        self.config = config
        self.params: Params = spec.params
        if len(spec.checkpoints) != self.params.flights:
            raise ContentError([Problem("levels/training/steps.toml", "stage.checkpoints",
                                        f"expected {self.params.flights} (a landing after each flight but the "
                                        f"last, then the goal), got {len(spec.checkpoints)}")])
        self.landings = landing_strides_at(self.params)
        players = 2 if config.players == 2 else 1
        self.climbers = tuple(Climber(side, StageClock(spec)) for side in range(players))
        self.tick = 0  # ticks stepped (both clocks run from the same first tick)

    # --- the rules ------------------------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return all(c.clock.finished for c in self.climbers)

    def step(self, inputs: tuple[int, int]) -> list[Event]:
        events: list[Event] = []
        if self.finished:
            return events
        self.tick += 1
        for c in self.climbers:
            c.clock.advance()
        for c in self.climbers:  # each reads only his own input: neither player goes first in any way that matters
            self._climb(c, inputs[c.side], events)
        for c in self.climbers:
            c.clock.check_time_limit(events, c.side)
        first = min((c.clock.frames for c in self.climbers if c.clock.success), default=None)
        if len(self.climbers) > 1 and first is not None and self.tick >= first + self.params.race_grace_frames:
            for c in self.climbers:  # the winner is long home: the race is over
                c.clock.finish(False, events, c.side, why="did_not_finish")
        return events

    def _climb(self, c: Climber, frame: int, events: list[Event]) -> None:
        pressed = frame & ~c.prev
        c.prev = frame
        if c.clock.finished:
            return
        p = self.params
        t = c.clock.tick
        if c.stride >= p.strides:  # on the top step: the fists
            up = (frame & FISTS) == FISTS or (self.config.assist and frame & UP)
            c.raised = c.raised + 1 if up and t > c.arrive_tick else 0
            if c.raised >= p.raise_hold_frames:
                events.append(Event("fists_up", c.side, value=t))
                c.clock.split(events, c.side)  # the last checkpoint: the goal
            return
        if c.stumble > 0:
            c.stumble -= 1
            return
        feet = pressed & FEET
        if feet == FEET:
            self._stumble(c, "both_feet", events)
        elif feet:
            foot = "left" if feet == LEFT else "right"
            if foot == c.foot:
                self._stumble(c, "same_foot", events)
            elif c.stride_tick and t - c.stride_tick < p.min_interval_frames:
                self._stumble(c, "early", events)
            else:
                self._stride(c, foot, events)
        elif (self.config.assist and frame & UP
              and (c.stride_tick == 0 or t - c.stride_tick >= p.assist_interval_frames)):
            self._stride(c, "right" if c.foot == "left" else "left", events)

    def _stumble(self, c: Climber, kind: str, events: list[Event]) -> None:
        c.stumble = self.params.stumble_frames
        c.stumble_tick = c.clock.tick
        c.stumble_kind = kind
        c.stumbles += 1
        c.streak = 0
        c.foot = ""  # back on his feet, either foot may lead
        events.append(Event("stumble", c.side, kind, c.stride))

    def _stride(self, c: Climber, foot: str, events: list[Event]) -> None:
        p = self.params
        t = c.clock.tick
        on_beat = c.stride_tick == 0 or t - c.stride_tick < p.min_interval_frames + p.perfect_window_frames
        c.streak = c.streak + 1 if on_beat else 0
        c.best_streak = max(c.best_streak, c.streak)
        c.stride += 1
        c.foot = foot
        c.stride_tick = t
        _, on_landing, _ = place(p, c.stride)
        events.append(Event("step", c.side, foot, c.stride, "landing" if on_landing else "step", on_beat))
        if c.stride in self.landings:
            c.clock.split(events, c.side)
        if c.stride >= p.strides:
            c.arrive_tick = t
            events.append(Event("arrive", c.side, value=t))

    # --- what the scene, the replays and the tests read -----------------------------------------------------

    def result(self) -> StageResult:
        if len(self.climbers) == 1:
            return self.climbers[0].clock.result()
        times = tuple(c.clock.frames if c.clock.success else None for c in self.climbers)
        done = [c for c in self.climbers if c.clock.success]
        if not done:
            return replace(self.climbers[0].clock.result(), times=times)
        def rank(c: Climber) -> tuple[int, int, int]:
            return (c.clock.frames, c.stumbles, c.arrive_tick)
        best = min(rank(c) for c in done)
        leaders = [c for c in done if rank(c) == best]
        if len(leaders) == 1:
            return replace(leaders[0].clock.result(winner=leaders[0].side), times=times)
        shared = leaders[0].clock.result()  # a dead heat: the same time and grade; the earlier splits of the two
        return replace(shared, splits=min(c.clock.result().splits for c in leaders), times=times)

    def state_hash(self) -> str:
        return digest("steps", self.tick, self.config.assist, tuple(c.key() for c in self.climbers))

    def progress(self) -> str:
        if len(self.climbers) == 2:
            return "   ".join(f"P{c.side + 1} {self.where(c)}" for c in self.climbers)
        return self.where(self.climbers[0])

    def where(self, c: Climber) -> str:
        p = self.params
        if c.clock.finished:
            if c.clock.success:
                return "Fists up!"
            return "Out of time" if c.clock.frames >= self.spec.time_limit_frames else "Did not finish"
        if c.stride >= p.strides:
            return "Raise your fists!"
        steps, on_landing, flight = place(p, c.stride)
        if on_landing or (c.stride in self.landings):
            return f"Landing {flight + 1}"
        return f"Step {steps} of {p.steps}"


def make(content: Content, config: StageConfig) -> StepsSim:
    return StepsSim(content.stage("steps"), config)


def _pilot(sim: StepsSim, c: Climber) -> int:
    p = sim.params
    if c.clock.finished:
        return 0
    if c.stride >= p.strides:
        return FISTS
    if c.stumble > 0:
        return 0
    t = c.clock.tick + 1  # the tick these inputs will be read on
    if c.stride_tick and t - c.stride_tick < p.min_interval_frames:
        return 0
    return RIGHT if c.foot == "left" else LEFT


def autoplay(sim: StepsSim) -> tuple[int, int]:
    """The perfect climb: a stride exactly every min interval, alternating feet, then both fists held."""
    frames = [_pilot(sim, c) for c in sim.climbers]
    return frames[0], frames[1] if len(frames) > 1 else 0
