"""From a player's held buttons to what the fighter does: the input buffer, the state timers, starting moves."""

from __future__ import annotations

from game.content.fighters import Move
from game.content.rules import Rules
from game.sim.boxer import MILLI, Boxer
from game.sim.events import Event
from game.sim.inputs import PRESS_ORDER, PRESSABLE, Action
from game.sim.stamina import punch_frames, spend
from game.sim.states import FS

_STUNS = frozenset({FS.HITSTUN, FS.BLOCKSTUN, FS.STAGGERED})


def register_presses(b: Boxer, buttons: int, rules: Rules) -> None:
    """Keep the newest press for `buffer_frames` frames, so a press made a little early still acts."""
    pressed = buttons & ~b.prev_buttons & PRESSABLE
    if pressed:
        for bit in PRESS_ORDER:
            if pressed & bit:
                b.buffered = int(bit)
                b.buffer_age = 0
                return
    elif b.buffered:
        b.buffer_age += 1
        if b.buffer_age > rules.buffer_frames:
            b.buffered = 0


def choose_move(b: Boxer, press: int, buttons: int, rules: Rules) -> Move | None:
    moves = b.content.moves
    down = buttons & Action.DOWN
    if press == Action.JAB:
        return moves["jab"]
    if press == Action.STRAIGHT:
        return moves["body_straight" if down else "straight"]
    if press == Action.HOOK:
        return moves["body_hook" if down else "hook"]
    if press == Action.UPPERCUT:
        return moves["uppercut"]
    if press == Action.POWER and b.heart >= rules.heart_max:
        return moves["haymaker"]
    return None


def start_punch(b: Boxer, move: Move, rules: Rules) -> None:
    b.move_startup, b.move_recovery = punch_frames(b, move, rules)
    spend(b, move.stamina * MILLI)
    b.move = move
    b.move_connected = False
    b.since_punch = 0
    b.walk = 0
    if move.id == "haymaker":
        b.heart = 0
    b.enter(FS.PUNCH_STARTUP)
    b.round_figures.thrown += 1
    b.fight_figures.thrown += 1


def act(b: Boxer, buttons: int, rules: Rules) -> None:
    """A fighter free to act chooses, this very tick: a buffered punch or slip, a guard, a step, or nothing."""
    if b.buffered:
        press, b.buffered = b.buffered, 0
        if press == Action.SLIP:
            spend(b, rules.slip_cost * MILLI)
            b.walk = 0
            b.enter(FS.SLIP)
            return
        move = choose_move(b, press, buttons, rules)
        if move is not None:
            start_punch(b, move, rules)
            return
    if buttons & Action.BLOCK:
        _be(b, FS.GUARD_LOW if buttons & Action.DOWN else FS.GUARD_HIGH)
        b.walk = 0
        return
    direction = (1 if buttons & Action.RIGHT else 0) - (1 if buttons & Action.LEFT else 0)
    b.walk = direction
    if direction == 0:
        _be(b, FS.IDLE)
    else:
        _be(b, FS.STEP_FORWARD if direction == b.facing else FS.STEP_BACK)


def _be(b: Boxer, state: FS) -> None:
    if b.state != state:
        b.enter(state)


def advance(b: Boxer, buttons: int, rules: Rules, events: list[Event]) -> None:
    """One fighting frame of a fighter's own state machine (hits are resolved afterwards, for both at once)."""
    b.frame += 1
    b.walk = 0
    s = b.state
    if s == FS.PUNCH_STARTUP:
        if b.frame >= b.move_startup:
            b.enter(FS.PUNCH_ACTIVE)
    elif s == FS.PUNCH_ACTIVE:
        assert b.move is not None
        if b.frame >= b.move.active:
            if not b.move_connected:
                events.append(Event("whiff", b.side, b.move.id, target=b.move.target))
            b.enter(FS.PUNCH_RECOVERY)
    elif s == FS.PUNCH_RECOVERY:
        chain = rules.hand_chain_frames[b.stat_index("hand_speed")] + b.raises.chain_frames
        # only a press that starts a punch may cut the recovery: a slip, or the haymaker on an empty heart, waits
        if b.frame >= b.move_recovery or (
                b.frame >= b.move_recovery - chain and choose_move(b, b.buffered, buttons, rules) is not None):
            act(b, buttons, rules)
    elif s == FS.SLIP:
        if b.frame >= rules.slip_frames:
            act(b, buttons, rules)
    elif s in _STUNS:
        if b.frame >= b.stun:
            act(b, buttons, rules)
    elif s == FS.HITSTOP:
        b.enter(b.after_hitstop)
    else:
        act(b, buttons, rules)
