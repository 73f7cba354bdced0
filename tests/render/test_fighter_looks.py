"""Looks and poses are content: a mistake in them names its file and key, and they never change replays."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.content.errors import ContentError
from game.content.library import load_content
from tests.content_edit import copy_levels, edit


@pytest.fixture
def levels(tmp_path: Path) -> Path:
    return copy_levels(tmp_path)


def problems(root: Path) -> str:
    with pytest.raises(ContentError) as info:
        load_content(root)
    return "\n".join(str(p) for p in info.value.problems)


def test_a_bad_colour_names_file_and_key(levels: Path) -> None:
    edit(levels / "looks/cole.toml", r'(\[trunks\]\ncolour = )"#[0-9a-f]+"', r'\1"black"')
    assert 'levels/looks/cole.toml: trunks.colour: expected a colour like "#c0182a", got "black"' in problems(levels)


def test_a_build_out_of_range_names_file_and_key(levels: Path) -> None:
    edit(levels / "looks/viktor.toml", r"glove_px = \d+", "glove_px = 90")
    assert "levels/looks/viktor.toml: build.glove_px: expected a number from 8 to 26, got 90" in problems(levels)


def test_an_unknown_hair_style_and_an_unknown_key_are_named(levels: Path) -> None:
    edit(levels / "looks/danny.toml", r'style = "curly"', 'style = "mohawk"\ntattoo = true')
    found = problems(levels)
    assert "levels/looks/danny.toml: hair.style: expected one of" in found
    assert "levels/looks/danny.toml: hair.tattoo: unknown key" in found


def test_a_missing_look_file_is_named(levels: Path) -> None:
    (levels / "looks/vito.toml").unlink()
    assert "levels/looks/vito.toml: file not found" in problems(levels)


def test_a_look_for_no_fighter_is_refused(levels: Path) -> None:
    shutil.copy(levels / "looks/vito.toml", levels / "looks/vitto.toml")
    assert "levels/looks/vitto.toml: no fighter with this id" in problems(levels)


def test_a_key_naming_no_pose_is_refused(levels: Path) -> None:
    edit(levels / "looks/poses.toml", r'(\[anims\.idle\]\nclock = "loop"\nframes = \d+\nkeys = \[\[0\.0, )"stance"',
         r'\1"stanse"')
    assert 'levels/looks/poses.toml: anims.idle.keys[0]: no pose named "stanse"' in problems(levels)


def test_a_bad_joint_angle_names_the_pose(levels: Path) -> None:
    edit(levels / "looks/poses.toml", r"(\[poses\.jab_out\].*?lead_arm = )\[[^\]]*\]", r'\1[110, "straight"]')
    assert "levels/looks/poses.toml: poses.jab_out.lead_arm: expected [angle, bend]" in problems(levels)


def test_key_times_must_run_from_zero_to_one(levels: Path) -> None:
    edit(levels / "looks/poses.toml", r'(\[moves\.jab\]\nstartup = \[\[0\.0, "stance"\], \[)1\.0', r"\g<1>0.8")
    assert "levels/looks/poses.toml: moves.jab.startup: expected the times to run from 0.0 to 1.0" in problems(levels)


def test_a_missing_move_animation_is_named(levels: Path) -> None:
    edit(levels / "looks/poses.toml", r"\[moves\.uppercut\].*?(?=\n\[moves\.body_hook\])", "")
    assert "levels/looks/poses.toml: moves.uppercut: missing" in problems(levels)


def test_a_pose_based_on_itself_is_refused(levels: Path) -> None:
    edit(levels / "looks/poses.toml", r'(\[poses\.stance_in\][^\n]*\nbase = )"stance"', r'\1"stance_in"')
    assert "levels/looks/poses.toml: poses.stance_in.base: a pose cannot be its own base" in problems(levels)


def test_looks_do_not_change_the_content_digest_replays_record(levels: Path) -> None:
    before = load_content(levels).digest
    edit(levels / "looks/vito.toml", r'(\[trunks\]\ncolour = )"#[0-9a-f]+"', r'\1"#123456"')
    edit(levels / "looks/poses.toml", r"(\[poses\.stance\].*?lean = )\d+", r"\g<1>12")
    assert load_content(levels).digest == before


def test_every_shipped_fighter_has_a_look_and_every_state_a_pose(levels: Path) -> None:
    content = load_content(levels)
    assert set(content.looks) == set(content.fighters)
    book = content.looks.poses
    assert book is not None
    assert all(book.moves[m]["active"] for m in content.fighter("vito").moves)
