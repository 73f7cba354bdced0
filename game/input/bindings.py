"""The player's bindings: five profiles (the keyboard alone, the keyboard's two halves, each player's gamepad),
rebinding with its conflict rules, reset to defaults, and the form they take in the settings file.

Conflict rules, checked on every rebind:
- a reserved key or button (Esc, Backspace, F11; Start, Guide) is refused;
- a key the other half of a shared keyboard uses is refused (the two players would fight over it);
- a key another action of the same profile uses is swapped: that action takes this one's old key, so nothing is
  ever left unbound. Menu-side actions (confirm, reset) may share a key with a fight action.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from game.input.gamepad import BINDABLE, PAD_KEYS, RESERVED_BUTTONS, button_label
from game.input.keyboard import (
    ACTION_LABELS,
    BOUND_ACTIONS,
    LEFT_HALF_KEYS,
    RESERVED_KEYS,
    RIGHT_HALF_KEYS,
    SOLO_KEYS,
    KeyBindings,
    key_code,
    key_id,
    key_name,
    layout,
    same_group,
)
from game.sim.inputs import Action

KEY_PROFILES = ("keys_solo", "keys_p1", "keys_p2")
PAD_PROFILES = ("pad_p1", "pad_p2")
PROFILES = KEY_PROFILES + PAD_PROFILES
TITLES = {"keys_solo": "Keyboard - one player", "keys_p1": "Keyboard - player 1 (shared, left half)",
          "keys_p2": "Keyboard - player 2 (shared, right half)", "pad_p1": "Gamepad - player 1",
          "pad_p2": "Gamepad - player 2"}
_OTHER_HALF = {"keys_p1": "keys_p2", "keys_p2": "keys_p1"}
_KEY_DEFAULTS = {"keys_solo": SOLO_KEYS, "keys_p1": LEFT_HALF_KEYS, "keys_p2": RIGHT_HALF_KEYS}

Control = int | str  # a key code, or a pad button name


def _action_id(action: Action) -> str:
    return (action.name or "").lower()


_ACTIONS_BY_ID = {_action_id(a): a for a in BOUND_ACTIONS}


def _copy(table: Mapping[Action, tuple[Control, ...]]) -> dict[Action, tuple[Control, ...]]:
    return {a: tuple(table[a]) for a in BOUND_ACTIONS if a in table}


@dataclass
class Rebound:
    ok: bool
    message: str


@dataclass
class Bindings:
    tables: dict[str, dict[Action, tuple[Control, ...]]] = field(default_factory=dict)
    # what the tables make, built once and again only when rebind or reset changes them (read every tick)
    _keyboards: dict[str, KeyBindings] = field(default_factory=dict, init=False, repr=False, compare=False)
    _pads: dict[int, dict[Action, tuple[str, ...]]] = field(default_factory=dict, init=False, repr=False,
                                                            compare=False)
    _all_keys: frozenset[int] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for profile in PROFILES:
            if profile not in self.tables:
                self.tables[profile] = default_table(profile)

    def _changed(self) -> None:
        self._keyboards.clear()
        self._pads.clear()
        self._all_keys = None

    # --- reading ----------------------------------------------------------------------------------------------

    def keyboard(self, profile: str) -> KeyBindings:
        found = self._keyboards.get(profile)
        if found is None:
            found = layout({a: [int(c) for c in codes] for a, codes in self.tables[profile].items()})
            self._keyboards[profile] = found
        return found

    def pad(self, player: int) -> dict[Action, tuple[str, ...]]:
        found = self._pads.get(player)
        if found is None:
            found = {a: tuple(str(c) for c in codes) for a, codes in self.tables[PAD_PROFILES[player]].items()}
            self._pads[player] = found
        return found

    def all_keys(self) -> frozenset[int]:
        """Every key some keyboard profile uses."""
        if self._all_keys is None:
            self._all_keys = frozenset().union(*(self.keyboard(p).all_keys() for p in KEY_PROFILES))
        return self._all_keys

    def label(self, profile: str, action: Action, fam: str = "xbox") -> str:
        codes = self.tables[profile].get(action, ())
        if not codes:
            return "-"
        return control_name(profile, codes[0], fam)

    def labels(self, profile: str, action: Action, fam: str = "xbox") -> str:
        codes = self.tables[profile].get(action, ())
        return " / ".join(control_name(profile, c, fam) for c in codes) or "-"

    # --- changing ---------------------------------------------------------------------------------------------

    def rebind(self, profile: str, action: Action, control: Control, fam: str = "xbox") -> Rebound:
        """Bind `control` to `action` in `profile`, by the conflict rules above."""
        table = self.tables[profile]
        name = control_name(profile, control, fam)
        what = ACTION_LABELS[action].split(" (")[0]
        if profile in KEY_PROFILES:
            if not isinstance(control, int):
                return Rebound(False, "Press a key on the keyboard.")
            if control in RESERVED_KEYS:
                return Rebound(False, f"{name} is kept for pause, back and fullscreen.")
            other = _OTHER_HALF.get(profile)
            if other is not None:
                for a, codes in self.tables[other].items():
                    if control in codes:
                        player = "2" if other == "keys_p2" else "1"
                        return Rebound(False, f"{name} is player {player}'s {ACTION_LABELS[a].split(' (')[0]}: "
                                              "the two halves cannot share a key.")
        else:
            if not isinstance(control, str) or control not in BINDABLE:
                return Rebound(False, "Press a button on the gamepad." if not isinstance(control, str)
                               else f"{name} is kept for pause.")
            if control in RESERVED_BUTTONS:
                return Rebound(False, f"{name} is kept for pause.")
        old = table.get(action, ())
        if old[:1] == (control,):
            return Rebound(True, f"{what} stays on {name}.")
        message = f"{what}: {name}."
        for a, codes in list(table.items()):
            if a is action or control not in codes or not same_group(a, action):
                continue
            giving = old[0] if old else None
            rest = tuple(c for c in codes if c != control)
            table[a] = ((giving,) if giving is not None and giving not in rest else ()) + rest
            if not table[a]:
                table[a] = (giving,) if giving is not None else ()
            swapped = control_name(profile, giving, fam) if giving is not None else "nothing"
            message = f"{what}: {name}. Swapped: {ACTION_LABELS[a].split(' (')[0]} is now on {swapped}."
        table[action] = (control,)
        self._changed()
        return Rebound(True, message)

    def reset(self, profile: str) -> None:
        self.tables[profile] = default_table(profile)
        self._changed()

    # --- the settings file ------------------------------------------------------------------------------------

    def to_json(self) -> dict[str, dict[str, list[str]]]:
        out: dict[str, dict[str, list[str]]] = {}
        for profile in PROFILES:
            if self.tables[profile] == default_table(profile):
                continue  # only what the player changed, so new defaults reach everyone else
            out[profile] = {_action_id(a): [key_id(c) if isinstance(c, int) else c for c in codes]
                            for a, codes in self.tables[profile].items()}
        return out

    @classmethod
    def from_json(cls, raw: object) -> Bindings:
        """Bindings from the settings file; a profile that is malformed or breaks a rule falls back to its
        defaults (the rest of the file still counts)."""
        tables: dict[str, dict[Action, tuple[Control, ...]]] = {}
        if isinstance(raw, dict):
            for profile in PROFILES:
                table = _parse_table(profile, raw.get(profile))
                if table is not None:
                    tables[profile] = table
        bindings = cls(tables)
        left = {c for codes in bindings.tables["keys_p1"].values() for c in codes}
        right = {c for codes in bindings.tables["keys_p2"].values() for c in codes}
        if left & right:  # the halves would share a key: whichever was changed goes back to its defaults
            for half in ("keys_p1", "keys_p2"):
                if bindings.tables[half] != default_table(half):
                    bindings.reset(half)
        return bindings


def default_table(profile: str) -> dict[Action, tuple[Control, ...]]:
    if profile in _KEY_DEFAULTS:
        return _copy(_KEY_DEFAULTS[profile])
    return _copy(PAD_KEYS)


def control_name(profile: str, control: Control | None, fam: str = "xbox") -> str:
    if control is None:
        return "-"
    if isinstance(control, int):
        return key_name(control)
    return button_label(control, fam)


def _parse_table(profile: str, raw: object) -> dict[Action, tuple[Control, ...]] | None:
    if raw is None or not isinstance(raw, dict):
        return None
    table = default_table(profile)
    for action_id, names in raw.items():
        action = _ACTIONS_BY_ID.get(action_id)
        if action is None or not isinstance(names, list) or not names:
            return None
        controls: list[Control] = []
        for n in names:
            if not isinstance(n, str):
                return None
            if profile in KEY_PROFILES:
                code = key_code(n)
                if code is None or code in RESERVED_KEYS:
                    return None
                controls.append(code)
            else:
                if n not in BINDABLE:
                    return None
                controls.append(n)
        table[action] = tuple(controls)
    # no two actions of one group on one key
    for a in table:
        for b in table:
            if a is not b and same_group(a, b) and set(table[a]) & set(table[b]):
                return None
    return table
