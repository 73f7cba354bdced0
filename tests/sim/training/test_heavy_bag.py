"""The heavy bag: a damped pendulum in pymunk that punches swing, meeting it coming in lands harder than chasing it,
combinations multiply, punches land only within reach, and the run keeps the training contract."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.errors import ContentError
from game.content.library import Content, load_content
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.training import heavy_bag as hb
from game.sim.training.stage import StageConfig
from tests.content_edit import copy_levels, edit

STRAIGHT = int(Action.STRAIGHT)
JAB = int(Action.JAB)
HOOK = int(Action.HOOK)


def fresh(content: Content, assist: bool = False) -> hb.HeavyBag:
    return hb.make(content, StageConfig("heavy_bag", assist=assist))


def run(sim: hb.HeavyBag, script: dict[int, int], ticks: int) -> list[tuple[int, Event]]:
    """Step `ticks` ticks pressing script[t] on tick t (1-based, as the clock counts); the events with their tick."""
    out = []
    for _ in range(ticks):
        frame = script.get(sim.tick + 1, 0)
        out.extend((sim.tick, e) for e in sim.step((frame, 0)))
    return out


def hits(events: list[tuple[int, Event]]) -> list[tuple[int, Event]]:
    return [(t, e) for t, e in events if e.kind == "hit"]


def test_a_hit_makes_the_bag_swing(content: Content) -> None:
    sim = fresh(content)
    before = sim.bag_state()
    assert before.angle == 0.0 and before.spin == 0.0
    landed = hits(run(sim, {1: STRAIGHT}, 12))
    assert len(landed) == 1
    after = sim.bag_state()
    assert after.angle > 0.01  # away from the fighter
    assert after.spin > 0.1


def test_the_swing_dies_out_by_damping(content: Content) -> None:
    sim = fresh(content)
    run(sim, {1: STRAIGHT}, 12)
    amplitudes = []
    for _ in range(10):  # ten windows of 60 idle ticks (each longer than half a swing)
        window = []
        for _ in range(60):
            sim.step((0, 0))
            window.append(abs(sim.bag_state().angle))
        amplitudes.append(max(window))
    assert amplitudes[0] > math.radians(5)
    assert amplitudes[-1] < math.radians(1)  # after 600 idle ticks it hangs nearly still
    assert all(b < a for a, b in itertools.pairwise(amplitudes))  # and keeps falling


def _jab_after_straight(content: Content, press: int) -> tuple[float, Event | None]:
    """From the same start: a straight on tick 1 swings the bag, then a jab pressed on tick `press`. The speed of
    the bag's face towards the fighter when the jab lands (+ coming in), and the jab's hit event (None: it missed)."""
    sim = fresh(content)
    run(sim, {1: STRAIGHT, press: JAB}, press - 1 + sim.startup("jab"))
    coming = -hb.contact(sim.bag_state(), sim.p, sim.p.punch("jab")).vx  # type: ignore[union-attr]
    events = run(sim, {}, 1)
    jab = [e for _, e in hits(events) if e.move == "jab"]
    return coming, jab[0] if jab else None


def test_a_punch_on_the_inward_swing_deals_more_than_on_the_outward_swing(content: Content) -> None:
    # jabs pressed long enough after the straight that its combination has lapsed: only the swing differs
    tried = [_jab_after_straight(content, press) for press in range(60, 200, 4)]
    landed = [(coming, e) for coming, e in tried if e is not None]
    inward = max(landed, key=lambda x: x[0])
    outward = min(landed, key=lambda x: x[0])
    assert inward[0] > 5 and outward[0] < -5  # one met the bag coming in, one chased it going away
    base = content.stage("heavy_bag").params.punch("jab").damage
    assert inward[1].value > base > outward[1].value
    assert inward[1].counter and not outward[1].counter


def test_the_harder_landing_also_pushes_harder(content: Content) -> None:
    p = content.stage("heavy_bag").params
    still = hb.BagState(p.bag_x_px, p.bag_bottom_px + p.bag_height_px / 2, 0.0, 0.0, 0.0, 0.0)
    coming = hb.BagState(still.x, still.y, 0.0, -20.0, 0.0, -0.4)
    going = hb.BagState(still.x, still.y, 0.0, 20.0, 0.0, 0.4)
    jab = p.punch("jab")
    found = [hb.landing(s, p, jab, 0, 999, "") for s in (coming, still, going)]
    percents = [f[0].closing_percent for f in found if f is not None]
    assert len(percents) == 3 and percents[0] > percents[1] == 100 > percents[2]


def test_a_combination_multiplies(content: Content) -> None:
    p = content.stage("heavy_bag").params
    still = hb.BagState(p.bag_x_px, p.bag_bottom_px + p.bag_height_px / 2, 0.0, 0.0, 0.0, 0.0)
    hook = p.punch("hook")
    alone = hb.landing(still, p, hook, 0, 999, "")
    second = hb.landing(still, p, hook, 1, 20, "jab")
    third = hb.landing(still, p, hook, 2, 20, "straight")
    assert alone and second and third
    assert alone[0].chain == 1 and second[0].chain == 2 and third[0].chain == 3
    assert alone[0].damage < second[0].damage < third[0].damage
    assert second[0].damage == alone[0].damage * (100 + p.combo_step_percent) // 100


def test_punches_in_a_row_within_the_window_raise_the_combination(content: Content) -> None:
    sim = fresh(content)
    # jab, then a hook and a straight pressed as soon as the last one lets go (the buffer keeps the press)
    events = run(sim, {1: JAB, 10: HOOK, 45: STRAIGHT}, 80)
    landed = hits(events)
    assert [e.move for _, e in landed] == ["jab", "hook", "straight"]
    assert [e.value for _, e in events if e.kind == "combo"] == [2, 3]
    assert sim.best_chain == 3


def test_a_late_punch_or_a_repeat_starts_a_new_combination(content: Content) -> None:
    p = content.stage("heavy_bag").params
    still = hb.BagState(p.bag_x_px, p.bag_bottom_px + p.bag_height_px / 2, 0.0, 0.0, 0.0, 0.0)
    hook = p.punch("hook")
    late = hb.landing(still, p, hook, 3, p.combo_window_frames + 1, "jab")
    repeat = hb.landing(still, p, hook, 3, 10, "hook")
    assert late and repeat and late[0].chain == 1 and repeat[0].chain == 1


def _swung(content: Content, angle: float) -> hb.BagState:
    """The bag at rest on its pivot but swung to `angle` (radians, + away from the fighter)."""
    p = content.stage("heavy_bag").params
    px, py = p.pivot_px
    d = py - (p.bag_bottom_px + p.bag_height_px / 2)
    return hb.BagState(px + d * math.sin(angle), py - d * math.cos(angle), angle, 0.0, 0.0, 0.0)


def test_punches_land_only_within_reach(content: Content) -> None:
    p = content.stage("heavy_bag").params
    at_rest = _swung(content, 0.0)
    away = _swung(content, math.radians(14))
    assert all(hb.landing(at_rest, p, punch, 0, 999, "") is not None for punch in p.punches)
    assert hb.landing(away, p, p.punch("uppercut"), 0, 999, "") is None  # a short punch falls short
    assert hb.landing(away, p, p.punch("straight"), 0, 999, "") is not None  # the long one gets there


def test_a_miss_ends_the_combination_in_play(content: Content) -> None:
    sim = fresh(content)
    # straights pushed out as fast as they come swing the bag away; the uppercut thrown after them falls short
    events = run(sim, {1: STRAIGHT, 20: JAB, 32: STRAIGHT, 50: int(Action.UPPERCUT)}, 80)
    kinds = [(e.kind, e.move) for _, e in events if e.kind in ("hit", "whiff")]
    assert kinds[-1] == ("whiff", "uppercut")
    assert sim.chain == 0 and sim.missed == 1


def test_two_buttons_at_once_throw_both_the_stronger_first(content: Content) -> None:
    sim = fresh(content)
    events = run(sim, {1: JAB | HOOK}, 50)
    assert [e.move for _, e in events if e.kind == "throw"] == ["hook", "jab"]


def test_body_shots_are_thrown_with_down(content: Content) -> None:
    sim = fresh(content)
    events = run(sim, {1: int(Action.HOOK | Action.DOWN)}, 20)
    landed = hits(events)
    assert [(e.move, e.target) for _, e in landed] == [("body_hook", "body")]


def test_checkpoints_split_the_target_damage_into_equal_parts(content: Content) -> None:
    sim = fresh(content)
    n = len(sim.spec.checkpoints)
    while not sim.finished:
        before = sim.damage
        for e in sim.step(hb.autoplay(sim)):
            if e.kind == "split":
                threshold = sim.p.target_damage * e.value // n
                assert before < threshold <= sim.damage
    assert sim.damage >= sim.p.target_damage


def test_the_autoplay_pilot_earns_gold(content: Content) -> None:
    sim = fresh(content)
    while not sim.finished:
        sim.step(hb.autoplay(sim))
    result = sim.result()
    assert result.success and result.grade == "gold"
    assert sim.missed == 0
    print(f"heavy_bag: optimal {result.frames} ticks")


def test_the_hash_sees_the_bag_swinging(content: Content) -> None:
    sim = fresh(content)
    run(sim, {1: STRAIGHT}, 12)
    seen = {sim.state_hash()}
    for _ in range(5):
        sim.step((0, 0))
        seen.add(sim.state_hash())
    assert len(seen) == 6


def test_assist_holding_two_punches_throws_them_in_turn_and_finishes(content: Content) -> None:
    sim = fresh(content, assist=True)
    while not sim.finished:
        sim.step((HOOK | STRAIGHT, 0))
    result = sim.result()
    assert result.success and result.grade is not None
    assert sim.best_chain > 10


def test_without_assist_a_held_button_throws_once(content: Content) -> None:
    sim = fresh(content)
    events = run(sim, {t: HOOK for t in range(1, 200)}, 199)
    assert len([e for _, e in events if e.kind == "throw"]) == 1


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(0, int(Action.RESET) * 2 - 1), min_size=50, max_size=300), st.booleans())
def test_random_input_never_crashes(stream: list[int], assist: bool) -> None:
    sim = fresh(_CONTENT, assist)
    for frame in stream:
        sim.step((frame, frame))
        assert sim.damage >= 0 and sim.chain >= 0
    sim.state_hash()
    sim.progress()


_CONTENT = load_content()


@pytest.mark.parametrize(("pattern", "replacement", "expected"), [
    (r"bag_mass = 40\.0", 'bag_mass = "heavy"', "params.bag_mass: expected a number"),
    (r"(\[params\.punches\.hook\][^\[]*?reach_px = )\d+", r"\g<1>5", "params.punches.hook.reach_px: expected"),
    (r"combo_window_frames = 40", "combo_window_frames = 40\ncombo_windw = 3", "params.combo_windw: unknown key"),
])
def test_a_bad_param_is_reported_with_file_and_key(tmp_path: Path, pattern: str, replacement: str,
                                                   expected: str) -> None:
    root = copy_levels(tmp_path)
    edit(root / "training/heavy_bag.toml", pattern, replacement)
    with pytest.raises(ContentError) as info:
        load_content(root)
    text = "\n".join(str(p) for p in info.value.problems)
    assert f"levels/training/heavy_bag.toml: {expected}" in text, text
