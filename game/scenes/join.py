"""The join screen: each player presses a button on their own device to take a side (player 1, red corner, on the
left; player 2, blue, on the right). A device holds one side at most: the keyboard counts as two devices, its
left half and its right half. Left/Right moves a joined player to the free side; when both sides are taken a
confirm from either starts. B leaves a pad's side; Esc leaves the screen (or, first, the keyboard's last side).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.input.hub import KB, KB_LEFT, KB_RIGHT, MENU_REPEAT, Menu
from game.render.text import BLUE, GOLD, GREY, RED, WHITE, draw_text, panel
from game.scenes.base import Scene, fill_backdrop
from game.scenes.menu import hint_bar
from game.sim.inputs import Action

if TYPE_CHECKING:
    from game.app import App

SIDES = ("PLAYER 1", "PLAYER 2")
CORNERS = ("red corner", "blue corner")


class JoinScene(Scene):
    def __init__(self, app: App, on_done: Callable[[], None],
                 backdrop: Callable[[pygame.Surface], None] | None = None, title: str = "WHO'S PLAYING?") -> None:
        super().__init__(app)
        self.on_done = on_done
        self.backdrop = backdrop
        self.title = title
        self.sides: list[str | None] = [None, None]
        self.frame = 0
        self.message = ""
        self.message_frames = 0

    # --- input ----------------------------------------------------------------------------------------------

    def handle(self, event: pygame.event.Event) -> None:
        inputs = self.app.inputs
        command = inputs.menu(event)
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_ESCAPE, pygame.K_BACKSPACE):
            self.keyboard_back()
            return
        dev = inputs.source(event)
        if dev is None or (command is None and event.type not in (pygame.KEYDOWN, pygame.CONTROLLERBUTTONDOWN,
                                                                   pygame.JOYBUTTONDOWN)):
            return
        on_pad = dev.startswith("pad:")
        if dev not in self.sides:
            if event.type == MENU_REPEAT:
                return  # a key or stick held down is not a second wish to play
            if on_pad and command == Menu.BACK:
                if not any(self.sides):
                    self.app.pop()
                return
            if on_pad and command in (Menu.UP, Menu.DOWN, Menu.LEFT, Menu.RIGHT):
                return  # a nudge of the stick is not a wish to play
            self.join(dev)
            return
        side = self.sides.index(dev)
        actions = inputs.actions_of(dev, event, side)
        if on_pad and command == Menu.BACK:
            self.leave(side)
        elif command == Menu.LEFT or (actions & Action.LEFT and not on_pad):
            self.move(side, 0)
        elif command == Menu.RIGHT or (actions & Action.RIGHT and not on_pad):
            self.move(side, 1)
        elif command in (Menu.CONFIRM, Menu.PAUSE) or actions & Action.CONFIRM:
            self.confirm()

    def keyboard_back(self) -> None:
        for side in (1, 0):
            dev = self.sides[side]
            if dev is not None and dev.startswith(KB):
                self.leave(side)
                return
        self.app.pop()

    def join(self, dev: str) -> None:
        free = [i for i, d in enumerate(self.sides) if d is None]
        if not free:
            self.say("Both sides are taken.")
            return
        side = free[0]
        if dev == KB_RIGHT and self.sides[1] is None:
            side = 1  # the arrows' half sits on the right: it takes the right-hand side when it can
        elif dev == KB_LEFT and self.sides[0] is None:
            side = 0
        self.sides[side] = dev
        self.blip("menu_confirm")
        self.app.trace(f"join {side + 1} {dev}")

    def leave(self, side: int) -> None:
        self.sides[side] = None
        self.blip("menu_move")

    def move(self, side: int, to: int) -> None:
        if to != side and self.sides[to] is None:
            self.sides[to], self.sides[side] = self.sides[side], None
            self.blip("menu_move")

    def confirm(self) -> None:
        if any(d is None for d in self.sides):
            self.say("Waiting for the other player to press a button.")
            return
        self.app.inputs.assign([d for d in self.sides if d is not None])
        self.app.trace("joined " + " ".join(self.app.inputs.device(p) or "-" for p in range(2)))
        self.on_done()

    def say(self, text: str) -> None:
        self.message = text
        self.message_frames = 150

    def blip(self, name: str) -> None:
        if self.app.audio is not None:
            self.app.audio.play(name)

    def update(self) -> None:
        self.frame += 1
        for side, dev in enumerate(self.sides):
            if dev is not None and dev.startswith("pad:") and int(dev[4:]) not in self.app.inputs.pads:
                self.sides[side] = None  # its pad was unplugged: the side is free again
                self.say(f"Player {side + 1}'s gamepad was unplugged: press a button to join again.")
        if self.message_frames > 0:
            self.message_frames -= 1

    # --- drawing --------------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        fill_backdrop(surface, self.backdrop)
        fonts = self.app.fonts
        draw_text(surface, fonts, self.title, (320, 22), 34, GOLD, "center", bold=True)
        draw_text(surface, fonts, "Each player: press a button on your own keyboard half or gamepad.", (320, 54),
                  16, WHITE, "center")
        for side in (0, 1):
            self.draw_side(surface, side)
        ready = all(self.sides)
        if self.message_frames > 0:
            line, colour = self.message, GOLD
        elif ready:
            line, colour = f"Ready! {self.confirm_names()}: fight", GOLD
        else:
            line, colour = "Left / Right: change sides", GREY
        if ready and (self.frame // 25) % 2 == 1 and self.message_frames == 0:
            colour = WHITE
        draw_text(surface, fonts, line, (320, 306), 18, colour, "center", bold=ready)
        hint_bar(surface, fonts, "Esc: back (keyboard)    B: leave your side (gamepad)")

    def confirm_names(self) -> str:
        names = []
        for side, dev in enumerate(self.sides):
            if dev is None:
                continue
            names.append(self._confirm_name(side, dev))
        return " or ".join(dict.fromkeys(names))

    def _confirm_name(self, side: int, dev: str) -> str:
        inputs = self.app.inputs
        if dev.startswith("pad:"):
            pad = inputs.pads.get(int(dev[4:]))
            from game.input.gamepad import button_label

            return button_label("a", pad.fam if pad else "xbox")
        return inputs.bindings.label(inputs.profile(side, dev), Action.CONFIRM)

    def draw_side(self, surface: pygame.Surface, side: int) -> None:
        fonts = self.app.fonts
        colour = (RED, BLUE)[side]
        box = pygame.Rect(40 + side * 300, 80, 260, 210)
        panel(surface, box, 225)
        pygame.draw.rect(surface, colour, (box.left, box.top, box.width, 4))
        draw_text(surface, fonts, SIDES[side], (box.centerx, box.top + 10), 26, colour, "center", bold=True)
        draw_text(surface, fonts, CORNERS[side], (box.centerx, box.top + 34), 15, GREY, "center")
        dev = self.sides[side]
        if dev is None:
            if (self.frame // 30) % 2 == 0:
                draw_text(surface, fonts, "Press a button to join", (box.centerx, box.top + 70), 18, WHITE,
                          "center")
            ways = self.ways_to_join(side)
            for i, way in enumerate(ways):
                draw_text(surface, fonts, way, (box.centerx, box.top + 104 + 17 * i), 15, GREY, "center")
            return
        inputs = self.app.inputs
        draw_text(surface, fonts, "READY", (box.centerx, box.top + 62), 30, GOLD, "center", bold=True)
        draw_text(surface, fonts, inputs.describe(dev), (box.centerx, box.top + 96), 17, WHITE, "center")
        others = [d for d in self.sides if d is not None]
        kb_alone = dev.startswith(KB) and len(others) == 2 and sum(1 for d in others if d.startswith(KB)) == 1
        profile = inputs.profile(side, KB if kb_alone else dev)
        pad = inputs.pads.get(int(dev[4:])) if dev.startswith("pad:") else None
        fam = pad.fam if pad is not None else "xbox"
        b = inputs.bindings
        rows = (("Move", f"{b.label(profile, Action.LEFT, fam)} {b.label(profile, Action.RIGHT, fam)}"),
                ("Block / slip", f"{b.label(profile, Action.BLOCK, fam)} / {b.label(profile, Action.SLIP, fam)}"),
                ("Jab / straight", f"{b.label(profile, Action.JAB, fam)} / {b.label(profile, Action.STRAIGHT, fam)}"),
                ("Hook / uppercut", f"{b.label(profile, Action.HOOK, fam)} / "
                                    f"{b.label(profile, Action.UPPERCUT, fam)}"))
        for i, (what, keys) in enumerate(rows):
            y = box.top + 124 + 17 * i
            draw_text(surface, fonts, what, (box.left + 20, y), 15, GREY)
            draw_text(surface, fonts, keys, (box.right - 20, y), 15, WHITE, "right")
        if kb_alone:
            draw_text(surface, fonts, "(the whole keyboard: the other player has a pad)",
                      (box.centerx, box.bottom - 18), 13, GREY, "center")

    def ways_to_join(self, side: int) -> list[str]:
        inputs = self.app.inputs
        ways = []
        half = "keys_p1" if side == 0 else "keys_p2"
        other_half = KB_RIGHT if side == 0 else KB_LEFT
        mine = KB_LEFT if side == 0 else KB_RIGHT
        b = inputs.bindings
        if mine not in self.sides:
            ways.append(f"Keyboard: {b.label(half, Action.JAB)} or {b.label(half, Action.CONFIRM)}")
        elif other_half not in self.sides:
            alt = "keys_p2" if side == 0 else "keys_p1"
            ways.append(f"Keyboard: {b.label(alt, Action.JAB)} or {b.label(alt, Action.CONFIRM)}")
        pads = [p for p in inputs.connected_pads() if p.id not in self.sides]
        if pads:
            from game.input.gamepad import button_label

            ways.append(f"Gamepad: {button_label('a', pads[0].fam)} ({len(pads)} connected)")
        else:
            ways.append("Gamepad: plug one in, then A")
        return ways
