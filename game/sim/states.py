"""The fighter's and the match's explicit state machines: an enum each and a table of legal transitions."""

from __future__ import annotations

from enum import IntEnum
from types import MappingProxyType


class FS(IntEnum):
    """Fighter state."""

    IDLE = 0
    STEP_FORWARD = 1
    STEP_BACK = 2
    GUARD_HIGH = 3
    GUARD_LOW = 4
    SLIP = 5
    PUNCH_STARTUP = 6
    PUNCH_ACTIVE = 7
    PUNCH_RECOVERY = 8
    HITSTOP = 9  # frozen by a hit; the reaction (hitstun, blockstun, stagger, knockdown) follows
    HITSTUN = 10
    BLOCKSTUN = 11
    STAGGERED = 12
    KNOCKED_DOWN = 13
    RISING = 14
    NEUTRAL_CORNER = 15
    KNOCKED_OUT = 16
    VICTORIOUS = 17


ACTIONABLE = frozenset({FS.IDLE, FS.STEP_FORWARD, FS.STEP_BACK, FS.GUARD_HIGH, FS.GUARD_LOW})
PUNCHING = frozenset({FS.PUNCH_STARTUP, FS.PUNCH_ACTIVE, FS.PUNCH_RECOVERY})
DOWN = frozenset({FS.KNOCKED_DOWN, FS.RISING, FS.KNOCKED_OUT})

_FREE = ACTIONABLE | {FS.SLIP, FS.PUNCH_STARTUP}
_HIT = frozenset({FS.HITSTOP})
_END = frozenset({FS.KNOCKED_OUT, FS.VICTORIOUS, FS.IDLE})  # the fight can end, or a new round reset, anywhere

_TABLE: dict[FS, frozenset[FS]] = {
    FS.IDLE: _FREE | _HIT | {FS.NEUTRAL_CORNER},
    FS.STEP_FORWARD: _FREE | _HIT | {FS.NEUTRAL_CORNER},
    FS.STEP_BACK: _FREE | _HIT | {FS.NEUTRAL_CORNER},
    FS.GUARD_HIGH: _FREE | _HIT | {FS.NEUTRAL_CORNER},
    FS.GUARD_LOW: _FREE | _HIT | {FS.NEUTRAL_CORNER},
    FS.SLIP: _FREE | _HIT | {FS.NEUTRAL_CORNER},
    FS.PUNCH_STARTUP: frozenset({FS.PUNCH_ACTIVE, FS.HITSTOP, FS.NEUTRAL_CORNER}),
    FS.PUNCH_ACTIVE: frozenset({FS.PUNCH_RECOVERY, FS.HITSTOP, FS.NEUTRAL_CORNER}),
    FS.PUNCH_RECOVERY: _FREE | _HIT | {FS.NEUTRAL_CORNER},
    FS.HITSTOP: frozenset({FS.HITSTUN, FS.BLOCKSTUN, FS.STAGGERED, FS.KNOCKED_DOWN}),
    FS.HITSTUN: _FREE | _HIT | {FS.NEUTRAL_CORNER},
    FS.BLOCKSTUN: _FREE | _HIT | {FS.NEUTRAL_CORNER},
    FS.STAGGERED: _FREE | _HIT | {FS.NEUTRAL_CORNER},
    FS.KNOCKED_DOWN: frozenset({FS.RISING, FS.KNOCKED_OUT}),
    FS.RISING: frozenset({FS.IDLE, FS.NEUTRAL_CORNER}),
    FS.NEUTRAL_CORNER: frozenset({FS.IDLE, FS.HITSTOP}),
    FS.KNOCKED_OUT: frozenset(),
    FS.VICTORIOUS: frozenset(),
}
_FINAL = (FS.KNOCKED_OUT, FS.VICTORIOUS)
# read-only: the fight can end, or a new round reset everyone, from any state but the final ones
TRANSITIONS = MappingProxyType({s: (t if s in _FINAL else t | _END) for s, t in _TABLE.items()})


class Phase(IntEnum):
    """Match phase: the referee's view of the fight."""

    INTRO = 0  # before the opening bell of a round
    FIGHTING = 1
    COUNT = 2  # a fighter is down and the referee counts
    BREAK = 3  # between rounds, in the corners
    OVER = 4
