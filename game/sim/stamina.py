"""Two-layer stamina: what punches cost, how stamina refills, and what tiredness does to a punch."""

from __future__ import annotations

from game.content.fighters import Move
from game.content.rules import Rules
from game.sim.boxer import MILLI, Boxer
from game.sim.states import FS

_NO_REFILL = frozenset({FS.HITSTOP, FS.HITSTUN, FS.STAGGERED, FS.KNOCKED_DOWN, FS.KNOCKED_OUT})
_GUARDING = frozenset({FS.GUARD_HIGH, FS.GUARD_LOW, FS.BLOCKSTUN})


def refill_per_frame(b: Boxer, rules: Rules) -> int:
    """Milli-points a fresh, non-guarding fighter gets back each frame: his stamina stat's, raised by training,
    scaled by the round's terms (the story's final rounds, run on empty)."""
    pct = rules.stamina_refill_percent[b.stat_index("stamina")] + b.raises.refill_percent
    per_second = rules.stamina_refill_per_second * MILLI * pct // 100 * b.refill_percent // 100
    return per_second // rules.ticks_per_second


def refill(b: Boxer, rules: Rules) -> None:
    """One frame of refilling: none in hitstun or while punching, half while guarding."""
    if b.since_punch < rules.refill_delay_frames or b.state in _NO_REFILL:
        return
    amount = refill_per_frame(b, rules)
    if b.state in _GUARDING:
        amount = amount * rules.guard_refill_percent // 100
    b.stamina = min(b.max_stamina, b.stamina + amount)


def punch_frames(b: Boxer, move: Move, rules: Rules) -> tuple[int, int]:
    """(startup, recovery) of this throw: tired punches are slower, empty ones wild."""
    tier = b.stamina_tier(rules)
    startup, recovery = move.startup, move.recovery
    if tier == 1:
        startup += rules.low_startup_frames
    elif tier == 2:
        startup += rules.empty_startup_frames
        recovery += rules.empty_recovery_frames
    return startup, recovery


def spend(b: Boxer, points_milli: int) -> None:
    b.stamina = max(0, b.stamina - points_milli)


def lose_max(b: Boxer, points_milli: int, rules: Rules) -> None:
    """Max stamina falls with body damage and with rounds fought, never below a tenth of the start."""
    floor = rules.stamina_max_start * MILLI // 10
    b.max_stamina = max(floor, b.max_stamina - points_milli)
    b.stamina = min(b.stamina, b.max_stamina)
