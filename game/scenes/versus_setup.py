"""Versus: one player against the CPU, or two players on one machine. Pick the fighters, the CPU's difficulty, the
rounds and their length; with two players the join screen comes next, where each takes a side with a device."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.content.rules import CPU_LEVELS
from game.scenes.menu import Item, MenuScene, cycle

if TYPE_CHECKING:
    from game.app import App
    from game.sim.fight import FightConfig

LENGTHS = {3: "1:00 real (arcade)", 2: "1:30 real", 1: "3:00 real (full)"}
MODES = {1: "1P vs CPU", 2: "2 players"}


def versus_config(app: App, seed: int) -> FightConfig:
    """The fight the versus settings describe (both humans may get up by holding, with two players)."""
    from game.sim.fight import FightConfig

    v = app.settings.versus
    hold = app.settings.accessibility.getup_hold
    return FightConfig(v.p1, v.p2, v.rounds, seed=seed, getup_hold=(hold, hold and v.players == 2),
                       clock_speed=v.clock_speed)


def available_fighters(app: App) -> list[str]:
    """The fighters Versus offers: everyone, but a locked one (young Vito) only once what unlocks him is done."""
    return sorted(fid for fid, f in app.content.fighters.items() if not f.unlock or f.unlock in app.unlocks)


class VersusSetup(MenuScene):
    title = "VERSUS"

    def __init__(self, app: App, backdrop: Callable[[pygame.Surface], None] | None = None) -> None:
        super().__init__(app)
        self.backdrop = backdrop
        v = app.settings.versus
        fighters = available_fighters(app)
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
            Item("Players", value=lambda: MODES[v.players], change=self.toggle_players,
                 note="Two players: keyboard halves (WASD side and arrows side) or gamepads, chosen on the next "
                      "screen."),
            Item("Player 1" if v.players == 2 else "You", value=lambda: names[v.p1].name, change=fighter("p1")),
            Item("Player 2" if v.players == 2 else "CPU", value=lambda: names[v.p2].name, change=fighter("p2")),
            Item("CPU level", value=lambda: v.cpu.title() if v.players == 1 else "-",
                 change=lambda d: setattr(v, "cpu", cycle(CPU_LEVELS, v.cpu, d)),
                 note="How quickly the CPU reacts, how well it defends and how often it gambles."),
            Item("Rounds", value=lambda: str(v.rounds),
                 change=lambda d: setattr(v, "rounds", (v.rounds - 1 + d) % 12 + 1)),
            Item("Round length", value=lambda: LENGTHS[v.clock_speed],
                 change=lambda d: setattr(v, "clock_speed", cycle(list(LENGTHS), v.clock_speed, d)),
                 note="3:00 on the round clock; the arcade clock runs three times faster."),
            Item("Fight!", self.start),
            Item("Back", self.back),
        ]

    @property
    def subtitle(self) -> str:  # type: ignore[override]
        if self.app.settings.versus.players == 2:
            return "Player 1 (red corner) against player 2 (blue corner)"
        return "You (red corner) against the CPU (blue corner)"

    def toggle_players(self, step: int) -> None:
        v = self.app.settings.versus
        v.players = 2 if v.players == 1 else 1
        two = v.players == 2
        self.items[1].label = "Player 1" if two else "You"
        self.items[2].label = "Player 2" if two else "CPU"

    def describe(self, fid: str) -> str:
        f = self.app.content.fighters[fid]
        return (f"{f.name}, \"{f.nickname}\" - power {f.power}, hands {f.hand_speed}, feet {f.foot_speed}, "
                f"chin {f.chin}, recovery {f.recovery}, stamina {f.stamina}")

    def update(self) -> None:
        super().update()
        v = self.app.settings.versus
        self.items[1].note = self.describe(v.p1)
        self.items[2].note = self.describe(v.p2)

    def draw(self, surface: pygame.Surface) -> None:
        from game.render.fighter import draw_fighter_portrait
        from game.render.text import BLUE, RED, draw_text, panel

        super().draw(surface)
        v = self.app.settings.versus
        looks = self.app.content.looks
        two = v.players == 2
        for fid, x, colour, label, flip in ((v.p1, 22, RED, "PLAYER 1" if two else "YOU", False),
                                            (v.p2, 490, BLUE, "PLAYER 2" if two else "CPU", True)):
            frame = pygame.Rect(x, 96, 128, 140)
            panel(surface, frame, 220)
            spot = frame.inflate(-8, -28).move(0, 10)
            face = pygame.Surface(spot.size, pygame.SRCALPHA)
            draw_fighter_portrait(face, looks[fid], face.get_rect())
            if flip:  # the blue corner faces the red one
                face = pygame.transform.flip(face, True, False)
            surface.blit(face, spot)
            draw_text(surface, self.app.fonts, label, (frame.centerx, frame.top + 3), 15, colour, "center",
                      bold=True)

    def start(self) -> None:
        v = self.app.settings.versus
        self.app.save()
        if v.players == 2:
            from game.scenes.join import JoinScene

            self.app.push(JoinScene(self.app, self.fight_two, self.backdrop))
            return
        from game.scenes.fight import FightScene

        self.app.inputs.solo()
        self.app.push(FightScene(self.app, versus_config(self.app, self.app.tick_count), v.cpu))

    def fight_two(self) -> None:
        """Both players have a side: the join screen gives way to each player picking a fighter."""
        from game.scenes.fighter_pick import FighterPick

        self.app.replace(FighterPick(self.app, available_fighters(self.app), self.picked_two, self.backdrop))

    def picked_two(self) -> None:
        """Both picks are locked in: the fight."""
        from game.scenes.fight import FightScene

        self.app.save()
        self.app.replace(FightScene(self.app, versus_config(self.app, self.app.tick_count),
                                    self.app.settings.versus.cpu, players=2))
