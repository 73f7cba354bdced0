"""The sledgehammer view draws the yard, the tire, Vito and his hammer through a run without error, not blank."""

from __future__ import annotations

import pygame
import pytest

from game.app import App
from game.render.training.sledgehammer import CAM_X, View
from game.render.training.yard import WALL_END, sign_rect
from game.sim.inputs import Action
from game.sim.training.sledgehammer import Phase, autoplay, make
from game.sim.training.stage import StageConfig


def colours(surface: pygame.Surface) -> int:
    small = pygame.transform.scale(surface, (160, 90))
    return len({small.get_at((x, y))[:3] for x in range(160) for y in range(90)})


@pytest.mark.parametrize("assist", [False, True])
def test_the_view_draws_every_phase_of_a_run(app: App, assist: bool) -> None:
    sim = make(app.content, StageConfig("sledgehammer", assist=assist))
    view = View(app, sim)
    surface = pygame.Surface((640, 360))
    seen: set[Phase] = set()
    while not sim.finished:
        view.react(sim.step(autoplay(sim)))
        if sim.phase not in seen or sim.clock.tick % 41 == 0:
            seen.add(sim.phase)
            view.draw(surface)
            assert colours(surface) > 60
    assert seen == set(Phase)


def test_a_weak_swing_and_a_late_one_draw_too(app: App) -> None:
    sim = make(app.content, StageConfig("sledgehammer"))
    view = View(app, sim)
    surface = pygame.Surface((640, 360))
    for frame in [int(Action.STRAIGHT)] * 8 + [0] * 30 + [int(Action.STRAIGHT)] * 50 + [0] * 30:
        view.react(sim.step((frame, 0)))
        view.draw(surface)
    assert sim.swings == 2 and sim.streak == 0
    assert colours(surface) > 60


def test_the_gym_sign_reads_whole_in_every_frame(app: App) -> None:
    """The sledgehammer's camera does not move (but for the shake of a full blow): the painted sign sits whole on
    the wall in its view, not cut at the screen's edge."""
    sim = make(app.content, StageConfig("sledgehammer"))
    view = View(app, sim)
    sign = sign_rect()
    assert sign.right < WALL_END - 10  # on the bricks, short of the drainpipe at the wall's end
    while not sim.finished:
        view.react(sim.step(autoplay(sim)))
        ox, _ = view.yard.offset()
        on_screen = sign.move(-round(CAM_X - ox), 0)
        assert on_screen.left >= 0 and on_screen.right <= 640, (sim.clock.tick, on_screen)
