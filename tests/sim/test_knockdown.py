"""Knockdowns: the fall and the count, KO at the count, TKO at three in a round, the get-up meter, the rise."""

from __future__ import annotations

import itertools

from game.content.library import Content
from game.sim.fight import Fight
from game.sim.inputs import Action
from game.sim.knockdown import knockdowns_left
from game.sim.states import FS, Phase
from tests.sim.helpers import (
    first,
    knock_down,
    mash,
    new_fight,
    of_kind,
    presses,
    run,
    until_phase,
)

BACK_UP = until_phase(Phase.FIGHTING, Phase.OVER)


def test_health_at_zero_drops_the_fighter_and_the_referee_counts(content: Content) -> None:
    rules = content.rules
    fight = new_fight(content)
    events = knock_down(fight)
    hit, down = first(events, "hit", 0), first(events, "knockdown", 1)
    assert down.tick == hit.tick
    assert fight.s.phase == Phase.COUNT
    assert fight.s.boxers[1].health == 0
    run(fight, content.fighters["vito"].moves["jab"].hitstop + rules.fall_frames)  # the hitstop, the fall
    assert fight.s.boxers[1].state == FS.KNOCKED_DOWN
    assert fight.s.boxers[0].state == FS.NEUTRAL_CORNER


def test_the_count_reaches_count_to_and_it_is_a_ko(content: Content) -> None:
    rules = content.rules
    fight = new_fight(content)
    knock_down(fight)
    events = run(fight, 60 * rules.count_frames * rules.count_to, until=until_phase(Phase.OVER))
    counts = of_kind(events, "count")
    assert [c.event.value for c in counts] == list(range(1, rules.count_to + 1))
    assert {b.tick - a.tick for a, b in itertools.pairwise(counts)} == {rules.count_frames}
    assert first(events, "ko", 1).tick == counts[-1].tick
    assert fight.result is not None
    assert (fight.result.winner, fight.result.method) == (0, "KO")
    assert fight.s.boxers[1].state == FS.KNOCKED_OUT
    assert fight.s.boxers[0].state == FS.VICTORIOUS


def test_the_bell_saves_no_one_during_a_count(content: Content) -> None:
    rules = content.rules
    fight = new_fight(content)
    fight.s.clock = rules.ticks_per_second  # a second left on the clock
    knock_down(fight)
    events = run(fight, rules.count_frames * (rules.count_to + 2), until=until_phase(Phase.OVER))
    assert not of_kind(events, "bell")
    assert fight.result is not None and fight.result.method == "KO"


def _knock_down_and_get_up(fight: Fight) -> None:
    knock_down(fight)
    run(fight, fight.s.rules.count_frames * fight.s.rules.count_to, mash(1), until=BACK_UP)
    assert fight.s.phase == Phase.FIGHTING, "mashing should have got him up"


def test_three_knockdowns_in_a_round_is_a_tko(content: Content) -> None:
    rules = content.rules
    fight = new_fight(content)
    downed = fight.s.boxers[1]
    for _ in range(rules.tko_knockdowns - 1):
        _knock_down_and_get_up(fight)
    events = knock_down(fight)
    assert first(events, "knockdown", 1).event.value == rules.tko_knockdowns
    assert first(events, "tko", 1)
    assert fight.result is not None
    assert (fight.result.winner, fight.result.method, fight.result.round) == (0, "TKO", 1)
    assert downed.knockdowns_round == rules.tko_knockdowns


def test_knockdowns_left_counts_down_to_the_one_that_stops_it(content: Content) -> None:
    rules = content.rules
    fight = new_fight(content)
    downed = fight.s.boxers[1]
    left = [knockdowns_left(downed, rules)]
    for _ in range(rules.tko_knockdowns - 1):
        _knock_down_and_get_up(fight)
        left.append(knockdowns_left(downed, rules))
    assert left == list(range(rules.tko_knockdowns - 1, -1, -1))


def _rise_at(content: Content, count: int) -> tuple[int, int]:
    """Knock player two down and have him rise on the referee's `count`; returns (count risen at, health back)."""
    fight = new_fight(content)
    knock_down(fight)
    downed = fight.s.boxers[1]
    run(fight, fight.s.rules.count_frames * (count + 2), until=lambda f: f.s.count >= count)
    assert fight.s.count == count
    downed.getup = downed.getup_needed  # the meter is just full: the next press gets him up
    before = downed.health
    rose = first(run(fight, 1, (0, Action.JAB)), "rise", 1)
    return rose.event.value, downed.health - before


