"""Rebinding: a key another action uses is swapped, one the other half uses is refused, reserved keys are kept,
reset brings the defaults back, and the bindings go through the settings file unchanged."""

from __future__ import annotations

import pygame

from game.input.bindings import Bindings, default_table
from game.input.keyboard import LEFT_HALF, RIGHT_HALF
from game.sim.inputs import Action


def test_a_key_another_action_uses_is_swapped() -> None:
    b = Bindings()
    jab, straight = LEFT_HALF.keys[Action.JAB][0], LEFT_HALF.keys[Action.STRAIGHT][0]
    result = b.rebind("keys_p1", Action.JAB, straight)
    assert result.ok and "Swapped" in result.message
    assert b.tables["keys_p1"][Action.JAB] == (straight,)
    assert b.tables["keys_p1"][Action.STRAIGHT] == (jab,)


def test_a_key_of_the_other_half_is_refused_and_nothing_changes() -> None:
    b = Bindings()
    before = dict(b.tables["keys_p2"])
    result = b.rebind("keys_p2", Action.JAB, LEFT_HALF.keys[Action.JAB][0])
    assert not result.ok and "player 1" in result.message
    assert b.tables["keys_p2"] == before


def test_reserved_keys_and_buttons_are_refused() -> None:
    b = Bindings()
    assert not b.rebind("keys_solo", Action.JAB, pygame.K_ESCAPE).ok
    assert not b.rebind("keys_solo", Action.JAB, pygame.K_F11).ok
    assert not b.rebind("pad_p1", Action.JAB, "start").ok
    assert not b.rebind("pad_p1", Action.JAB, pygame.K_a).ok  # a key is no pad button


def test_a_pad_button_swaps_within_the_fight_actions_but_may_share_with_confirm() -> None:
    b = Bindings()
    assert b.rebind("pad_p1", Action.HOOK, "a").ok  # A: uppercut and confirm
    table = b.tables["pad_p1"]
    assert table[Action.HOOK] == ("a",) and table[Action.UPPERCUT] == ("b",)
    assert table[Action.CONFIRM] == ("a",)  # confirm is a menu-side action: it keeps A


def test_reset_brings_back_the_defaults() -> None:
    b = Bindings()
    b.rebind("keys_p2", Action.JAB, pygame.K_k)
    b.reset("keys_p2")
    assert b.tables["keys_p2"] == default_table("keys_p2")
    assert b.keyboard("keys_p2") == RIGHT_HALF


def test_bindings_survive_the_settings_file() -> None:
    b = Bindings()
    b.rebind("keys_p1", Action.SLIP, pygame.K_c)
    b.rebind("pad_p2", Action.BLOCK, "leftstick")
    saved = b.to_json()
    assert set(saved) == {"keys_p1", "pad_p2"}  # only what the player changed
    again = Bindings.from_json(saved)
    assert again.tables == b.tables


def test_a_broken_profile_falls_back_to_its_defaults_and_the_rest_stays() -> None:
    raw = {"keys_p1": {"jab": ["no such key"]}, "pad_p1": {"jab": ["y"], "straight": ["x"]},
           "keys_p2": {"jab": ["g"]}}  # g is player one's: the halves would share it
    b = Bindings.from_json(raw)
    assert b.tables["keys_p1"] == default_table("keys_p1")
    assert b.tables["pad_p1"][Action.JAB] == ("y",)
    assert b.tables["keys_p2"] == default_table("keys_p2")
    assert Bindings.from_json("garbage").tables == Bindings().tables
