"""`python -m game screenshot SCENE`: render a scene headless to a PNG, as a player would see it."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.app import App
    from game.scenes.fight import FightScene

SCENES = ("title", "menu", "versus", "fight", "knockdown", "corner", "scorecards", "pause", "controls")


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


_BUILDERS = {"title": _title, "menu": _menu, "versus": _versus, "fight": _fight, "knockdown": _knockdown,
             "corner": _corner, "scorecards": _scorecards, "pause": _pause, "controls": _controls}
