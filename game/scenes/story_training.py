"""The story's training cards: the goal before a stage, the grade after it (with what it raises for the fight, and
"Try again" or "Skip (bronze)" after a try without a grade), and before the fight, what the training earned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.content.campaign import Beat
from game.content.training import GRADES
from game.input.hub import Menu
from game.render.text import GOLD, GREY, WHITE, Fonts, draw_text, panel, wrap
from game.scenes.menu import Item, MenuScene, hint_bar
from game.scenes.training_result import MEDAL_COLOURS
from game.sim.training.stage import igt_text

if TYPE_CHECKING:
    from game.app import App
    from game.scenes.story import StoryScene

# How each stat a stage raises reads to a player: its name, and the raise ({n}: the rules' amount for the grade).
STAT_TEXT = {
    "max_stamina": ("Max stamina", "+{n} stamina at the first bell"),
    "recovery": ("Recovery", "+{n}% stamina refill"),
    "power": ("Power", "+{n}% damage from every punch"),
    "hand_speed": ("Hand speed", "combinations {n} frames quicker"),
    "counter_window": ("Counters", "+{n} frames to counter his tells"),
    "body_damage": ("Body shots", "+{n}% stamina taken by body punches"),
    "knockdown_power": ("Knockdown power", "drops a man below {n}% health"),
}


def stat_name(stat: str) -> str:
    return STAT_TEXT.get(stat, (stat.replace("_", " ").capitalize(), ""))[0]


def raise_text(app: App, stat: str, grade: str | None) -> str:
    """What a grade adds for the fight, in words: "+20 stamina at the first bell"; "" for no grade."""
    if not grade:
        return ""
    amount = app.content.rules.training.amount(stat, grade)
    return STAT_TEXT.get(stat, ("", "+{n}"))[1].format(n=amount)


def grade_colour(grade: str | None) -> tuple[int, int, int]:
    return MEDAL_COLOURS.get(grade or "", GREY)


def draw_items(surface: pygame.Surface, fonts: Fonts, items: list[Item], index: int, top: int,
               width: int = 300) -> None:
    """The card's choices, one under the other, centred, the chosen one marked."""
    left = 320 - width // 2
    for i, item in enumerate(items):
        y = top + 22 * i
        selected = i == index
        if selected:
            pygame.draw.rect(surface, (70, 50, 24), (left, y - 3, width, 20))
            draw_text(surface, fonts, ">", (left + 8, y), 18, GOLD)
        draw_text(surface, fonts, item.label, (320, y), 18, GOLD if selected else WHITE, "center")


class TrainingCard(MenuScene):
    """Before a stage: what the story asks of it, and what a grade raises."""

    def __init__(self, app: App, story: StoryScene, beat: Beat) -> None:
        super().__init__(app)
        self.story = story
        self.beat = beat
        self.spec = app.content.stage(beat.stage)
        progress = story.progress
        self.items = [Item("Start", self.start)]
        if progress.may_skip(beat.stage):
            self.items.append(Item("Skip (bronze)", self.skip))
        self.items.append(Item("Leave the story", story.leave))

    def start(self) -> None:
        self.app.pop()
        self.story.train(self.beat)

    def skip(self) -> None:
        self.app.pop()
        self.story.skip_stage(self.beat)

    def back(self) -> None:
        self.index = len(self.items) - 1  # Esc points at "Leave the story" rather than leaving at once

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((16, 14, 20))
        fonts = self.app.fonts
        box = pygame.Rect(90, 28, 460, 290)
        panel(surface, box, 230)
        draw_text(surface, fonts, "TRAINING", (320, 38), 16, GREY, "center")
        draw_text(surface, fonts, self.spec.name.upper(), (320, 56), 32, GOLD, "center", bold=True)
        y = 96
        for line in wrap(fonts, self.beat.goal, 20, 420):
            draw_text(surface, fonts, line, (320, y), 20, WHITE, "center")
            y += 21
        stat = self.spec.raises
        y += 12
        draw_text(surface, fonts, f"A grade here raises {stat_name(stat).lower()} for the fight:", (320, y), 16,
                  GREY, "center")
        y += 20
        for i, grade in enumerate(GRADES):
            x = 320 + (i - 1) * 148
            draw_text(surface, fonts, grade.capitalize(), (x, y), 16, grade_colour(grade), "center", bold=True)
            for j, part in enumerate(wrap(fonts, raise_text(self.app, stat, grade), 14, 146)[:2]):
                draw_text(surface, fonts, part, (x, y + 17 + 14 * j), 14, WHITE, "center")
        best = self.story.progress.grades.get(self.beat.stage, "")
        if self.story.progress.tried(self.beat.stage):
            text = f"Best this story: {best.capitalize()}" if best else "Tried once without a grade"
            draw_text(surface, fonts, text, (320, y + 52), 15, grade_colour(best), "center")
        draw_items(surface, fonts, self.items, self.index, 246)
        hint_bar(surface, fonts, self.app.inputs.menu_hint(change=False))


