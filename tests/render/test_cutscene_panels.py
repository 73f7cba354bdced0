"""The cutscene panels: every picture of every drawn place (each variant of each scene) paints a full, many-coloured
picture at any tick and shows exactly the people its cast names, every panel of the campaign draws who it names, an
unknown place is refused by name, and the chapter card draws."""

from __future__ import annotations

import pygame
import pytest

from game.content.campaign import SCENES, Panel
from game.content.library import Content
from game.render.cutscene import draw_chapter_card, draw_panel

PICTURES = [(scene, variant) for scene, variants in SCENES.items() for variant in variants]


def picture(scene: str, variant: str, cast: tuple[str, ...] | None = None) -> Panel:
    """A panel of `scene`'s `variant` with `cast` (everyone the picture can show unless given)."""
    return Panel(scene, (), variant=variant, cast=SCENES[scene][variant] if cast is None else cast)


def colours(surface: pygame.Surface) -> int:
    return len({tuple(surface.get_at((x, y))) for x in range(0, 640, 8) for y in range(0, 360, 8)})


def differing(a: pygame.Surface, b: pygame.Surface) -> int:
    return sum(1 for x in range(0, 640, 2) for y in range(0, 360, 2) if a.get_at((x, y)) != b.get_at((x, y)))


@pytest.mark.parametrize(("scene", "variant"), PICTURES)
def test_every_picture_draws_full_at_every_tick(content: Content, scene: str, variant: str) -> None:
    surface = pygame.Surface((640, 360))
    for tick in (0, 1, 37, 600, 12345):
        surface.fill((255, 0, 255))
        draw_panel(surface, picture(scene, variant), tick, content)
        assert colours(surface) > 60, f"{scene} {variant!r} at tick {tick} looks blank"
        magenta = sum(1 for x in range(0, 640, 8) for y in range(0, 360, 8)
                      if tuple(surface.get_at((x, y)))[:3] == (255, 0, 255))
        assert magenta == 0, f"{scene} {variant!r} left part of the surface unpainted"


@pytest.mark.parametrize(("scene", "variant"), PICTURES)
def test_a_picture_shows_exactly_its_cast_and_each_of_them_can_be_seen(content: Content, scene: str,
                                                                      variant: str) -> None:
    """The content's table of who each picture can show is what the drawing does: with the whole cast every one of
    them is drawn; without one of them the picture changes (the report of who was drawn is not just a list)."""
    everyone = SCENES[scene][variant]
    full = pygame.Surface((640, 360))
    assert draw_panel(full, picture(scene, variant), 12, content) == set(everyone)
    for who in everyone:
        less = pygame.Surface((640, 360))
        drawn = draw_panel(less, picture(scene, variant, tuple(w for w in everyone if w != who)), 12, content)
        assert drawn == set(everyone) - {who}
        assert differing(full, less) > 40, f"{who} cannot be seen in the {scene} {variant!r} picture"


def test_every_person_a_campaign_panel_names_is_drawn(content: Content) -> None:
    """Every panel of the story (and the decision's and each ending's picture) draws exactly the cast it names."""
    campaign = content.campaign
    assert campaign is not None
    surface = pygame.Surface((640, 360))
    panels = [p for b in campaign.beats for p in b.panels]
    panels += [b.staged(b.lines) for b in campaign.beats if b.kind == "decision"]
    panels += [b.staged(lines) for b in campaign.beats for _, lines in b.endings]
    assert all(p.cast for p in panels)
    for p in panels:
        assert draw_panel(surface, p, 30, content) == set(p.cast), f"{p.scene} {p.variant!r} {p.lines[0]}"


def test_the_panels_move_over_time(content: Content) -> None:
    a, b = pygame.Surface((640, 360)), pygame.Surface((640, 360))
    for scene, variant in PICTURES:
        draw_panel(a, picture(scene, variant), 10, content)
        draw_panel(b, picture(scene, variant), 55, content)
        assert pygame.image.tobytes(a, "RGB") != pygame.image.tobytes(b, "RGB"), f"{scene} {variant!r} never moves"


def test_the_story_fights_house_is_the_arena_in_the_panels(content: Content) -> None:
    """The arena's panels show the arena the campaign's fight names (levels/arenas/), its name on the apron."""
    from game.render.cutscene import arena

    draw_panel(pygame.Surface((640, 360)), picture("arena", ""), 0, content)
    campaign = content.campaign
    assert campaign is not None
    fight = next(b for b in campaign.beats if b.kind == "fight")
    spec = content.arenas[fight.arena]
    assert spec in arena._arenas and spec.name.upper() in arena._arenas[spec].apron_words


def test_an_unknown_scene_is_refused_by_name(content: Content) -> None:
    with pytest.raises(ValueError, match="boxing_moon"):
        draw_panel(pygame.Surface((640, 360)), Panel("boxing_moon", ()), 0, content)


def test_the_chapter_card_draws_its_number_and_title() -> None:
    surface = pygame.Surface((640, 360))
    draw_chapter_card(surface, 3, "Roadwork", 0)
    blank = pygame.image.tobytes(surface, "RGB")
    draw_chapter_card(surface, 3, "Roadwork", 120)
    assert pygame.image.tobytes(surface, "RGB") != blank  # the words fade in
    lit = sum(1 for x in range(200, 440, 2) for y in range(150, 200, 2) if max(surface.get_at((x, y))[:3]) > 180)
    assert lit > 40
    draw_chapter_card(surface, 16, "Aftermath and a very long chapter title that must still fit the card", 90)
