"""Punches meeting bodies: contacts for both fighters are found and weighed from the same state, then applied.

Two phases keep player one from having any priority: `weigh` only reads, `apply` only writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.content.fighters import Move
from game.content.rules import Rules
from game.sim.boxer import MILLI, Boxer
from game.sim.boxes import active_hitbox, head_untouchable, hurtbox, overlaps, to_world
from game.sim.events import Event
from game.sim.stamina import lose_max, spend
from game.sim.states import FS


@dataclass(frozen=True)
class Outcome:
    attacker: int
    kind: str  # "hit", "block" or "slip"
    move: Move
    counter: bool = False
    health_loss: int = 0  # milli-points
    max_stamina_loss: int = 0
    stamina_loss: int = 0
    reaction: FS = FS.HITSTUN
    stun: int = 0
    knock_speed: int = 0
    hitstop: int = 0
    knockdown: bool = False
    attacker_heart: int = 0
    defender_heart: int = 0


def _guarding(d: Boxer) -> FS | None:
    if d.state in (FS.GUARD_HIGH, FS.GUARD_LOW):
        return d.state
    if d.state == FS.BLOCKSTUN:
        return d.guard_kind
    return None


def weigh(a: Boxer, d: Boxer, rules: Rules) -> Outcome | None:
    """What `a`'s punch does to `d` this frame, read from the state before anything is applied."""
    box = active_hitbox(a)
    if box is None:
        return None
    move = a.move
    assert move is not None
    target_box = hurtbox(d, move.target, rules)
    if target_box is None:
        if (move.target == "head" and head_untouchable(d, rules)
                and overlaps(box, to_world(d, d.content.hurtboxes["default"].head))):
            return Outcome(a.side, "slip", move, defender_heart=rules.heart_slip)
        return None
    if not overlaps(box, target_box):
        return None
    power = move.damage * MILLI * (rules.power_damage_percent[a.stat_index("power")] + a.raises.power_percent) // 100
    if a.stamina_tier(rules) >= 1:
        power = power * rules.low_damage_percent // 100
    guard = _guarding(d)
    blocked = (move.target == "head" and guard == FS.GUARD_HIGH) or (move.target == "body" and guard == FS.GUARD_LOW)
    if blocked:
        chip = power * move.chip_percent // 100
        if d.stamina_tier(rules) >= 1:
            chip = chip * rules.low_chip_percent // 100
        return Outcome(a.side, "block", move, health_loss=chip,
                       stamina_loss=move.damage * MILLI * rules.blocked_cost_percent // 100,
                       reaction=FS.BLOCKSTUN, stun=move.blockstun, knock_speed=move.pushback_sub // 8,
                       hitstop=max(1, move.hitstop // 2))
    counter = in_counter_window(d, a.raises.counter_window_frames)
    if counter:
        power = power * rules.counter_damage_percent // 100
    if move.target == "head":
        loss = power * rules.chin_head_damage_percent[d.stat_index("chin")] // 100
        max_loss = 0
    else:
        loss = power * rules.body_to_health_percent // 100
        max_loss = (power * rules.body_to_max_stamina_percent // 100
                    * rules.stamina_body_loss_percent[d.stat_index("stamina")] // 100
                    * (100 + a.raises.body_damage_percent) // 100 * d.body_weakness_percent // 100)
    health_after = d.health - loss
    knockdown = (health_after <= 0 or (counter and move.id == "haymaker")
                 or (move.power and health_after * 100 < d.max_health * a.raises.knockdown_health_percent))
    reaction, stun = _reaction(a, d, move, counter, knockdown, health_after, rules)
    return Outcome(a.side, "hit", move, counter=counter, health_loss=loss, max_stamina_loss=max_loss,
                   reaction=reaction, stun=stun, knock_speed=move.pushback_sub // 4,
                   hitstop=move.hitstop + (rules.counter_extra_hitstop if counter else 0), knockdown=knockdown,
                   attacker_heart=rules.heart_clean_hit + (rules.heart_counter_hit if counter else 0))


def in_counter_window(d: Boxer, bonus_frames: int = 0) -> bool:
    """Whether a punch landing on `d` now is a counter-hit: he is winding up a punch of his own (its startup), or,
    for an attacker whose counter window training widened by `bonus_frames`, he threw a telegraphed punch (one with
    tell frames) whose startup ended less than `bonus_frames` frames ago (its active frames, then its recovery)."""
    if d.state == FS.PUNCH_STARTUP:
        return True
    if bonus_frames <= 0 or d.move is None or d.move.tell_frames <= 0:
        return False
    if d.state == FS.PUNCH_ACTIVE:
        return d.frame < bonus_frames
    return d.state == FS.PUNCH_RECOVERY and d.move.active + d.frame < bonus_frames


def _reaction(a: Boxer, d: Boxer, move: Move, counter: bool, knockdown: bool, health_after: int,
              rules: Rules) -> tuple[FS, int]:
    """What a clean hit does to him: down, staggered (a counter-hit power punch, a power punch on a hurt man, or
    the story's early hook), or hitstun."""
    staggered = move.power and (counter or health_after * 100 < d.max_health * rules.stagger_health_percent
                                or (move.id == "hook" and a.hook_staggers))
    if knockdown:
        return FS.KNOCKED_DOWN, 0
    if staggered:
        return FS.STAGGERED, rules.stagger_frames
    return FS.HITSTUN, move.hitstun + (rules.counter_extra_hitstun if counter else 0)


def apply(o: Outcome, a: Boxer, d: Boxer, rules: Rules, events: list[Event]) -> int:
    """Write an outcome into both fighters; returns the hitstop it asks for."""
    a.move_connected = True
    if o.kind == "slip":
        d.heart = min(rules.heart_max, d.heart + o.defender_heart)
        d.round_figures.defence += 1
        d.fight_figures.defence += 1
        events.append(Event("slip", d.side, o.move.id, target="head"))
        return 0
    d.health = max(0, d.health - o.health_loss)
    spend(d, o.stamina_loss)
    if o.max_stamina_loss:
        lose_max(d, o.max_stamina_loss, rules)
    d.after_hitstop = o.reaction
    d.stun = o.stun
    d.knock_speed = o.knock_speed
    if o.kind == "block":
        d.guard_kind = _guarding(d) or FS.GUARD_HIGH
        d.round_figures.defence += 1
        d.fight_figures.defence += 1
        events.append(Event("block", a.side, o.move.id, o.health_loss, o.move.target))
    else:
        a.heart = min(rules.heart_max, a.heart + o.attacker_heart)
        if o.move.id == "hook":
            a.hook_staggers = False  # the story's early hook is one punch
        for figs in (a.round_figures, a.fight_figures):
            figs.landed += 1
            figs.power_landed += 1 if o.move.power else 0
            figs.body_landed += 1 if o.move.target == "body" else 0
            figs.damage_milli += o.health_loss
        events.append(Event("hit", a.side, o.move.id, o.health_loss, o.move.target, o.counter))
        if o.reaction == FS.STAGGERED:
            events.append(Event("stagger", d.side))
    d.walk = 0
    d.enter(FS.HITSTOP)
    return o.hitstop
