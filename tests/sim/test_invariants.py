"""Invariants of the fight engine under anything the players (or the CPU) can do.

Hypothesis throws random input streams at both fighters for thousands of ticks: nothing raises (an illegal state
transition raises), meters stay within their bounds, the fighters stay between the ropes and never overlap, and the
same stream gives the same final hash. CPU fights at every difficulty end in a legal result, and the harder CPU
beats the easier one far more often than not.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import game.sim
from game.content.library import Content
from game.sim.bout import cpu_bout
from game.sim.boxer import MILLI, Boxer
from game.sim.fight import Fight, FightConfig, Result
from game.sim.inputs import ALL_ACTIONS, Action
from game.sim.states import FS, Phase

FIGHTERS = ("cole", "danny", "viktor", "vito")
LEVELS = ("easy", "normal", "hard", "champion")
METHODS = frozenset({"KO", "TKO", "decision", "draw"})
DECISION_KINDS = frozenset({"unanimous", "majority", "split"})
DRAW_KINDS = DECISION_KINDS | {"double knockout"}

A = Action
HELD = [0, A.RIGHT, A.LEFT, A.BLOCK, A.BLOCK | A.DOWN, A.RIGHT | A.BLOCK, A.LEFT | A.DOWN, A.LEFT | A.RIGHT]
PRESSED = [A.JAB, A.STRAIGHT, A.HOOK, A.UPPERCUT, A.HOOK | A.DOWN, A.STRAIGHT | A.DOWN, A.SLIP, A.POWER,
           A.CONFIRM, A.JAB | A.RIGHT, A.HOOK | A.LEFT]
buttons = st.one_of(st.integers(0, ALL_ACTIONS), st.sampled_from([int(b) for b in HELD + PRESSED]))
segment = st.tuples(buttons, buttons, st.integers(1, 30))  # both hold these buttons for this many ticks
streams = st.lists(segment, min_size=120, max_size=260)  # about 2,000 to 4,000 ticks


def expand(segments: list[tuple[int, int, int]]) -> Iterator[tuple[int, int]]:
    for p1, p2, ticks in segments:
        for _ in range(ticks):
            yield p1, p2


@dataclass(frozen=True)
class Start:
    """What each fighter starts with (max health and max stamina are fixed for the whole bout or only fall)."""

    max_health: tuple[int, ...]
    max_stamina: tuple[int, ...]


def check(fight: Fight, start: Start, previous_tick: int, previous_phase: Phase) -> None:
    s, rules = fight.s, fight.s.rules
    assert s.tick == previous_tick + 1
    if previous_phase == Phase.OVER:
        assert s.phase == Phase.OVER, "the fight came back from over"
    assert 0 <= s.clock <= rules.round_frames
    assert 1 <= s.round <= s.rounds
    assert s.hitstop >= 0 and 0 <= s.count <= rules.count_to
    stamina_floor = rules.stamina_max_start * MILLI // 10
    for b in s.boxers:
        who = f"tick {s.tick}, {b.content.id} (side {b.side}, {b.state.name})"
        assert b.max_health == start.max_health[b.side], who
        assert 0 <= b.health <= b.max_health, f"{who}: health {b.health} of {b.max_health}"
        assert stamina_floor <= b.max_stamina <= start.max_stamina[b.side], f"{who}: max stamina {b.max_stamina}"
        assert 0 <= b.stamina <= b.max_stamina, f"{who}: stamina {b.stamina} of {b.max_stamina}"
        assert 0 <= b.heart <= rules.heart_max, f"{who}: heart {b.heart}"
        assert 0 <= b.fall_angle <= 90, f"{who}: fall angle {b.fall_angle}"
        radius = b.content.radius_sub
        assert b.x - radius >= rules.left_rope_sub - 256, f"{who}: through the left ropes ({b.x - radius})"
        assert b.x + radius <= rules.right_rope_sub + 256, f"{who}: through the right ropes ({b.x + radius})"
        assert b.frame >= 0 and b.stun >= 0 and b.knock_speed >= 0
        assert b.state in FS
    red, blue = s.boxers
    assert blue.x - red.x >= red.content.radius_sub + blue.content.radius_sub, \
        f"tick {s.tick}: the bodies overlap ({blue.x - red.x} apart)"
    if s.phase == Phase.OVER:
        assert s.result is not None
        check_result(fight, s.result)


def check_result(fight: Fight, result: Result) -> None:
    s = fight.s
    assert result.winner in (0, 1, None), result
    assert result.method in METHODS, result
    assert (result.winner is None) == (result.method == "draw"), result
    assert 1 <= result.round <= s.rounds, result
    if result.method in ("KO", "TKO"):
        assert result.kind == "", result
        assert result.winner is not None
        loser = s.boxers[1 - result.winner]
        assert loser.knockdowns_total >= 1, result
        if result.method == "TKO":
            assert loser.knockdowns_round >= s.rules.tko_knockdowns, result
    elif result.method == "decision":
        assert result.kind in DECISION_KINDS, result
        assert result.round == s.rounds and result.clock_frames == 0, result
        assert result.decision is not None and result.decision.winner == result.winner, result
    else:
        assert result.kind in DRAW_KINDS, result
        if result.kind == "double knockout":
            assert all(b.state == FS.KNOCKED_OUT for b in s.boxers), result
        else:
            assert result.decision is not None and result.decision.winner is None, result


def play(content: Content, config: FightConfig, segments: list[tuple[int, int, int]], health_percent: int,
         checked: bool) -> Fight:
    fight = Fight(content, config)
    for b in fight.s.boxers:  # start hurt, to reach knockdowns, counts and stoppages sooner
        b.health = max(1, b.max_health * health_percent // 100)
    start = Start(tuple(b.max_health for b in fight.s.boxers), tuple(b.max_stamina for b in fight.s.boxers))
    for frame in expand(segments):
        tick, phase = fight.s.tick, fight.s.phase
        fight.step(frame)
        if checked:
            check(fight, start, tick, phase)
    return fight


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(p1=st.sampled_from(FIGHTERS), p2=st.sampled_from(FIGHTERS), seed=st.integers(0, 2**32 - 1),
       rounds=st.integers(1, 2), health_percent=st.sampled_from([100, 40, 8, 1]), segments=streams)
def test_random_input_streams_keep_every_invariant(content: Content, p1: str, p2: str, seed: int, rounds: int,
                                                   health_percent: int, segments: list[tuple[int, int, int]]) -> None:
    config = FightConfig(p1, p2, rounds, seed)
    first = play(content, config, segments, health_percent, checked=True)
    again = play(content, config, segments, health_percent, checked=False)
    assert again.state_hash() == first.state_hash(), "the same stream ended in a different state"


def test_every_state_change_goes_through_the_transition_table() -> None:
    """`Boxer.enter` raises on an illegal transition; that proves every transition legal only if nothing in the
    simulation sets a fighter's state any other way."""
    sim = Path(game.sim.__file__).resolve().parent
    found = []
    for path in sorted(sim.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            allowed = path.name == "boxer.py" and func.name == "enter"
            for node in ast.walk(func):
                if (isinstance(node, ast.Attribute) and node.attr == "state" and isinstance(node.ctx, ast.Store)
                        and not allowed):
                    found.append(f"{path.name}:{node.lineno} in {func.name}()")
    assert not found, "a fighter's state is set outside Boxer.enter: " + ", ".join(found)


def test_an_illegal_transition_raises(content: Content) -> None:
    from game.sim.boxer import IllegalTransition

    b: Boxer = Fight(content, FightConfig("vito", "cole")).s.boxers[0]
    b.enter(FS.HITSTOP)
    with pytest.raises(IllegalTransition):
        b.enter(FS.PUNCH_STARTUP)


# --- CPU fights -----------------------------------------------------------------------------------------------

def test_every_difficulty_is_in_the_content(content: Content) -> None:
    assert set(LEVELS) <= set(content.cpu_levels)


@pytest.mark.parametrize("level", LEVELS)
def test_cpu_fights_at_every_difficulty_end_in_a_legal_result(content: Content, level: str) -> None:
    """The level against itself and against the next one up, with the invariants checked on every tick."""
    other = LEVELS[(LEVELS.index(level) + 1) % len(LEVELS)]
    for i, (p1, p2, ai1, ai2) in enumerate([("cole", "viktor", level, level), ("vito", "danny", other, level)]):
        config = FightConfig(p1, p2, rounds=1, seed=100 + 10 * LEVELS.index(level) + i)
        bout = cpu_bout(content, config, ai1, ai2, record=True)
        fight = bout.fight
        assert fight.finished, f"{config}: not over after {fight.s.tick} ticks"
        assert fight.result is not None
        check_result(fight, fight.result)
        replayed = play(content, config, [(a, b, 1) for a, b in bout.inputs], 100, checked=True)
        assert replayed.state_hash() == fight.state_hash()


@pytest.mark.parametrize("fighter", FIGHTERS)
def test_hard_beats_easy_far_more_often_than_not(content: Content, fighter: str) -> None:
    """The same fighter in both corners, one-round fights over twelve fixed seeds, hard and easy swapping corners
    every seed: the hard CPU must win at least two bouts in three, and at least twice as many as the easy one."""
    hard_wins = easy_wins = draws = 0
    log = []
    for seed in range(12):
        hard_side = seed % 2
        levels = ("hard", "easy") if hard_side == 0 else ("easy", "hard")
        result = cpu_bout(content, FightConfig(fighter, fighter, rounds=1, seed=seed), *levels).fight.result
        assert result is not None
        if result.winner is None:
            draws += 1
            log.append(f"seed {seed}: draw ({result.kind})")
        elif result.winner == hard_side:
            hard_wins += 1
            log.append(f"seed {seed}: hard by {result.method}")
        else:
            easy_wins += 1
            log.append(f"seed {seed}: EASY by {result.method}")
    assert hard_wins >= 8 and hard_wins >= 2 * easy_wins, (
        f"CPU difficulty does not order the fights ({fighter} v {fighter}, hard v easy, 12 one-round bouts): "
        f"hard won {hard_wins}, easy won {easy_wins}, {draws} drawn. Tune game/sim/cpu.py or "
        f"levels/cpu_levels.toml rather than this test.\n" + "\n".join(log))
