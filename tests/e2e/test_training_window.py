"""Training in the real window under Xvfb: real key presses climb the museum steps to the first landing, and the
reset key starts the stage over at once."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_window import Game, _launch, assert_display_not_blank, focus, pytestmark, xvfb

__all__ = ["pytestmark", "xvfb"]  # the skip mark and the X server fixture come from the fight's test


@pytest.fixture
def steps_game(xvfb: str, tmp_path: Path) -> Iterator[Game]:
    yield from _launch(xvfb, tmp_path, "--mode", "training", "--stage", "steps")


def seen(game: Game, prefix: str) -> bool:
    """Whether the game has printed a line starting with `prefix` by now (reads what is waiting, never sleeps)."""
    while (line := game._next_line(time.monotonic() + 0.05)) is not None:
        game.seen.append(line)
        if line.startswith(prefix):
            return True
    return False


def test_real_presses_climb_the_steps_and_reset_starts_over(steps_game: Game) -> None:
    game = steps_game
    game.wait_for("scene TrainingScene")
    game.wait_for("shown")
    focus(game)
    game.key("Return")  # the intro card: start
    game.wait_for("countdown steps")
    game.wait_for("go steps")
    # A and D in turn, slower than the fastest legal stride (a stride every 200 ms; the data allows 150 ms). A
    # loaded machine may bunch two presses into one tick and stumble, so keep climbing until the landing shows.
    for _ in range(40):
        game.xdo("key", "--delay", "200", "a", "d")
        if seen(game, "event split 0"):
            break
    else:
        game.wait_for("event split 0")
    assert_display_not_blank(game)
    game.key("r")  # the reset key: the same stage again, no menu, no countdown
    game.wait_for("training steps")  # the new stage is built and under way before the app names the new scene
    game.wait_for("go steps")
    game.wait_for("scene TrainingScene")
    assert "countdown steps" not in game.seen[game.seen.index("event split 0 First landing"):]
    game.key("Escape")
    game.wait_for("scene TrainingPause")
