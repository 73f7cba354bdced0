"""`python -m game screenshot SCENE`: render a scene headless to a PNG, as a player would see it."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.app import App
    from game.scenes.fight import FightScene

from game.content.training import STAGE_IDS

SCENES = ("title", "menu", "versus", "fight", "knockdown", "corner", "scorecards", "pause", "controls",
          "training", "stage_intro", "stage_result", "steps_race", "join", "rebind", "versus2p", "fight2p",
          "pause2p", "input_display", "unplugged", "settings", "cutscene", "chapter_card", "story_menu",
          "training_earned", "story_decision", *STAGE_IDS)


def render(scene: str, out: Path, frames: int | None = None, scale: int = 2) -> Path:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from game.app import App
    from game.content.library import load_content
    from game.save.settings import Settings

    app = App(load_content(), Settings(), Path(os.devnull), headless=True)
    build: Callable[[App, int | None], None] = _BUILDERS[scene]
    build(app, frames)
    app.draw()
    image = pygame.transform.scale(app.canvas, (640 * scale, 360 * scale))
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(image, str(out))
    pygame.quit()
    return out


def _tick(app: App, n: int) -> None:
    for _ in range(n):
        app.update()


def _title(app: App, frames: int | None) -> None:
    from game.scenes.title import TitleScene

    app.push(TitleScene(app))
    _tick(app, frames or 40)


def _menu(app: App, frames: int | None) -> None:
    from game.scenes.title import MainMenu, TitleScene

    title = TitleScene(app)
    app.push(title)
    app.push(MainMenu(app, title))
    _tick(app, frames or 30)


def _versus(app: App, frames: int | None) -> None:
    from game.scenes.title import MainMenu, TitleScene
    from game.scenes.versus_setup import VersusSetup

    title = TitleScene(app)
    app.push(title)
    menu = MainMenu(app, title)
    app.push(menu)
    app.push(VersusSetup(app, menu.backdrop))
    _tick(app, frames or 10)


def _demo(app: App) -> FightScene:
    from game.scenes.fight import FightScene
    from game.sim.fight import FightConfig

    scene = FightScene(app, FightConfig("vito", "cole", 3, seed=7), "hard", demo=True)
    app.push(scene)
    return scene


def _fight(app: App, frames: int | None) -> None:
    scene = _demo(app)
    _tick(app, frames or 400)
    # then on to the moment a punch lands, with its spark still on screen
    for _ in range(1200):
        before = scene.fight.s.boxers[0].round_figures.landed + scene.fight.s.boxers[1].round_figures.landed
        app.update()
        after = scene.fight.s.boxers[0].round_figures.landed + scene.fight.s.boxers[1].round_figures.landed
        if after > before:
            _tick(app, 2)
            return


def _knockdown(app: App, frames: int | None) -> None:
    from game.sim.states import Phase

    scene = _demo(app)
    _tick(app, 200)
    scene.fight.s.boxers[1].health = 1  # the next clean punch drops him: a count to photograph
    for _ in range(6000):
        app.update()
        if scene.fight.s.phase == Phase.COUNT and scene.fight.s.count >= 3:
            break
    _tick(app, frames or 0)


def _corner(app: App, frames: int | None) -> None:
    from game.sim.states import Phase

    scene = _demo(app)
    _tick(app, 300)
    scene.fight.s.clock = 30  # skip ahead to the bell
    for _ in range(2000):
        app.update()
        if scene.fight.s.phase == Phase.BREAK:
            break
    _tick(app, frames or 20)


def _scorecards(app: App, frames: int | None) -> None:
    from game.scenes.result import ResultScene
    from game.sim.bout import cpu_bout
    from game.sim.fight import FightConfig

    fight = cpu_bout(app.content, FightConfig("vito", "cole", 12, seed=3), "normal", "normal").fight
    app.push(ResultScene(app, fight, ("RED", "BLUE"), (fight.config, "normal")))
    _tick(app, frames or 36 * 13)


def _pause(app: App, frames: int | None) -> None:
    scene = _demo(app)
    _tick(app, frames or 300)
    scene.pause()


def _controls(app: App, frames: int | None) -> None:
    from game.scenes.controls import ControlsScene

    app.push(ControlsScene(app))


def _training(app: App, frames: int | None) -> None:
    from game.scenes.training_menu import TrainingMenu

    app.push(TrainingMenu(app))
    _tick(app, frames or 10)


def _stage_intro(app: App, frames: int | None) -> None:
    from game.scenes.training import TrainingScene

    app.push(TrainingScene(app, "steps"))
    _tick(app, frames or 10)


def _play_stage(app: App, stage_id: str, frames: int | None, players: int = 1) -> None:
    """The stage played by its own perfect pilot for a while (by default a little under half its gold time)."""
    from game.input.hub import KB_LEFT, KB_RIGHT
    from game.scenes.training import TrainingScene

    if players == 2:  # as the join screen leaves them: one keyboard, a half each
        app.inputs.assign([KB_LEFT, KB_RIGHT])
    scene = TrainingScene(app, stage_id, players, skip_intro=True, autopilot=True)
    app.push(scene)
    _tick(app, 3 * 40 + (frames if frames is not None else scene.sim.spec.gold_frames * 2 // 5))


def _stage_result(app: App, frames: int | None) -> None:
    from game.scenes.training_result import TrainingResult
    from game.sim.training.registry import pilot_run
    from game.sim.training.stage import StageConfig

    sim, _ = pilot_run(app.content, StageConfig("steps"))
    app.push(TrainingResult(app, "steps", 1, sim.result()))
    _tick(app, frames or 10)


def _stage_builder(stage_id: str, players: int = 1) -> Callable[[App, int | None], None]:
    def build(app: App, frames: int | None) -> None:
        _play_stage(app, stage_id, frames, players)
    return build


def _join(app: App, frames: int | None) -> None:
    """The join screen with player 1 in on the keyboard's left half and player 2 still to press."""
    import pygame

    from game.scenes.join import JoinScene

    scene = JoinScene(app, lambda: None)
    app.push(scene)
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_g, mod=0, unicode="g", scancode=0))
    app.handle(pygame.event.Event(pygame.CONTROLLERDEVICEADDED, instance_id=3, name="Xbox Series X Controller"))
    _tick(app, frames or 20)


