"""Two players pick their fighters at once, each with their own device: Left/Right cycles, confirm locks the
pick in (confirm again or back unlocks it); when both are locked the fight starts. Esc leaves."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.input.hub import KB, KB_LEFT, KB_RIGHT, Menu
from game.render.text import BLUE, GOLD, GREY, RED, WHITE, draw_text, panel
from game.scenes.base import Scene, fill_backdrop
from game.scenes.menu import cycle, hint_bar
from game.sim.inputs import Action

if TYPE_CHECKING:
    from game.app import App

COLOURS = (RED, BLUE)


class FighterPick(Scene):
    players = 2  # an unplugged pad here is a lost player, as in the fight (the app shows whose)

    def __init__(self, app: App, fighters: list[str], on_done: Callable[[], None],
                 backdrop: Callable[[pygame.Surface], None] | None = None) -> None:
        super().__init__(app)
        self.fighters = fighters
        self.on_done = on_done
        self.backdrop = backdrop
        v = app.settings.versus
        self.picks = [v.p1 if v.p1 in fighters else fighters[0], v.p2 if v.p2 in fighters else fighters[-1]]
        self.locked = [False, False]

    def player_of(self, dev: str | None) -> int | None:
        """Which player a device belongs to (a lone keyboard half was given the whole keyboard)."""
        for player in range(2):
            slot = self.app.inputs.device(player)
            if slot == dev or (slot == KB and dev in (KB_LEFT, KB_RIGHT)):
                return player
        return None

    def handle(self, event: pygame.event.Event) -> None:
        inputs = self.app.inputs
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_ESCAPE, pygame.K_BACKSPACE):
            self.app.pop()
            return
        command = inputs.menu(event)
        player = self.player_of(inputs.source(event))
        if player is None:
            return
        dev = inputs.device(player) or ""
        actions = inputs.actions_of(dev, event, player)
        if command == Menu.LEFT or actions & Action.LEFT:
            self.change(player, -1)
        elif command == Menu.RIGHT or actions & Action.RIGHT:
            self.change(player, 1)
        elif command in (Menu.CONFIRM, Menu.PAUSE) or actions & Action.CONFIRM:
            self.lock(player, not self.locked[player])
        elif command == Menu.BACK:
            self.lock(player, False)

    def change(self, player: int, step: int) -> None:
        if self.locked[player]:
            return
        self.picks[player] = cycle(self.fighters, self.picks[player], step)
        self.blip("menu_move")
        self.app.trace(f"pick {player + 1} {self.picks[player]}")

    def lock(self, player: int, locked: bool) -> None:
        self.locked[player] = locked
        self.blip("menu_confirm" if locked else "menu_back")
        self.app.trace(f"pick {player + 1} {self.picks[player]} {'locked' if locked else 'open'}")
        if all(self.locked):
            v = self.app.settings.versus
            v.p1, v.p2 = self.picks
            self.on_done()

    def blip(self, name: str) -> None:
        if self.app.audio is not None:
            self.app.audio.play(name)

    def draw(self, surface: pygame.Surface) -> None:
        from game.render.fighter import draw_fighter_portrait

        fill_backdrop(surface, self.backdrop)
        fonts = self.app.fonts
        draw_text(surface, fonts, "PICK YOUR FIGHTER", (320, 24), 34, GOLD, "center", bold=True)
        for player in range(2):
            fid = self.picks[player]
            fighter = self.app.content.fighters[fid]
            box = pygame.Rect(40 + 300 * player, 70, 260, 236)
            panel(surface, box, 225)
            if self.locked[player]:
                pygame.draw.rect(surface, GOLD, box, 2)
            draw_text(surface, fonts, f"PLAYER {player + 1}", (box.centerx, box.top + 6), 18, COLOURS[player],
                      "center", bold=True)
            spot = pygame.Rect(0, 0, 150, 130)
            spot.midtop = (box.centerx, box.top + 28)
            face = pygame.Surface(spot.size, pygame.SRCALPHA)
            draw_fighter_portrait(face, self.app.content.looks[fid], face.get_rect())
            if player == 1:  # the blue corner faces the red one
                face = pygame.transform.flip(face, True, False)
            surface.blit(face, spot)
            draw_text(surface, fonts, f"<  {fighter.name}  >", (box.centerx, box.top + 164), 18, WHITE, "center")
            draw_text(surface, fonts, f"\"{fighter.nickname}\"", (box.centerx, box.top + 184), 14, GREY, "center")
            stats = f"power {fighter.power}  hands {fighter.hand_speed}  feet {fighter.foot_speed}  chin {fighter.chin}"
            draw_text(surface, fonts, stats, (box.centerx, box.top + 202), 13, GREY, "center")
            inputs = self.app.inputs
            keys = (f"{inputs.label(player, Action.LEFT)}/{inputs.label(player, Action.RIGHT)} choose   "
                    f"{inputs.label(player, Action.CONFIRM)} {'change' if self.locked[player] else 'ready'}")
            draw_text(surface, fonts, "READY!" if self.locked[player] else keys, (box.centerx, box.top + 218), 14,
                      GOLD if self.locked[player] else WHITE, "center")
        hint_bar(surface, fonts, "Each player picks on their own keys or pad    Esc: back")
