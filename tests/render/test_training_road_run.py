"""The road run on screen: the view draws the streets at every moment of an autoplay run (the row houses, under
the El, the warehouses, the museum at the finish), a stumble, a splash and a winded jog, never a blank picture."""

from __future__ import annotations

import pygame

from game.app import App
from game.render.training.road_run import View
from game.sim.inputs import Action
from game.sim.training.road_run import RoadRun, autoplay, make
from game.sim.training.stage import StageConfig


def colours(surface: pygame.Surface) -> int:
    return len({tuple(surface.get_at((x, y))) for x in range(0, 640, 16) for y in range(0, 360, 12)})


def test_the_view_draws_every_moment_of_a_run(app: App) -> None:
    sim = make(app.content, StageConfig("road_run"))
    view = View(app, sim)
    surface = pygame.Surface((640, 360))
    view.react([])  # the countdown: drawn before the first tick
    done = 0
    for moment in (0, 1, 200, 541, 1007, 1500, 2100, 2400):
        while done < moment and not sim.finished:
            view.react(sim.step(autoplay(sim)))
            done += 1
        surface.fill((0, 0, 0))
        view.draw(surface)
        assert colours(surface) > 40, f"a nearly blank picture at tick {moment}"
    assert sim.finished
    view.react([])  # the finish on screen
    view.draw(surface)


def mishaps(sim: RoadRun, tick: int) -> int:
    frame = autoplay(sim)[0] & ~int(Action.UP | Action.DOWN)  # runs into everything
    if tick > 600:  # then mashes the feet until winded
        frame = int(Action.LEFT if tick % 4 == 0 else (Action.RIGHT if tick % 4 == 2 else 0))
    return frame


def test_the_view_draws_stumbles_splashes_and_a_winded_jog(app: App) -> None:
    sim = make(app.content, StageConfig("road_run"))
    view = View(app, sim)
    surface = pygame.Surface((640, 360))
    kinds: set[str] = set()
    for tick in range(900):
        events = sim.step((mishaps(sim, tick), 0))
        kinds |= {e.kind for e in events}
        view.react(events)
        if tick % 50 == 0 or events:
            view.draw(surface)
    assert {"stumble", "splash", "winded"} <= kinds
    assert colours(surface) > 40


def test_the_ghost_of_a_personal_best_is_drawn_beside_the_runner(app: App) -> None:
    sim = make(app.content, StageConfig("road_run"))
    ghost = make(app.content, StageConfig("road_run"))
    view = View(app, sim)
    for tick in range(300):
        ghost.step(autoplay(ghost))
        sim.step(autoplay(sim) if tick >= 25 else (0, 0))  # the runner set off late: the ghost is ahead
    surface = pygame.Surface((640, 360))
    view.draw(surface)
    before = pygame.image.tobytes(surface, "RGB")
    view.draw_ghost(surface, ghost)
    assert pygame.image.tobytes(surface, "RGB") != before
