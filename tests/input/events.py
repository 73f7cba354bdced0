"""Synthetic pygame events, as SDL would deliver them, for driving the input layer in tests."""

from __future__ import annotations

import pygame

from game.input.gamepad import AXIS_FULL


def key_down(code: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="", scancode=0)


def key_up(code: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYUP, key=code, mod=0, unicode="", scancode=0)


def pad_added(iid: int, name: str = "Xbox Series X Controller") -> pygame.event.Event:
    return pygame.event.Event(pygame.CONTROLLERDEVICEADDED, instance_id=iid, name=name)


def pad_removed(iid: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=iid)


def button_down(iid: int, button: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=iid, button=button)


def button_up(iid: int, button: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.CONTROLLERBUTTONUP, instance_id=iid, button=button)


def axis(iid: int, which: int, value: float) -> pygame.event.Event:
    """A controller axis at `value` in -1..1 (triggers 0..1)."""
    return pygame.event.Event(pygame.CONTROLLERAXISMOTION, instance_id=iid, axis=which, value=int(value * AXIS_FULL))
