"""CPU boxers: an input source like any other. A CPU sees what a player could see (the opponent as he looked
`reaction_frames` ago, itself now), decides with its own seeded generator, and presses the same buttons.

A better level is better the way a player is: it sees sooner and covers up against what it saw coming, reads the
guard in front of it and goes round it, throws only punches that reach, makes a missed punch pay, keeps its guard
where his punches have been going, presses forward for the judges and times its rise off the canvas. The easier
levels make a player's mistakes: wild punches from too far, the guard at the wrong height, late reactions.

In the story's final fight the opponent's CPU also follows the round's script: more or less pressure (`pressure_percent`
of its usual), frustrated barrages of three to five punches (`barrage_percent` of its attacks) and the opening hook.
"""

from __future__ import annotations

import random
from collections import deque
from types import MappingProxyType

from game.content.fighters import Fighter, Move
from game.content.rules import SUBPX, CpuLevel, Rules
from game.sim.boxer import MILLI, Boxer
from game.sim.cpu_sight import Seen, reaches, seen_of, worth
from game.sim.fight import Fight
from game.sim.inputs import MOVE_BUTTONS, Action
from game.sim.round_scripts import SCRIPTED_SIDE
from game.sim.states import ACTIONABLE, FS, Phase

_MOVE_OF = MappingProxyType({b: m for m, b in MOVE_BUTTONS.items()})
_POWER_SINGLES = ("hook", "uppercut", "body_hook")
_BODY = ("body_hook", "body_straight")
_SINGLES = ("jab", "straight", "hook", "uppercut", "body_hook", "body_straight")
_PUNISHERS = ("hook", "straight", "uppercut", "body_hook", "body_straight", "jab")  # hardest first
_SHORT = 2 * SUBPX  # a punch is thrown only this far inside its reach: the target may move meanwhile
_WILD_PERCENT = 25  # how often a CPU that does not read the range punches from too far...
_WILD_RANGE = 24 * SUBPX  # ...and from how much further than the longest punch
_BARRAGE = ("jab", "straight", "hook", "uppercut", "body_hook")  # what a frustrated man throws, wildly
_BARRAGE_PUNCHES = (3, 5)  # how many, at least and at most


