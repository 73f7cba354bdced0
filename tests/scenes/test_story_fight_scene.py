"""The story's final fight on screen: the engine plays the rounds between the player's, the round scripts' words and
titles reach the player, every break can be skipped, a knockout of Vito starts the round over (never a game over),
and the end hands the fight to the story with the ending that fits."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pygame
import pytest

from game.app import App
from game.content.campaign import Beat, RoundScript
from game.content.library import Content
from game.render.hud import name_line
from game.save.settings import Settings
from game.scenes import story_fight
from game.scenes.story_fight import KO_HOLD, TITLE_FRAMES, FightOutcome, StoryFightScene, StoryRetry, ending_of
from game.scenes.title import TitleScene
from game.sim.fight import Fight
from game.sim.states import Phase
from game.sim.story_autoplay import Autoplay
from game.sim.story_fight import easier_level

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


def script_of(beat: Beat, round_number: int) -> RoundScript:
    script = beat.script(round_number)
    assert script is not None
    return script


def tap(app: App, code: int) -> None:
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode=""))
    app.handle(pygame.event.Event(pygame.KEYUP, key=code, mod=0, unicode=""))


def box_as_the_cpu(app: App, scene: StoryFightScene, monkeypatch: pytest.MonkeyPatch) -> None:
    """The player's hands: the CPU of Vito's corner while the round is on, nothing pressed otherwise."""
    monkeypatch.setattr(app.inputs, "frame", lambda player: scene.corner.decide(scene.fight)
                        if player == 0 and scene.fight.s.phase == Phase.FIGHTING else 0)


def until(app: App, done: Callable[[], bool], limit: int = 30_000) -> None:
    for _ in range(limit + 1):
        if done():
            return
        app.update()
    raise AssertionError("never happened")


def knock_out_vito(app: App, scene: StoryFightScene) -> StoryRetry:
    """Vito on one point of health while the round is on, nobody pressing to get up: the retry menu."""
    until(app, lambda: scene.fight.s.phase == Phase.FIGHTING)
    for _ in range(30_000):
        if scene.fight.s.phase == Phase.FIGHTING:
            scene.fight.s.boxers[0].health = 1
        app.update()
        if isinstance(app.top, StoryRetry):
            return app.top
    raise AssertionError("Vito was never knocked out")


# --- the engine's rounds and the ending -----------------------------------------------------------------------

def test_the_engine_plays_the_rounds_between_from_the_real_state_and_hands_over_the_ending(app: App) -> None:
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
    assert isinstance(app.top, TitleScene)  # the fight scene handed over and left
    # the same fight, the CPU in both corners, straight through the engine: the scene added nothing to it
    content = app.content
    reference = Autoplay(content, scene.beat, Fight(content, scene.config), scene.config.seed).run()
    outcome = outcomes[0]
    assert outcome.fight.state_hash() == reference.state_hash()
    assert outcome.ending == ending_of(reference) == "lost_decision" and outcome.retries == 0


# --- the round scripts' words and titles ---------------------------------------------------------------------

def test_tony_gives_each_range_its_line_and_its_title_rings_at_the_players_first_round_in_it(
        app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    beat = fight_beat(app.content)
    scene = StoryFightScene(app, beat, GRADES, lambda outcome: None)
    assert sorted(scene.played)[:2] == [1, 4]  # the campaign's: round one, then round four of the middle rounds
    app.push(scene)
    box_as_the_cpu(app, scene, monkeypatch)
    one, middle = script_of(beat, 1), script_of(beat, 4)
    # round one: no break before it, so Tony's line stands over its intro, then its title and goal at the bell
    app.update()
    assert scene.spoken == scene.view.corner_words(one.line) and scene.spoken_frames > 0
    until(app, lambda: scene.fight.s.phase == Phase.FIGHTING)
    assert scene.view.banner == one.title.upper() + " - SURVIVE IT" and scene.view.banner_frames > 0
    titles: dict[int, str] = {}
    lines: dict[int, str] = {}

    def watch() -> bool:
        s = scene.fight.s
        if s.phase == Phase.FIGHTING and s.round not in titles:
            titles[s.round] = scene.view.banner if scene.view.banner_frames > 0 else ""
        if s.phase == Phase.BREAK:
            lines[s.round] = scene.view.corner_line
        return s.round == 4 and s.phase == Phase.FIGHTING

    until(app, watch)
    assert lines[3] == scene.view.corner_words(middle.line)  # the break before round four: the middle rounds' line
    assert middle.line not in lines[1] + lines[2]
    assert titles[4] == middle.title.upper() == "THE MIDDLE ROUNDS"
    assert scene.view.banner_frames > TITLE_FRAMES - 5
    assert titles[2] == titles[3] == "FIGHT!"  # the rounds the engine plays fast carry no range title


def test_the_montage_words_give_way_to_a_banner(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    scene = StoryFightScene(app, fight_beat(app.content), GRADES, lambda outcome: None)
    scene.played = set()
    app.push(scene)
    drawn: list[str] = []
    real = story_fight.draw_text
    monkeypatch.setattr(story_fight, "draw_text", lambda surface, fonts, text, *a, **k: (drawn.append(text),
                                                                                         real(surface, fonts, text,
                                                                                              *a, **k)))
    until(app, lambda: scene.fight.s.phase == Phase.FIGHTING)
    assert scene.view.banner_frames > 0  # the bell's banner is up
    drawn.clear()
    scene.draw(app.canvas)
    assert "The rounds blur..." not in drawn
    until(app, lambda: scene.view.banner_frames == 0 and scene.fight.s.phase == Phase.FIGHTING)
    drawn.clear()
    scene.draw(app.canvas)
    assert "The rounds blur..." in drawn


# --- breaks ---------------------------------------------------------------------------------------------------

def test_a_break_after_a_round_the_engine_played_is_the_players_to_skip(app: App) -> None:
    scene = StoryFightScene(app, fight_beat(app.content), GRADES, lambda outcome: None)
    scene.played = {4}  # the engine plays rounds one to three
    app.push(scene)
    rules = app.content.rules
    until(app, lambda: scene.fight.s.phase == Phase.BREAK and scene.fight.s.phase_frame > rules.break_min_frames)
    assert scene.fight.s.round == 1 and not scene.human_round()
    tap(app, pygame.K_RETURN)
    app.update()
    assert scene.fight.s.phase == Phase.INTRO and scene.fight.s.round == 2
    assert scene.fight.s.tick < rules.round_seconds * rules.ticks_per_second // rules.clock_speed \
        + rules.break_frames  # well before the break would have ended by itself


# --- a knockout of Vito ---------------------------------------------------------------------------------------

def test_a_knockout_of_vito_is_seen_then_the_retry_menu_shades_it(app: App) -> None:
    scene = StoryFightScene(app, fight_beat(app.content), GRADES, lambda outcome: None)
    app.push(scene)
    until(app, lambda: scene.fight.s.phase == Phase.FIGHTING)
    for _ in range(30_000):
        scene.fight.s.boxers[0].health = 1
        app.update()
        if scene.fight.finished:
            break
    assert scene.view.banner in ("K.O.!", "T.K.O.!") and app.top is scene  # the knockout on screen first
    until(app, lambda: isinstance(app.top, StoryRetry), KO_HOLD)
    assert scene.view.banner_frames == 0  # the menu's title says it now, over no banner
    app.canvas.fill((255, 255, 255))  # the menu alone over a white picture: its shade shows where it draws nothing
    app.top.draw(app.canvas)
    assert max(app.canvas.get_at((8, 60))[:3]) < 160


@pytest.mark.parametrize("seed", [2, 3])
def test_round_again_starts_over_from_its_intro_with_its_words_title_and_coles_opening_hook(app: App,
                                                                                          seed: int) -> None:
    beat = fight_beat(app.content)
    scene = StoryFightScene(app, beat, GRADES, lambda outcome: None, seed=seed)
    app.push(scene)
    intro = scene.fight.state_hash()
    retry = knock_out_vito(app, scene)
    assert retry.items[0].label == "Round 1, again"
    tap(app, pygame.K_RETURN)
    assert app.top is scene and scene.retries == 1
    assert scene.fight.state_hash() == intro and scene.fight.s.phase == Phase.INTRO
    assert scene.view.banner_frames == 0  # no K.O. left over the new start
    assert scene.spoken == scene.view.corner_words(script_of(beat, 1).line)
    cole = scene.fight.s.boxers[1]
    until(app, lambda: scene.fight.s.phase == Phase.FIGHTING)
    assert scene.view.banner == "ROUND ONE - SURVIVE IT"
    until(app, lambda: cole.fight_figures.thrown > 0, 600)
    assert cole.move is not None and cole.move.id == "hook"  # his script's opening hook, again


def test_make_cole_easier_takes_him_one_level_down(app: App, content: Content) -> None:
    scene = StoryFightScene(app, fight_beat(content), GRADES, lambda outcome: None, cpu_level="hard")
    app.push(scene)
    retry = knock_out_vito(app, scene)
    assert [i.label for i in retry.items] == ["Round 1, again", "Again, and make Cole a little easier"]
    retry.index = 1
    tap(app, pygame.K_RETURN)
    assert app.top is scene and scene.cpu_level == easier_level("hard") == "normal" and scene.retries == 1
    assert scene.cpu.level is content.cpu_levels["normal"]


def test_at_the_easiest_cole_is_not_offered_easier(app: App, content: Content) -> None:
    scene = StoryFightScene(app, fight_beat(content), GRADES, lambda outcome: None, cpu_level="easy")
    app.push(scene)
    retry = knock_out_vito(app, scene)
    assert [i.label for i in retry.items] == ["Round 1, again"]
    assert "already at his easiest" in retry.items[0].note


# --- the HUD --------------------------------------------------------------------------------------------------

def test_the_hud_says_a_fighters_name_once() -> None:
    assert name_line("VITO", "Vito Moretti") == "VITO MORETTI"
    assert name_line("COLE", "Cassius Cole") == "CASSIUS COLE"
    assert name_line("YOU", "Vito Moretti") == "YOU  VITO MORETTI"


def test_the_pause_menu_says_the_story_restarts_a_round_and_what_quitting_costs(app: App) -> None:
    from game.scenes.pause import PauseScene

    scene = StoryFightScene(app, fight_beat(app.content), GRADES, lambda outcome: None)
    app.push(scene)
    scene.pause()
    menu = app.top
    assert isinstance(menu, PauseScene)
    labels = [item.label for item in menu.items]
    assert "Restart this round" in labels and "Restart the fight" not in labels
    quit_item = next(item for item in menu.items if item.label == "Quit to the menu")
    assert "starts again from round one" in quit_item.note
