"""The tire flips view draws the yard, the tire and Vito at every moment of a run without error, and not blank."""

from __future__ import annotations

import pygame

from game.app import App
from game.render.training.tire_flips import View
from game.sim.training.stage import StageConfig
from game.sim.training.tire_flips import Phase, autoplay, make


def colours(surface: pygame.Surface) -> int:
    small = pygame.transform.scale(surface, (160, 90))
    return len({small.get_at((x, y))[:3] for x in range(160) for y in range(90)})


def test_the_view_draws_every_phase_of_a_run(app: App) -> None:
    sim = make(app.content, StageConfig("tire_flips"))
    view = View(app, sim)
    surface = pygame.Surface((640, 360))
    seen: set[Phase] = set()
    view.react([])
    view.draw(surface)
    while not sim.finished:
        view.react(sim.step(autoplay(sim)))
        if sim.phase not in seen or sim.clock.tick % 37 == 0:
            seen.add(sim.phase)
            view.draw(surface)
            assert colours(surface) > 60
    for _ in range(30):  # the finish, the cheer
        view.react([])
    view.draw(surface)
    assert seen == set(Phase)
    assert colours(surface) > 60
