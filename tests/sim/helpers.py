"""Small tools for the fight-rule tests: a fight already past the intro with the fighters where a test wants
them, scripted inputs tick by tick, and the events they produced.

Only the situation is set by hand (positions, health, stamina); everything under test happens through `step()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from game.content.library import Content
from game.content.rules import SUBPX
from game.sim.boxer import MILLI
from game.sim.events import Event
from game.sim.fight import Fight, FightConfig
from game.sim.inputs import Action
from game.sim.states import Phase

IDLE = (0, 0)
Script = Callable[[int], tuple[int, int]]  # tick index from 0 -> (p1 buttons, p2 buttons)


@dataclass(frozen=True)
class Stamped:
    """An event and the index (from 0) of the scripted tick that produced it."""

    tick: int
    event: Event


def close_px(fight: Fight) -> int:
    """A distance at which every move of the shipped fighters reaches: the bodies almost touching."""
    a, b = fight.s.boxers
    return (a.content.radius_sub + b.content.radius_sub) // SUBPX + 4


def far_px(fight: Fight) -> int:
    """A distance at which no punch reaches anything."""
    rules = fight.s.rules
    return (rules.right_rope_sub - rules.left_rope_sub) // SUBPX // 2


def new_fight(content: Content, p1: str = "vito", p2: str = "vito", *, at: str | None = None,
              rounds: int = 1, seed: int = 0, getup_hold: tuple[bool, bool] = (False, False)) -> Fight:
    """A fight already past the intro (its first FIGHTING tick not yet stepped), optionally with the fighters
    placed `at` "close" range (every punch reaches) or "far" (none does) around the ring's centre."""
    fight = Fight(content, FightConfig(p1, p2, rounds, seed, getup_hold))
    while fight.s.phase == Phase.INTRO:
        fight.step(IDLE)
    assert fight.s.phase == Phase.FIGHTING
    if at is not None:
        place(fight, {"close": close_px, "far": far_px}[at](fight))
    return fight


def place(fight: Fight, distance_px: int) -> None:
    """Put the fighters `distance_px` apart around the centre, at rest, facing each other."""
    rules = fight.s.rules
    centre = (rules.left_rope_sub + rules.right_rope_sub) // 2
    a, b = fight.s.boxers
    a.x = centre - distance_px * SUBPX // 2
    b.x = a.x + distance_px * SUBPX
    a.knock_speed = b.knock_speed = 0
    fight.s.ring.place(fight.s.boxers)


def run(fight: Fight, ticks: int, script: Script | tuple[int, int] = IDLE,
        until: Callable[[Fight], bool] | None = None) -> list[Stamped]:
    """Step `ticks` times (or until `until(fight)` holds after a step) and return the stamped events."""
    out: list[Stamped] = []
    for t in range(ticks):
        inputs = script(t) if callable(script) else script
        out.extend(Stamped(t, e) for e in fight.step(inputs))
        if until is not None and until(fight):
            break
    return out


def presses(p1: dict[int, int] | None = None, p2: dict[int, int] | None = None,
            hold: tuple[int, int] = IDLE) -> Script:
    """A script that presses the given buttons on the given ticks (one tick each), over held buttons."""
    one, two = p1 or {}, p2 or {}
    return lambda t: (hold[0] | one.get(t, 0), hold[1] | two.get(t, 0))


def mash(side: int, button: int = Action.JAB) -> Script:
    """One fighter presses a button every other tick (a fast, honest mash)."""
    def script(t: int) -> tuple[int, int]:
        buttons = button if t % 2 == 0 else 0
        return (buttons, 0) if side == 0 else (0, buttons)
    return script


def of_kind(events: Iterable[Stamped], kind: str, side: int | None = None) -> list[Stamped]:
    return [s for s in events if s.event.kind == kind and (side is None or s.event.side == side)]


def first(events: Iterable[Stamped], kind: str, side: int | None = None) -> Stamped:
    found = of_kind(events, kind, side)
    assert found, f"no {kind!r} event (side {side}) among {[s.event.kind for s in events]}"
    return found[0]


def until_phase(*phases: Phase) -> Callable[[Fight], bool]:
    return lambda f: f.s.phase in phases


def land_one(fight: Fight, attacker: int, button: int, *, hold: tuple[int, int] = IDLE,
             ticks: int = 60) -> list[Stamped]:
    """The attacker presses `button` on tick 0 while both hold `hold`; run until the punch is over."""
    script = presses({0: button} if attacker == 0 else None, {0: button} if attacker == 1 else None, hold)
    return run(fight, ticks, script)


def tire(fight: Fight, side: int) -> None:
    """Leave a fighter one point under the tired threshold (stamina only, max untouched)."""
    b = fight.s.boxers[side]
    b.stamina = b.max_stamina * fight.s.rules.low_stamina_percent // 100 - MILLI
    assert b.stamina_tier(fight.s.rules) == 1


def knock_down(fight: Fight, attacker: int = 0) -> list[Stamped]:
    """The defender, left on one milli-point of health, takes a jab at close range: a knockdown through `step()`.
    Runs until the count phase begins (or the fight ends)."""
    place(fight, close_px(fight))
    fight.s.boxers[1 - attacker].health = 1
    script = presses({0: Action.JAB} if attacker == 0 else None, {0: Action.JAB} if attacker == 1 else None)
    events = run(fight, 60, script, until=until_phase(Phase.COUNT, Phase.OVER))
    first(events, "knockdown", 1 - attacker)
    return events