class GradeCard(MenuScene):
    """After a stage: the grade, what it raises, and what next."""

    def __init__(self, app: App, story: StoryScene, beat: Beat, grade: str | None, finished: bool,
                 frames: int | None = None) -> None:
        super().__init__(app)
        self.story = story
        self.beat = beat
        self.grade = grade
        self.finished = finished
        self.frames = frames  # the run's in-game time, in ticks
        self.spec = app.content.stage(beat.stage)
        self.best = story.progress.grades.get(beat.stage)
        if grade:
            self.items = [Item("Go on", self.go_on), Item("Try again", self.again)]
        else:
            self.items = [Item("Try again", self.again), Item("Skip (bronze)", self.skip)]
        app.trace(f"graded {beat.stage} {grade or 'none'}")

    def go_on(self) -> None:
        self.app.pop()
        self.story.beat_done()

    def again(self) -> None:
        self.app.pop()
        self.story.train(self.beat, again=True)

    def skip(self) -> None:
        self.app.pop()
        self.story.skip_stage(self.beat)

    def back(self) -> None:
        """Esc is not a choice here: both ways on are a button away."""

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((16, 14, 20))
        fonts = self.app.fonts
        box = pygame.Rect(110, 34, 420, 270)
        panel(surface, box, 230)
        draw_text(surface, fonts, self.spec.name.upper(), (320, 44), 30, GOLD, "center", bold=True)
        stat = self.spec.raises
        if self.grade:
            colour = grade_colour(self.grade)
            pygame.draw.circle(surface, tuple(c // 2 for c in colour), (320, 104), 24)
            pygame.draw.circle(surface, colour, (320, 102), 22)
            pygame.draw.circle(surface, tuple(min(255, c + 40) for c in colour), (313, 95), 7)
            draw_text(surface, fonts, self.grade.upper(), (320, 134), 30, colour, "center", bold=True)
            draw_text(surface, fonts, f"{stat_name(stat)}: {raise_text(self.app, stat, self.grade)}", (320, 168),
                      18, WHITE, "center")
            if self.best and self.best != self.grade:
                draw_text(surface, fonts, f"Your best this story stays {self.best}: "
                          f"{raise_text(self.app, stat, self.best)}", (320, 190), 15, GREY, "center")
            else:
                draw_text(surface, fonts, "for the fight with Cole", (320, 190), 15, GREY, "center")
        else:
            head = "NO GRADE" if self.finished else "OUT OF TIME"
            draw_text(surface, fonts, head, (320, 84), 34, GREY, "center", bold=True)
            if self.finished and self.frames is not None:
                times = f"{igt_text(self.frames)}   -   bronze at {igt_text(self.spec.bronze_frames)}"
                draw_text(surface, fonts, times, (320, 114), 16, GREY, "center")
            draw_text(surface, fonts, f"A grade would raise {stat_name(stat).lower()} for the fight.", (320, 136),
                      17, WHITE, "center")
            draw_text(surface, fonts, f"Try again, or skip it for bronze: {raise_text(self.app, stat, 'bronze')}.",
                      (320, 160), 15, GREY, "center")
        draw_items(surface, fonts, self.items, self.index, 236)
        inputs = self.app.inputs
        hint_bar(surface, fonts, f"{inputs.menu_label(Menu.UP)}/{inputs.menu_label(Menu.DOWN)} choose   "
                 f"{inputs.menu_label(Menu.CONFIRM)} pick")


class TrainingEarned(MenuScene):
    """Before the fight: every stage of the story's training, its grade and what it raised."""

    def __init__(self, app: App, story: StoryScene, beat: Beat) -> None:
        super().__init__(app)
        self.story = story
        self.beat = beat
        self.items = [Item("Into the ring", self.fight), Item("Leave the story", story.leave)]
        app.trace("training earned")

    def fight(self) -> None:
        self.app.pop()
        self.story.start_fight(self.beat)

    def back(self) -> None:
        self.index = len(self.items) - 1

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((16, 14, 20))
        fonts = self.app.fonts
        draw_text(surface, fonts, "WHAT THE TRAINING EARNED", (320, 14), 28, GOLD, "center", bold=True)
        box = pygame.Rect(40, 44, 560, 16 + 22 * len(self.story.grades()))
        panel(surface, box, 225)
        progress = self.story.progress
        y = box.top + 10
        for stage_id, grade in self.story.grades().items():
            spec = self.app.content.stage(stage_id)
            draw_text(surface, fonts, spec.name, (box.left + 12, y), 17, WHITE)
            label = grade.capitalize() if grade else "No grade"
            shown = draw_text(surface, fonts, label, (box.left + 128, y), 17, grade_colour(grade), bold=bool(grade))
            if stage_id in progress.skipped:
                draw_text(surface, fonts, "skipped", (shown.right + 5, y + 3), 13, GREY)
            earned = raise_text(self.app, spec.raises, grade)
            text = f"{stat_name(spec.raises)}: {earned}" if earned else f"{stat_name(spec.raises)}: as he is"
            draw_text(surface, fonts, text, (box.right - 14, y), 15, WHITE if earned else GREY, "right")
            y += 22
        rounds = list(range(1, self.beat.rounds + 1)) if progress.play_every_round else list(self.beat.played_rounds)
        if progress.play_every_round or len(rounds) == self.beat.rounds:
            text = f"You fight all {self.beat.rounds} rounds."
        elif rounds:
            listed = str(rounds[-1])
            if len(rounds) > 1:
                listed = ", ".join(str(r) for r in rounds[:-1]) + f" and {listed}"
            text = f"You fight round{'s' if len(rounds) > 1 else ''} {listed}; the rest are played out for you."
        else:
            text = "The rounds are played out for you."
        draw_text(surface, fonts, text, (320, box.bottom + 10), 15, GREY, "center")
        draw_items(surface, fonts, self.items, self.index, box.bottom + 40)
        hint_bar(surface, fonts, self.app.inputs.menu_hint(change=False))
