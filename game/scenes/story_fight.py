"""The story's final fight: twelve rounds against Cole with the round scripts of the story and what the training
earned. The player fights the rounds the campaign names (all of them with the setting); the engine plays the
rounds between from the real state with the CPU in Vito's corner, shown fast while the judges' cards fill in.
Knocked out, Vito gets up: the round starts over (with an offer to make Cole easier), never a game over.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.content.campaign import Beat
from game.content.rules import CPU_LEVELS
from game.render.text import GOLD, GREY, WHITE, draw_text, panel
from game.scenes.fight import RESULT_DELAY, FightScene
from game.scenes.menu import Item, MenuScene
from game.sim.cpu import CpuController
from game.sim.events import Event
from game.sim.fight import Fight, FightState
from game.sim.raises import training_from_stages
from game.sim.states import Phase
from game.sim.story_fight import STORY_HERO, story_fight_config

if TYPE_CHECKING:
    from game.app import App

FAST_TICKS = 16  # ticks a frame while the engine plays a round between the player's


@dataclass(frozen=True)
class FightOutcome:
    fight: Fight
    retries: int  # rounds started over after Vito was knocked out

    @property
    def ending(self) -> str:
        """Which of the campaign's endings fits: won_ko, won_decision, draw or lost_decision."""
        result = self.fight.result
        if result is None or result.winner is None:
            return "draw"
        if result.winner == 0:
            return "won_ko" if result.method in ("KO", "TKO") else "won_decision"
        return "lost_decision"


def ending_of(fight: Fight) -> str:
    return FightOutcome(fight, 0).ending


