"""Tire flips: the tire is a pymunk rigid body; a weak lift falls back by itself, a good lift and alternating pushes
flip it over onto its other face further along the yard; each flip is a split, the last the goal."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.errors import ContentError
from game.content.library import Content, load_content
from game.content.stages.tire_flips import Params
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.training.stage import StageConfig
from game.sim.training.tire_flips import Phase, TireFlips, autoplay, lift_quality, make, meter_value
from tests.content_edit import copy_levels, edit

DOWN, JAB, STRAIGHT = int(Action.DOWN), int(Action.JAB), int(Action.STRAIGHT)


def params(content: Content) -> Params:
    p: Params = content.stage("tire_flips").params
    return p


def hold_ticks_for(p: Params, meter: int) -> int:
    """Ticks of holding the grip after which the meter first reads at least `meter` (on its way up)."""
    return next(k for k in range(1, 2 * p.meter_rise_ticks) if meter_value(k, p.meter_rise_ticks) >= meter)


def lift(sim: TireFlips, hold: int) -> list[Event]:
    """Hold the grip `hold` ticks, then let go (the lift happens on the tick of the release)."""
    events: list[Event] = []
    for _ in range(hold):
        events += sim.step((DOWN, 0))
    events += sim.step((0, 0))
    return events


def watch(sim: TireFlips, frames: Sequence[int], ticks: int) -> tuple[list[float], list[Event]]:
    """Step through `frames` then idle to `ticks` in all, recording the tire's tilt after each tick."""
    tilts: list[float] = []
    events: list[Event] = []
    for i in range(ticks):
        events += sim.step((frames[i] if i < len(frames) else 0, 0))
        tilts.append(sim.tilt_deg)
    return tilts, events


