"""The synctest (DESIGN.md, "Determinism"): snapshot, step k frames, restore, step again, and every frame's hash and
events agree; and the same input stream run twice gives the same hash every frame.

The inputs are those recorded from CPU-vs-CPU fights, so the checkpoints (seeded random ticks, and the tick before
every hit) fall in the moments a real bout has: footwork, pushing, trades, blocks, hitstop, the bell, the end. A
knockdown's fall and count (the one thing pymunk simulates) and the break between rounds get their own tests.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from game.content.library import Content
from game.sim.bout import cpu_bout
from game.sim.events import Event
from game.sim.fight import Fight, FightConfig
from game.sim.inputs import Action
from game.sim.states import Phase
from tests.sim.helpers import IDLE, knock_down, new_fight

K = 24  # frames stepped from each snapshot: longer than any hitstop

BOUTS = [
    (FightConfig("cole", "viktor", rounds=1, seed=3), ("hard", "normal")),
    (FightConfig("danny", "vito", rounds=1, seed=11), ("champion", "easy")),
]


@dataclass
class Recorded:
    config: FightConfig
    inputs: list[tuple[int, int]]
    hashes: list[str]  # after each tick
    events: list[list[Event]]
    phases: list[Phase]
    final_hash: str = ""  # of the recording run


def replay(content: Content, config: FightConfig, inputs: list[tuple[int, int]]) -> Recorded:
    fight = Fight(content, config)
    hashes, events, phases = [], [], []
    for frame in inputs:
        events.append(fight.step(frame))
        hashes.append(fight.state_hash())
        phases.append(fight.s.phase)
    return Recorded(config, inputs, hashes, events, phases)


@pytest.fixture(scope="module", params=BOUTS, ids=lambda b: f"{b[0].p1}-{b[0].p2}-{b[1][0]}-{b[1][1]}")
def recorded(request: pytest.FixtureRequest, content: Content) -> Recorded:
    config, (ai1, ai2) = request.param
    bout = cpu_bout(content, config, ai1, ai2, record=True)
    assert bout.fight.finished
    rec = replay(content, config, bout.inputs)
    rec.final_hash = bout.fight.state_hash()
    return rec


def checkpoints(rec: Recorded, count: int) -> list[int]:
    """Seeded random ticks, the first tick of every phase change, and the tick before every hit or knockdown."""
    last = len(rec.inputs) - K
    rng = random.Random(rec.config.seed)
    ticks = set(rng.sample(range(last), count))
    ticks |= {t for t in range(1, last) if rec.phases[t] != rec.phases[t - 1]}
    ticks |= {t - 1 for t in range(1, last) if any(e.kind in ("hit", "knockdown") for e in rec.events[t])}
    return sorted(ticks)


def test_the_same_inputs_give_the_same_result(content: Content, recorded: Recorded) -> None:
    """The recording run (CPU controllers deciding) and the replay of its inputs end in the same state; the synctest
    below compares every frame's hash of a third run with the replay's."""
    assert recorded.final_hash == recorded.hashes[-1]
    assert recorded.phases[-1] == Phase.OVER


def test_synctest_and_a_second_run_agree_every_frame(content: Content, recorded: Recorded) -> None:
    inputs = recorded.inputs
    fight = Fight(content, recorded.config)
    t = 0
    spots = checkpoints(recorded, 10)
    assert len(spots) >= 10
    for spot in spots:
        if spot < t:
            continue  # inside the frames of the previous checkpoint
        while t < spot:
            assert fight.step(inputs[t]) == recorded.events[t]
            assert fight.state_hash() == recorded.hashes[t], f"tick {t + 1}: a second run of the same inputs differs"
            t += 1
        snap = fight.snapshot()
        first = []
        for k in range(K):
            first.append((fight.step(inputs[t + k]), fight.state_hash()))
            assert first[-1][1] == recorded.hashes[t + k], f"tick {t + k + 1}: a second run differs"
        for attempt in range(2):  # a snapshot stays untouched by what is stepped after restoring it
            fight.restore(snap)
            for k in range(K):
                events = fight.step(inputs[t + k])
                assert (events, fight.state_hash()) == first[k], (
                    f"restored at tick {t} (attempt {attempt + 1}), frame {k + 1} differs "
                    f"(phase {fight.s.phase.name}, states {[b.state.name for b in fight.s.boxers]})")
        t += K


def test_a_snapshot_restores_into_another_fight(content: Content, recorded: Recorded) -> None:
    """Loading a saved state into a fresh Fight of the same config carries on exactly as the original."""
    middle = len(recorded.inputs) // 2
    fight = Fight(content, recorded.config)
    for frame in recorded.inputs[:middle]:
        fight.step(frame)
    other = Fight(content, recorded.config)
    other.restore(fight.snapshot())
    assert other.state_hash() == fight.state_hash()
    for t in range(middle, min(middle + 300, len(recorded.inputs))):
        assert other.step(recorded.inputs[t]) == recorded.events[t]
        assert other.state_hash() == recorded.hashes[t]


def test_synctest_through_a_knockdown_fall_and_count(content: Content) -> None:
    """The torso's fall is the one thing pymunk simulates: snapshots all through the fall, the count and the rise."""
    fight = new_fight(content, "viktor", "danny")
    knock_down(fight, attacker=0)
    assert fight.s.phase == Phase.COUNT
    mash = [(0, int(Action.JAB) if t % 3 == 0 else 0) for t in range(300)]
    probe = Fight(content, fight.config)
    probe.restore(fight.snapshot())
    reference, angles = [], []
    for frame in mash:
        probe.step(frame)
        reference.append(probe.state_hash())
        angles.append(probe.s.boxers[1].fall_angle)
    assert max(angles) >= 80, "the fall never laid the torso on the canvas"
    for t in range(0, len(mash) - 4, 2):
        snap = fight.snapshot()
        ahead = [(fight.step(f), fight.state_hash()) for f in mash[t:t + 4]]
        assert [h for _, h in ahead] == reference[t:t + 4], f"fall/count frame {t + 1}: a second run differs"
        fight.restore(snap)
        for k, f in enumerate(mash[t:t + 4]):
            assert (fight.step(f), fight.state_hash()) == ahead[k], f"restored at fall/count frame {t}, frame {k + 1}"
        fight.restore(snap)
        fight.step(mash[t])
        fight.step(mash[t + 1])


