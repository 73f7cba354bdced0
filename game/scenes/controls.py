"""The controls screen: choose a player and a device to see and change its bindings; rumble and the stick's dead
zone; and a few words on what the fight asks of each button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.input.bindings import PROFILES, TITLES
from game.render.text import shade
from game.save.settings import DEAD_ZONE_LIMITS
from game.scenes.menu import Item, MenuScene

if TYPE_CHECKING:
    from game.app import App

TIPS = (
    "Down + hook: body hook. Down + straight: body straight. A head punch meets a high guard; a body punch meets "
    "a low guard (down + block).",
    "Hit him during his wind-up for a counter-hit (x1.5). Knocked down? Mash the punch buttons before ten (or hold "
    "one: see Settings).",
)
NOTES = {
    "keys_solo": "One player at the keyboard: move on A/D or the arrows, punches on J K L I U. " + TIPS[0],
    "keys_p1": "Player 1 when two share the keyboard: W A S D, Space, and G H J T Y B. " + TIPS[1],
    "keys_p2": "Player 2 when two share the keyboard: the arrows, and ' ; L P [ . / with Enter. " + TIPS[1],
    "pad_p1": "Player 1's gamepad (any Xbox, PlayStation or Switch pad; others through a default mapping). "
              "The left stick always moves.",
    "pad_p2": "Player 2's gamepad. The left stick always moves; Start pauses.",
}


class ControlsScene(MenuScene):
    title = "CONTROLS"
    subtitle = "Choose a player and a device to see or change its buttons"
    width = 380

    def __init__(self, app: App, backdrop: Callable[[pygame.Surface], None] | None = None,
                 opaque: bool = True) -> None:
        super().__init__(app)
        self.backdrop = backdrop
        self.opaque = opaque
        c = app.settings.controls
        self.items = [Item(TITLES[p], self.opener(p), note=NOTES[p]) for p in PROFILES]
        self.items += [
            Item("Rumble", value=lambda: "on" if c.rumble else "off", change=lambda d: self.toggle_rumble(),
                 note="Gamepads shake on heavy hits and knockdowns."),
            Item("Stick dead zone", value=lambda: f"{round(c.dead_zone * 100)} %", change=self.dead_zone,
                 note="How far the stick must move before it counts: raise it if a worn stick drifts."),
            Item("Back", self.back),
        ]

    def opener(self, profile: str) -> Callable[[], None]:
        def pick() -> None:
            from game.scenes.rebind import RebindScene

            self.app.push(RebindScene(self.app, profile, self.backdrop, self.opaque))
        return pick

    def toggle_rumble(self) -> None:
        c = self.app.settings.controls
        c.rumble = not c.rumble
        if c.rumble:
            self.app.inputs.rumble(0, 0.6, 200)

    def dead_zone(self, step: int) -> None:
        c = self.app.settings.controls
        lo, hi = DEAD_ZONE_LIMITS
        c.dead_zone = min(hi, max(lo, round(c.dead_zone + 0.05 * step, 2)))

    def draw(self, surface: pygame.Surface) -> None:
        if not self.opaque:
            shade(surface, 150)
        super().draw(surface)

    def back(self) -> None:
        self.app.save()
        self.app.pop()
