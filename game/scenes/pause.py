"""The pause menu over a fight: resume, restart, controls, quit to the menu. Esc (or Start) resumes.

It shows each player's own buttons, and will not resume while a player's gamepad is unplugged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.render.text import GOLD, GREY, WHITE, draw_text, panel, shade
from game.scenes.menu import Item, MenuScene
from game.sim.inputs import Action

if TYPE_CHECKING:
    from game.app import App
    from game.scenes.fight import FightScene


def button_lines(app: App, player: int) -> tuple[str, str]:
    """Two lines naming a player's buttons on the device they are using."""
    label = app.inputs.label
    first = (f"Move {label(player, Action.LEFT)}/{label(player, Action.RIGHT)}   Down {label(player, Action.DOWN)}"
             f"   Block {label(player, Action.BLOCK)}   Slip {label(player, Action.SLIP)}")
    second = (f"Jab {label(player, Action.JAB)}   Straight {label(player, Action.STRAIGHT)}   "
              f"Hook {label(player, Action.HOOK)}   Uppercut {label(player, Action.UPPERCUT)}   "
              f"Haymaker {label(player, Action.POWER)}")
    return first, second


def draw_buttons(surface: pygame.Surface, app: App, players: int, bottom: int) -> None:
    """Each player's buttons on a panel whose bottom edge is at `bottom` (the pause menu, the first bell)."""
    fonts = app.fonts
    box = pygame.Rect(20, 0, 600, 14 + 34 * players)
    box.bottom = bottom
    panel(surface, box, 215)
    y = box.top + 6
    for player in range(players):
        first, second = button_lines(app, player)
        if players > 1:
            draw_text(surface, fonts, f"PLAYER {player + 1} - {app.inputs.device_name(player)}", (32, y), 13, GOLD,
                      bold=True)
            y += 12
        draw_text(surface, fonts, first, (320, y), 14 if players > 1 else 15, WHITE, "center")
        draw_text(surface, fonts, second, (320, y + 14), 14 if players > 1 else 15, WHITE if players == 1 else GREY,
                  "center")
        y += 34 if players == 1 else 30


class PauseScene(MenuScene):
    title = "PAUSED"
    opaque = False
    pause_closes = True

    def __init__(self, app: App, fight: FightScene) -> None:
        super().__init__(app)
        self.fight = fight
        self.items = [
            Item("Resume", self.resume),
            Item(fight.restart_label, self.restart),
            Item("Controls", self.controls),
            Item("Quit to the menu", self.quit_to_menu, note=fight.quit_note if fight.players < 2 else ""),
        ]

    def back(self) -> None:
        self.resume()

    def resume(self) -> None:
        resume_unless_a_pad_is_missing(self, self.fight.players)

    def draw(self, surface: pygame.Surface) -> None:
        shade_under(surface)
        super().draw(surface)
        draw_buttons(surface, self.app, max(1, self.fight.players), 320)

    def restart(self) -> None:
        self.app.pop()
        self.fight.restart()

    def controls(self) -> None:
        from game.scenes.controls import ControlsScene

        self.app.push(ControlsScene(self.app, opaque=False))

    def quit_to_menu(self) -> None:
        from game.scenes.title import MainMenu

        while self.app.scenes and not isinstance(self.app.top, MainMenu):
            self.app.scenes.pop()
        if not self.app.scenes:
            from game.scenes.title import TitleScene

            self.app.push(TitleScene(self.app))
        self.app.trace("scene MainMenu")


def resume_unless_a_pad_is_missing(menu: MenuScene, players: int) -> None:
    """Close a pause menu, unless a player's gamepad is still unplugged: then say whose, and stay."""
    waiting = sorted(p for p in menu.app.inputs.missing if p < players)
    if waiting:
        menu.say(f"Waiting for player {waiting[0] + 1}'s gamepad: plug it (or another) in.")
        return
    menu.app.pop()


def shade_under(surface: pygame.Surface) -> None:
    """Dim whatever the pause menu sits over."""
    shade(surface, 140)
