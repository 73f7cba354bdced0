"""Guards: a head punch meets a high guard, a body punch meets a low guard; a blocked punch does chip damage only."""

from __future__ import annotations

from game.content.library import Content
from game.sim.boxer import MILLI
from game.sim.inputs import Action
from game.sim.states import FS
from tests.sim.helpers import first, land_one, new_fight, of_kind, tire

HIGH = int(Action.BLOCK)
LOW = int(Action.BLOCK | Action.DOWN)


def test_a_jab_into_a_high_guard_does_only_chip_damage(content: Content) -> None:
    rules, vito = content.rules, content.fighters["vito"]
    jab = vito.moves["jab"]
    fight = new_fight(content, at="close")
    defender = fight.s.boxers[1]
    before = defender.health
    events = land_one(fight, 0, Action.JAB, hold=(0, HIGH))
    block = first(events, "block", 0)
    assert not of_kind(events, "hit")
    power = jab.damage * MILLI * rules.power_damage_percent[vito.power - 1] // 100
    chip = power * jab.chip_percent // 100
    assert 0 < chip < power
    assert block.event.value == chip
    assert before - defender.health == chip


def test_a_blocked_jab_holds_the_guard_in_blockstun_for_its_blockstun_frames(content: Content) -> None:
    jab = content.fighters["vito"].moves["jab"]
    fight = new_fight(content, at="close")
    defender = fight.s.boxers[1]
    states = []
    for t in range(jab.total + jab.blockstun + 20):
        fight.step((Action.JAB if t == 0 else 0, HIGH))
        states.append(defender.state)
    assert states.count(FS.BLOCKSTUN) == jab.blockstun
    assert FS.HITSTUN not in states
    assert states[-1] == FS.GUARD_HIGH  # still holding block once the blockstun is over


def test_a_body_hook_into_a_low_guard_is_blocked(content: Content) -> None:
    fight = new_fight(content, at="close")
    events = land_one(fight, 0, Action.HOOK, hold=(Action.DOWN, LOW))
    block = first(events, "block", 0)
    assert block.event.move == "body_hook" and block.event.target == "body"
    assert not of_kind(events, "hit")


def test_a_body_hook_into_a_high_guard_lands(content: Content) -> None:
    fight = new_fight(content, at="close")
    defender = fight.s.boxers[1]
    events = land_one(fight, 0, Action.HOOK, hold=(Action.DOWN, HIGH))
    hit = first(events, "hit", 0)
    assert hit.event.move == "body_hook" and hit.event.target == "body"
    assert not of_kind(events, "block")
    assert defender.health == defender.max_health - hit.event.value


def test_a_head_punch_into_a_low_guard_lands(content: Content) -> None:
    fight = new_fight(content, at="close")
    events = land_one(fight, 0, Action.UPPERCUT, hold=(0, LOW))
    hit = first(events, "hit", 0)
    assert hit.event.move == "uppercut" and hit.event.target == "head"
    assert not of_kind(events, "block")


def test_a_guard_does_less_than_the_same_punch_taken_clean(content: Content) -> None:
    guarded = new_fight(content, at="close")
    clean = new_fight(content, at="close")
    chip = first(land_one(guarded, 0, Action.JAB, hold=(0, HIGH)), "block").event.value
    full = first(land_one(clean, 0, Action.JAB), "hit").event.value
    assert chip < full


def test_a_tired_guard_leaks_more_chip_damage(content: Content) -> None:
    rules = content.rules
    fresh = new_fight(content, at="close")
    tired = new_fight(content, at="close")
    tire(tired, 1)
    fresh_chip = first(land_one(fresh, 0, Action.JAB, hold=(0, HIGH)), "block").event.value
    tired_chip = first(land_one(tired, 0, Action.JAB, hold=(0, HIGH)), "block").event.value
    assert tired_chip == fresh_chip * rules.low_chip_percent // 100
    assert tired_chip > fresh_chip
