"""The speed bag's view draws the gym wall, the board, the rattling bag and Vito at every moment of a run."""

from __future__ import annotations

import pygame
import pytest

from game.app import App
from game.render.training.speed_bag import RHYTHM_BOX, STREAK_BOX, View, bag_angle
from game.sim.inputs import Action
from game.sim.training import speed_bag as sb
from game.sim.training.stage import StageConfig


def test_the_view_draws_every_moment_of_a_run(app: App) -> None:
    sim = sb.make(app.content, StageConfig("speed_bag"))
    view = View(app, sim)
    surface = pygame.Surface((640, 360))
    view.react([])
    view.draw(surface)  # before the first tick (the countdown)
    while not sim.finished:
        view.react(sim.step(sb.autoplay(sim)))
        if sim.tick % 7 == 0:
            view.draw(surface)
    for _ in range(5):
        view.react([])
        view.draw(surface)
    colours = {tuple(surface.get_at((x, y)))[:3] for x in range(0, 640, 16) for y in range(0, 360, 16)}
    assert len(colours) > 50  # a drawn place, not a flat fill


def test_a_break_is_shown_and_the_bag_wobbles(app: App) -> None:
    sim = sb.make(app.content, StageConfig("speed_bag"))
    view = View(app, sim)
    surface = pygame.Surface((640, 360))
    for frame in (int(Action.JAB), 0, 0, int(Action.JAB)):  # the same hand, far too soon
        view.react(sim.step((frame, 0)))
    assert view.shout is not None and sim.wobble > 0
    angles = set()
    for _ in range(10):
        view.react(sim.step((0, 0)))
        view.draw(surface)
        angles.add(round(bag_angle(sim, view.since_break, sim.tick)))
    assert len(angles) > 3


def test_the_bag_comes_back_to_the_fists_on_the_beat(app: App) -> None:
    sim = sb.make(app.content, StageConfig("speed_bag"))
    sim.step((int(Action.JAB), 0))
    beat = sim.p.beat_frames
    at_fist = bag_angle(sim, 999, sim.tick)
    assert at_fist < -40 and bag_angle(sim, 999, sim.tick + beat) == pytest.approx(at_fist)
    assert bag_angle(sim, 999, sim.tick + sim.p.rebound_frames) > 40  # off the board at the back


def test_the_panels_never_cover_vito_not_even_his_feet(app: App) -> None:
    """Vito drawn alone, at every tick of a run (the fists roll and strike): the rhythm panel and the streak
    panel stay clear of everything he covers, his shoes and shadow included."""
    sim = sb.make(app.content, StageConfig("speed_bag"))
    view = View(app, sim)
    covered: pygame.Rect | None = None
    while not sim.finished:
        view.react(sim.step(sb.autoplay(sim)))
        alone = pygame.Surface((640, 360), pygame.SRCALPHA)
        view._draw_vito(alone)
        drawn = alone.get_bounding_rect()
        covered = drawn if covered is None else covered.union(drawn)
    assert covered is not None and covered.bottom >= 350  # down to the floor
    assert not covered.colliderect(RHYTHM_BOX) and not covered.colliderect(STREAK_BOX)
