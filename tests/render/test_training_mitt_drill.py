"""The mitt drill on screen: the gym, Viktor with the mitts and Vito drawn at every moment of an autoplay drill
(the tell, the defence, the counter window, CLEAN!), and a drill where Vito takes the punches."""

from __future__ import annotations

import pygame
import pytest

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


def test_clean_pops_above_the_men_never_on_viktors_face(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    import game.render.training.mitt_drill as module

    sim = make(app.content, StageConfig("mitt_drill"))
    view = View(app, sim)
    drawn: list[tuple[str, pygame.Rect]] = []
    real = module.draw_text

    def spy(surface: pygame.Surface, fonts: object, text: str, *args: object, **kwargs: object) -> pygame.Rect:
        rect = real(surface, fonts, text, *args, **kwargs)  # type: ignore[arg-type]
        drawn.append((text, rect))
        return rect

    monkeypatch.setattr(module, "draw_text", spy)
    surface = pygame.Surface((640, 360))
    checked = 0
    while not sim.finished and checked < 120:
        view.react(sim.step(autoplay(sim)))
        drawn.clear()
        view.draw(surface)
        pops = [rect for text, rect in drawn if text == "CLEAN!"]
        if pops:
            alone = pygame.Surface((640, 360), pygame.SRCALPHA)
            view._draw_viktor(alone, sim.viktor)
            view._draw_vito(alone, sim.vito)
            men = alone.get_bounding_rect()
            assert all(rect.bottom <= men.top for rect in pops), (sim.clock.tick, pops, men)
            checked += 1
    assert checked >= 40  # a whole pop's life, at least, was looked at
