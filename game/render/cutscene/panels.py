"""Which picture each cutscene scene id shows: the registry of scenes, and the painter that caches each scene's
static backdrop (painted once per content) and animates its few moving things per tick.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import pygame

from game.content.campaign import SCENES
from game.content.looks import Looks
from game.render.cutscene import apartment, arena, clinic, grave, gym, phone, streets, sunrise, tv_news, vegas, yard


class HasLooks(Protocol):
    @property
    def looks(self) -> Looks: ...


@dataclass(frozen=True)
class SceneArt:
    paint: Callable[[Looks], pygame.Surface]  # the static picture, 640x360, painted once
    animate: Callable[[pygame.Surface, int, Looks], None]  # the moving touches drawn over it on each tick


ART: dict[str, SceneArt] = {
    "apartment": SceneArt(apartment.paint_morning, apartment.animate_morning),
    "apartment_night": SceneArt(apartment.paint_night, apartment.animate_night),
    "tv_news": SceneArt(tv_news.paint, tv_news.animate),
    "phone": SceneArt(phone.paint, phone.animate),
    "clinic": SceneArt(clinic.paint, clinic.animate),
    "gym": SceneArt(gym.paint, gym.animate),
    "streets": SceneArt(streets.paint, streets.animate),
    "grave": SceneArt(grave.paint, grave.animate),
    "sunrise_steps": SceneArt(sunrise.paint, sunrise.animate),
    "yard": SceneArt(yard.paint, yard.animate),
    "vegas_camp": SceneArt(vegas.paint, vegas.animate),
    "arena": SceneArt(arena.paint, arena.animate),
}


def art_for(scene_id: str) -> SceneArt:
    art = ART.get(scene_id)
    if art is None:
        known = ", ".join(SCENES)
        raise ValueError(f"no cutscene panel for scene {scene_id!r} (known scenes: {known})")
    return art


class PanelPainter:
    """Draws the panels of one game's content; each scene's backdrop is painted on first use and kept."""

    def __init__(self, looks: Looks) -> None:
        self.looks = looks
        self._backdrops: dict[str, pygame.Surface] = {}

    def backdrop(self, scene_id: str) -> pygame.Surface:
        got = self._backdrops.get(scene_id)
        if got is None:
            got = art_for(scene_id).paint(self.looks)
            if pygame.display.get_surface() is not None:
                got = got.convert()
            self._backdrops[scene_id] = got
        return got

    def draw(self, surface: pygame.Surface, scene_id: str, tick: int) -> None:
        art = art_for(scene_id)
        surface.blit(self.backdrop(scene_id), (0, 0))
        art.animate(surface, tick, self.looks)


_painters: dict[int, tuple[Looks, PanelPainter]] = {}


def draw_panel(surface: pygame.Surface, scene_id: str, tick: int, app_content: HasLooks) -> None:
    """Fill `surface` (640x360) with the illustrated panel of `scene_id` (one of campaign.SCENES) at `tick`.

    Raises ValueError naming the scene when there is no such panel.
    """
    art_for(scene_id)
    looks = app_content.looks
    got = _painters.get(id(looks))
    if got is None or got[0] is not looks:
        got = (looks, PanelPainter(looks))
        _painters[id(looks)] = got
    got[1].draw(surface, scene_id, tick)
