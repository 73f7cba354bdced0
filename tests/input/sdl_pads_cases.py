"""Gamepads as SDL itself reports them: virtual controllers attached through SDL's own API, so the events are the
real ones (a device-added event with a device index, a controller press that SDL repeats as a joystick press, a
removal keyed by instance id) rather than hand-made ones. Skipped where the SDL library cannot be loaded.

These cases run in a fresh process of their own (test_sdl_virtual_pads.py starts it): SDL stops reporting virtual
controllers as controllers after pygame has been shut down and started again a few times in one process, which
the rest of the suite does; the game itself starts pygame once."""

from __future__ import annotations

import ctypes
import glob
import os
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.app import App
from game.content.library import Content
from game.save.settings import Settings
from game.scenes.fight import FightScene
from game.scenes.fighter_pick import FighterPick
from game.scenes.join import JoinScene
from game.scenes.pause import PauseScene
from game.sim.fight import FightConfig
from game.sim.states import Phase

A = pygame.CONTROLLER_BUTTON_A
START = pygame.CONTROLLER_BUTTON_START
GAMECONTROLLER = 1  # SDL_JOYSTICK_TYPE_GAMECONTROLLER


def _sdl() -> ctypes.PyDLL | None:
    libs = glob.glob(os.path.join(os.path.dirname(pygame.__file__), os.pardir, "pygame_ce.libs", "libSDL2-*"))
    try:
        lib = ctypes.PyDLL(libs[0]) if libs else ctypes.PyDLL("libSDL2-2.0.so.0")
        lib.SDL_JoystickAttachVirtual  # noqa: B018 - SDL 2.0.14 or newer
    except (OSError, AttributeError):
        return None
    lib.SDL_JoystickFromInstanceID.restype = ctypes.c_void_p
    lib.SDL_JoystickFromInstanceID.argtypes = [ctypes.c_int32]
    lib.SDL_JoystickSetVirtualButton.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint8]
    lib.SDL_JoystickInstanceID.argtypes = [ctypes.c_void_p]
    return lib


SDL = _sdl()
pytestmark = pytest.mark.skipif(SDL is None, reason="the SDL library with virtual joysticks is not loadable")


class VirtualPad:
    """One controller plugged into SDL: press its buttons, then pull it out."""

    def __init__(self, app: App) -> None:
        assert SDL is not None
        before = set(app.inputs.pads)
        self.index = SDL.SDL_JoystickAttachVirtual(GAMECONTROLLER, 6, 15, 0)
        assert self.index >= 0
        self.app = app
        tick(app, 2)
        added = set(app.inputs.pads) - before
        assert len(added) == 1, "SDL's device-added event did not bring the pad in"
        self.iid = added.pop()
        self.handle = SDL.SDL_JoystickFromInstanceID(self.iid)
        self.attached = True

    def set(self, button: int, down: bool) -> None:
        assert SDL is not None
        SDL.SDL_JoystickSetVirtualButton(self.handle, button, int(down))
        SDL.SDL_JoystickUpdate()
        tick(self.app)

    def press(self, button: int) -> None:
        self.set(button, True)
        self.set(button, False)

    def unplug(self) -> None:
        assert SDL is not None
        SDL.SDL_JoystickDetachVirtual(self.index_now())
        self.attached = False
        tick(self.app, 2)

    def index_now(self) -> int:
        for i in range(pygame.joystick.get_count()):
            if pygame.joystick.Joystick(i).get_instance_id() == self.iid:
                return i
        raise AssertionError(f"pad {self.iid} is not plugged in")


def tick(app: App, n: int = 1) -> None:
    for _ in range(n):
        app.pump_events()
        app.update()


@pytest.fixture
def app(content: Content, tmp_path: Path) -> Iterator[App]:
    a = App(content, Settings(), tmp_path / "settings.json", headless=True)
    yield a
    assert SDL is not None
    while pygame.joystick.get_init() and pygame.joystick.get_count():
        if SDL.SDL_JoystickDetachVirtual(0) != 0:
            break
    pygame.event.get()  # the removals, before the next case's app starts


def test_a_plugged_controller_is_opened_as_a_controller_keyed_by_its_instance_id(app: App) -> None:
    one, two = VirtualPad(app), VirtualPad(app)
    assert one.iid != two.iid
    for pad in (one, two):
        assert not app.inputs.pads[pad.iid].raw and app.inputs.pads[pad.iid].handle is not None
    one.unplug()
    assert set(app.inputs.pads) == {two.iid}


def test_one_press_of_a_joins_once_and_locks_a_fighter_once(app: App) -> None:
    started: list[bool] = []
    join = JoinScene(app, lambda: app.push(FighterPick(app, ["vito", "cole"], lambda: started.append(True))))
    app.push(join)
    one, two = VirtualPad(app), VirtualPad(app)
    one.press(A)  # SDL sends this press twice (as a controller and as a joystick): it must count once
    assert join.sides == [f"pad:{one.iid}", None]
    two.press(A)
    assert join.sides == [f"pad:{one.iid}", f"pad:{two.iid}"]
    assert app.top is join, "joining must not also confirm: the players get a moment to swap sides"
    one.press(A)
    pick = app.top
    assert isinstance(pick, FighterPick)
    one.press(A)
    assert pick.locked == [True, False]
    one.press(A)  # A again unlocks
    assert pick.locked == [False, False]
    one.press(A)
    two.press(A)
    assert started == [True]


def test_a_pad_pulled_out_on_the_join_screen_frees_its_side(app: App) -> None:
    join = JoinScene(app, lambda: None)
    app.push(join)
    one = VirtualPad(app)
    one.press(A)
    assert join.sides[0] == f"pad:{one.iid}"
    one.unplug()
    assert join.sides == [None, None] and "unplugged" in join.message


def test_unplugging_mid_fight_pauses_and_a_new_pad_takes_the_side_and_resumes(app: App) -> None:
    one, two = VirtualPad(app), VirtualPad(app)
    app.inputs.assign([f"pad:{one.iid}", f"pad:{two.iid}"])
    fight = FightScene(app, FightConfig("vito", "cole", 1, seed=3), "easy", players=2)
    app.push(fight)
    while fight.fight.s.phase != Phase.FIGHTING:
        tick(app)
    two.unplug()
    assert isinstance(app.top, PauseScene)
    stopped = fight.fight.s.tick
    tick(app, 30)
    assert fight.fight.s.tick == stopped
    three = VirtualPad(app)
    assert app.inputs.device(1) == f"pad:{three.iid}" and not app.inputs.missing
    three.set(START, True)  # Start on the new pad: resume, and the fight goes on from the tick it stopped on
    assert app.top is fight and fight.fight.s.tick == stopped + 1


def test_a_pad_lost_before_the_first_bell_pauses_the_fight_at_once(app: App) -> None:
    one = VirtualPad(app)
    app.inputs.assign([f"pad:{one.iid}", "kb:right"])
    one.unplug()
    fight = FightScene(app, FightConfig("vito", "cole", 1, seed=3), "easy", players=2)
    app.push(fight)
    tick(app, 5)
    assert isinstance(app.top, PauseScene) and fight.fight.s.tick == 0
