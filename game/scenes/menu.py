"""A vertical menu of items: Up/Down to choose, Left/Right to change a value, Enter to pick, Esc to go back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

import pygame

from game.render.text import GOLD, GREY, WHITE, Fonts, draw_text, panel, wrap
from game.scenes.base import Scene, fill_backdrop

if TYPE_CHECKING:
    from game.app import App

T = TypeVar("T")

UP_KEYS = (pygame.K_UP, pygame.K_w)
DOWN_KEYS = (pygame.K_DOWN, pygame.K_s)
LEFT_KEYS = (pygame.K_LEFT, pygame.K_a)
RIGHT_KEYS = (pygame.K_RIGHT, pygame.K_d)
CONFIRM_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_j, pygame.K_SPACE)
BACK_KEYS = (pygame.K_ESCAPE, pygame.K_BACKSPACE)


@dataclass
class Item:
    label: str
    pick: Callable[[], None] | None = None
    value: Callable[[], str] | None = None  # shown at the right; Left/Right call `change`
    change: Callable[[int], None] | None = None
    note: str = ""  # shown under the menu while the item is selected


class MenuScene(Scene):
    title = ""
    subtitle = ""
    opaque = True

    def __init__(self, app: App, items: list[Item] | None = None) -> None:
        super().__init__(app)
        self.items: list[Item] = items or []
        self.index = 0
        self.message = ""
        self.message_frames = 0
        self.backdrop: Callable[[pygame.Surface], None] | None = None

    def handle(self, event: pygame.event.Event) -> None:
        if event.type != pygame.KEYDOWN or not self.items:
            return
        item = self.items[self.index]
        if event.key in UP_KEYS:
            self.index = (self.index - 1) % len(self.items)
            self.blip("move")
        elif event.key in DOWN_KEYS:
            self.index = (self.index + 1) % len(self.items)
            self.blip("move")
        elif event.key in LEFT_KEYS and item.change:
            item.change(-1)
            self.blip("move")
        elif event.key in RIGHT_KEYS and item.change:
            item.change(1)
            self.blip("move")
        elif event.key in CONFIRM_KEYS:
            if item.pick:
                self.blip("confirm")
                item.pick()
            elif item.change:
                item.change(1)
        elif event.key in BACK_KEYS:
            self.back()

    def back(self) -> None:
        self.app.pop()

    def blip(self, kind: str) -> None:
        if self.app.audio is not None:
            self.app.audio.play("menu_" + kind)

    def say(self, text: str, frames: int = 180) -> None:
        self.message = text
        self.message_frames = frames

    def update(self) -> None:
        if self.message_frames > 0:
            self.message_frames -= 1

    def draw(self, surface: pygame.Surface) -> None:
        if self.opaque:
            fill_backdrop(surface, self.backdrop)
        fonts = self.app.fonts
        width = 300
        height = 24 + 22 * len(self.items)
        box = pygame.Rect(0, 0, width, height)
        box.center = (320, 180)
        panel(surface, box)
        if self.title:
            draw_text(surface, fonts, self.title, (320, box.top - 44), 34, GOLD, "center", bold=True)
        if self.subtitle:
            draw_text(surface, fonts, self.subtitle, (320, box.top - 16), 16, GREY, "center")
        y = box.top + 18
        for i, item in enumerate(self.items):
            selected = i == self.index
            color = GOLD if selected else WHITE
            if selected:
                pygame.draw.rect(surface, (70, 50, 24), (box.left + 8, y - 3, width - 16, 20))
                draw_text(surface, fonts, ">", (box.left + 14, y), 18, GOLD)
            draw_text(surface, fonts, item.label, (box.left + 30, y), 18, color)
            if item.value:
                draw_text(surface, fonts, f"< {item.value()} >" if selected else item.value(),
                          (box.right - 16, y), 18, color, "right")
            y += 22
        note = self.message if self.message_frames > 0 else self.items[self.index].note if self.items else ""
        lines = wrap(fonts, note, 16, 540) if note else []
        if lines:
            strip = pygame.Rect(40, box.bottom + 8, 560, 8 + 16 * len(lines))
            panel(surface, strip, 210)
            for j, line in enumerate(lines):
                draw_text(surface, fonts, line, (320, strip.top + 5 + 16 * j), 16, WHITE, "center")
        hint_bar(surface, fonts, "Up/Down choose   Left/Right change   Enter pick   Esc back")


def hint_bar(surface: pygame.Surface, fonts: Fonts, text: str) -> None:
    """The controls hint along the bottom edge, on a dark strip so it reads over any backdrop."""
    bar = pygame.Surface((640, 20), pygame.SRCALPHA)
    bar.fill((6, 5, 8, 215))
    surface.blit(bar, (0, 340))
    draw_text(surface, fonts, text, (320, 343), 15, GREY, "center")


def cycle(options: Sequence[T], current: T, step: int) -> T:
    i = options.index(current) if current in options else 0
    return options[(i + step) % len(options)]
