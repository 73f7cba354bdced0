"""The arena and the referee: they draw, the crowd answers the excitement, and a frame is repeatable."""

from __future__ import annotations

import pygame
import pytest

from game.app import App
from game.content.arenas import ArenaSpec
from game.content.library import Content
from game.render.arena import Arena
from game.render.referee import MODES, draw_referee
from game.scenes.fight import FightView
from game.sim.fight import Fight, FightConfig


@pytest.fixture(scope="module")
def arena() -> Arena:
    pygame.init()
    return Arena(left_rope_px=70, right_rope_px=570, floor_y=300, seed=11)


def frame(arena: Arena, tick: int, excitement: float, front: bool = True) -> bytes:
    surface = pygame.Surface((640, 360))
    surface.fill((255, 0, 255))
    arena.draw_back(surface, tick, excitement)
    if front:
        arena.draw_front(surface, tick)
    return pygame.image.tobytes(surface, "RGB")


def differing(a: bytes, b: bytes) -> int:
    return sum(1 for i in range(0, len(a), 3) if a[i:i + 3] != b[i:i + 3])


def test_back_layer_covers_the_whole_screen(arena: Arena) -> None:
    surface = pygame.Surface((640, 360))
    surface.fill((255, 0, 255))
    arena.draw_back(surface, 0, 0.0)
    magenta = sum(1 for y in range(0, 360, 3) for x in range(0, 640, 3) if surface.get_at((x, y))[:3] == (255, 0, 255))
    assert magenta == 0


def test_front_layer_draws_ropes_but_leaves_the_fighters_readable(arena: Arena) -> None:
    surface = pygame.Surface((640, 360))
    surface.fill((0, 0, 0))
    arena.draw_front(surface, 0)
    lit = sum(1 for y in range(200, 300) for x in range(0, 640) if surface.get_at((x, y))[:3] != (0, 0, 0))
    # something is drawn over the fighters' legs, but nowhere near all of it: ropes are thin
    assert 0 < lit < 640 * 100 * 0.15


def test_same_seed_and_tick_give_the_same_picture(arena: Arena) -> None:
    again = Arena(seed=11)
    for tick, excitement in ((0, 0.0), (123, 0.5), (4567, 1.0)):
        assert frame(arena, tick, excitement) == frame(again, tick, excitement)
    # and drawing is stateless: an earlier frame drawn again is unchanged
    assert frame(arena, 5, 0.3) == frame(arena, 5, 0.3)


def test_another_seed_gives_another_crowd(arena: Arena) -> None:
    assert frame(arena, 0, 0.0) != frame(Arena(seed=12), 0, 0.0)


def test_excitement_changes_the_crowd(arena: Arena) -> None:
    calm = frame(arena, 40, 0.0)
    wild = frame(arena, 40, 1.0)
    assert differing(calm, wild) > 2000


def test_a_hot_crowd_moves_more(arena: Arena) -> None:
    def motion(excitement: float) -> int:
        return sum(differing(frame(arena, t, excitement, False), frame(arena, t + 6, excitement, False))
                   for t in range(0, 48, 12))

    assert motion(1.0) > motion(0.0) > 0


def test_more_camera_flashes_when_excited(arena: Arena) -> None:
    calm = sum(len(arena.flashes_at(t, 0.0)) for t in range(600))
    wild = sum(len(arena.flashes_at(t, 1.0)) for t in range(600))
    assert wild > 3 * calm > 0


def test_offset_shifts_the_arena(arena: Arena) -> None:
    a = pygame.Surface((640, 360))
    b = pygame.Surface((640, 360))
    arena.draw_back(a, 7, 0.5)
    arena.draw_back(b, 7, 0.5, offset=(3, -2))
    assert a.get_at((300, 200)) == b.get_at((303, 198))


def test_the_ropes_follow_the_rules(arena: Arena) -> None:
    ring = Arena(left_rope_px=90, right_rope_px=550, floor_y=290, seed=1).ring
    assert ring.x(-1, 0) == 90 and ring.x(1, 0) == 550 and ring.y(0) == 290
    assert ring.y(-1) < 290 < ring.y(1)


def apron(arena: Arena) -> bytes:
    """The apron skirt under the near ropes and the canvas's emblem."""
    surface = pygame.Surface((640, 360))
    arena.draw_back(surface, 0, 0.0)
    return pygame.image.tobytes(surface.subsurface((60, 260, 520, 100)), "RGB")


