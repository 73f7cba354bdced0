"""Sledgehammer: a release at the top of the meter is a full swing and grows the streak; an early (weak) or late
(tipped back past the top) release breaks it; the streak's parts are the splits; the assist needs no held button."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.errors import ContentError
from game.content.library import Content, load_content
from game.content.stages.sledgehammer import Params
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.training.sledgehammer import Phase, Sledgehammer, autoplay, make, meter_value
from game.sim.training.stage import StageConfig
from tests.content_edit import copy_levels, edit

SWING = int(Action.STRAIGHT)


def params(content: Content) -> Params:
    p: Params = content.stage("sledgehammer").params
    return p


def until_ready(sim: Sledgehammer) -> list[Event]:
    events: list[Event] = []
    while sim.phase != Phase.IDLE:
        events += sim.step((0, 0))
    return events


def swing(sim: Sledgehammer, when: str) -> list[Event]:
    """Raise the hammer and let go at the top ("top"), before it ("early") or once it tipped back ("late"); then
    follow the swing through to the impact and back to ready."""
    p = sim.p
    events = until_ready(sim)
    events += sim.step((SWING, 0))
    while True:
        climbing = sim.rising() and sim.climb_ticks() < sim.rise_ticks
        if when == "top" and sim.meter >= p.full_min:
            break
        if when == "early" and sim.meter >= p.full_min // 2:
            break
        if when == "late" and not climbing and sim.meter < p.full_min:
            break
        events += sim.step((SWING, 0))
    events += sim.step((0, 0))
    return events + until_ready(sim)


def test_a_release_at_the_top_is_a_full_swing_that_grows_the_streak(content: Content) -> None:
    sim = make(content, StageConfig("sledgehammer"))
    events = swing(sim, "top") + swing(sim, "top")
    hits = [e for e in events if e.kind == "hammer_hit"]
    assert [(e.move, e.value) for e in hits] == [("full", 1), ("full", 2)]
    assert sim.streak == 2 and sim.swings == 2


def test_an_early_release_is_weak_and_breaks_the_streak(content: Content) -> None:
    sim = make(content, StageConfig("sledgehammer"))
    swing(sim, "top")
    events = swing(sim, "early")
    assert [(e.move, e.value) for e in events if e.kind == "hammer_hit"] == [("weak", 0)]
    assert sim.streak == 0 and sim.best_streak == 1


def test_held_past_the_top_the_hammer_tips_back_and_a_late_release_breaks_it(content: Content) -> None:
    sim = make(content, StageConfig("sledgehammer"))
    swing(sim, "top")
    events = swing(sim, "late")
    assert [(e.move, e.value) for e in events if e.kind == "hammer_hit"] == [("late", 0)]
    assert sim.streak == 0


def test_the_meter_climbs_to_the_top_and_falls_back(content: Content) -> None:
    rise = params(content).rise_ticks_min
    values = [meter_value(k, rise) for k in range(2 * rise + 1)]
    assert values[0] == 0 and max(values) == 1000 == values[rise] and values[-1] == 0
    assert values[:rise + 1] == sorted(values[:rise + 1])


def test_the_swing_lands_after_its_frames(content: Content) -> None:
    sim = make(content, StageConfig("sledgehammer"))
    p = params(content)
    sim.step((SWING, 0))
    while sim.meter < p.full_min:
        sim.step((SWING, 0))
    events = sim.step((0, 0))
    assert [e.kind for e in events] == ["swing"]
    ticks = 0
    while not any(e.kind == "hammer_hit" for e in events):
        events = sim.step((0, 0))
        ticks += 1
    assert ticks == p.swing_ticks


def test_the_streak_splits_at_even_parts_and_the_target_is_the_goal(content: Content) -> None:
    sim = make(content, StageConfig("sledgehammer"))
    p = params(content)
    marks = sim.marks()
    assert marks[-1] == p.streak_target and len(marks) == len(sim.spec.checkpoints)
    streak_at_split: list[int] = []
    while not sim.finished:
        for e in sim.step(autoplay(sim)):
            if e.kind == "split":
                streak_at_split.append(sim.streak)
    assert tuple(streak_at_split) == marks


def test_a_broken_streak_keeps_its_splits_but_must_be_built_again(content: Content) -> None:
    sim = make(content, StageConfig("sledgehammer"))
    first = sim.marks()[0]
    for _ in range(first):
        swing(sim, "top")
    assert len(sim.clock.splits) == 1
    swing(sim, "early")
    for _ in range(first):
        swing(sim, "top")
    assert len(sim.clock.splits) == 1 and sim.streak == first  # the second mark needs a streak of its own


def test_the_perfect_pilot_earns_gold(content: Content) -> None:
    sim = make(content, StageConfig("sledgehammer"))
    while not sim.finished:
        sim.step(autoplay(sim))
    result = sim.result()
    assert result.success and result.grade == "gold"
    assert sim.swings == sim.streak == sim.p.streak_target
    assert result.frames == result.splits[-1] == sim.clock.tick


def test_holding_forever_earns_nothing(content: Content) -> None:
    sim = make(content, StageConfig("sledgehammer"))
    for _ in range(sim.spec.time_limit_frames):
        sim.step((SWING, 0))
    assert sim.finished and sim.swings == 0 and sim.result().grade is None


def test_assist_press_to_raise_press_to_swing_finishes(content: Content) -> None:
    sim = make(content, StageConfig("sledgehammer", assist=True))
    held_ticks = 0
    while not sim.finished:
        frame = autoplay(sim)
        held_ticks += 1 if frame[0] and sim.last_input else 0
        sim.step(frame)
    assert sim.result().success and sim.result().grade == "gold"
    assert held_ticks == 0  # never a button held two ticks running


def test_assist_ignores_a_held_button(content: Content) -> None:
    sim = make(content, StageConfig("sledgehammer", assist=True))
    for _ in range(200):
        sim.step((SWING, 0))
    assert sim.swings == 0 and sim.phase == Phase.RAISE  # one press raised it; holding never lets go


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(0, int(sum(Action))), min_size=50, max_size=400))
def test_random_inputs_never_break_it(frames: list[int]) -> None:
    sim = make(_content(), StageConfig("sledgehammer", assist=len(frames) % 2 == 0))
    for f in frames:
        sim.step((f, f))
        assert 0 <= sim.meter <= 1000 and sim.streak <= sim.p.streak_target
    sim.state_hash()
    sim.progress()


_loaded: list[Content] = []


def _content() -> Content:
    if not _loaded:
        _loaded.append(load_content())
    return _loaded[0]


def test_a_bad_value_in_the_params_names_the_file_and_key(tmp_path: Path) -> None:
    root = copy_levels(tmp_path)
    edit(root / "training/sledgehammer.toml", r"^full_min = \d+", "full_min = 4000")
    with pytest.raises(ContentError) as info:
        load_content(root)
    assert ("levels/training/sledgehammer.toml: params.full_min: expected a whole number from 1 to 1000, got 4000"
            in [str(p) for p in info.value.problems])