def _rebind(app: App, frames: int | None) -> None:
    """Player 2's keyboard half, just after a refused key (it is player 1's)."""
    import pygame

    from game.scenes.rebind import RebindScene

    scene = RebindScene(app, "keys_p2")
    app.push(scene)
    scene.index = 6  # jab
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="\r", scancode=0))
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_g, mod=0, unicode="g", scancode=0))
    scene.index = 7
    _tick(app, frames or 5)


def _versus2p(app: App, frames: int | None) -> None:
    from game.scenes.title import MainMenu, TitleScene
    from game.scenes.versus_setup import VersusSetup

    title = TitleScene(app)
    app.push(title)
    menu = MainMenu(app, title)
    app.push(menu)
    setup = VersusSetup(app, menu.backdrop)
    app.push(setup)
    setup.toggle_players(1)
    app.settings.versus.p2 = "danny"
    _tick(app, frames or 10)


def _two_players(app: App, pad: bool = False) -> FightScene:
    import pygame

    from game.scenes.fight import FightScene
    from game.sim.fight import FightConfig

    if pad:
        app.handle(pygame.event.Event(pygame.CONTROLLERDEVICEADDED, instance_id=3, name="Xbox Series X Controller"))
        app.inputs.assign(["kb:left", "pad:3"])
    else:
        app.inputs.assign(["kb:left", "kb:right"])
    scene = FightScene(app, FightConfig("vito", "cole", 3, seed=7), "normal", players=2)
    app.push(scene)
    return scene