def test_a_weak_lift_rises_then_falls_back_flat_on_the_same_face(content: Content) -> None:
    sim = make(content, StageConfig("tire_flips"))
    p = params(content)
    x0 = float(sim.tire.position.x)
    events = lift(sim, hold_ticks_for(p, p.sweet_low - p.sweet_falloff // 3))  # well short of the sweet spot
    quality = next(e.value for e in events if e.kind == "lift")
    assert 0 < quality < 1000
    tilts, later = watch(sim, [], 240)
    peak = max(tilts)
    assert peak > 5.0  # the physics lifted it ...
    assert tilts.index(peak) > 2  # ... over several ticks, not in one
    assert abs(tilts[-1]) < 1.0  # ... and gravity laid it back down
    assert abs(math.degrees(sim.tire.angle)) < 1.0  # on the face it started on
    assert abs(float(sim.tire.position.x) - x0) < 6.0
    assert sim.flips == 0 and sim.fallbacks == 1 and not sim.clock.splits
    assert sim.phase == Phase.READY
    kinds = [e.kind for e in later]
    assert "tire_fall" in kinds and "tire_land" not in kinds and "split" not in kinds


def test_even_a_sweet_spot_lift_falls_back_without_the_drive(content: Content) -> None:
    sim = make(content, StageConfig("tire_flips"))
    p = params(content)
    events = lift(sim, hold_ticks_for(p, p.sweet_low))
    assert [e.value for e in events if e.kind == "lift"] == [1000]
    tilts, _ = watch(sim, [], 300)
    assert max(tilts) > p.drive_angle_deg  # high enough to push ...
    assert max(tilts) < 90.0 and abs(tilts[-1]) < 1.0 and sim.flips == 0  # ... but not over by itself


def test_a_good_lift_and_the_drive_flip_the_tire_further_along(content: Content) -> None:
    sim = make(content, StageConfig("tire_flips"))
    p = params(content)
    x0 = float(sim.tire.position.x)
    events: list[Event] = []
    while not any(e.kind == "tire_land" for e in events):
        events += sim.step(autoplay(sim))
        assert sim.clock.tick < 400
    assert sim.flips == 1
    assert [e.kind for e in events].count("push") >= 2
    assert sim.clock.splits == [sim.clock.tick]
    watch(sim, [], 60)
    assert abs(math.degrees(sim.tire.angle) + 180.0) < 2.0  # lying on its other face
    assert float(sim.tire.position.x) - x0 > p.tire_length_px  # end over end: a length and a width along


def test_the_lift_is_strongest_in_the_sweet_spot(content: Content) -> None:
    p = params(content)
    assert lift_quality(p.sweet_low, p) == lift_quality(p.sweet_high, p) == 1000
    assert lift_quality(p.sweet_low - p.sweet_falloff // 2, p) == 500
    assert lift_quality(0, p) < lift_quality(p.sweet_low - 10, p) < 1000
    peaks = []
    for meter in (p.sweet_low // 3, p.sweet_low - p.sweet_falloff // 2, p.sweet_low):
        sim = make(content, StageConfig("tire_flips"))
        lift(sim, hold_ticks_for(p, meter))
        tilts, _ = watch(sim, [], 120)
        peaks.append(max(tilts))
    assert peaks == sorted(peaks) and peaks[0] < peaks[-1] - 10


def drive_it_over(sim: TireFlips) -> list[Event]:
    """After a lift: push on every tick a push acts, hands alternating, until it flips or falls back."""
    events: list[Event] = []
    while sim.phase == Phase.LIFT:
        frame = (STRAIGHT if sim.last_hand == JAB else JAB) if sim.can_push() else 0
        events += sim.step((frame, 0))
    return events


def test_the_lift_verdict_is_what_the_physics_made_of_it_at_every_release(content: Content) -> None:
    """Every meter reading a release can have: "great" and "good" lifts are those that stand the tire up to the
    drive angle, and driven they flip; a "weak" one never gets there and falls back, however hard he pushes. One
    verdict a lift, before any push."""
    p = params(content)
    seen: dict[str, set[int]] = {"great": set(), "good": set(), "weak": set()}
    for hold in range(1, 2 * p.meter_rise_ticks + 1):
        sim = make(content, StageConfig("tire_flips"))
        events = lift(sim, hold)
        events += drive_it_over(sim)
        verdicts = [e for e in events if e.kind == "lift_verdict"]
        assert len(verdicts) == 1, hold
        verdict = verdicts[0]
        assert verdict.value == sim.lift_q and verdict.move == sim.lift_verdict
        assert events.index(verdict) < min((i for i, e in enumerate(events) if e.kind == "push"), default=len(events))
        seen[verdict.move].add(sim.lift_q)
        assert (sim.flips == 1) == (verdict.move in ("great", "good")), (hold, sim.lift_q, verdict.move)
        assert (verdict.move == "great") == (sim.lift_q >= 1000 and sim.flips == 1)
    assert all(seen.values()), seen  # each verdict happens
    assert min(seen["good"]) < 1000 and max(seen["weak"]) > 0  # between the extremes, the physics decided


def test_the_meter_swings_up_and_back_down(content: Content) -> None:
    p = params(content)
    rise = p.meter_rise_ticks
    assert meter_value(0, rise) == 0 and meter_value(rise, rise) == 1000 and meter_value(2 * rise, rise) == 0
    assert meter_value(rise // 2, rise) == meter_value(rise + rise // 2, rise)


def test_pushes_act_only_past_the_drive_angle_and_with_alternating_hands(content: Content) -> None:
    sim = make(content, StageConfig("tire_flips"))
    p = params(content)
    events = lift(sim, hold_ticks_for(p, p.sweet_low))
    events += sim.step((JAB, 0))  # the tire has barely left the snow: no edge to push yet
    assert sim.tilt_deg < p.drive_angle_deg and not [e for e in events if e.kind == "push"]
    while sim.tilt_deg < p.drive_angle_deg:
        sim.step((0, 0))
    pushes = [e for e in sim.step((JAB, 0)) if e.kind == "push"]
    assert [e.move for e in pushes] == ["jab"]
    for _ in range(p.push_recover_ticks):
        sim.step((0, 0))
    assert not [e for e in sim.step((JAB, 0)) if e.kind == "push"]  # the same hand twice does not drive
    assert [e.move for e in sim.step((STRAIGHT, 0)) if e.kind == "push"] == ["straight"]


def test_the_grip_waits_for_the_fighter_and_a_still_tire(content: Content) -> None:
    sim = make(content, StageConfig("tire_flips"))
    p = params(content)
    lift(sim, hold_ticks_for(p, p.sweet_low))
    sim.step((DOWN, 0))  # holding the grip while the tire is in the air does nothing
    assert sim.phase == Phase.LIFT and not sim.at_rest()


def test_the_perfect_pilot_earns_gold(content: Content) -> None:
    sim = make(content, StageConfig("tire_flips"))
    while not sim.finished:
        sim.step(autoplay(sim))
    result = sim.result()
    assert result.success and result.grade == "gold"
    assert len(result.splits) == len(sim.spec.checkpoints) == sim.flips
    assert sim.fallbacks == 0
    assert result.frames == sim.clock.tick == result.splits[-1]


def test_assist_holding_a_push_button_drives_it_over(content: Content) -> None:
    sim = make(content, StageConfig("tire_flips", assist=True))
    while not sim.finished:
        frame = JAB if sim.phase == Phase.LIFT else autoplay(sim)[0]  # hold, never tap
        sim.step((frame, 0))
        assert sim.clock.tick < sim.spec.time_limit_frames
    assert sim.result().success and sim.result().grade is not None


def test_without_assist_holding_a_push_button_pushes_once(content: Content) -> None:
    sim = make(content, StageConfig("tire_flips"))
    p = params(content)
    lift(sim, hold_ticks_for(p, p.sweet_low))
    _, events = watch(sim, [JAB] * 200, 200)
    assert len([e for e in events if e.kind == "push"]) <= 1 and sim.flips == 0


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(0, int(sum(Action))), min_size=50, max_size=300))
def test_random_inputs_never_break_it(frames: list[int]) -> None:
    sim = make(_content(), StageConfig("tire_flips", assist=len(frames) % 2 == 1))
    for f in frames:
        sim.step((f, f))
        assert -100.0 < sim.tilt_deg < 200.0
    sim.state_hash()
    sim.progress()


_loaded: list[Content] = []


def _content() -> Content:
    if not _loaded:
        _loaded.append(load_content())
    return _loaded[0]


def test_a_bad_value_in_the_params_names_the_file_and_key(tmp_path: Path) -> None:
    root = copy_levels(tmp_path)
    edit(root / "training/tire_flips.toml", r"^tire_mass = [0-9.]+", 'tire_mass = "heavy"')
    with pytest.raises(ContentError) as info:
        load_content(root)
    assert any(str(p).startswith("levels/training/tire_flips.toml: params.tire_mass: expected a number")
               for p in info.value.problems), info.value.problems


def test_a_sweet_spot_the_wrong_way_round_is_refused(tmp_path: Path) -> None:
    root = copy_levels(tmp_path)
    edit(root / "training/tire_flips.toml", r"^sweet_low = \d+", "sweet_low = 900")
    with pytest.raises(ContentError, match=r"tire_flips\.toml: params\.sweet_low"):
        load_content(root)
