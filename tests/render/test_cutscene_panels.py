"""The cutscene panels: every drawn place of the campaign paints a full, many-coloured picture at any tick, an
unknown place is refused by name, and the chapter card draws."""

from __future__ import annotations

import pygame
import pytest

from game.content.campaign import SCENES
from game.content.library import Content
from game.render.cutscene import draw_chapter_card, draw_panel


def colours(surface: pygame.Surface) -> int:
    return len({tuple(surface.get_at((x, y))) for x in range(0, 640, 8) for y in range(0, 360, 8)})


@pytest.mark.parametrize("scene", SCENES)
def test_every_scene_draws_a_full_picture_at_every_tick(content: Content, scene: str) -> None:
    surface = pygame.Surface((640, 360))
    for tick in (0, 1, 37, 600, 12345):
        surface.fill((255, 0, 255))
        draw_panel(surface, scene, tick, content)
        assert colours(surface) > 60, f"{scene} at tick {tick} looks blank"
        magenta = sum(1 for x in range(0, 640, 8) for y in range(0, 360, 8)
                      if tuple(surface.get_at((x, y)))[:3] == (255, 0, 255))
        assert magenta == 0, f"{scene} left part of the surface unpainted"


def test_the_panels_move_over_time(content: Content) -> None:
    a, b = pygame.Surface((640, 360)), pygame.Surface((640, 360))
    for scene in SCENES:
        draw_panel(a, scene, 10, content)
        draw_panel(b, scene, 55, content)
        assert pygame.image.tobytes(a, "RGB") != pygame.image.tobytes(b, "RGB"), f"{scene} never moves"


def test_an_unknown_scene_is_refused_by_name(content: Content) -> None:
    with pytest.raises(ValueError, match="boxing_moon"):
        draw_panel(pygame.Surface((640, 360)), "boxing_moon", 0, content)


def test_the_chapter_card_draws_its_number_and_title() -> None:
    surface = pygame.Surface((640, 360))
    draw_chapter_card(surface, 3, "Roadwork", 0)
    blank = pygame.image.tobytes(surface, "RGB")
    draw_chapter_card(surface, 3, "Roadwork", 120)
    assert pygame.image.tobytes(surface, "RGB") != blank  # the words fade in
    lit = sum(1 for x in range(200, 440, 2) for y in range(150, 200, 2) if max(surface.get_at((x, y))[:3]) > 180)
    assert lit > 40
    draw_chapter_card(surface, 16, "Aftermath and a very long chapter title that must still fit the card", 90)
