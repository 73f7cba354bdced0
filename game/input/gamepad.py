"""Gamepads: SDL's game-controller buttons by name, a raw-joystick fallback mapping for pads SDL has no mapping
for, the analog-stick dead zone, the default pad layout, and the names prompts show for each family of pad.

Buttons are named as SDL's controller database names them ("a", "leftshoulder", "dpup", ...), plus two pseudo
buttons for the analog triggers ("lefttrigger", "righttrigger": down past half travel). The left stick always moves
as the d-pad does (it is not a binding), read through a round dead zone.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import pygame

from game.sim.inputs import Action

BUTTONS: dict[int, str] = {
    pygame.CONTROLLER_BUTTON_A: "a", pygame.CONTROLLER_BUTTON_B: "b", pygame.CONTROLLER_BUTTON_X: "x",
    pygame.CONTROLLER_BUTTON_Y: "y", pygame.CONTROLLER_BUTTON_BACK: "back", pygame.CONTROLLER_BUTTON_GUIDE: "guide",
    pygame.CONTROLLER_BUTTON_START: "start", pygame.CONTROLLER_BUTTON_LEFTSTICK: "leftstick",
    pygame.CONTROLLER_BUTTON_RIGHTSTICK: "rightstick", pygame.CONTROLLER_BUTTON_LEFTSHOULDER: "leftshoulder",
    pygame.CONTROLLER_BUTTON_RIGHTSHOULDER: "rightshoulder", pygame.CONTROLLER_BUTTON_DPAD_UP: "dpup",
    pygame.CONTROLLER_BUTTON_DPAD_DOWN: "dpdown", pygame.CONTROLLER_BUTTON_DPAD_LEFT: "dpleft",
    pygame.CONTROLLER_BUTTON_DPAD_RIGHT: "dpright",
}
TRIGGERS = {pygame.CONTROLLER_AXIS_TRIGGERLEFT: "lefttrigger", pygame.CONTROLLER_AXIS_TRIGGERRIGHT: "righttrigger"}
STICK_X, STICK_Y = pygame.CONTROLLER_AXIS_LEFTX, pygame.CONTROLLER_AXIS_LEFTY
AXIS_FULL = 32767
TRIGGER_DOWN = 0.5  # a trigger counts as pressed past half its travel

# A joystick SDL cannot map: the layout most USB pads share (XInput order), the first hat as the d-pad, axes 0/1
# as the left stick and axes 2/5 as the triggers when the pad has them.
RAW_BUTTONS: dict[int, str] = {0: "a", 1: "b", 2: "x", 3: "y", 4: "leftshoulder", 5: "rightshoulder", 6: "back",
                               7: "start", 8: "leftstick", 9: "rightstick", 10: "guide"}
RAW_TRIGGER_AXES: dict[int, str] = {2: "lefttrigger", 5: "righttrigger"}

BINDABLE = ("a", "b", "x", "y", "leftshoulder", "rightshoulder", "lefttrigger", "righttrigger", "leftstick",
            "rightstick", "back", "dpup", "dpdown", "dpleft", "dpright")
RESERVED_BUTTONS = frozenset({"start", "guide"})  # pause, and the system's own button

PAD_KEYS: dict[Action, tuple[str, ...]] = {
    Action.LEFT: ("dpleft",),
    Action.RIGHT: ("dpright",),
    Action.UP: ("dpup",),
    Action.DOWN: ("dpdown",),
    Action.BLOCK: ("rightshoulder", "lefttrigger"),
    Action.SLIP: ("leftshoulder",),
    Action.JAB: ("x",),
    Action.STRAIGHT: ("y",),
    Action.HOOK: ("b",),
    Action.UPPERCUT: ("a",),
    Action.POWER: ("righttrigger",),
    Action.CONFIRM: ("a",),
    Action.RESET: ("back",),
}

STICK_ACTIONS = {"lsleft": Action.LEFT, "lsright": Action.RIGHT, "lsup": Action.UP, "lsdown": Action.DOWN}

_XBOX = {"a": "A", "b": "B", "x": "X", "y": "Y", "leftshoulder": "LB", "rightshoulder": "RB", "lefttrigger": "LT",
         "righttrigger": "RT", "leftstick": "LS", "rightstick": "RS", "back": "Back", "start": "Start",
         "guide": "Guide", "dpup": "D-Up", "dpdown": "D-Down", "dpleft": "D-Left", "dpright": "D-Right"}
_PLAYSTATION = {**_XBOX, "a": "Cross", "b": "Circle", "x": "Square", "y": "Triangle", "leftshoulder": "L1",
                "rightshoulder": "R1", "lefttrigger": "L2", "righttrigger": "R2", "leftstick": "L3",
                "rightstick": "R3", "back": "Share", "start": "Options", "guide": "PS"}
_NINTENDO = {**_XBOX, "leftshoulder": "L", "rightshoulder": "R", "lefttrigger": "ZL", "righttrigger": "ZR",
             "back": "-", "start": "+", "guide": "Home"}
_RAW = {**{name: f"B{i + 1}" for i, name in RAW_BUTTONS.items()}, "lefttrigger": "Axis 3", "righttrigger": "Axis 6",
        "dpup": "Hat up", "dpdown": "Hat down", "dpleft": "Hat left", "dpright": "Hat right"}
NAMES: dict[str, dict[str, str]] = {"xbox": _XBOX, "playstation": _PLAYSTATION, "nintendo": _NINTENDO, "raw": _RAW}


def family(name: str, raw: bool = False) -> str:
    """Which printed button names a pad has, from the name SDL gives it."""
    if raw:
        return "raw"
    low = name.lower()
    if any(w in low for w in ("playstation", "ps3", "ps4", "ps5", "dualshock", "dualsense", "sony")):
        return "playstation"
    if any(w in low for w in ("nintendo", "switch", "joy-con", "pro controller")):
        return "nintendo"
    return "xbox"


def button_label(button: str, fam: str = "xbox") -> str:
    return NAMES.get(fam, _XBOX).get(button, button)


def stick_directions(x: float, y: float, dead_zone: float) -> frozenset[str]:
    """The directions a stick at (x, y) in -1..1 points, with a round dead zone; diagonals give two."""
    mag = math.hypot(x, y)
    if mag <= dead_zone:
        return frozenset()
    # within 67.5 degrees of an axis counts, so the diagonals press both directions
    edge = 0.38 * mag
    out = set()
    if x < -edge:
        out.add("lsleft")
    elif x > edge:
        out.add("lsright")
    if y < -edge:
        out.add("lsup")
    elif y > edge:
        out.add("lsdown")
    return frozenset(out)


def hat_buttons(value: tuple[int, int]) -> frozenset[str]:
    x, y = value
    out = set()
    if x < 0:
        out.add("dpleft")
    elif x > 0:
        out.add("dpright")
    if y > 0:  # a hat's y points up
        out.add("dpup")
    elif y < 0:
        out.add("dpdown")
    return frozenset(out)


def pad_frame(bindings: Mapping[Action, tuple[str, ...]], held: frozenset[str] | set[str]) -> int:
    """The InputFrame of a pad: bound buttons held, plus the left stick's directions."""
    bits = 0
    for action, buttons in bindings.items():
        if any(b in held for b in buttons):
            bits |= action
    for name, action in STICK_ACTIONS.items():
        if name in held:
            bits |= action
    return int(bits)
