"""What a tick of the fight sounds like: the fight's events in, the cues to play out. Pure: no pygame, no state.

A punch's sound has a weight (light jab; medium straight, hook and the body shots; heavy uppercut and haymaker;
a counter-hit one step heavier) and a target: a slap-crack for the head, a deep thud for the body. Bells: one
ding when a round starts, three at the end of a round and when the fight ends (KO, TKO, decision). The crowd
roars at knockdowns, big hits and the finish.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from types import MappingProxyType

from game.sim.events import Event

LIGHT, MEDIUM, HEAVY = 0, 1, 2
WEIGHTS = ("light", "medium", "heavy")
MOVE_WEIGHT = MappingProxyType({
    "jab": LIGHT,
    "straight": MEDIUM,
    "hook": MEDIUM,
    "body_straight": MEDIUM,
    "body_hook": MEDIUM,
    "uppercut": HEAVY,
    "haymaker": HEAVY,
})
BIG_HIT_MILLI = 12_000  # a hit taking this much health (8 % of a full bar) gets the crowd going
LOUD_HIT_MILLI = 20_000  # hits play louder with damage, up to full volume here
CHEER = "crowd_cheer"


@dataclass(frozen=True)
class Cue:
    name: str  # a sound in game.audio.catalog
    volume: float = 1.0  # 0..1, before the player's volume settings


FIXED_CUES: MappingProxyType[str, tuple[Cue, ...]] = MappingProxyType({
    "round_start": (Cue("bell"),),
    "bell": (Cue("bell_triple"),),
    "ko": (Cue("bell_triple"), Cue(CHEER, 1.0)),
    "tko": (Cue("bell_triple"), Cue(CHEER, 1.0)),
    "decision": (Cue("bell_triple"), Cue(CHEER, 1.0)),
    "knockdown": (Cue("knockdown"), Cue(CHEER, 1.0)),
    "count": (Cue("count"),),
    "rise": (Cue(CHEER, 0.7),),
    "stagger": (Cue(CHEER, 0.4),),
    "slip": (Cue("whiff", 0.5),),
})


def punch_weight(event: Event) -> int:
    """LIGHT, MEDIUM or HEAVY: by the move (an unknown move is MEDIUM), one step heavier for a counter-hit."""
    weight = MOVE_WEIGHT.get(event.move, MEDIUM)
    return min(HEAVY, weight + 1) if event.counter else weight


def hit_sound(event: Event) -> str:
    target = "body" if event.target == "body" else "head"
    return f"hit_{target}_{WEIGHTS[punch_weight(event)]}"


def event_cues(event: Event) -> tuple[Cue, ...]:
    if event.kind == "hit":
        loudness = 0.8 + 0.2 * min(1.0, event.value / LOUD_HIT_MILLI)
        hit = Cue(hit_sound(event), loudness)
        big = event.value >= BIG_HIT_MILLI or (event.counter and punch_weight(event) == HEAVY)
        return (hit, Cue(CHEER, 0.6)) if big else (hit,)
    if event.kind == "block":
        return (Cue("block", (0.6, 0.8, 1.0)[punch_weight(event)]),)
    if event.kind == "whiff":
        return (Cue("whiff", (0.5, 0.7, 0.9)[punch_weight(event)]),)
    return FIXED_CUES.get(event.kind, ())


def fight_cues(events: Iterable[Event]) -> list[Cue]:
    """The cues for one tick's events, in event order: each sound once, at the loudest volume asked of it, and
    no single bell when the triple bell rings in the same tick."""
    loudest: dict[str, float] = {}
    for event in events:
        for cue in event_cues(event):
            loudest[cue.name] = max(loudest.get(cue.name, 0.0), cue.volume)
    if "bell_triple" in loudest:
        loudest.pop("bell", None)
    return [Cue(name, volume) for name, volume in loudest.items()]