def test_synctest_across_the_break_between_rounds(content: Content) -> None:
    """Snapshots at the bell, in the corners, and as the next round is set up (positions, bodies, recovery)."""
    rng = random.Random(7)
    inputs = [(rng.choice((0, int(Action.RIGHT), int(Action.JAB), int(Action.BLOCK))),
               rng.choice((0, int(Action.LEFT), int(Action.JAB), int(Action.BLOCK)))) for _ in range(5000)]
    config = FightConfig("vito", "cole", rounds=2, seed=5)
    fight = Fight(content, config)
    t = 0
    while fight.s.phase != Phase.BREAK:
        fight.step(inputs[t])
        t += 1
    bell = t - 1
    spots = [bell - 3, bell + 1, bell + content.rules.break_frames // 2, bell + content.rules.break_frames - 2,
             bell + content.rules.break_frames + content.rules.intro_frames - 2]
    fight = Fight(content, config)
    t = 0
    for spot in spots:
        while t < spot:
            fight.step(inputs[t])
            t += 1
        snap = fight.snapshot()
        first = [(fight.step(f), fight.state_hash()) for f in inputs[t:t + K]]
        fight.restore(snap)
        assert [(fight.step(f), fight.state_hash()) for f in inputs[t:t + K]] == first, f"restored at tick {t}"
        t += K
    assert fight.s.round == 2


def test_the_idle_fight_is_deterministic_from_the_first_frame(content: Content) -> None:
    hashes = []
    for _ in range(2):
        fight = Fight(content, FightConfig("vito", "vito", 1, 5))
        hashes.append([fight.state_hash()] + [(fight.step(IDLE), fight.state_hash())[1] for _ in range(200)])
    assert hashes[0] == hashes[1]
