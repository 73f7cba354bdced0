"""The story in the real window under Xvfb: a new player opens it, reads a line with a real key press, holds Esc
to skip the first scene, and the next beat opens; quitting keeps the place."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_window import TIMEOUT, Game, _launch, assert_display_not_blank, focus, pytestmark, xvfb

__all__ = ["pytestmark", "xvfb"]  # the skip mark and the X server fixture come from the fight's test


@pytest.fixture
def story_game(xvfb: str, tmp_path: Path) -> Iterator[Game]:
    yield from _launch(xvfb, tmp_path, "--mode", "story")


def test_a_new_player_reads_skips_a_scene_and_the_story_keeps_its_place(story_game: Game, tmp_path: Path) -> None:
    game = story_game
    game.wait_for("shown")
    game.wait_for("cutscene weight_of_time")
    focus(game)
    game.key("Return")  # past the chapter card...
    game.wait_for("line weight_of_time 0 0")
    assert_display_not_blank(game)  # ...to the first illustrated panel
    game.key("Return", "Return")  # the line typed out at once, then the next
    game.wait_for("line weight_of_time 0 1")
    game.xdo("keydown", "Escape")  # hold Esc: the scene is skipped once the hold is long enough
    game.wait_for("skip weight_of_time")
    game.xdo("keyup", "Escape")
    game.wait_for("cutscene the_challenge")  # the next beat opens on its own chapter card
    game.proc.terminate()  # the window closed by the system: progress was saved after the first beat
    game.proc.wait(timeout=TIMEOUT)
    saved = json.loads((tmp_path / "story.json").read_text())
    assert saved["beat"] == 1 and saved["schema"] >= 1
