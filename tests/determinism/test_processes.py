"""Two separate Python processes playing the same seeded one-round CPU fight end in the same state, and so does
this one. The processes get different PYTHONHASHSEEDs, so any dependence on str hashing (set or dict order of
strings, `hash()`) shows as a different result."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from game.content.library import Content
from game.sim.bout import cpu_bout
from game.sim.fight import FightConfig

ROOT = Path(__file__).resolve().parents[2]

FIGHT = ("viktor", "danny", 29, "hard", "champion")

PLAY = """
import sys
from game.content.library import load_content
from game.sim.bout import cpu_bout
from game.sim.fight import FightConfig
p1, p2, seed, ai1, ai2 = sys.argv[1:]
bout = cpu_bout(load_content(), FightConfig(p1, p2, rounds=1, seed=int(seed)), ai1, ai2)
print(bout.fight.s.tick, bout.fight.state_hash(), repr(bout.fight.result))
"""


def play_elsewhere(hash_seed: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", PLAY, *map(str, FIGHT)], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_two_processes_and_this_one_end_in_the_same_state(content: Content) -> None:
    runs = [play_elsewhere("1"), play_elsewhere("2")]  # both at once: the test costs one process start
    outputs = []
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        outputs.append(out.strip())
    p1, p2, seed, ai1, ai2 = FIGHT
    here = cpu_bout(content, FightConfig(p1, p2, rounds=1, seed=seed), ai1, ai2).fight
    mine = f"{here.s.tick} {here.state_hash()} {here.result!r}"
    assert here.finished
    assert outputs[0] == outputs[1], "two processes playing the same seeded fight disagree"
    assert outputs[0] == mine, "another process disagrees with this one"
