"""The story's final fight: twelve rounds against Cole with the round scripts of the story and what the training
earned. The player fights the rounds the campaign names (all of them with the setting); the engine plays the
rounds between from the real state with the CPU in Vito's corner, shown fast while the judges' cards fill in.
Each range of the round scripts opens at the player's first round in it: Tony gives the script's line in the break
before (over the round's intro when no break came before) and the range's title rings with the bell.
Knocked out, Vito gets up: the round starts over from its intro (with an offer to make Cole easier while there is
an easier level), never a game over.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.content.campaign import Beat, RoundScript
from game.render.text import GOLD, GREY, WHITE, draw_text, panel, wrap
from game.scenes.fight import RESULT_DELAY, FightScene
from game.scenes.menu import Item, MenuScene
from game.scenes.pause import shade_under
from game.sim.cpu import CpuController
from game.sim.events import Event
from game.sim.fight import Fight, FightState
from game.sim.raises import training_from_stages
from game.sim.states import Phase
from game.sim.story_fight import HERO_CPU_LEVEL, OPPONENT_CPU_LEVEL, STORY_HERO, easier_level, story_fight_config

if TYPE_CHECKING:
    from game.app import App

FAST_TICKS = 16  # ticks a frame while the engine plays a round between the player's
TITLE_FRAMES = 150  # a range's title over the bell of the player's first round in it
KO_HOLD = 120  # frames of Vito's knockout on screen before he gets up (the retry menu)


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
    restart_label = "Restart this round"
    quit_note = "The story keeps its place, but the fight starts again from round one."

    def __init__(self, app: App, beat: Beat, grades: dict[str, str | None],
                 on_done: Callable[[FightOutcome], None], cpu_level: str = OPPONENT_CPU_LEVEL, seed: int = 1,
                 every_round: bool = False) -> None:
        content = app.content
        self.beat = beat
        self.grades = dict(grades)
        self.on_done = on_done
        config = story_fight_config(content, beat, training_from_stages(content, grades), seed,
                                    getup_hold=app.settings.accessibility.getup_hold,
                                    clock_speed=app.settings.versus.clock_speed)
        super().__init__(app, config, cpu_level, arena=content.arenas.get(beat.arena))  # the house the campaign names
        self.labels = ("VITO", "COLE")
        self.played = set(range(1, beat.rounds + 1)) if every_round else set(beat.played_rounds)
        self.retries = 0
        self.corner = self._cpu(0)
        self.round_intro: FightState = self.fight.snapshot()  # where a retry starts the round over
        self.said_in_break = 0  # the round whose script line Tony gave in the break before it
        self.spoken = ""  # Tony's script line over a round's intro and title, when no break gave it...
        self.spoken_lines: list[str] = []  # ...wrapped to the box over the fighters' heads...
        self.spoken_frames = 0  # ...for this many more frames
        self._intro_words()
        self.stopped = False  # Vito knocked out: the retry menu comes once the knockout has been seen
        self.done = False

    def _cpu(self, side: int) -> CpuController:
        """A fresh CPU for a corner: Vito's (the rounds the engine plays) or Cole's at the scene's level."""
        content = self.app.content
        fighter, level = (STORY_HERO, HERO_CPU_LEVEL) if side == 0 else (self.config.p2, self.cpu_level)
        return CpuController(content.fighter(fighter), content.cpu_levels[level], side,
                             self.config.seed + self.retries)

    # --- which rounds are whose ------------------------------------------------------------------------------

    def human_round(self) -> bool:
        return self.fight.s.round in self.played

    def inputs(self) -> tuple[int, int]:
        p2 = self.cpu.decide(self.fight)
        if self.human_round() or self.fight.s.phase == Phase.BREAK:  # every break is the player's to skip
            return self.app.inputs.frame(0), p2
        return self.corner.decide(self.fight), p2

    # --- ticks ----------------------------------------------------------------------------------------------

    def update(self) -> None:
        self.spoken_frames = max(0, self.spoken_frames - 1)
        if self.fight.finished:
            self.view.react([])
            self.over_frames += 1
            if self.stopped:
                if self.over_frames == KO_HOLD:
                    self.view.clear_banner()  # the menu's title says it now
                    self.app.push(StoryRetry(self.app, self))
            elif self.over_frames == RESULT_DELAY and not self.done:
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
        s = self.fight.s
        if s.phase == Phase.INTRO and s.phase_frame == 0:
            self.round_intro = self.fight.snapshot()  # a round's intro has just begun
            self._intro_words()
        for e in events:
            if e.kind == "break":
                self._corner_speaks(e.value + 1)
            elif e.kind == "round_start":
                self._open_round(e.value)
                return True
            elif e.kind in ("ko", "tko") and e.side == 0:
                self.stopped = True
                self.retries += 1
                return True
        return False

    def opens_range(self, number: int) -> RoundScript | None:
        """The script whose range the player enters at round `number`: the first round of the range the player
        fights (round 4 of the middle rounds unless he fights them all); None for any other round."""
        script = self.beat.script(number)
        if script is None or number not in self.played:
            return None
        return script if number == min(r for r in self.played if script.first <= r <= script.last) else None

    def _corner_speaks(self, next_round: int) -> None:
        """The break before the player's first round of a range: Tony gives the script's line."""
        script = self.opens_range(next_round)
        if script is not None:
            self.view.corner_says(script.line)
            self.said_in_break = next_round

    def _intro_words(self) -> None:
        """A round that opens a range with no break before it to give Tony's line (the first round, a round
        started over): the line shows over its intro and its title."""
        script = self.opens_range(self.fight.s.round)
        if script is not None and self.said_in_break != self.fight.s.round:
            self.spoken = self.view.corner_words(script.line)
            self.spoken_lines = wrap(self.app.fonts, self.spoken, 16, 540)[:2]
            self.spoken_frames = self.fight.s.rules.intro_frames + TITLE_FRAMES

    def _open_round(self, number: int) -> None:
        """The bell: the range's title over the player's first round of each range (its goal with it)."""
        script = self.opens_range(number)
        if script is not None:
            goal = " - SURVIVE IT" if script.goal == "survive" else ""
            self.view.show(script.title.upper() + goal, TITLE_FRAMES)

    def get_up(self, easier: bool = False) -> None:
        """Vito gets up in the story: the round he was stopped in starts over, his to fight; `easier` takes Cole
        one level down first (when there is a level below)."""
        if easier:
            self.cpu_level = easier_level(self.cpu_level) or self.cpu_level
        self.played.add(self.round_intro.round)
        self.restart()

    def restart(self) -> None:
        """The round starts over from its intro, as it stood then (the story never starts over from round one),
        with fresh CPUs in both corners: Cole's script opens the round again. The pause menu's restart too."""
        self.fight.restore(self.round_intro)
        self.stopped = False
        self.over_frames = 0
        self.said_in_break = 0
        self.view.clear_banner()
        self.cpu = self._cpu(1)
        self.corner = self._cpu(0)
        self._intro_words()

    # --- drawing --------------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        s = self.fight.s
        fonts = self.app.fonts
        if self.spoken_frames > 0 and s.phase in (Phase.INTRO, Phase.FIGHTING):
            lines = self.spoken_lines
            box = pygame.Rect(40, 154, 560, 10 + 16 * len(lines))  # under the title, over the fighters' heads
            panel(surface, box, 215)
            for i, text in enumerate(lines):
                draw_text(surface, fonts, text, (320, box.top + 5 + 16 * i), 16, WHITE, "center")
        if not self.human_round() and s.phase == Phase.FIGHTING:
            if self.view.banner_frames == 0:  # a knockdown's banner says it over the montage's words
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
    title = "GET UP, VITO"
    subtitle = "Not like this. Not tonight."
    opaque = False

    def __init__(self, app: App, scene: StoryFightScene) -> None:
        super().__init__(app)
        self.scene = scene
        name = app.content.fighter(scene.config.p2).name.split()[-1]
        easier = easier_level(scene.cpu_level)
        again = "The round starts over from its first bell, as it stood then."
        self.items = [Item(f"Round {scene.fight.s.round}, again", self.again,
                           note=again if easier else f"{again} {name} is already at his easiest.")]
        if easier is not None:
            self.items.append(Item(f"Again, and make {name} a little easier", self.easier,
                                   note=f"{name} is on {scene.cpu_level}; this puts him on {easier} for the rest "
                                        "of the fight."))

    def back(self) -> None:
        self.again()

    def again(self) -> None:
        self.app.pop()
        self.scene.get_up()

    def easier(self) -> None:
        self.app.pop()
        self.scene.get_up(easier=True)

    def draw(self, surface: pygame.Surface) -> None:
        shade_under(surface)  # the knockout stays behind, dimmed, under the menu
        super().draw(surface)
