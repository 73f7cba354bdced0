"""Speed bag: keep the bag's rhythm by alternating hands on its rebound, for one unbroken streak of the target.

A deterministic integer model: a punch sends the bag off to rattle against the board `rebounds_per_hit` times,
`rebound_frames` apart, and back to the fists one more interval later: the beat. From the first punch of a streak
the beats are a fixed grid (punch n is due at first + (n - 1) x beat); a punch within the window around the due beat
with the other hand than last time continues the streak. A punch out of the window, the same hand twice, both hands
at once, or a beat let go by breaks it: the bag wobbles for `wobble_frames` (punches only glance off it), then any
punch starts a new streak. JAB is the left (lead) hand, STRAIGHT the right.

Assist (the rhythm alternative): the hands alternate by themselves. Press either button (one is enough) on the beat
and the right hand throws it, so only the timing matters.
"""

from __future__ import annotations

from game.content.library import Content
from game.content.stages.speed_bag import Params
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
)

LEFT, RIGHT = "left", "right"
_HANDS = {LEFT: int(Action.JAB), RIGHT: int(Action.STRAIGHT)}
_EITHER = int(Action.JAB | Action.STRAIGHT)

CONTROLS = (
    Control("Left hand / right hand: alternate on the beat", (Action.JAB, Action.STRAIGHT)),
)
ASSIST_CONTROLS = (Control("Or either hand on the beat: the hands take turns", (Action.JAB, Action.STRAIGHT)),)


def other(hand: str) -> str:
    return RIGHT if hand == LEFT else LEFT


class SpeedBag(ClockedStage):
    def __init__(self, spec: StageSpec, config: StageConfig) -> None:
        self.spec = spec
        self.config = config
        self.p: Params = spec.params
        self.clock = StageClock(spec)
        self.rng = make_rng(spec, config)  # the rhythm is the same every run; kept in the hash all the same
        self.prev = 0
        self.streak = 0  # punches in the current streak (0: none running)
        self.best_streak = 0
        self.anchor = 0  # the tick of the streak's first punch: the beat grid starts there
        self.last_hand = ""  # the hand of the streak's last punch
        self.wobble = 0  # ticks the bag still wobbles after a break
        self.breaks = 0
        self.punch_tick = -1000  # the last punch thrown (counted or not), for the fists on screen
        self.punch_hand = ""

    # --- what the view, the pilot and the HUD read ----------------------------------------------------------

    @property
    def tick(self) -> int:
        return self.clock.tick

    def due(self) -> int:
        """The tick the next punch of the running streak is due on (the bag back at the fists)."""
        return self.anchor + self.streak * self.p.beat_frames

    def next_hand(self) -> str:
        return other(self.last_hand) if self.last_hand else LEFT

    def progress(self) -> str:
        return f"Streak {self.streak} / {self.p.target_streak}   best {self.best_streak}"

    # --- the tick ------------------------------------------------------------------------------------------

    def step(self, inputs: tuple[int, int]) -> list[Event]:
        if self.finished:
            return []
        events: list[Event] = []
        self.clock.advance()
        held = inputs[0]
        pressed = held & ~self.prev
        self.prev = held
        if self.wobble > 0:
            self.wobble -= 1
        hand = self._hand(pressed)
        if hand:
            self._punch(hand, events)
        elif self.streak and self.tick > self.due() + self.p.window_late_frames:
            self._break("late", events)
        elif self.streak:
            since = (self.tick - self.anchor) % self.p.beat_frames
            if since and since % self.p.rebound_frames == 0:
                events.append(Event("rebound", 0, value=since // self.p.rebound_frames))
        self.clock.split_by_share(self.streak, self.p.target_streak, events)
        self.clock.check_time_limit(events)
        return events

    def _hand(self, pressed: int) -> str:
        """The hand that punches this tick ("both" for both at once, "" for none)."""
        if pressed & _EITHER == _EITHER:
            return "both"
        if self.config.assist:
            return self.next_hand() if pressed & _EITHER else ""
        return LEFT if pressed & Action.JAB else (RIGHT if pressed & Action.STRAIGHT else "")

    def _punch(self, hand: str, events: list[Event]) -> None:
        self.punch_tick = self.tick
        self.punch_hand = hand if hand != "both" else self.next_hand()
        if self.wobble > 0:
            events.append(Event("glance", 0, self.punch_hand))
            return
        if self.streak == 0:
            if hand == "both":
                self._break("both", events)
                return
            self.anchor = self.tick
        else:
            offset = self.tick - self.due()
            if hand == "both":
                self._break("both", events)
                return
            if hand == self.last_hand:
                self._break("same_hand", events)
                return
            if offset < -self.p.window_early_frames or offset > self.p.window_late_frames:
                self._break("early" if offset < 0 else "late", events)
                return
        self.streak += 1
        self.best_streak = max(self.best_streak, self.streak)
        self.last_hand = hand
        events.append(Event("hit", 0, hand, self.streak))

    def _break(self, why: str, events: list[Event]) -> None:
        events.append(Event("break", 0, why, self.streak))
        self.streak = 0
        self.last_hand = ""
        self.wobble = self.p.wobble_frames
        self.breaks += 1

    # --- the record ----------------------------------------------------------------------------------------

    def state_hash(self) -> str:
        return digest(self.clock.key(), rng_key(self.rng), self.prev, self.streak, self.best_streak, self.anchor,
                      self.last_hand, self.wobble, self.breaks, self.punch_tick, self.punch_hand)


def make(content: Content, config: StageConfig) -> SpeedBag:
    return SpeedBag(content.stage(config.stage), config)


def optimal_frames(p: Params) -> int:
    """The perfect run's time: the first punch on the first tick, every beat on time, the last one early."""
    return 1 + (p.target_streak - 1) * p.beat_frames - p.window_early_frames


def autoplay(sim: SpeedBag) -> tuple[int, int]:
    """A perfect pilot: the other hand on every beat, the last punch at the front of its window."""
    if sim.finished or sim.wobble > 0 or sim.prev:
        return 0, 0
    now = sim.tick + 1  # the tick the next step plays
    if sim.streak == 0:
        return _HANDS[LEFT], 0
    due = sim.due()
    if sim.streak == sim.p.target_streak - 1:
        due -= sim.p.window_early_frames
    return (_HANDS[sim.next_hand()], 0) if now == due else (0, 0)
