"""The speed bag: alternate hands on the bag's rebound; out of the window, the same hand twice or a beat let go
breaks the streak and the bag wobbles; one unbroken streak of the target is the goal."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.errors import ContentError
from game.content.library import Content, load_content
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.training import speed_bag as sb
from game.sim.training.stage import StageConfig
from tests.content_edit import copy_levels, edit

L = int(Action.JAB)
R = int(Action.STRAIGHT)


def fresh(content: Content, assist: bool = False) -> sb.SpeedBag:
    return sb.make(content, StageConfig("speed_bag", assist=assist))


def play(sim: sb.SpeedBag, script: dict[int, int], until: int) -> list[Event]:
    """Step up to tick `until`, pressing script[t] on tick t (a press lasts one tick)."""
    events: list[Event] = []
    while sim.tick < until:
        events.extend(sim.step((script.get(sim.tick + 1, 0), 0)))
    return events


def beats(content: Content, n: int) -> dict[int, int]:
    """n punches alternating from the left, the first on tick 1, the rest on their beats."""
    beat = content.stage("speed_bag").params.beat_frames
    return {1 + i * beat: (L, R)[i % 2] for i in range(n)}


def test_the_other_hand_on_the_beat_continues_the_streak(content: Content) -> None:
    sim = fresh(content)
    script = beats(content, 6)
    play(sim, script, max(script))
    assert sim.streak == 6 and sim.breaks == 0


@pytest.mark.parametrize("edge", ["early", "late"])
def test_a_punch_anywhere_in_the_window_counts(content: Content, edge: str) -> None:
    p = content.stage("speed_bag").params
    offset = -p.window_early_frames if edge == "early" else p.window_late_frames
    sim = fresh(content)
    play(sim, {1: L, 1 + p.beat_frames + offset: R}, 1 + p.beat_frames + offset)
    assert sim.streak == 2


@pytest.mark.parametrize("edge", ["early", "late"])
def test_a_punch_out_of_the_window_breaks_the_streak(content: Content, edge: str) -> None:
    p = content.stage("speed_bag").params
    offset = -p.window_early_frames - 1 if edge == "early" else p.window_late_frames + 1
    sim = fresh(content)
    events = play(sim, {1: L, 1 + p.beat_frames + offset: R}, 1 + p.beat_frames + offset)
    assert sim.streak == 0 and sim.wobble > 0
    assert [e.move for e in events if e.kind == "break"] == [edge]


def test_the_same_hand_twice_breaks_the_streak(content: Content) -> None:
    p = content.stage("speed_bag").params
    sim = fresh(content)
    events = play(sim, {1: L, 1 + p.beat_frames: L}, 1 + p.beat_frames)
    assert [(e.move, e.value) for e in events if e.kind == "break"] == [("same_hand", 1)]
    assert sim.streak == 0


def test_both_hands_at_once_break_the_streak(content: Content) -> None:
    p = content.stage("speed_bag").params
    sim = fresh(content)
    events = play(sim, {1: L, 1 + p.beat_frames: L | R}, 1 + p.beat_frames)
    assert [e.move for e in events if e.kind == "break"] == ["both"]


def test_letting_the_beat_go_by_breaks_the_streak(content: Content) -> None:
    p = content.stage("speed_bag").params
    sim = fresh(content)
    events = play(sim, {1: L}, 1 + p.beat_frames + p.window_late_frames + 1)
    assert [e.move for e in events if e.kind == "break"] == ["late"]


def test_the_bag_wobbles_after_a_break_then_any_punch_starts_a_new_streak(content: Content) -> None:
    p = content.stage("speed_bag").params
    sim = fresh(content)
    play(sim, {1: L, 5: R}, 5)  # far too early: a break
    assert sim.wobble == p.wobble_frames
    events = play(sim, {10: R}, 10)
    assert [e.kind for e in events] == ["glance"] and sim.streak == 0
    start = 5 + p.wobble_frames + 1
    play(sim, {start: R, start + p.beat_frames: L}, start + p.beat_frames)
    assert sim.streak == 2


def test_the_bag_rebounds_off_the_board_between_punches(content: Content) -> None:
    p = content.stage("speed_bag").params
    sim = fresh(content)
    events = play(sim, {1: L}, p.beat_frames)
    rebounds = [e for e in events if e.kind == "rebound"]
    assert [e.value for e in rebounds] == list(range(1, p.rebounds_per_hit + 1))


def test_checkpoints_split_the_target_streak_into_equal_parts(content: Content) -> None:
    sim = fresh(content)
    n = len(sim.spec.checkpoints)
    while not sim.finished:
        for e in sim.step(sb.autoplay(sim)):
            if e.kind == "split":
                assert sim.streak == sim.p.target_streak * e.value // n


def test_the_autoplay_pilot_earns_gold_in_the_ticks_the_data_predicts(content: Content) -> None:
    sim = fresh(content)
    ticks = 0
    while not sim.finished:
        sim.step(sb.autoplay(sim))
        ticks += 1
    result = sim.result()
    assert result.success and result.grade == "gold" and sim.breaks == 0
    assert ticks == result.frames == sb.optimal_frames(sim.p)


def test_assist_one_button_on_the_beat_finishes(content: Content) -> None:
    for assist in (True, False):
        sim = fresh(content, assist)
        while not sim.finished:
            on_beat = (sim.streak == 0 and sim.wobble == 0) or (sim.streak > 0 and sim.tick + 1 == sim.due())
            sim.step((L if on_beat and not sim.prev else 0, 0))
        assert sim.result().success is assist  # without assist, the same hand every time never gets going


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(0, int(Action.RESET) * 2 - 1), min_size=50, max_size=300), st.booleans())
def test_random_input_never_crashes(stream: list[int], assist: bool) -> None:
    sim = fresh(_CONTENT, assist)
    for frame in stream:
        sim.step((frame, frame))
        assert 0 <= sim.streak <= sim.p.target_streak and sim.wobble >= 0
    sim.state_hash()
    sim.progress()


_CONTENT = load_content()


@pytest.mark.parametrize(("pattern", "replacement", "expected"), [
    (r"rebound_frames = 5", "rebound_frames = 0", "params.rebound_frames: expected a whole number of frames"),
    (r"window_late_frames = 3", "window_late_frames = 30", "params.window_late_frames: expected the window"),
    (r"target_streak = 40", 'target_streak = "forty"', "params.target_streak: expected a whole number"),
])
def test_a_bad_param_is_reported_with_file_and_key(tmp_path: Path, pattern: str, replacement: str,
                                                   expected: str) -> None:
    root = copy_levels(tmp_path)
    edit(root / "training/speed_bag.toml", pattern, replacement)
    with pytest.raises(ContentError) as info:
        load_content(root)
    text = "\n".join(str(p) for p in info.value.problems)
    assert f"levels/training/speed_bag.toml: {expected}" in text, text
