"""`python -m game bench`: the performance figures of DESIGN.md, measured on this machine."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from game.content.library import Content


def fight_ticks_per_second(content: Content) -> int:
    """A 12-round CPU-vs-CPU fight, headless; seeds are added until 12 rounds' worth of ticks have run."""
    from game.sim.bout import cpu_bout
    from game.sim.fight import FightConfig

    target = 12 * content.rules.round_frames
    ticks, seed, elapsed = 0, 0, 0.0
    while ticks < target:
        started = time.perf_counter()
        record = cpu_bout(content, FightConfig("vito", "cole", 12, seed), "normal", "normal")
        elapsed += time.perf_counter() - started
        ticks += record.fight.s.tick
        seed += 1
    return round(ticks / elapsed)


def drawn_frame_ms(content: Content, frames: int = 900) -> tuple[float, float]:
    """One simulation tick plus a full render scaled to 1280x720: (median, 99th percentile) in ms."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from game.app import App
    from game.save.settings import Settings
    from game.scenes.fight import FightScene
    from game.sim.fight import FightConfig

    app = App(content, Settings(), Path(os.devnull), headless=True)
    app.push(FightScene(app, FightConfig("vito", "cole", 12, seed=1), "hard", demo=True))
    target = pygame.Surface((1280, 720))
    samples = []
    for _ in range(frames):
        t0 = time.perf_counter()
        app.update()
        app.draw()
        pygame.transform.scale(app.canvas, (1280, 720), target)
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.99) - 1]


def input_delay_ticks(content: Content) -> int:
    """Ticks between the tick a press is read and the tick the fighter's state changes (the design says 0)."""
    from game.sim.fight import Fight, FightConfig
    from game.sim.inputs import Action
    from game.sim.states import FS, Phase

    fight = Fight(content, FightConfig("vito", "cole", 1))
    while fight.s.phase != Phase.FIGHTING:
        fight.step((0, 0))
    fight.step((0, 0))
    for delay in range(10):
        fight.step((int(Action.JAB) if delay == 0 else 0, 0))
        if fight.s.boxers[0].state == FS.PUNCH_STARTUP:
            return delay
    return -1


def first_frame_seconds() -> float:
    """From starting the program to its first title frame (a fresh process, headless, exiting after it)."""
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", ONE_MORE_ROUND_FIRST_FRAME="exit",
               ONE_MORE_ROUND_HOME=tempfile.mkdtemp(prefix="omr-bench-"))
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "game"], env=env, check=True, capture_output=True)
        best = min(best, time.perf_counter() - t0)
    return best


def replay_speed(content: Content) -> float:
    """How many times faster than real time a replay of a 3-round fight re-verifies."""
    from game.sim.bout import cpu_bout
    from game.sim.fight import FightConfig
    from game.sim.replay import record_fight, verify_fight

    config = FightConfig("vito", "cole", 3, seed=2)
    record = cpu_bout(content, config, record=True)
    replay = record_fight(content, config, record.inputs)
    t0 = time.perf_counter()
    verify_fight(content, replay)
    elapsed = time.perf_counter() - t0
    return (record.fight.s.tick / 60) / elapsed


def training_frame_ms(content: Content, frames: int = 300) -> dict[str, tuple[float, float]]:
    """Each training stage played by its pilot, a tick plus a full render at 1280x720: (median, p99) in ms."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from game.app import App
    from game.save.settings import Settings
    from game.scenes.training import COUNT_FRAMES, TrainingScene

    out: dict[str, tuple[float, float]] = {}
    for stage_id in sorted(content.training):
        app = App(content, Settings(), Path(os.devnull), headless=True)
        app.push(TrainingScene(app, stage_id, skip_intro=True, autopilot=True))
        for _ in range(3 * COUNT_FRAMES):  # the countdown, drawn as the game draws it (its first frame paints
            app.update()                    # the stage's backdrop once: that is not a frame of play)
            app.draw()
        target = pygame.Surface((1280, 720))
        samples = []
        for _ in range(frames):
            t0 = time.perf_counter()
            app.update()
            app.draw()
            pygame.transform.scale(app.canvas, (1280, 720), target)
            samples.append((time.perf_counter() - t0) * 1000)
        samples.sort()
        out[stage_id] = (statistics.median(samples), samples[int(len(samples) * 0.99) - 1])
    return out


def training_replay_speedup(content: Content) -> dict[str, float]:
    """How many times faster than real time each stage's perfect run re-verifies from its replay."""
    from game.sim.replay import verify
    from game.sim.training.registry import pilot_run
    from game.sim.training.replay import record_training
    from game.sim.training.stage import StageConfig

    out: dict[str, float] = {}
    for stage_id in sorted(content.training):
        _, frames = pilot_run(content, StageConfig(stage_id))
        replay = record_training(content, StageConfig(stage_id), frames)
        t0 = time.perf_counter()
        outcome = verify(content, replay)
        elapsed = time.perf_counter() - t0
        assert outcome.ok, outcome.reason
        out[stage_id] = (len(frames) / 60) / elapsed
    return out


def run_bench(content: Content) -> dict[str, Any]:
    figures: dict[str, Any] = {"fight_ticks_per_second": fight_ticks_per_second(content)}
    median, p99 = drawn_frame_ms(content)
    figures["frame_ms_median"] = round(median, 2)
    figures["frame_ms_p99"] = round(p99, 2)
    figures["input_delay_ticks"] = input_delay_ticks(content)
    figures["startup_s"] = round(first_frame_seconds(), 3)
    figures["replay_verify_x_realtime"] = round(replay_speed(content))  # a fight's replay
    if content.training:
        speedups = training_replay_speedup(content)
        figures["replay_verify_speedup"] = round(min(speedups.values()))  # the slowest training stage's
        figures["replay_verify_speedup_by_stage"] = {k: round(v) for k, v in speedups.items()}
        drawn = training_frame_ms(content)
        figures["training_frame_ms_p99"] = round(max(p99 for _, p99 in drawn.values()), 2)
        figures["training_frame_ms_by_stage"] = {k: [round(m, 2), round(p, 2)] for k, (m, p) in drawn.items()}
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return figures
