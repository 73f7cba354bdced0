"""A whole bout: the match state, and `step(inputs)`, the one way it advances.

A fighting tick runs in fixed phases: inputs -> each fighter's own state machine -> physics -> hits for both
fighters weighed from the same state -> reactions applied -> stamina, figures, clock.
"""

from __future__ import annotations

import copy
import hashlib
import random
from dataclasses import dataclass, field

from game.content.library import Content
from game.content.rules import Rules
from game.sim import hits
from game.sim.boxer import MILLI, Boxer, new_boxer
from game.sim.controls import advance, register_presses
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.judges import Decision, RoundCard, decide, score_round
from game.sim.knockdown import fill_getup, go_down, rise
from game.sim.physics import Ring
from game.sim.raises import NO_TRAINING, Training, raises_for
from game.sim.round_scripts import RoundTerms, apply_round_script, script_for
from game.sim.rounds import break_recovery, new_round_positions
from game.sim.stamina import lose_max, refill
from game.sim.states import FS, PUNCHING, Phase


@dataclass(frozen=True)
class FightConfig:
    p1: str
    p2: str
    rounds: int = 3
    seed: int = 0
    getup_hold: tuple[bool, bool] = (False, False)
    clock_speed: int = 0  # how much faster than real time the round clock runs; 0 keeps the rules' speed
    training: Training = NO_TRAINING  # what the story's training earned player one
    scripts: tuple[RoundTerms, ...] = ()  # the story's round scripts: they shape player two, the opponent


@dataclass(frozen=True)
class Result:
    winner: int | None
    method: str  # KO, TKO, decision, draw
    kind: str  # for decisions and draws: unanimous, majority, split; "" otherwise
    round: int
    clock_frames: int  # round-clock frames left when it ended
    decision: Decision | None = None


@dataclass
class FightState:
    rules: Rules
    boxers: list[Boxer]
    ring: Ring
    rng: random.Random
    rounds: int
    clock_speed: int
    tick: int = 0
    phase: Phase = Phase.INTRO
    phase_frame: int = 0
    round: int = 1
    clock: int = 0  # real frames left on the round clock
    hitstop: int = 0
    count: int = 0  # the referee's count
    count_frame: int = 0
    cards: list[RoundCard] = field(default_factory=list)
    result: Result | None = None


