"""Plays the effects, the crowd and the music through pygame.mixer.

Without a sound device (no driver, a busy card, SDL_AUDIODRIVER=dummy failing, a missing mixer module) the
`Audio` object still works and every call is a quiet no-op: the game never fails or nags over sound. A sound file
that is missing or unreadable is skipped, with one log line for all of them.

Two mixer channels are reserved: one for the crowd loop, whose level the scene sets (`crowd`), and one for the
crowd's roar (`cheer`), so a roar grows louder instead of stacking. Music is streamed with pygame.mixer.music.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pygame

from game.audio.catalog import CROWD_LOOP, EFFECTS, MUSIC, SOUNDS_DIR
from game.audio.cues import CHEER, fight_cues
from game.sim.events import Event

log = logging.getLogger(__name__)

CROWD_CHANNEL, CHEER_CHANNEL = 0, 1
RESERVED_CHANNELS = 2
CHANNELS = 24
MIXER_ERRORS = (pygame.error, NotImplementedError, OSError)  # NotImplementedError: pygame built without mixer


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, float(value)))


def _mixer_is_open() -> bool:
    try:
        return bool(pygame.mixer.get_init())
    except MIXER_ERRORS:
        return False


@contextlib.contextmanager
def _native_stderr_muted() -> Iterator[None]:
    """Sends file descriptor 2 to the null device for a moment: the C libraries under SDL (ALSA above all) print
    a screenful of their own when there is no sound card, and our one log line already says it."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError, AttributeError):
        yield
        return
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 2)
        os.close(null)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _open_mixer() -> bool:
    """Opens pygame.mixer unless it is open already; False (said once, in the log) if there is no sound."""
    try:
        if not pygame.mixer.get_init():
            with _native_stderr_muted():
                pygame.mixer.init(frequency=44100, size=-16, channels=2, buffer=512)
        pygame.mixer.set_num_channels(CHANNELS)
        pygame.mixer.set_reserved(RESERVED_CHANNELS)
    except MIXER_ERRORS as exc:
        log.info("no sound device, playing silent: %s", exc)
        return False
    return True


