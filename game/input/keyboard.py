"""The keyboard as an input source: the default layouts (one player alone, or two players sharing the keyboard),
key names for prompts and for the settings file, and reading held keys into an InputFrame.

Three layouts:

- SOLO, one player alone: move on A/D (or the arrows), punches under the right hand on J K L I U, block on Space,
  slip on Shift. Roomy, because nobody else is at the keyboard.
- LEFT_HALF, player one when two share the keyboard: the left hand on W A S D with the thumb on Space (block);
  the right hand on G H J (jab, straight, hook) with T and Y above (haymaker, uppercut) and B below (slip).
- RIGHT_HALF, player two: the right hand on the arrows; the left hand on L ; ' (hook, straight, jab) with P and [
  above (uppercut, haymaker), . and / below (block, slip); Enter confirms.

The halves share no key, and every key of player one lies left of every key of player two with a free column (K)
between the two players' hands. CONFIRM and RESET are menu-side actions: they may sit on a fight key of the same
player (Space confirms for player one) because they never act during an exchange.

Ghosting. A membrane keyboard reads its keys through a matrix of row and column wires; with three keys down at the
corners of a rectangle, the fourth corner reads as pressed too, so the firmware blocks it ("ghosting" and "jamming").
Most guarantee only two keys at once outside a small protected gaming area (W A S D, Space, the arrows). What a
player holds at once here is a direction, Down and Block (the low guard while stepping) and one tapped punch, and
both players do it together, so the defaults stay away from the combinations known to jam:

- no modifiers. Shift, Ctrl and Alt sit on their own matrix lines that many cheap boards share with Space and the
  arrows (Shift + Up + Left + Space is the classic triple that drops the fourth key), and they carry system
  shortcuts: five taps of Shift start Sticky Keys on Windows, Ctrl + arrows switch desktops on macOS and GNOME,
  Alt + Enter is our own fullscreen toggle and AltGr is Right Alt on European layouts.
- player two's block is not on Space: Up + Left + Space is the triple most often reported to ghost, and Space is
  player one's.
- no numeric keypad: laptops have none, Num Lock changes what its keys send, and Shift + a keypad key arrives as
  an arrow.
- each player's held keys (direction, Down, Block) come from different rows of the board (W A S D with Space for
  one; the arrows with . for the other), the spread that survives a two-key-rollover matrix best.
- Esc, Backspace and F11 stay free: they pause, go back and switch fullscreen.

Every binding can be changed in Settings > Controls (other layouts, other boards).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass

import pygame

from game.sim.inputs import Action

K = pygame

SOLO_KEYS: dict[Action, tuple[int, ...]] = {
    Action.LEFT: (K.K_a, K.K_LEFT),
    Action.RIGHT: (K.K_d, K.K_RIGHT),
    Action.UP: (K.K_w, K.K_UP),
    Action.DOWN: (K.K_s, K.K_DOWN),
    Action.BLOCK: (K.K_SPACE,),
    Action.SLIP: (K.K_LSHIFT, K.K_RSHIFT),
    Action.JAB: (K.K_j,),
    Action.STRAIGHT: (K.K_k,),
    Action.HOOK: (K.K_l,),
    Action.UPPERCUT: (K.K_i,),
    Action.POWER: (K.K_u,),
    Action.CONFIRM: (K.K_RETURN, K.K_KP_ENTER),
    Action.RESET: (K.K_r,),
}

LEFT_HALF_KEYS: dict[Action, tuple[int, ...]] = {
    Action.LEFT: (K.K_a,),
    Action.RIGHT: (K.K_d,),
    Action.UP: (K.K_w,),
    Action.DOWN: (K.K_s,),
    Action.BLOCK: (K.K_SPACE,),
    Action.SLIP: (K.K_b,),
    Action.JAB: (K.K_g,),
    Action.STRAIGHT: (K.K_h,),
    Action.HOOK: (K.K_j,),
    Action.UPPERCUT: (K.K_y,),
    Action.POWER: (K.K_t,),
    Action.CONFIRM: (K.K_SPACE,),
    Action.RESET: (K.K_r,),
}

RIGHT_HALF_KEYS: dict[Action, tuple[int, ...]] = {
    Action.LEFT: (K.K_LEFT,),
    Action.RIGHT: (K.K_RIGHT,),
    Action.UP: (K.K_UP,),
    Action.DOWN: (K.K_DOWN,),
    Action.BLOCK: (K.K_PERIOD,),
    Action.SLIP: (K.K_SLASH,),
    Action.JAB: (K.K_QUOTE,),
    Action.STRAIGHT: (K.K_SEMICOLON,),
    Action.HOOK: (K.K_l,),
    Action.UPPERCUT: (K.K_p,),
    Action.POWER: (K.K_LEFTBRACKET,),
    Action.CONFIRM: (K.K_RETURN,),
    Action.RESET: (K.K_RIGHTBRACKET,),
}

# Keys no action may take: they pause, go back and switch fullscreen everywhere.
RESERVED_KEYS = frozenset({K.K_ESCAPE, K.K_BACKSPACE, K.K_F11})
MODIFIER_KEYS = frozenset({K.K_LSHIFT, K.K_RSHIFT, K.K_LCTRL, K.K_RCTRL, K.K_LALT, K.K_RALT, K.K_LGUI, K.K_RGUI,
                           K.K_MODE, K.K_CAPSLOCK})

# Actions that act in menus and between rounds rather than in an exchange: they may share a key with a fight action.
MENU_SIDE = frozenset({Action.CONFIRM, Action.RESET})

ACTION_LABELS: dict[Action, str] = {
    Action.LEFT: "Move left", Action.RIGHT: "Move right", Action.UP: "Up", Action.DOWN: "Down (body / low guard)",
    Action.BLOCK: "Block (hold)", Action.SLIP: "Slip", Action.JAB: "Jab", Action.STRAIGHT: "Straight",
    Action.HOOK: "Hook", Action.UPPERCUT: "Uppercut", Action.POWER: "Haymaker (heart full)",
    Action.CONFIRM: "Confirm / skip the break", Action.RESET: "Reset (training)",
}

BOUND_ACTIONS: tuple[Action, ...] = tuple(ACTION_LABELS)


def same_group(a: Action, b: Action) -> bool:
    """Two actions that must not share a key: both fight actions, or both menu-side ones."""
    return (a in MENU_SIDE) == (b in MENU_SIDE)


@dataclass(frozen=True)
class KeyBindings:
    keys: Mapping[Action, tuple[int, ...]]

    def frame(self, pressed: Container[int] | object) -> int:
        """The actions held now, as an InputFrame bitmask. `pressed` is a set of key codes, or anything indexed by
        key code (pygame.key.get_pressed())."""
        held = _holder(pressed)
        bits = 0
        for action, codes in self.keys.items():
            if any(held(code) for code in codes):
                bits |= action
        return int(bits)

    def actions_of(self, code: int) -> int:
        """Every action this key does, as a bitmask (0: not one of this layout's keys)."""
        return int(sum((a for a, codes in self.keys.items() if code in codes), Action(0)))

    def all_keys(self) -> frozenset[int]:
        return frozenset(c for codes in self.keys.values() for c in codes)


def _holder(pressed: object):  # type: ignore[no-untyped-def]
    if isinstance(pressed, (set, frozenset)):
        return pressed.__contains__
    return lambda code: bool(pressed[code])  # type: ignore[index]


_PRETTY = {"space": "Space", "left shift": "Shift", "right shift": "R-Shift", "return": "Enter", "enter": "Enter",
           "up": "Up", "down": "Down", "left": "Left", "right": "Right", "'": "Quote", "left ctrl": "Ctrl",
           "right ctrl": "R-Ctrl", "left alt": "Alt", "right alt": "R-Alt", "tab": "Tab",
           # punctuation is a speck in a prompt: say its name
           ".": "Period", "/": "Slash", ";": "Semicolon", ",": "Comma", "`": "Backquote",
           "\\": "Backslash", "-": "Minus", "=": "Equals"}


# SDL scan codes (where a key sits on the board) and the key a US layout gives there: letters, digits and the
# punctuation the default halves use. A key whose own code is bound to nothing is read from where it sits, so the
# halves keep working on other layouts (on a German board the key right of L types a-umlaut: it is still Quote).
_US_AT: dict[int, int] = {
    **{4 + i: ord("a") + i for i in range(26)},
    **{30 + i: ord("1") + i for i in range(9)}, 39: ord("0"),
    45: ord("-"), 46: ord("="), 47: ord("["), 48: ord("]"), 49: ord("\\"), 51: ord(";"), 52: ord("'"),
    53: ord("`"), 54: ord(","), 55: ord("."), 56: ord("/"),
}


def physical_key(key: int, scancode: int, bound: frozenset[int] | set[int]) -> int:
    """The key a press means: its own code when something is bound to it, else the US key at its place on the board
    when that one is bound (another layout's letter where the halves expect punctuation), else its own code."""
    if key in bound:
        return key
    us = _US_AT.get(scancode)
    return us if us is not None and us in bound else key


def key_name(code: int) -> str:
    """A short name for a key, as a prompt shows it."""
    name = pygame.key.name(code)
    if name in _PRETTY:
        return _PRETTY[name]
    if not name:
        return f"key {code}"
    if name.startswith("[") and name.endswith("]") and len(name) > 2:
        return "Pad " + name[1:-1]
    return name.upper() if len(name) == 1 else name.title()


_CODES: dict[str, int] | None = None
MAX_KEY_CODE = (1 << 30) + 512  # SDL key codes: characters, or 1 << 30 | a scancode (below 512)


def key_code(name: str) -> int | None:
    """The key for a name written by `key_id` (the settings file), or None if this pygame knows no such key."""
    global _CODES
    if _CODES is None:
        table: dict[str, int] = {}
        for attr in dir(pygame):
            if attr.startswith("K_"):
                code = getattr(pygame, attr)
                table.setdefault(pygame.key.name(code), code)
        _CODES = table
    if name.startswith("#") and name[1:].isdigit() and len(name) <= 12:
        code = int(name[1:])
        return code if 0 < code < MAX_KEY_CODE else None
    return _CODES.get(name)


def key_id(code: int) -> str:
    """How a key is written in the settings file: pygame's name for it, or #code for a key with no name."""
    name = pygame.key.name(code)
    return name if name and key_code(name) == code else f"#{code}"


def layout(keys: Mapping[Action, Iterable[int]]) -> KeyBindings:
    return KeyBindings({a: tuple(keys[a]) for a in BOUND_ACTIONS if a in keys})


SOLO = layout(SOLO_KEYS)
LEFT_HALF = layout(LEFT_HALF_KEYS)
RIGHT_HALF = layout(RIGHT_HALF_KEYS)
