"""Knockdowns: going down, the get-up meter (mash or hold), rising with health back by the count, the allowance."""

from __future__ import annotations

from game.content.rules import Rules
from game.sim.boxer import MILLI, Boxer
from game.sim.events import Event
from game.sim.inputs import PUNCHES
from game.sim.states import FS


def knockdowns_left(b: Boxer, rules: Rules) -> int:
    """Knockdowns this round the fighter can still get up from (the HUD shows it; at 0 the next one is a TKO)."""
    return max(0, rules.tko_knockdowns - 1 - b.knockdowns_round)


def go_down(b: Boxer, damage_milli: int, rules: Rules) -> None:
    """Book a knockdown the moment the punch lands; the fall itself follows the hitstop."""
    b.knockdowns_round += 1
    b.knockdowns_total += 1
    b.round_figures.knockdowns_suffered += 1
    b.fight_figures.knockdowns_suffered += 1
    b.drop_damage = damage_milli // MILLI
    b.getup = 0
    b.getup_needed = getup_needed(b, rules)


def getup_needed(b: Boxer, rules: Rules) -> int:
    """Harder with each knockdown of the fight and with the damage of the punch that dropped him."""
    points = (rules.getup_base + rules.getup_per_knockdown * (b.knockdowns_total - 1)
              + rules.getup_per_damage * b.drop_damage)
    return points * MILLI


def fill_getup(b: Boxer, buttons: int, rules: Rules) -> None:
    """One frame on the canvas: mashing punch buttons (or holding one, the accessible way) against the decay."""
    scale = rules.recovery_percent[b.stat_index("recovery")]
    if b.getup_hold:
        if buttons & PUNCHES:
            b.getup += rules.getup_hold_per_second * MILLI * scale // 100 // rules.ticks_per_second
    elif buttons & ~b.prev_buttons & PUNCHES:
        b.getup += rules.getup_press * MILLI * scale // 100
    b.getup = max(0, b.getup - rules.getup_decay_per_second * MILLI // rules.ticks_per_second)


def rise(b: Boxer, count: int, rules: Rules, events: list[Event]) -> None:
    """Up before ten: health back by when he rose (most for a steady rise mid-count)."""
    b.rise_count = count
    b.health = min(b.max_health, b.health + b.max_health * rise_health_percent(count, rules) // 100)
    b.heart = min(rules.heart_max, b.heart + rules.heart_get_up)
    b.enter(FS.RISING)
    events.append(Event("rise", b.side, value=count))


def rise_health_percent(count: int, rules: Rules) -> int:
    table = rules.rise_health_percent
    return table[min(count, len(table) - 1)]
