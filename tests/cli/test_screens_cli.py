"""The commands around the window: screenshots of each scene, paths, and play's argument errors."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.cli import main


@pytest.mark.parametrize("scene", ["title", "menu", "versus", "fight", "knockdown", "corner", "scorecards",
                                   "pause", "controls"])
def test_screenshot_writes_a_picture_of_each_scene(tmp_path: Path, scene: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"{scene}.png"
    assert main(["screenshot", scene, "--out", str(out)]) == 0
    image = pygame.image.load(str(out))
    assert image.get_size() == (1280, 720)
    colours = {tuple(image.get_at((x, y)))[:3] for x in range(0, 1280, 8) for y in range(0, 720, 8)}
    assert len(colours) > 20, "the picture is nearly blank"


def test_the_knockdown_and_corner_screenshots_catch_their_moment(content, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from game.app import App
    from game.save.settings import Settings
    from game.scenes.fight import FightScene
    from game.screenshot import _BUILDERS
    from game.sim.states import Phase

    for scene, phase in (("knockdown", Phase.COUNT), ("corner", Phase.BREAK)):
        app = App(content, Settings(), tmp_path / "s.json", headless=True)
        _BUILDERS[scene](app, None)
        top = app.top
        assert isinstance(top, FightScene)
        assert top.fight.s.phase == phase
        if phase == Phase.COUNT:
            assert top.fight.s.count >= 3


def test_screenshot_refuses_a_non_png_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screenshot", "title", "--out", str(tmp_path / "x.jpg")]) == 2
    assert "PNG" in capsys.readouterr().err


def test_paths_follow_the_home_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ONE_MORE_ROUND_HOME", str(tmp_path))
    assert main(["paths"]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "settings.json") in out


@pytest.mark.parametrize("argv, needle", [
    (["play", "--mode", "story", "--chapter", "99"], "no chapter 99"),
    (["play", "--mode", "arcade"], "invalid choice"),
    (["play", "--scale", "99"], "1 to 8"),
    (["play", "--p1", "rocky"], "no fighter called"),
    (["screenshot", "lobby"], "invalid choice"),
])
def test_play_and_screenshot_errors_are_one_sentence(argv: list[str], needle: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert needle in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
