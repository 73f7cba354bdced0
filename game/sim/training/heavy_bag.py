"""Heavy bag: a real pendulum in pymunk that Vito punches from a fixed spot until it has taken the target damage.

The bag is a box pinned to a static pivot on the ceiling beam (a pivot joint: the chain and the bag swing as one),
under gravity and the space's damping. A punch is thrown on a press (Vito's own startup, active and recovery
frames); on its first active tick the glove reaches out at the punch's height: if the bag's near face is there and
within reach, it lands. Its closing speed is the glove's speed plus the speed of the bag's face coming towards
Vito at that point (minus, when the bag is going away); damage goes with the square of it (as the energy of the
blow does) and the impulse applied at the contact point goes with it (as a collision's does). So a punch that meets
the bag as it swings in lands harder and stops it; one that chases it lands soft and only pushes it further away.
A landed punch within the combination window of the last raises the multiplier; a miss ends the combination.

World: fighter pixels, x forward from Vito's centre line, y up from the floor (pymunk's own orientation), so the
bag's angle is positive when its bottom swings away from him.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pymunk

from game.content.errors import ContentError, Problem
from game.content.fighters import Move
from game.content.library import Content
from game.content.rules import SUBPX
from game.content.stages.heavy_bag import Params, Punch
from game.content.training import StageSpec
from game.sim.events import Event
from game.sim.inputs import MOVE_BUTTONS, Action
from game.sim.training.stage import (
    DT,
    ClockedStage,
    Control,
    StageClock,
    StageConfig,
    digest,
    make_rng,
    rng_key,
)

_PUNCH_BUTTONS = (int(Action.JAB), int(Action.STRAIGHT), int(Action.HOOK), int(Action.UPPERCUT))
PILOT_LOOKAHEAD = 40  # ticks the pilot considers waiting for the bag to come back

CONTROLS = (
    Control("Jab / straight (hold down: to the body)", (Action.JAB, Action.STRAIGHT)),
    Control("Hook (hold down: to the body) / uppercut", (Action.HOOK, Action.UPPERCUT)),
    Control("Body shots: hold with straight or hook", (Action.DOWN,)),
)
ASSIST_CONTROLS = (Control("Or hold punches: thrown in turn, a combination", (Action.JAB, Action.STRAIGHT)),)


@dataclass(frozen=True)
class BagState:
    """The bag's rigid-body state read back from the physics (centre, angle, and their speeds)."""

    x: float
    y: float
    angle: float
    vx: float
    vy: float
    spin: float

    @staticmethod
    def of(body: pymunk.Body) -> BagState:
        return BagState(body.position.x, body.position.y, body.angle, body.velocity.x, body.velocity.y,
                        body.angular_velocity)


@dataclass(frozen=True)
class Contact:
    """Where a punch at some height meets the bag's near face, and how fast that point moves."""

    x: float
    y: float
    along: float  # the point's position along the bag, from its centre, + towards the top
    vx: float
    vy: float


@dataclass(frozen=True)
class Landing:
    """What a punch would do on landing: the closing speed (percent of the glove's) and the damage."""

    closing_percent: int
    damage: int
    chain: int


@dataclass(frozen=True)
class Hit:
    """The last punch that landed, for the view (the dent, the dust) and the hash."""

    tick: int
    move: str
    along: float
    damage: int
    closing_percent: int


def contact(bag: BagState, p: Params, punch: Punch) -> Contact | None:
    """The bag's near face at the punch's height (None when the bag has swung so that the face misses it)."""
    half_w = p.bag_width_px / 2
    c, s = math.cos(bag.angle), math.sin(bag.angle)
    along = (punch.height_px - bag.y + half_w * s) / c
    if abs(along) > p.bag_height_px / 2:
        return None
    x = bag.x - half_w * c - along * s
    y = float(punch.height_px)
    rx, ry = x - bag.x, y - bag.y
    return Contact(x, y, along, bag.vx - bag.spin * ry, bag.vy + bag.spin * rx)


def combo_percent(p: Params, chain: int) -> int:
    """The damage multiplier, in percent, of the `chain`-th punch of a combination (100 for the first, or none)."""
    return min(p.combo_max_percent, 100 + p.combo_step_percent * max(0, chain - 1))


