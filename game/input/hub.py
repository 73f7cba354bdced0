"""Every input device behind one door: per tick, one InputFrame per player; for menus, one command per press.

Scenes ask `app.inputs.frame(player)` once a tick, `app.inputs.label(player, action)` for on-screen prompts, and
`app.inputs.menu(event)` to turn any device's press into a menu command. The app feeds every pygame event to
`handle`, and calls `repeats()` before and `end_tick()` after each tick.

Held state comes from the events themselves (key and button downs and ups, axis motion), so a test can inject
them; a press and release between two ticks still counts on the next tick (it is latched), and neither player's
press can hide the other's. `pygame.key.get_pressed()` is read only when the window regains focus, to pick up
keys already held.

Devices are named by id: "kb" (the whole keyboard, the one-player layout), "kb:left" and "kb:right" (its halves
when two players share it) and "pad:<instance id>". With no assignment (one player) every device drives player
one and prompts follow the device last used; `assign` gives each of two players their own device.
"""

from __future__ import annotations

import contextlib
from collections import deque
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import pygame

from game.input.bindings import Bindings
from game.input.gamepad import (
    AXIS_FULL,
    BUTTONS,
    RAW_BUTTONS,
    RAW_TRIGGER_AXES,
    STICK_X,
    STICK_Y,
    TRIGGER_DOWN,
    TRIGGERS,
    button_label,
    family,
    hat_buttons,
    pad_frame,
    stick_directions,
)
from game.input.keyboard import KeyBindings, physical_key
from game.save.settings import Controls
from game.sim.inputs import Action

KB, KB_LEFT, KB_RIGHT = "kb", "kb:left", "kb:right"
MENU_REPEAT = pygame.event.custom_type()  # a held direction in a menu, repeated
REPEAT_FIRST_TICKS = 22
REPEAT_EVERY_TICKS = 6