def _scripted(scene: FightScene, ticks: int) -> None:
    """Both players walk in and trade jabs and hooks (fed as InputFrames, as the devices would give them)."""
    from game.sim.inputs import Action

    app = scene.app
    for t in range(ticks):
        p1 = int(Action.RIGHT) if t % 90 < 40 else int((Action.JAB, Action.HOOK, Action.BLOCK)[t // 90 % 3])
        p2 = int(Action.LEFT) if t % 70 < 30 else int((Action.STRAIGHT, Action.JAB, Action.DOWN | Action.BLOCK)
                                                      [t // 70 % 3])
        scene.inputs = _fixed(p1, p2)  # type: ignore[method-assign]
        app.update()


def _fixed(p1: int, p2: int) -> Callable[[], tuple[int, int]]:
    return lambda: (p1, p2)


def _fight2p(app: App, frames: int | None) -> None:
    scene = _two_players(app)
    _scripted(scene, frames or 420)


def _input_display(app: App, frames: int | None) -> None:
    app.settings.accessibility.input_display = True
    scene = _two_players(app)
    _scripted(scene, frames or 400)


def _pause2p(app: App, frames: int | None) -> None:
    scene = _two_players(app, pad=True)
    _scripted(scene, frames or 300)
    scene.pause()


def _unplugged(app: App, frames: int | None) -> None:
    import pygame

    scene = _two_players(app, pad=True)
    _scripted(scene, frames or 300)
    app.handle(pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=3))


def _settings(app: App, frames: int | None) -> None:
    from game.scenes.settings import SettingsScene

    scene = SettingsScene(app)
    app.push(scene)
    scene.index = 8
    _tick(app, frames or 5)


def _story(app: App, start: int | None = None, progress: object = None) -> object:
    """The story in memory (nothing on disk), at beat `start`, with the title and the menus beneath it."""
    from game.save.progress import Progress
    from game.scenes.story import StorySave, StoryScene
    from game.scenes.title import MainMenu, StoryMenu, TitleScene

    title = TitleScene(app)
    app.push(title)
    menu = MainMenu(app, title)
    app.push(menu)
    save = StorySave(app, None)
    if isinstance(progress, Progress):
        save.progress = progress
    story_menu = StoryMenu(app, menu.backdrop, save)
    app.push(story_menu)
    if start is None:
        return story_menu
    story = StoryScene(app, save, start)
    app.push(story)
    app.update()
    return story


def _cutscene(app: App, frames: int | None) -> None:
    """The gym's teaching panel: Danny's line half typed, the player's controls beside it."""
    from game.scenes.cutscene import CutsceneScene

    _story(app, 0)
    cut = app.top
    assert isinstance(cut, CutsceneScene)
    cut.advance()  # past the chapter card
    while not (cut.panel is not None and cut.panel.teach and cut.line_index == 1):
        cut.advance()
    _tick(app, frames or 40)


def _chapter_card(app: App, frames: int | None) -> None:
    from game.scenes.story import chapters

    assert app.content.campaign is not None
    _story(app, chapters(app.content.campaign)[4])
    _tick(app, frames or 70)


def _story_menu(app: App, frames: int | None) -> None:
    from game.save.progress import Progress

    _story(app, progress=Progress(beat=9, reached=list(range(10)), grades={"road_run": "gold"}))
    _tick(app, frames or 10)


def _training_earned(app: App, frames: int | None) -> None:
    from game.save.progress import Progress
    from game.scenes.cutscene import CutsceneScene
    from game.scenes.story import fight_index

    assert app.content.campaign is not None
    grades: dict[str, str | None] = {"road_run": "gold", "steps": "silver", "heavy_bag": "gold",
                                     "speed_bag": None, "mitt_drill": "bronze", "tire_flips": "silver",
                                     "sledgehammer": "bronze"}
    _story(app, fight_index(app.content.campaign), Progress(grades=grades, skipped=["sledgehammer"]))
    cut = app.top
    assert isinstance(cut, CutsceneScene)
    cut.advance()  # the chapter card, then what the training earned
    _tick(app, frames or 5)


def _story_decision(app: App, frames: int | None) -> None:
    from game.save.progress import Progress, fight_record
    from game.scenes.cutscene import CutsceneScene
    from game.scenes.story import StoryScene
    from game.sim.bout import cpu_bout
    from game.sim.fight import FightConfig

    assert app.content.campaign is not None
    fight = cpu_bout(app.content, FightConfig("vito", "cole", 12, seed=4), "normal", "normal").fight
    index = next(i for i, b in enumerate(app.content.campaign.beats) if b.kind == "decision")
    story = _story(app, index, Progress(fight=fight_record(fight)))
    assert isinstance(story, StoryScene)
    app.update()
    cut = app.top
    assert isinstance(cut, CutsceneScene)
    cut.skip()
    _tick(app, frames or 30 * 13)


_BUILDERS = {"cutscene": _cutscene, "chapter_card": _chapter_card, "story_menu": _story_menu,
             "training_earned": _training_earned, "story_decision": _story_decision,
             "join": _join, "rebind": _rebind, "versus2p": _versus2p, "fight2p": _fight2p, "pause2p": _pause2p,
             "input_display": _input_display, "unplugged": _unplugged, "settings": _settings,
             **{stage_id: _stage_builder(stage_id) for stage_id in STAGE_IDS},
             "training": _training, "stage_intro": _stage_intro, "stage_result": _stage_result,
             "steps_race": _stage_builder("steps", 2),
             "title": _title, "menu": _menu, "versus": _versus, "fight": _fight, "knockdown": _knockdown,
             "corner": _corner, "scorecards": _scorecards, "pause": _pause, "controls": _controls}