def landing(bag: BagState, p: Params, punch: Punch, chain: int, since_last: int,
            last_move: str) -> tuple[Landing, Contact] | None:
    """The punch meeting the bag in this state, or None when it misses (out of reach, or the bag outruns it).

    A combination is a run of landed punches, each within the window of the last and not the same punch again
    (a repeat starts a new one)."""
    found = contact(bag, p, punch)
    # the reach test is made in whole sub-pixels, so a float's last bit never decides a landing
    if found is None or round(found.x * SUBPX) > punch.reach_px * SUBPX:
        return None
    rise = math.radians(punch.rise_deg)
    away = found.vx * math.cos(rise) + found.vy * math.sin(rise)
    closing = round(punch.glove_speed_px_s - away)  # rounded here, at the boundary: the score is whole numbers
    if closing <= 0:
        return None
    percent = min(p.max_closing_percent, closing * 100 // punch.glove_speed_px_s)
    chain = chain + 1 if chain > 0 and since_last <= p.combo_window_frames and punch.id != last_move else 1
    damage = max(1, punch.damage * percent * percent * combo_percent(p, chain) // 1_000_000)
    return Landing(percent, damage, chain), found


def _button_move(pressed: int, held: int) -> str:
    """The punch a press asks for (the strongest when several come at once); DOWN turns two into body shots."""
    down = bool(held & Action.DOWN)
    if pressed & Action.UPPERCUT:
        return "uppercut"
    if pressed & Action.HOOK:
        return "body_hook" if down else "hook"
    if pressed & Action.STRAIGHT:
        return "body_straight" if down else "straight"
    if pressed & Action.JAB:
        return "jab"
    return ""


def _pressed_moves(pressed: int, held: int) -> list[str]:
    """Every punch pressed this tick, the strongest first."""
    moves = []
    for button in (Action.UPPERCUT, Action.HOOK, Action.STRAIGHT, Action.JAB):
        if pressed & button:
            moves.append(_button_move(int(button), held))
    return moves


def build_space(p: Params) -> tuple[pymunk.Space, pymunk.Body]:
    """The gym's physics, built in a fixed order: gravity, damping, the bag and its pivot joint."""
    space = pymunk.Space()
    space.gravity = (0.0, -p.gravity_px_s2)
    space.damping = p.damping_per_second
    space.iterations = p.iterations
    moment = pymunk.moment_for_box(p.bag_mass, (p.bag_width_px, p.bag_height_px))
    bag = pymunk.Body(p.bag_mass, moment)
    bag.position = (p.bag_x_px, p.bag_bottom_px + p.bag_height_px / 2)
    joint = pymunk.PivotJoint(space.static_body, bag, p.pivot_px)
    space.add(bag, joint)
    return space, bag


class HeavyBag(ClockedStage):
    def __init__(self, spec: StageSpec, config: StageConfig, moves: dict[str, Move]) -> None:
        self.spec = spec
        self.config = config
        self.p: Params = spec.params
        self.moves = moves
        self.clock = StageClock(spec)
        self.rng = make_rng(spec, config)  # the bag is the same every run; kept in the hash all the same
        self.space, self.bag = build_space(self.p)
        self.prev = 0  # last tick's input, to find presses
        self.move = ""  # the punch being thrown ("" when ready)
        self.frame = 0  # ticks into it
        self.buffered = ""  # a press in the end of the last punch's recovery, thrown next
        self.last_throw = ""  # the last punch thrown (the assist throws held buttons in turn)
        self.idle = 0  # ticks since the last punch ended
        self.damage = 0
        self.chain = 0  # punches in the current combination (0: none running)
        self.last_land = 0  # the tick of the last punch that landed
        self.last_move = ""  # ... and which punch it was
        self.best_chain = 0
        self.landed = 0
        self.missed = 0
        self.last_hit: Hit | None = None

    # --- what the view, the pilot and the HUD read ----------------------------------------------------------

    @property
    def tick(self) -> int:
        return self.clock.tick

    def bag_state(self) -> BagState:
        return BagState.of(self.bag)

    def total_frames(self, move_id: str) -> int:
        return self.moves[move_id].total

    def startup(self, move_id: str) -> int:
        return self.moves[move_id].startup

    def multiplier_percent(self) -> int:
        return combo_percent(self.p, self.chain)

    def progress(self) -> str:
        combo = f"   Combo x{self.multiplier_percent() / 100:.2f}" if self.chain > 1 else ""
        return f"Damage {min(self.damage, self.p.target_damage)} / {self.p.target_damage}{combo}"

    # --- the tick ------------------------------------------------------------------------------------------

    def step(self, inputs: tuple[int, int]) -> list[Event]:
        if self.finished:
            return []
        events: list[Event] = []
        self.clock.advance()
        held = inputs[0]
        pressed = held & ~self.prev
        self.prev = held
        wanted = _pressed_moves(pressed, held) or [m for m in [self._assisted(held)] if m]
        if wanted and self.move and self.frame >= self.total_frames(self.move) - self.p.buffer_frames:
            self.buffered = wanted[0]
        queue = [self.buffered, *wanted] if self.buffered else wanted
        if not self.move and queue:
            # two buttons at once throw both: the stronger now, the other kept as the next punch
            self.move, self.frame, self.buffered = queue[0], 0, queue[1] if len(queue) > 1 else ""
            self.last_throw = self.move
            events.append(Event("throw", 0, self.move))
        if self.move and self.frame == self.startup(self.move):
            self._land(events)
        self.space.step(DT)
        if self.move:
            self.frame += 1
            if self.frame >= self.total_frames(self.move):
                self.move, self.idle = "", 0
        else:
            self.idle += 1
        if self.chain and self.tick - self.last_land > self.p.combo_window_frames:
            events.append(Event("combo_end", 0, value=self.chain))
            self.chain = 0
        self.clock.split_by_share(self.damage, self.p.target_damage, events)
        self.clock.check_time_limit(events)
        return events

    def _assisted(self, held: int) -> str:
        """Hold instead of mash: held punch buttons are thrown in turn (a combination by themselves) whenever he
        is ready and the bag is in reach of the next one."""
        if not self.config.assist or self.move or self.buffered or self.idle < self.p.assist_pause_frames:
            return ""
        moves = [m for m in (_button_move(held & b, held) for b in _PUNCH_BUTTONS) if m]
        if not moves:
            return ""
        fresh = [m for m in moves if m != self.last_throw]
        move = fresh[0] if fresh else moves[0]
        found = contact(self.bag_state(), self.p, self.p.punch(move))
        return move if found is not None and found.x <= self.p.punch(move).reach_px else ""

    def _land(self, events: list[Event]) -> None:
        punch = self.p.punch(self.move)
        found = landing(self.bag_state(), self.p, punch, self.chain, self.tick - self.last_land, self.last_move)
        if found is None:
            self.missed += 1
            if self.chain:
                events.append(Event("combo_end", 0, value=self.chain))
            self.chain = 0
            events.append(Event("whiff", 0, self.move))
            return
        land, point = found
        rise = math.radians(punch.rise_deg)
        push = punch.impulse * land.closing_percent / 100
        self.bag.apply_impulse_at_world_point((push * math.cos(rise), push * math.sin(rise)), (point.x, point.y))
        self.damage += land.damage
        self.chain = land.chain
        self.best_chain = max(self.best_chain, self.chain)
        self.last_land = self.tick
        self.last_move = self.move
        self.landed += 1
        self.last_hit = Hit(self.tick, self.move, point.along, land.damage, land.closing_percent)
        target = "body" if self.move.startswith("body") else "head"
        events.append(Event("hit", 0, self.move, land.damage, target, counter=land.closing_percent > 100))
        if self.chain > 1:
            events.append(Event("combo", 0, self.move, self.chain))

    # --- the record ----------------------------------------------------------------------------------------

    def state_hash(self) -> str:
        b = self.bag
        return digest(self.clock.key(), rng_key(self.rng), self.prev, self.move, self.frame, self.buffered,
                      self.last_throw, self.idle, self.damage, self.chain, self.last_land, self.last_move,
                      self.best_chain, self.landed, self.missed, self.last_hit,
                      tuple(b.position), tuple(b.velocity), b.angle, b.angular_velocity)

    def predict(self, ticks: int) -> list[BagState]:
        """The bag's state now and after each of the next `ticks` ticks if nobody touches it (a copy of the space
        is stepped; the simulation itself is untouched)."""
        space = self.space.copy()
        body = next(b for b in space.bodies if b.body_type == pymunk.Body.DYNAMIC)
        states = [BagState.of(body)]
        for _ in range(ticks):
            space.step(DT)
            states.append(BagState.of(body))
        return states


def make(content: Content, config: StageConfig) -> HeavyBag:
    spec = content.stage(config.stage)
    p: Params = spec.params
    fighter = content.fighter(p.fighter)
    missing = [punch.id for punch in p.punches if punch.id not in fighter.moves]
    if missing:
        raise ContentError([Problem("levels/training/heavy_bag.toml", "params.fighter",
                                    f"{p.fighter} has no move {', '.join(missing)}")])
    return HeavyBag(spec, config, {punch.id: fighter.moves[punch.id] for punch in p.punches})


# --- the pilot -------------------------------------------------------------------------------------------------

def plan(sim: HeavyBag) -> tuple[int, str]:
    """The best next punch and how many ticks to wait before throwing it: the most damage per tick spent, from
    the bag's predicted swing (a miss scores nothing, a wait that lets the combination lapse scores less)."""
    p = sim.p
    horizon = PILOT_LOOKAHEAD + max(sim.startup(m.id) for m in p.punches)
    future = sim.predict(horizon)
    best = (0.0, 0, p.punches[0].id)
    for wait in range(PILOT_LOOKAHEAD + 1):
        for punch in p.punches:
            at = wait + sim.startup(punch.id)
            since = sim.tick + at + 1 - sim.last_land
            found = landing(future[at], p, punch, sim.chain, since, sim.last_move)
            if found is None:
                continue
            # a margin: the pilot never counts on a landing by the width of a hair
            if round(found[1].x * SUBPX) > (punch.reach_px - 1) * SUBPX:
                continue
            score = found[0].damage / (wait + sim.total_frames(punch.id))
            if score > best[0]:
                best = (score, wait, punch.id)
    return best[1], best[2]


def autoplay(sim: HeavyBag) -> tuple[int, int]:
    """A perfect pilot: when ready, throws the punch its plan says now, or waits for the bag to come back."""
    if sim.finished or sim.move:
        return 0, 0
    wait, move = plan(sim)
    return (MOVE_BUTTONS[move], 0) if wait == 0 else (0, 0)
