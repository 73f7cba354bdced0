"""Replays: a header, the inputs of every tick run-length encoded, and (tick, state hash) checkpoints.

A replay is just another input source: re-simulating it from its header must land on the same state hash at
every checkpoint. The generic part (`Recorder`, `check_run`) works for anything with `step`, `state_hash` and
`finished`, so training stages can reuse it; `record_fight` and `verify_fight` are the fight's own mode.

Pure: no files here (game/save/replay_file.py reads and writes them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise
from typing import Any, Protocol

import pymunk

from game import __version__
from game.content.library import Content
from game.sim.bout import MAX_TICKS
from game.sim.fight import Fight, FightConfig, Result
from game.sim.inputs import ALL_ACTIONS
from game.sim.raises import training_from_code
from game.sim.round_scripts import terms_code, terms_from_code

FORMAT_VERSION = 2  # 2: a training replay's input checksums also cover its header
CHECK_EVERY = 600  # ticks between checkpoints (ten seconds at 60 ticks a second); tick 0 and the end too

Scalar = str | int | bool
Fields = tuple[tuple[str, Scalar], ...]  # a small immutable mapping, sorted by key
Frame = tuple[int, int]  # (player 1, player 2) input bitmasks of one tick
Run = tuple[int, int, int]  # (count, p1, p2): `count` ticks of the same frame
Checksum = tuple[int, str]  # (tick, state hash after that tick; tick 0 is the starting state)


def physics_version() -> str:
    """What a replay records of the physics engine: determinism holds for the same version (and platform)."""
    return f"pymunk {pymunk.version}"


def make_fields(values: Mapping[str, Scalar]) -> Fields:
    return tuple(sorted(values.items()))


@dataclass(frozen=True)
class ReplayHeader:
    format: int  # FORMAT_VERSION when written
    game_version: str
    content_digest: str
    physics: str
    seed: int
    mode: str  # "fight"; training stages will add their own
    params: Fields  # the mode's parameters, e.g. p1, p2, rounds, getup_hold_p1, getup_hold_p2

    def param(self, name: str) -> Scalar | None:
        for key, value in self.params:
            if key == name:
                return value
        return None


def header_to_json(h: ReplayHeader) -> dict[str, Any]:
    """The header as the file stores it (and as a training replay's checksums cover it)."""
    return {"format": h.format, "game_version": h.game_version, "content_digest": h.content_digest,
            "physics": h.physics, "seed": h.seed, "mode": h.mode, "params": dict(h.params)}


@dataclass(frozen=True)
class Replay:
    header: ReplayHeader
    inputs: tuple[Run, ...]
    checksums: tuple[Checksum, ...]
    result: Fields  # the mode's result summary, e.g. winner, method, kind, round

    @property
    def ticks(self) -> int:
        return sum(run[0] for run in self.inputs)

    def frames(self) -> Iterator[Frame]:
        return iter_frames(self.inputs)


# --- run-length encoding ------------------------------------------------------------------------------------


def rle_encode(frames: Iterable[Frame]) -> tuple[Run, ...]:
    """Consecutive equal frames become one (count, p1, p2) run; the encoding is canonical (no two equal runs
    side by side, no empty runs)."""
    runs: list[Run] = []
    count, last = 0, (0, 0)
    for frame in frames:
        p1, p2 = frame
        if count and (p1, p2) == last:
            count += 1
            continue
        if count:
            runs.append((count, last[0], last[1]))
        count, last = 1, (p1, p2)
    if count:
        runs.append((count, last[0], last[1]))
    return tuple(runs)


def iter_frames(runs: Iterable[Run]) -> Iterator[Frame]:
    for count, p1, p2 in runs:
        frame = (p1, p2)
        for _ in range(count):
            yield frame


def rle_decode(runs: Iterable[Run]) -> list[Frame]:
    return list(iter_frames(runs))


# --- the generic recorder and checker ---------------------------------------------------------------------


class Replayable(Protocol):
    """Anything a replay can drive: a Fight today, a training stage tomorrow."""

    def step(self, inputs: tuple[int, int]) -> object: ...

    def state_hash(self) -> str: ...

    @property
    def finished(self) -> bool: ...


class Recorder:
    """Steps a simulation and keeps what a replay needs: the inputs, and a checksum at tick 0, every
    `every` ticks and at the end. Use it live (the game) or to re-run recorded inputs."""

    def __init__(self, sim: Replayable, every: int = CHECK_EVERY) -> None:
        if every < 1:
            raise ValueError("checkpoints need a positive interval")
        self.sim = sim
        self.every = every
        self.tick = 0
        self._runs: list[Run] = []
        self._checksums: list[Checksum] = [(0, sim.state_hash())]

    def step(self, inputs: tuple[int, int]) -> object:
        if self.sim.finished:
            raise ValueError(f"the run ended at tick {self.tick}: no more inputs can be recorded")
        out = self.sim.step(inputs)
        self.tick += 1
        p1, p2 = inputs
        if self._runs and self._runs[-1][1:] == (p1, p2):
            self._runs[-1] = (self._runs[-1][0] + 1, p1, p2)
        else:
            self._runs.append((1, p1, p2))
        if self.tick % self.every == 0:
            self._checksums.append((self.tick, self.sim.state_hash()))
        return out

    def mark(self) -> None:
        """A checksum at this tick too (a training stage marks every split)."""
        if self._checksums[-1][0] != self.tick:
            self._checksums.append((self.tick, self.sim.state_hash()))

    def replay(self, header: ReplayHeader, result: Fields) -> Replay:
        checksums = list(self._checksums)
        if checksums[-1][0] != self.tick:
            checksums.append((self.tick, self.sim.state_hash()))
        return Replay(header, tuple(self._runs), tuple(checksums), result)


class Problem(StrEnum):
    NONE = ""
    FORMAT = "format"  # a format version this game does not read
    GAME_VERSION = "game_version"
    CONTENT = "content"  # recorded with different content files
    MODE = "mode"  # a mode this game does not know
    MALFORMED = "malformed"  # well-typed but impossible: empty runs, unknown buttons, misplaced checksums
    HEADER = "header"  # the header does not give the recorded starting state
    INPUTS = "inputs"  # the state parts from the recording at a checkpoint
    OVERRUN = "overrun"  # inputs go on after the end
    SHORT = "short"  # inputs stop before the end
    SUMMARY = "summary"  # the result written in the replay is not the one its inputs give


@dataclass(frozen=True)
class RunCheck:
    ok: bool
    problem: Problem
    reason: str  # one sentence when not ok, "" when ok
    ticks: int  # ticks simulated
    diverged_at: int | None = None  # the first checkpoint tick whose hash differs
    matched_at: int = 0  # the last checkpoint tick whose hash matched (before `diverged_at`)


def check_structure(replay: Replay, allowed_buttons: int = ALL_ACTIONS, max_ticks: int = MAX_TICKS) -> str:
    """Why the inputs or checksums cannot be a recording (one sentence), or "" when they can."""
    for i, (count, p1, p2) in enumerate(replay.inputs):
        if count < 1:
            return f"input run {i} lasts {count} ticks (every run lasts at least one)"
        for side, buttons in ((1, p1), (2, p2)):
            if buttons < 0 or buttons & ~allowed_buttons:
                return f"input run {i} presses buttons player {side} does not have (mask {buttons})"
    if replay.ticks > max_ticks:
        return f"its {replay.ticks} ticks of input are longer than any run can last ({max_ticks})"
    if not replay.checksums or replay.checksums[0][0] != 0:
        return "it has no checksum of the starting state (tick 0)"
    ticks = [t for t, _ in replay.checksums]
    if any(b <= a for a, b in pairwise(ticks)):
        return "its checksum ticks are not in increasing order"
    return ""


def check_run(sim: Replayable, replay: Replay, physics_note: str = "",
              needs_check: Callable[[object], bool] | None = None) -> RunCheck:
    """Drive `sim` (fresh, built from the replay's header) with the replay's inputs, comparing checkpoints.

    The replay holds when every checkpoint matches, the run finishes on exactly the last input, and the last
    checkpoint is that final tick. `physics_note` is added to a divergence reason (e.g. a different pymunk).
    `needs_check(what sim.step returned)` says a tick must have a checkpoint (a training run's splits).
    """
    wrong = check_structure(replay)
    if wrong:
        return RunCheck(False, Problem.MALFORMED, wrong, 0)
    checks = replay.checksums
    total = replay.ticks
    tick = 0
    if checks[0][1] != sim.state_hash():
        return RunCheck(False, Problem.HEADER, "the starting state does not match the recording's: the header "
                        "(seed or settings) was edited, or the engine changed since it was recorded", 0, 0)
    at = 1
    for count, p1, p2 in replay.inputs:
        frame = (p1, p2)
        for _ in range(count):
            if sim.finished:
                return RunCheck(False, Problem.OVERRUN, f"the inputs run past the end: the run is over at "
                                f"tick {tick} but the replay holds {total} ticks of input", tick)
            out = sim.step(frame)
            tick += 1
            if at < len(checks) and checks[at][0] == tick:
                if checks[at][1] != sim.state_hash():
                    matched = checks[at - 1][0]
                    return RunCheck(False, Problem.INPUTS, f"{parted(matched, tick)}: the inputs were edited, "
                                    f"or the engine changed since it was recorded{physics_note}", tick, tick,
                                    matched)
                at += 1
            elif needs_check is not None and needs_check(out):
                return RunCheck(False, Problem.MALFORMED, f"it has no checksum at the split of tick {tick} "
                                f"(a replay keeps one at every split)", tick)
    if not sim.finished:
        return RunCheck(False, Problem.SHORT, f"the replay is too short: its inputs end at tick {tick} with "
                        f"the run still going", tick)
    if at < len(checks):
        return RunCheck(False, Problem.MALFORMED, f"it has a checksum for tick {checks[at][0]}, after the "
                        f"run ended at tick {tick}", tick)
    if checks[-1][0] != tick:
        return RunCheck(False, Problem.MALFORMED, f"it has no checksum of the final tick ({tick})", tick)
    return RunCheck(True, Problem.NONE, "", tick)


def parted(matched: int, tick: int) -> str:
    """Where a re-simulation leaves the recording: after the last checkpoint that held, by the first that did not."""
    return (f"the state parts from the recording between tick {matched} and tick {tick} (the checkpoint of "
            f"tick {matched} holds, the one of tick {tick} does not)")


# --- the fight mode -----------------------------------------------------------------------------------------

FIGHT_MODE = "fight"


def fight_header(content: Content, config: FightConfig) -> ReplayHeader:
    params: dict[str, Scalar] = {"p1": config.p1, "p2": config.p2, "rounds": config.rounds,
                                 "getup_hold_p1": config.getup_hold[0], "getup_hold_p2": config.getup_hold[1],
                                 "clock_speed": config.clock_speed}
    if config.training.any:  # the story's final fight; other fights' headers stay as they were
        params["training"] = config.training.code()
    if config.scripts:
        params["scripts"] = terms_code(config.scripts)
    return ReplayHeader(FORMAT_VERSION, __version__, content.digest, physics_version(), config.seed,
                        FIGHT_MODE, make_fields(params))


def fight_config(header: ReplayHeader) -> FightConfig:
    """The FightConfig a fight header describes; ValueError (one sentence) if a parameter is missing/wrong."""
    p1, p2 = header.param("p1"), header.param("p2")
    rounds = header.param("rounds")
    holds = header.param("getup_hold_p1"), header.param("getup_hold_p2")
    for name, value in (("p1", p1), ("p2", p2)):
        if not isinstance(value, str) or not value:
            raise ValueError(f"the header's fighter {name} is missing or not a name")
    if not isinstance(rounds, int) or isinstance(rounds, bool) or rounds < 1:
        raise ValueError("the header's rounds is missing or not a positive whole number")
    if not isinstance(holds[0], bool) or not isinstance(holds[1], bool):
        raise ValueError("the header's get-up hold settings are missing or not true/false")
    speed = header.param("clock_speed") or 0
    if not isinstance(speed, int) or isinstance(speed, bool) or speed < 0:
        raise ValueError("the header's clock speed is not a whole number")
    assert isinstance(p1, str) and isinstance(p2, str)
    training, scripts = header.param("training") or "", header.param("scripts") or ""
    if not isinstance(training, str) or not isinstance(scripts, str):
        raise ValueError("the header's training or round scripts are not text")
    return FightConfig(p1, p2, rounds=rounds, seed=header.seed, getup_hold=(holds[0], holds[1]), clock_speed=speed,
                       training=training_from_code(training), scripts=terms_from_code(scripts))


def fight_summary(result: Result) -> Fields:
    return make_fields({"winner": -1 if result.winner is None else result.winner, "method": result.method,
                        "kind": result.kind, "round": result.round})


def record_fight(content: Content, config: FightConfig, inputs: Iterable[Frame],
                 every: int = CHECK_EVERY) -> Replay:
    """Re-run `inputs` (e.g. a BoutRecord's) through a fresh Fight and make its replay.

    The inputs must end on the tick the fight ends: ValueError otherwise.
    """
    fight = Fight(content, config)
    rec = Recorder(fight, every)
    for frame in inputs:
        if fight.finished:
            raise ValueError(f"the inputs run past the end of the fight (it ended at tick {rec.tick})")
        rec.step(frame)
    if not fight.finished or fight.result is None:
        raise ValueError(f"the inputs end at tick {rec.tick}, before the fight does")
    return rec.replay(fight_header(content, config), fight_summary(fight.result))


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    reason: str  # one sentence: what holds (on success) or why not
    problem: Problem = Problem.NONE
    ticks: int = 0  # ticks re-simulated
    result: Result | None = None  # the re-simulated result, when it holds
    diverged_at: int | None = None  # the first checkpoint tick where the hashes part


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def describe_fight(config: FightConfig, result: Result) -> str:
    """"vito beat cole by decision (split) after 1 round", "cole beat vito by KO in round 3", ..."""
    names = (config.p1, config.p2)
    if result.winner is not None:
        won, lost = names[result.winner], names[1 - result.winner]
        if result.method == "decision":
            how = f"by decision ({result.kind}) after {_plural(result.round, 'round')}"
        else:
            how = f"by {result.method} in round {result.round}"
        return f"{won} beat {lost} {how}"
    if result.kind == "double knockout":
        return f"{names[0]} and {names[1]} drew by double knockout in round {result.round}"
    rounds = _plural(result.round, "round")
    return f"{names[0]} and {names[1]} fought to a draw ({result.kind}) after {rounds}"


def refuse(problem: Problem, reason: str, ticks: int = 0, diverged_at: int | None = None) -> VerifyResult:
    return VerifyResult(False, reason, problem, ticks, None, diverged_at)


def check_common(content: Content, h: ReplayHeader) -> VerifyResult | None:
    """The checks every mode shares: format, game version, content."""
    if h.format != FORMAT_VERSION:
        return refuse(Problem.FORMAT, f"it uses replay format version {h.format}, and this game reads only "
                       f"version {FORMAT_VERSION}")
    if h.game_version != __version__:
        return refuse(Problem.GAME_VERSION, f"it was recorded with game version {h.game_version}, and this "
                       f"is version {__version__}")
    if h.content_digest != content.digest:
        return refuse(Problem.CONTENT, f"it was recorded with different game content (digest "
                       f"{h.content_digest}, this game has {content.digest})")
    return None


def verify_fight(content: Content, replay: Replay) -> VerifyResult:
    """Re-simulate a fight replay from its header and say whether it holds (and what it shows) or why not."""
    h = replay.header
    refused = check_common(content, h)
    if refused is not None:
        return refused
    if h.mode != FIGHT_MODE:
        return refuse(Problem.MODE, f"it is a replay of mode {h.mode!r}, not of a fight")
    try:
        config = fight_config(h)
    except ValueError as exc:
        return refuse(Problem.HEADER, str(exc))
    for fighter_id in (config.p1, config.p2):
        if fighter_id not in content.fighters:
            return refuse(Problem.HEADER, f"it names a fighter this game does not have ({fighter_id})")
    note = ""
    if h.physics != physics_version():
        note = (f" (it was recorded with {h.physics} and this game runs "
                f"{physics_version()}, which may explain it)")
    fight = Fight(content, config)
    run = check_run(fight, replay, note)
    if not run.ok:
        return refuse(run.problem, run.reason, run.ticks, run.diverged_at)
    result = fight.result
    assert result is not None  # check_run saw it finish
    if fight_summary(result) != replay.result:
        return refuse(Problem.SUMMARY, f"the result written in the replay ({dict(replay.result)}) is not "
                       f"the one its inputs give ({describe_fight(config, result)})", run.ticks)
    return VerifyResult(True, f"{describe_fight(config, result)}, {run.ticks} ticks", Problem.NONE, run.ticks,
                        result)


def verify(content: Content, replay: Replay) -> VerifyResult:
    """Verify a replay of any mode this game knows: a fight, a training stage or the full montage."""
    from game.sim.training.replay import TRAINING_MODES, verify_training

    if replay.header.mode == FIGHT_MODE:
        return verify_fight(content, replay)
    if replay.header.mode in TRAINING_MODES:
        return verify_training(content, replay)
    refused = check_common(content, replay.header)
    if refused is not None:
        return refused
    return refuse(Problem.MODE, f"it is a replay of mode {replay.header.mode!r}, which this game does not "
                   f"know")
