"""Frame data: a move takes exactly the frames its data gives, and the input buffer keeps early presses."""

from __future__ import annotations

import pytest

from game.content.library import Content
from game.sim.inputs import Action
from game.sim.states import FS
from tests.sim.helpers import first, new_fight, of_kind, presses, run

FIGHTERS = ("vito", "cole", "danny", "viktor")

# how each move is asked for: (the button pressed, the buttons held) - body moves are down + a punch
MOVE_INPUTS = {
    "jab": (Action.JAB, 0),
    "straight": (Action.STRAIGHT, 0),
    "hook": (Action.HOOK, 0),
    "uppercut": (Action.UPPERCUT, 0),
    "body_hook": (Action.HOOK, Action.DOWN),
    "body_straight": (Action.STRAIGHT, Action.DOWN),
    "haymaker": (Action.POWER, 0),
}


@pytest.mark.parametrize("fighter", FIGHTERS)
def test_a_jab_hits_exactly_its_startup_frames_after_the_press(content: Content, fighter: str) -> None:
    fight = new_fight(content, fighter, "vito", at="close")
    jab = content.fighters[fighter].moves["jab"]
    events = run(fight, jab.total, presses({0: Action.JAB}))
    hit = first(events, "hit", 0)
    assert hit.event.move == "jab"
    assert hit.tick == jab.startup  # pressed on tick 0: startup frames 0..startup-1, the hit on the first active


@pytest.mark.parametrize("fighter", FIGHTERS)
@pytest.mark.parametrize("move_id", sorted(MOVE_INPUTS))
def test_a_move_lasts_startup_then_active_then_recovery_before_the_fighter_acts_again(
        content: Content, fighter: str, move_id: str) -> None:
    fight = new_fight(content, fighter, "vito", at="far")  # a whiff: no hitstop stretches the move
    me = fight.s.boxers[0]
    me.heart = fight.s.rules.heart_max  # the haymaker needs a full heart meter
    move = content.fighters[fighter].moves[move_id]
    button, held = MOVE_INPUTS[move_id]
    guard = held | Action.BLOCK  # held from the start: the guard is what he does the moment he can act again
    states = []
    events = []
    for t in range(move.total + 1):
        events.extend(fight.step(((guard | button) if t == 0 else guard, 0)))
        states.append(me.state)
    assert me.move is not None and me.move.id == move_id
    expected = ([FS.PUNCH_STARTUP] * move.startup + [FS.PUNCH_ACTIVE] * move.active
                + [FS.PUNCH_RECOVERY] * move.recovery)
    assert states[:move.total] == expected
    assert states[move.total] == (FS.GUARD_LOW if held & Action.DOWN else FS.GUARD_HIGH)
    assert [e.kind for e in events] == ["whiff"]


def _recovery_ends(content: Content, fighter: str, move_id: str) -> int:
    """The tick (move pressed on tick 0) on which a buffered punch can first start: the end of recovery, less the
    frames a fast pair of hands may cut from it when chaining."""
    move = content.fighters[fighter].moves[move_id]
    chain = content.rules.hand_chain_frames[content.fighters[fighter].hand_speed - 1]
    return move.total - chain


@pytest.mark.parametrize("fighter", FIGHTERS)
def test_a_punch_pressed_up_to_the_buffer_early_in_recovery_still_comes_out(content: Content, fighter: str) -> None:
    buffer = content.rules.buffer_frames
    move = content.fighters[fighter].moves["hook"]
    ready = _recovery_ends(content, fighter, "hook")
    early = ready - buffer
    assert early >= move.startup + move.active, "the early press must fall in recovery"
    fight = new_fight(content, fighter, "vito", at="far")
    me = fight.s.boxers[0]
    run(fight, ready, presses({0: Action.HOOK, early: Action.JAB}))
    assert (me.state, me.round_figures.thrown) == (FS.PUNCH_RECOVERY, 1)
    run(fight, 1)  # tick `ready`: nothing pressed now, the buffered jab acts
    assert (me.state, me.frame) == (FS.PUNCH_STARTUP, 0)
    assert me.move is not None and me.move.id == "jab"
    assert me.round_figures.thrown == 2


@pytest.mark.parametrize("fighter", FIGHTERS)
def test_a_punch_pressed_one_frame_before_the_buffer_is_dropped(content: Content, fighter: str) -> None:
    buffer = content.rules.buffer_frames
    move = content.fighters[fighter].moves["hook"]
    ready = _recovery_ends(content, fighter, "hook")
    too_early = ready - buffer - 1
    assert too_early >= move.startup + move.active, "the early press must fall in recovery"
    fight = new_fight(content, fighter, "vito", at="far")
    me = fight.s.boxers[0]
    run(fight, move.total + buffer + 10, presses({0: Action.HOOK, too_early: Action.JAB}))
    assert me.round_figures.thrown == 1
    assert me.state == FS.IDLE


def test_a_slip_pressed_up_to_the_buffer_early_comes_out_when_recovery_ends(content: Content) -> None:
    buffer = content.rules.buffer_frames
    move = content.fighters["vito"].moves["hook"]
    fight = new_fight(content, "vito", "vito", at="far")
    me = fight.s.boxers[0]
    # a slip is no chained punch: it waits for the whole recovery
    events = run(fight, move.total + 1, presses({0: Action.HOOK, move.total - buffer: Action.SLIP}))
    assert me.state == FS.SLIP and me.frame == 0
    assert len(of_kind(events, "whiff", 0)) == 1


@pytest.mark.parametrize("fighter", FIGHTERS)
def test_a_buffered_punch_chains_hand_chain_frames_before_recovery_ends(content: Content, fighter: str) -> None:
    move = content.fighters[fighter].moves["hook"]
    chain = content.rules.hand_chain_frames[content.fighters[fighter].hand_speed - 1]
    fight = new_fight(content, fighter, "vito", at="far")
    me = fight.s.boxers[0]
    run(fight, move.total - chain + 1, presses({0: Action.HOOK, move.total - chain - 1: Action.JAB}))
    assert me.state == FS.PUNCH_STARTUP and me.frame == 0
    assert me.move is not None and me.move.id == "jab"


def test_a_press_that_starts_no_punch_does_not_cut_recovery_short(content: Content) -> None:
    # the haymaker button with an empty heart meter does nothing: it must not cancel the chain frames either
    move = content.fighters["vito"].moves["hook"]
    chain = content.rules.hand_chain_frames[content.fighters["vito"].hand_speed - 1]
    assert chain > 0, "vito's hands no longer chain: pick a faster fighter"
    fight = new_fight(content, at="far")
    me = fight.s.boxers[0]
    assert me.heart < content.rules.heart_max
    states = []
    for t in range(move.total + 1):
        fight.step(((Action.HOOK if t == 0 else Action.POWER if t == move.total - chain - 1 else 0)
                    | Action.BLOCK, 0))
        states.append(me.state)
    assert states[move.total - 1] == FS.PUNCH_RECOVERY
    assert states[move.total] == FS.GUARD_HIGH


def test_simultaneous_jabs_trade_and_neither_player_has_priority(content: Content) -> None:
    fight = new_fight(content, at="close")
    events = run(fight, 30, presses({0: Action.JAB}, {0: Action.JAB}))
    hits = of_kind(events, "hit")
    assert sorted(h.event.side for h in hits) == [0, 1]
    assert hits[0].tick == hits[1].tick
    assert hits[0].event.value == hits[1].event.value
    a, b = fight.s.boxers
    assert a.health == b.health
