"""CPU boxers: an input source like any other. A CPU sees what a player could see (the opponent as he looked
`reaction_frames` ago, itself now), decides with its own seeded generator, and presses the same buttons."""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass
from types import MappingProxyType

from game.content.fighters import Fighter
from game.content.rules import SUBPX, CpuLevel
from game.sim.boxer import Boxer
from game.sim.fight import Fight
from game.sim.inputs import Action
from game.sim.states import ACTIONABLE, FS, Phase

_BUTTON = MappingProxyType({
    "jab": Action.JAB, "straight": Action.STRAIGHT, "hook": Action.HOOK, "uppercut": Action.UPPERCUT,
           "body_hook": Action.HOOK | Action.DOWN, "body_straight": Action.STRAIGHT | Action.DOWN,
           "haymaker": Action.POWER})


@dataclass(frozen=True)
class Seen:
    """What a player sees of a fighter on one frame: his pose and where he stands."""

    state: FS
    frame: int
    move: str
    target: str
    x: int
    punch_id: int  # tells one throw from the next


def _seen(b: Boxer, tick: int) -> Seen:
    move = b.move
    punch_id = tick - b.frame if b.state == FS.PUNCH_STARTUP else -1
    return Seen(b.state, b.frame, move.id if move else "", move.target if move else "", b.x, punch_id)


