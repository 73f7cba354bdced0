"""game.audio.player.Audio: plays with the dummy driver, and stays silent, quietly, when sound cannot start."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pygame
import pytest

from game.audio import catalog
from game.audio.player import CHANNELS, CHEER_CHANNEL, CROWD_CHANNEL, RESERVED_CHANNELS, Audio
from game.sim.events import Event

BIG_MOMENT = [Event("hit", 0, "haymaker", 24_000, "head"), Event("hit", 1, "body_hook", 8000, "body"),
              Event("knockdown", 1, value=1), Event("count", value=1)]


@pytest.fixture(autouse=True)
def closed_mixer() -> Iterator[None]:
    """Every test starts and ends with the mixer closed, whatever another test left behind."""
    pygame.mixer.quit()
    yield
    pygame.mixer.quit()


@pytest.fixture
def broken_mixer(monkeypatch: pytest.MonkeyPatch) -> None:
    def init(*args: object, **kwargs: object) -> NoReturn:
        os.write(2, b"ALSA lib pcm.c: Unknown PCM default\n")  # what a real sound stack prints on its way down
        raise pygame.error("no available audio device")

    monkeypatch.setattr(pygame.mixer, "init", init)


def test_the_dummy_driver_plays_effects_crowd_and_music() -> None:
    assert os.environ["SDL_AUDIODRIVER"] == "dummy"
    audio = Audio()
    assert audio.enabled and pygame.mixer.get_init()
    for name in catalog.EFFECTS:
        audio.play(name, 0.5)
    audio.crowd(0.6)
    assert pygame.mixer.Channel(CROWD_CHANNEL).get_busy()
    audio.music("theme")
    assert pygame.mixer.music.get_busy()
    assert audio.on_fight_events(BIG_MOMENT)[:2] == ["hit_head_heavy", "crowd_cheer"]
    assert pygame.mixer.Channel(CHEER_CHANNEL).get_busy()
    audio.crowd(0.0)
    assert not pygame.mixer.Channel(CROWD_CHANNEL).get_busy()
    audio.stop_music()
    audio.close()
    assert not pygame.mixer.get_init()


def test_effects_never_take_the_crowd_channels_even_when_every_channel_is_busy() -> None:
    audio = Audio()
    for _ in range(CHANNELS * 2):
        audio.play("bell_triple")
    assert not pygame.mixer.Channel(CROWD_CHANNEL).get_busy()
    assert not pygame.mixer.Channel(CHEER_CHANNEL).get_busy()
    assert all(pygame.mixer.Channel(i).get_busy() for i in range(RESERVED_CHANNELS, CHANNELS))
    audio.crowd(0.5)
    audio.cheer(0.5)
    for _ in range(CHANNELS):
        audio.play("hit_body_heavy")
    crowd = pygame.mixer.Channel(CROWD_CHANNEL).get_sound()
    assert crowd is not None and crowd.get_length() == pytest.approx(8.0, abs=0.01)
    audio.close()


def test_the_volume_settings_reach_the_music_and_the_crowd() -> None:
    audio = Audio()
    audio.music("theme")
    audio.crowd(1.0)
    audio.set_volumes(0.5, 0.4, 0.6)
    assert pygame.mixer.music.get_volume() == pytest.approx(0.3, abs=0.01)
    assert pygame.mixer.Channel(CROWD_CHANNEL).get_volume() == pytest.approx(0.2, abs=0.01)
    audio.set_volumes(2.0, -1.0, 0.5)
    assert (audio.master, audio.effects, audio.music_volume) == (1.0, 0.0, 0.5)
    audio.close()


def test_a_mixer_that_fails_to_start_means_silence_without_a_fuss(
        broken_mixer: None, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> None:
    with caplog.at_level(logging.DEBUG, logger="game.audio"):
        audio = Audio()
        audio.play("hit_head_heavy")
        audio.cheer()
        audio.crowd(1.0)
        audio.music("theme")
        audio.set_volumes(0.5, 0.5, 0.5)
        heard = audio.on_fight_events(BIG_MOMENT)
        audio.stop_music()
        audio.stop_all()
        audio.close()
    assert not audio.enabled and not pygame.mixer.get_init()
    assert heard[0] == "hit_head_heavy"  # the seam still says what would have played
    assert len(caplog.records) == 1 and "no sound" in caplog.records[0].getMessage()
    assert capfd.readouterr().err == ""


def test_play_is_a_no_op_without_a_mixer(broken_mixer: None, monkeypatch: pytest.MonkeyPatch) -> None:
    audio = Audio()

    def untouchable(*args: object) -> NoReturn:
        raise AssertionError("the mixer was used while sound is off")

    for name in ("find_channel", "Channel", "Sound", "stop"):
        monkeypatch.setattr(pygame.mixer, name, untouchable)
    audio.play("block")
    audio.cheer(1.0)
    audio.crowd(0.7)
    audio.on_fight_events(BIG_MOMENT)
    audio.set_volumes(1.0, 1.0, 1.0)


def test_sound_off_by_choice_never_opens_the_mixer() -> None:
    audio = Audio(enabled=False)
    audio.play("bell")
    audio.music("theme")
    assert not audio.enabled and not pygame.mixer.get_init()


def test_missing_files_are_skipped_with_one_log_line(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    for name in ("block", "bell"):
        shutil.copy(catalog.SOUNDS_DIR / f"{name}.wav", tmp_path)
    (tmp_path / "whiff.wav").write_bytes(b"RIFF, but not really")
    with caplog.at_level(logging.INFO, logger="game.audio"):
        audio = Audio(tmp_path)
    assert audio.enabled
    assert len(caplog.records) == 1
    message = caplog.records[0].getMessage()
    assert "whiff" in message and "theme" in message and "crowd_loop" in message and "block," not in message
    audio.play("whiff")
    audio.play("hit_head_heavy")
    audio.crowd(1.0)
    audio.music("theme")
    audio.play("block")
    assert not pygame.mixer.music.get_busy()
    audio.close()


def test_closing_leaves_a_mixer_someone_else_opened() -> None:
    pygame.mixer.init()
    audio = Audio()
    assert audio.enabled
    audio.close()
    assert pygame.mixer.get_init()
