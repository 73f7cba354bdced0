"""Settings survive a restart; a file that cannot be read is moved aside and the defaults are used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.save.atomic import atomic_write_bytes
from game.save.settings import SCHEMA, Settings, load_settings, save_settings


def test_settings_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    s = Settings()
    s.audio.music = 0.3
    s.video.scale = 3
    s.accessibility.getup_hold = True
    s.versus.p1, s.versus.rounds = "danny", 12
    save_settings(path, s)
    loaded, notice = load_settings(path)
    assert notice is None
    assert loaded == s
    assert json.loads(path.read_text())["schema"] == SCHEMA


def test_no_file_means_defaults_and_no_message(tmp_path: Path) -> None:
    loaded, notice = load_settings(tmp_path / "settings.json")
    assert loaded == Settings() and notice is None


@pytest.mark.parametrize("text", ['{"schema": 1, "audio": {"music": 0.', "not json at all", "", "[1, 2]",
                                  '{"audio": {}}', '{"schema": 99}'])
def test_a_broken_file_is_moved_aside_and_the_player_is_told(tmp_path: Path, text: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(text)
    loaded, notice = load_settings(path)
    assert loaded == Settings()
    assert notice is not None and "could not be read" in notice
    kept = list(tmp_path.glob("settings.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_text() == text
    assert not path.exists()


def test_unreadable_bytes_are_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    loaded, notice = load_settings(path)
    assert loaded == Settings() and notice
    assert list(tmp_path.glob("settings.json.corrupt-*"))


def test_wrong_values_fall_back_or_are_clamped_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema": 1, "audio": {"music": 7, "master": "loud", "effects": 0.5},
                                "versus": {"rounds": 40, "p1": "cole"}, "video": {"fullscreen": "yes"}}))
    loaded, notice = load_settings(path)
    assert notice is None
    assert loaded.audio.music == 1.0 and loaded.audio.master == Settings().audio.master
    assert loaded.audio.effects == 0.5
    assert loaded.versus.rounds == 12 and loaded.versus.p1 == "cole"
    assert loaded.video.fullscreen is False


def test_a_crash_between_writing_and_replacing_keeps_the_old_file(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    old = Settings()
    old.audio.music = 0.2
    save_settings(path, old)

    def power_cut(src: object, dst: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr("game.save.atomic.os.replace", power_cut)
    new = Settings()
    new.audio.music = 0.9
    with pytest.raises(OSError):
        save_settings(path, new)
    monkeypatch.undo()
    loaded, notice = load_settings(path)
    assert notice is None and loaded.audio.music == 0.2
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temporary file left behind


def test_atomic_write_replaces_whole_files(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    atomic_write_bytes(path, b"a" * 1000)
    atomic_write_bytes(path, b"b")
    assert path.read_bytes() == b"b"


def test_a_schema_1_file_is_migrated_and_keeps_every_value(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema": 1, "audio": {"music": 0.3}, "versus": {"p1": "danny", "rounds": 5},
                                "accessibility": {"getup_hold": True}}))
    loaded, notice = load_settings(path)
    assert notice is None
    assert loaded.audio.music == 0.3 and loaded.versus.p1 == "danny" and loaded.accessibility.getup_hold
    assert loaded.controls.rumble is True and loaded.controls.bindings == {}
    save_settings(path, loaded)
    assert json.loads(path.read_text())["schema"] == SCHEMA == 2


def test_bindings_and_rumble_survive_a_restart(tmp_path: Path) -> None:
    import pygame

    from game.input.bindings import Bindings
    from game.sim.inputs import Action

    path = tmp_path / "settings.json"
    s = Settings()
    bindings = Bindings()
    assert bindings.rebind("keys_solo", Action.JAB, pygame.K_f).ok
    assert bindings.rebind("pad_p2", Action.SLIP, "lefttrigger").ok
    s.controls.bindings = bindings.to_json()
    s.controls.rumble = False
    s.controls.dead_zone = 0.4
    save_settings(path, s)
    loaded, notice = load_settings(path)
    assert notice is None and loaded == s
    again = Bindings.from_json(loaded.controls.bindings)
    assert again.tables["keys_solo"][Action.JAB] == (pygame.K_f,)
    assert again.tables["pad_p2"][Action.SLIP] == ("lefttrigger",)


@pytest.mark.parametrize("cut", [1, 10, 40, 90])
def test_a_half_written_file_is_moved_aside_and_never_crashes(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "settings.json"
    s = Settings()
    s.controls.bindings = {"keys_p1": {"jab": ["c"]}}
    save_settings(path, s)
    whole = path.read_bytes()
    path.write_bytes(whole[:cut])
    loaded, notice = load_settings(path)
    assert loaded == Settings() and notice is not None and "could not be read" in notice
    assert len(list(tmp_path.glob("settings.json.corrupt-*"))) == 1


def test_broken_bindings_inside_a_good_file_fall_back_without_losing_the_rest(tmp_path: Path) -> None:
    from game.input.hub import Inputs
    from game.sim.inputs import Action

    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema": 2, "audio": {"music": 0.4},
                                "controls": {"bindings": {"keys_solo": {"jab": [7]}, "pad_p1": "x"}}}))
    loaded, notice = load_settings(path)
    assert notice is None and loaded.audio.music == 0.4
    inputs = Inputs(loaded.controls)
    assert inputs.label(0, Action.JAB) == "J"


def test_the_app_tells_the_player_once_when_the_file_was_moved_aside(tmp_path: Path) -> None:
    import pygame

    from game.app import App
    from game.content.library import load_content

    path = tmp_path / "settings.json"
    path.write_text('{"schema": 2, "controls": {"bindings": {"keys_p1"')
    settings, notice = load_settings(path)
    app = App(load_content(), settings, path, notice, headless=True)
    assert app.notices == [notice]
    app.quit()  # the defaults are written back; the next start is silent
    assert load_settings(path)[1] is None
    pygame.quit()


def test_a_file_nested_too_deep_is_moved_aside_and_never_crashes(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    loaded, notice = load_settings(path)
    assert loaded == Settings() and notice is not None and "could not be read" in notice
    assert len(list(tmp_path.glob("settings.json.corrupt-*"))) == 1


def test_a_key_code_no_keyboard_has_falls_back_to_the_default() -> None:
    from game.input.bindings import Bindings
    from game.sim.inputs import Action

    bindings = Bindings.from_json({"keys_solo": {"jab": ["#99999999999999999999"]}, "keys_p1": {"jab": ["#0"]}})
    assert bindings.tables["keys_solo"][Action.JAB] == Bindings.from_json({}).tables["keys_solo"][Action.JAB]
    assert bindings.tables["keys_p1"][Action.JAB] == Bindings.from_json({}).tables["keys_p1"][Action.JAB]