def test_a_rise_at_the_middle_of_the_count_gives_back_more_health_than_one_at_nine(content: Content) -> None:
    rules = content.rules
    mid, late = rules.count_to // 2, rules.count_to - 1
    mid_count, mid_health = _rise_at(content, mid)
    late_count, late_health = _rise_at(content, late)
    assert (mid_count, late_count) == (mid, late)
    assert mid_health > late_health
    max_health = content.rules.health_max * 1000
    assert mid_health == max_health * rules.rise_health_percent[mid] // 100
    assert late_health == max_health * rules.rise_health_percent[late] // 100


def test_a_rise_at_the_middle_of_the_count_gives_back_more_health_than_one_at_one(content: Content) -> None:
    mid_health = _rise_at(content, content.rules.count_to // 2)[1]
    early_health = _rise_at(content, 1)[1]
    assert mid_health > early_health


def _on_the_canvas(content: Content, getup_hold: bool = False) -> Fight:
    fight = new_fight(content, getup_hold=(False, getup_hold))
    knock_down(fight)
    run(fight, 200, until=lambda f: f.s.boxers[1].state == FS.KNOCKED_DOWN and f.s.boxers[1].frame
        >= f.s.rules.fall_frames)
    assert fight.s.boxers[1].getup == 0
    return fight


def test_mashing_fills_the_getup_meter(content: Content) -> None:
    fight = _on_the_canvas(content)
    downed = fight.s.boxers[1]
    run(fight, 10, mash(1))
    assert downed.getup > 0
    events = run(fight, content.rules.count_frames * content.rules.count_to, mash(1), until=BACK_UP)
    assert first(events, "rise", 1)


def test_a_fighter_who_does_nothing_stays_down(content: Content) -> None:
    fight = _on_the_canvas(content)
    run(fight, content.rules.count_frames * (content.rules.count_to + 1), until=until_phase(Phase.OVER))
    assert fight.s.boxers[1].getup == 0
    assert fight.result is not None and fight.result.method == "KO"


def test_holding_a_punch_does_not_fill_the_meter_without_the_hold_option(content: Content) -> None:
    fight = _on_the_canvas(content, getup_hold=False)
    downed = fight.s.boxers[1]
    run(fight, content.rules.ticks_per_second, (0, Action.JAB))  # one press, then held
    assert downed.getup == 0  # the single press has decayed away


def test_the_hold_option_fills_the_meter_by_holding(content: Content) -> None:
    rules = content.rules
    fight = _on_the_canvas(content, getup_hold=True)
    downed = fight.s.boxers[1]
    run(fight, rules.ticks_per_second, (0, Action.JAB))
    assert downed.getup > 0
    events = run(fight, rules.count_frames * rules.count_to, (0, Action.JAB), until=BACK_UP)
    assert first(events, "rise", 1)
    assert fight.s.phase == Phase.FIGHTING


def test_each_knockdown_in_the_fight_makes_the_meter_need_more(content: Content) -> None:
    rules = content.rules
    fight = new_fight(content)
    downed = fight.s.boxers[1]
    knock_down(fight)
    first_needed = downed.getup_needed
    run(fight, rules.count_frames * rules.count_to, mash(1), until=BACK_UP)
    knock_down(fight)  # the same punch: only the knockdown count differs
    assert downed.getup_needed - first_needed == rules.getup_per_knockdown * 1000


def test_a_harder_punch_makes_the_meter_need_more(content: Content) -> None:
    rules = content.rules
    by_jab = new_fight(content)
    knock_down(by_jab)
    by_hook = new_fight(content, at="close")
    by_hook.s.boxers[1].health = 1
    run(by_hook, 60, presses({0: Action.HOOK}), until=until_phase(Phase.COUNT))
    jab_needed, hook_needed = by_jab.s.boxers[1].getup_needed, by_hook.s.boxers[1].getup_needed
    assert hook_needed > jab_needed
    assert rules.getup_per_damage > 0


def test_a_counter_hit_haymaker_puts_a_fighter_down_with_health_to_spare(content: Content) -> None:
    rules = content.rules
    moves = content.fighters["vito"].moves
    fight = new_fight(content, at="close")
    fight.s.boxers[0].heart = rules.heart_max
    hook_at = moves["haymaker"].startup - moves["hook"].startup // 2  # his hook is half way through its startup
    events = run(fight, 80, presses({0: Action.POWER}, {hook_at: Action.HOOK}), until=until_phase(Phase.COUNT))
    hit = first(events, "hit", 0)
    assert hit.event.move == "haymaker" and hit.event.counter
    assert first(events, "knockdown", 1)
    assert fight.s.boxers[1].health > 0


def test_a_tko_punch_traded_with_a_punch_from_the_fallen_fighter_still_ends_the_fight(content: Content) -> None:
    rules = content.rules
    for winner in (0, 1):  # the same both ways round: player one has no priority
        fight = new_fight(content, at="close")
        loser = fight.s.boxers[1 - winner]
        loser.health = 1
        loser.knockdowns_round = rules.tko_knockdowns - 1
        events = run(fight, 120, (Action.JAB, Action.JAB))
        assert len(of_kind(events, "hit")) == 2
        assert first(events, "tko", 1 - winner)
        assert fight.result is not None
        assert (fight.result.winner, fight.result.method) == (winner, "TKO")
        assert fight.s.boxers[winner].state == FS.VICTORIOUS


def test_two_fighters_stopped_by_the_same_exchange_is_a_draw(content: Content) -> None:
    rules = content.rules
    fight = new_fight(content, at="close")
    for b in fight.s.boxers:
        b.health = 1
        b.knockdowns_round = rules.tko_knockdowns - 1
    run(fight, 60, (Action.JAB, Action.JAB))
    assert fight.result is not None
    assert (fight.result.winner, fight.result.method) == (None, "draw")


def test_knockdowns_in_earlier_rounds_still_make_the_meter_need_more(content: Content) -> None:
    rules = content.rules
    fight = new_fight(content, rounds=2)
    downed = fight.s.boxers[1]
    knock_down(fight)
    first_needed = downed.getup_needed
    run(fight, rules.count_frames * rules.count_to, mash(1), until=BACK_UP)
    fight.s.clock = 1
    run(fight, rules.break_frames + rules.intro_frames + 1, until=lambda f: f.s.round == 2 and
        f.s.phase == Phase.FIGHTING)
    assert downed.knockdowns_round == 0 and downed.knockdowns_total == 1
    knock_down(fight)
    assert downed.getup_needed - first_needed == rules.getup_per_knockdown * 1000


def test_a_round_whose_clock_ran_out_during_the_count_ends_when_the_fighter_is_up(content: Content) -> None:
    rules = content.rules
    fight = new_fight(content, rounds=2)
    fight.s.clock = rules.ticks_per_second
    knock_down(fight)
    run(fight, rules.count_frames * rules.count_to, mash(1), until=lambda f: f.s.boxers[1].state == FS.RISING)
    assert fight.s.boxers[1].state == FS.RISING
    assert (fight.s.clock, fight.s.phase) == (0, Phase.COUNT)  # time ran out while he was down: no bell yet
    events = run(fight, rules.rise_frames + 10, until=until_phase(Phase.BREAK, Phase.OVER))
    assert first(events, "bell").event.value == 1
    assert fight.s.phase == Phase.BREAK


def test_rising_on_the_very_frame_of_ten_beats_the_count(content: Content) -> None:
    from game.sim.inputs import Action as A
    from tests.sim.helpers import knock_down, new_fight

    fight = new_fight(content, at="close")
    knock_down(fight, attacker=0)
    rules = fight.s.rules
    down = fight.s.boxers[1]
    while not (fight.s.count == rules.count_to - 1
               and (fight.s.count_frame + 1) % rules.count_frames == 0 and down.state == FS.KNOCKED_DOWN):
        fight.step((0, 0))
        assert fight.s.count < rules.count_to
    down.getup = down.getup_needed - 1  # one press fills it, on the frame the tenth count would fall
    down.prev_buttons = 0
    fight.step((0, int(A.JAB)))
    assert down.state == FS.RISING
    assert fight.s.result is None
