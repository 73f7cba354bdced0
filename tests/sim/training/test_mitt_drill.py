"""The mitt drill: Viktor's punches are the engine's, and so is the counter window. A counter landing on the last
tick of his recovery after a slip or a block is clean; one tick later it is not; a punch not defended earns
nothing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content.errors import ContentError
from game.content.library import Content, load_content
from game.sim.events import Event
from game.sim.inputs import ALL_ACTIONS, Action
from game.sim.states import FS, PUNCHING
from game.sim.training.mitt_drill import MittDrill, autoplay, make
from game.sim.training.stage import StageConfig
from tests.content_edit import copy_levels, edit


def new(content: Content, assist: bool = False, first: str = "") -> MittDrill:
    sim = make(content, StageConfig("mitt_drill", assist=assist))
    if first:
        sim.next_move = first
    return sim


def defend_only(sim: MittDrill) -> tuple[int, int]:
    """The perfect pilot's defence, with no counter."""
    frame = autoplay(sim)[0]
    return (0 if sim.defended == sim.serial else frame), 0


def window_of(content: Content, move: str) -> tuple[int, int]:
    """Defend Viktor's first punch (`move`) and sit still: the tick he leaves his recovery and that recovery."""
    sim = new(content, first=move)
    entered = -1
    while sim.clock.tick < 400:
        sim.step(defend_only(sim))
        k = sim.viktor
        if k.state == FS.PUNCH_RECOVERY and k.frame == 0 and sim.defended == sim.serial == 1:
            entered = sim.clock.tick
            assert k.move is not None and k.move.id == move
            return entered + k.move_recovery - 1, k.move_recovery
    raise AssertionError("Viktor's punch was never defended")


def counter_at(content: Content, move: str, press_tick: int) -> tuple[MittDrill, list[Event]]:
    sim = new(content, first=move)
    events: list[Event] = []
    while sim.clock.tick < 400 and sim.serial < 2:
        frame = defend_only(sim)[0]
        if sim.clock.tick + 1 == press_tick:
            frame = int(Action.JAB)
        events += sim.step((frame, 0))
    return sim, events


@pytest.mark.parametrize("move", ["uppercut", "hook", "body_hook", "body_straight", "haymaker"])
def test_the_counter_window_is_the_engines(content: Content, move: str) -> None:
    last, recovery = window_of(content, move)
    # the window is Viktor's own recovery for that punch, from his fighter file (he is fresh: no tiredness)
    assert recovery == content.fighter("viktor").moves[move].recovery
    jab = content.fighter("vito").moves["jab"].startup  # pressed on tick p, it meets him on tick p + startup
    inside, inside_events = counter_at(content, move, last - jab)
    assert inside.counters == 1, "a counter landing on the last tick of his recovery is clean"
    assert any(e.kind == "clean" for e in inside_events)
    late, late_events = counter_at(content, move, last - jab + 1)
    assert late.counters == 0, "one tick after the window it is not"
    assert not any(e.kind == "clean" for e in late_events)
    # after his recovery he covers up again: a late head counter meets the mitts
    assert any(e.kind == "block" and e.side == 0 for e in late_events) or move.startswith("body")


def test_a_punch_not_defended_does_not_count(content: Content) -> None:
    # with the engine's frame data a man who takes a punch is still shaken when the thrower's recovery ends; give
    # Vito a one-frame hitstun so that his answer does land while Viktor is still finishing the punch
    viktor = content.fighter("viktor")
    quick = dataclasses.replace(viktor.moves["body_straight"], hitstun=1)
    fighters = {**content.fighters, "viktor": dataclasses.replace(viktor, moves={**viktor.moves,
                                                                                  "body_straight": quick})}
    sim = make(dataclasses.replace(content, fighters=fighters), StageConfig("mitt_drill"))
    sim.next_move = "body_straight"
    events: list[Event] = []
    landed_in_his_punch = False
    while sim.clock.tick < 300 and sim.serial < 2:
        taken = any(e.kind == "hit" and e.side == 1 for e in events)
        frame = int(Action.JAB) if taken and not sim.vito.prev_buttons & Action.JAB else 0
        in_punch = sim.viktor.state in PUNCHING
        new_events = sim.step((frame, 0))
        if any(e.kind == "hit" and e.side == 0 for e in new_events) and in_punch:
            landed_in_his_punch = True
        events += new_events
    assert any(e.kind == "hit" and e.side == 1 for e in events)  # he took the punch
    assert landed_in_his_punch  # and hit back while Viktor was still finishing it...
    assert sim.counters == 0 and not any(e.kind == "clean" for e in events)  # ...which is no clean counter


def test_taking_the_punch_leaves_no_time_to_counter_it(content: Content) -> None:
    for move in ("hook", "body_straight", "haymaker"):
        sim = new(content, first=move)
        events: list[Event] = []
        while sim.clock.tick < 300 and sim.serial < 2:
            taken = any(e.kind == "hit" and e.side == 1 for e in events)
            # he stands there and takes it, then answers as fast as he can
            frame = int(Action.JAB) if taken and not sim.vito.prev_buttons & Action.JAB else 0
            events += sim.step((frame, 0))
        assert any(e.kind == "hit" and e.side == 1 for e in events), move
        assert sim.counters == 0, move