class StoryFightScene(FightScene):
    def __init__(self, app: App, beat: Beat, grades: dict[str, str | None],
                 on_done: Callable[[FightOutcome], None], cpu_level: str = "normal", seed: int = 1,
                 every_round: bool = False) -> None:
        content = app.content
        self.beat = beat
        self.grades = dict(grades)
        self.on_done = on_done
        config = story_fight_config(content, beat, training_from_stages(content, grades), seed,
                                    getup_hold=app.settings.accessibility.getup_hold,
                                    clock_speed=app.settings.versus.clock_speed)
        super().__init__(app, config, cpu_level)
        self.labels = ("VITO", "COLE")
        self.played = set(range(1, beat.rounds + 1)) if every_round else set(beat.played_rounds)
        self.corner = CpuController(content.fighter(STORY_HERO), content.cpu_levels["hard"], 0, seed)
        self.round_start: FightState = self.fight.snapshot()
        self.round_number = 1
        self.retries = 0
        self.done = False

    # --- which rounds are whose ------------------------------------------------------------------------------

    def human_round(self) -> bool:
        return self.fight.s.round in self.played

    def inputs(self) -> tuple[int, int]:
        p2 = self.cpu.decide(self.fight)
        if self.human_round():
            return self.app.inputs.frame(0), p2
        return self.corner.decide(self.fight), p2

    # --- ticks ----------------------------------------------------------------------------------------------

    def update(self) -> None:
        if self.fight.finished:
            self.view.react([])
            self.over_frames += 1
            if self.over_frames == RESULT_DELAY and not self.done:
                self.done = True
                self.app.pop()
                self.on_done(FightOutcome(self.fight, self.retries))
            return
        steps = 1 if self.human_round() or self.fight.s.phase in (Phase.INTRO, Phase.BREAK) else FAST_TICKS
        for _ in range(steps):
            p1, p2 = self.inputs()
            self.display.record((p1, p2)[:1])
            events = self.fight.step((p1, p2))
            self.view.react(events if steps == 1 else [e for e in events if e.kind in _LOUD])
            if self.fight.s.round == self.beat.rounds:  # the last round: the whole house on its feet
                self.view.excitement = max(self.view.excitement, 0.9)
            if self._after(events) or self.fight.finished:
                break

    def _after(self, events: list[Event]) -> bool:
        """Round bookkeeping; True when the scene changed course (a knockout of Vito, a new round)."""
        for e in events:
            if e.kind == "round_start":
                self.round_start = self.fight.snapshot()
                self.round_number = e.value
                script = self.beat.script(e.value)
                if script is not None and script.first == e.value:
                    goal = " - SURVIVE IT" if script.goal == "survive" and self.human_round() else ""
                    self.view.show(script.title.upper() + goal, 150)
                    self.view.corner_line = f"Tony: \"{script.line}\""
                return True
            if e.kind in ("ko", "tko") and e.side == 0:
                self.knocked_out()
                return True
        return False

    def knocked_out(self) -> None:
        """Vito gets up in the story: this round starts over, his to fight, with an offer to make Cole easier."""
        self.retries += 1
        self.fight.restore(self.round_start)
        self.played.add(self.round_number)
        self.over_frames = 0
        self.app.push(StoryRetry(self.app, self))

    def lower_difficulty(self) -> None:
        level = self.cpu_level
        easier = CPU_LEVELS[max(0, CPU_LEVELS.index(level) - 1)] if level in CPU_LEVELS else "easy"
        self.cpu_level = easier
        self.cpu = CpuController(self.app.content.fighter(self.config.p2), self.app.content.cpu_levels[easier], 1,
                                 self.config.seed + self.retries)

    def restart(self) -> None:
        """The pause menu's restart: the round, not the fight (the story never starts over from round one)."""
        self.fight.restore(self.round_start)

    # --- drawing --------------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        s = self.fight.s
        if not self.human_round() and s.phase == Phase.FIGHTING:
            fonts = self.app.fonts
            draw_text(surface, fonts, f"ROUND {s.round}", (320, 100), 40, GOLD, "center", bold=True)
            draw_text(surface, fonts, "The rounds blur...", (320, 140), 18, WHITE, "center")
            self._cards(surface)

    def _cards(self, surface: pygame.Surface) -> None:
        """The three judges' cards so far, round by round, filling in as the engine plays."""
        s = self.fight.s
        fonts = self.app.fonts
        rounds = sorted({c.round for c in s.cards})
        names = [j.name.split()[-1] for j in self.app.content.judges]
        box = pygame.Rect(60, 168, 520, 16 + 16 * len(names))
        panel(surface, box, 200)
        for row, name in enumerate(names):
            y = box.top + 8 + 16 * row
            draw_text(surface, fonts, name, (box.left + 8, y), 14, GREY)
            total = [0, 0]
            for col, rnd in enumerate(rounds[-12:]):
                card = next((c for c in s.cards if c.round == rnd and c.judge == row), None)
                if card is None:
                    continue
                total[0] += card.points[0]
                total[1] += card.points[1]
                draw_text(surface, fonts, f"{card.points[0]}-{card.points[1]}", (box.left + 80 + 32 * col, y), 12,
                          WHITE)
            draw_text(surface, fonts, f"{total[0]}-{total[1]}", (box.right - 8, y), 14, GOLD, "right")


_LOUD = frozenset({"knockdown", "ko", "tko", "bell", "round_start", "decision", "break"})


class StoryRetry(MenuScene):
    title = "VITO GETS UP"
    subtitle = "Not like this. Not tonight."
    opaque = False

    def __init__(self, app: App, scene: StoryFightScene) -> None:
        super().__init__(app)
        self.scene = scene
        self.items = [
            Item(f"Round {scene.round_number}, again", self.again,
                 note="The round starts over from its first bell, as it stood then."),
            Item("Again, and make Cole a little easier", self.easier,
                 note=f"Cole is on {scene.cpu_level}; this takes him one level down for the rest of the fight."),
        ]

    def back(self) -> None:
        self.again()

    def again(self) -> None:
        self.app.pop()

    def easier(self) -> None:
        self.scene.lower_difficulty()
        self.app.pop()
