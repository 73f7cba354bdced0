"""The window and the fixed-timestep loop, with a stack of scenes.

Real time goes into an accumulator; the top scene is stepped in whole ticks of 1/60 s while the accumulator holds
one (with a cap, so a stall never turns into a spiral of catch-up); then every visible scene draws once onto the
640x360 canvas, which is scaled by a whole number into the window.
"""

from __future__ import annotations

import logging
import os
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.content.library import Content
from game.input.hub import Inputs
from game.render.text import Fonts
from game.save.records import Records, load_records, save_records
from game.save.settings import Settings, save_settings
from game.speedrun.livesplit_server import LiveSplitLink

if TYPE_CHECKING:
    from game.audio.player import Audio
    from game.scenes.base import Scene

LOGICAL = (640, 360)
TICK_SECONDS = 1 / 60
MAX_CATCHUP_TICKS = 5
TRACE_ENV = "ONE_MORE_ROUND_TRACE"  # a file the real-window tests read to see what the game reached

log = logging.getLogger("one-more-round")


class App:
    def __init__(self, content: Content, settings: Settings, settings_path: Path, notice: str | None = None,
                 headless: bool = False) -> None:
        self.content = content
        self.settings = settings
        self.settings_path = settings_path
        self.notices: list[str] = [notice] if notice else []
        self.headless = headless
        self.scenes: list[Scene] = []
        self.running = False
        self.frame_count = 0
        self.tick_count = 0
        pygame.display.init()
        pygame.font.init()
        self.fonts = Fonts()
        self.canvas = pygame.Surface(LOGICAL)
        self.window: pygame.Surface | None = None
        self.scale = 1
        self.offset = (0, 0)
        self.audio = _make_audio(settings)
        self.inputs = Inputs(settings.controls)
        self.inputs.start()
        self.device_notice = ""  # a pad unplugged or back: said over whatever is on screen
        self.device_notice_frames = 0
        self.records_path: Path | None = None  # None: records live in memory only (screenshots, tests)
        self._records: Records | None = None
        self.replays_dir: Path | None = None  # None: runs are not written to disk (screenshots, tests)
        self._livesplit: LiveSplitLink | None = None
        self.unlocks: set[str] = set()  # what the player has opened up: "story" once the story is finished
        trace = os.environ.get(TRACE_ENV)
        self._trace = Path(trace) if trace and trace != "-" else None
        self._trace_stdout = trace == "-"
        self.tracing = self._trace is not None or self._trace_stdout  # scenes add finer lines only then
        self._exit_after_first_frame = os.environ.get("ONE_MORE_ROUND_FIRST_FRAME") == "exit"  # for `bench`
        if not headless:
            self.open_window()

    # --- window -------------------------------------------------------------------------------------------

    def open_window(self) -> None:
        video = self.settings.video
        if video.fullscreen:
            self.window = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        else:
            scale = video.scale or _auto_scale()
            size = (LOGICAL[0] * scale, LOGICAL[1] * scale)
            try:
                with warnings.catch_warnings():  # a driver without vsync says so; the window works all the same
                    warnings.simplefilter("ignore")
                    self.window = pygame.display.set_mode(size, vsync=1)
            except pygame.error:
                self.window = pygame.display.set_mode(size)
        pygame.display.set_caption("One More Round")
        w, h = self.window.get_size()
        self.scale = max(1, min(w // LOGICAL[0], h // LOGICAL[1]))
        self.offset = ((w - LOGICAL[0] * self.scale) // 2, (h - LOGICAL[1] * self.scale) // 2)

    def toggle_fullscreen(self) -> None:
        self.settings.video.fullscreen = not self.settings.video.fullscreen
        self.open_window()
        self.save()

    # --- scenes -------------------------------------------------------------------------------------------

    def push(self, scene: Scene) -> None:
        self.scenes.append(scene)
        self.trace(f"scene {type(scene).__name__}")

    def pop(self) -> None:
        if self.scenes:
            self.scenes.pop()
        if self.scenes:
            self.trace(f"scene {type(self.scenes[-1]).__name__}")
        else:
            self.quit()

    def replace(self, scene: Scene) -> None:
        if self.scenes:
            self.scenes.pop()
        self.push(scene)

    @property
    def top(self) -> Scene | None:
        return self.scenes[-1] if self.scenes else None

    # --- the loop -------------------------------------------------------------------------------------------

    def run(self) -> None:
        self.running = True
        accumulator = 0.0
        last = time.perf_counter()
        while self.running and self.scenes:
            self.pump_events()
            now = time.perf_counter()
            accumulator += min(now - last, 0.25)
            last = now
            steps = 0
            while accumulator >= TICK_SECONDS and self.running and steps < MAX_CATCHUP_TICKS:
                self.update()
                accumulator -= TICK_SECONDS
                steps += 1
            if steps == MAX_CATCHUP_TICKS:
                accumulator = 0.0  # drop what cannot be caught up rather than spiral
            if self.running:
                self.draw()
                self.present()
                if self.frame_count == 1:
                    self.trace("shown")
                if self._exit_after_first_frame:
                    self.running = False
            # hand the CPU back until the next tick is due (the simulation never depends on it)
            spare = TICK_SECONDS - accumulator - (time.perf_counter() - now)
            if spare > 0.002:
                time.sleep(spare - 0.001)
        pygame.quit()

    def pump_events(self) -> None:
        for event in pygame.event.get():
            self.handle(event)

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.QUIT:
            self.quit()
            return
        self.inputs.handle(event)
        self._devices_changed()
        if event.type == pygame.KEYDOWN and (event.key == pygame.K_F11 or (
                event.key == pygame.K_RETURN and event.mod & pygame.KMOD_ALT)):
            self.toggle_fullscreen()
            return
        if event.type in (pygame.WINDOWFOCUSLOST, pygame.WINDOWMINIMIZED):
            if self.top is not None:
                self.top.on_focus_lost()
            return
        if self.top is not None:
            self.top.handle(event)

    def update(self) -> None:
        for repeat in self.inputs.repeats():  # a menu direction held down
            if self.top is not None:
                self.top.handle(repeat)
        top = self.top
        if top is not None:
            top.update()
        self.inputs.end_tick()
        if self.device_notice_frames > 0:
            self.device_notice_frames -= 1
        self.tick_count += 1

    # --- devices coming and going ---------------------------------------------------------------------------

    def players_in_play(self) -> int:
        """How many players the running game (a fight or a stage somewhere on the stack) takes input from."""
        return max((int(getattr(s, "players", 0)) for s in self.scenes if hasattr(s, "players")), default=0)

    def _devices_changed(self) -> None:
        lost = [p for p in self.inputs.take_lost() if p < self.players_in_play()]
        found = [p for p in self.inputs.take_found() if p < self.players_in_play()]
        if lost:
            self.trace(f"unplugged {' '.join(str(p + 1) for p in lost)}")
            if self.top is not None:
                self.top.on_focus_lost()  # the same pause a lost window focus gives
        if found:
            names = ", ".join(f"player {p + 1} ({self.inputs.device_name(p)})" for p in found)
            self.trace(f"reconnected {' '.join(str(p + 1) for p in found)}")
            self.device_notice = f"Back: {names}. Resume when ready."
            self.device_notice_frames = 240

    def draw_devices(self) -> None:
        """Over everything: who has lost their gamepad, or who has one again."""
        from game.render.text import GOLD, WHITE, draw_text, panel

        waiting = sorted(p for p in self.inputs.missing if p < self.players_in_play())
        if waiting:
            if self.inputs.players == 1:
                lines = ("Your gamepad was unplugged.", "Plug it (or another) back in, or carry on with the keyboard.")
            else:
                who = " and ".join(f"player {p + 1}" for p in waiting)
                lines = (f"The gamepad of {who} was unplugged.", "Plug it (or another) back in to carry on.")
            box = pygame.Rect(0, 0, 440, 46)
            box.center = (320, 46)
            panel(self.canvas, box, 235)
            draw_text(self.canvas, self.fonts, lines[0], (320, box.top + 6), 18, GOLD, "center", bold=True)
            draw_text(self.canvas, self.fonts, lines[1], (320, box.top + 26), 15, WHITE, "center")
        elif self.device_notice_frames > 0:
            box = pygame.Rect(0, 0, 440, 24)
            box.center = (320, 46)
            panel(self.canvas, box, 220)
            draw_text(self.canvas, self.fonts, self.device_notice, (320, box.top + 5), 15, GOLD, "center")

    def draw(self) -> None:
        start = len(self.scenes) - 1
        while start > 0 and not self.scenes[start].opaque:
            start -= 1
        for scene in self.scenes[start:]:
            scene.draw(self.canvas)
        self.draw_devices()
        self.frame_count += 1

    def present(self) -> None:
        if self.window is None:
            return
        if self.scale == 1 and self.offset == (0, 0):
            self.window.blit(self.canvas, (0, 0))
        else:
            if self.offset != (0, 0):
                self.window.fill((0, 0, 0))
            size = (LOGICAL[0] * self.scale, LOGICAL[1] * self.scale)
            self.window.blit(pygame.transform.scale(self.canvas, size), self.offset)
        pygame.display.flip()

    # --- leaving ------------------------------------------------------------------------------------------

    def save(self) -> None:
        try:
            save_settings(self.settings_path, self.settings)
        except OSError as exc:
            log.warning("settings not saved: %s", exc)
            self.notices.append(f"Settings could not be saved ({exc.strerror or exc}).")

    def records_store(self) -> Records:
        """The training records, read on first use; an unreadable file is moved aside and the player told."""
        if self._records is None:
            self._records = Records()
            if self.records_path is not None:
                self._records, notice = load_records(self.records_path)
                if notice:
                    self.notices.append(notice)
        return self._records

    def livesplit(self) -> LiveSplitLink | None:
        """The link to LiveSplit Server when the setting is on (made once; it never waits on the server)."""
        if not self.settings.speedrun.livesplit:
            return None
        if self._livesplit is None:
            self._livesplit = LiveSplitLink()
        return self._livesplit

    def pb_replay_path(self, category: str) -> Path | None:
        """Where the personal best's replay of a training category is kept (the ghost races it)."""
        return self.replays_dir / "personal-bests" / f"{category}.omr" if self.replays_dir is not None else None

    def save_records(self) -> None:
        if self._records is None or self.records_path is None:
            return
        try:
            save_records(self.records_path, self._records)
        except OSError as exc:
            log.warning("records not saved: %s", exc)
            self.notices.append(f"Records could not be saved ({exc.strerror or exc}).")

    def quit(self) -> None:
        self.save()
        self.trace("quit")
        self.running = False

    def trace(self, line: str) -> None:
        log.info(line)
        if self._trace_stdout:
            print(line, flush=True)
        if self._trace is not None:
            with self._trace.open("a", encoding="utf-8") as fh:
                fh.write(line + "\n")


def _auto_scale() -> int:
    """The largest whole-number scale whose window fits the desktop with room for the title bar."""
    try:
        sizes = pygame.display.get_desktop_sizes()
        w, h = sizes[0] if sizes else (1280, 720)
    except pygame.error:
        w, h = 1280, 720
    return max(1, min((w - 40) // LOGICAL[0], (h - 100) // LOGICAL[1], 4))


def _make_audio(settings: Settings) -> Audio | None:
    try:
        from game.audio.player import Audio
    except ImportError:
        return None
    audio = Audio()
    a = settings.audio
    audio.set_volumes(a.master, a.effects, a.music)
    return audio
