"""One `InputFrame` per player per tick: a bitmask of the actions held. Every input source produces it."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntFlag
from types import MappingProxyType


class Action(IntFlag):
    LEFT = 1 << 0
    RIGHT = 1 << 1
    UP = 1 << 2
    DOWN = 1 << 3
    BLOCK = 1 << 4
    SLIP = 1 << 5
    JAB = 1 << 6
    STRAIGHT = 1 << 7
    HOOK = 1 << 8
    UPPERCUT = 1 << 9
    POWER = 1 << 10  # the haymaker, once the heart meter is full
    CONFIRM = 1 << 11  # menus and skipping the break
    RESET = 1 << 12  # training: start the stage over at once (in the full montage the clock keeps running)


InputFrame = int  # an Action bitmask; plain int so replays and hashing stay cheap

PUNCHES = int(Action.JAB | Action.STRAIGHT | Action.HOOK | Action.UPPERCUT | Action.POWER)
PRESSABLE = PUNCHES | int(Action.SLIP)
ALL_ACTIONS = int(sum(Action))

# Buttons in the priority order used when two are pressed on the same tick (stronger intent first).
PRESS_ORDER = (Action.POWER, Action.UPPERCUT, Action.HOOK, Action.STRAIGHT, Action.JAB, Action.SLIP)

# The buttons that throw each move (game.sim.controls.choose_move reads them): what the CPU and the training pilots
# press. Plain ints, like an InputFrame.
MOVE_BUTTONS: Mapping[str, int] = MappingProxyType({
    "jab": int(Action.JAB), "straight": int(Action.STRAIGHT), "hook": int(Action.HOOK),
    "uppercut": int(Action.UPPERCUT), "body_hook": int(Action.HOOK | Action.DOWN),
    "body_straight": int(Action.STRAIGHT | Action.DOWN), "haymaker": int(Action.POWER)})


def mirror(frame: InputFrame) -> InputFrame:
    """The same intent for a fighter on the other side of the ring: left and right swap."""
    left = frame & Action.LEFT
    right = frame & Action.RIGHT
    rest = frame & ~(Action.LEFT | Action.RIGHT)
    return int(rest | (Action.RIGHT if left else 0) | (Action.LEFT if right else 0))
