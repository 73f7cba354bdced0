"""The end of the story: the decision (the announcer's lines, then the three judges' cards of the final fight
revealed round by round with each judge's reason) and the aftermath (the lines that fit the result, the panels every
ending shares, then THE END).

Both read a FightRecord (game/save/progress.py), which the story keeps from the sim's Fight (`fight.s.cards`,
`fight.s.result`), so a story resumed on another day still has its cards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.content.campaign import Beat, Panel
from game.input.hub import Menu
from game.render.text import GOLD, GREY, WHITE, draw_text
from game.result_words import result_words
from game.save.progress import FightRecord
from game.scenes.base import Scene
from game.scenes.menu import hint_bar
from game.scenes.result import draw_cards

if TYPE_CHECKING:
    from game.app import App

REVEAL_TICKS = 30  # a round of every card each half second


def result_text(record: FightRecord | None, names: tuple[str, str]) -> str:
    """The headline: who won and how (the way the versus result says it)."""
    if record is None:
        return "The fight has not been fought in this story"
    return result_words(record.winner, record.method, record.kind, record.round, names)


class DecisionScene(Scene):
    """The announcer's lines over the arena, then the cards; any button after the last card goes on."""

    def __init__(self, app: App, beat: Beat, number: int, record: FightRecord | None, names: tuple[str, str],
                 on_done: Callable[[], None], on_menu: Callable[[], None] | None = None) -> None:
        super().__init__(app)
        self.beat = beat
        self.number = number
        self.record = record
        self.names = names
        self.on_done = on_done
        self.on_menu = on_menu
        self.reading = True  # the announcer first (a cutscene pushed at the first tick)
        self.pushed = False
        self.frame = 0
        self.rounds = max((c.round for c in record.cards), default=0) if record is not None else 0

    @property
    def stoppage(self) -> bool:
        return self.record is not None and self.record.method in ("KO", "TKO")

    @property
    def revealed(self) -> int:
        return min(self.rounds, self.frame // REVEAL_TICKS)

    def update(self) -> None:
        if self.reading:
            if not self.pushed:
                self.pushed = True
                self.read()
            return
        self.frame += 1

    def read(self) -> None:
        from game.scenes.cutscene import CutsceneScene

        # "We go to the scorecards" fits a fight that went the distance; a stoppage goes straight to its cards
        lines = () if self.stoppage or not self.beat.lines else (self.beat.staged(self.beat.lines),)
        self.app.push(CutsceneScene(self.app, self.beat, self.number, self.read_done, panels=lines,
                                    on_menu=self.on_menu))

    def read_done(self) -> None:
        self.reading = False
        self.app.trace(f"decision {self.record.ending if self.record else 'none'}")

    def handle(self, event: pygame.event.Event) -> None:
        if self.reading:
            return
        command = self.app.inputs.menu(event)
        if command not in (Menu.CONFIRM, Menu.BACK, Menu.PAUSE):
            return
        if self.revealed < self.rounds:
            self.frame = self.rounds * REVEAL_TICKS
        else:
            self.app.pop()
            self.on_done()

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((18, 14, 22))
        fonts = self.app.fonts
        line = result_text(self.record, self.names)
        shown = self.revealed
        if self.record is not None and self.record.cards:
            head = line if shown >= self.rounds else "THE CARDS"
            draw_text(surface, fonts, head, (320, 10), 26 if len(head) < 52 else 21, GOLD, "center", bold=True)
            draw_text(surface, fonts, f"{self.names[0]} (red)     {self.names[1]} (blue)", (320, 36), 14, GREY,
                      "center")
            short = (self.names[0].split()[0][:5].upper(), self.names[1].split()[-1][:5].upper())
            draw_cards(surface, fonts, self.app.content.judges, self.record.cards, shown, short, alpha=210)
        else:
            draw_text(surface, fonts, line, (320, 150), 24, GOLD, "center", bold=True)
        confirm = self.app.inputs.menu_label(Menu.CONFIRM)
        hint_bar(surface, fonts, f"{confirm}: show every card" if shown < self.rounds else f"{confirm}: go on")


class EpilogueScene(Scene):
    """The aftermath: the lines of this ending, the shared panels, then THE END; the story calls it finished."""

    END_READY_TICKS = 60  # THE END holds a moment before a button closes it

    def __init__(self, app: App, beat: Beat, number: int, ending: str, on_done: Callable[[], None],
                 on_menu: Callable[[], None] | None = None) -> None:
        super().__init__(app)
        self.beat = beat
        self.number = number
        self.ending = ending
        self.on_done = on_done
        self.on_menu = on_menu
        self.telling = True
        self.pushed = False
        self.frame = 0

    def panels(self) -> tuple[Panel, ...]:
        first = self.beat.ending(self.ending)
        return ((self.beat.staged(first),) if first else ()) + self.beat.panels

    def update(self) -> None:
        if self.telling:
            if not self.pushed:
                self.pushed = True
                from game.scenes.cutscene import CutsceneScene

                self.app.push(CutsceneScene(self.app, self.beat, self.number, self.told, panels=self.panels(),
                                            on_menu=self.on_menu))
            return
        self.frame += 1

    def told(self) -> None:
        self.telling = False
        self.app.trace("the end")

    def handle(self, event: pygame.event.Event) -> None:
        if self.telling or self.frame < self.END_READY_TICKS:
            return
        if self.app.inputs.menu(event) in (Menu.CONFIRM, Menu.BACK, Menu.PAUSE):
            self.app.pop()
            self.on_done()

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((8, 7, 9))
        if self.telling:
            return
        fonts = self.app.fonts
        fade = min(255, self.frame * 4)
        draw_text(surface, fonts, "THE END", (320, 120), 64, (fade * 240 // 255, fade * 196 // 255, fade * 72 // 255),
                  "center", bold=True)
        if self.frame > 40:
            draw_text(surface, fonts, "Still standing. One more round.", (320, 184), 20, WHITE, "center")
        if self.frame > 80:
            draw_text(surface, fonts, "Young Vito waits in Versus.", (320, 230), 16, GOLD, "center")
        if self.frame >= self.END_READY_TICKS:
            hint_bar(surface, fonts, f"{self.app.inputs.menu_label(Menu.CONFIRM)}: back to the story menu")
