"""The result: who won and how, then the three judges' cards revealed round by round with each leaning and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pygame

from game.input.hub import Menu
from game.render.text import BLUE, GOLD, GREY, RED, WHITE, Fonts, draw_text, panel, wrap
from game.result_words import result_words
from game.scenes.base import Scene
from game.scenes.menu import hint_bar
from game.sim.fight import Fight, FightConfig

if TYPE_CHECKING:
    from game.app import App
    from game.content.rules import JudgeSpec
    from game.save.progress import CardRecord
    from game.sim.judges import RoundCard

REVEAL_FRAMES = 36


def result_line(fight: Fight, labels: tuple[str, str] | None = None) -> str:
    """Who won and how; with two players, each fighter is named with the player behind him."""
    s = fight.s
    r = s.result
    if r is None:
        return ""
    names = [b.content.name for b in s.boxers]
    if labels is not None:
        names = [f"{label.title()} ({name})" for label, name in zip(labels, names, strict=True)]
    if r.winner is None and (r.method != "draw" or r.kind in ("", "double knockout", "double TKO")):
        return f"Draw ({r.kind})"  # a stoppage's draw: "Draw (double knockout)"
    return result_words(r.winner, r.method, r.kind, r.round, (names[0], names[1]))


def draw_cards(surface: pygame.Surface, fonts: Fonts, judges: Sequence[JudgeSpec],
               cards: Sequence[RoundCard | CardRecord], shown: int, heads: tuple[str, str], alpha: int = 200) -> None:
    """The judges side by side: each round's points up to round `shown`, the total, the last reason; `heads` over
    the red and blue columns, the panels at `alpha`. The versus result and the story's decision both show them."""
    for j, judge in enumerate(judges):
        x = 20 + j * 205
        box = pygame.Rect(x, 56, 195, 262)
        panel(surface, box, alpha)
        draw_text(surface, fonts, judge.name, (x + 97, 60), 16, WHITE, "center", bold=True)
        draw_text(surface, fonts, f"leans on {judge.leaning}", (x + 97, 76), 15, GREY, "center")
        draw_text(surface, fonts, heads[0], (x + 80, 92), 12, RED, "right", shadow=False)
        draw_text(surface, fonts, heads[1], (x + 110, 92), 12, BLUE, shadow=False)
        mine = sorted((c for c in cards if c.judge == j), key=lambda c: c.round)
        total = [0, 0]
        for c in mine[:shown]:
            y = 103 + 12 * (c.round - 1)
            total[0] += c.points[0]
            total[1] += c.points[1]
            draw_text(surface, fonts, f"R{c.round}", (x + 30, y), 13, GREY, "right", shadow=False)
            draw_text(surface, fonts, str(c.points[0]), (x + 80, y), 14, RED, "right", shadow=False)
            draw_text(surface, fonts, str(c.points[1]), (x + 110, y), 14, BLUE, "right", shadow=False)
        if shown and mine:
            draw_text(surface, fonts, f"{total[0]} - {total[1]}", (x + 97, 250), 20, WHITE, "center", bold=True)
            last = mine[min(shown, len(mine)) - 1]
            for i, line in enumerate(wrap(fonts, f"R{last.round}: {last.why}", 14, 185)[:4]):
                draw_text(surface, fonts, line, (x + 97, 268 + 12 * i), 14, GREY, "center", shadow=False)


class ResultScene(Scene):
    def __init__(self, app: App, fight: Fight, labels: tuple[str, str], again: tuple[FightConfig, str],
                 players: int = 1) -> None:
        super().__init__(app)
        self.players = players
        self.fight = fight
        self.labels = labels
        self.again = again
        self.frame = 0
        self.rounds = max((c.round for c in fight.s.cards), default=0)
        app.trace(f"result {fight.result.method if fight.result else ''}")

    @property
    def revealed(self) -> int:
        return min(self.rounds, self.frame // REVEAL_FRAMES)

    def handle(self, event: pygame.event.Event) -> None:
        command = self.app.inputs.menu(event)
        if command is None:
            return
        if self.revealed < self.rounds and command == Menu.CONFIRM:
            self.frame = self.rounds * REVEAL_FRAMES
        elif command in (Menu.CONFIRM, Menu.BACK, Menu.PAUSE):
            self.app.pop()
        elif command == Menu.ALT:
            from game.scenes.fight import FightScene

            config, level = self.again
            self.app.replace(FightScene(self.app, config, level, players=self.players))

    def update(self) -> None:
        self.frame += 1

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((18, 14, 22))
        fonts = self.app.fonts
        s = self.fight.s
        line = result_line(self.fight, self.labels if self.players == 2 else None)
        draw_text(surface, fonts, line, (320, 10), 26 if len(line) < 52 else 21, GOLD, "center", bold=True)
        draw_text(surface, fonts, f"{self.labels[0]}: {s.boxers[0].content.name} (red)     "
                  f"{self.labels[1]}: {s.boxers[1].content.name} (blue)", (320, 36), 14, GREY, "center")
        shown = self.revealed
        draw_cards(surface, fonts, self.app.content.judges, s.cards, shown, self.short)
        confirm = self.app.inputs.menu_label(Menu.CONFIRM)
        if shown < self.rounds:
            hint = f"{confirm}: show every card"
        else:
            hint = f"{confirm}: back to the menu    {self.app.inputs.menu_label(Menu.ALT)}: fight again"
        hint_bar(surface, fonts, hint)

    @property
    def short(self) -> tuple[str, str]:
        """Column heads for the cards: P1 and P2, or YOU and CPU."""
        return ("P1", "P2") if self.players == 2 else (self.labels[0][:4], self.labels[1][:4])
