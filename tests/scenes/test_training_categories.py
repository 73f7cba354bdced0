"""Runs with "hold instead of mash" are a category of their own (steps/hold): their personal best, golds,
history, replay and ghost are kept apart from the runs without it, the menu shows the best for the current
setting, the ghost replays its run as its header recorded it, and the splits export takes the variant."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.app import App
from game.cli import main
from game.content.library import Content
from game.save.records import load_records
from game.save.replay_file import read_replay
from game.save.settings import Settings
from game.scenes.training import COUNT_FRAMES, TrainingScene
from game.scenes.training_menu import TrainingMenu
from game.scenes.training_result import TrainingResult
from game.sim.inputs import Action
from game.sim.training.category import category_key, category_name, parse_category
from game.sim.training.replay import training_config
from game.sim.training.stage import igt_text


@pytest.fixture
def app(content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    a = App(content, Settings(), tmp_path / "settings.json", headless=True)
    a.records_path = tmp_path / "records.json"
    a.replays_dir = tmp_path / "replays"
    # the player only holds UP: with the assist on that climbs the steps and raises the fists; without it, nothing
    monkeypatch.setattr(TrainingScene, "inputs", lambda scene: (int(Action.UP), 0))
    yield a
    pygame.quit()


def held_up_run(app: App) -> TrainingResult:
    app.push(TrainingScene(app, "steps", skip_intro=True))
    for _ in range(3 * COUNT_FRAMES + app.content.stage("steps").time_limit_frames + 200):
        app.update()
        if isinstance(app.top, TrainingResult):
            return app.top
    raise AssertionError("the held-UP run never finished")


def test_category_keys_and_names() -> None:
    assert category_key("steps", False) == "steps" and category_key("steps", True) == "steps/hold"
    assert parse_category("montage/hold") == ("montage", True) and parse_category("steps") == ("steps", False)
    with pytest.raises(ValueError, match="only variant is /hold"):
        parse_category("steps/turbo")
    assert category_name("The Steps", True) == "The Steps (hold instead of mash)"


def test_an_assisted_run_keeps_its_own_records_and_the_menu_shows_the_current_setting_s(app: App) -> None:
    app.settings.accessibility.getup_hold = True
    result = held_up_run(app)
    assert result.result.success and result.new_best and result.category == "steps/hold"
    records = app.records_store()
    assert records.best("steps/hold") == result.result.frames
    assert records.best("steps") is None and records.get("steps").attempts == 0
    on_disk, _ = load_records(app.records_path)  # type: ignore[arg-type]
    assert on_disk.get("steps/hold").history == [list(result.result.splits)]
    menu = TrainingMenu(app)
    steps = next(item for item in menu.items if item.label == app.content.stage("steps").name)
    assert steps.value is not None and steps.value() == igt_text(result.result.frames)
    app.settings.accessibility.getup_hold = False
    assert steps.value() == "-:--.---"  # no run without the assist yet


def test_the_ghost_is_the_category_s_own_pb_replayed_as_recorded(app: App) -> None:
    app.settings.accessibility.getup_hold = True
    pb = held_up_run(app).result
    app.pop()
    path = app.pb_replay_path("steps/hold")
    assert path is not None and path.is_file()
    assert app.pb_replay_path("steps") is not None and not app.pb_replay_path("steps").is_file()  # type: ignore[union-attr]

    assisted = TrainingScene(app, "steps", skip_intro=True)
    assert assisted.ghost is not None
    assert assisted.ghost.config == training_config(app.content, read_replay(path).header)
    for _ in range(pb.frames):
        assisted.ghost.step(next(assisted.ghost_frames))
    assert assisted.ghost.finished and assisted.ghost.result() == pb  # the ghost climbs as the PB did

    app.settings.accessibility.getup_hold = False
    assert TrainingScene(app, "steps", skip_intro=True).ghost is None  # no PB without the assist: no ghost


def test_splits_export_takes_the_hold_variant(app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ONE_MORE_ROUND_HOME", str(tmp_path))
    from game.save.paths import records_file

    app.records_path = records_file()
    app.settings.accessibility.getup_hold = True
    pb = held_up_run(app).result
    out = tmp_path / "steps-hold.lss"
    assert main(["splits", "export", "steps/hold", "--out", str(out)]) == 0
    assert f"personal best {pb.frames} ticks" in capsys.readouterr().out
    run = ET.parse(out).getroot()
    assert run.findtext("CategoryName") == "The Steps (hold instead of mash)"
    assert run.findtext("AttemptCount") == "1"
    assert main(["splits", "export", "steps/turbo", "--out", str(out)]) == 2
    assert "only variant is /hold" in capsys.readouterr().err