def test_the_arena_of_the_levels_names_the_house(content: Content) -> None:
    """levels/arenas/ drives what the arena shows: its name and city on the apron and the ribbon, its banner."""
    philly = content.arenas["philadelphia"]
    vegas = ArenaSpec("vegas", "Desert Dome", "Las Vegas", "LAST CALL", 100)
    shown = Arena(seed=2, spec=philly)
    assert philly.name.upper() in shown.apron_words and philly.city.upper() in shown.ribbon_words
    assert shown.banner == philly.banner.upper()
    other = Arena(seed=2, spec=vegas)
    assert "LAS VEGAS" in other.ribbon_words and other.banner == "LAST CALL"
    assert differing(apron(shown), apron(other)) > 500
    nameless = Arena(seed=2)
    assert not {philly.city.upper(), philly.name.upper()} & {*nameless.apron_words, *nameless.ribbon_words}
    assert differing(apron(shown), apron(nameless)) > 500


def test_a_thin_house_has_empty_seats(content: Content) -> None:
    full = Arena(seed=2, spec=content.arenas["philadelphia"])
    thin = Arena(seed=2, spec=ArenaSpec("thin", "Hall", "Reading", "ONE MORE ROUND", 40))
    frame(full, 0, 0.0)
    frame(thin, 0, 0.0)
    assert full.crowd_size > 1000 and 0.3 * full.crowd_size < thin.crowd_size < 0.5 * full.crowd_size


def test_a_fight_view_shows_the_house_it_is_given(app: App, content: Content) -> None:
    """The story gives the fight view its arena; versus (no arena given) fights in the home arena."""
    philly = content.arenas["philadelphia"]
    assert content.home_arena() is philly
    fight = Fight(content, FightConfig("vito", "cole", 1, seed=4))
    early = FightView(app, fight, arena=philly).arena
    late = FightView(app, fight).arena
    assert frame(early, 9, 0.4) == frame(late, 9, 0.4) == frame(Arena(seed=4, spec=philly), 9, 0.4)
    assert FightView(app, fight, arena=None).arena.spec is None  # a house with no name


@pytest.mark.parametrize("mode", MODES)
def test_referee_draws_every_mode(mode: str) -> None:
    surface = pygame.Surface((640, 360))
    surface.fill((40, 40, 60))
    before = pygame.image.tobytes(surface, "RGB")
    hand = draw_referee(surface, 320, 300, 30, mode, 4, winner_x=360)
    assert differing(before, pygame.image.tobytes(surface, "RGB")) > 600
    assert 250 < hand[0] < 400 and 150 < hand[1] < 300
    # white shirt somewhere around his chest
    assert any(surface.get_at((x, y))[0] > 200 for x in range(305, 335) for y in range(220, 250))


def test_referee_shows_the_count_and_raises_the_winner() -> None:
    def shot(**kw: object) -> bytes:
        surface = pygame.Surface((200, 200))
        surface.fill((0, 0, 0))
        draw_referee(surface, 100, 180, 0, **kw)  # type: ignore[arg-type]
        return pygame.image.tobytes(surface, "RGB")

    counts = {shot(mode="count", count=n, count_phase=0.5) for n in range(1, 11)}
    assert len(counts) == 10                     # every number looks different
    assert shot(mode="count", count=3, count_phase=0.0) != shot(mode="count", count=3, count_phase=0.5)
    left = draw_referee(pygame.Surface((200, 200)), 100, 180, 0, "raise_hand", winner_x=60)
    right = draw_referee(pygame.Surface((200, 200)), 100, 180, 0, "raise_hand", winner_x=140)
    assert left[0] < 100 < right[0] and left[1] < 100 and right[1] < 100
    with pytest.raises(ValueError):
        draw_referee(pygame.Surface((10, 10)), 5, 5, 0, "dance")


def test_versus_and_the_menus_are_in_the_house_the_story_fights_in(content: Content) -> None:
    assert content.campaign is not None
    named = next(b.arena for b in content.campaign.beats if b.kind == "fight")
    home = content.home_arena()
    assert home is not None and home is content.arenas[named]
    apron = " ".join(Arena(spec=home).apron_words).upper()
    assert home.city.upper() in apron
