"""The default keyboard layouts: two players share one keyboard without sharing a key or jamming each other.

Why these keys (and which combinations were avoided for ghosting) is written in game/input/keyboard.py.
"""

from __future__ import annotations

import pygame

from game.input.keyboard import (
    BOUND_ACTIONS,
    LEFT_HALF,
    MENU_SIDE,
    MODIFIER_KEYS,
    RESERVED_KEYS,
    RIGHT_HALF,
    SOLO,
    KeyBindings,
    key_code,
    key_id,
    same_group,
)

# Where each key sits on an ANSI board, in key widths from the left edge (the centre of the key).
ANSI_X = {
    **{k: 1.5 + i for i, k in enumerate("1234567890")},
    **{k: 2.0 + i for i, k in enumerate("qwertyuiop[]")},
    **{k: 2.25 + i for i, k in enumerate("asdfghjkl;'")},
    **{k: 2.75 + i for i, k in enumerate("zxcvbnm,./")},
    "space": 7.0, "return": 13.9, "up": 16.0, "left": 15.0, "down": 16.0, "right": 17.0,
}
SPACE_HALF_WIDTH = 3.1  # Space runs from about 3.9 to 10.1: player one's thumb takes its left end


def keys_of(layout: KeyBindings) -> set[int]:
    return {c for codes in layout.keys.values() for c in codes}


def test_the_two_halves_share_no_key() -> None:
    assert not keys_of(LEFT_HALF) & keys_of(RIGHT_HALF)


def test_every_action_of_both_halves_and_of_the_solo_layout_is_bound() -> None:
    for layout in (LEFT_HALF, RIGHT_HALF, SOLO):
        assert all(layout.keys.get(a) for a in BOUND_ACTIONS), layout


def test_within_a_half_no_two_fight_actions_share_a_key() -> None:
    for layout in (LEFT_HALF, RIGHT_HALF, SOLO):
        for a in BOUND_ACTIONS:
            for b in BOUND_ACTIONS:
                if a is not b and same_group(a, b):
                    assert not set(layout.keys[a]) & set(layout.keys[b]), (a, b)


def test_the_halves_avoid_modifiers_reserved_keys_and_the_keypad() -> None:
    for layout in (LEFT_HALF, RIGHT_HALF):
        for code in keys_of(layout):
            assert code not in MODIFIER_KEYS, pygame.key.name(code)
            assert code not in RESERVED_KEYS, pygame.key.name(code)
            assert not pygame.key.name(code).startswith("[") or len(pygame.key.name(code)) == 1, \
                "no numeric keypad: Num Lock changes it and laptops have none"


def test_player_one_sits_left_of_player_two_with_a_free_column_between() -> None:
    left = [ANSI_X[pygame.key.name(c)] for c in keys_of(LEFT_HALF) if pygame.key.name(c) != "space"]
    right = [ANSI_X[pygame.key.name(c)] for c in keys_of(RIGHT_HALF)]
    assert max(left) + 1.5 < min(right)
    assert min(right) > 7.0 - SPACE_HALF_WIDTH


def test_each_players_held_keys_come_from_different_rows() -> None:
    """Direction, Down and Block are what a player holds at once: spread over rows, not one matrix line."""
    from game.sim.inputs import Action

    for layout in (LEFT_HALF, RIGHT_HALF):
        rows = set()
        for action in (Action.RIGHT, Action.DOWN, Action.BLOCK):
            name = pygame.key.name(layout.keys[action][0])
            rows.add("arrows" if name in ("up", "down", "left", "right") else
                     "space" if name == "space" else
                     next(i for i, row in enumerate(("1234567890", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"))
                          if name in row))
        assert len(rows) >= 2


def test_menu_side_actions_are_the_only_ones_allowed_to_share() -> None:
    from game.sim.inputs import Action

    assert Action.CONFIRM in MENU_SIDE and Action.JAB not in MENU_SIDE
    assert LEFT_HALF.keys[Action.CONFIRM] == LEFT_HALF.keys[Action.BLOCK]  # Space: block, and confirm a break


def test_key_names_round_trip_through_the_settings_file() -> None:
    for code in keys_of(LEFT_HALF) | keys_of(RIGHT_HALF) | keys_of(SOLO):
        assert key_code(key_id(code)) == code