class Menu(StrEnum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    CONFIRM = "confirm"
    BACK = "back"
    PAUSE = "pause"
    ALT = "alt"  # a second choice where a screen offers one (fight again, reset to defaults)


DIRECTIONS = (Menu.UP, Menu.DOWN, Menu.LEFT, Menu.RIGHT)

_MENU_KEYS = {
    pygame.K_UP: Menu.UP, pygame.K_w: Menu.UP, pygame.K_DOWN: Menu.DOWN, pygame.K_s: Menu.DOWN,
    pygame.K_LEFT: Menu.LEFT, pygame.K_a: Menu.LEFT, pygame.K_RIGHT: Menu.RIGHT, pygame.K_d: Menu.RIGHT,
    pygame.K_RETURN: Menu.CONFIRM, pygame.K_KP_ENTER: Menu.CONFIRM, pygame.K_SPACE: Menu.CONFIRM,
    pygame.K_j: Menu.CONFIRM, pygame.K_ESCAPE: Menu.BACK, pygame.K_BACKSPACE: Menu.BACK, pygame.K_r: Menu.ALT,
}
_MENU_BUTTONS = {"dpup": Menu.UP, "dpdown": Menu.DOWN, "dpleft": Menu.LEFT, "dpright": Menu.RIGHT,
                 "a": Menu.CONFIRM, "b": Menu.BACK, "start": Menu.PAUSE, "x": Menu.ALT}
_STICK_MENU = {"lsup": Menu.UP, "lsdown": Menu.DOWN, "lsleft": Menu.LEFT, "lsright": Menu.RIGHT}
MENU_STICK = 0.5  # menus take the stick only past half its travel, so a resting stick never scrolls


@dataclass
class Pad:
    instance_id: int
    name: str
    raw: bool = False  # a joystick SDL has no mapping for
    handle: Any = None  # the pygame Controller or Joystick (rumble), None for injected test pads
    held: set[str] = field(default_factory=set)
    latched: set[str] = field(default_factory=set)
    stick: list[float] = field(default_factory=lambda: [0.0, 0.0])
    triggers: frozenset[int] = frozenset(RAW_TRIGGER_AXES)  # a raw pad's axes that rest at -1 (its triggers)

    @property
    def id(self) -> str:
        return f"pad:{self.instance_id}"

    @property
    def fam(self) -> str:
        return family(self.name, self.raw)

    def buttons(self, dead_zone: float) -> frozenset[str]:
        return frozenset(self.held | self.latched) | stick_directions(self.stick[0], self.stick[1], dead_zone)


def resting_triggers(joystick: Any) -> frozenset[int]:
    """The trigger axes of a joystick SDL has no mapping for: those at rest near -1 (a centred axis is a stick)."""
    try:
        count = joystick.get_numaxes()
        return frozenset(a for a in RAW_TRIGGER_AXES if a < count and joystick.get_axis(a) < -0.5)
    except pygame.error:
        return frozenset()


def _open(index: int) -> tuple[int, str, bool, Any] | None:
    """Open the device SDL added at `index`: as a game controller when SDL has a mapping for it, else as a raw
    joystick. (instance id, name, raw, handle), or None when it is gone again or cannot be opened."""
    try:
        from pygame._sdl2 import controller

        if controller.is_controller(index):
            pad = controller.Controller(index)
            return pad.as_joystick().get_instance_id(), pad.name, False, pad
        stick = pygame.joystick.Joystick(index)
        return stick.get_instance_id(), stick.get_name(), True, stick
    except (pygame.error, AttributeError, ImportError):
        return None


def _echo(pad: Pad, event: pygame.event.Event) -> bool:
    """SDL reports a mapped controller's presses twice, once as a joystick: only its controller events count."""
    return not pad.raw and event.type in (pygame.JOYBUTTONDOWN, pygame.JOYBUTTONUP, pygame.JOYHATMOTION,
                                          pygame.JOYAXISMOTION)


def _direction(button: str) -> Menu | None:
    command = _MENU_BUTTONS.get(button) or _STICK_MENU.get(button)
    return command if command in DIRECTIONS else None


class Inputs:
    def __init__(self, controls: Any = None) -> None:
        self.controls = controls  # the settings' controls section (rumble, dead zone, bindings), or None
        self.bindings = Bindings.from_json(getattr(controls, "bindings", None))
        self.held_keys: set[int] = set()
        self.latched_keys: set[int] = set()
        self.pads: dict[int, Pad] = {}
        self.slots: list[str] | None = None  # None: one player, every device drives player one
        self.active = KB  # the device player one used last (one-player prompts)
        self.menu_device = KB  # the device that last gave a menu command (hint bars)
        self.missing: set[int] = set()
        self._lost: list[int] = []
        self._found: list[int] = []
        self._repeat: tuple[Menu, str, int] | None = None  # direction, device, ticks held
        self._last: tuple[pygame.event.Event | None, Menu | None] = (None, None)
        self.rumble_log: deque[tuple[int, float, int]] = deque(maxlen=16)

    # --- setup --------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Open SDL's joystick and game-controller support so pads report themselves (hot-plug included)."""
        try:
            pygame.joystick.init()
            from pygame._sdl2 import controller

            controller.init()
        except (pygame.error, ImportError):
            pass

    @property
    def dead_zone(self) -> float:
        return float(getattr(self.controls, "dead_zone", Controls.dead_zone))

    @property
    def rumble_on(self) -> bool:
        return bool(getattr(self.controls, "rumble", True))

    def save_bindings(self) -> None:
        """Write the bindings back into the settings (the app saves the file)."""
        if self.controls is not None:
            self.controls.bindings = self.bindings.to_json()

    # --- players and devices ------------------------------------------------------------------------------

    @property
    def players(self) -> int:
        return 1 if self.slots is None else len(self.slots)

    def solo(self) -> None:
        """One player: every device drives player one."""
        self.slots = None
        self.missing.clear()

    def assign(self, devices: list[str]) -> None:
        """Each player their own device (two players): a lone keyboard half becomes the whole keyboard."""
        slots = list(devices)
        on_keys = [d for d in slots if d.startswith(KB)]
        if len(on_keys) == 1:
            slots[slots.index(on_keys[0])] = KB
        self.slots = slots
        self.missing = {p for p, d in enumerate(slots) if d.startswith("pad:") and self._pad(d) is None}

    def device(self, player: int) -> str | None:
        if self.slots is None:
            return self.active if player == 0 else None
        return self.slots[player] if player < len(self.slots) else None

    def device_name(self, player: int) -> str:
        dev = self.device(player)
        if dev is None:
            return "CPU"
        if player in self.missing:
            return "gamepad unplugged"
        return self.describe(dev)

    def describe(self, dev: str) -> str:
        if dev == KB:
            return "Keyboard"
        if dev == KB_LEFT:
            return "Keyboard, left half"
        if dev == KB_RIGHT:
            return "Keyboard, right half"
        pad = self._pad(dev)
        return pad.name if pad is not None else "Gamepad"

    def connected_pads(self) -> list[Pad]:
        return [self.pads[i] for i in sorted(self.pads)]

    def pad_of(self, player: int) -> Pad | None:
        """The gamepad a player is on, if they are on one and it is plugged in."""
        return self._pad(self.device(player))

    def _pad(self, dev: str | None) -> Pad | None:
        if dev is None or not dev.startswith("pad:"):
            return None
        return self.pads.get(int(dev[4:]))

    def profile(self, player: int, dev: str | None = None) -> str:
        """The bindings profile a player's device uses."""
        dev = dev if dev is not None else self.device(player)
        if dev == KB_LEFT:
            return "keys_p1"
        if dev == KB_RIGHT:
            return "keys_p2"
        if dev is None or dev == KB:
            return "keys_solo"
        return "pad_p2" if player == 1 else "pad_p1"

    def keyboard(self, profile: str) -> KeyBindings:
        return self.bindings.keyboard(profile)

    def bound_keys(self) -> frozenset[int]:
        """Every key some keyboard layout of the game uses."""
        return self.bindings.all_keys()

    def key_of(self, event: pygame.event.Event) -> int:
        """The key a key event means to the game (see `physical_key`: other keyboard layouts)."""
        return physical_key(event.key, getattr(event, "scancode", 0), self.bound_keys())

    # --- per tick -----------------------------------------------------------------------------------------

    def frame(self, player: int) -> int:
        """The InputFrame of `player` (0 or 1) on this tick."""
        if self.slots is None:
            if player != 0:
                return 0
            bits = self.keyboard("keys_solo").frame(self.held_keys | self.latched_keys)
            pad_keys = self.bindings.pad(0)
            for pad in self.pads.values():
                bits |= pad_frame(pad_keys, pad.buttons(self.dead_zone))
            return bits
        dev = self.device(player)
        if dev is None or player in self.missing:
            return 0
        if dev.startswith(KB):
            return self.keyboard(self.profile(player)).frame(self.held_keys | self.latched_keys)
        found = self._pad(dev)
        return pad_frame(self.bindings.pad(player), found.buttons(self.dead_zone)) if found is not None else 0

    def end_tick(self) -> None:
        """The tick has read its inputs: presses already released stop counting."""
        self.latched_keys.clear()
        for pad in self.pads.values():
            pad.latched.clear()

    def repeats(self) -> list[pygame.event.Event]:
        """Menu directions held long enough to repeat, as events for the scenes' `handle`."""
        if self._repeat is None:
            return []
        command, dev, ticks = self._repeat
        ticks += 1
        self._repeat = (command, dev, ticks)
        if ticks >= REPEAT_FIRST_TICKS and (ticks - REPEAT_FIRST_TICKS) % REPEAT_EVERY_TICKS == 0:
            return [pygame.event.Event(MENU_REPEAT, command=command.value, device=dev)]
        return []

    # --- prompts ------------------------------------------------------------------------------------------

    def label(self, player: int, action: Action) -> str:
        """The name of the key or button that does `action` for `player`, for prompts."""
        dev = self.device(player) or KB
        pad = self._pad(dev)
        return self.bindings.label(self.profile(player, dev), action, pad.fam if pad is not None else "xbox")

    def menu_label(self, command: Menu) -> str:
        """The key or button of the device last used in a menu, for hint bars."""
        pad = self._pad(self.menu_device)
        if pad is None:
            return {Menu.UP: "Up", Menu.DOWN: "Down", Menu.LEFT: "Left", Menu.RIGHT: "Right", Menu.CONFIRM: "Enter",
                    Menu.BACK: "Esc", Menu.PAUSE: "Esc", Menu.ALT: "R"}[command]
        button = {Menu.UP: "dpup", Menu.DOWN: "dpdown", Menu.LEFT: "dpleft", Menu.RIGHT: "dpright",
                  Menu.CONFIRM: "a", Menu.BACK: "b", Menu.PAUSE: "start", Menu.ALT: "x"}[command]
        return button_label(button, pad.fam)

    def menu_hint(self, change: bool = True) -> str:
        """The usual menu hint bar, in the words of the device last used (`change`: Left/Right change a value)."""
        if self._pad(self.menu_device) is None:
            return f"Up/Down choose   {'Left/Right change   ' if change else ''}Enter pick   Esc back"
        return (f"D-pad/stick choose{' and change' if change else ''}   {self.menu_label(Menu.CONFIRM)} pick   "
                f"{self.menu_label(Menu.BACK)} back")

    # --- events -------------------------------------------------------------------------------------------

    def menu(self, event: pygame.event.Event) -> Menu | None:
        """The menu command a press means, from any device."""
        if event is self._last[0]:
            return self._last[1]
        if event.type == MENU_REPEAT:
            return Menu(event.command)
        if event.type == pygame.KEYDOWN:
            return _MENU_KEYS.get(event.key)
        if event.type == pygame.CONTROLLERBUTTONDOWN:
            return _MENU_BUTTONS.get(BUTTONS.get(event.button, ""))
        if event.type == pygame.JOYBUTTONDOWN:
            pad = self.pads.get(getattr(event, "instance_id", -1))
            if pad is not None and pad.raw:
                return _MENU_BUTTONS.get(RAW_BUTTONS.get(event.button, ""))
        return None

    def source(self, event: pygame.event.Event) -> str | None:
        """Which device (and which keyboard half) a press came from, for the join screen."""
        if event.type == pygame.KEYDOWN:
            key = self.key_of(event)
            if key in self.keyboard("keys_p1").all_keys():
                return KB_LEFT
            if key in self.keyboard("keys_p2").all_keys():
                return KB_RIGHT
            return None
        if event.type == MENU_REPEAT:
            dev = getattr(event, "device", None)
            return str(dev) if dev is not None else None
        if event.type in (pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERAXISMOTION, pygame.JOYBUTTONDOWN,
                          pygame.JOYHATMOTION):
            pad = self.pads.get(getattr(event, "instance_id", -1))
            if pad is None or _echo(pad, event):
                return None
            return pad.id
        return None

    def actions_of(self, dev: str, event: pygame.event.Event, player: int = 0) -> int:
        """The actions a key or button press means on `dev`'s layout (0 when it is none of them)."""
        if event.type == pygame.KEYDOWN and dev.startswith(KB):
            return self.keyboard(self.profile(player, dev)).actions_of(self.key_of(event))
        pad = self.pads.get(getattr(event, "instance_id", -1))
        name = self._button_of(event)
        if name is None or pad is None or _echo(pad, event):
            return 0
        return pad_frame(self.bindings.pad(player), {name})

    def handle(self, event: pygame.event.Event) -> None:
        """Device bookkeeping for an event (hot-plug, held keys and buttons), and its menu command."""
        command = self.menu(event)
        kind = event.type
        if kind == pygame.KEYDOWN:
            key = self.key_of(event)
            self.held_keys.add(key)
            self.latched_keys.add(key)
            self.menu_device = KB
            if self.slots is None:
                self.active = KB
                self._recovered()
        elif kind == pygame.KEYUP:
            self.held_keys.discard(self.key_of(event))
            if self._repeat is not None and self._repeat[1].startswith(KB) \
                    and _MENU_KEYS.get(event.key) == self._repeat[0]:
                self._repeat = None
        elif kind in (pygame.WINDOWFOCUSLOST, pygame.WINDOWMINIMIZED):
            self.release_all()
        elif kind == pygame.WINDOWFOCUSGAINED:
            self._resync_keys()
        elif kind in (pygame.CONTROLLERDEVICEADDED, pygame.JOYDEVICEADDED):
            self._added(event)
        elif kind in (pygame.CONTROLLERDEVICEREMOVED, pygame.JOYDEVICEREMOVED):
            self._removed(getattr(event, "instance_id", -1))
        else:
            command = self._pad_event(event, command)
        self._last = (event, command)
        if command is not None and kind != MENU_REPEAT:
            dev = self.source(event) or (KB if kind == pygame.KEYDOWN else None)
            self._repeat = (command, dev, 0) if command in DIRECTIONS and dev is not None else None

    def _pad_event(self, event: pygame.event.Event, command: Menu | None) -> Menu | None:
        kind = event.type
        iid = getattr(event, "instance_id", None)
        if iid is None:
            return command
        if kind in (pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERBUTTONUP, pygame.CONTROLLERAXISMOTION):
            pad = self.pads.get(iid) or self._add_pad(Pad(iid, "Gamepad"))  # a pad that spoke before it was added
            if pad.raw:
                return command
        elif kind in (pygame.JOYBUTTONDOWN, pygame.JOYBUTTONUP, pygame.JOYHATMOTION, pygame.JOYAXISMOTION):
            found = self.pads.get(iid)
            if found is None or _echo(found, event):
                return command
            pad = found
        else:
            return command
        before = pad.buttons(MENU_STICK)
        name = self._button_of(event)
        if kind in (pygame.CONTROLLERBUTTONDOWN, pygame.JOYBUTTONDOWN) and name is not None:
            pad.held.add(name)
            pad.latched.add(name)
        elif kind in (pygame.CONTROLLERBUTTONUP, pygame.JOYBUTTONUP) and name is not None:
            pad.held.discard(name)
        elif kind == pygame.JOYHATMOTION:
            now = hat_buttons(tuple(event.value))
            pad.latched |= now - pad.held
            pad.held = (pad.held - {"dpup", "dpdown", "dpleft", "dpright"}) | set(now)
        else:
            self._axis(pad, event)
        after = pad.buttons(MENU_STICK)
        if kind not in (pygame.CONTROLLERBUTTONDOWN, pygame.JOYBUTTONDOWN):
            # a hat or a stick: a direction newly entered is a menu command; none held ends the repeat
            entered = [_direction(n) for n in sorted(after - before)]
            command = next((c for c in entered if c is not None), None)
            still = {_direction(n) for n in after}
            if self._repeat is not None and self._repeat[1] == pad.id and self._repeat[0] not in still:
                self._repeat = None
        if command is not None or kind in (pygame.CONTROLLERBUTTONDOWN, pygame.JOYBUTTONDOWN):
            self.menu_device = pad.id
        if self.slots is None and (pad.latched or after):
            self.active = pad.id  # one player: prompts follow the pad in use
            self._recovered()
        return command

    def _axis(self, pad: Pad, event: pygame.event.Event) -> None:
        axis = event.axis
        if event.type == pygame.CONTROLLERAXISMOTION:
            value = max(-1.0, min(1.0, event.value / AXIS_FULL))
            trigger = TRIGGERS.get(axis)
            if axis == STICK_X:
                pad.stick[0] = value
            elif axis == STICK_Y:
                pad.stick[1] = value
        else:
            value = float(event.value)
            trigger = RAW_TRIGGER_AXES.get(axis) if axis in pad.triggers else None
            if trigger is not None:
                value = (value + 1) / 2  # raw triggers rest at -1
            elif axis in (0, 1):
                pad.stick[axis] = value
        if trigger is not None:
            if value > TRIGGER_DOWN:
                if trigger not in pad.held:
                    pad.latched.add(trigger)
                pad.held.add(trigger)
            else:
                pad.held.discard(trigger)

    def control_of(self, event: pygame.event.Event) -> int | str | None:
        """What a press would bind, for the rebind screen: a key code, or a pad's button or trigger name (None for
        anything else, a mapped pad's joystick echo included)."""
        if event.type == pygame.KEYDOWN:
            return int(event.key)
        if event.type == pygame.CONTROLLERAXISMOTION:
            return TRIGGERS.get(event.axis) if event.value / AXIS_FULL > TRIGGER_DOWN else None
        pad = self.pads.get(getattr(event, "instance_id", -1))
        if pad is not None and _echo(pad, event):
            return None
        return self._button_of(event)

    def _button_of(self, event: pygame.event.Event) -> str | None:
        if event.type in (pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERBUTTONUP):
            return BUTTONS.get(event.button)
        if event.type in (pygame.JOYBUTTONDOWN, pygame.JOYBUTTONUP):
            return RAW_BUTTONS.get(event.button)
        return None

    def release_all(self) -> None:
        """Nothing is held any more (the window lost focus: the ups will never arrive)."""
        self.held_keys.clear()
        self.latched_keys.clear()
        for pad in self.pads.values():
            pad.held.clear()
            pad.latched.clear()
            pad.stick[:] = [0.0, 0.0]
        self._repeat = None

    def _resync_keys(self) -> None:
        try:
            pressed = pygame.key.get_pressed()
        except pygame.error:
            return
        held = set()
        for code in self.bound_keys():
            try:
                if pressed[code]:
                    held.add(code)
            except (IndexError, OverflowError, ValueError):
                continue  # a key this keyboard cannot report
        self.held_keys = held

    # --- hot-plug -----------------------------------------------------------------------------------------

    def _added(self, event: pygame.event.Event) -> None:
        iid = getattr(event, "instance_id", None)
        raw = event.type == pygame.JOYDEVICEADDED
        name = "Gamepad"
        handle: Any = None
        if iid is None:
            opened = _open(event.device_index)
            if opened is None:
                return
            iid, name, raw, handle = opened
        else:
            name = str(getattr(event, "name", "Gamepad"))
        if iid in self.pads:
            return  # SDL announces a mapped pad twice (as a controller and as a joystick): the first one counts
        pad = self._add_pad(Pad(int(iid), name or "Gamepad", raw, handle))
        if raw and handle is not None:
            pad.triggers = resting_triggers(handle)
        self._plugged(int(iid))

    def _add_pad(self, pad: Pad) -> Pad:
        self.pads[pad.instance_id] = pad
        return pad

    def _removed(self, iid: int) -> None:
        pad = self.pads.pop(iid, None)
        if pad is None:
            return
        if self._repeat is not None and self._repeat[1] == pad.id:
            self._repeat = None
        if self.slots is None:
            if self.active == pad.id:
                self.active = KB
                self.missing.add(0)
                self._lost.append(0)
            return
        for player, dev in enumerate(self.slots):
            if dev == pad.id and player not in self.missing:
                self.missing.add(player)
                self._lost.append(player)

    def _plugged(self, iid: int) -> None:
        if self.slots is None:
            if 0 in self.missing:
                self.active = f"pad:{iid}"
                self._recovered()
            return
        if self.missing:
            player = min(self.missing)
            self.slots[player] = f"pad:{iid}"
            self.missing.discard(player)
            self._found.append(player)

    def _recovered(self) -> None:
        if self.slots is None and 0 in self.missing:
            self.missing.discard(0)
            self._found.append(0)

    def take_lost(self) -> list[int]:
        """Players whose device was unplugged since the last call."""
        lost, self._lost = self._lost, []
        return lost

    def take_found(self) -> list[int]:
        """Players who have a device again since the last call."""
        found, self._found = self._found, []
        return found

    # --- rumble -------------------------------------------------------------------------------------------

    def rumble(self, player: int, strength: float, ms: int) -> None:
        """Shake the player's pad (heavy hits, knockdowns), unless rumble is switched off."""
        if not self.rumble_on:
            return
        pad = self._pad(self.device(player))
        if pad is None:
            return
        self.rumble_log.append((player, strength, ms))
        if pad.handle is not None:
            with contextlib.suppress(pygame.error, AttributeError):
                pad.handle.rumble(strength, strength, ms)
