"""The keyboard as an input source: bindings from actions to keys, read once per tick into an InputFrame."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pygame

from game.sim.inputs import Action

# One player alone at the keyboard: move on A/D (or the arrows), punches under the right hand.
SOLO_KEYS: dict[Action, tuple[int, ...]] = {
    Action.LEFT: (pygame.K_a, pygame.K_LEFT),
    Action.RIGHT: (pygame.K_d, pygame.K_RIGHT),
    Action.UP: (pygame.K_w, pygame.K_UP),
    Action.DOWN: (pygame.K_s, pygame.K_DOWN),
    Action.BLOCK: (pygame.K_SPACE,),
    Action.SLIP: (pygame.K_LSHIFT, pygame.K_RSHIFT),
    Action.JAB: (pygame.K_j,),
    Action.STRAIGHT: (pygame.K_k,),
    Action.HOOK: (pygame.K_l,),
    Action.UPPERCUT: (pygame.K_i,),
    Action.POWER: (pygame.K_u,),
    Action.CONFIRM: (pygame.K_RETURN, pygame.K_KP_ENTER),
}

ACTION_LABELS: dict[Action, str] = {
    Action.LEFT: "Move left", Action.RIGHT: "Move right", Action.UP: "Up", Action.DOWN: "Down (body / low guard)",
    Action.BLOCK: "Block (hold)", Action.SLIP: "Slip", Action.JAB: "Jab", Action.STRAIGHT: "Straight",
    Action.HOOK: "Hook", Action.UPPERCUT: "Uppercut", Action.POWER: "Haymaker (heart full)",
    Action.CONFIRM: "Confirm / skip",
}


@dataclass(frozen=True)
class KeyBindings:
    keys: dict[Action, tuple[int, ...]]

    def frame(self, pressed: Sequence[bool]) -> int:
        """The actions held now, as an InputFrame bitmask."""
        bits = 0
        for action, codes in self.keys.items():
            for code in codes:
                if pressed[code]:
                    bits |= action
                    break
        return int(bits)

    def name(self, action: Action) -> str:
        """The key to show in a prompt for this action."""
        codes = self.keys.get(action, ())
        return key_name(codes[0]) if codes else "?"


def key_name(code: int) -> str:
    name = pygame.key.name(code)
    return {"space": "Space", "left shift": "Shift", "return": "Enter"}.get(name, name.upper() if len(name) == 1
                                                                           else name.title())


SOLO = KeyBindings(SOLO_KEYS)
