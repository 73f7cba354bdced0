"""The real game in a real X window under Xvfb, driven by real key presses from xdotool.

The game reports what it reached on standard output (ONE_MORE_ROUND_TRACE=-); the test waits on those lines
(blocking reads with a generous timeout, never a fixed sleep).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                                reason="needs Xvfb and xdotool (installed by .ci/run)")

TIMEOUT = 60.0


class Game:
    def __init__(self, proc: subprocess.Popen[str], display: str) -> None:
        self.proc = proc
        self.display = display
        self.seen: list[str] = []

    def wait_for(self, prefix: str) -> str:
        """Block until the game prints a trace line starting with `prefix`."""
        deadline = time.monotonic() + TIMEOUT
        assert self.proc.stdout is not None
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.proc.stdout], [], [], deadline - time.monotonic())
            if not ready:
                break
            line = self.proc.stdout.readline()
            if not line:
                break
            line = line.strip()
            self.seen.append(line)
            if line.startswith(prefix):
                return line
        raise AssertionError(f"the game never reached {prefix!r}; it said: {self.seen[-15:]}")

    def xdo(self, *args: str) -> str:
        env = dict(os.environ, DISPLAY=self.display)
        out = subprocess.run(["xdotool", *args], env=env, check=True, capture_output=True, text=True,
                             timeout=TIMEOUT)
        return out.stdout.strip()

    def key(self, *keys: str) -> None:
        for k in keys:
            self.xdo("key", "--delay", "60", k)


@pytest.fixture
def xvfb() -> Iterator[str]:
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1400x900x24", "-nolisten",
                             "tcp"], pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    ready, _, _ = select.select([read_fd], [], [], TIMEOUT)
    assert ready, "Xvfb did not start"
    number = os.read(read_fd, 64).decode().strip()
    os.close(read_fd)
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def game(xvfb: str, tmp_path: Path) -> Iterator[Game]:
    env = dict(os.environ, DISPLAY=xvfb, SDL_VIDEODRIVER="x11", SDL_AUDIODRIVER="dummy",
               ONE_MORE_ROUND_HOME=str(tmp_path), ONE_MORE_ROUND_TRACE="-")
    proc = subprocess.Popen([sys.executable, "-m", "game", "play", "--scale", "2"], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=1)
    g = Game(proc, xvfb)
    try:
        yield g
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


def focus(game: Game) -> None:
    wid = game.xdo("search", "--sync", "--name", "One More Round").splitlines()[0]
    game.xdo("windowfocus", "--sync", wid)


def test_a_player_starts_a_fight_lands_punches_pauses_and_quits(game: Game, tmp_path: Path) -> None:
    game.wait_for("scene TitleScene")
    focus(game)
    game.key("Return")
    game.wait_for("scene MainMenu")
    game.key("Down", "Return")
    game.wait_for("scene VersusSetup")
    game.key("Down", "Down", "Down", "Down", "Down", "Return")
    game.wait_for("scene FightScene")
    game.wait_for("event round_start")
    game.xdo("keydown", "d")  # walk in...
    game.xdo("key", "--repeat", "40", "--delay", "80", "j")  # ...and jab
    game.xdo("keyup", "d")
    punch = game.wait_for("event ")
    while not (punch.startswith(("event hit 0", "event block 0"))):
        punch = game.wait_for("event ")
    game.key("Escape")
    game.wait_for("scene PauseScene")
    game.key("Down", "Down", "Down", "Return")
    game.wait_for("scene MainMenu")
    game.key("Escape")
    game.wait_for("scene TitleScene")
    game.key("Escape")
    game.wait_for("quit")
    assert game.proc.wait(timeout=TIMEOUT) == 0
    settings = json.loads((tmp_path / "settings.json").read_text())
    assert settings["schema"] == 1