class CpuController:
    def __init__(self, fighter: Fighter, level: CpuLevel, side: int, seed: int) -> None:
        self.fighter = fighter
        self.level = level
        self.side = side
        self.rng = random.Random(seed * 1_000_003 + side * 7_919 + 17)
        self.memory: deque[Seen] = deque(maxlen=level.reaction_frames + 1)
        self.plan: list[int] = []  # buttons of a combination still to throw
        self.aim = False  # the rest of the plan is thrown only while it reaches
        self.hold = 0  # buttons held for a while (a guard, a retreat)
        self.hold_frames = 0
        self.answered = -1  # the opponent's wind-up already answered
        self.punished = -1  # the opponent's recovery already punished
        self.slip_in = 0  # frames until a timed slip
        self.slip_lead = 4  # slip this many frames before the punch lands (inside the untouchable window)
        self.last = 0
        self.gap = 0  # centre to centre, as last seen
        self.round = 0
        self.all_out = False  # the last round, and not ahead on the cards: nothing left to save
        self.toward = Action.RIGHT
        self.moves_seen: dict[str, int] = {}  # his punches as it saw them thrown: where his attack goes
        self.my_reach: dict[str, dict[str, int]] = {}
        self.his_reach: dict[str, dict[str, int]] = {}
        self.longest = 0  # the longest reach of any punch in this fight
        self.his_longest = 0
        self.pressure = 100  # the story's round script: pressure against its usual...
        self.barrage = 0  # ...the share of its attacks that are frustrated barrages...
        self.opening_hook = False  # ...and the hook it opens the round with
        self.barraging = False  # the plan under way is a barrage
        self.buffer_frames = 0  # how early a press may come and still act (the rules')

    def decide(self, fight: Fight) -> int:
        frame = self._decide(fight)
        self.last = frame
        return frame

    def _decide(self, fight: Fight) -> int:
        s = fight.s
        me, opp = s.boxers[self.side], s.boxers[1 - self.side]
        self.memory.append(seen_of(opp, s.tick, s.rules))
        if me.state == FS.KNOCKED_DOWN:
            return self._get_up(me, s.count, s.rules)
        if s.phase != Phase.FIGHTING:
            self.plan.clear()
            self.hold = self.hold_frames = self.slip_in = 0
            return 0
        if not self.my_reach:
            self.my_reach = {m.id: reaches(m, opp.content) for m in self.fighter.moves.values()}
            self.his_reach = {m.id: reaches(m, self.fighter) for m in opp.content.moves.values()}
            self.buffer_frames = s.rules.buffer_frames
            self.his_longest = max(max(r.values(), default=0) for r in self.his_reach.values())
            self.longest = max(self.his_longest, *(max(r.values(), default=0) for r in self.my_reach.values()))
        if s.round != self.round:
            self.round = s.round
            self.all_out = s.round >= s.rounds and not self._ahead(fight)
            self._follow_script(fight)
        seen = self.memory[0]  # the opponent, reaction_frames late
        self.toward = Action.RIGHT if seen.x > me.x else Action.LEFT
        self.gap = abs(seen.x - me.x)
        if seen.state == FS.PUNCH_STARTUP and seen.since != self.answered:
            self.answered = seen.since
            self.moves_seen[seen.move] = self.moves_seen.get(seen.move, 0) + 1
            # a frustrated barrage does not stop to cover up
            answer = None if self.barraging and self.plan else self._answer(opp.content.moves[seen.move], seen, s.rules)
            if answer is not None:
                return answer
        if self.slip_in > 0:
            self.slip_in -= 1
            if self.slip_in == 0:
                return self._keep(Action.SLIP, 2)
        if self.hold_frames > 0:
            self.hold_frames -= 1
            return self.hold  # a guard held for a punch it saw coming stays up till the punch is spent
        if me.state in (FS.HITSTUN, FS.STAGGERED):
            self.plan.clear()  # caught: whatever was planned is off
        if self.plan:
            return self._next_in_plan(me)
        return self._neutral(me, opp.content, seen, s.rules)

    def _follow_script(self, fight: Fight) -> None:
        """A round opens: the story's opponent takes the round's script (its own orders, not a look at his)."""
        script = fight.script if self.side == SCRIPTED_SIDE else None
        self.pressure = script.pressure_percent if script else 100
        self.barrage = script.barrage_percent if script else 0
        self.opening_hook = bool(script and script.early_hook)

    def _pressed(self, percent: int) -> int:
        """A chance of pressing forward, scaled by the script's pressure."""
        return min(100, percent * self.pressure // 100)

    def _ahead(self, fight: Fight) -> bool:
        """Whether most judges have him ahead on the cards read out so far."""
        mine = [0] * len(fight.content.judges)
        for card in fight.s.cards:
            mine[card.judge] += card.points[self.side] - card.points[1 - self.side]
        return sum(1 for m in mine if m > 0) * 2 > len(mine)

    def _roll(self, percent: int) -> bool:
        return self.rng.randrange(100) < percent

    # --- defence --------------------------------------------------------------------------------------------

    def _answer(self, move: Move, seen: Seen, rules: Rules) -> int | None:
        """A wind-up seen in time: let it fall short, or slip or guard it."""
        lv = self.level
        slow = (0, rules.low_startup_frames, rules.empty_startup_frames)[seen.tier]
        until_active = move.startup + slow - seen.frame - lv.reaction_frames  # it has moved on since it was seen
        if until_active <= 0:
            return None
        if self.gap > self.his_reach[move.id].get("default", 0) + _SHORT and self._roll(lv.read_percent):
            return None  # it will fall short: stay put and make the miss pay
        if not self._roll(lv.defence_percent):
            return None
        return self._defend(seen, move, until_active, rules)

    def _defend(self, seen: Seen, move: Move, until_active: int, rules: Rules) -> int:
        """Slip a head punch in time, or guard the right height until the punch is spent; then, if his recovery
        leaves time, punch back."""
        guard = int(Action.BLOCK | (Action.DOWN if seen.target == "body" else 0))
        lead = self.slip_lead
        recovery = move.recovery + (rules.empty_recovery_frames if seen.tier == 2 else 0)
        if seen.target == "head" and until_active >= lead and self._roll(self.level.slip_percent):
            self.slip_in = until_active - lead  # guard until the slip's untouchable frames meet the punch
            answer, frames = (guard, self.slip_in) if self.slip_in > 0 else (int(Action.SLIP), 2)
            left = recovery - (rules.slip_frames - lead - move.active)  # the slip has to finish first
        else:
            answer, frames = guard, until_active + move.active + 2
            left = recovery - 2
        self.plan.clear()
        if self._roll(self.level.counter_percent):
            self._punisher(left, seen.stance)
        return self._keep(answer, frames)

    def _guard_habit(self, in_range: bool = True) -> int:
        """Between punches the guard goes up by habit, or the hands drop for a moment; a sharper CPU holds its
        guard where it stops most of what he has been throwing (a ducked head lets a jab or a straight go over it,
        but not a hook)."""
        style = self.fighter.cpu
        if not self._roll(style.guard_percent * 100 // self.pressure):  # a man pressing forward covers up less
            # hands down for a moment: the less defensive the level, the longer it stands there open
            return self._keep(0, (100 - self.level.defence_percent) // 10 if in_range else 1)
        if self._roll(self.level.read_percent):
            low = self._stopped("guard_low") > self._stopped("guard_high")
        else:
            low = style.guard == "low" or (style.guard == "mixed" and self.rng.randrange(3) == 0)
        return self._keep(Action.BLOCK | (Action.DOWN if low else 0), 8)

    def _stopped(self, stance: str) -> int:
        """How many of the punches he has thrown this guard would have stopped, at this distance."""
        stops = 0
        for move_id, n in self.moves_seen.items():
            reach = self.his_reach[move_id].get(stance, 0)
            blocks = (stance == "guard_high") == (self.fighter.moves[move_id].target == "head")
            stops += n if blocks or self.gap > reach else 0
        return stops

    # --- offence --------------------------------------------------------------------------------------------

    def _neutral(self, me: Boxer, opp: Fighter, seen: Seen, rules: Rules) -> int:
        """Nothing under way: punish, rest, punch or move, by what it sees."""
        lv, style = self.level, self.fighter.cpu
        # with rounds still to fight a tired man steps out of range to save his chin (the corner gives back all the
        # stamina between rounds, but not all the health); in the last one, unless the cards are his, he empties
        # the tank
        fresh = self.all_out or me.stamina * self.pressure >= me.max_stamina * lv.rest_below_percent
        if not fresh:
            return self._rest()
        if self.opening_hook:
            return self._open_with_hook(me)
        if self._punish(me, opp, seen, rules):
            return self._next_in_plan(me)
        far = self.gap > (style.preferred_range_px + 6) * SUBPX
        out_of_reach = self.gap > self.longest + _WILD_RANGE  # no punch of either man's gets near
        if self._roll(lv.punch_percent * (50 + style.aggression) // 100 * self.pressure // 100) and not out_of_reach:
            read = self._roll(lv.read_percent)
            # a reader punches whenever something reaches; the rest punch at their range, or wildly from further
            if (read or not far or self._roll(_WILD_PERCENT)) and self._choose_attack(me, seen, rules, read):
                return self._next_in_plan(me)
        if out_of_reach:
            return int(self.toward)  # nothing to guard against or throw from there: come in
        return self._footwork(far)

    def _footwork(self, far: bool) -> int:
        """Close to its range, keep it, or walk him down; the guard goes up between steps."""
        lv, style = self.level, self.fighter.cpu
        if far:
            if self._roll(self._pressed(max(40 + style.aggression // 2, lv.pressure_percent))):
                return int(self.toward)
            safe = self.gap > self.his_longest + _SHORT  # his punches cannot get there: no call for a guard
            return 0 if safe else self._guard_habit(in_range=False)
        backs_off = (100 - self._pressed(style.aggression)) * (100 - self._pressed(lv.pressure_percent)) // 100
        if self.gap < (style.preferred_range_px - 16) * SUBPX and self._roll(backs_off):
            return self._keep(self._away(), 6)
        if self._roll(self._pressed(lv.pressure_percent)):
            return int(self.toward)  # walking him down wins the centre and the aggression judge
        return self._guard_habit()

    def _punish(self, me: Boxer, opp: Fighter, seen: Seen, rules: Rules) -> bool:
        """He is stuck finishing a punch: make him pay."""
        if seen.state != FS.PUNCH_RECOVERY or seen.since == self.punished:
            return False
        self.punished = seen.since
        late = rules.empty_recovery_frames if seen.tier == 2 else 0
        left = opp.moves[seen.move].recovery + late - seen.frame - self.level.reaction_frames
        return self._roll(self.level.counter_percent) and self._punisher(left, seen.stance, me.heart >= rules.heart_max)

    def _punisher(self, left: int, stance: str, heart_full: bool = False) -> bool:
        """Plans the hardest punch that lands within `left` frames, if there is one: the haymaker first, when the
        heart meter allows it, since he cannot cover up in time."""
        for move_id in (("haymaker",) if heart_full else ()) + _PUNISHERS:
            if self.fighter.moves[move_id].startup < left and self._lands(move_id, stance):
                self._set_plan([move_id])
                return True
        return False

    def _lands(self, move_id: str, stance: str) -> bool:
        """Whether a punch would land on the stance it sees: in reach, and not into his guard."""
        if self.gap + _SHORT > self.my_reach[move_id].get(stance, 0):
            return False
        head = self.fighter.moves[move_id].target == "head"
        return not ((stance == "guard_high" and head) or (stance == "guard_low" and not head))

    def _choose_attack(self, me: Boxer, seen: Seen, rules: Rules, read: bool) -> bool:
        style, lv = self.fighter.cpu, self.level
        if me.heart >= rules.heart_max and self._roll(lv.risk_percent * 3):
            if read and not self._lands("haymaker", seen.stance):
                return False  # saves the big one for an opening
            self._set_plan(["haymaker"])
        elif self.barrage and self._roll(self.barrage):
            low, high = _BARRAGE_PUNCHES
            self._set_plan([self.rng.choice(_BARRAGE) for _ in range(self.rng.randint(low, high))], barrage=True)
        elif read:
            return self._read_attack(seen)
        elif self._roll(lv.risk_percent):
            self._set_plan([self.rng.choice(_POWER_SINGLES)])
        elif self._roll(style.body_percent):
            self._set_plan([self.rng.choice(_BODY)])
        else:
            self._set_plan(list(self.rng.choice(style.combos)))
        return True

    def _read_attack(self, seen: Seen) -> bool:
        """What a reader throws: among the punches that reach and go round the guard it sees, one of the best,
        then the rest of one of his combinations while it reaches."""
        scored = [(worth(self.fighter.moves[m]), m) for m in _SINGLES if self._lands(m, seen.stance)]
        if not scored:
            return False
        best = max(score for score, _ in scored)
        first = self.rng.choice([m for score, m in scored if score * 5 >= best * 4])
        self._set_plan([first, *self.rng.choice(self.fighter.cpu.combos)[1:]], aim=True)
        return True

    def _open_with_hook(self, me: Boxer) -> int:
        """The story's round one: walk him down and open with the hook, as soon as it reaches."""
        if self.gap + _SHORT > self.my_reach["hook"].get("default", 0):
            return int(self.toward)
        self.opening_hook = False
        self._set_plan(["hook"])
        return self._next_in_plan(me)

    def _set_plan(self, moves: list[str], aim: bool = False, barrage: bool = False) -> None:
        self.plan = [MOVE_BUTTONS[m] for m in moves]
        self.aim = aim
        self.barraging = barrage

    def _next_in_plan(self, me: Boxer) -> int:
        if me.state not in ACTIONABLE and me.state != FS.PUNCH_RECOVERY:
            return 0
        button = self.plan[0]
        if self.last & button & ~Action.DOWN:
            return 0  # release first, so the next press is a new press
        if self.barraging and me.state == FS.PUNCH_RECOVERY and me.move_recovery - me.frame > self.buffer_frames:
            return 0  # a barrage chains every punch: pressed too early, the press would be forgotten
        if self.aim and me.state == FS.PUNCH_RECOVERY and me.move is not None:
            gap = self.gap + (me.move.pushback_sub if me.move_connected else 0)  # a punch that landed pushed him
            if gap + _SHORT > self.my_reach[_MOVE_OF[button]].get("default", 0):
                self.plan.clear()
                return 0
        self.plan.pop(0)
        return button

    # --- legs and lungs -------------------------------------------------------------------------------------

    def _rest(self) -> int:
        """Out of breath: get out of range and let stamina come back (a guard only when he is close, since
        guarding halves the refill)."""
        if self.gap < self.his_reach["straight"].get("default", 0) + 12 * SUBPX:
            return self._keep(self._away() | (Action.BLOCK if self.rng.randrange(2) else 0), 6)
        return 0

    def _away(self) -> Action:
        return Action.LEFT if self.toward == Action.RIGHT else Action.RIGHT

    def _keep(self, buttons: int, frames: int) -> int:
        self.hold = int(buttons)
        self.hold_frames = frames
        return int(buttons)

    def _get_up(self, me: Boxer, count: int, rules: Rules) -> int:
        """Mash to rise; a cool head stops just short of the top to rise mid-count, when rising gives most back."""
        if me.getup_hold:
            return int(Action.JAB)
        if self.last:
            return 0  # let go, so the next press counts
        press = rules.getup_press * MILLI * rules.recovery_percent[me.stat_index("recovery")] // 100
        if count < self.level.rise_count and me.getup + 2 * press >= me.getup_needed:
            return 0
        rate = self.level.mash_per_second  # presses a second, with a release frame between presses
        return int(Action.JAB) if self.rng.randrange(60 - rate) < rate else 0
