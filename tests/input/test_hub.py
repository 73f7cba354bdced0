"""The input layer, driven by synthetic events: the right InputFrame for the right player on the right tick,
gamepads with a dead zone, menus from any device, hot-plug, prompts per device and rumble."""

from __future__ import annotations

import pygame
import pytest

from game.input.hub import KB, MENU_REPEAT, REPEAT_EVERY_TICKS, REPEAT_FIRST_TICKS, Inputs, Menu
from game.input.keyboard import LEFT_HALF, RIGHT_HALF, SOLO
from game.save.settings import Controls
from game.sim.inputs import Action
from tests.input.events import axis, button_down, button_up, key_down, key_up, pad_added, pad_removed

A, B, X, Y = (pygame.CONTROLLER_BUTTON_A, pygame.CONTROLLER_BUTTON_B, pygame.CONTROLLER_BUTTON_X,
              pygame.CONTROLLER_BUTTON_Y)


@pytest.fixture
def inputs() -> Inputs:
    return Inputs(Controls())


def feed(inputs: Inputs, *events: pygame.event.Event) -> None:
    for e in events:
        inputs.handle(e)


def test_a_held_key_is_in_every_frame_until_it_is_released(inputs: Inputs) -> None:
    jab = SOLO.keys[Action.JAB][0]
    feed(inputs, key_down(jab))
    for _ in range(3):
        assert inputs.frame(0) & Action.JAB
        inputs.end_tick()
    feed(inputs, key_up(jab))
    assert not inputs.frame(0) & Action.JAB


def test_a_tap_between_two_ticks_still_reaches_the_next_tick_and_only_that_one(inputs: Inputs) -> None:
    jab = SOLO.keys[Action.JAB][0]
    feed(inputs, key_down(jab), key_up(jab))
    assert inputs.frame(0) & Action.JAB
    inputs.end_tick()
    assert not inputs.frame(0) & Action.JAB


def test_two_players_on_the_keyboard_halves_each_get_their_own_keys_on_the_same_tick(inputs: Inputs) -> None:
    inputs.assign(["kb:left", "kb:right"])
    feed(inputs, key_down(LEFT_HALF.keys[Action.JAB][0]), key_down(RIGHT_HALF.keys[Action.HOOK][0]),
         key_down(RIGHT_HALF.keys[Action.LEFT][0]))
    assert inputs.frame(0) == Action.JAB
    assert inputs.frame(1) == Action.HOOK | Action.LEFT


def test_one_player_alone_gets_the_roomy_layout_and_player_two_nothing(inputs: Inputs) -> None:
    feed(inputs, key_down(pygame.K_LEFT), key_down(pygame.K_k))
    assert inputs.frame(0) == Action.LEFT | Action.STRAIGHT
    assert inputs.frame(1) == 0


def test_a_lone_keyboard_half_becomes_the_whole_keyboard_when_the_other_player_has_a_pad(inputs: Inputs) -> None:
    feed(inputs, pad_added(4))
    inputs.assign(["kb:left", "pad:4"])
    assert inputs.device(0) == KB
    feed(inputs, key_down(pygame.K_k), button_down(4, X))
    assert inputs.frame(0) == Action.STRAIGHT
    assert inputs.frame(1) == Action.JAB


def test_two_pads_each_drive_their_own_player(inputs: Inputs) -> None:
    feed(inputs, pad_added(1), pad_added(2))
    inputs.assign(["pad:2", "pad:1"])
    feed(inputs, button_down(1, Y), button_down(2, X))
    assert inputs.frame(0) == Action.JAB
    assert inputs.frame(1) == Action.STRAIGHT
    feed(inputs, button_up(1, Y))
    inputs.end_tick()
    assert inputs.frame(1) == 0


