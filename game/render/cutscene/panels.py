"""Which picture each cutscene scene id shows: the registry of scenes, and the painter that caches each picture's
static backdrop (a scene's variant with the panel's cast, painted once per content) and animates its few moving
things per tick.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.content.campaign import SCENES, Panel
from game.content.library import Content
from game.render.cutscene import apartment, arena, clinic, grave, gym, phone, streets, sunrise, tv_news, vegas, yard
from game.render.cutscene.stage import Stage


@dataclass(frozen=True)
class SceneArt:
    paint: Callable[[Stage], pygame.Surface]  # the static picture of a variant and cast, 640x360, painted once
    animate: Callable[[pygame.Surface, int, Stage], None]  # the moving touches drawn over it on each tick


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

Staging = tuple[str, str, tuple[str, ...]]  # (scene, variant, cast)


def art_for(scene_id: str) -> SceneArt:
    art = ART.get(scene_id)
    if art is None:
        known = ", ".join(SCENES)
        raise ValueError(f"no cutscene panel for scene {scene_id!r} (known scenes: {known})")
    return art


class PanelPainter:
    """Draws the panels of one game's content; each picture (a scene's variant with its cast) is painted on first
    use and kept."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self._stages: dict[Staging, tuple[Stage, pygame.Surface]] = {}

    def story_arena(self) -> str:
        campaign = self.content.campaign
        fight = next((b for b in campaign.beats if b.kind == "fight"), None) if campaign is not None else None
        return fight.arena if fight is not None else ""

    def stage(self, panel: Panel) -> tuple[Stage, pygame.Surface]:
        key = (panel.scene, panel.variant, panel.cast)
        got = self._stages.get(key)
        if got is None:
            art = art_for(panel.scene)
            stage = Stage(self.content.looks, panel.variant, frozenset(panel.cast),
                          self.content.arenas.get(self.story_arena()))
            backdrop = art.paint(stage)
            if pygame.display.get_surface() is not None:
                backdrop = backdrop.convert()
            got = self._stages[key] = (stage, backdrop)
        return got

    def draw(self, surface: pygame.Surface, panel: Panel, tick: int) -> frozenset[str]:
        stage, backdrop = self.stage(panel)
        surface.blit(backdrop, (0, 0))
        art_for(panel.scene).animate(surface, tick, stage)
        return frozenset(stage.drawn)


_painters: dict[int, tuple[Content, PanelPainter]] = {}


def draw_panel(surface: pygame.Surface, panel: Panel, tick: int, content: Content) -> frozenset[str]:
    """Fill `surface` (640x360) with the illustrated panel (its scene's variant, with its cast) at `tick`; returns
    who it drew.

    Raises ValueError naming the scene when there is no such panel.
    """
    art_for(panel.scene)
    got = _painters.get(id(content))
    if got is None or got[0] is not content:
        got = (content, PanelPainter(content))
        _painters[id(content)] = got
    return got[1].draw(surface, panel, tick)
