"""The road run: cadence on the beat runs at full pace, too fast burns breath (and out of breath forces a jog), too
slow loses pace; crates and slush are jumped, signs ducked; running into one costs time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content.errors import ContentError
from game.content.library import Content, load_content
from game.sim.events import Event
from game.sim.inputs import ALL_ACTIONS, Action
from game.sim.training.road_run import CLEARED, FAST, HIT, SLOW, SUBPX, RoadRun, autoplay, make
from game.sim.training.stage import StageConfig
from tests.content_edit import copy_levels, edit

Pilot = Callable[[RoadRun], tuple[int, int]]


def new(content: Content, assist: bool = False) -> RoadRun:
    return make(content, StageConfig("road_run", assist=assist))


def run(sim: RoadRun, pilot: Pilot, ticks: int | None = None) -> list[Event]:
    events: list[Event] = []
    n = 0
    while not sim.finished and (ticks is None or n < ticks):
        events += sim.step(pilot(sim))
        n += 1
    return events


def rhythm(every: int) -> Pilot:
    """Alternate the feet every `every` ticks (and jump and duck as the perfect pilot would)."""
    def pilot(sim: RoadRun) -> tuple[int, int]:
        dodge = autoplay(sim)[0] & int(Action.UP | Action.DOWN)
        if sim.clock.tick % every:
            return dodge, 0
        foot = Action.RIGHT if (sim.clock.tick // every) % 2 else Action.LEFT
        return dodge | int(foot), 0
    return pilot


def first(sim: RoadRun, kind: str) -> int:
    return next(i for i, ob in enumerate(sim.params.obstacles) if ob.kind.id == kind)


def test_the_optimal_pilot_earns_gold_without_touching_anything(content: Content) -> None:
    sim = new(content)
    events = run(sim, autoplay)
    result = sim.result()
    assert result.success and result.grade == "gold"
    assert result.frames == result.splits[-1] <= sim.spec.gold_frames
    assert len(result.splits) == len(sim.spec.checkpoints) == len(sim.params.neighbourhood_px)
    assert all(s == CLEARED for s in sim.status)
    assert not any(e.kind in ("stumble", "splash", "winded") for e in events)
    assert sim.pos == sim.route_sub


def test_each_neighbourhood_end_is_a_split_and_the_museum_is_the_goal(content: Content) -> None:
    sim = new(content)
    positions: list[int] = []
    while not sim.finished:
        for e in sim.step(autoplay(sim)):
            if e.kind == "split":
                positions.append(sim.pos)
    ends = sim.boundaries()
    assert [p >= end for p, end in zip(positions, ends, strict=True)] == [True] * len(ends)
    assert positions[-1] == ends[-1] == sim.params.route_px * SUBPX


def test_a_cadence_too_fast_burns_breath_and_runs_out_into_a_jog(content: Content) -> None:
    fast, steady = new(content), new(content)
    fast_events = run(fast, rhythm(sim_fast := 5), 400)
    run(steady, rhythm(content.stage("road_run").params.ideal_stride_frames), 400)
    assert steady.breath == steady.params.breath_max
    assert any(e.kind == "stride" and e.target == "fast" for e in fast_events) and sim_fast
    assert any(e.kind == "winded" for e in fast_events)
    assert fast.judgement == FAST
    assert fast.pos < steady.pos  # the jog he was forced into cost him the road


def test_a_few_fast_strides_cost_breath_without_winding(content: Content) -> None:
    sim = new(content)
    p = sim.params
    run(sim, rhythm(p.ideal_stride_frames), 100)
    before = sim.breath
    sim.step((int(Action.LEFT if sim.last_foot == 2 else Action.RIGHT), 0))  # one tick after the last stride
    assert sim.judgement == FAST and sim.breath < before
    assert sim.winded == 0


def test_a_cadence_too_slow_loses_pace(content: Content) -> None:
    slow, steady = new(content), new(content)
    ideal = slow.params.ideal_stride_frames
    run(slow, rhythm(ideal * 2), 400)
    run(steady, rhythm(ideal), 400)
    assert slow.judgement == SLOW
    assert slow.speed < steady.speed == steady.params.max_speed
    assert slow.pos < steady.pos
    assert slow.breath == slow.params.breath_max  # slow costs pace, not breath


def test_the_same_foot_twice_is_not_a_stride(content: Content) -> None:
    sim = new(content)
    sim.step((int(Action.LEFT), 0))
    sim.step((0, 0))
    for _ in range(20):
        sim.step((0, 0))
    sim.step((int(Action.LEFT), 0))
    assert sim.strides == 1


def without_dodging(index: int) -> Pilot:
    """The perfect pilot, except that he neither jumps nor ducks for obstacle `index`."""
    def pilot(sim: RoadRun) -> tuple[int, int]:
        frame = autoplay(sim)[0]
        if sim.next_obstacle() == index:
            frame &= ~int(Action.UP | Action.DOWN)
        return frame, 0
    return pilot


@pytest.mark.parametrize("kind", ["crate", "slush", "sign", "scaffold"])
def test_hitting_an_obstacle_costs_time(content: Content, kind: str) -> None:
    clean, bumped = new(content), new(content)
    run(clean, autoplay)
    index = first(bumped, kind)
    events = run(bumped, without_dodging(index))
    assert bumped.status[index] == HIT and bumped.hits == 1
    expected = "splash" if kind == "slush" else "stumble"
    assert any(e.kind == expected and e.value == index for e in events)
    assert bumped.result().frames > clean.result().frames


def test_jumping_clears_a_crate_and_a_puddle(content: Content) -> None:
    sim = new(content)
    crate, slush = first(sim, "crate"), first(sim, "slush")
    jumped: set[int] = set()
    while sim.status[crate] != CLEARED or sim.status[slush] != CLEARED:
        frame = autoplay(sim)
        if frame[0] & Action.UP:
            jumped.add(sim.next_obstacle())
        events = sim.step(frame)
        assert not any(e.kind in ("stumble", "splash") for e in events)
    assert {crate, slush} <= jumped


def test_a_jump_too_early_lands_on_the_crate(content: Content) -> None:
    sim = new(content)
    crate = first(sim, "crate")
    start = sim.params.obstacles[crate].at_px * SUBPX
    jumps: list[int] = []

    def early(s: RoadRun) -> tuple[int, int]:
        if s.next_obstacle() != crate:
            return autoplay(s)
        frame = autoplay(s)[0] & ~int(Action.UP | Action.DOWN)
        if not jumps and start - s.pos < s.speed * (s.params.jump_frames + 4):  # down again before the crate
            jumps.append(s.clock.tick)
            frame |= int(Action.UP)
        return frame, 0
    events = run(sim, early, 2000)
    assert sim.status[crate] == HIT
    assert any(e.kind == "stumble" and e.move == "crate" for e in events)


def test_ducking_clears_a_sign_and_jumping_does_not(content: Content) -> None:
    ducked = new(content)
    sign = first(ducked, "sign")
    events = run(ducked, autoplay, 2000)
    assert ducked.status[sign] == CLEARED
    assert any(e.kind == "duck" for e in events)

    jumper = new(content)

    def jump_instead(s: RoadRun) -> tuple[int, int]:
        frame = autoplay(s)[0]
        if s.next_obstacle() == sign and frame & Action.DOWN:
            frame = (frame & ~int(Action.DOWN)) | int(Action.UP)
        return frame, 0
    run(jumper, jump_instead, 2000)
    assert jumper.status[sign] == HIT


def test_the_hold_alternative_finishes_holding_one_foot_button(content: Content) -> None:
    sim = new(content, assist=True)

    def hold(s: RoadRun) -> tuple[int, int]:
        return int(Action.RIGHT) | (autoplay(s)[0] & int(Action.UP | Action.DOWN)), 0
    run(sim, hold)
    result = sim.result()
    assert result.success and result.grade == "silver"  # holding alone earns silver, as on the steps
    assert sim.hits == 0


buttons = st.one_of(st.integers(0, ALL_ACTIONS),
                    st.sampled_from([int(Action.LEFT), int(Action.RIGHT), int(Action.UP), int(Action.DOWN), 0]))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stream=st.lists(st.tuples(buttons, st.integers(1, 12)), min_size=20, max_size=60), assist=st.booleans())
def test_random_inputs_never_crash(content: Content, stream: list[tuple[int, int]], assist: bool) -> None:
    sim = new(content, assist)
    for frame, ticks in stream:
        for _ in range(ticks):
            sim.step((frame, frame))
            assert 0 <= sim.pos <= sim.route_sub and 0 <= sim.breath <= sim.params.breath_max
            assert 0 <= sim.speed <= sim.params.max_speed
    sim.state_hash()
    sim.progress()


def test_a_bad_param_names_the_file_and_key(tmp_path: Path) -> None:
    root = copy_levels(tmp_path)
    edit(root / "training/road_run.toml", r"^ideal_stride_frames = \d+", "ideal_stride_frames = \"quick\"")
    with pytest.raises(ContentError) as info:
        load_content(root)
    found = [str(p) for p in info.value.problems]
    assert any(p.startswith("levels/training/road_run.toml: params.ideal_stride_frames: expected a whole number")
               for p in found), found


def test_an_unknown_obstacle_kind_is_named(tmp_path: Path) -> None:
    root = copy_levels(tmp_path)
    edit(root / "training/road_run.toml", r'obstacle_kind = \["slush"', 'obstacle_kind = ["snowman"')
    with pytest.raises(ContentError) as info:
        load_content(root)
    assert any("levels/training/road_run.toml: params.obstacle_kind: obstacle 0: no kind called 'snowman'" in str(p)
               for p in info.value.problems)


def test_a_winded_runner_ducking_at_the_right_moment_clears_the_scaffolding(content: Content) -> None:
    """Out of breath he is down to jog_speed; the duck still keeps his head under the widest board for as long as
    it is overhead, so a duck pressed in time passes it."""
    sim = new(content)
    p = sim.params
    scaffold = first(sim, "scaffold")
    start = p.obstacles[scaffold].at_px * SUBPX
    ducked_at: list[int] = []
    passing: list[tuple[int, int]] = []  # (winded ticks left, speed) on each tick the board is overhead

    def winded_runner(s: RoadRun) -> tuple[int, int]:
        foot = int(Action.RIGHT if s.last_foot == 1 else Action.LEFT)
        if start - s.pos > 250 * SUBPX:
            return autoplay(s)  # at full pace to just short of the board
        if not s.winded and s.pos < start:
            return (foot if s.clock.tick % 5 == 0 else 0), 0  # strides far too quick: out of breath
        frame = foot if s.since_stride + 1 >= p.ideal_stride_frames else 0  # then jogs on the beat
        # the last tick that still reaches the board's near edge on the duck's first clear frame
        if not ducked_at and start - s.pos < (p.duck_clear_from + 1) * s.speed:
            ducked_at.append(s.clock.tick)
            frame |= int(Action.DOWN)
        return frame, 0

    events: list[Event] = []
    while sim.status[scaffold] not in (CLEARED, HIT):
        events += sim.step(winded_runner(sim))
        if start < sim.pos:
            passing.append((sim.winded, sim.speed))
    assert any(e.kind == "winded" for e in events) and ducked_at
    assert passing and all(w > 0 and v == p.jog_speed for w, v in passing)  # winded, jogging, all the way under
    assert sim.status[scaffold] == CLEARED
    assert not any(e.kind == "stumble" for e in events)


def test_an_obstacle_too_wide_to_pass_at_a_jog_is_refused_naming_the_file_and_key(tmp_path: Path) -> None:
    root = copy_levels(tmp_path)
    edit(root / "training/road_run.toml", r"(\[params\.kinds\.scaffold\][^\[]*width_px = )\d+", r"\g<1>90")
    with pytest.raises(ContentError) as info:
        load_content(root)
    found = [str(p) for p in info.value.problems]
    assert any(p.startswith("levels/training/road_run.toml: params.kinds.scaffold.width_px: a scaffold 90 px wide "
                            "takes up to 46 ticks to pass at jog_speed (512)") for p in found), found
