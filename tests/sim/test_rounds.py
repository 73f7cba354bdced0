"""The round clock: the intro, the round's length in real frames, the bell, the break in the corner, the next round,
and the decision after the last one."""

from __future__ import annotations

import pytest

from game.content.library import Content
from game.sim.boxer import MILLI
from game.sim.fight import Fight, FightConfig, clock_text
from game.sim.inputs import Action
from game.sim.states import FS, Phase
from tests.sim.helpers import first, new_fight, of_kind, run, until_phase


def test_a_round_lasts_round_seconds_at_the_clock_speed_in_real_frames(content: Content) -> None:
    rules = content.rules
    assert rules.round_frames == rules.round_seconds * rules.ticks_per_second // rules.clock_speed
    fight = new_fight(content, rounds=2)
    events = run(fight, rules.round_frames + 1)
    bell = first(events, "bell")
    assert bell.tick == rules.round_frames - 1  # the round's last real frame rings it
    assert bell.event.value == 1
    assert len(of_kind(events, "bell")) == 1


def test_the_round_clock_shows_round_seconds_at_the_start_and_runs_clock_speed_times_fast(content: Content) -> None:
    rules = content.rules
    fight = new_fight(content)
    full = rules.round_seconds
    assert clock_text(fight.s.clock, rules) == f"{full // 60}:{full % 60:02d}"
    run(fight, rules.ticks_per_second)  # one real second
    shown = full - rules.clock_speed
    assert clock_text(fight.s.clock, rules) == f"{shown // 60}:{shown % 60:02d}"


def test_a_round_opens_after_the_intro(content: Content) -> None:
    rules = content.rules
    fight = Fight(content, FightConfig("vito", "vito"))
    events = run(fight, rules.intro_frames + 1)
    start = first(events, "round_start")
    assert start.tick == rules.intro_frames - 1 and start.event.value == 1
    assert fight.s.phase == Phase.FIGHTING
    assert fight.s.clock == rules.round_frames - 1  # the round's first real frame has run


def test_nobody_acts_during_the_intro(content: Content) -> None:
    fight = Fight(content, FightConfig("vito", "vito"))
    run(fight, content.rules.intro_frames - 1, (Action.JAB | Action.RIGHT, Action.JAB | Action.LEFT))
    assert fight.s.phase == Phase.INTRO
    assert [b.state for b in fight.s.boxers] == [FS.IDLE, FS.IDLE]
    assert all(b.round_figures.thrown == 0 for b in fight.s.boxers)


def test_the_bell_sends_the_fighters_to_a_break_where_the_corner_restores_them(content: Content) -> None:
    rules = content.rules
    fight = new_fight(content, "vito", "cole", rounds=2)
    for b in fight.s.boxers:
        b.health = b.max_health // 2
        b.stamina = b.max_stamina // 4
        b.heart = 0
    run(fight, rules.round_frames - 1, until=until_phase(Phase.BREAK))  # no one moves: health stays put
    events = run(fight, 1)
    assert [s.event.kind for s in events] == ["bell", "break"]
    assert fight.s.phase == Phase.BREAK
    for b in fight.s.boxers:
        stat = b.content
        toll = (rules.max_stamina_loss_per_round * MILLI
                * rules.stamina_round_loss_percent[stat.stamina - 1] // 100)
        assert b.max_stamina == rules.stamina_max_start * MILLI - toll  # a round fought takes a little
        assert b.stamina == b.max_stamina  # the corner restores stamina
        healing = rules.corner_health_percent * rules.recovery_percent[stat.recovery - 1] // 100
        lost = b.max_health - b.max_health // 2
        assert b.health == b.max_health // 2 + lost * healing // 100  # and some of the lost health
        assert b.max_health // 2 < b.health < b.max_health


def test_a_better_recovery_stat_heals_more_in_the_corner(content: Content) -> None:
    fighters = sorted(content.fighters.values(), key=lambda f: f.recovery)
    worst, best = fighters[0], fighters[-1]
    if worst.recovery == best.recovery:
        pytest.skip("every fighter has the same recovery stat")
    rules = content.rules
    fight = new_fight(content, worst.id, best.id, rounds=2)
    for b in fight.s.boxers:
        b.health = b.max_health // 2
    fight.s.clock = 1
    run(fight, 1)
    assert fight.s.phase == Phase.BREAK
    assert fight.s.boxers[0].health < fight.s.boxers[1].health
    assert rules.corner_health_percent > 0


def test_after_the_break_the_next_round_starts_from_the_marks(content: Content) -> None:
    rules = content.rules
    fight = new_fight(content, rounds=3)
    start_x = [b.x for b in fight.s.boxers]
    fight.s.boxers[0].x += 40 * 256
    fight.s.boxers[1].knockdowns_round = 1
    fight.s.clock = 1
    events = run(fight, 1 + rules.break_frames + rules.intro_frames)
    kinds = [s.event.kind for s in events]
    assert kinds == ["bell", "break", "round_start"]
    starts = of_kind(events, "round_start")
    assert starts[0].event.value == 2
    assert starts[0].tick == rules.break_frames + rules.intro_frames  # the break, then the intro
    assert fight.s.round == 2
    assert fight.s.phase == Phase.FIGHTING
    assert [b.x for b in fight.s.boxers] == start_x
    assert fight.s.boxers[1].knockdowns_round == 0  # the TKO rule counts per round
    assert fight.s.clock == rules.round_frames  # a full round on the clock


@pytest.mark.parametrize("rounds", [1, 2])
def test_the_fight_ends_after_the_configured_rounds_with_a_decision(content: Content, rounds: int) -> None:
    rules = content.rules
    fight = Fight(content, FightConfig("vito", "cole", rounds=rounds))
    ticks = rounds * (rules.intro_frames + rules.round_frames) + (rounds - 1) * rules.break_frames
    events = run(fight, ticks)
    assert fight.finished
    assert [s.event.value for s in of_kind(events, "bell")] == list(range(1, rounds + 1))
    assert first(events, "decision").tick == ticks - 1
    assert fight.result is not None
    assert fight.result.method in ("decision", "draw")
    assert fight.result.decision is not None
    assert fight.result.round == rounds
    assert len(fight.s.cards) == rounds * len(content.judges)
    assert sorted({c.round for c in fight.s.cards}) == list(range(1, rounds + 1))
    result = fight.result
    run(fight, rules.ticks_per_second)
    assert fight.finished and fight.result == result  # stepping after the end changes nothing that counts


def test_the_round_length_setting_changes_how_fast_the_clock_runs(content) -> None:  # type: ignore[no-untyped-def]
    from game.sim.fight import Fight, FightConfig

    rules = content.rules
    for speed in (1, 2, 3):
        fight = Fight(content, FightConfig("vito", "cole", rounds=1, clock_speed=speed))
        assert fight.round_frames == rules.round_seconds * rules.ticks_per_second // speed
        assert fight.s.clock == fight.round_frames