class Audio:
    """The game's one sound player. Volumes are 0..1; what a channel plays at is master x effects (or music)."""

    def __init__(self, sounds_dir: Path = SOUNDS_DIR, *, enabled: bool = True) -> None:
        self.sounds_dir = sounds_dir
        self.master, self.effects, self.music_volume = 1.0, 1.0, 1.0
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        self._music_files: dict[str, Path] = {}
        self._music_on: str | None = None
        self._crowd_level = 0.0
        self._cheer_volume = 0.0
        self._stolen = RESERVED_CHANNELS
        was_open = _mixer_is_open()
        self.enabled = enabled and _open_mixer()
        self._owns_mixer = self.enabled and not was_open
        if self.enabled:
            self._load()

    def _load(self) -> None:
        missing = []
        for name in (*EFFECTS, CROWD_LOOP):
            try:
                self._sounds[name] = pygame.mixer.Sound(self.sounds_dir / f"{name}.wav")
            except (*MIXER_ERRORS, FileNotFoundError):
                missing.append(name)
        for name in MUSIC:
            path = self.sounds_dir / f"{name}.wav"
            if path.is_file():
                self._music_files[name] = path
            else:
                missing.append(name)
        if missing:
            log.warning("sounds missing or unreadable in %s, skipped: %s", self.sounds_dir, ", ".join(missing))

    # --- effects ---------------------------------------------------------------------------------------------

    def play(self, name: str, volume: float = 1.0) -> None:
        """Plays an effect once; an unknown or missing name plays nothing."""
        sound = self._sounds.get(name)
        if sound is None:
            return
        channel = self._effect_channel()
        channel.set_volume(_clamp(volume) * self.master * self.effects)
        channel.play(sound)

    def _effect_channel(self) -> pygame.mixer.Channel:
        """A free channel past the reserved ones (pygame's find_channel would hand out the crowd's), or, with all
        of them busy, the next one in turn: a new punch matters more than the tail of an old one."""
        for index in range(RESERVED_CHANNELS, CHANNELS):
            channel = pygame.mixer.Channel(index)
            if not channel.get_busy():
                return channel
        self._stolen = RESERVED_CHANNELS + (self._stolen + 1 - RESERVED_CHANNELS) % (CHANNELS - RESERVED_CHANNELS)
        return pygame.mixer.Channel(self._stolen)

    def cheer(self, strength: float = 1.0) -> None:
        """The crowd roars; if it is roaring already it only grows louder, it does not start over."""
        sound = self._sounds.get(CHEER)
        if sound is None:
            return
        channel = pygame.mixer.Channel(CHEER_CHANNEL)
        busy = channel.get_busy()
        self._cheer_volume = max(self._cheer_volume, _clamp(strength)) if busy else _clamp(strength)
        channel.set_volume(self._cheer_volume * self.master * self.effects)
        if not busy:
            channel.play(sound)

    def crowd(self, level: float) -> None:
        """Sets the crowd loop's level (0 stops it): the scene swells it on big moments and lets it settle."""
        self._crowd_level = _clamp(level)
        self._apply_crowd()

    def _apply_crowd(self) -> None:
        sound = self._sounds.get(CROWD_LOOP)
        if sound is None:
            return
        channel = pygame.mixer.Channel(CROWD_CHANNEL)
        if self._crowd_level <= 0.0:
            channel.stop()
            return
        channel.set_volume(self._crowd_level * self.master * self.effects)
        if not channel.get_busy():
            channel.play(sound, loops=-1)

    def on_fight_events(self, events: Iterable[Event]) -> list[str]:
        """Plays what one tick of the fight sounds like; returns the names of the sounds (silent or not)."""
        cues = fight_cues(events)
        for cue in cues:
            if cue.name == CHEER:
                self.cheer(cue.volume)
            else:
                self.play(cue.name, cue.volume)
        return [cue.name for cue in cues]

    # --- music -----------------------------------------------------------------------------------------------

    def music(self, name: str, fade_ms: int = 0) -> None:
        """Loops a piece of music; asking for the one already playing changes nothing."""
        path = self._music_files.get(name)
        if path is None or (name == self._music_on and pygame.mixer.music.get_busy()):
            return
        try:
            pygame.mixer.music.load(path)
            pygame.mixer.music.set_volume(self.master * self.music_volume)
            pygame.mixer.music.play(loops=-1, fade_ms=fade_ms)
        except MIXER_ERRORS as exc:
            log.warning("cannot play %s, skipped: %s", path, exc)
            del self._music_files[name]
            return
        self._music_on = name

    def stop_music(self, fade_ms: int = 0) -> None:
        if not self.enabled or self._music_on is None:
            return
        if fade_ms > 0:
            pygame.mixer.music.fadeout(fade_ms)
        else:
            pygame.mixer.music.stop()
        self._music_on = None

    # --- settings and shutdown -------------------------------------------------------------------------------

    def set_volumes(self, master: float, effects: float, music: float) -> None:
        """Each 0..1 (out of range is clamped); the crowd and music playing now follow at once."""
        self.master, self.effects, self.music_volume = _clamp(master), _clamp(effects), _clamp(music)
        if not self.enabled:
            return
        pygame.mixer.music.set_volume(self.master * self.music_volume)
        self._apply_crowd()
        if pygame.mixer.Channel(CHEER_CHANNEL).get_busy():
            pygame.mixer.Channel(CHEER_CHANNEL).set_volume(self._cheer_volume * self.master * self.effects)

    def stop_all(self) -> None:
        if not self.enabled:
            return
        pygame.mixer.stop()
        self.stop_music()
        self._crowd_level = 0.0

    def close(self) -> None:
        """Stops everything and, if this object opened the mixer, closes it again."""
        self.stop_all()
        self._sounds.clear()
        self._music_files.clear()
        if self._owns_mixer:
            pygame.mixer.quit()
        self.enabled = self._owns_mixer = False
