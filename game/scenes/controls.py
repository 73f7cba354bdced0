"""The controls screen: every action and its key, and what the fight's rules ask of each button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.input.keyboard import ACTION_LABELS, SOLO, key_name
from game.render.text import GOLD, GREY, WHITE, draw_text, panel
from game.scenes.base import Scene, fill_backdrop
from game.scenes.menu import BACK_KEYS, CONFIRM_KEYS

if TYPE_CHECKING:
    from game.app import App

TIPS = (
    "Down + hook: body hook.  Down + straight: body straight.",
    "A head punch meets a high guard; a body punch meets a low guard (down + block).",
    "Hit him during his wind-up for a counter-hit (x1.5). Watch for the tells of big punches.",
    "Knocked down? Mash the punch keys before the count of ten (or hold one: see Settings).",
)


def controls_lines() -> list[tuple[str, str]]:
    return [(label, " / ".join(key_name(k) for k in SOLO.keys[action])) for action, label in ACTION_LABELS.items()]


class ControlsScene(Scene):
    def __init__(self, app: App, backdrop: Callable[[pygame.Surface], None] | None = None,
                 opaque: bool = True) -> None:
        super().__init__(app)
        self.backdrop = backdrop
        self.opaque = opaque

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and (event.key in BACK_KEYS or event.key in CONFIRM_KEYS):
            self.app.pop()

    def draw(self, surface: pygame.Surface) -> None:
        if self.opaque:
            fill_backdrop(surface, self.backdrop)
        fonts = self.app.fonts
        box = pygame.Rect(40, 24, 560, 312)
        panel(surface, box, 225)
        draw_text(surface, fonts, "CONTROLS - player one, keyboard", (320, 34), 24, GOLD, "center", bold=True)
        y = 62
        for label, keys in controls_lines():
            draw_text(surface, fonts, label, (80, y), 17, WHITE)
            draw_text(surface, fonts, keys, (560, y), 17, GOLD, "right")
            y += 17
        y += 6
        for tip in TIPS:
            draw_text(surface, fonts, tip, (320, y), 14, GREY, "center")
            y += 14
        draw_text(surface, fonts, "Esc: pause / back    F11 or Alt+Enter: fullscreen", (320, 318), 14, GREY,
                  "center")
