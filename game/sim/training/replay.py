"""Replays of training runs: a stage on its own (mode "training") or the full montage (mode "montage").

The header names the category, seed, players and assist; the inputs are every tick's; a checksum is kept at
tick 0, at every split and at the end, so a replay proves its own in-game time. Each checksum also carries the
input chain (game/sim/training/chain.py), which starts from the header's CRC: the header is verified too.
"""

from __future__ import annotations

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
    parted,
    physics_version,
    refuse,
)
from game.sim.training.category import category_key
from game.sim.training.chain import Chained, chain_of, edited_tick, header_crc
from game.sim.training.montage import MONTAGE, Montage
from game.sim.training.registry import make_stage, two_players
from game.sim.training.stage import StageConfig, StageResult, StageSim, igt_text

TRAINING_MODE = "training"
TRAINING_MODES = (TRAINING_MODE, MONTAGE)
NO_INTERVAL = 1 << 30  # checksums come at the splits, not at a fixed interval
PARAMS = ("assist", "category", "players")  # everything a training header sets; nothing else is allowed


def category(config: StageConfig) -> str:
    return config.stage


def training_header(content: Content, config: StageConfig) -> ReplayHeader:
    mode = MONTAGE if config.stage == MONTAGE else TRAINING_MODE
    seed = config.seed or (0 if mode == MONTAGE else content.stage(config.stage).seed)
    params: dict[str, Scalar] = {"category": category(config), "players": config.players, "assist": config.assist}
    return ReplayHeader(FORMAT_VERSION, __version__, content.digest, physics_version(), seed, mode,
                        make_fields(params))


def training_config(content: Content, header: ReplayHeader) -> StageConfig:
    """The config a training header describes; ValueError (one clause) when it cannot be one."""
    unknown = sorted(key for key, _ in header.params if key not in PARAMS)
    if unknown:
        raise ValueError(f"it has a setting this game does not know ({', '.join(unknown)})")
    cat, players, assist = header.param("category"), header.param("players"), header.param("assist")
    if not isinstance(cat, str) or not cat:
        raise ValueError("the header's category is missing")
    if header.mode == MONTAGE and cat != MONTAGE:
        raise ValueError(f"a montage replay with the category {cat!r}")
    if header.mode == TRAINING_MODE and cat not in content.training:
        raise ValueError(f"it names a training stage this game does not have ({cat})")
    if not isinstance(players, int) or isinstance(players, bool) or players not in (1, 2):
        raise ValueError("the header's player count is missing or not 1 or 2")
    if players == 2 and (header.mode == MONTAGE or not two_players(cat)):
        raise ValueError(f"it says two players, and {cat} has no two-player mode")
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


def checked(events: object) -> bool:
    """Whether a tick's events call for a checksum (a split: a checkpoint, or a stage of the montage done); the
    recorder keeps one there and verifying requires it."""
    return isinstance(events, list) and any(isinstance(e, Event) and e.kind in ("split", "stage_done")
                                            for e in events)


def summary(result: StageResult) -> Fields:
    return make_fields({"success": result.success, "frames": result.frames, "grade": result.grade or "",
                        "splits": ",".join(str(t) for t in result.splits), "winner": result.winner})


class TrainingRecorder:
    """Steps a stage (or the montage) and records it: inputs, and checksums at every split and at the end."""

    def __init__(self, content: Content, config: StageConfig, sim: StageSim | Montage | None = None) -> None:
        self.content = content
        self.config = config
        self.sim = sim if sim is not None else make_run(content, config)
        self.recorder = Recorder(Chained(self.sim, header_crc(training_header(content, config))), NO_INTERVAL)

    def step(self, inputs: tuple[int, int]) -> list[Event]:
        events = self.recorder.step(inputs)
        assert isinstance(events, list)
        if checked(events):
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
    return (f"{category_key(config.stage, config.assist)}: in-game time {igt_text(result.frames)} "
            f"({result.frames} ticks), {outcome}, "
            f"{len(result.splits)} splits")


def verify_training(content: Content, replay: Replay) -> VerifyResult:
    h = replay.header
    refused = check_common(content, h)
    if refused is not None:
        return refused
    try:
        config = training_config(content, h)
    except ValueError as exc:
        return refuse(Problem.HEADER, f"its header was edited: {exc}")
    start = header_crc(h)
    if replay.checksums and replay.checksums[0][0] == 0 and chain_of(replay.checksums[0][1]) != start:
        return refuse(Problem.HEADER, "its header was edited after it was recorded (the header's CRC is not the "
                      "one its checksum of tick 0 was made from)")
    note = ""
    if h.physics != physics_version():
        note = f" (it was recorded with {h.physics} and this game runs {physics_version()}, which may explain it)"
    sim = make_run(content, config)
    chained = Chained(sim, start)
    run = check_run(chained, replay, note, checked)
    if not run.ok and run.problem == Problem.INPUTS and run.diverged_at is not None:
        return refuse(run.problem, _diverged(replay, run.matched_at, run.diverged_at, chained.chain, note),
                      run.ticks, run.diverged_at)
    if not run.ok:
        return refuse(run.problem, run.reason, run.ticks, run.diverged_at)
    result = sim.result()
    if summary(result) != replay.result:
        return refuse(Problem.SUMMARY, f"the result written in the replay ({dict(replay.result)}) is not the one "
                      f"its inputs give ({describe(config, result)})", run.ticks)
    return VerifyResult(True, describe(config, result), Problem.NONE, run.ticks)


def _diverged(replay: Replay, matched: int, tick: int, replayed: int, note: str) -> str:
    """Why the checkpoint of `tick` does not hold: the inputs' chain says whether they were edited, and where."""
    recorded = chain_of(dict(replay.checksums)[tick])
    where = parted(matched, tick)
    if recorded == replayed:
        return f"{where}, with the inputs as recorded: the engine changed since it was recorded{note}"
    if recorded is None:
        return f"{where}: the inputs or the checksum were edited{note}"
    edited = edited_tick(recorded, replayed, matched, tick)
    if edited is None:
        return f"{where}: the inputs were edited in that stretch{note}"
    return f"{where}: the input of tick {edited} was edited{note}"
