"""What a CPU boxer sees of a fighter, as a player would: his pose, his guard, where he stands, his stamina bar;
and what it knows of the punches from playing (how far each reaches against each stance, what one is worth)."""

from __future__ import annotations

from dataclasses import dataclass

from game.content.fighters import Fighter, Move
from game.content.rules import Rules
from game.sim.boxer import Boxer
from game.sim.states import FS, PUNCHING


@dataclass(frozen=True)
class Seen:
    """What a player sees of a fighter on one frame: his pose, the guard he shows, where he stands and his
    stamina bar (a tired punch winds up slower)."""

    state: FS
    frame: int
    move: str
    target: str
    x: int
    since: int  # the tick he took this pose: tells one throw from the next
    stance: str  # the hurtboxes he shows
    tier: int  # his stamina bar: 0 fresh, 1 tired, 2 empty


def seen_of(b: Boxer, tick: int, rules: Rules) -> Seen:
    move = b.move
    return Seen(b.state, b.frame, move.id if move else "", move.target if move else "", b.x, tick - b.frame,
                stance_of(b), b.stamina_tier(rules))


def stance_of(b: Boxer) -> str:
    state = b.guard_kind if b.state == FS.BLOCKSTUN else b.state
    if state == FS.GUARD_HIGH:
        return "guard_high"
    if state == FS.GUARD_LOW:
        return "guard_low"
    if state == FS.SLIP:
        return "slip"
    return "punch" if state in PUNCHING else "default"


def reaches(move: Move, target: Fighter) -> dict[str, int]:
    """How far a punch reaches, centre to centre, against each stance of the target (a player learns it by
    playing); a stance missing from the table is one the punch passes over or under (a jab over a ducked head)."""
    table = {}
    for stance, boxes in target.hurtboxes.items():
        part = boxes.head if move.target == "head" else boxes.body
        fars = [box.far for box in move.hitboxes if box.y < part.top and part.y < box.top]
        if fars:
            table[stance] = max(fars) + part.far
    return table


def worth(move: Move) -> int:
    """Roughly what a landed punch is worth on the cards: a punch landed, a power punch, the damage it does."""
    return 5 + (5 if move.power else 0) + (move.damage if move.target == "head" else move.damage // 2)
