"""Settings: window scale and fullscreen, volumes, accessibility, rumble and the way to the controls. Saved when
the screen is left."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.scenes.menu import Item, MenuScene

if TYPE_CHECKING:
    from game.app import App


def _pct(value: float) -> str:
    return f"{round(value * 100)} %"


class SettingsScene(MenuScene):
    title = "SETTINGS"

    def __init__(self, app: App, backdrop: Callable[[pygame.Surface], None] | None = None) -> None:
        super().__init__(app)
        self.backdrop = backdrop
        s = app.settings
        self.items = [
            Item("Window scale", value=lambda: "auto" if s.video.scale == 0 else f"x{s.video.scale}",
                 change=self.change_scale, note="Applies to the window (not fullscreen)."),
            Item("Fullscreen", value=lambda: "on" if s.video.fullscreen else "off",
                 change=lambda d: app.toggle_fullscreen(), note="F11 or Alt+Enter also switch it."),
            Item("Master volume", value=lambda: _pct(s.audio.master), change=self.volume("master")),
            Item("Effects volume", value=lambda: _pct(s.audio.effects), change=self.volume("effects")),
            Item("Music volume", value=lambda: _pct(s.audio.music), change=self.volume("music")),
            Item("Hold instead of mash", value=lambda: "on" if s.accessibility.getup_hold else "off",
                 change=lambda d: self.toggle("getup_hold"),
                 note="Hold buttons, no mashing: to get up from a knockdown and in every training stage."),
            Item("Screen shake", value=lambda: _pct(s.accessibility.shake), change=self.amount("shake")),
            Item("Flashes", value=lambda: _pct(s.accessibility.flash), change=self.amount("flash")),
            Item("Input display", value=lambda: "on" if s.accessibility.input_display else "off",
                 change=lambda d: self.toggle("input_display"),
                 note="Shows the buttons each player holds, tick by tick, in the fight and in training."),
            Item("Rumble", value=lambda: "on" if s.controls.rumble else "off",
                 change=lambda d: setattr(s.controls, "rumble", not s.controls.rumble),
                 note="Gamepads shake on heavy hits and knockdowns."),
            Item("Splits panel", value=lambda: "shown" if s.speedrun.splits else "hidden",
                 change=lambda d: setattr(s.speedrun, "splits", not s.speedrun.splits),
                 note="Training: the checkpoints with your split times and the delta to your best (Tab)."),
            Item("LiveSplit Server", value=lambda: "on" if s.speedrun.livesplit else "off",
                 change=lambda d: setattr(s.speedrun, "livesplit", not s.speedrun.livesplit),
                 note="Training runs drive LiveSplit on this computer (its TCP server, port 16834)."),
            Item("Controls", self.controls, note="Keys and buttons for each player and device; change any of them."),
            Item("Back", self.back),
        ]

    def change_scale(self, step: int) -> None:
        video = self.app.settings.video
        video.scale = (video.scale + step) % 5
        if not video.fullscreen and not self.app.headless:
            self.app.open_window()

    def volume(self, name: str) -> Callable[[int], None]:
        def change(step: int) -> None:
            audio = self.app.settings.audio
            setattr(audio, name, min(1.0, max(0.0, round(getattr(audio, name) + 0.1 * step, 1))))
            if self.app.audio is not None:
                self.app.audio.set_volumes(audio.master, audio.effects, audio.music)
        return change

    def amount(self, name: str) -> Callable[[int], None]:
        def change(step: int) -> None:
            acc = self.app.settings.accessibility
            setattr(acc, name, min(1.0, max(0.0, round(getattr(acc, name) + 0.25 * step, 2))))
        return change

    def toggle(self, name: str) -> None:
        acc = self.app.settings.accessibility
        setattr(acc, name, not getattr(acc, name))

    def controls(self) -> None:
        from game.scenes.controls import ControlsScene

        self.app.push(ControlsScene(self.app, self.backdrop))

    def back(self) -> None:
        self.app.save()
        self.app.pop()