def test_the_dead_zone_swallows_a_resting_stick_and_a_push_moves(inputs: Inputs) -> None:
    feed(inputs, pad_added(1))
    feed(inputs, axis(1, pygame.CONTROLLER_AXIS_LEFTX, -0.2), axis(1, pygame.CONTROLLER_AXIS_LEFTY, 0.1))
    assert inputs.frame(0) == 0
    feed(inputs, axis(1, pygame.CONTROLLER_AXIS_LEFTX, -0.8))
    assert inputs.frame(0) == Action.LEFT
    feed(inputs, axis(1, pygame.CONTROLLER_AXIS_LEFTY, 0.7))  # down-left: both
    assert inputs.frame(0) == Action.LEFT | Action.DOWN


def test_the_dead_zone_is_a_setting(inputs: Inputs) -> None:
    feed(inputs, pad_added(1), axis(1, pygame.CONTROLLER_AXIS_LEFTX, 0.3))
    assert inputs.frame(0) == Action.RIGHT
    assert inputs.controls is not None
    inputs.controls.dead_zone = 0.4
    assert inputs.frame(0) == 0


def test_a_trigger_is_a_button_past_half_travel(inputs: Inputs) -> None:
    feed(inputs, pad_added(1), axis(1, pygame.CONTROLLER_AXIS_TRIGGERRIGHT, 0.3))
    assert inputs.frame(0) == 0
    feed(inputs, axis(1, pygame.CONTROLLER_AXIS_TRIGGERRIGHT, 0.9))
    assert inputs.frame(0) == Action.POWER


def test_a_raw_joystick_sdl_cannot_map_still_plays(inputs: Inputs) -> None:
    feed(inputs, pygame.event.Event(pygame.JOYDEVICEADDED, instance_id=9, name="Cheap USB Pad"))
    feed(inputs, pygame.event.Event(pygame.JOYBUTTONDOWN, instance_id=9, button=2),
         pygame.event.Event(pygame.JOYHATMOTION, instance_id=9, hat=0, value=(1, 0)))
    assert inputs.frame(0) == Action.JAB | Action.RIGHT
    assert inputs.label(0, Action.JAB) == "B3"
    feed(inputs, pygame.event.Event(pygame.JOYAXISMOTION, instance_id=9, axis=0, value=-0.1))
    assert inputs.frame(0) & Action.RIGHT  # the hat still holds right; a stick inside the dead zone adds nothing


def test_a_mapped_pad_is_not_read_twice_through_its_joystick_events(inputs: Inputs) -> None:
    feed(inputs, pad_added(1), pygame.event.Event(pygame.JOYBUTTONDOWN, instance_id=1, button=0))
    assert inputs.frame(0) == 0


def test_menus_answer_every_device(inputs: Inputs) -> None:
    assert inputs.menu(key_down(pygame.K_RETURN)) == Menu.CONFIRM
    assert inputs.menu(key_down(pygame.K_ESCAPE)) == Menu.BACK
    feed(inputs, pad_added(1))
    for button, command in ((A, Menu.CONFIRM), (B, Menu.BACK), (pygame.CONTROLLER_BUTTON_START, Menu.PAUSE),
                            (pygame.CONTROLLER_BUTTON_DPAD_UP, Menu.UP)):
        event = button_down(1, button)
        inputs.handle(event)
        assert inputs.menu(event) == command
    down = axis(1, pygame.CONTROLLER_AXIS_LEFTY, 0.9)
    inputs.handle(down)
    assert inputs.menu(down) == Menu.DOWN
    again = axis(1, pygame.CONTROLLER_AXIS_LEFTY, 0.95)  # still down: not a second command
    inputs.handle(again)
    assert inputs.menu(again) is None


