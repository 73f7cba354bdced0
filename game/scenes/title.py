"""The title screen and the main menu."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.input.hub import Menu
from game.render.text import GOLD, WHITE, draw_text
from game.scenes.base import Scene
from game.scenes.menu import Item, MenuScene, hint_bar

if TYPE_CHECKING:
    from game.app import App


def arena_backdrop(app: App) -> object:
    """A dimmed arena behind menus (falls back to a plain dark fill if the arena art is unavailable)."""
    try:
        from game.render.arena import Arena
    except ImportError:
        return None
    rules = app.content.rules
    return Arena(rules.left_rope_sub // 256, rules.right_rope_sub // 256, 300)


class TitleScene(Scene):
    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.frame = 0
        self.arena = arena_backdrop(app)
        if app.audio is not None:
            app.audio.music("theme")

    def handle(self, event: pygame.event.Event) -> None:
        command = self.app.inputs.menu(event)
        if event.type == pygame.KEYDOWN and command == Menu.BACK:
            self.app.quit()
        elif event.type == pygame.KEYDOWN or command in (Menu.CONFIRM, Menu.PAUSE):
            self.app.push(MainMenu(self.app, self))

    def update(self) -> None:
        self.frame += 1

    def draw_backdrop(self, surface: pygame.Surface, dim: int = 120) -> None:
        arena = self.arena
        if arena is not None:
            arena.draw_back(surface, self.frame, 0.3)  # type: ignore[attr-defined]
            arena.draw_front(surface, self.frame)  # type: ignore[attr-defined]
        else:
            surface.fill((24, 18, 28))
        shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        shade.fill((8, 6, 12, dim))
        surface.blit(shade, (0, 0))

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_backdrop(surface, 110)
        fonts = self.app.fonts
        bob = int(2 * math.sin(self.frame / 30))
        draw_text(surface, fonts, "ONE MORE ROUND", (320, 92 + bob), 64, GOLD, "center", bold=True)
        draw_text(surface, fonts, "Still standing. One more round.", (320, 150), 20, WHITE, "center")
        inputs = self.app.inputs
        on_pad = inputs.menu_device.startswith("pad:")
        if (self.frame // 30) % 2 == 0:
            press = f"Press {inputs.menu_label(Menu.CONFIRM)}" if on_pad else "Press Enter"
            draw_text(surface, fonts, press, (320, 250), 22, WHITE, "center")
        for i, notice in enumerate(self.app.notices[-2:]):
            draw_text(surface, fonts, notice, (320, 300 + 16 * i), 14, GOLD, "center")
        if on_pad:
            hint_bar(surface, fonts, f"{inputs.menu_label(Menu.CONFIRM)}: play    Esc on the keyboard: quit")
        else:
            hint_bar(surface, fonts, "Enter: play    Esc: quit    F11: fullscreen")


class MainMenu(MenuScene):
    title = "ONE MORE ROUND"

    def __init__(self, app: App, title: TitleScene) -> None:
        super().__init__(app)
        self.title_scene = title
        self.backdrop = lambda s: title.draw_backdrop(s, 185)
        self.items = [
            Item("Story", self.not_yet("Story"), note="Vito Moretti's last fight. (Coming: the campaign is not "
                                                      "built yet.)"),
            Item("Versus", self.versus, note="You against the CPU, or two players on one machine."),
            Item("Training", self.training, note="The montage: road run, the steps, the bags, the mitts, the yard."),
            Item("Controls", self.controls, note="Keys and buttons for each player and device; change any of them."),
            Item("Settings", self.settings, note="Window, sound and accessibility."),
            Item("Quit", app.quit, note="Settings are saved."),
        ]

    def not_yet(self, name: str):  # type: ignore[no-untyped-def]
        def pick() -> None:
            self.say(f"{name} is not built yet - Versus is ready to play.")
        return pick

    def versus(self) -> None:
        from game.scenes.versus_setup import VersusSetup

        self.app.inputs.solo()
        self.app.push(VersusSetup(self.app, self.backdrop))

    def training(self) -> None:
        from game.scenes.training_menu import TrainingMenu

        self.app.inputs.solo()
        self.app.push(TrainingMenu(self.app, self.backdrop))

    def controls(self) -> None:
        from game.scenes.controls import ControlsScene

        self.app.push(ControlsScene(self.app, self.backdrop))

    def settings(self) -> None:
        from game.scenes.settings import SettingsScene

        self.app.push(SettingsScene(self.app, self.backdrop))

    def update(self) -> None:
        super().update()
        self.title_scene.update()
