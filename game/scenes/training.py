"""A training stage on screen: the intro card, a countdown, the stage itself with its timer, then the result.

The stage's simulation is stepped once a tick with each player's InputFrame only while it is being played: the
intro, the countdown, pauses and the result never count towards in-game time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

import pygame

from game.input.hub import Menu
from game.render.text import GOLD, GREY, WHITE, draw_text, panel, wrap
from game.scenes.base import Scene
from game.sim.inputs import Action
from game.sim.training.registry import controls, make_stage, stage_module
from game.sim.training.stage import StageConfig, StageResult, StageSim, igt_text

if TYPE_CHECKING:
    from game.app import App

COUNT_FRAMES = 40  # each of 3, 2, 1
GO_FRAMES = 30  # "GO!" shows while the clock already runs
FINISH_FRAMES = 100  # the finish on screen before the result card


class Phase(Enum):
    INTRO = "intro"
    COUNTDOWN = "countdown"
    PLAY = "play"
    FINISHED = "finished"


def make_view(app: App, sim: StageSim) -> Any:
    """The stage's drawing: `game/render/training/<id>.py` offers `View(app, sim)` with `react` and `draw`."""
    module = importlib.import_module(f"game.render.training.{sim.spec.id}")
    return module.View(app, sim)


class TrainingScene(Scene):
    def __init__(self, app: App, stage_id: str, players: int = 1,
                 on_result: Callable[[StageResult], None] | None = None, skip_intro: bool = False,
                 autopilot: bool = False) -> None:
        super().__init__(app)
        self.stage_id = stage_id
        self.players = players
        self.on_result = on_result  # the story and the montage take the result; alone, the result screen shows
        assist = app.settings.accessibility.getup_hold
        self.config = StageConfig(stage_id, players=players, assist=assist)
        self.sim = make_stage(app.content, self.config)
        self.view = make_view(app, self.sim)
        # the stage's own perfect player drives every side (screenshots, demos); otherwise the players do
        self.pilot: Callable[[StageSim], tuple[int, int]] | None = stage_module(stage_id).autoplay if autopilot \
            else None
        self.phase = Phase.INTRO if not skip_intro else Phase.COUNTDOWN
        self.phase_frames = 0
        self.go_frames = 0
        app.trace(f"training {stage_id}")

    # --- input ----------------------------------------------------------------------------------------------

    def handle(self, event: pygame.event.Event) -> None:
        command = self.app.inputs.menu(event)
        if command is None:
            return
        if self.phase == Phase.INTRO:
            if command == Menu.CONFIRM:
                self.start()
            elif command in (Menu.BACK, Menu.PAUSE):
                self.app.pop()
        elif command in (Menu.BACK, Menu.PAUSE) and self.phase in (Phase.COUNTDOWN, Phase.PLAY):
            self.pause()

    def on_focus_lost(self) -> None:
        if self.phase in (Phase.COUNTDOWN, Phase.PLAY):
            self.pause()

    def pause(self) -> None:
        from game.scenes.training_pause import TrainingPause

        self.app.push(TrainingPause(self.app, self))

    def start(self) -> None:
        self.phase = Phase.COUNTDOWN
        self.phase_frames = 0
        self.app.trace(f"countdown {self.stage_id}")

    def restart(self) -> None:
        """Instant reset: the same stage from its fixed seed, straight into the countdown."""
        self.app.replace(TrainingScene(self.app, self.stage_id, self.players, self.on_result, skip_intro=True,
                                       autopilot=self.pilot is not None))

    # --- ticks ----------------------------------------------------------------------------------------------

    def update(self) -> None:
        self.phase_frames += 1
        if self.phase == Phase.COUNTDOWN:
            if self.phase_frames % COUNT_FRAMES == 1 and self.phase_frames < 3 * COUNT_FRAMES:
                self.blip("countdown_beep")
            if self.phase_frames >= 3 * COUNT_FRAMES:
                self.phase = Phase.PLAY
                self.phase_frames = 0
                self.go_frames = GO_FRAMES
                self.blip("countdown_go")
                self.app.trace(f"go {self.stage_id}")
            self.view.react([])
            return
        if self.phase == Phase.PLAY:
            if self.pilot is not None:
                inputs = self.pilot(self.sim)
            else:
                inputs = (self.app.inputs.frame(0), self.app.inputs.frame(1) if self.players > 1 else 0)
            events = self.sim.step(inputs)
            self.view.react(events)
            if self.go_frames > 0:
                self.go_frames -= 1
            for e in events:
                if e.kind in ("split", "finish", "time_up"):
                    self.app.trace(f"event {e.kind} {e.side} {e.move}".rstrip())
            if self.sim.finished:
                self.phase = Phase.FINISHED
                self.phase_frames = 0
            return
        if self.phase == Phase.FINISHED:
            self.view.react([])
            if self.phase_frames == FINISH_FRAMES:
                self.finish()
            return
        self.view.react([])

    def finish(self) -> None:
        result = self.sim.result()
        self.app.trace(f"result {self.stage_id} {result.grade or 'none'} {result.frames}")
        if self.on_result is not None:
            self.app.pop()
            self.on_result(result)
            return
        from game.scenes.training_result import TrainingResult

        self.app.replace(TrainingResult(self.app, self.stage_id, self.players, result))

    def blip(self, name: str) -> None:
        if self.app.audio is not None:
            self.app.audio.play(name)

    # --- drawing --------------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        self.view.draw(surface)
        if self.phase == Phase.INTRO:
            self.draw_intro(surface)
            return
        self.draw_hud(surface)
        fonts = self.app.fonts
        if self.phase == Phase.COUNTDOWN:
            n = 3 - self.phase_frames // COUNT_FRAMES
            draw_text(surface, fonts, str(max(1, n)), (320, 130), 72, GOLD, "center", bold=True)
        elif self.phase == Phase.PLAY and self.go_frames > 0:
            draw_text(surface, fonts, "GO!", (320, 130), 72, GOLD, "center", bold=True)
        elif self.phase == Phase.FINISHED:
            result = self.sim.result()
            text = "TIME!" if not result.success else (result.grade or "DONE").upper() + "!"
            draw_text(surface, fonts, text, (320, 130), 64, GOLD, "center", bold=True)

    def draw_hud(self, surface: pygame.Surface) -> None:
        fonts = self.app.fonts
        result = self.sim.result()
        box = pygame.Rect(250, 4, 140, 28)
        panel(surface, box, 190)
        draw_text(surface, fonts, igt_text(result.frames), (320, 8), 26, WHITE, "center", bold=True)
        draw_text(surface, fonts, self.sim.progress(), (8, 8), 17, WHITE)
        best = self.app.records_store().best(self.stage_id)
        if best is not None and self.players == 1:
            draw_text(surface, fonts, f"PB {igt_text(best)}", (632, 8), 16, GREY, "right")

    def draw_intro(self, surface: pygame.Surface) -> None:
        fonts = self.app.fonts
        spec = self.sim.spec
        box = pygame.Rect(110, 40, 420, 270)
        panel(surface, box, 225)
        draw_text(surface, fonts, spec.name.upper(), (320, 50), 34, GOLD, "center", bold=True)
        y = 84
        for line in wrap(fonts, spec.goal, 18, 390):
            draw_text(surface, fonts, line, (320, y), 18, WHITE, "center")
            y += 18
        y += 8
        for player in range(self.players):
            if self.players > 1:
                draw_text(surface, fonts, f"Player {player + 1}", (130, y), 16, GOLD)
                y += 16
            for control in controls(self.stage_id):
                keys = " / ".join(self.app.inputs.label(player, a) for a in control.actions)
                draw_text(surface, fonts, control.text, (130, y), 16, WHITE)
                draw_text(surface, fonts, keys, (510, y), 16, GOLD, "right")
                y += 17
        y = max(y + 8, 240)
        medals = (f"Gold {igt_text(spec.gold_frames)}   Silver {igt_text(spec.silver_frames)}   "
                  f"Bronze {igt_text(spec.bronze_frames)}")
        draw_text(surface, fonts, medals, (320, y), 15, GREY, "center")
        best = self.app.records_store().best(self.stage_id)
        if best is not None:
            draw_text(surface, fonts, f"Personal best {igt_text(best)}", (320, y + 16), 15, GOLD, "center")
        if self.config.assist:
            draw_text(surface, fonts, "Hold instead of mash is on (Settings)", (320, y + 32), 14, GREY, "center")
        confirm = self.app.inputs.label(0, Action.CONFIRM)
        draw_text(surface, fonts, f"{confirm}: start    Esc: back", (320, 288), 16, WHITE, "center")
