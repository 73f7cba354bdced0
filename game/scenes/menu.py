"""A vertical menu of items: Up/Down to choose, Left/Right to change a value, Enter to pick, Esc to go back; the
same from any gamepad (d-pad or stick, A, B)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

import pygame

from game.input.hub import Menu
from game.render.text import GOLD, GREY, WHITE, Fonts, draw_text, panel, wrap
from game.scenes.base import Scene, fill_backdrop

if TYPE_CHECKING:
    from game.app import App

T = TypeVar("T")



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
    pause_closes = False  # Start (a pad's pause button) closes this menu: the pause menus
    width = 300

    def __init__(self, app: App, items: list[Item] | None = None) -> None:
        super().__init__(app)
        self.items: list[Item] = items or []
        self.index = 0
        self.message = ""
        self.message_frames = 0
        self.backdrop: Callable[[pygame.Surface], None] | None = None

    def handle(self, event: pygame.event.Event) -> None:
        command = self.app.inputs.menu(event)
        if command is not None and self.items:
            self.command(command)

    def command(self, command: Menu) -> None:
        item = self.items[self.index]
        if command == Menu.UP:
            self.index = (self.index - 1) % len(self.items)
            self.blip("move")
        elif command == Menu.DOWN:
            self.index = (self.index + 1) % len(self.items)
            self.blip("move")
        elif command == Menu.LEFT and item.change:
            item.change(-1)
            self.blip("move")
        elif command == Menu.RIGHT and item.change:
            item.change(1)
            self.blip("move")
        elif command == Menu.CONFIRM:
            if item.pick:
                self.blip("confirm")
                item.pick()
            elif item.change:
                item.change(1)
        elif command == Menu.BACK or (command == Menu.PAUSE and self.pause_closes):
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
        width = self.width
        count = len(self.items)
        row = 22 if count <= 9 else 18 if count <= 12 else 16  # long menus close up: the title and notes fit
        size = {22: 18, 18: 17, 16: 16}[row]
        height = 24 + row * count - (4 if row < 22 else 0)
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
                pygame.draw.rect(surface, (70, 50, 24), (box.left + 8, y - 3, width - 16, row - 2))
                draw_text(surface, fonts, ">", (box.left + 14, y), size, GOLD)
            draw_text(surface, fonts, item.label, (box.left + 30, y), size, color)
            if item.value:  # the arrows only where Left/Right change it
                draw_text(surface, fonts, f"< {item.value()} >" if selected and item.change else item.value(),
                          (box.right - 16, y), size, color, "right")
            y += row
        note = self.message if self.message_frames > 0 else self.items[self.index].note if self.items else ""
        lines = wrap(fonts, note, 16, 540) if note else []
        if lines:
            top = max(min(box.bottom + 8, 332 - 8 - 16 * len(lines)), box.bottom + 2)
            strip = pygame.Rect(40, top, 560, 8 + 16 * len(lines))
            panel(surface, strip, 210)
            for j, line in enumerate(lines):
                draw_text(surface, fonts, line, (320, strip.top + 5 + 16 * j), 16, WHITE, "center")
        hint_bar(surface, fonts, self.app.inputs.menu_hint(any(item.change for item in self.items)))


def hint_bar(surface: pygame.Surface, fonts: Fonts, text: str) -> None:
    """The controls hint along the bottom edge, on a dark strip so it reads over any backdrop."""
    bar = pygame.Surface((640, 20), pygame.SRCALPHA)
    bar.fill((6, 5, 8, 242))  # dark enough that an apron's lettering under it cannot be read into the hint
    surface.blit(bar, (0, 340))
    draw_text(surface, fonts, text, (320, 343), 15, GREY, "center")


def cycle(options: Sequence[T], current: T, step: int) -> T:
    i = options.index(current) if current in options else 0
    return options[(i + step) % len(options)]
