"""A fighter's simulation state: plain integers, so hashing, copying and replaying are exact."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.content.fighters import Fighter, Move
from game.content.rules import Rules
from game.sim.raises import NO_RAISES, Raises
from game.sim.states import FS, TRANSITIONS

MILLI = 1000  # meters (health, stamina, get-up) are kept in thousandths of a point


class IllegalTransition(Exception):
    """A transition the state table does not allow: always a bug in the engine."""


@dataclass
class Figures:
    """What a fighter did in one round: the judges' raw material."""

    thrown: int = 0
    landed: int = 0
    power_landed: int = 0
    body_landed: int = 0
    damage_milli: int = 0
    aggression_frames: int = 0
    ring_control_frames: int = 0
    defence: int = 0
    knockdowns_suffered: int = 0

    def as_tuple(self) -> tuple[int, ...]:
        return (self.thrown, self.landed, self.power_landed, self.body_landed, self.damage_milli,
                self.aggression_frames, self.ring_control_frames, self.defence, self.knockdowns_suffered)


@dataclass
class Boxer:
    content: Fighter
    side: int  # 0 = player one (starts on the left), 1 = player two
    facing: int  # +1 faces right, -1 faces left
    x: int  # centre, subpixels
    health: int
    max_health: int
    stamina: int
    max_stamina: int
    state: FS = FS.IDLE
    frame: int = 0  # frames spent in the current state (0 on the tick it was entered)
    move: Move | None = None
    move_startup: int = 0  # this throw's startup and recovery, after tiredness
    move_recovery: int = 0
    move_connected: bool = False  # a punch hits at most once
    stun: int = 0  # frames of hitstun, blockstun or stagger left
    after_hitstop: FS = FS.HITSTUN
    guard_kind: FS = FS.GUARD_HIGH  # which guard blockstun holds
    knock_speed: int = 0  # knockback, subpixels per frame, away from the opponent
    walk: int = 0  # -1, 0, +1: the screen direction the fighter walks this tick
    prev_buttons: int = 0
    buffered: int = 0  # an Action pressed early, kept for the input buffer
    buffer_age: int = 0
    since_punch: int = 1000
    heart: int = 0
    knockdowns_round: int = 0
    knockdowns_total: int = 0
    getup: int = 0  # get-up meter, milli-points
    getup_needed: int = 0
    drop_damage: int = 0  # the damage of the punch that put him down, in points
    rise_count: int = 0
    fall_angle: int = 0  # degrees the body leans from upright (the knockdown fall), from physics
    getup_hold: bool = False  # the accessibility alternative: hold a punch button instead of mashing
    round_figures: Figures = field(default_factory=Figures)
    fight_figures: Figures = field(default_factory=Figures)
    # the story's final fight: what training earned (for the whole fight) and the round script's terms
    raises: Raises = NO_RAISES
    refill_percent: int = 100  # his stamina refill against the usual, this round
    body_weakness_percent: int = 100  # max stamina body punches take from him against the usual, this round
    hook_staggers: bool = False  # his next clean hook staggers, whatever the health (the story's early hook)

    def enter(self, state: FS) -> None:
        if state not in TRANSITIONS[self.state]:
            raise IllegalTransition(f"{self.content.id}: {self.state.name} -> {state.name}")
        self.state = state
        self.frame = 0

    def stat_index(self, name: str) -> int:
        return self.content.stat(name) - 1

    def stamina_tier(self, rules: Rules) -> int:
        """0 fresh, 1 tired (under the low threshold), 2 empty."""
        if self.stamina <= 0:
            return 2
        if self.stamina * 100 < self.max_stamina * rules.low_stamina_percent:
            return 1
        return 0

    def hash_tuple(self) -> tuple[object, ...]:
        return (self.content.id, self.side, self.facing, self.x, self.health, self.max_health, self.stamina,
                self.max_stamina,
                int(self.state), self.frame, self.move.id if self.move else "", self.move_startup,
                self.move_recovery, self.move_connected, self.stun,
                int(self.after_hitstop), int(self.guard_kind), self.knock_speed, self.walk, self.prev_buttons,
                self.buffered, self.buffer_age, self.since_punch, self.heart, self.knockdowns_round,
                self.knockdowns_total, self.getup, self.getup_needed, self.drop_damage, self.rise_count,
                self.fall_angle, self.getup_hold, self.round_figures.as_tuple(), self.fight_figures.as_tuple(),
                *self._story_tuple())

    def _story_tuple(self) -> tuple[object, ...]:
        """The story's terms, only when any is set: a fight without them hashes as it always has."""
        story = (self.raises.hash_tuple(), self.refill_percent, self.body_weakness_percent, self.hook_staggers)
        return () if story == (NO_RAISES.hash_tuple(), 100, 100, False) else (story,)


def new_boxer(fighter: Fighter, side: int, rules: Rules, raises: Raises = NO_RAISES) -> Boxer:
    centre = (rules.left_rope_sub + rules.right_rope_sub) // 2
    facing = 1 if side == 0 else -1
    max_stamina = (rules.stamina_max_start + raises.max_stamina_points) * MILLI
    return Boxer(content=fighter, side=side, facing=facing, x=centre - facing * rules.start_gap_sub // 2,
                 health=rules.health_max * MILLI,
                 max_health=rules.health_max * MILLI, stamina=max_stamina, max_stamina=max_stamina, raises=raises)
