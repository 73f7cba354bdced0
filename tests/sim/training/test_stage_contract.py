"""What every training stage promises, whatever it plays like: in-game time is the ticks played to the goal,
the last split is the goal, a perfect run earns gold, an idle one earns nothing, and the same inputs give the
same state every tick."""

from __future__ import annotations

import pytest

from game.content.library import Content
from game.content.training import GRADES, STAGE_IDS
from game.sim.inputs import Action
from game.sim.training.registry import controls, make_stage, stage_module
from game.sim.training.stage import StageConfig, igt_text


@pytest.mark.parametrize("stage_id", STAGE_IDS)
def test_every_stage_is_shipped_with_controls_and_sane_medal_times(content: Content, stage_id: str) -> None:
    spec = content.stage(stage_id)
    assert spec.gold_frames <= spec.silver_frames <= spec.bronze_frames <= spec.time_limit_frames
    assert spec.checkpoints
    listed = controls(stage_id)
    assert listed and all(c.actions and all(isinstance(a, Action) for a in c.actions) for c in listed)
    # the hold alternative to mashing is explained on the card when it is on, and only then
    assisted = controls(stage_id, assist=True)
    assert assisted[:len(listed)] == listed and len(assisted) > len(listed)
    assert not any(c.text.startswith("Or ") for c in listed)


@pytest.mark.parametrize("stage_id", STAGE_IDS)
def test_a_perfect_run_earns_gold_and_its_time_is_the_ticks_to_the_goal(content: Content, stage_id: str) -> None:
    sim = make_stage(content, StageConfig(stage_id))
    pilot = stage_module(stage_id).autoplay
    ticks = 0
    while not sim.finished:
        sim.step(pilot(sim))
        ticks += 1
        assert ticks <= sim.spec.time_limit_frames
    result = sim.result()
    assert result.success and result.grade == "gold"
    assert result.frames == ticks == result.splits[-1]
    assert len(result.splits) == len(sim.spec.checkpoints)
    assert list(result.splits) == sorted(result.splits)
    assert sim.step(pilot(sim)) == [] and sim.result() == result  # a finished run stays finished
    print(f"{stage_id}: optimal {igt_text(ticks)} ({ticks} ticks)")


@pytest.mark.parametrize("stage_id", STAGE_IDS)
def test_an_idle_run_earns_nothing(content: Content, stage_id: str) -> None:
    sim = make_stage(content, StageConfig(stage_id))
    for _ in range(sim.spec.time_limit_frames + 1):
        sim.step((0, 0))
    result = sim.result()
    assert sim.finished and not result.success and result.grade is None
    assert result.frames == sim.spec.time_limit_frames
    assert len(result.splits) < len(sim.spec.checkpoints)


@pytest.mark.parametrize("stage_id", STAGE_IDS)
def test_the_same_inputs_give_the_same_state_every_tick(content: Content, stage_id: str) -> None:
    pilot = stage_module(stage_id).autoplay
    a = make_stage(content, StageConfig(stage_id))
    b = make_stage(content, StageConfig(stage_id))
    assert a.state_hash() == b.state_hash()
    for tick in range(600):
        frame = pilot(a)
        if tick % 7 == 3:  # and some presses the pilot would not make
            frame = (frame[0] | int(Action.JAB), frame[1])
        a.step(frame)
        b.step(frame)
        assert a.state_hash() == b.state_hash(), f"{stage_id} parted at tick {tick + 1}"


@pytest.mark.parametrize("stage_id", STAGE_IDS)
def test_the_grade_follows_the_data(content: Content, stage_id: str) -> None:
    spec = content.stage(stage_id)
    assert spec.grade(spec.gold_frames) == GRADES[0]
    assert spec.grade(spec.gold_frames + 1) == ("silver" if spec.silver_frames > spec.gold_frames else "bronze")
    assert spec.grade(spec.bronze_frames) in GRADES
    assert spec.grade(spec.bronze_frames + 1) is None
