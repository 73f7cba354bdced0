"""A training stage's result: the grade, the in-game time and its tick count, and the personal best."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pygame

from game.content.training import StageSpec
from game.input.hub import Menu
from game.render.text import GOLD, GREY, WHITE, draw_text, panel
from game.scenes.base import Scene
from game.sim.inputs import Action
from game.sim.replay import Replay
from game.sim.training.category import category_key
from game.sim.training.montage import MONTAGE, montage_spec
from game.sim.training.stage import StageResult, igt_text

if TYPE_CHECKING:
    from game.app import App

MEDAL_COLOURS = {"gold": (240, 196, 72), "silver": (200, 204, 214), "bronze": (196, 126, 70)}


def race_verdict(r: StageResult) -> tuple[str, tuple[int, int, int]]:
    """The line under a race's times, and its colour."""
    if r.winner >= 0:
        return f"Player {r.winner + 1} wins the race", GOLD
    if r.success:  # both at the top on the same tick, and nothing to tell them apart
        return "Dead heat", GOLD
    return "Nobody reached the top", GREY


class TrainingResult(Scene):
    def __init__(self, app: App, stage_id: str, players: int, result: StageResult,
                 replay: Replay | None = None, assist: bool = False, watched: bool = False) -> None:
        super().__init__(app)
        self.watched = watched  # the end of a watched replay: shown, never recorded
        self.stage_id = stage_id
        self.category = category_key(stage_id, assist)  # the assisted variant keeps its own records
        self.players = players
        self.result = result
        self.spec = montage_spec(app.content) if stage_id == MONTAGE else app.content.stage(stage_id)
        self.frame = 0
        self.new_best = False
        self.saved_as = ""
        records = app.records_store()
        self.previous_best = records.best(self.category)
        if players == 1 and not watched:
            record = records.get(self.category)
            self.new_best = record.add(result.frames if result.success else None, list(result.splits))
            app.save_records()
        if replay is not None and result.success and not watched:
            self.save_replay(replay)
        if app.audio is not None and result.grade:
            app.audio.play("medal")

    def save_replay(self, replay: Replay) -> None:
        """Every finished run leaves a replay; a new personal best's also becomes the ghost to race."""
        folder = self.app.replays_dir
        if folder is None:
            return
        from game.save.replay_file import ReplayFileError, write_replay

        stem = self.category.replace("/", "-")
        name = f"{stem}-{self.result.frames:06d}-{time.strftime('%Y%m%d-%H%M%S')}.omr"
        try:
            write_replay(folder / "training" / name, replay)
            pb = self.app.pb_replay_path(self.category)
            if self.new_best and pb is not None:
                write_replay(pb, replay)
            self.saved_as = name
        except (OSError, ReplayFileError) as exc:
            self.app.notices.append(f"The replay could not be saved ({exc}).")

    def handle(self, event: pygame.event.Event) -> None:
        command = self.app.inputs.menu(event)
        if command == Menu.CONFIRM and self.watched:
            self.app.pop()  # the end of a replay: any confirm leaves it
        elif command == Menu.CONFIRM:
            from game.scenes.training import TrainingScene

            self.app.replace(TrainingScene(self.app, self.stage_id, self.players, skip_intro=True))
        elif command in (Menu.BACK, Menu.PAUSE):
            self.app.pop()

    def update(self) -> None:
        self.frame += 1

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((16, 14, 20))
        fonts = self.app.fonts
        box = pygame.Rect(120, 40, 400, 270)
        panel(surface, box, 230)
        draw_text(surface, fonts, self.spec.name.upper(), (320, 50), 30, GOLD, "center", bold=True)
        r = self.result
        if r.success and r.grade:
            colour = MEDAL_COLOURS.get(r.grade, WHITE)
            self._medal(surface, (320, 124), colour)
            draw_text(surface, fonts, r.grade.upper(), (320, 166), 30, colour, "center", bold=True)
        elif r.success:  # at the top, but slower than bronze: no medal, and no disc that could pass for one
            draw_text(surface, fonts, "FINISHED", (320, 112), 34, WHITE, "center", bold=True)
            draw_text(surface, fonts, "no medal", (320, 150), 18, GREY, "center")
        else:
            draw_text(surface, fonts, "OUT OF TIME", (320, 120), 34, GREY, "center", bold=True)
        if self.players == 2 and r.times:
            self._race_times(surface, r)
        else:
            draw_text(surface, fonts, igt_text(r.frames), (320, 200), 34, WHITE, "center", bold=True)
            draw_text(surface, fonts, f"{r.frames} ticks{next_medal(self.spec, r)}", (320, 230), 16, GREY, "center")
        if self.saved_as:
            draw_text(surface, fonts, f"Replay saved: {self.saved_as}", (320, 266), 13, GREY, "center")
        if self.players == 2 and r.times:
            verdict, colour = race_verdict(r)
            draw_text(surface, fonts, verdict, (320, 246), 18, colour, "center", bold=True)
        elif self.new_best:
            draw_text(surface, fonts, "NEW PERSONAL BEST!", (320, 248), 18, GOLD, "center", bold=True)
        elif self.previous_best is not None:
            draw_text(surface, fonts, f"Personal best {igt_text(self.previous_best)}", (320, 248), 16, GREY,
                      "center")
        inputs = self.app.inputs
        again = f"{inputs.label(0, Action.CONFIRM)}: again    {inputs.menu_label(Menu.BACK)}: back to training"
        if self.watched:
            again = f"THE END OF THE REPLAY    {inputs.menu_label(Menu.CONFIRM)}: close"
        draw_text(surface, fonts, again, (320, 286), 16, WHITE, "center")

    def _race_times(self, surface: pygame.Surface, r: StageResult) -> None:
        """Each player's time in a race, or that he did not finish."""
        fonts = self.app.fonts
        for side, ticks in enumerate(r.times):
            y = 192 + side * 24
            colour = GOLD if side == r.winner else WHITE if ticks is not None else GREY
            draw_text(surface, fonts, f"Player {side + 1}", (300, y), 20, colour, "right", bold=True)
            shown = f"{igt_text(ticks)}  ({ticks} ticks)" if ticks is not None else "did not finish"
            draw_text(surface, fonts, shown, (316, y + 2), 18, colour)

    def _medal(self, surface: pygame.Surface, centre: tuple[int, int], colour: tuple[int, int, int]) -> None:
        """The medal on its ribbon."""
        x, y = centre
        pygame.draw.polygon(surface, (150, 30, 36), [(x - 14, y - 40), (x - 4, y - 40), (x + 6, y - 14),
                                                     (x - 4, y - 14)])
        pygame.draw.polygon(surface, (30, 60, 150), [(x + 14, y - 40), (x + 4, y - 40), (x - 6, y - 14),
                                                     (x + 4, y - 14)])
        pygame.draw.circle(surface, tuple(c // 2 for c in colour), (x, y + 2), 22)
        pygame.draw.circle(surface, colour, (x, y), 21)
        pygame.draw.circle(surface, tuple(min(255, c + 40) for c in colour), (x - 6, y - 6), 7)
        pygame.draw.circle(surface, tuple(c * 3 // 4 for c in colour), (x, y), 15, 2)


def next_medal(spec: StageSpec, r: StageResult) -> str:
    """How far a finished run was from the next medal up ("   -   bronze at 0:22.000"); "" for gold or no finish."""
    if not r.success or r.grade == "gold":
        return ""
    medals = [("gold", spec.gold_frames), ("silver", spec.silver_frames), ("bronze", spec.bronze_frames)]
    rank = [m for m, _ in medals].index(r.grade) if r.grade else len(medals)
    grade, frames = medals[rank - 1]
    return f"   -   {grade} at {igt_text(frames)}"
