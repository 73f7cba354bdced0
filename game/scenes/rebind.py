"""Rebinding one profile (a player on a device): pick an action, press the new key or button. A key the other
player's half uses is refused, one another action uses is swapped, and the screen says which; reset to defaults.
Saved to the settings file when the screen is left."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.input.bindings import KEY_PROFILES, PAD_PROFILES, TITLES, Control
from game.input.hub import Menu
from game.input.keyboard import ACTION_LABELS, BOUND_ACTIONS
from game.render.text import GOLD, GREY, RED, WHITE, draw_text, panel, shade
from game.scenes.base import Scene, fill_backdrop
from game.scenes.menu import hint_bar

if TYPE_CHECKING:
    from game.app import App

WAIT_TICKS = 6 * 60  # waiting for the new key gives up after six seconds
RESET, BACK = "Reset to defaults", "Back"


class RebindScene(Scene):
    def __init__(self, app: App, profile: str, backdrop: Callable[[pygame.Surface], None] | None = None,
                 opaque: bool = True) -> None:
        super().__init__(app)
        self.profile = profile
        self.backdrop = backdrop
        self.opaque = opaque
        self.rows: list[str] = [a.name or "" for a in BOUND_ACTIONS] + [RESET, BACK]
        self.index = 0
        self.waiting = 0  # ticks left to press the new key; 0: not waiting
        self.message = ""
        self.refused = False

    @property
    def keyboard(self) -> bool:
        return self.profile in KEY_PROFILES

    @property
    def fam(self) -> str:
        """The button names of this profile's player's own pad (else the first pad plugged in)."""
        inputs = self.app.inputs
        if self.profile in PAD_PROFILES:
            mine = inputs.pad_of(PAD_PROFILES.index(self.profile))
            if mine is not None:
                return mine.fam
        pads = inputs.connected_pads()
        return pads[0].fam if pads else "xbox"

    # --- input ----------------------------------------------------------------------------------------------

    def handle(self, event: pygame.event.Event) -> None:
        if self.waiting:
            self.handle_press(event)
            return
        command = self.app.inputs.menu(event)
        if command == Menu.UP:
            self.index = (self.index - 1) % len(self.rows)
        elif command == Menu.DOWN:
            self.index = (self.index + 1) % len(self.rows)
        elif command == Menu.CONFIRM:
            self.pick()
        elif command == Menu.BACK:
            self.back()

    def pick(self) -> None:
        row = self.rows[self.index]
        if row == BACK:
            self.back()
        elif row == RESET:
            self.app.inputs.bindings.reset(self.profile)
            self.app.inputs.save_bindings()
            self.say("Back to the defaults.", False)
        else:
            self.waiting = WAIT_TICKS
            self.message = ""

    def handle_press(self, event: pygame.event.Event) -> None:
        if event.type not in (pygame.KEYDOWN, pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERAXISMOTION,
                              pygame.JOYBUTTONDOWN):
            return
        control: Control | None = self.app.inputs.control_of(event)
        if control in (pygame.K_ESCAPE, "start"):
            self.cancel()
            return
        if control is None:
            return
        if self.keyboard != isinstance(control, int):
            self.say("Press a key on the keyboard." if self.keyboard else "Press a button on the gamepad.", True)
            return
        action = BOUND_ACTIONS[self.index]
        result = self.app.inputs.bindings.rebind(self.profile, action, control, self.fam)
        self.waiting = 0
        self.say(result.message, not result.ok)
        if result.ok:
            self.app.inputs.save_bindings()
        self.app.trace(f"rebind {self.profile} {action.name} {'ok' if result.ok else 'refused'}")

    def cancel(self) -> None:
        self.waiting = 0
        self.say("Unchanged.", False)

    def say(self, text: str, refused: bool) -> None:
        self.message = text
        self.refused = refused

    def back(self) -> None:
        self.app.inputs.save_bindings()
        self.app.save()
        self.app.pop()

    def update(self) -> None:
        if self.waiting:
            self.waiting -= 1
            if not self.waiting:
                self.say("Nothing pressed: unchanged.", False)

    # --- drawing --------------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        if self.opaque:
            fill_backdrop(surface, self.backdrop)
        else:
            shade(surface, 150)
        fonts = self.app.fonts
        box = pygame.Rect(60, 8, 520, 328)
        panel(surface, box, 230)
        draw_text(surface, fonts, TITLES[self.profile].upper(), (320, 14), 22, GOLD, "center", bold=True)
        bindings = self.app.inputs.bindings
        y = 40
        for i, row in enumerate(self.rows):
            selected = i == self.index
            if selected:
                pygame.draw.rect(surface, (70, 50, 24), (box.left + 10, y - 2, box.width - 20, 18))
            colour = GOLD if selected else WHITE
            if i < len(BOUND_ACTIONS):
                action = BOUND_ACTIONS[i]
                draw_text(surface, fonts, ACTION_LABELS[action], (box.left + 24, y), 16, colour)
                if selected and self.waiting:
                    blink = (self.waiting // 15) % 2 == 0
                    what = "Press a key..." if self.keyboard else "Press a button..."
                    draw_text(surface, fonts, f"{what} ({self.waiting // 60 + 1})", (box.right - 24, y), 16,
                              GOLD if blink else WHITE, "right", bold=True)
                else:
                    draw_text(surface, fonts, bindings.labels(self.profile, action, self.fam), (box.right - 24, y),
                              16, colour, "right")
            else:
                draw_text(surface, fonts, row, (box.left + 24, y), 16, colour)
            y += 18 if i != len(BOUND_ACTIONS) - 1 else 24
        if self.message:
            draw_text(surface, fonts, self.message, (320, 314), 15, RED if self.refused else GOLD, "center")
        elif not self.keyboard:
            draw_text(surface, fonts, "The left stick always moves as the d-pad does.", (320, 314), 14, GREY,
                      "center")
        inputs = self.app.inputs
        if self.waiting:
            cancel = "Esc" if self.keyboard else "Start (or Esc)"
            hint = f"Press the new {'key' if self.keyboard else 'button'}    {cancel}: cancel"
        else:
            hint = (f"Up/Down choose   {inputs.menu_label(Menu.CONFIRM)}: change   "
                    f"{inputs.menu_label(Menu.BACK)}: back (saved)")
        hint_bar(surface, fonts, hint)
