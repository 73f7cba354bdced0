"""Two-layer stamina: the refill (by the stamina stat, none in hitstun, half on guard), tiredness, max stamina."""

from __future__ import annotations

import pytest

from game.content.library import Content
from game.sim.boxer import MILLI
from game.sim.inputs import Action
from game.sim.states import FS
from tests.sim.helpers import first, land_one, new_fight, run, tire

FIGHTERS = ("vito", "cole", "danny", "viktor")


def _per_second(content: Content, fighter: str) -> int:
    """Milli-points a second of rest gives back: the data's rate scaled by the fighter's stamina stat."""
    rules = content.rules
    pct = rules.stamina_refill_percent[content.fighters[fighter].stamina - 1]
    return rules.stamina_refill_per_second * MILLI * pct // 100


@pytest.mark.parametrize("fighter", FIGHTERS)
def test_stamina_refills_at_the_data_rate_scaled_by_the_stamina_stat(content: Content, fighter: str) -> None:
    rules = content.rules
    fight = new_fight(content, fighter, "vito", at="far")
    me = fight.s.boxers[0]
    me.stamina = me.max_stamina // 2
    run(fight, rules.ticks_per_second)
    gained = me.stamina - me.max_stamina // 2
    assert gained == pytest.approx(_per_second(content, fighter), abs=rules.ticks_per_second)  # per-frame rounding


def test_a_better_stamina_stat_refills_faster(content: Content) -> None:
    by_stat = sorted(FIGHTERS, key=lambda f: content.fighters[f].stamina)
    low, high = by_stat[0], by_stat[-1]
    if content.fighters[low].stamina == content.fighters[high].stamina:
        pytest.skip("every fighter has the same stamina stat")
    assert _per_second(content, low) < _per_second(content, high)


def test_guarding_refills_at_the_guard_share_of_the_rate(content: Content) -> None:
    rules = content.rules
    fight = new_fight(content, at="far")
    me = fight.s.boxers[0]
    me.stamina = me.max_stamina // 2
    run(fight, rules.ticks_per_second, (Action.BLOCK, 0))
    assert me.state == FS.GUARD_HIGH
    gained = me.stamina - me.max_stamina // 2
    expected = _per_second(content, "vito") * rules.guard_refill_percent // 100
    assert gained == pytest.approx(expected, abs=rules.ticks_per_second)


def test_no_stamina_comes_back_in_hitstun(content: Content) -> None:
    fight = new_fight(content, at="close")
    defender = fight.s.boxers[1]
    defender.stamina = defender.max_stamina // 2
    seen: list[tuple[FS, int]] = []
    for t in range(60):
        fight.step((Action.JAB if t == 0 else 0, 0))
        seen.append((defender.state, defender.stamina))
    stunned = [stamina for state, stamina in seen if state in (FS.HITSTOP, FS.HITSTUN)]
    assert len(stunned) > content.fighters["vito"].moves["jab"].hitstun
    assert len(set(stunned)) == 1  # not a milli-point back while stunned
    assert seen[-1][1] > stunned[0]  # and it flows again afterwards


def test_no_stamina_comes_back_while_punching_nor_for_the_delay_after(content: Content) -> None:
    rules = content.rules
    jab = content.fighters["vito"].moves["jab"]
    fight = new_fight(content, at="far")
    me = fight.s.boxers[0]
    me.stamina = me.max_stamina // 2
    run(fight, 1, (Action.JAB, 0))
    after_cost = me.stamina
    assert after_cost == me.max_stamina // 2 - jab.stamina * MILLI
    run(fight, jab.total - 1 + rules.refill_delay_frames)  # the whole punch, then the delay after it
    assert me.stamina == after_cost
    run(fight, 1)
    assert me.stamina > after_cost


def test_a_punch_costs_its_stamina(content: Content) -> None:
    fight = new_fight(content, at="far")
    me = fight.s.boxers[0]
    run(fight, 1, (Action.HOOK, 0))
    assert me.stamina == me.max_stamina - content.fighters["vito"].moves["hook"].stamina * MILLI


def test_a_blocked_punch_costs_the_blocker_stamina(content: Content) -> None:
    rules = content.rules
    jab = content.fighters["vito"].moves["jab"]
    fight = new_fight(content, at="close")
    blocker = fight.s.boxers[1]
    run(fight, jab.startup + 1, lambda t: (Action.JAB if t == 0 else 0, Action.BLOCK))
    assert blocker.stamina == blocker.max_stamina - jab.damage * MILLI * rules.blocked_cost_percent // 100


def test_a_tired_fighters_punch_is_low_startup_frames_slower(content: Content) -> None:
    rules = content.rules
    jab = content.fighters["vito"].moves["jab"]
    fight = new_fight(content, at="close")
    tire(fight, 0)
    hit = first(land_one(fight, 0, Action.JAB), "hit", 0)
    assert hit.tick == jab.startup + rules.low_startup_frames


def test_a_tired_fighters_punch_is_weaker_by_the_low_damage_percent(content: Content) -> None:
    rules = content.rules
    fresh = new_fight(content, at="close")
    tired = new_fight(content, at="close")
    tire(tired, 0)
    fresh_hit = first(land_one(fresh, 0, Action.JAB), "hit", 0).event.value
    tired_hit = first(land_one(tired, 0, Action.JAB), "hit", 0).event.value
    assert tired_hit == pytest.approx(fresh_hit * rules.low_damage_percent / 100, abs=2)


def test_an_empty_fighters_punch_is_wild_slow(content: Content) -> None:
    rules = content.rules
    jab = content.fighters["vito"].moves["jab"]
    fight = new_fight(content, at="close")
    fight.s.boxers[0].stamina = 0
    hit = first(land_one(fight, 0, Action.JAB), "hit", 0)
    assert hit.tick == jab.startup + rules.empty_startup_frames


def test_body_damage_lowers_max_stamina(content: Content) -> None:
    rules = content.rules
    vito = content.fighters["vito"]
    fight = new_fight(content, at="close")
    defender = fight.s.boxers[1]
    start = defender.max_stamina
    hit = first(land_one(fight, 0, Action.HOOK, hold=(Action.DOWN, 0)), "hit", 0)
    assert hit.event.target == "body"
    power = vito.moves["body_hook"].damage * MILLI * rules.power_damage_percent[vito.power - 1] // 100
    expected = (power * rules.body_to_max_stamina_percent // 100
                * rules.stamina_body_loss_percent[vito.stamina - 1] // 100)
    assert expected > 0
    assert start - defender.max_stamina == expected
    assert defender.stamina <= defender.max_stamina


def test_head_damage_leaves_max_stamina_alone(content: Content) -> None:
    fight = new_fight(content, at="close")
    defender = fight.s.boxers[1]
    first(land_one(fight, 0, Action.JAB), "hit", 0)
    assert defender.max_stamina == content.rules.stamina_max_start * MILLI


def test_body_damage_hurts_health_less_than_the_same_damage_to_the_head(content: Content) -> None:
    rules = content.rules
    vito = content.fighters["vito"]
    fight = new_fight(content, at="close")
    hit = first(land_one(fight, 0, Action.HOOK, hold=(Action.DOWN, 0)), "hit", 0)
    power = vito.moves["body_hook"].damage * MILLI * rules.power_damage_percent[vito.power - 1] // 100
    assert hit.event.value == power * rules.body_to_health_percent // 100
