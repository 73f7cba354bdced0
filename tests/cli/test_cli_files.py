"""Files named on the command line: a folder is not a replay, an empty name is refused, and a command never
creates the missing folders of a file it writes (the game's own saves still make their folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.cli import main
from game.save.records import Records, save_records


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["verify", "play"])
def test_a_folder_is_said_to_be_a_folder_not_a_replay(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                      command: str) -> None:
    code, _, err = run(capsys, "replay", command, str(tmp_path))
    assert code == 2
    assert f"{tmp_path} is a folder, not a replay file" in err and "no replay file" not in err
    assert len(err.strip().splitlines()) == 1


def test_an_empty_replay_name_is_refused_not_read_as_the_current_folder(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "replay", "verify", "")
    assert code == 2
    assert "empty" in err and "folder" not in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("argv", [
    ["splits", "export", "steps", "--out", "{missing}/x.lss"],
    ["simulate", "--rounds", "1", "--record", "{missing}/fight.omr"],
    ["screenshot", "title", "--out", "{missing}/title.png"],
])
def test_a_missing_output_folder_is_refused_and_never_created(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              argv: list[str]) -> None:
    monkeypatch.setenv("ONE_MORE_ROUND_HOME", str(tmp_path / "home"))
    missing = tmp_path / "no" / "such"
    code, out, err = run(capsys, *[a.format(missing=missing) for a in argv])
    assert code == 2
    assert f"the folder {missing} does not exist" in err
    assert len(err.strip().splitlines()) == 1 and not out
    assert not (tmp_path / "no").exists()


def test_the_game_s_own_saves_still_make_their_folder(tmp_path: Path) -> None:
    path = tmp_path / "fresh" / "home" / "records.json"
    save_records(path, Records())
    assert path.is_file()
