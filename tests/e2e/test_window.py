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
    def __init__(self, proc: subprocess.Popen[bytes], display: str) -> None:
        self.proc = proc
        self.display = display
        self.seen: list[str] = []
        self.lines: list[str] = []
        self.partial = b""

    def _next_line(self, deadline: float) -> str | None:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while not self.lines:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                return None
            chunk = os.read(fd, 4096)
            if not chunk:
                return None
            self.partial += chunk
            *done, self.partial = self.partial.split(b"\n")
            self.lines.extend(d.decode(errors="replace").strip() for d in done)
        return self.lines.pop(0)

    def wait_for(self, prefix: str) -> str:
        """Block until the game prints a trace line starting with `prefix`."""
        deadline = time.monotonic() + TIMEOUT
        while (line := self._next_line(deadline)) is not None:
            self.seen.append(line)
            if line.startswith(prefix):
                return line
        err = self.proc.stderr.read().decode(errors="replace") if self.proc.poll() is not None and self.proc.stderr \
            else ""
        raise AssertionError(f"the game never reached {prefix!r}; it said: {self.seen[-15:]} {err[-800:]}")

    def xdo(self, *args: str) -> str:
        env = dict(os.environ, DISPLAY=self.display)
        out = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=TIMEOUT)
        assert out.returncode == 0, f"xdotool {args} on {self.display!r} failed: {out.stderr.strip()}"
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
    number = b""
    while not number.endswith(b"\n"):  # Xvfb may write the number and its newline apart: read both, or it dies
        ready, _, _ = select.select([read_fd], [], [], TIMEOUT)
        chunk = os.read(read_fd, 64) if ready else b""
        assert chunk, "Xvfb did not start"
        number += chunk
    os.close(read_fd)
    try:
        yield f":{number.decode().strip()}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _launch(xvfb: str, tmp_path: Path, *args: str) -> Iterator[Game]:
    env = dict(os.environ, DISPLAY=xvfb, SDL_AUDIODRIVER="dummy", ONE_MORE_ROUND_HOME=str(tmp_path),
               ONE_MORE_ROUND_TRACE="-")
    env.pop("SDL_VIDEODRIVER", None)  # the tests' headless default; this one wants the real window
    proc = subprocess.Popen([sys.executable, "-m", "game", "play", "--scale", "2", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    g = Game(proc, xvfb)
    try:
        yield g
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


@pytest.fixture
def game(xvfb: str, tmp_path: Path) -> Iterator[Game]:
    yield from _launch(xvfb, tmp_path)


@pytest.fixture
def game_for_two(xvfb: str, tmp_path: Path) -> Iterator[Game]:
    yield from _launch(xvfb, tmp_path, "--mode", "versus", "--players", "2")


def assert_display_not_blank(game: Game) -> None:
    """Photograph the whole X display (xwd) and check the game is really on it: many different colours. The trace
    line the test waited on may come a frame before the picture it names is on screen, so photograph again until
    it is (or the usual timeout passes)."""
    if not shutil.which("xwd"):
        pytest.skip("xwd (x11-apps) is needed to photograph the display")
    deadline = time.monotonic() + TIMEOUT
    colours = 0
    while time.monotonic() < deadline:
        shot = subprocess.run(["xwd", "-root", "-silent", "-display", game.display], capture_output=True,
                              timeout=TIMEOUT, check=True).stdout
        header_size = int.from_bytes(shot[0:4], "big")
        pixels = shot[header_size + 256 * 12:]  # after the header and a colour map of up to 256 entries
        colours = len({pixels[i:i + 4] for i in range(0, len(pixels) - 4, 4 * 997)})
        if colours > 50:
            return
    raise AssertionError(f"the X display looks blank ({colours} colours sampled)")


def focus(game: Game) -> None:
    """Find the game's window (it is the only one on this X server) and give it the keyboard."""
    for wid in game.xdo("search", "--sync", "--classname", ".").splitlines():
        if game.xdo("getwindowname", wid) == "One More Round":
            game.xdo("windowfocus", "--sync", wid)
            return
    raise AssertionError("no window called One More Round")


def test_a_player_starts_a_fight_lands_punches_pauses_and_quits(game: Game, tmp_path: Path) -> None:
    game.wait_for("scene TitleScene")
    game.wait_for("shown")
    focus(game)
    game.key("Return")
    game.wait_for("scene MainMenu")
    game.key("Down", "Return")
    game.wait_for("scene VersusSetup")
    game.key("Down", "Down", "Down", "Left")  # CPU level: easy, so the player's jabs get through before anything else
    game.key("Down", "Down", "Down", "Return")
    game.wait_for("scene FightScene")
    game.wait_for("event round_start")
    game.xdo("keydown", "d")  # walk in...
    game.xdo("key", "--repeat", "40", "--delay", "80", "j")  # ...and jab
    game.xdo("keyup", "d")
    punch = game.wait_for("event ")
    while not (punch.startswith(("event hit 0", "event block 0"))):
        punch = game.wait_for("event ")
    assert_display_not_blank(game)
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
    assert settings["schema"] == 2


def test_two_players_share_one_keyboard_and_both_reach_the_fight(game_for_two: Game) -> None:
    game = game_for_two
    game.wait_for("scene JoinScene")
    game.wait_for("shown")
    focus(game)
    game.key("g")  # player 1 joins on the left half...
    game.wait_for("join 1 kb:left")
    game.key("apostrophe")  # ...player 2 on the right half
    game.wait_for("join 2 kb:right")
    game.key("space")
    game.wait_for("joined kb:left kb:right")
    game.wait_for("scene FighterPick")  # each picks on their own half: player one moves on, then both lock in
    game.key("d")
    picked = game.wait_for("pick 1 ").split()[2]
    game.key("space")
    game.wait_for(f"pick 1 {picked} locked")
    game.key("Return")
    game.wait_for("pick 2 ")
    assert game.wait_for("fight ").split()[1] == picked  # the fight player one picked...
    game.wait_for("scene FightScene")
    game.wait_for("event round_start")
    game.xdo("keydown", "d", "keydown", "Left")  # both walk in at once...
    game.xdo("key", "--repeat", "30", "--delay", "70", "g", "apostrophe")  # ...and jab, each on their own half
    game.xdo("keyup", "d", "keyup", "Left")
    seen = {game.wait_for("press ").split()[1]}
    while seen != {"0", "1"}:
        seen.add(game.wait_for("press ").split()[1])
    assert any(line.startswith("press 0 jab") for line in game.seen)
    assert any(line.startswith("press 1 jab") for line in game.seen)
    game.key("Escape")
    game.wait_for("scene PauseScene")
    game.key("Down", "Down", "Down", "Return")
    game.wait_for("scene MainMenu")
    game.key("Escape")
    game.wait_for("scene TitleScene")
    game.key("Escape")
    game.wait_for("quit")
    assert game.proc.wait(timeout=TIMEOUT) == 0
