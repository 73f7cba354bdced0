"""The museum steps: strides in rhythm, stumbles that cost time, landings that split, the fists at the top, the
hold-to-climb assist, and the two-player race in which neither player has priority."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.errors import ContentError
from game.content.library import Content, load_content
from game.content.stages.steps import Params
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.training.stage import StageConfig
from game.sim.training.steps import (
    FISTS,
    LEFT,
    RIGHT,
    UP,
    StepsSim,
    autoplay,
    landing_strides_at,
    make,
    perfect_frames,
    place,
)
from tests.content_edit import copy_levels, edit

JAB = int(Action.JAB)


def params(content: Content) -> Params:
    p: Params = content.stage("steps").params
    return p


def script(strides: Sequence[int], fists_from: int | None, length: int, first: int = LEFT) -> list[int]:
    """Input frames for ticks 1..length: a press of alternating feet on each tick in `strides` (the foot is
    pressed on that tick only), and both fists held from `fists_from` on."""
    frames = [0] * (length + 1)
    foot = first
    for t in strides:
        frames[t] |= foot
        foot = RIGHT if foot == LEFT else LEFT
    if fists_from is not None:
        for t in range(fists_from, length + 1):
            frames[t] |= FISTS
    return frames[1:]


def cadence(p: Params, every: int, start: int = 1) -> list[int]:
    return [start + i * every for i in range(p.strides)]


def run(sim: StepsSim, p1: Sequence[int], p2: Sequence[int] = ()) -> list[Event]:
    events: list[Event] = []
    for i in range(max(len(p1), len(p2))):
        events += sim.step((p1[i] if i < len(p1) else 0, p2[i] if i < len(p2) else 0))
    return events


def perfect_script(p: Params, extra: int = 0) -> list[int]:
    ticks = cadence(p, p.min_interval_frames)
    return script(ticks, ticks[-1] + 1, ticks[-1] + p.raise_hold_frames + extra)


# --- the climb ------------------------------------------------------------------------------------------------

def test_the_data_describes_72_steps_in_flights_with_a_checkpoint_per_landing_and_the_goal(content: Content) -> None:
    p = params(content)
    spec = content.stage("steps")
    assert p.steps == 72 and p.flights >= 2
    assert len(spec.checkpoints) == p.flights == len(landing_strides_at(p)) + 1
    assert place(p, 0) == (0, 0, 0) and place(p, p.strides)[0] == 72


def test_perfect_cadence_reaches_the_top_in_exactly_the_ticks_the_data_predicts(content: Content) -> None:
    p = params(content)
    sim = make(content, StageConfig("steps"))
    run(sim, perfect_script(p, extra=5))
    predicted = 1 + (p.strides - 1) * p.min_interval_frames + p.raise_hold_frames
    result = sim.result()
    assert result.success and result.frames == predicted == perfect_frames(p)
    assert result.grade == "gold"
    assert sim.climbers[0].stumbles == 0 and sim.climbers[0].best_streak == p.strides


def test_the_autoplay_pilot_is_perfect_and_earns_gold(content: Content) -> None:
    sim = make(content, StageConfig("steps"))
    ticks = 0
    while not sim.finished:
        sim.step(autoplay(sim))
        ticks += 1
    assert sim.result().frames == ticks == perfect_frames(params(content))
    assert sim.result().grade == "gold"


def test_a_stride_exactly_at_the_min_interval_is_legal(content: Content) -> None:
    p = params(content)
    sim = make(content, StageConfig("steps"))
    events = run(sim, script([1, 1 + p.min_interval_frames], None, 1 + p.min_interval_frames))
    assert [e.kind for e in events] == ["step", "step"]
    assert sim.climbers[0].stride == 2


def test_a_stride_too_soon_stumbles(content: Content) -> None:
    p = params(content)
    sim = make(content, StageConfig("steps"))
    events = run(sim, script([1, p.min_interval_frames], None, p.min_interval_frames))  # one tick early
    assert [e.kind for e in events] == ["step", "stumble"] and events[-1].move == "early"
    assert sim.climbers[0].stride == 1 and sim.climbers[0].stumble == p.stumble_frames


def test_the_same_foot_twice_stumbles(content: Content) -> None:
    p = params(content)
    sim = make(content, StageConfig("steps"))
    t2 = 1 + 2 * p.min_interval_frames  # in good time, but the left foot again
    frames = [0] * t2
    frames[0] = frames[t2 - 1] = LEFT
    events = run(sim, frames)
    assert [e.kind for e in events] == ["step", "stumble"] and events[-1].move == "same_foot"
    assert sim.climbers[0].stride == 1


def test_both_feet_on_one_tick_stumble(content: Content) -> None:
    sim = make(content, StageConfig("steps"))
    events = run(sim, [LEFT | RIGHT])
    assert [(e.kind, e.move) for e in events] == [("stumble", "both_feet")]
    assert sim.climbers[0].stride == 0


def test_presses_do_nothing_during_a_stumble_then_either_foot_may_lead(content: Content) -> None:
    p = params(content)
    sim = make(content, StageConfig("steps"))
    frames = [0] * (2 + p.stumble_frames + 1)
    frames[0] = LEFT | RIGHT  # stumble on tick 1
    for t in range(2, 2 + p.stumble_frames, 2):
        frames[t - 1] = LEFT  # pressed through the stumble: ignored
    frames[1 + p.stumble_frames] = RIGHT  # tick stumble_frames + 2: free again
    events = run(sim, frames)
    assert [e.kind for e in events] == ["stumble", "step"]
    assert events[-1].value == 1 and sim.climbers[0].stride == 1


def test_a_stumble_costs_exactly_its_ticks_plus_the_wait(content: Content) -> None:
    p = params(content)
    frames = perfect_script(p, extra=p.stumble_frames + 10)
    # the same perfect climb, with one early press of the next foot a tick after the tenth stride
    tenth = 1 + 9 * p.min_interval_frames
    frames[tenth] = LEFT  # tick tenth + 1 (frames are 0-based): too soon, a stumble; the script is off
    sim = make(content, StageConfig("steps"))
    events: list[Event] = []
    for tick, frame in enumerate(frames, start=1):
        if tick <= tenth + 1:
            events += sim.step((frame, 0))
        else:
            events += sim.step(autoplay(sim))  # then climb on perfectly
        if sim.finished:
            break
    assert [e.move for e in events if e.kind == "stumble"] == ["early"]
    cost = p.stumble_frames + 2 - p.min_interval_frames  # free on tick+N+1 instead of the next beat
    assert sim.result().frames == perfect_frames(p) + cost
    assert sim.result().frames > perfect_frames(p)


def test_each_landing_splits_on_the_stride_that_reaches_it(content: Content) -> None:
    p = params(content)
    spec = content.stage("steps")
    sim = make(content, StageConfig("steps"))
    events = run(sim, perfect_script(p))
    splits = [e for e in events if e.kind == "split"]
    assert [e.move for e in splits] == list(spec.checkpoints)
    expected = [1 + (s - 1) * p.min_interval_frames for s in landing_strides_at(p)] + [perfect_frames(p)]
    assert list(sim.result().splits) == expected
    assert all(place(p, s)[0] == (i + 1) * p.steps_per_flight for i, s in enumerate(landing_strides_at(p)))


def test_the_fists_must_be_held_together_for_the_whole_raise_after_arriving(content: Content) -> None:
    p = params(content)
    ticks = cadence(p, p.min_interval_frames)
    arrive = ticks[-1]
    frames = script(ticks, None, arrive + 3 * p.raise_hold_frames)
    for t in range(1, arrive + 1):
        frames[t - 1] |= FISTS  # held all the way up: only the ticks after arriving count
    for t in range(arrive + 1, arrive + 1 + p.raise_hold_frames // 2):
        frames[t - 1] |= JAB  # one fist only: nothing
    let_go = arrive + p.raise_hold_frames // 2
    start = let_go + 1
    for t in range(start, start + p.raise_hold_frames - 1):
        frames[t - 1] |= FISTS  # one tick short...
    again = start + p.raise_hold_frames  # ...let go for a tick, then the whole hold
    for t in range(again, len(frames) + 1):
        frames[t - 1] |= FISTS
    sim = make(content, StageConfig("steps"))
    events = run(sim, frames)
    assert sim.climbers[0].arrive_tick == arrive
    assert sim.result().frames == again + p.raise_hold_frames - 1
    assert [e.kind for e in events][-3:] == ["fists_up", "split", "finish"]


# --- the assist ---------------------------------------------------------------------------------------------

def test_assist_holding_up_climbs_at_its_steady_cadence_and_raises_the_fists(content: Content) -> None:
    p = params(content)
    sim = make(content, StageConfig("steps", assist=True))
    events = run(sim, [UP] * 3000)
    predicted = 1 + (p.strides - 1) * p.assist_interval_frames + p.raise_hold_frames
    result = sim.result()
    assert result.success and result.frames == predicted
    assert result.grade == "silver"  # holding alone earns silver, as in the road run; gold takes the rhythm
    assert not [e for e in events if e.kind == "stumble"]
    feet = [e.move for e in events if e.kind == "step"]
    assert feet[:4] == ["left", "right", "left", "right"] and len(feet) == p.strides
    assert p.assist_interval_frames > p.min_interval_frames  # slower than perfect: no advantage


def test_assist_can_also_raise_the_fists_with_both_punches(content: Content) -> None:
    p = params(content)
    ticks = cadence(p, p.assist_interval_frames)
    frames = [UP if t <= ticks[-1] else FISTS for t in range(1, ticks[-1] + p.raise_hold_frames + 2)]
    sim = make(content, StageConfig("steps", assist=True))
    run(sim, frames)
    assert sim.result().frames == ticks[-1] + p.raise_hold_frames


def test_holding_up_does_nothing_without_the_assist(content: Content) -> None:
    sim = make(content, StageConfig("steps"))
    run(sim, [UP] * 200)
    assert sim.climbers[0].stride == 0


# --- two players --------------------------------------------------------------------------------------------

def test_two_presses_on_the_same_tick_both_take_effect(content: Content) -> None:
    sim = make(content, StageConfig("steps", players=2))
    events = sim.step((LEFT, RIGHT))
    assert [(e.kind, e.side) for e in events] == [("step", 0), ("step", 1)]
    assert sim.climbers[0].stride == sim.climbers[1].stride == 1
    assert sim.climbers[0].foot == "left" and sim.climbers[1].foot == "right"


def race(content: Content, p1: Sequence[int], p2: Sequence[int]) -> StepsSim:
    sim = make(content, StageConfig("steps", players=2))
    run(sim, p1, p2)
    while not sim.finished:
        sim.step((0, 0))
    return sim


def test_the_race_has_no_priority_swapping_the_inputs_swaps_the_results(content: Content) -> None:
    p = params(content)
    fast = perfect_script(p, extra=200)
    slow_ticks = [1 + i * (p.min_interval_frames + 1) for i in range(p.strides + 4)]  # the last 4 make up...
    slow = script(slow_ticks, slow_ticks[-1] + 1, len(fast))
    slow[40] |= LEFT | RIGHT  # ...for a stumble on tick 41 (and the presses it swallows)
    a = race(content, fast, slow)
    b = race(content, slow, fast)
    assert a.finished and b.finished
    ra, rb = a.result(), b.result()
    assert ra.winner == 0 and rb.winner == 1
    assert ra.frames == rb.frames == perfect_frames(p)
    for x, y in ((a.climbers[0], b.climbers[1]), (a.climbers[1], b.climbers[0])):
        assert x.key()[1:] == y.key()[1:]  # the same climb, whichever side it was played on


def test_the_winner_is_the_first_to_raise_his_fists_and_the_race_runs_until_both_are_done(content: Content) -> None:
    p = params(content)
    fast = perfect_script(p, extra=0)
    slow_ticks = cadence(p, p.min_interval_frames + 2)
    slow = script(slow_ticks, slow_ticks[-1] + 1, slow_ticks[-1] + p.raise_hold_frames)
    sim = make(content, StageConfig("steps", players=2))
    for i in range(len(fast)):
        sim.step((fast[i], slow[i]))
    assert sim.climbers[0].clock.finished and not sim.finished
    run(sim, [], slow[len(fast):])
    assert sim.finished
    result = sim.result()
    assert result.winner == 0 and result.frames == perfect_frames(p) and result.grade == "gold"
    assert sim.climbers[1].clock.frames == slow_ticks[-1] + p.raise_hold_frames


def test_a_player_who_stops_climbing_does_not_finish_and_the_race_ends_a_grace_after_the_winner(
        content: Content) -> None:
    p = params(content)
    sim = make(content, StageConfig("steps", players=2))
    quitter = script(cadence(p, p.min_interval_frames)[:30], None, 30 * p.min_interval_frames)  # stops halfway
    events = run(sim, quitter, perfect_script(p))
    assert sim.climbers[1].clock.success and not sim.finished
    ended = perfect_frames(p) + p.race_grace_frames
    while not sim.finished:
        events += sim.step((0, 0))
    assert sim.tick == ended < sim.spec.time_limit_frames  # not the minute's limit
    assert [(e.kind, e.side, e.value) for e in events if e.kind in ("finish", "time_up", "did_not_finish")] == [
        ("finish", 1, perfect_frames(p)), ("did_not_finish", 0, ended)]
    result = sim.result()
    assert result.winner == 1 and result.frames == perfect_frames(p) and result.grade == "gold"
    assert result.times == (None, perfect_frames(p))
    assert sim.where(sim.climbers[0]) == "Did not finish"


def test_the_loser_reaching_the_top_within_the_grace_keeps_his_time(content: Content) -> None:
    p = params(content)
    fast = perfect_script(p)
    late = perfect_frames(p) + p.race_grace_frames  # his fists up on the race's very last tick
    slow = script(cadence(p, p.min_interval_frames), late - p.raise_hold_frames + 1, late)
    slow = [0] * (late - len(slow)) + slow  # the same climb, started later
    sim = race(content, fast, slow)
    assert sim.tick == late and sim.result().times == (perfect_frames(p), late)
    assert sim.result().winner == 0
    too_late = race(content, fast, [0, *slow])
    assert too_late.tick == late and too_late.result().times == (perfect_frames(p), None)


def test_nobody_at_the_top_runs_the_race_to_the_time_limit(content: Content) -> None:
    sim = make(content, StageConfig("steps", players=2))
    events = run(sim, [LEFT], [RIGHT])
    while not sim.finished:
        events += sim.step((0, 0))
    assert sim.tick == sim.spec.time_limit_frames
    assert [e.kind for e in events if e.side >= 0 and e.kind in ("time_up", "did_not_finish")] == ["time_up"] * 2
    result = sim.result()
    assert not result.success and result.winner == -1 and result.times == (None, None)
    assert sim.where(sim.climbers[0]) == "Out of time"


def test_a_tie_goes_to_fewer_stumbles_then_the_earlier_arrival_then_a_dead_heat(content: Content) -> None:
    p = params(content)
    m = p.min_interval_frames
    # fewer stumbles: P1 climbs cleanly but waits before raising; P2 stumbles once and arrives just in time
    clean = cadence(p, m, start=1 + p.stumble_frames + 1)
    late = clean[-1] + 1
    stumbled = script(clean, late, late + p.raise_hold_frames)
    stumbled[0] = LEFT | RIGHT
    waited = script(cadence(p, m), late, late + p.raise_hold_frames)
    for a, b, winner in ((waited, stumbled, 0), (stumbled, waited, 1)):
        sim = race(content, a, b)
        assert sim.climbers[0].clock.frames == sim.climbers[1].clock.frames
        assert sim.result().winner == winner
    # no stumbles: the earlier arrival at the top wins
    slower = cadence(p, m + 1)
    arrive = slower[-1]
    early = script(cadence(p, m), arrive + 1, arrive + p.raise_hold_frames)
    later = script(slower, arrive + 1, arrive + p.raise_hold_frames)
    assert race(content, later, early).result().winner == 1
    assert race(content, early, later).result().winner == 0
    # the same climb: a dead heat, the race over on that tick with both times
    heat = race(content, early, early)
    same = heat.result()
    assert same.winner == -1 and same.success and same.frames == arrive + p.raise_hold_frames
    assert heat.tick == same.frames and same.times == (same.frames, same.frames)


# --- robustness and content ------------------------------------------------------------------------------------

@settings(max_examples=20, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 0x1FFF), st.integers(0, 0x1FFF)), min_size=1, max_size=300),
       st.booleans(), st.booleans())
def test_random_inputs_never_crash_and_keep_the_rules(content: Content, frames: list[tuple[int, int]], two: bool,
                                                    assist: bool) -> None:
    sim = make(content, StageConfig("steps", players=2 if two else 1, assist=assist))
    p = params(content)
    for frame in frames:
        sim.step(frame)
        for c in sim.climbers:
            assert 0 <= c.stride <= p.strides and 0 <= c.stumble <= p.stumble_frames
        sim.progress()
        sim.result()
    assert isinstance(sim.state_hash(), str)


def problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_content(root)
    return [str(p) for p in info.value.problems]


def test_a_bad_value_in_the_params_names_the_file_and_key(tmp_path: Path) -> None:
    levels = copy_levels(tmp_path)
    edit(levels / "training/steps.toml", r"min_interval_frames = \d+", 'min_interval_frames = "quick"')
    found = problems(levels)
    assert any(p.startswith("levels/training/steps.toml: params.min_interval_frames: expected a whole number")
               for p in found), found


def test_an_assist_faster_than_the_min_interval_is_refused(tmp_path: Path) -> None:
    levels = copy_levels(tmp_path)
    edit(levels / "training/steps.toml", r"assist_interval_frames = \d+", "assist_interval_frames = 3")
    assert any(p.startswith("levels/training/steps.toml: params.assist_interval_frames: expected at least")
               for p in problems(levels))


def test_an_unknown_param_is_named(tmp_path: Path) -> None:
    levels = copy_levels(tmp_path)
    edit(levels / "training/steps.toml", r"(\[params\]\n)", r"\1step_height = 7\n")
    assert "levels/training/steps.toml: params.step_height: unknown key" in problems(levels)


def test_checkpoints_that_do_not_match_the_flights_are_refused(tmp_path: Path) -> None:
    levels = copy_levels(tmp_path)
    edit(levels / "training/steps.toml", r"flights = 6", "flights = 5")
    edit(levels / "training/steps.toml", r"steps_per_flight = 12", "steps_per_flight = 14")
    content = load_content(levels)
    with pytest.raises(ContentError, match=r"stage\.checkpoints"):
        make(content, StageConfig("steps"))
