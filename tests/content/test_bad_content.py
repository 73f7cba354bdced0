"""A mistake in a content file is reported with its file, key and what was expected, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.cli import main
from game.content.errors import ContentError
from game.content.library import LEVELS_ENV, load_content
from tests.content_edit import copy_levels, edit


@pytest.fixture
def levels(tmp_path: Path) -> Path:
    return copy_levels(tmp_path)


def problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_content(root)
    return [str(p) for p in info.value.problems]


def test_a_wrong_type_names_file_key_and_expectation(levels: Path) -> None:
    edit(levels / "fighters/cole.toml", r"(\[moves\.hook\]\nstartup = )\d+", r'\1"fast"')
    found = problems(levels)
    assert any(p.startswith('levels/fighters/cole.toml: moves.hook.startup: expected a whole number of frames')
               and p.endswith('got "fast"') for p in found), found


def test_negative_frames_are_refused(levels: Path) -> None:
    edit(levels / "fighters/vito.toml", r"(\[moves\.jab\]\nstartup = 5\nactive = 3\nrecovery = )8", r"\1-2")
    assert any("levels/fighters/vito.toml: moves.jab.recovery: expected a whole number of frames" in p
               for p in problems(levels))


def test_a_missing_move_is_named(levels: Path) -> None:
    edit(levels / "fighters/danny.toml", r"\[moves\.uppercut\].*?(?=\n\[moves\.body_hook\])", "")
    assert "levels/fighters/danny.toml: moves.uppercut: missing" in "\n".join(problems(levels))


def test_an_unknown_key_is_named(levels: Path) -> None:
    edit(levels / "fighters/viktor.toml", r"(\[stats\][^\n]*\n)", r"\1punch_speed = 7\n")
    assert "levels/fighters/viktor.toml: stats.punch_speed: unknown key" in problems(levels)


def test_a_hitbox_that_cannot_reach_is_refused(levels: Path) -> None:
    edit(levels / "fighters/vito.toml", r"hitboxes = \[\[14, 78, 36, 10\]", "hitboxes = [[0, 78, 4, 10]")
    found = "\n".join(problems(levels))
    assert "levels/fighters/vito.toml: moves.jab.hitboxes[0]: cannot reach" in found


def test_a_hitbox_at_the_wrong_height_is_refused(levels: Path) -> None:
    edit(levels / "fighters/vito.toml", r"hitboxes = \[\[14, 78, 36, 10\]", "hitboxes = [[14, 10, 36, 10]")
    assert "moves.jab.hitboxes[0]: cannot reach: it misses the height of the head" in "\n".join(problems(levels))


def test_broken_toml_names_the_file(levels: Path) -> None:
    (levels / "judges.toml").write_text("[[judges]\nname = ")
    assert any(p.startswith("levels/judges.toml: is not valid TOML") for p in problems(levels))


def test_every_problem_is_listed_not_only_the_first(levels: Path) -> None:
    edit(levels / "fighters/cole.toml", r"(\[stats\][^\n]*\npower = )9", r"\g<1>11")
    edit(levels / "rules.toml", r"(count_to = )10", r'\g<1>"ten"')
    found = problems(levels)
    assert any(p.startswith("levels/fighters/cole.toml: stats.power: expected a whole number from 1 to 10")
               for p in found)
    assert any(p.startswith("levels/rules.toml: knockdown.count_to:") for p in found)


def test_check_content_lists_errors_and_exits_1(levels: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(levels / "fighters/cole.toml", r"(\[moves\.hook\]\nstartup = )\d+", r'\1"fast"')
    assert main(["check-content", str(levels)]) == 1
    err = capsys.readouterr().err
    assert "levels/fighters/cole.toml: moves.hook.startup:" in err
    assert "Traceback" not in err


def test_check_content_passes_on_the_shipped_levels(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-content"]) == 0
    assert "Content is valid" in capsys.readouterr().out


def test_simulate_refuses_broken_content_with_the_same_message(
        levels: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    edit(levels / "fighters/cole.toml", r"(\[moves\.hook\]\nstartup = )\d+", r'\1"fast"')
    monkeypatch.setenv(LEVELS_ENV, str(levels))
    assert main(["simulate", "--p1", "vito", "--p2", "cole", "--rounds", "1"]) == 2
    err = capsys.readouterr().err
    assert 'levels/fighters/cole.toml: moves.hook.startup: expected a whole number of frames' in err
    assert "Traceback" not in err
