"""Every shipped content file loads, and says what GAMEPLAY.md says."""

from __future__ import annotations

from game.content.fighters import MOVE_IDS
from game.content.library import Content


def test_every_shipped_fighter_loads_with_every_move(content: Content) -> None:
    assert {"vito", "cole", "viktor", "danny"} <= set(content.fighters)
    for fighter in content.fighters.values():
        assert set(fighter.moves) == set(MOVE_IDS)
        for move in fighter.moves.values():
            assert len(move.hitboxes) == move.active


def test_the_fighters_play_differently(content: Content) -> None:
    stats = {fid: (f.power, f.hand_speed, f.foot_speed, f.chin, f.recovery, f.stamina)
             for fid, f in content.fighters.items()}
    assert len(set(stats.values())) == len(stats)
    vito, cole = content.fighters["vito"], content.fighters["cole"]
    assert cole.hand_speed > vito.hand_speed and cole.foot_speed > vito.foot_speed
    assert vito.recovery > cole.recovery and vito.chin > cole.chin
    assert cole.moves["hook"].startup < vito.moves["hook"].startup


def test_three_judges_with_different_leanings(content: Content) -> None:
    assert len(content.judges) == 3
    assert len({j.leaning for j in content.judges}) == 3
    assert len({j.weights for j in content.judges}) == 3


def test_the_haymaker_has_a_visible_tell_for_everyone(content: Content) -> None:
    for fighter in content.fighters.values():
        assert fighter.moves["haymaker"].tell_frames > 0


def test_a_round_is_one_real_minute_by_default(content: Content) -> None:
    rules = content.rules
    assert rules.round_seconds == 180 and rules.clock_speed == 3
    assert rules.round_frames == 60 * rules.ticks_per_second
