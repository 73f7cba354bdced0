"""The screens, headless: menus lead where they say, a fight reads the keys on the tick they are pressed,
pausing stops the clock, the end of a fight shows the cards, and quitting saves the settings."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.app import App
from game.content.library import Content
from game.input.keyboard import SOLO
from game.save.settings import Settings, load_settings
from game.scenes.fight import RESULT_DELAY, FightScene
from game.scenes.pause import PauseScene
from game.scenes.result import ResultScene
from game.scenes.title import MainMenu, TitleScene
from game.scenes.versus_setup import VersusSetup
from game.sim.fight import FightConfig
from game.sim.inputs import Action
from game.sim.states import FS, Phase


def key(app: App, code: int) -> None:
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode=""))
    app.handle(pygame.event.Event(pygame.KEYUP, key=code, mod=0, unicode=""))


class Held:
    """The keys a test holds down, sent to the app as key events (the way the window would)."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.codes: set[int] = set()

    def hold(self, codes: set[int]) -> None:
        for code in self.codes - codes:
            self.app.handle(pygame.event.Event(pygame.KEYUP, key=code, mod=0, unicode=""))
        for code in codes - self.codes:
            self.app.handle(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode=""))
        self.codes = set(codes)


def fighting(app: App, rounds: int = 1) -> FightScene:
    scene = FightScene(app, FightConfig("vito", "cole", rounds, seed=3), "easy")
    app.push(scene)
    while scene.fight.s.phase != Phase.FIGHTING:
        app.update()
    return scene


def test_title_to_menu_to_versus_to_a_fight(app: App) -> None:
    app.push(TitleScene(app))
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, MainMenu)
    key(app, pygame.K_DOWN)
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, VersusSetup)
    key(app, pygame.K_DOWN)
    key(app, pygame.K_RIGHT)  # another fighter for player one
    chosen = app.settings.versus.p1
    for _ in range(5):
        key(app, pygame.K_DOWN)
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, FightScene)
    assert app.top.fight.config.p1 == chosen


def test_story_opens_the_story_menu(app: App) -> None:
    from game.scenes.title import StoryMenu

    title = TitleScene(app)
    app.push(title)
    app.push(MainMenu(app, title))
    key(app, pygame.K_RETURN)  # Story
    assert isinstance(app.top, StoryMenu)


def test_a_key_pressed_on_a_tick_acts_on_that_tick(app: App) -> None:
    held = Held(app)
    scene = fighting(app)
    app.update()
    held.hold({SOLO.keys[Action.JAB][0]})
    app.update()
    assert scene.fight.s.boxers[0].state == FS.PUNCH_STARTUP
    assert scene.fight.s.boxers[0].frame == 0


def test_losing_focus_pauses_and_the_fight_waits(app: App) -> None:
    scene = fighting(app)
    app.handle(pygame.event.Event(pygame.WINDOWFOCUSLOST))
    assert isinstance(app.top, PauseScene)
    tick = scene.fight.s.tick
    for _ in range(30):
        app.update()
    assert scene.fight.s.tick == tick
    key(app, pygame.K_ESCAPE)  # Esc resumes
    assert app.top is scene
    app.update()
    assert scene.fight.s.tick == tick + 1


def test_escape_pauses_and_quit_to_menu_leaves_the_fight(app: App) -> None:
    title = TitleScene(app)
    app.push(title)
    app.push(MainMenu(app, title))
    fighting(app)
    key(app, pygame.K_ESCAPE)
    assert isinstance(app.top, PauseScene)
    for _ in range(3):
        key(app, pygame.K_DOWN)
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, MainMenu)


def test_the_end_of_a_fight_shows_the_cards(app: App) -> None:
    scene = fighting(app)
    scene.fight.s.clock = 5  # to the final bell
    for _ in range(RESULT_DELAY + 40):
        app.update()
    result = app.top
    assert isinstance(result, ResultScene)
    assert result.rounds == 1
    app.draw()
    key(app, pygame.K_RETURN)  # show every card
    assert result.revealed == result.rounds


def test_every_screen_draws(app: App) -> None:
    title = TitleScene(app)
    app.push(title)
    app.draw()
    app.push(MainMenu(app, title))
    app.draw()
    scene = fighting(app)
    for _ in range(120):
        app.update()
    app.draw()
    scene.pause()
    app.draw()
    assert app.canvas.get_at((320, 180)) != pygame.Color(0, 0, 0)


def test_quitting_saves_the_settings(app: App) -> None:
    app.settings.audio.music = 0.1
    app.quit()
    loaded, _ = load_settings(app.settings_path)
    assert loaded.audio.music == 0.1


def test_pausing_and_resuming_leaves_the_fight_exactly_where_it_would_have_been(
        content: Content, tmp_path: Path) -> None:
    script = {30: {SOLO.keys[Action.RIGHT][0]}, 60: {SOLO.keys[Action.JAB][0]}, 62: set(),
              90: {SOLO.keys[Action.HOOK][0]}, 93: set()}
    hashes = []
    for pause_at in (None, 45):
        app = App(content, Settings(), tmp_path / "settings.json", headless=True)
        scene = fighting(app)
        held = Held(app)
        for t in range(150):
            if t in script:
                held.hold(set(script[t]))
            if t == pause_at:
                key(app, pygame.K_ESCAPE)
                assert isinstance(app.top, PauseScene)
                for _ in range(100):
                    app.update()  # the pause menu ticks; the fight must not
                key(app, pygame.K_ESCAPE)
                assert app.top is scene
            app.update()
        hashes.append(scene.fight.state_hash())
    assert hashes[0] == hashes[1]
