"""Training replays prove their own time: a recorded run re-simulates to the same in-game time, and a replay
with one input flipped, an edited header, a split's checksum dropped or two attempts spliced together is refused
with the reason. Every shipped reference replay verifies on every run."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from game.content.library import Content
from game.content.training import STAGE_IDS
from game.save.replay_file import read_replay, verify_file
from game.sim.inputs import Action
from game.sim.replay import Frame, Problem, Replay, make_fields, physics_version, rle_decode, rle_encode, verify
from game.sim.training.montage import Montage
from game.sim.training.registry import make_stage, pilot_run, stage_module, two_players
from game.sim.training.replay import record_training
from game.sim.training.stage import StageConfig, igt_text

REPLAYS = Path(__file__).resolve().parents[1] / "data" / "replays"


def pilot_frames(content: Content, stage_id: str) -> list[Frame]:
    return pilot_run(content, StageConfig(stage_id))[1]


@pytest.fixture(scope="module", params=STAGE_IDS)
def recorded(request: pytest.FixtureRequest, content: Content) -> tuple[str, list[Frame], Replay]:
    stage_id: str = request.param
    frames = pilot_frames(content, stage_id)
    return stage_id, frames, record_training(content, StageConfig(stage_id), frames)


def test_a_recorded_run_verifies_with_its_exact_in_game_time(content: Content,
                                                              recorded: tuple[str, list[Frame], Replay]) -> None:
    stage_id, frames, replay = recorded
    outcome = verify(content, replay)
    assert outcome.ok, outcome.reason
    assert outcome.ticks == len(frames)  # the in-game time is the ticks played to the goal
    assert f"in-game time {igt_text(len(frames))} ({len(frames)} ticks)" in outcome.reason
    assert stage_id in outcome.reason
    assert len(replay.checksums) >= 1 + len(content.stage(stage_id).checkpoints)  # tick 0 and every split


def test_one_flipped_input_is_found(content: Content, recorded: tuple[str, list[Frame], Replay]) -> None:
    _, frames, replay = recorded
    assert any(f != (0, 0) for f in frames)
    edited = list(frames)
    first = next(i for i, f in enumerate(edited) if f[0])
    edited[first] = (edited[first][0] ^ int(Action.JAB | Action.LEFT | Action.UP), 0)
    outcome = verify(content, dataclasses.replace(replay, inputs=rle_encode(edited)))
    assert not outcome.ok
    assert outcome.problem in (Problem.INPUTS, Problem.SHORT, Problem.OVERRUN)


def test_an_edited_header_is_refused_with_its_reason(content: Content,
                                                     recorded: tuple[str, list[Frame], Replay]) -> None:
    _, _, replay = recorded
    h = replay.header
    for header, words in (
        (dataclasses.replace(h, seed=h.seed + 1), "seed"),
        (dataclasses.replace(h, game_version="0.0.1"), "game version"),
        (dataclasses.replace(h, content_digest="0" * 16), "different game content"),
        (dataclasses.replace(h, params=make_fields({**dict(h.params), "category": "sparring"})), "sparring"),
    ):
        outcome = verify(content, dataclasses.replace(replay, header=header))
        assert not outcome.ok and words in outcome.reason


def test_every_header_field_is_verified(content: Content, recorded: tuple[str, list[Frame], Replay]) -> None:
    stage_id, _, replay = recorded
    h = replay.header
    params = dict(h.params)
    two = "two-player mode" if not two_players(stage_id) else "header was edited"
    for header, words in (
        (dataclasses.replace(h, params=make_fields({**params, "players": 2})), two),
        (dataclasses.replace(h, params=make_fields({**params, "assist": not params["assist"]})), "header was edited"),
        (dataclasses.replace(h, params=make_fields({**params, "ghost": "x"})), "does not know (ghost)"),
        (dataclasses.replace(h, physics=physics_version() + "-other"), "header was edited"),
        (dataclasses.replace(h, game_version=h.game_version), ""),  # untouched: holds
    ):
        outcome = verify(content, dataclasses.replace(replay, header=header))
        if not words:
            assert outcome.ok, outcome.reason
            continue
        assert not outcome.ok and outcome.problem == Problem.HEADER
        assert words in outcome.reason and "header was edited" in outcome.reason, outcome.reason


def test_a_split_without_its_checksum_is_refused(content: Content, recorded: tuple[str, list[Frame], Replay]) -> None:
    _, _, replay = recorded
    splits = [t for t, _ in replay.checksums[1:-1]]
    assert splits, "a recorded run keeps a checksum at its splits"
    ends_only = dataclasses.replace(replay, checksums=(replay.checksums[0], replay.checksums[-1]))
    outcome = verify(content, ends_only)
    assert not outcome.ok and outcome.problem == Problem.MALFORMED
    assert f"no checksum at the split of tick {splits[0]}" in outcome.reason
    one_missing = dataclasses.replace(replay, checksums=tuple(c for c in replay.checksums if c[0] != splits[-1]))
    outcome = verify(content, one_missing)
    assert not outcome.ok and f"no checksum at the split of tick {splits[-1]}" in outcome.reason


def test_a_flipped_input_is_placed_between_two_checkpoints_and_named(content: Content) -> None:
    frames = pilot_frames(content, "heavy_bag")
    replay = record_training(content, StageConfig("heavy_bag"), frames)
    ticks = [t for t, _ in replay.checksums]
    before, after = ticks[1], ticks[2]
    flip = (before + after) // 2
    edited = list(frames)
    edited[flip - 1] = (edited[flip - 1][0] ^ int(Action.DOWN), 0)  # the input of tick `flip`
    outcome = verify(content, dataclasses.replace(replay, inputs=rle_encode(edited)))
    assert not outcome.ok and outcome.problem == Problem.INPUTS
    assert f"between tick {before} and tick {after}" in outcome.reason
    assert f"the input of tick {flip} was edited" in outcome.reason


def test_a_state_that_parts_with_the_inputs_as_recorded_blames_the_engine(content: Content) -> None:
    replay = record_training(content, StageConfig("sledgehammer"), pilot_frames(content, "sledgehammer"))
    tick, hashed = replay.checksums[1]
    state, chain = hashed.split(":")
    other = (tick, f"{'0' * len(state)}:{chain}")
    outcome = verify(content, dataclasses.replace(replay, checksums=(replay.checksums[0], other,
                                                                     *replay.checksums[2:])))
    assert not outcome.ok and "with the inputs as recorded: the engine changed" in outcome.reason


def test_two_attempts_spliced_together_are_refused(content: Content) -> None:
    frames = pilot_frames(content, "steps")
    good = record_training(content, StageConfig("steps"), frames)
    # the first half of a slower attempt (every press a tick late), then the rest of the good one
    late = [(0, 0), *frames]
    half = len(frames) // 2
    spliced = dataclasses.replace(good, inputs=rle_encode(late[:half] + frames[half:]))
    outcome = verify(content, spliced)
    assert not outcome.ok
    assert outcome.problem in (Problem.INPUTS, Problem.SHORT, Problem.OVERRUN)


def test_a_reset_mid_montage_keeps_the_time_already_spent(content: Content) -> None:
    montage = Montage(content)
    first = STAGE_IDS[0]
    pilot = stage_module(first).autoplay
    for _ in range(120):
        montage.step(pilot(montage.current))
    before = montage.current.state_hash()
    montage.step((int(Action.RESET), 0))
    assert montage.run.tick == 121 and montage.run.resets == 1
    assert montage.stage_id == first
    assert montage.current.state_hash() != before
    assert montage.current.state_hash() == make_stage(content, StageConfig(first)).state_hash()
    montage.step((0, 0))
    assert montage.result().frames == 122  # every tick played counts, the reset's too


def test_the_montage_splits_at_every_stage_and_its_time_is_the_sum_of_ticks_played(content: Content) -> None:
    montage = Montage(content)
    ticks = 0
    while not montage.finished:
        montage.step(stage_module(montage.stage_id).autoplay(montage.current))
        ticks += 1
    result = montage.result()
    assert result.success and result.frames == ticks
    assert len(result.splits) == len(STAGE_IDS) and result.splits[-1] == ticks
    solo = [len(pilot_frames(content, s)) for s in STAGE_IDS]
    assert [b - a for a, b in zip((0, *result.splits[:-1]), result.splits, strict=True)] == solo


@pytest.mark.parametrize("name", sorted(p.name for p in REPLAYS.glob("training_*.omr")))
def test_every_shipped_training_replay_holds(name: str) -> None:
    ok, message = verify_file(REPLAYS / name)
    assert ok, (f"{message}. If the stage's content or engine changed on purpose, re-record with "
                f"`.venv/bin/python tools/make_reference_replays.py`.")


def test_a_reference_replay_exists_for_every_stage() -> None:
    assert sorted(p.name for p in REPLAYS.glob("training_*.omr")) == sorted(f"training_{s}.omr" for s in STAGE_IDS)
    replay = read_replay(REPLAYS / "training_steps.omr")
    assert dict(replay.header.params)["category"] == "steps"
    assert rle_decode(replay.inputs)


def test_a_held_run_is_verified_under_its_own_category(content: Content) -> None:
    config = StageConfig("steps", assist=True)
    sim = make_stage(content, config)
    frames: list[Frame] = []
    while not sim.finished:
        frames.append((int(Action.UP), 0))
        sim.step(frames[-1])
    outcome = verify(content, record_training(content, config, frames))
    assert outcome.ok and outcome.reason.startswith("steps/hold: in-game time"), outcome.reason
