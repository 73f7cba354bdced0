"""A training stage on screen (or the full montage): the intro card, a countdown, the run with its timer and
splits, then the result.

The run is stepped once a tick with each player's InputFrame only while it is being played: the intro, the
countdown, pauses and the result never count towards in-game time. Every tick is recorded, so a finished run
leaves a replay that proves its time. RESET (one button) starts a stage over at once; in the full montage it
is an input of the run itself and the clock keeps running.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from enum import Enum
from typing import TYPE_CHECKING, Any

import pygame

from game.input.hub import Menu
from game.render.input_display import InputDisplay
from game.render.splits_panel import draw_splits
from game.render.text import GOLD, GREY, WHITE, draw_text, panel, wrap
from game.scenes.base import Scene
from game.sim.inputs import Action
from game.sim.replay import Frame, Replay
from game.sim.training.category import category_key
from game.sim.training.montage import Montage, segment_end
from game.sim.training.registry import controls, stage_module
from game.sim.training.replay import TrainingRecorder, make_run, training_config
from game.sim.training.stage import Control, StageConfig, StageResult, StageSim, igt_text

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
                 autopilot: bool = False, go: bool = False, playback: Iterator[Frame] | None = None,
                 assist: bool | None = None, ghost_replay: Replay | None = None) -> None:
        super().__init__(app)
        self.stage_id = stage_id  # a stage id, or "montage"
        self.players = players
        self.on_result = on_result  # the story takes the result; otherwise the result screen shows
        self.autopilot = autopilot
        self.playback = playback  # a replay being watched: its inputs, tick by tick
        if assist is None:  # the player's setting; a watched replay brings its own
            assist = app.settings.accessibility.getup_hold
        self.config = StageConfig(stage_id, players=players, assist=assist)
        self.category = category_key(stage_id, assist)  # its records: an assisted run is its own category
        self.recorder = TrainingRecorder(app.content, self.config, make_run(app.content, self.config))
        self.run = self.recorder.sim
        self.stage = self._stage()
        self.view = make_view(app, self.stage)
        self.phase = Phase.PLAY if go else (Phase.COUNTDOWN if skip_intro else Phase.INTRO)
        self.phase_frames = 0
        self.go_frames = GO_FRAMES if go else 0
        self.last_p1 = 0
        self.display = InputDisplay(players)
        self.toast = ""
        self.toast_frames = 0
        self.ghost: StageSim | Montage | None = None  # the personal best, run beside the player from its replay
        self.ghost_frames: Iterator[Frame] = iter(())
        self.ghost_replay = ghost_replay  # the personal best's replay, read from disk once and handed on to a reset
        self.intro_text: tuple[list[str], list[tuple[Control, ...]]] | None = None  # made on the card's first draw
        if players == 1 and not autopilot and playback is None:
            self._load_ghost()
        app.trace(f"training {stage_id}")
        if go:
            app.trace(f"go {stage_id}")

    def _stage(self) -> StageSim:
        return self.run.current if isinstance(self.run, Montage) else self.run

    @property
    def sim(self) -> StageSim:
        """The stage being played now (in the montage, the current one)."""
        return self.stage

    # --- input ----------------------------------------------------------------------------------------------

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_TAB:
            speedrun = self.app.settings.speedrun
            speedrun.splits = not speedrun.splits
            return
        command = self.app.inputs.menu(event)
        if command is None:
            return
        if self.phase == Phase.INTRO:
            if command == Menu.CONFIRM:
                self.start()
            elif command in (Menu.BACK, Menu.PAUSE):
                self.app.pop()
        elif (command == Menu.PAUSE or (command == Menu.BACK and event.type == pygame.KEYDOWN)) \
                and self.phase in (Phase.COUNTDOWN, Phase.PLAY):  # a pad's B is a punch: only Start pauses
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

    def restart(self, go: bool = False) -> None:
        """The same category from its fixed seed: from the countdown, or at once (`go`, the reset button)."""
        self.count_attempt()
        self.link("reset")
        fresh = TrainingScene(self.app, self.stage_id, self.players, self.on_result, skip_intro=True,
                              autopilot=self.autopilot, go=go, ghost_replay=self.ghost_replay)
        fresh.last_p1 = self.last_p1  # what is held now (the reset button) is not a new press there
        self.app.replace(fresh)

    def leave(self) -> None:
        """Back to where the stage was opened from: an attempt abandoned, as a reset is."""
        self.count_attempt()
        self.link("reset")
        self.app.pop()

    def count_attempt(self) -> None:
        """An abandoned attempt still counts (attempts, and the golds of the segments it ran)."""
        played = self.recorder.recorder.tick > 0
        if self.playback is None and self.players == 1 and played and not self.run.finished:
            self.app.records_store().get(self.category).add(None, list(self.run.result().splits))
            self.app.save_records()

    # --- ticks ----------------------------------------------------------------------------------------------

    def update(self) -> None:
        self.phase_frames += 1
        if self.toast_frames > 0:
            self.toast_frames -= 1
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
            self.play_tick()
            return
        self.view.react([])
        if self.phase == Phase.FINISHED and self.phase_frames == FINISH_FRAMES:
            self.finish()

    def play_tick(self) -> None:
        inputs = self.inputs()
        pressed = inputs[0] & ~self.last_p1
        self.last_p1 = inputs[0]
        if pressed & Action.RESET and not isinstance(self.run, Montage) and self.playback is None:
            self.restart(go=True)
            return
        if self.recorder.recorder.tick == 0:  # the first tick the player has control: after a countdown or a reset
            self.link("start")
        events = self.recorder.step(inputs)
        self.display.record(inputs)
        if self.ghost is not None and not self.ghost.finished:
            self.ghost.step(next(self.ghost_frames, (0, 0)))
        if self.stage is not self._stage():  # the montage moved on: the next stage, after its countdown
            self.stage = self._stage()
            self.view = make_view(self.app, self.stage)
            if not self.run.finished and any(e.kind == "stage_done" for e in events):
                self.phase = Phase.COUNTDOWN
                self.phase_frames = 0
        self.view.react(events)
        if self.go_frames > 0:
            self.go_frames -= 1
        for e in events:
            kind = e.kind
            if kind in ("split", "finish", "time_up", "stage_done", "reset"):
                self.app.trace(f"event {kind} {e.side} {e.move}".rstrip())
            if kind == segment_end(self.run) and e.side == 0:
                self.link("split")
        self.link("time")
        if self.run.finished:
            self.phase = Phase.FINISHED
            self.phase_frames = 0

    def inputs(self) -> tuple[int, int]:
        if self.playback is not None:
            return next(self.playback, (0, 0))
        if self.autopilot:
            pilot = stage_module(self.stage.spec.id).autoplay
            p1, p2 = pilot(self.stage)
            return p1, p2
        p1 = self.app.inputs.frame(0)
        return p1, self.app.inputs.frame(1) if self.players > 1 else 0

    def finish(self) -> None:
        result = self.run.result()
        self.app.trace(f"result {self.stage_id} {result.grade or 'none'} {result.frames}")
        if self.on_result is not None:
            self.app.pop()
            self.on_result(result)
            return
        from game.scenes.training_result import TrainingResult

        self.app.replace(TrainingResult(self.app, self.stage_id, self.players, result, self.recorder.replay(),
                                        assist=self.config.assist, watched=self.playback is not None))

    def link(self, what: str) -> None:
        """Tell LiveSplit Server (when that setting is on) what the run just did; never waits on it."""
        live = self.app.livesplit()
        if live is None or self.players > 1 or self.playback is not None or self.autopilot:
            return
        ticks = self.run.result().frames
        if what == "start":
            live.start()
        elif what == "split":
            live.split(ticks)
        elif what == "reset":
            live.reset()
        else:
            live.game_time(ticks)
        if live.notice and not self.toast:
            self.say(live.notice)
            live.notice = None

    def say(self, text: str, frames: int = 240) -> None:
        self.toast = text
        self.toast_frames = frames

    def blip(self, name: str) -> None:
        if self.app.audio is not None:
            self.app.audio.play(name)

    # --- drawing --------------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        self.view.draw(surface)
        ghost = self.ghost.current if isinstance(self.ghost, Montage) else self.ghost
        if ghost is not None and ghost.spec.id == self.stage.spec.id and hasattr(self.view, "draw_ghost") \
                and self.phase in (Phase.PLAY, Phase.FINISHED):
            self.view.draw_ghost(surface, ghost)  # where the stage has one (the montage's: while on the same stage)
        if self.phase == Phase.INTRO:
            self.draw_intro(surface)
            return
        self.draw_hud(surface)
        if self.app.settings.accessibility.input_display:
            self.display.draw(surface, self.app.fonts)
        if self.toast_frames > 0:
            strip = pygame.Rect(60, 300, 520, 22)
            panel(surface, strip, 220)
            draw_text(surface, self.app.fonts, self.toast, (320, 304), 15, WHITE, "center")
        fonts = self.app.fonts
        if self.phase == Phase.COUNTDOWN:
            n = 3 - self.phase_frames // COUNT_FRAMES
            draw_text(surface, fonts, str(max(1, n)), (320, 130), 72, GOLD, "center", bold=True)
        elif self.phase == Phase.PLAY and self.go_frames > 0:
            draw_text(surface, fonts, "GO!", (320, 130), 72, GOLD, "center", bold=True)
        elif self.phase == Phase.FINISHED:
            result = self.run.result()
            text = "TIME!" if not result.success else (result.grade or "DONE").upper() + "!"
            draw_text(surface, fonts, text, (320, 130), 64, GOLD, "center", bold=True)

    def draw_hud(self, surface: pygame.Surface) -> None:
        fonts = self.app.fonts
        result = self.run.result()
        box = pygame.Rect(250, 4, 140, 28)
        panel(surface, box, 190)
        draw_text(surface, fonts, igt_text(result.frames), (320, 8), 26, WHITE, "center", bold=True)
        if self.playback is not None and (self.app.tick_count // 30) % 2 == 0:  # a watched run says so, blinking
            draw_text(surface, fonts, "REPLAY", (320, 34), 16, (230, 70, 60), "center", bold=True)
        if self.players == 1:  # a race draws each player's progress in his own half
            draw_text(surface, fonts, self.stage.progress(), (8, 8), 17, WHITE)
        if isinstance(self.run, Montage):
            draw_text(surface, fonts, self.run.progress(), (8, 26), 14, GREY)
        if self.players == 1:
            records = self.app.records_store()
            record = records.peek(self.category)  # drawing reads the records, never adds a category to them
            if self.app.settings.speedrun.splits and self.on_result is None:  # a speedrun tool: not in the story
                checkpoints = self.run.spec.checkpoints
                draw_splits(surface, fonts, checkpoints, result.splits, record.best_splits, record.golds,
                            result.frames, records.sum_of_best(self.category, len(checkpoints)),
                            record.attempts + 1)

    def draw_intro(self, surface: pygame.Surface) -> None:
        fonts = self.app.fonts
        spec = self.run.spec
        if self.intro_text is None:  # the goal and the controls cannot change while the scene lives
            self.intro_text = (wrap(fonts, spec.goal, 18, 390),
                               [controls(self.stage.spec.id, player, self.config.assist)
                                for player in range(self.players)])
        goal, lists = self.intro_text
        row = 17 if self.players == 1 else 15  # two players' lists: a little tighter, so the card still fits
        heads = 16 if self.players > 1 else 0
        record = self.app.records_store().peek(self.category)
        notes = 16 * ((record.best_frames is not None) + self.config.assist)
        height = 44 + 18 * len(goal) + 8 + sum(heads + row * len(listed) for listed in lists) + 8 + 16 + notes + 30
        box = pygame.Rect(110, 0, 420, max(270, height))
        box.centery = 175
        from game.scenes.pause import shade_under

        shade_under(surface)  # the stage's HUD is there behind the card, but not as part of it
        panel(surface, box, 225)
        draw_text(surface, fonts, spec.name.upper(), (320, box.top + 10), 34, GOLD, "center", bold=True)
        y = box.top + 44
        for line in goal:
            draw_text(surface, fonts, line, (320, y), 18, WHITE, "center")
            y += 18
        y += 8
        for player, listed in enumerate(lists):
            if self.players > 1:
                draw_text(surface, fonts, f"Player {player + 1}", (130, y), 15, GOLD)
                y += heads
            for control in listed:
                keys = " / ".join(self.app.inputs.label(player, a) for a in control.actions)
                draw_text(surface, fonts, control.text, (130, y), row - 1, WHITE)
                draw_text(surface, fonts, keys, (510, y), row - 1, GOLD, "right")
                y += row
        y = max(y + 8, box.bottom - 30 - 16 - notes)
        medals = (f"Gold {igt_text(spec.gold_frames)}   Silver {igt_text(spec.silver_frames)}   "
                  f"Bronze {igt_text(spec.bronze_frames)}")
        draw_text(surface, fonts, medals, (320, y), 15, GREY, "center")
        y += 16
        if record.best_frames is not None:
            draw_text(surface, fonts, f"Personal best {igt_text(record.best_frames)}   ({record.attempts} attempts)",
                      (320, y), 15, GOLD, "center")
            y += 16
        if self.config.assist:
            draw_text(surface, fonts, "Hold instead of mash is on: its own personal bests", (320, y), 14, GREY,
                      "center")
        inputs = self.app.inputs
        start = f"{inputs.label(0, Action.CONFIRM)}: start    {inputs.menu_label(Menu.BACK)}: back"
        draw_text(surface, fonts, start, (320, box.bottom - 24), 16, WHITE, "center")

    def _load_ghost(self) -> None:
        """The personal best's replay drives a second run of the same category, drawn as a ghost: the run its
        header describes (the assist it was played with included), not one built from today's settings."""
        replay = self.ghost_replay  # a reset's: the file cannot have changed while the attempt ran
        if replay is None:
            path = self.app.pb_replay_path(self.category)
            if path is None or not path.is_file():
                return
            from game.save.replay_file import ReplayFileError, read_replay

            try:
                replay = read_replay(path)
            except ReplayFileError:
                return
            self.ghost_replay = replay
        if replay.header.content_digest != self.app.content.digest:
            return  # recorded with other content: the ghost would not run the same race
        try:
            config = training_config(self.app.content, replay.header)
        except ValueError:
            return
        if config.players != 1 or category_key(config.stage, config.assist) != self.category:
            return  # not a run of this category (a file put there by hand)
        self.ghost = make_run(self.app.content, config)
        self.ghost_frames = replay.frames()
