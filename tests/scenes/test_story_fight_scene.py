"""The story's final fight on screen: the engine plays the rounds between the player's, a knockout of Vito starts
the round over (never a game over), and the end hands the fight to the story with the ending that fits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.app import App
from game.content.campaign import Beat
from game.content.library import Content
from game.save.settings import Settings
from game.scenes.story_fight import FightOutcome, StoryFightScene, StoryRetry
from game.scenes.title import TitleScene
from game.sim.states import Phase

GRADES = {"road_run": "gold", "steps": "silver", "heavy_bag": "gold", "speed_bag": None, "mitt_drill": "bronze",
          "tire_flips": "gold", "sledgehammer": "silver"}


@pytest.fixture
def app(content: Content, tmp_path: Path) -> Iterator[App]:
    a = App(content, Settings(), tmp_path / "settings.json", headless=True)
    a.push(TitleScene(a))
    yield a
    pygame.quit()


def fight_beat(content: Content) -> Beat:
    assert content.campaign is not None
    return next(b for b in content.campaign.beats if b.kind == "fight")


def test_the_training_reaches_the_fight_and_the_engine_plays_the_rounds_between(app: App) -> None:
    outcomes: list[FightOutcome] = []
    scene = StoryFightScene(app, fight_beat(app.content), GRADES, outcomes.append)
    assert scene.config.training.max_stamina == "gold" and scene.config.training.hand_speed == ""
    assert scene.config.scripts and scene.config.p1 == "vito" and scene.config.p2 == "cole"
    scene.played = set()  # the engine plays every round: the whole fight, fast
    app.push(scene)
    frames = 0
    while not outcomes:
        app.update()
        frames += 1
        assert frames < 20_000
    assert frames < scene.fight.s.tick  # many ticks a frame: the rounds between are shown fast
    outcome = outcomes[0]
    assert outcome.fight.finished and outcome.ending in ("won_ko", "won_decision", "draw", "lost_decision")
    assert isinstance(app.top, TitleScene)  # the fight scene handed over and left


def test_a_knockout_of_vito_starts_the_round_over_and_can_make_cole_easier(app: App) -> None:
    scene = StoryFightScene(app, fight_beat(app.content), GRADES, lambda outcome: None, cpu_level="hard")
    app.push(scene)
    while scene.fight.s.phase != Phase.FIGHTING:
        app.update()
    start = scene.fight.state_hash()
    scene.fight.s.boxers[0].health = 1  # the next clean punch drops him, and nobody presses to get up
    for _ in range(30_000):
        app.update()
        if isinstance(app.top, StoryRetry):
            break
    assert isinstance(app.top, StoryRetry)
    assert not scene.fight.finished and scene.fight.s.round == 1
    assert scene.fight.state_hash() == start  # the round as it stood at its first bell
    app.top.index = 1  # "Again, and make Cole a little easier"
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode=""))
    assert app.top is scene and scene.cpu_level == "normal" and scene.retries == 1