def test_a_held_stick_repeats_in_menus_and_stops_when_released(inputs: Inputs) -> None:
    feed(inputs, pad_added(1), axis(1, pygame.CONTROLLER_AXIS_LEFTY, -0.9))
    repeats = []
    for _ in range(REPEAT_FIRST_TICKS + 2 * REPEAT_EVERY_TICKS):
        repeats += inputs.repeats()
    assert len(repeats) == 3
    assert all(e.type == MENU_REPEAT and inputs.menu(e) == Menu.UP for e in repeats)
    feed(inputs, axis(1, pygame.CONTROLLER_AXIS_LEFTY, 0.0))
    assert not any(inputs.repeats() for _ in range(100))


def test_prompts_name_the_buttons_of_the_device_in_use(inputs: Inputs) -> None:
    assert inputs.label(0, Action.JAB) == "J"
    feed(inputs, pad_added(1), button_down(1, X))
    assert inputs.label(0, Action.JAB) == "X" and inputs.label(0, Action.BLOCK) == "RB"
    feed(inputs, key_down(pygame.K_a))
    assert inputs.label(0, Action.JAB) == "J"
    feed(inputs, pad_added(2, "PS5 Controller"))
    inputs.assign(["kb:left", "kb:right"])
    assert inputs.label(0, Action.JAB) == "G" and inputs.label(1, Action.JAB) == "Quote"
    inputs.assign(["pad:2", "pad:1"])
    assert inputs.label(0, Action.JAB) == "Square" and inputs.label(0, Action.SLIP) == "L1"
    assert inputs.device_name(0) == "PS5 Controller"


def test_the_menu_hint_follows_the_last_device(inputs: Inputs) -> None:
    assert "Enter" in inputs.menu_hint()
    feed(inputs, pad_added(1), button_down(1, A))
    assert "A pick" in inputs.menu_hint() and "B back" in inputs.menu_hint()


def test_unplugging_an_assigned_pad_loses_that_player_and_another_pad_takes_the_side(inputs: Inputs) -> None:
    feed(inputs, pad_added(1), pad_added(2))
    inputs.assign(["kb:left", "pad:2"])
    feed(inputs, button_down(2, X))
    feed(inputs, pad_removed(2))
    assert inputs.take_lost() == [1] and inputs.missing == {1}
    assert inputs.frame(1) == 0
    feed(inputs, pad_removed(1))  # nobody's pad: nothing lost
    assert inputs.take_lost() == []
    feed(inputs, pad_added(7))
    assert inputs.take_found() == [1] and not inputs.missing
    assert inputs.device(1) == "pad:7"
    feed(inputs, button_down(7, Y))
    assert inputs.frame(1) == Action.STRAIGHT


def test_one_player_who_loses_the_pad_in_use_is_told_and_any_key_carries_on(inputs: Inputs) -> None:
    feed(inputs, pad_added(1), button_down(1, A), button_up(1, A))
    feed(inputs, pad_removed(1))
    assert inputs.take_lost() == [0] and inputs.missing == {0}
    feed(inputs, key_down(pygame.K_j))
    assert not inputs.missing and inputs.take_found() == [0]


def test_losing_focus_lets_go_of_everything(inputs: Inputs) -> None:
    feed(inputs, pad_added(1), key_down(pygame.K_a), button_down(1, X))
    feed(inputs, pygame.event.Event(pygame.WINDOWFOCUSLOST))
    inputs.end_tick()
    assert inputs.frame(0) == 0


def test_rumble_reaches_the_players_pad_and_can_be_switched_off(inputs: Inputs) -> None:
    class Handle:
        def __init__(self) -> None:
            self.calls: list[tuple[float, float, int]] = []

        def rumble(self, low: float, high: float, ms: int) -> None:
            self.calls.append((low, high, ms))

    feed(inputs, pad_added(1))
    handle = Handle()
    inputs.pads[1].handle = handle
    inputs.assign(["kb:left", "pad:1"])
    inputs.rumble(0, 1.0, 300)  # player one is on the keyboard: nothing to shake
    inputs.rumble(1, 0.8, 300)
    assert handle.calls == [(0.8, 0.8, 300)]
    assert inputs.controls is not None
    inputs.controls.rumble = False
    inputs.rumble(1, 0.8, 300)
    assert len(handle.calls) == 1


