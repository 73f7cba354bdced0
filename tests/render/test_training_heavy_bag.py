"""The heavy bag's view draws the gym, the swinging bag and Vito at every moment of a run, quickly enough."""

from __future__ import annotations

import pygame

from game.app import App
from game.render.training.heavy_bag import View, to_screen
from game.sim.training import heavy_bag as hb
from game.sim.training.stage import StageConfig


def test_the_view_draws_every_moment_of_a_run(app: App) -> None:
    sim = hb.make(app.content, StageConfig("heavy_bag"))
    view = View(app, sim)
    surface = pygame.Surface((640, 360))
    view.react([])
    view.draw(surface)  # before the first tick (the countdown)
    drawn = 0
    while not sim.finished:
        view.react(sim.step(hb.autoplay(sim)))
        if sim.tick % 97 == 1 or (sim.last_hit is not None and sim.last_hit.tick == sim.tick):
            view.draw(surface)
            drawn += 1
    for _ in range(5):  # the finish on screen
        view.react([])
        view.draw(surface)
    assert drawn > 20
    colours = {tuple(surface.get_at((x, y)))[:3] for x in range(0, 640, 16) for y in range(0, 360, 16)}
    assert len(colours) > 50  # a drawn place, not a flat fill


def test_the_bag_is_drawn_where_the_physics_puts_it(app: App) -> None:
    sim = hb.make(app.content, StageConfig("heavy_bag"))
    view = View(app, sim)
    surface = pygame.Surface((640, 360))
    view.draw(surface)
    b = sim.bag_state()
    x, y = to_screen(b.x, b.y - 14)  # on the leather, below the band and the seams' lines
    r, g, _b = tuple(surface.get_at((round(x), round(y))))[:3]
    assert r > g + 20  # the oxblood leather, not the brick behind


def test_a_hit_dents_the_bag_and_puffs_dust(app: App) -> None:
    sim = hb.make(app.content, StageConfig("heavy_bag"))
    view = View(app, sim)
    plain = view._dented()
    while sim.last_hit is None:
        view.react(sim.step(hb.autoplay(sim)))
    assert view._dented() is not plain and view.motes
    for _ in range(40):
        view.react([])
    assert view._dented() is plain  # the dent has relaxed
