"""A fighter file may start from another (`based_on`) and give only what differs: young Vito boxes with old Vito's
moves and frame data, with his own stats and look, and is locked until the story is finished."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.errors import ContentError
from game.content.library import Content, load_content
from tests.content_edit import copy_levels


def test_young_vito_takes_the_moves_of_old_vito_and_changes_only_what_his_file_says(content: Content) -> None:
    old, young = content.fighters["vito"], content.fighters["vito_prime"]
    assert young.moves == old.moves and young.hurtboxes == old.hurtboxes
    assert young.hand_speed > old.hand_speed and young.foot_speed > old.foot_speed
    assert (young.unlock, old.unlock) == ("story", "")
    assert content.looks["vito_prime"].hair_style != content.looks["vito"].hair_style
    assert content.looks["vito_prime"].skin == content.looks["vito"].skin


def test_a_base_that_does_not_exist_is_named(tmp_path: Path) -> None:
    root = copy_levels(tmp_path)
    path = root / "fighters" / "vito_prime.toml"
    path.write_text(path.read_text().replace('based_on = "vito"', 'based_on = "vitto"'))
    with pytest.raises(ContentError) as err:
        load_content(root)
    assert "levels/fighters/vitto.toml" in str(err.value) and "file not found" in str(err.value)


def test_an_unknown_unlock_is_named(tmp_path: Path) -> None:
    root = copy_levels(tmp_path)
    path = root / "fighters" / "vito_prime.toml"
    path.write_text(path.read_text().replace('unlock = "story"', 'unlock = "cheat"'))
    with pytest.raises(ContentError) as err:
        load_content(root)
    assert "levels/fighters/vito_prime.toml: unlock: expected one of story" in str(err.value)