def test_the_join_screen_can_tell_the_two_halves_apart(inputs: Inputs) -> None:
    assert inputs.source(key_down(LEFT_HALF.keys[Action.JAB][0])) == "kb:left"
    assert inputs.source(key_down(pygame.K_RETURN)) == "kb:right"
    assert inputs.source(key_down(pygame.K_ESCAPE)) is None
    feed(inputs, pad_added(5))
    assert inputs.source(button_down(5, A)) == "pad:5"


def test_a_mapped_pads_joystick_echo_names_no_device_and_no_action(inputs: Inputs) -> None:
    # SDL sends a JOYBUTTONDOWN along with every CONTROLLERBUTTONDOWN of a mapped pad: screens that read single
    # presses (join, fighter pick) must see the press once
    feed(inputs, pad_added(5))
    echo = pygame.event.Event(pygame.JOYBUTTONDOWN, instance_id=5, button=0)
    assert inputs.source(echo) is None and inputs.actions_of("pad:5", echo) == 0
    assert inputs.actions_of("pad:5", button_down(5, X)) == Action.JAB


def test_a_held_key_repeats_as_its_own_keyboard_half(inputs: Inputs) -> None:
    right = RIGHT_HALF.keys[Action.RIGHT][0]
    feed(inputs, key_down(right))
    repeats = [e for _ in range(REPEAT_FIRST_TICKS + 1) for e in inputs.repeats()]
    assert repeats and all(inputs.source(e) == "kb:right" for e in repeats)


class _RawStick:
    """A joystick SDL has no mapping for, resting as a generic pad does: axis 2 is a centred stick, 5 a trigger."""

    def get_numaxes(self) -> int:
        return 6

    def get_axis(self, axis: int) -> float:
        return {5: -1.0}.get(axis, 0.03)


def test_a_raw_pads_centred_axis_is_a_stick_not_a_trigger(inputs: Inputs) -> None:
    from game.input.hub import resting_triggers

    feed(inputs, pygame.event.Event(pygame.JOYDEVICEADDED, instance_id=9, name="Cheap USB Pad"))
    inputs.pads[9].triggers = resting_triggers(_RawStick())
    feed(inputs, pygame.event.Event(pygame.JOYAXISMOTION, instance_id=9, axis=2, value=0.03))
    assert inputs.frame(0) == 0  # before: a stick resting near the middle held the left trigger's action
    feed(inputs, pygame.event.Event(pygame.JOYAXISMOTION, instance_id=9, axis=5, value=0.9))
    assert inputs.frame(0) != 0  # the real trigger still works


def _press(key: int, scancode: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=scancode)


def test_the_halves_work_by_where_the_keys_sit_on_other_layouts(inputs: Inputs) -> None:
    inputs.assign(["kb:left", "kb:right"])
    # German: the key right of L types a-umlaut (228) where the right half expects Quote (its jab)
    quote = RIGHT_HALF.keys[Action.JAB][0]
    assert quote == pygame.K_QUOTE
    feed(inputs, _press(228, 52))
    assert inputs.frame(1) & Action.JAB and not inputs.frame(0)
    assert inputs.source(_press(228, 52)) == "kb:right"
    # French: the key where W sits types Z; it is still player one's up
    feed(inputs, _press(pygame.K_z, 26))
    assert inputs.frame(0) & Action.UP
    # a key bound by its own code keeps its meaning, wherever it sits
    feed(inputs, _press(pygame.K_a, 20))
    assert inputs.frame(0) & Action.LEFT


def test_the_menu_hint_offers_left_right_only_where_they_change_something(inputs: Inputs) -> None:
    assert "Left/Right" in inputs.menu_hint() and "Left/Right" not in inputs.menu_hint(change=False)