def test_ducking_under_a_hook_is_a_defence_too(content: Content) -> None:
    sim = new(content, first="hook")
    events: list[Event] = []
    while sim.clock.tick < 300 and sim.serial < 2 and not sim.counters:
        whiffed = any(e.kind == "whiff" and e.side == 1 for e in events)
        frame = int(Action.BLOCK | Action.DOWN)
        if whiffed:
            frame = 0 if sim.vito.prev_buttons & Action.JAB else int(Action.JAB)
        events += sim.step((frame, 0))
    assert any(e.kind == "whiff" and e.side == 1 for e in events)
    assert sim.counters == 1


def test_hitting_him_before_his_punch_is_no_clean_counter(content: Content) -> None:
    sim = new(content, first="haymaker")
    events: list[Event] = []
    while sim.clock.tick < 200 and sim.serial < 2:
        k = sim.viktor
        frame = int(Action.JAB) if k.state == FS.PUNCH_STARTUP and k.frame == 2 else 0
        events += sim.step((frame, 0))
    assert any(e.kind == "hit" and e.side == 0 and e.counter for e in events)  # the engine's counter-hit
    assert sim.counters == 0


def test_viktor_throws_his_real_frame_data_with_the_tell(content: Content) -> None:
    sim = new(content, first="haymaker")
    startup_ticks = 0
    while sim.serial < 2 and sim.clock.tick < 300:
        sim.step((0, 0))
        if sim.viktor.state == FS.PUNCH_STARTUP and sim.serial == 1:
            startup_ticks += 1
            assert sim.viktor.move is not None and sim.viktor.move.tell_frames == 12
    assert startup_ticks == content.fighter("viktor").moves["haymaker"].startup


def test_autoplay_earns_gold(content: Content) -> None:
    sim = new(content)
    events: list[Event] = []
    while not sim.finished:
        events += sim.step(autoplay(sim))
    result = sim.result()
    assert result.success and result.grade == "gold"
    assert sim.counters == sim.params.target and sim.late == 0
    assert len(result.splits) == len(sim.params.checkpoint_counters)
    assert [e.value for e in events if e.kind == "clean"] == list(range(1, sim.params.target + 1))
    assert not any(e.kind == "hit" and e.side == 1 for e in events)  # nothing got through


def test_the_checkpoints_are_parts_of_the_target(content: Content) -> None:
    sim = new(content)
    counts: list[int] = []
    while not sim.finished:
        if any(e.kind == "split" for e in sim.step(autoplay(sim))):
            counts.append(sim.counters)
    assert counts == list(sim.params.checkpoint_counters)


def test_the_hold_alternative_counters_by_holding_the_punch(content: Content) -> None:
    sim = new(content, assist=True)

    def hold(s: MittDrill) -> tuple[int, int]:
        frame = autoplay(s)[0]
        if s.defended == s.serial and s.countered != s.serial:
            frame |= int(Action.JAB)  # held through the blockstun or the slip: no timing, no mashing
        return frame, 0
    while not sim.finished:
        sim.step(hold(sim))
    assert sim.result().success and sim.result().grade is not None


buttons = st.one_of(st.integers(0, ALL_ACTIONS),
                    st.sampled_from([int(Action.JAB), int(Action.SLIP), int(Action.BLOCK),
                                     int(Action.BLOCK | Action.DOWN), int(Action.POWER), 0]))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stream=st.lists(st.tuples(buttons, st.integers(1, 12)), min_size=20, max_size=60), assist=st.booleans(),
       seed=st.integers(0, 2**31 - 1))
def test_random_inputs_never_crash(content: Content, stream: list[tuple[int, int]], assist: bool, seed: int) -> None:
    sim = make(content, StageConfig("mitt_drill", seed=seed, assist=assist))
    for frame, ticks in stream:
        for _ in range(ticks):
            sim.step((frame, frame))
            assert sim.vito.state not in (FS.KNOCKED_DOWN, FS.KNOCKED_OUT)
            assert 0 <= sim.counters <= sim.params.target
    sim.state_hash()
    sim.progress()


def test_a_bad_param_names_the_file_and_key(tmp_path: Path) -> None:
    root = copy_levels(tmp_path)
    edit(root / "training/mitt_drill.toml", r'^punches = \["hook"', 'punches = ["roundhouse_kick"')
    with pytest.raises(ContentError) as info:
        load_content(root)
    found = [str(p) for p in info.value.problems]
    assert any(p.startswith("levels/training/mitt_drill.toml: params.punches: expected punches from")
               and "roundhouse_kick" in p for p in found), found


def test_a_bad_gap_is_named(tmp_path: Path) -> None:
    root = copy_levels(tmp_path)
    edit(root / "training/mitt_drill.toml", r"^gap_px = \d+", "gap_px = 5")
    with pytest.raises(ContentError) as info:
        load_content(root)
    assert any(str(p).startswith("levels/training/mitt_drill.toml: params.gap_px: expected a whole number from 30")
               for p in info.value.problems)


def test_in_the_two_player_drill_player_two_throws_the_punches(content: Content) -> None:
    sim = make(content, StageConfig("mitt_drill", players=2))
    thrown: list[str] = []
    for tick in range(300):
        p2 = int(Action.HOOK) if tick in (10, 120) else (int(Action.DOWN | Action.HOOK) if tick == 220 else 0)
        events = sim.step((autoplay(sim)[0], p2))
        thrown += [e.move for e in events if e.kind == "throw"]
    assert thrown == ["hook", "hook", "body_hook"]  # only what player two pressed, with Viktor's own frame data
    assert sim.counters == 3  # and the perfect pupil countered each one cleanly
