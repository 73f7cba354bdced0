"""The mitt drill: Viktor throws the fight engine's own punches, Vito defends and counters.

Nothing here re-implements the fight: both men are the engine's `Boxer`s, driven tick by tick by the engine's own
modules in the order `game.sim.fight.Fight` uses (presses -> each man's state machine -> hits weighed for both, then
applied -> stamina refill), with the hitstop freeze between. Viktor is driven by a scripted controller that presses
his real buttons, so every punch has his real startup, tell frames, active frames and recovery from
levels/fighters/viktor.toml. The two stand still at a fixed gap (no ring, no footwork) and the mitts hurt no one:
health is given back every tick and a punch that would drop a man only staggers him.

The counter window is the engine's: after a punch is slipped or blocked, the thrower is stuck finishing it (the rest
of its active frames, then its recovery: `Boxer.move_recovery`, the move's `recovery` after tiredness, as
`game.sim.stamina.punch_frames` sets it). Once his recovery is over, `game.sim.controls.advance` lets him act again
and he covers up. A clean counter is a punch of Vito's that lands (the engine's "hit") while Viktor is still in that
punch, after Vito defended it (slipped it, blocked it, or ducked under it in his low guard so that it missed).
This is the same window the CPU punishes in (`game.sim.cpu` `_punish`).
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass, field

from game.content.errors import ContentError, Problem
from game.content.library import Content
from game.content.rules import SUBPX, Rules
from game.content.stages.mitt_drill import Params
from game.content.training import StageSpec
from game.sim import hits
from game.sim.boxer import Boxer, new_boxer
from game.sim.controls import advance, register_presses
from game.sim.events import Event
from game.sim.inputs import MOVE_BUTTONS, PUNCHES, Action
from game.sim.stamina import refill
from game.sim.states import ACTIONABLE, FS, PUNCHING
from game.sim.training.stage import ClockedStage, Control, StageClock, StageConfig, digest, make_rng, rng_key

VITO, VIKTOR = 0, 1

# what Vito may do in the drill: defend and punch (no footwork, no haymaker)
ALLOWED = int(Action.UP | Action.DOWN | Action.BLOCK | Action.SLIP | Action.JAB | Action.STRAIGHT | Action.HOOK
              | Action.UPPERCUT)

MITTS_UP = int(Action.BLOCK)  # between punches Viktor holds the mitts up: he covers up
# what player two may press in the two-player drill, holding the mitts: Viktor's punches
COACH = int(Action.DOWN | Action.JAB | Action.STRAIGHT | Action.HOOK | Action.UPPERCUT | Action.POWER)

CONTROLS = (
    Control("Slip a head punch", (Action.SLIP,)),
    Control("Block high / block low (hold)", (Action.BLOCK, Action.DOWN)),
    Control("Counter: jab, straight, hook, uppercut", (Action.JAB, Action.STRAIGHT, Action.HOOK, Action.UPPERCUT)),
)
ASSIST_CONTROLS = (Control("Or hold a punch: it goes the moment you can", (Action.JAB, Action.STRAIGHT)),)

# player two's card in the two-player drill: he holds the mitts and throws Viktor's punches
CONTROLS_P2 = (
    Control("Throw a hook / an uppercut", (Action.HOOK, Action.UPPERCUT)),
    Control("Body punches: hold down and punch", (Action.DOWN, Action.HOOK, Action.STRAIGHT)),
    Control("The big one", (Action.POWER,)),
)


@dataclass
class MittDrill(ClockedStage):
    spec: StageSpec
    config: StageConfig
    params: Params
    rules: Rules
    clock: StageClock
    boxers: list[Boxer]
    rng: random.Random
    hitstop: int = 0
    next_move: str = ""  # the punch Viktor throws next
    wait: int = 0  # ticks before he throws it (counted while he is free)
    serial: int = 0  # how many punches he has thrown; the current one is `serial`
    defended: int = 0  # the serial of the last punch Vito slipped or blocked
    countered: int = 0  # the serial of the last punch Vito countered cleanly
    counters: int = 0
    late: int = 0  # counters that landed after the window
    viktor_buttons: int = 0
    last_clean_tick: int = -1000
    log: list[int] = field(default_factory=list)  # the tick of each clean counter

    @property
    def vito(self) -> Boxer:
        return self.boxers[VITO]

    @property
    def viktor(self) -> Boxer:
        return self.boxers[VIKTOR]

    # --- the one way in -------------------------------------------------------------------------------------

    def step(self, inputs: tuple[int, int]) -> list[Event]:
        if self.clock.finished:
            return []
        events: list[Event] = []
        self.clock.advance()
        rules = self.rules
        vito, viktor = self.boxers
        mine = inputs[0] & ALLOWED
        if self.config.assist:  # hold a punch button: it fires the moment he is free
            vito.prev_buttons &= ~PUNCHES
        theirs = self._coach(inputs)
        register_presses(vito, mine, rules)
        register_presses(viktor, theirs, rules)
        if self.hitstop > 0:
            self.hitstop -= 1
        else:
            advance(vito, mine, rules, events)
            before = len(events)
            advance(viktor, theirs, rules, events)
            if viktor.state == FS.PUNCH_STARTUP and viktor.frame == 0 and viktor.move is not None:
                self.serial += 1  # a new punch is on its way
                events.append(Event("throw", VIKTOR, viktor.move.id, value=self.serial, target=viktor.move.target))
            if any(e.kind == "whiff" for e in events[before:]):
                self.defended = self.serial  # ducked under it: made to miss is defended too
            viktor_in_punch = viktor.state in PUNCHING
            outcomes = (hits.weigh(vito, viktor, rules), hits.weigh(viktor, vito, rules))
            for o, att, dfd in ((outcomes[0], vito, viktor), (outcomes[1], viktor, vito)):
                if o is None:
                    continue
                if o.knockdown:  # the mitts drop no one: the punch staggers instead
                    o = dataclasses.replace(o, knockdown=False, reaction=FS.STAGGERED, stun=rules.stagger_frames)
                self.hitstop = max(self.hitstop, hits.apply(o, att, dfd, rules, events))
                if att is viktor and o.kind in ("slip", "block"):
                    self.defended = self.serial
                if att is vito and o.kind == "hit":
                    self._counter(viktor_in_punch, o.move.id, events)
            for b in self.boxers:
                refill(b, rules)
                b.since_punch = 0 if b.state in PUNCHING else b.since_punch + 1
                b.health = b.max_health  # the mitts hurt no one
        vito.prev_buttons = mine
        viktor.prev_buttons = theirs
        self.viktor_buttons = theirs
        self.clock.check_time_limit(events, 0)
        return events

    def in_window(self) -> bool:
        """Whether a punch landing now would be a clean counter: Viktor still finishing a punch Vito defended."""
        return (self.defended == self.serial > self.countered and self.viktor.state in PUNCHING
                and self.viktor.state != FS.PUNCH_STARTUP)

    def window_left(self) -> int:
        """Ticks of Viktor's punch left (the rest of its active frames and its recovery), 0 outside the window."""
        k = self.viktor
        if not self.in_window() or k.move is None:
            return 0
        if k.state == FS.PUNCH_ACTIVE:
            return k.move.active - k.frame + k.move_recovery
        return k.move_recovery - k.frame

    def _counter(self, viktor_in_punch: bool, move: str, events: list[Event]) -> None:
        if self.defended != self.serial or self.countered == self.serial:
            return
        if viktor_in_punch:
            self.countered = self.serial
            self.counters += 1
            self.last_clean_tick = self.clock.tick
            self.log.append(self.clock.tick)
            events.append(Event("clean", VITO, move, value=self.counters))
            marks = self.params.checkpoint_counters
            if len(self.clock.splits) < len(marks) and self.counters >= marks[len(self.clock.splits)]:
                self.clock.split(events, VITO)
        else:
            self.late += 1
            events.append(Event("late", VITO, move, value=self.late))

    def _coach(self, inputs: tuple[int, int]) -> int:
        """Viktor's hands this tick: mitts up, and a punch when he is free to throw one (the next of the seeded
        sequence, or in the two-player drill whatever player two presses)."""
        viktor = self.viktor
        if self.config.players > 1:
            buttons = inputs[1] & COACH
            if buttons & ~viktor.prev_buttons & Action.POWER:
                viktor.heart = self.rules.heart_max  # the coach's haymaker needs no heart meter
            return buttons | MITTS_UP
        if viktor.state not in ACTIONABLE or self.hitstop > 0:
            return MITTS_UP
        if self.wait > 0:
            self.wait -= 1
            return MITTS_UP
        move = self.next_move
        if move == "haymaker":
            viktor.heart = self.rules.heart_max
        self._plan()
        return MOVE_BUTTONS[move] | MITTS_UP

    def _plan(self) -> None:
        p = self.params
        self.next_move = self.rng.choice(p.punches)
        self.wait = p.rest_frames + self.rng.randrange(p.rest_jitter_frames + 1)

    # --- what the rest of the game reads --------------------------------------------------------------------

    def state_hash(self) -> str:
        return digest(self.clock.key(), [b.hash_tuple() for b in self.boxers], self.hitstop, self.next_move,
                      self.wait, self.serial, self.defended, self.countered, self.counters, self.late,
                      self.viktor_buttons, self.last_clean_tick, tuple(self.log), rng_key(self.rng))

    def progress(self) -> str:
        return f"Clean counters {self.counters} / {self.params.target}"