class CpuController:
    def __init__(self, fighter: Fighter, level: CpuLevel, side: int, seed: int) -> None:
        self.fighter = fighter
        self.level = level
        self.side = side
        self.rng = random.Random(seed * 1_000_003 + side * 7_919 + 17)
        self.memory: deque[Seen] = deque(maxlen=level.reaction_frames + 1)
        self.plan: list[int] = []  # buttons of a combination still to throw
        self.hold = 0  # buttons held for a while (a guard, a retreat)
        self.hold_frames = 0
        self.answered = -1  # the opponent's punch already answered
        self.slip_in = 0  # frames until a timed slip
        self.last_target = "head"  # where the opponent's last punch went
        self.slip_lead = 4  # slip this many frames before the punch lands (inside the untouchable window)
        self.last = 0

    def decide(self, fight: Fight) -> int:
        frame = self._decide(fight)
        self.last = frame
        return frame

    def _decide(self, fight: Fight) -> int:
        s = fight.s
        me, opp = s.boxers[self.side], s.boxers[1 - self.side]
        self.memory.append(_seen(opp, s.tick))
        if me.state == FS.KNOCKED_DOWN:
            return self._get_up(me)
        if s.phase != Phase.FIGHTING:
            self.plan.clear()
            self.hold = 0
            return 0
        seen = self.memory[0]  # the opponent, reaction_frames late
        toward = Action.RIGHT if seen.x > me.x else Action.LEFT
        away = Action.LEFT if toward == Action.RIGHT else Action.RIGHT
        gap_px = abs(seen.x - me.x) // SUBPX
        lv, style, rng = self.level, self.fighter.cpu, self.rng

        if seen.state == FS.PUNCH_STARTUP and seen.punch_id != self.answered:
            self.answered = seen.punch_id
            self.last_target = seen.target
            move = opp.content.moves[seen.move]
            # the punch has moved on since it was seen: reaction_frames later it is this close to landing
            until_active = move.startup - seen.frame - lv.reaction_frames
            if until_active > 0 and rng.randrange(100) < lv.defence_percent:
                return self._defend(seen, until_active, move.active)
        if self.slip_in > 0:
            self.slip_in -= 1
            if self.slip_in == 0:
                return self._keep(Action.SLIP, 2)
        if self.hold_frames > 0:
            self.hold_frames -= 1
            if me.state not in ACTIONABLE or not self.plan:
                return self.hold
        if self.plan:
            return self._next_in_plan(me)
        if (seen.state == FS.PUNCH_RECOVERY and gap_px <= self._reach_px("jab")
                and me.stamina * 100 >= me.max_stamina * lv.rest_below_percent
                and rng.randrange(100) < lv.counter_percent):
            self.plan = [int(Action.JAB)]  # he is stuck finishing a punch: make him pay
            return self._next_in_plan(me)
        if me.stamina * 100 < me.max_stamina * lv.rest_below_percent:
            return self._rest(gap_px, away)
        reach = style.preferred_range_px
        if gap_px > reach + 6:
            if rng.randrange(100) < 40 + style.aggression // 2:
                return int(toward)
            return self._guard_habit()
        if gap_px < reach - 16 and rng.randrange(100) < 100 - style.aggression:
            return self._keep(away, 6)
        if rng.randrange(100) < lv.punch_percent * (50 + style.aggression) // 100:
            self._choose_attack(me, seen)
            return self._next_in_plan(me)
        return self._guard_habit()

    def _defend(self, seen: Seen, until_active: int, active: int) -> int:
        """Answer a wind-up: slip a head punch in time, or guard the right height until the punch is spent."""
        lv, rng = self.level, self.rng
        guard = int(Action.BLOCK | (Action.DOWN if seen.target == "body" else 0))
        lead = self.slip_lead
        if seen.target == "head" and until_active >= lead and rng.randrange(100) < lv.slip_percent:
            self.slip_in = until_active - lead  # guard until the slip's untouchable frames meet the punch
            answer, frames = (guard, self.slip_in) if self.slip_in > 0 else (int(Action.SLIP), 2)
        else:
            answer, frames = guard, until_active + active + 2
        if rng.randrange(100) < lv.counter_percent:
            self.plan = [int(Action.STRAIGHT if seen.target == "head" else Action.HOOK)]
        else:
            self.plan = []
        return self._keep(answer, frames)

    def _choose_attack(self, me: Boxer, seen: Seen) -> None:
        style, rng = self.fighter.cpu, self.rng
        if seen.state in (FS.GUARD_HIGH, FS.GUARD_LOW) and rng.randrange(100) < self.level.defence_percent:
            # reads the guard it can see: go round it, to the body of a high guard or upstairs over a low one
            if seen.state == FS.GUARD_HIGH:
                self.plan = [int(_BUTTON[rng.choice(("body_hook", "body_straight"))])]
            else:
                self.plan = [int(rng.choice((Action.UPPERCUT, Action.STRAIGHT)))]
            return
        if me.heart >= 100 and rng.randrange(100) < self.level.risk_percent * 3:
            self.plan = [int(Action.POWER)]
        elif rng.randrange(100) < self.level.risk_percent:
            self.plan = [int(rng.choice((Action.HOOK, Action.UPPERCUT, Action.HOOK | Action.DOWN)))]
        elif rng.randrange(100) < style.body_percent:
            self.plan = [int(_BUTTON[rng.choice(("body_hook", "body_straight"))])]
        else:
            self.plan = [int(_BUTTON[m]) for m in rng.choice(style.combos)]

    def _next_in_plan(self, me: Boxer) -> int:
        if me.state in ACTIONABLE or me.state == FS.PUNCH_RECOVERY:
            button = self.plan[0]
            if self.last & button & ~Action.DOWN:
                return 0  # release first, so the next press is a new press
            self.plan.pop(0)
            return button
        return 0

    def _rest(self, gap_px: int, away: Action) -> int:
        """Out of breath: get out of range and let stamina come back (a guard only when he is close, since
        guarding halves the refill)."""
        if gap_px < self._reach_px("straight") + 12:
            return self._keep(away | (Action.BLOCK if self.rng.randrange(2) else 0), 6)
        return 0

    def _reach_px(self, move_id: str) -> int:
        """How far a punch reaches, centre to centre, against a standing opponent (a player learns this)."""
        move = self.fighter.moves[move_id]
        return (max(box.far for box in move.hitboxes) + self.fighter.hurtboxes["default"].head.far) // SUBPX

    def _guard_habit(self) -> int:
        """Between punches the guard goes up by habit; a sharper CPU raises it at the height just attacked."""
        style, lv, rng = self.fighter.cpu, self.level, self.rng
        if rng.randrange(100) >= style.guard_percent:
            return 0
        if rng.randrange(100) < lv.defence_percent:
            low = self.last_target == "body"
        else:
            low = style.guard == "low" or (style.guard == "mixed" and rng.randrange(3) == 0)
        return self._keep(Action.BLOCK | (Action.DOWN if low else 0), 8)

    def _keep(self, buttons: int, frames: int) -> int:
        self.hold = int(buttons)
        self.hold_frames = frames
        return int(buttons)

    def _get_up(self, me: Boxer) -> int:
        if me.getup_hold:
            return int(Action.JAB)
        if self.last:
            return 0  # let go, so the next press counts
        rate = self.level.mash_per_second  # presses a second, with a release frame between presses
        return int(Action.JAB) if self.rng.randrange(60 - rate) < rate else 0
