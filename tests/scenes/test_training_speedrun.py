"""The training scene as a speedrun timer sees it, headless with scripted inputs: LiveSplit Server gets one split
per segment of the category, a start whenever a run starts (after the countdown or an instant reset) and a reset
when a run is abandoned; a held reset button restarts once; leaving mid-run counts the attempt."""

from __future__ import annotations

import pygame
import pytest

from game.app import App
from game.content.training import STAGE_IDS
from game.scenes.training import COUNT_FRAMES, Phase, TrainingScene
from game.scenes.training_pause import TrainingPause
from game.scenes.training_result import TrainingResult
from game.sim.inputs import Action
from game.sim.training.montage import montage_spec
from game.sim.training.registry import stage_module


class FakeLink:
    """Stands in for LiveSplitLink: records the commands of a run instead of sending them."""

    def __init__(self) -> None:
        self.commands: list[str] = []
        self.notice: str | None = None

    def start(self) -> None:
        self.commands.append("start")

    def split(self, ticks: int) -> None:
        self.commands.append("split")

    def reset(self) -> None:
        self.commands.append("reset")

    def game_time(self, ticks: int) -> None:
        pass


class Script:
    """Player one's inputs: the stage's own pilot, except while the reset button is held for `reset_ticks`."""

    def __init__(self) -> None:
        self.reset_ticks = 0

    def frame(self, scene: TrainingScene) -> tuple[int, int]:
        if self.reset_ticks > 0:
            self.reset_ticks -= 1
            return int(Action.RESET), 0
        frame: tuple[int, int] = stage_module(scene.sim.spec.id).autoplay(scene.sim)
        return frame


@pytest.fixture
def link(app: App, monkeypatch: pytest.MonkeyPatch) -> FakeLink:
    fake = FakeLink()
    monkeypatch.setattr(app, "livesplit", lambda: fake)
    return fake


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> Script:
    s = Script()
    monkeypatch.setattr(TrainingScene, "inputs", lambda scene: s.frame(scene))
    return s


def play_to_the_result(app: App, limit: int) -> TrainingResult:
    for _ in range(limit):
        app.update()
        if isinstance(app.top, TrainingResult):
            return app.top
    raise AssertionError("the run never reached its result")


@pytest.mark.parametrize("category", ["heavy_bag", "steps", "montage"])
def test_livesplit_gets_one_split_per_segment_of_the_category(app: App, link: FakeLink, script: Script,
                                                              category: str) -> None:
    spec = montage_spec(app.content) if category == "montage" else app.content.stage(category)
    app.push(TrainingScene(app, category, skip_intro=True))
    result = play_to_the_result(app, 3 * COUNT_FRAMES * (len(STAGE_IDS) + 1) + spec.time_limit_frames)
    assert result.result.success
    assert link.commands == ["start", *["split"] * len(spec.checkpoints)]


def test_an_instant_reset_starts_the_new_run_on_livesplit(app: App, link: FakeLink, script: Script) -> None:
    scene = TrainingScene(app, "steps", skip_intro=True)
    app.push(scene)
    for _ in range(3 * COUNT_FRAMES + 30):
        app.update()
    assert link.commands == ["start"]
    script.reset_ticks = 1
    app.update()
    fresh = app.top
    assert isinstance(fresh, TrainingScene) and fresh is not scene and fresh.phase == Phase.PLAY
    app.update()
    assert fresh.sim.result().frames == 1
    assert link.commands == ["start", "reset", "start"]
    assert app.records_store().get("steps").attempts == 1


def test_a_held_reset_button_restarts_the_stage_once(app: App, link: FakeLink, script: Script) -> None:
    first = TrainingScene(app, "steps", skip_intro=True)
    app.push(first)
    for _ in range(3 * COUNT_FRAMES + 30):
        app.update()
    script.reset_ticks = 30
    scenes = []
    for _ in range(40):
        app.update()
        scenes.append(app.top)
    fresh = scenes[0]
    assert fresh is not first and all(s is fresh for s in scenes)
    assert isinstance(fresh, TrainingScene) and fresh.sim.result().frames == 39  # the clock ran all along
    assert link.commands == ["start", "reset", "start"]
    assert app.records_store().get("steps").attempts == 1
    script.reset_ticks = 1  # a new press still resets
    app.update()
    assert app.top is not fresh


def test_leaving_mid_run_counts_the_attempt_and_resets_livesplit(app: App, link: FakeLink, script: Script) -> None:
    below = TrainingScene(app, "heavy_bag")  # stands for the menu the stage was opened from
    app.push(below)
    scene = TrainingScene(app, "heavy_bag", skip_intro=True)
    app.push(scene)
    ticks = 500  # past the first checkpoint
    for _ in range(3 * COUNT_FRAMES + ticks):
        app.update()
    splits = list(scene.run.result().splits)
    assert splits
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_ESCAPE, mod=0, unicode=""))
    pause = app.top
    assert isinstance(pause, TrainingPause)
    pause.index = [item.label for item in pause.items].index("Leave the stage")
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode=""))
    assert app.top is below
    record = app.records_store().get("heavy_bag")
    assert record.attempts == 1 and record.finishes == 0
    assert record.history == [splits]  # a reset attempt: its splits so far, no finish
    assert link.commands == ["start", *["split"] * len(splits), "reset"]
