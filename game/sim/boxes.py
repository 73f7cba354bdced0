"""Hitboxes and hurtboxes in the ring: which box a fighter shows in each state, and whether two meet."""

from __future__ import annotations

from game.content.fighters import Box, Hurtboxes
from game.content.rules import Rules
from game.sim.boxer import Boxer
from game.sim.states import DOWN, FS, PUNCHING

WorldBox = tuple[int, int, int, int]  # left, bottom, right, top in subpixels

_NO_BOXES = DOWN | {FS.NEUTRAL_CORNER, FS.VICTORIOUS}


def to_world(b: Boxer, box: Box) -> WorldBox:
    if b.facing > 0:
        return (b.x + box.x, box.y, b.x + box.x + box.w, box.y + box.h)
    return (b.x - box.x - box.w, box.y, b.x - box.x, box.y + box.h)


def overlaps(a: WorldBox, b: WorldBox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def hurtbox_set(b: Boxer) -> Hurtboxes | None:
    """The stance whose boxes the fighter shows now; None when he cannot be hit at all."""
    s = b.state
    if s in _NO_BOXES:
        return None
    boxes = b.content.hurtboxes
    if s == FS.GUARD_HIGH or (s == FS.BLOCKSTUN and b.guard_kind == FS.GUARD_HIGH):
        return boxes["guard_high"]
    if s == FS.GUARD_LOW or (s == FS.BLOCKSTUN and b.guard_kind == FS.GUARD_LOW):
        return boxes["guard_low"]
    if s == FS.SLIP:
        return boxes["slip"]
    if s in PUNCHING:
        return boxes["punch"]
    return boxes["default"]


def head_untouchable(b: Boxer, rules: Rules) -> bool:
    return b.state == FS.SLIP and rules.slip_untouchable_from <= b.frame <= rules.slip_untouchable_to


def hurtbox(b: Boxer, target: str, rules: Rules) -> WorldBox | None:
    """The world box a punch aimed at `target` ("head" or "body") can meet, or None."""
    stance = hurtbox_set(b)
    if stance is None:
        return None
    if target == "head":
        if head_untouchable(b, rules):
            return None
        return to_world(b, stance.head)
    return to_world(b, stance.body)


def active_hitbox(b: Boxer) -> WorldBox | None:
    """The hitbox of the punch in its active frames that has not connected yet."""
    if b.state != FS.PUNCH_ACTIVE or b.move is None or b.move_connected:
        return None
    boxes = b.move.hitboxes
    return to_world(b, boxes[min(b.frame, len(boxes) - 1)])
