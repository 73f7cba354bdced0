"""The mitt drill on screen: the gym, Viktor with the mitts and Vito drawn at every moment of an autoplay drill
(the tell, the defence, the counter window, CLEAN!), and a drill where Vito takes the punches."""

from __future__ import annotations

import pygame

from game.app import App
from game.render.training.mitt_drill import View
from game.sim.training.mitt_drill import autoplay, make
from game.sim.training.stage import StageConfig


def colours(surface: pygame.Surface) -> int:
    return len({tuple(surface.get_at((x, y))) for x in range(0, 640, 16) for y in range(0, 360, 12)})


def test_the_view_draws_every_moment_of_a_drill(app: App) -> None:
    sim = make(app.content, StageConfig("mitt_drill"))
    view = View(app, sim)
    surface = pygame.Surface((640, 360))
    view.react([])
    kinds: set[str] = set()
    tick = 0
    while not sim.finished:
        events = sim.step(autoplay(sim))
        kinds |= {e.kind for e in events}
        view.react(events)
        tick += 1
        if tick % 37 == 0 or events:
            surface.fill((0, 0, 0))
            view.draw(surface)
            assert colours(surface) > 40, f"a nearly blank picture at tick {tick}"
    assert {"throw", "slip", "block", "clean", "split", "finish"} <= kinds
    view.react([])
    view.draw(surface)


def test_the_view_draws_a_drill_where_he_takes_the_punches(app: App) -> None:
    sim = make(app.content, StageConfig("mitt_drill"))
    view = View(app, sim)
    surface = pygame.Surface((640, 360))
    for tick in range(400):
        view.react(sim.step((0, 0)))
        if tick % 20 == 0:
            view.draw(surface)
    assert colours(surface) > 40
