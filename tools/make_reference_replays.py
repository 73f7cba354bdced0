"""Record the shipped reference replays under tests/data/replays/ (re-run it when the engine's numbers change).

    .venv/bin/python tools/make_reference_replays.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.content.library import load_content  # noqa: E402
from game.save.replay_file import write_replay  # noqa: E402
from game.sim.bout import cpu_bout  # noqa: E402
from game.sim.fight import FightConfig  # noqa: E402
from game.sim.replay import describe_fight, record_fight  # noqa: E402
from game.sim.training.registry import pilot_run  # noqa: E402
from game.sim.training.replay import describe, record_training  # noqa: E402
from game.sim.training.stage import StageConfig  # noqa: E402

OUT = ROOT / "tests" / "data" / "replays"

# (file name, fight, CPU level for each corner)
REFERENCES = [
    ("fight_vito_cole.omr", FightConfig("vito", "cole", rounds=1, seed=1), ("normal", "normal")),
]


def main() -> int:
    content = load_content()
    for name, config, (ai1, ai2) in REFERENCES:
        bout = cpu_bout(content, config, ai1, ai2, record=True)
        replay = record_fight(content, config, bout.inputs)
        path = write_replay(OUT / name, replay)
        assert bout.fight.result is not None
        print(f"{path.relative_to(ROOT)}: {describe_fight(config, bout.fight.result)}, {replay.ticks} ticks, "
              f"{len(replay.inputs)} input runs, {path.stat().st_size} bytes")
    for stage_id in sorted(content.training):  # each stage, run by its own perfect pilot
        config = StageConfig(stage_id)
        sim, frames = pilot_run(content, config)
        replay = record_training(content, config, frames)
        path = write_replay(OUT / f"training_{stage_id}.omr", replay)
        print(f"{path.relative_to(ROOT)}: {describe(config, sim.result())}, {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