class Fight:
    """The simulation of one bout; deterministic in its config and the inputs given to `step`."""

    def __init__(self, content: Content, config: FightConfig) -> None:
        self.content = content
        self.config = config
        rules = content.rules
        boxers = [new_boxer(content.fighter(config.p1), 0, rules, raises_for(config.training, rules)),
                  new_boxer(content.fighter(config.p2), 1, rules)]
        for b, hold in zip(boxers, config.getup_hold, strict=True):
            b.getup_hold = hold
        speed = config.clock_speed or rules.clock_speed
        self.s = FightState(rules, boxers, Ring(rules, boxers), random.Random(config.seed), config.rounds, speed)
        self.s.clock = self.round_frames
        self._open_round_script()

    # --- the one way in -------------------------------------------------------------------------------------

    def step(self, inputs: tuple[int, int]) -> list[Event]:
        s = self.s
        s.tick += 1
        s.phase_frame += 1
        events: list[Event] = []
        phase = s.phase
        if phase == Phase.FIGHTING:
            self._fighting(inputs, events)
        elif phase == Phase.COUNT:
            self._counting(inputs, events)
        elif phase == Phase.INTRO:
            if s.phase_frame >= s.rules.intro_frames:
                self._set_phase(Phase.FIGHTING)
                events.append(Event("round_start", value=s.round))
        elif phase == Phase.BREAK:
            pressed = any(i & ~b.prev_buttons & Action.CONFIRM for i, b in zip(inputs, s.boxers, strict=True))
            if s.phase_frame >= s.rules.break_frames or (pressed and s.phase_frame > s.rules.break_min_frames):
                self._start_round(s.round + 1, events)
        else:
            self._over()
        for b, buttons in zip(s.boxers, inputs, strict=True):
            b.prev_buttons = buttons
        return events

    @property
    def round_frames(self) -> int:
        """Real frames in a round: the round clock runs clock_speed times faster than real time."""
        rules = self.s.rules
        return rules.round_seconds * rules.ticks_per_second // self.s.clock_speed

    @property
    def script(self) -> RoundTerms | None:
        """The story's script for the round under way (None outside the story)."""
        return script_for(self.config.scripts, self.s.round)

    @property
    def finished(self) -> bool:
        return self.s.phase == Phase.OVER

    @property
    def result(self) -> Result | None:
        return self.s.result

    # --- phases -------------------------------------------------------------------------------------------

    def _fighting(self, inputs: tuple[int, int], events: list[Event]) -> None:
        s, rules = self.s, self.s.rules
        a, b = s.boxers
        s.clock = max(0, s.clock - 1)
        for boxer, buttons in ((a, inputs[0]), (b, inputs[1])):
            register_presses(boxer, buttons, rules)
        if s.hitstop > 0:
            s.hitstop -= 1
        else:
            advance(a, inputs[0], rules, events)
            advance(b, inputs[1], rules, events)
            s.ring.step(s.boxers, rules)
            outcomes = (hits.weigh(a, b, rules), hits.weigh(b, a, rules))  # both read, then both write
            downed: list[tuple[Boxer, int]] = []
            for o, att, dfd in ((outcomes[0], a, b), (outcomes[1], b, a)):
                if o is not None:
                    s.hitstop = max(s.hitstop, hits.apply(o, att, dfd, rules, events))
                    if o.knockdown:
                        downed.append((dfd, o.health_loss))
            if downed:  # only once both punches are in: a trade's second punch still lands on the winner
                self._knockdowns(downed, events)
            for boxer in (a, b):
                refill(boxer, rules)
                boxer.since_punch = 0 if boxer.state in PUNCHING else boxer.since_punch + 1
            self._figures()
        if s.phase == Phase.FIGHTING and s.clock == 0 and s.hitstop == 0:
            self._end_round(events)

    def _knockdowns(self, downed: list[tuple[Boxer, int]], events: list[Event]) -> None:
        """Book this tick's knockdowns (one, or both fighters in a trade) and stop the fight or start the count."""
        s = self.s
        stopped = []
        for b, damage in downed:
            go_down(b, damage, s.rules)
            events.append(Event("knockdown", b.side, value=b.knockdowns_round))
            if b.knockdowns_round >= s.rules.tko_knockdowns:
                events.append(Event("tko", b.side))
                stopped.append(b.side)
        if stopped:
            winner = None if len(stopped) == 2 else 1 - stopped[0]
            self._finish(Result(winner, "TKO" if winner is not None else "draw",
                                "" if winner is not None else "double TKO", s.round, s.clock))
        else:
            self._set_phase(Phase.COUNT)
            s.count = 0
            s.count_frame = 0

    def _counting(self, inputs: tuple[int, int], events: list[Event]) -> None:
        s, rules = self.s, self.s.rules
        s.clock = max(0, s.clock - 1)  # the clock runs on, but the bell saves no one during a count
        if s.hitstop > 0:
            s.hitstop -= 1
            return
        landed = False
        for b, buttons in zip(s.boxers, inputs, strict=True):
            b.frame += 1
            b.walk = 0
            if b.state == FS.HITSTOP:
                reaction = b.after_hitstop
                b.enter(reaction)
                if reaction == FS.KNOCKED_DOWN:
                    s.ring.fall(b.side, b)
                else:
                    b.enter(FS.NEUTRAL_CORNER)
            elif b.state == FS.KNOCKED_DOWN:
                if b.frame >= rules.fall_frames:
                    landed = True
                    fill_getup(b, buttons, rules)
                    if b.getup >= b.getup_needed and s.count < rules.count_to:
                        s.ring.stand(b.side)
                        rise(b, s.count, rules, events)
            elif b.state == FS.RISING:
                b.fall_angle = b.fall_angle * (rules.rise_frames - b.frame) // max(1, rules.rise_frames)
                if b.frame >= rules.rise_frames:
                    b.enter(FS.IDLE)
            elif b.state != FS.NEUTRAL_CORNER:
                b.enter(FS.NEUTRAL_CORNER)
            else:
                self._walk_to_corner(b)
        s.ring.step(s.boxers, rules)
        if landed:
            s.count_frame += 1
            if s.count_frame % rules.count_frames == 0:
                s.count += 1
                events.append(Event("count", value=s.count))
                down = [b for b in s.boxers if b.state == FS.KNOCKED_DOWN]
                if s.count >= rules.count_to and down:  # a man rising on the last frame beat the count
                    for b in down:
                        b.enter(FS.KNOCKED_OUT)
                        events.append(Event("ko", b.side))
                    winner = None if len(down) == 2 else 1 - down[0].side
                    self._finish(Result(winner, "KO" if winner is not None else "draw",
                                        "" if winner is not None else "double knockout", s.round, s.clock))
                    return
        if all(b.state in (FS.IDLE, FS.NEUTRAL_CORNER) for b in s.boxers):
            for b in s.boxers:
                if b.state == FS.NEUTRAL_CORNER:
                    b.enter(FS.IDLE)
            self._set_phase(Phase.FIGHTING)
            if s.clock == 0:
                self._end_round(events)

    def _walk_to_corner(self, b: Boxer) -> None:
        rules = self.s.rules
        other = self.s.boxers[1 - b.side]
        centre = (rules.left_rope_sub + rules.right_rope_sub) // 2
        # the neutral corner is the one on the far side from the fighter who is down
        if other.x < centre:
            target = rules.right_rope_sub - rules.corner_margin_sub
        else:
            target = rules.left_rope_sub + rules.corner_margin_sub
        if abs(target - b.x) > 4 * 256:
            b.walk = 1 if target > b.x else -1

    def _figures(self) -> None:
        s = self.s
        centre = (s.rules.left_rope_sub + s.rules.right_rope_sub) // 2
        a, b = s.boxers
        for boxer in (a, b):
            if boxer.state == FS.STEP_FORWARD or boxer.state in PUNCHING:
                boxer.round_figures.aggression_frames += 1
        da, db = abs(a.x - centre), abs(b.x - centre)
        if da != db:
            (a if da < db else b).round_figures.ring_control_frames += 1

    def _end_round(self, events: list[Event]) -> None:
        s = self.s
        events.append(Event("bell", value=s.round))
        figs = (s.boxers[0].round_figures, s.boxers[1].round_figures)
        for j, judge in enumerate(self.content.judges):
            s.cards.append(score_round(j, judge, s.round, figs))
        if s.round >= s.rounds:
            d = decide(s.cards, len(self.content.judges))
            events.append(Event("decision", -1 if d.winner is None else d.winner))
            self._finish(Result(d.winner, d.method, d.kind, s.round, 0, d))
            return
        self._set_phase(Phase.BREAK)
        events.append(Event("break", value=s.round))
        for b in s.boxers:
            break_recovery(b, s.rules)
            lose_max(b, 0, s.rules)

    def _start_round(self, number: int, events: list[Event]) -> None:
        s = self.s
        s.round = number
        s.clock = self.round_frames
        s.hitstop = 0
        new_round_positions(s.boxers, s.rules)
        s.ring.place(s.boxers)
        self._open_round_script()
        self._set_phase(Phase.INTRO)

    def _open_round_script(self) -> None:
        if self.config.scripts:
            apply_round_script(self.s.boxers, self.content.fighter(self.config.p2), self.script)

    def _finish(self, result: Result) -> None:
        s = self.s
        s.result = result
        self._set_phase(Phase.OVER)
        for b in s.boxers:
            if result.winner is not None and b.side == result.winner and b.state not in (FS.HITSTOP,):
                b.enter(FS.VICTORIOUS)

    def _over(self) -> None:
        """After the end: the loser finishes falling, the winner celebrates; physics keeps the bodies honest."""
        s, rules = self.s, self.s.rules
        s.hitstop = max(0, s.hitstop - 1)
        for b in s.boxers:
            b.frame += 1
            b.walk = 0
            if s.hitstop == 0 and b.state == FS.HITSTOP:
                reaction = b.after_hitstop
                b.enter(reaction)
                if reaction == FS.KNOCKED_DOWN:
                    s.ring.fall(b.side, b)
                elif s.result is not None and s.result.winner == b.side:
                    b.enter(FS.VICTORIOUS)
            elif b.state == FS.KNOCKED_DOWN and b.frame >= rules.fall_frames:
                b.enter(FS.KNOCKED_OUT)
        s.ring.step(s.boxers, rules)

    def _set_phase(self, phase: Phase) -> None:
        self.s.phase = phase
        self.s.phase_frame = 0

    # --- determinism ----------------------------------------------------------------------------------------

    def state_hash(self) -> str:
        """A stable digest of the whole simulation state."""
        s = self.s
        parts = (s.tick, int(s.phase), s.phase_frame, s.round, s.rounds, s.clock_speed, s.clock, s.hitstop, s.count,
                 s.count_frame, [b.hash_tuple() for b in s.boxers], s.ring.hash_tuple(),
                 [(c.judge, c.round, c.points) for c in s.cards], repr(s.result), hash_rng(s.rng))
        return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()

    def snapshot(self) -> FightState:
        """A deep copy of the state (the pymunk space included); content is shared, being frozen."""
        memo: dict[int, object] = {id(self.content): self.content, id(self.s.rules): self.s.rules}
        for b in self.s.boxers:
            memo[id(b.content)] = b.content
        return copy.deepcopy(self.s, memo)

    def restore(self, snap: FightState) -> None:
        memo: dict[int, object] = {id(self.content): self.content, id(snap.rules): snap.rules}
        for b in snap.boxers:
            memo[id(b.content)] = b.content
        self.s = copy.deepcopy(snap, memo)


def hash_rng(rng: random.Random) -> str:
    return hashlib.blake2b(repr(rng.getstate()).encode(), digest_size=8).hexdigest()


def clock_text(clock_frames: int, rules: Rules, clock_speed: int = 0) -> str:
    """The round clock as the screen shows it (m:ss), from real frames left."""
    seconds = -(-clock_frames * (clock_speed or rules.clock_speed) // rules.ticks_per_second)
    return f"{seconds // 60}:{seconds % 60:02d}"


__all__ = ["MILLI", "Fight", "FightConfig", "FightState", "Result", "clock_text"]
