"""Versus against the CPU: pick the fighters, the CPU's difficulty, the rounds and their length."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.content.rules import CPU_LEVELS
from game.scenes.menu import Item, MenuScene, cycle

if TYPE_CHECKING:
    from game.app import App

LENGTHS = {3: "1:00 real (arcade)", 2: "1:30 real", 1: "3:00 real (full)"}


class VersusSetup(MenuScene):
    title = "VERSUS"
    subtitle = "You (red corner) against the CPU (blue corner)"

    def __init__(self, app: App, backdrop: Callable[[pygame.Surface], None] | None = None) -> None:
        super().__init__(app)
        self.backdrop = backdrop
        v = app.settings.versus
        fighters = sorted(app.content.fighters)
        names = app.content.fighters
        if v.p1 not in fighters:
            v.p1 = fighters[0]
        if v.p2 not in fighters:
            v.p2 = fighters[-1]
        if v.cpu not in CPU_LEVELS:
            v.cpu = "normal"

        def fighter(side: str) -> Callable[[int], None]:
            def change(step: int) -> None:
                setattr(v, side, cycle(fighters, getattr(v, side), step))
            return change

        self.items = [
            Item("You", value=lambda: names[v.p1].name, change=fighter("p1"), note=self.describe(v.p1)),
            Item("CPU", value=lambda: names[v.p2].name, change=fighter("p2")),
            Item("CPU level", value=lambda: v.cpu.title(),
                 change=lambda d: setattr(v, "cpu", cycle(CPU_LEVELS, v.cpu, d))),
            Item("Rounds", value=lambda: str(v.rounds),
                 change=lambda d: setattr(v, "rounds", (v.rounds - 1 + d) % 12 + 1)),
            Item("Round length", value=lambda: LENGTHS[v.clock_speed],
                 change=lambda d: setattr(v, "clock_speed", cycle(list(LENGTHS), v.clock_speed, d)),
                 note="3:00 on the round clock; the arcade clock runs three times faster."),
            Item("Fight!", self.start),
            Item("Back", self.back),
        ]

    def describe(self, fid: str) -> str:
        f = self.app.content.fighters[fid]
        return (f"{f.name}, \"{f.nickname}\" - power {f.power}, hands {f.hand_speed}, feet {f.foot_speed}, "
                f"chin {f.chin}, recovery {f.recovery}, stamina {f.stamina}")

    def update(self) -> None:
        super().update()
        v = self.app.settings.versus
        self.items[0].note = self.describe(v.p1)
        self.items[1].note = self.describe(v.p2)

    def draw(self, surface: pygame.Surface) -> None:
        from game.render.fighter import draw_fighter_portrait
        from game.render.text import BLUE, RED, draw_text, panel

        super().draw(surface)
        v = self.app.settings.versus
        looks = self.app.content.looks
        for fid, x, colour, label in ((v.p1, 22, RED, "YOU"), (v.p2, 490, BLUE, "CPU")):
            frame = pygame.Rect(x, 96, 128, 140)
            panel(surface, frame, 220)
            spot = frame.inflate(-8, -28).move(0, 10)
            face = pygame.Surface(spot.size, pygame.SRCALPHA)
            draw_fighter_portrait(face, looks[fid], face.get_rect())
            if label == "CPU":  # the blue corner faces the red one
                face = pygame.transform.flip(face, True, False)
            surface.blit(face, spot)
            draw_text(surface, self.app.fonts, label, (frame.centerx, frame.top + 3), 15, colour, "center",
                      bold=True)

    def start(self) -> None:
        from game.scenes.fight import FightScene
        from game.sim.fight import FightConfig

        v = self.app.settings.versus
        self.app.save()
        config = FightConfig(v.p1, v.p2, v.rounds, seed=self.app.tick_count,
                             getup_hold=(self.app.settings.accessibility.getup_hold, False),
                             clock_speed=v.clock_speed)
        self.app.push(FightScene(self.app, config, v.cpu))
