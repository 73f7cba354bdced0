"""What a tick produced, for sound, effects, the HUD and the tests: a list of small immutable events."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Event:
    kind: str  # hit, block, slip, whiff, knockdown, count, rise, stagger, ko, tko, bell, round_start, break, decision
    side: int = -1  # the fighter it is about (the attacker for hit, block and whiff; -1 for the match)
    move: str = ""
    value: int = 0  # damage in milli-points for a hit, the number for a count, the round for bells
    target: str = ""  # head or body
    counter: bool = False