def make(content: Content, config: StageConfig) -> MittDrill:
    spec = content.stage(config.stage)
    params: Params = spec.params
    rules = content.rules
    vito_f, viktor_f = content.fighter("vito"), content.fighter("viktor")
    missing = [m for m in params.punches if m not in viktor_f.moves]
    if missing:
        raise ContentError([Problem("levels/training/mitt_drill.toml", "params.punches",
                                    f"Viktor has no move {missing[0]!r}")])
    vito, viktor = new_boxer(vito_f, VITO, rules), new_boxer(viktor_f, VIKTOR, rules)
    centre = (rules.left_rope_sub + rules.right_rope_sub) // 2
    vito.x = centre - params.gap_px * SUBPX // 2
    viktor.x = centre + params.gap_px * SUBPX // 2
    sim = MittDrill(spec, config, params, rules, StageClock(spec), [vito, viktor], make_rng(spec, config))
    sim._plan()
    sim.wait = params.first_wait_frames
    return sim


def autoplay(sim: MittDrill) -> tuple[int, int]:
    """The perfect pupil, from what he sees: a head punch is slipped as late as the slip allows (its untouchable
    frames meet the punch), a body punch blocked low; then a jab is pressed so it is buffered for the first tick he
    is free again, which the drill's frame data leaves inside Viktor's window."""
    if sim.finished:
        return 0, 0
    rules = sim.rules
    v, k = sim.vito, sim.viktor
    if k.move is None or k.state not in PUNCHING:
        return 0, 0
    if sim.defended != sim.serial:  # his punch is coming
        body = k.move.target == "body"
        if body or k.state != FS.PUNCH_STARTUP:
            return int(Action.BLOCK | (Action.DOWN if body else 0)), 0
        until_active = k.move_startup - k.frame  # ticks until his first active frame
        if until_active - 1 == rules.slip_untouchable_from and v.state in ACTIONABLE:
            return int(Action.SLIP), 0
        return int(Action.BLOCK), 0
    if sim.countered == sim.serial or v.state in PUNCHING:
        return 0, 0
    guard = int(Action.BLOCK | (Action.DOWN if k.move.target == "body" else 0)) if v.state == FS.HITSTOP else 0
    press = 0 if v.prev_buttons & Action.JAB else int(Action.JAB)
    return guard | press, 0
