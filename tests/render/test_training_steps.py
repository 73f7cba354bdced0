"""The museum steps on screen: the view draws the climb, a stumble, the raised fists with the camera pulled back,
and the two-player split screen, without error and never a blank picture."""

from __future__ import annotations

import pygame
import pytest

from game.app import App
from game.render.training.steps import PULL_FRAMES, View
from game.sim.inputs import Action
from game.sim.training.stage import StageConfig
from game.sim.training.steps import StepsSim, autoplay, make


def colours(surface: pygame.Surface) -> int:
    return len({tuple(surface.get_at((x, y))) for x in range(0, 640, 16) for y in range(0, 360, 12)})


def advance(sim: StepsSim, view: View, ticks: int, extra: int = 0) -> None:
    for _ in range(ticks):
        frame = autoplay(sim)
        view.react(sim.step((frame[0] | extra, frame[1])))


@pytest.mark.parametrize("players", [1, 2])
def test_the_view_draws_every_moment_of_a_climb(app: App, players: int) -> None:
    sim = make(app.content, StageConfig("steps", players=players))
    view = View(app, sim)
    surface = pygame.Surface((640, 360))
    moments = [0, 1, 5, 120, 400, 729, 745]
    done = 0
    for moment in moments:
        advance(sim, view, moment - done)
        done = moment
        surface.fill((0, 0, 0))
        view.draw(surface)
        assert colours(surface) > 40, f"a nearly blank picture at tick {moment}"
    while not sim.finished:
        advance(sim, view, 1)
    for _ in range(90):  # the fists up and the camera pulling back over the city
        view.react([])
        if _ % 30 == 0:
            view.draw(surface)
            assert colours(surface) > 40


def test_the_camera_pulls_back_over_the_city_once_the_fists_are_up(app: App) -> None:
    sim = make(app.content, StageConfig("steps"))
    view = View(app, sim)
    climbing: list[float] = []
    while sim.climbers[0].stride < sim.params.strides:
        advance(sim, view, 1)
        climbing.append(view._camera(0)[2])
    assert set(climbing) == {1.0}  # the climbing view
    while not sim.finished:  # the fists rise: a little closer in, never further out
        advance(sim, view, 1)
        assert 0.9 <= view._camera(0)[2] <= 1.0
    pulling = []
    for _ in range(PULL_FRAMES + 30):
        view.react([])
        pulling.append(view._camera(0)[2])
    assert pulling == sorted(pulling, reverse=True)  # out, steadily
    assert pulling[-1] == pulling[PULL_FRAMES] < 0.6  # well back from the climbing view, and it stays there


def test_the_view_draws_a_stumble(app: App) -> None:
    sim = make(app.content, StageConfig("steps"))
    view = View(app, sim)
    advance(sim, view, 20)
    view.react(sim.step((int(Action.LEFT | Action.RIGHT), 0)))
    assert sim.climbers[0].stumble > 0
    surface = pygame.Surface((640, 360))
    for _ in range(4):
        view.react(sim.step((0, 0)))
        view.draw(surface)
    assert colours(surface) > 40
