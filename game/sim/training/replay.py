"""Replays of training runs: a stage on its own (mode "training") or the full montage (mode "montage").

The header names the category, seed, players and assist; the inputs are every tick's; a checksum is kept at
tick 0, at every split and at the end, so a replay proves its own in-game time.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable

from game import __version__
from game.content.library import Content
from game.sim.events import Event
from game.sim.replay import (
    FORMAT_VERSION,
    Fields,
    Frame,
    Problem,
    Recorder,
    Replay,
    ReplayHeader,
    Scalar,
    VerifyResult,
    check_common,
    check_run,
    make_fields,
    physics_version,
    refuse,
)
from game.sim.training.montage import MONTAGE, Montage
from game.sim.training.registry import make_stage
from game.sim.training.stage import StageConfig, StageResult, StageSim, igt_text

TRAINING_MODE = "training"
TRAINING_MODES = (TRAINING_MODE, MONTAGE)
NO_INTERVAL = 1 << 30  # checksums come at the splits, not at a fixed interval


def category(config: StageConfig) -> str:
    return config.stage


def training_header(content: Content, config: StageConfig) -> ReplayHeader:
    mode = MONTAGE if config.stage == MONTAGE else TRAINING_MODE
    seed = config.seed or (0 if mode == MONTAGE else content.stage(config.stage).seed)
    params: dict[str, Scalar] = {"category": category(config), "players": config.players, "assist": config.assist}
    return ReplayHeader(FORMAT_VERSION, __version__, content.digest, physics_version(), seed, mode,
                        make_fields(params))


def training_config(content: Content, header: ReplayHeader) -> StageConfig:
    """The config a training header describes; ValueError (one sentence) when it cannot be one."""
    cat, players, assist = header.param("category"), header.param("players"), header.param("assist")
    if not isinstance(cat, str) or not cat:
        raise ValueError("the header's category is missing")
    if header.mode == MONTAGE and cat != MONTAGE:
        raise ValueError(f"a montage replay with the category {cat!r}")
    if header.mode == TRAINING_MODE and cat not in content.training:
        raise ValueError(f"it names a training stage this game does not have ({cat})")
    if not isinstance(players, int) or isinstance(players, bool) or players not in (1, 2):
        raise ValueError("the header's player count is missing or not 1 or 2")
    if not isinstance(assist, bool):
        raise ValueError("the header's assist setting is missing or not true/false")
    expected = 0 if header.mode == MONTAGE else content.stage(cat).seed
    if header.seed != expected:
        raise ValueError(f"its seed {header.seed} is not the category's fixed seed ({expected})")
    return StageConfig(cat, header.seed if header.mode != MONTAGE else 0, players, assist)


def make_run(content: Content, config: StageConfig) -> StageSim | Montage:
    if config.stage == MONTAGE:
        return Montage(content, config.assist)
    return make_stage(content, config)


class Chained:
    """A run whose checksums also cover every input so far: an input changed anywhere before a checkpoint is
    found there, even one the stage ignored (a button with no use at that moment)."""

    def __init__(self, sim: StageSim | Montage) -> None:
        self.sim = sim
        self.chain = 0

    def step(self, inputs: tuple[int, int]) -> list[Event]:
        self.chain = zlib.crc32(struct.pack("<II", inputs[0] & 0xFFFFFFFF, inputs[1] & 0xFFFFFFFF), self.chain)
        return self.sim.step(inputs)

    @property
    def finished(self) -> bool:
        return self.sim.finished

    def state_hash(self) -> str:
        return f"{self.sim.state_hash()}:{self.chain:08x}"


def summary(result: StageResult) -> Fields:
    return make_fields({"success": result.success, "frames": result.frames, "grade": result.grade or "",
                        "splits": ",".join(str(t) for t in result.splits), "winner": result.winner})


class TrainingRecorder:
    """Steps a stage (or the montage) and records it: inputs, and checksums at every split and at the end."""

    def __init__(self, content: Content, config: StageConfig, sim: StageSim | Montage | None = None) -> None:
        self.content = content
        self.config = config
        self.sim = sim if sim is not None else make_run(content, config)
        self.recorder = Recorder(Chained(self.sim), NO_INTERVAL)

    def step(self, inputs: tuple[int, int]) -> list[Event]:
        events = self.recorder.step(inputs)
        assert isinstance(events, list)
        if any(e.kind in ("split", "stage_done") for e in events):
            self.recorder.mark()
        return events

    def replay(self) -> Replay:
        return self.recorder.replay(training_header(self.content, self.config), summary(self.sim.result()))


def record_training(content: Content, config: StageConfig, inputs: Iterable[Frame]) -> Replay:
    """Re-run `inputs` through a fresh run of the category and make its replay (ValueError if they do not end
    exactly when the run does)."""
    rec = TrainingRecorder(content, config)
    for frame in inputs:
        if rec.sim.finished:
            raise ValueError(f"the inputs run past the end of the run (it ended at tick {rec.recorder.tick})")
        rec.step(frame)
    if not rec.sim.finished:
        raise ValueError(f"the inputs end at tick {rec.recorder.tick}, before the run does")
    return rec.replay()


def describe(config: StageConfig, result: StageResult) -> str:
    outcome = (f"{result.grade or 'no medal'}" if result.success else "out of time")
    return (f"{config.stage}: in-game time {igt_text(result.frames)} ({result.frames} ticks), {outcome}, "
            f"{len(result.splits)} splits")


def verify_training(content: Content, replay: Replay) -> VerifyResult:
    h = replay.header
    refused = check_common(content, h)
    if refused is not None:
        return refused
    try:
        config = training_config(content, h)
    except ValueError as exc:
        return refuse(Problem.HEADER, str(exc))
    note = ""
    if h.physics != physics_version():
        note = f" (it was recorded with {h.physics} and this game runs {physics_version()}, which may explain it)"
    sim = make_run(content, config)
    run = check_run(Chained(sim), replay, note)
    if not run.ok:
        return refuse(run.problem, run.reason, run.ticks, run.diverged_at)
    result = sim.result()
    if summary(result) != replay.result:
        return refuse(Problem.SUMMARY, f"the result written in the replay ({dict(replay.result)}) is not the one "
                      f"its inputs give ({describe(config, result)})", run.ticks)
    return VerifyResult(True, describe(config, result), Problem.NONE, run.ticks)
